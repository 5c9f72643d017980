"""gr.Number: a numeric field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import Error, InvalidComponentError
from .base import ComponentProps, FormComponent, component_name

__all__ = ["Number"]


def round_to_precision(num: float | int, precision: int | None) -> float | int:
    """``precision=None`` keeps a float, ``0`` gives an int, ``n`` rounds to n decimals."""
    if precision is None:
        return float(num)
    if precision == 0:
        return int(round(num))
    return round(float(num), precision)


class Number(FormComponent):
    """A numeric field; ``precision`` rounds (0 → int), ``minimum``/``maximum`` bound input."""

    EVENTS = [Events.change, Events.input, Events.submit, Events.focus, Events.blur]
    VIEW = "number"

    def __init__(
        self,
        value: float | Callable[..., Any] | None = None,
        *,
        placeholder: str | None = None,
        precision: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        step: float = 1,
        **props: Unpack[ComponentProps],
    ):
        self.placeholder = placeholder
        self.precision = precision
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        super().__init__(value, **props)

    def preprocess(self, payload: float | None) -> float | int | None:
        """Passes a ``float`` (or ``int`` when ``precision=0``); None when empty."""
        if payload is None:
            return None
        if isinstance(payload, bool) or not isinstance(payload, (int, float)):
            raise InvalidComponentError(f"{component_name(self)} expects a number, got {type(payload).__name__}")
        if self.minimum is not None and payload < self.minimum:
            raise Error(f"{component_name(self)}: value {payload} is less than the minimum {self.minimum}.")
        if self.maximum is not None and payload > self.maximum:
            raise Error(f"{component_name(self)}: value {payload} is more than the maximum {self.maximum}.")
        return round_to_precision(payload, self.precision)

    def postprocess(self, value: Any) -> float | int | None:
        if value is None:
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise Error(f"{component_name(self)}: expected a number, got {type(value).__name__} {value!r}") from None
        return round_to_precision(number, self.precision)

    def api_info(self) -> dict[str, Any]:
        return {"type": "number"}

    def example_payload(self) -> Any:
        return 3

    def example_value(self) -> Any:
        return 3

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return "" if payload is None else str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return None if payload in ("", None) else float(payload)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "placeholder": self.placeholder, "precision": self.precision,
            "minimum": self.minimum, "maximum": self.maximum, "step": self.step,
        }
