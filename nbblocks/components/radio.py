"""gr.Radio: exactly one of several choices, all visible."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import InvalidComponentError
from ._choices import ChoiceExamples, check_choice, choice_values, config_choices, normalize_choices
from .base import ComponentProps, FormComponent, component_name

__all__ = ["Radio"]


class Radio(ChoiceExamples, FormComponent):
    """Radio buttons for ``choices``; ``type="index"`` passes the index."""

    EVENTS = [Events.select, Events.change, Events.input]
    VIEW = "radio"

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Any = None,
        type: Literal["value", "index"] = "value",
        rtl: bool = False,
        **props: Unpack[ComponentProps],
    ):
        self.choices = normalize_choices("Radio", choices)
        if type not in ("value", "index"):
            raise ValueError(f"Radio: type must be 'value' or 'index', got {type!r}")
        self.type = type
        self.rtl = rtl
        super().__init__(value, **props)

    def preprocess(self, payload: Any) -> Any:
        """Passes the selected value (or its index); None when nothing is selected."""
        if payload is None:
            return None
        if isinstance(payload, (list, dict)):
            raise InvalidComponentError(f"{component_name(self)} expects a single value, got {type(payload).__name__}")
        check_choice(component_name(self), payload, self.choices)
        return choice_values(self.choices).index(payload) if self.type == "index" else payload

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "string", "enum": choice_values(self.choices)}

    def example_payload(self) -> Any:
        return self.choices[0][1] if self.choices else None

    def example_value(self) -> Any:
        return self.example_payload()

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return json.dumps(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return json.loads(payload)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"choices": config_choices(self.choices), "type": self.type, "rtl": self.rtl}
