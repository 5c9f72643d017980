"""gr.Dropdown: one choice, or several with ``multiselect``."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import Error, InvalidComponentError
from ._choices import ChoiceExamples, check_choice, choice_values, config_choices, normalize_choices
from .base import ComponentProps, FormComponent, component_name

__all__ = ["Dropdown"]


class _Default:
    def __repr__(self) -> str:
        return "<first choice>"


#: Dropdown's default value: the first choice (none when ``multiselect``); ``value=None``
#: means nothing is selected, as in Gradio 5.
DEFAULT_VALUE = _Default()


class Dropdown(ChoiceExamples, FormComponent):
    """A dropdown of ``choices``; ``multiselect`` allows several (up to ``max_choices``);
    ``allow_custom_value`` accepts typed text that is not a choice."""

    EVENTS = [Events.change, Events.input, Events.select, Events.focus, Events.blur, Events.key_up]
    VIEW = "dropdown"

    def __init__(
        self,
        choices: Sequence[Any] | None = None,
        *,
        value: Any = DEFAULT_VALUE,
        type: Literal["value", "index"] = "value",
        multiselect: bool | None = None,
        allow_custom_value: bool = False,
        max_choices: int | None = None,
        filterable: bool = True,
        num_choices_shown: int | None = 100,
        **props: Unpack[ComponentProps],
    ):
        if num_choices_shown is not None and (
            isinstance(num_choices_shown, bool) or not isinstance(num_choices_shown, int) or num_choices_shown < 1
        ):
            raise ValueError(f"Dropdown: num_choices_shown must be a positive int or None, got {num_choices_shown!r}")
        self.num_choices_shown = num_choices_shown
        self.choices = normalize_choices("Dropdown", choices)
        if type not in ("value", "index"):
            raise ValueError(f"Dropdown: type must be 'value' or 'index', got {type!r}")
        self.type = type
        self.multiselect = bool(multiselect)
        self.allow_custom_value = allow_custom_value
        self.max_choices = max_choices
        self.filterable = filterable
        if value is DEFAULT_VALUE:
            value = [] if self.multiselect else (self.choices[0][1] if self.choices else None)
        super().__init__(value, **props)

    def _check(self, value: Any) -> None:
        if not self.allow_custom_value:
            check_choice(component_name(self), value, self.choices)

    def preprocess(self, payload: Any) -> Any:
        """Passes the selected value (a list with ``multiselect``), or indices for ``type="index"``."""
        name = component_name(self)
        values = choice_values(self.choices)
        if self.multiselect:
            if payload is None:
                payload = []
            if not isinstance(payload, list):
                raise InvalidComponentError(f"{name} (multiselect) expects a list, got {type(payload).__name__}")
            if self.max_choices is not None and len(payload) > self.max_choices:
                raise Error(f"{name}: at most {self.max_choices} choices can be selected")
            for v in payload:
                self._check(v)
            if self.type == "index":
                return [values.index(v) if v in values else None for v in payload]
            return list(payload)
        if payload is None:
            return None
        if isinstance(payload, (list, dict)):
            raise InvalidComponentError(f"{name} expects a single value, got {type(payload).__name__}")
        self._check(payload)
        if self.type == "index":
            return values.index(payload) if payload in values else None
        return payload

    def postprocess(self, value: Any) -> Any:
        if self.multiselect:
            if value is None:
                return []
            return list(value) if isinstance(value, (list, tuple, set)) else [value]
        return value

    def api_info(self) -> dict[str, Any]:
        item = {"type": "string", "enum": choice_values(self.choices)} if not self.allow_custom_value else {"type": "string"}
        if self.multiselect:
            return {"type": "array", "items": item}
        return item

    def example_payload(self) -> Any:
        first = self.choices[0][1] if self.choices else None
        return [first] if self.multiselect and first is not None else first

    def example_value(self) -> Any:
        return self.example_payload()

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return json.dumps(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return json.loads(payload)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "choices": config_choices(self.choices), "type": self.type,
            "multiselect": self.multiselect, "allow_custom_value": self.allow_custom_value,
            "max_choices": self.max_choices, "filterable": self.filterable,
            "num_choices_shown": self.num_choices_shown,
        }
