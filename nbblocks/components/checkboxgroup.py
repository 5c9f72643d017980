"""gr.CheckboxGroup: several choices ticked at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import InvalidComponentError
from ._choices import ChoiceExamples, check_choice, choice_values, config_choices, normalize_choices
from .base import ComponentProps, FormComponent, component_name

__all__ = ["CheckboxGroup"]


class CheckboxGroup(ChoiceExamples, FormComponent):
    """Checkboxes for ``choices`` (values or ``(label, value)`` pairs); ``type="index"``
    passes indices instead of values."""

    EVENTS = [Events.change, Events.input, Events.select]
    VIEW = "checkboxgroup"

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Sequence[Any] | Any | Callable[..., Any] | None = None,
        type: Literal["value", "index"] = "value",
        show_select_all: bool = False,
        **props: Unpack[ComponentProps],
    ):
        self.choices = normalize_choices("CheckboxGroup", choices)
        if type not in ("value", "index"):
            raise ValueError(f"CheckboxGroup: type must be 'value' or 'index', got {type!r}")
        self.type = type
        self.show_select_all = show_select_all
        super().__init__(value, **props)

    def preprocess(self, payload: list[Any] | None) -> list[Any]:
        """Passes the ticked values (or their indices)."""
        if payload is None:
            payload = []
        if not isinstance(payload, list):
            raise InvalidComponentError(f"{component_name(self)} expects a list, got {type(payload).__name__}")
        for v in payload:
            check_choice(component_name(self), v, self.choices)
        if self.type == "index":
            values = choice_values(self.choices)
            return [values.index(v) for v in payload]
        return list(payload)

    def postprocess(self, value: Any) -> list[Any]:
        if value is None:
            return []
        return list(value) if isinstance(value, (list, tuple, set)) else [value]

    def api_info(self) -> dict[str, Any]:
        return {"items": {"enum": choice_values(self.choices), "type": "string"}, "title": "Checkbox Group", "type": "array"}

    def example_payload(self) -> Any:
        return [self.choices[0][1]] if self.choices else []

    def example_value(self) -> Any:
        return self.example_payload()

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"choices": config_choices(self.choices), "type": self.type, "show_select_all": self.show_select_all}

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        import json

        return json.dumps(payload)

    def read_from_flag(self, payload: Any) -> Any:
        import json

        return json.loads(payload)
