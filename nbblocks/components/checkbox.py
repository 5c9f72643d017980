"""gr.Checkbox: a single boolean."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import InvalidComponentError
from .base import ComponentProps, FormComponent, component_name

__all__ = ["Checkbox"]


class Checkbox(FormComponent):
    """A checkbox; its ``label`` is shown beside the box."""

    EVENTS = [Events.change, Events.input, Events.select]
    VIEW = "checkbox"

    def __init__(self, value: bool | Callable[..., Any] = False, **props: Unpack[ComponentProps]):
        super().__init__(value, **props)

    def preprocess(self, payload: bool | None) -> bool | None:
        """Passes ``True`` or ``False``."""
        if payload is not None and not isinstance(payload, bool):
            raise InvalidComponentError(f"{component_name(self)} expects true or false, got {payload!r}")
        return payload

    def postprocess(self, value: Any) -> bool:
        return bool(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "boolean"}

    def example_payload(self) -> Any:
        return True

    def example_value(self) -> Any:
        return True

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return payload in (True, "True", "true")
