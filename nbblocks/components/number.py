"""gr.Number: a numeric field."""

from __future__ import annotations

import math
import numbers
import sys
from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import Error, InvalidComponentError
from .base import ComponentProps, FormComponent, component_name

__all__ = ["Number"]


def check_finite(owner: Any, value: float | int) -> None:
    """Refuse a number that has no 64-bit float (an int past about 1.8e308, NaN, Infinity):
    every client reads numbers as such floats, and the conversions would overflow."""
    if (isinstance(value, int) and abs(value) <= sys.float_info.max) or (isinstance(value, float) and math.isfinite(value)):
        return
    shown = f"{value!r}" if isinstance(value, float) else f"an integer of {len(str(abs(value)))} digits"
    raise InvalidComponentError(
        f"{component_name(owner)}: {shown} is out of range (a number must be finite and at most about 1.8e308 in size)"
    )


def round_to_precision(num: float | int, precision: int | None) -> float | int:
    """As Gradio: ``precision=None`` keeps the number as it is (an int stays an int),
    ``0`` gives an int, ``n`` rounds to n decimals (``round`` keeps an int an int)."""
    if precision is None:
        return num
    if precision == 0:
        return int(round(num))
    return round(num, precision)


def parse_number(text: str) -> float | int:
    """A flagged number read back: ``"3"`` is 3, ``"2.5"`` is 2.5, as Gradio reads them."""
    try:
        return int(text)
    except ValueError:
        return float(text)


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
        """Passes the number as the page sent it (an int stays an int), rounded by
        ``precision`` (``0`` gives an int); None when empty."""
        if payload is None:
            return None
        if isinstance(payload, bool) or not isinstance(payload, (int, float)):
            raise InvalidComponentError(f"{component_name(self)} expects a number, got {type(payload).__name__}")
        check_finite(self, payload)
        if self.minimum is not None and payload < self.minimum:
            raise Error(f"{component_name(self)}: value {payload} is less than the minimum {self.minimum}.")
        if self.maximum is not None and payload > self.maximum:
            raise Error(f"{component_name(self)}: value {payload} is more than the maximum {self.maximum}.")
        return round_to_precision(payload, self.precision)

    def postprocess(self, value: Any) -> float | int | None:
        if value is None:
            return None
        number: float | int
        if isinstance(value, (bool, numbers.Integral)):  # bools, ints, numpy integers: an int
            number = int(value)
        elif isinstance(value, numbers.Real):
            number = float(value)
        else:
            try:  # Decimal, numeric strings: a float
                number = float(value)
            except (TypeError, ValueError):
                raise Error(f"{component_name(self)}: expected a number, got {type(value).__name__} {value!r:.100}") from None
            except OverflowError:
                raise Error(f"{component_name(self)}: {value!r:.40} is out of range (at most about 1.8e308)") from None
        if isinstance(number, int) and abs(number) > sys.float_info.max:
            raise Error(f"{component_name(self)}: an integer of {len(str(abs(number)))} digits is out of range (at most about 1.8e308)")
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
        return None if payload in ("", None) else parse_number(payload)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "placeholder": self.placeholder, "precision": self.precision,
            "minimum": self.minimum, "maximum": self.maximum, "step": self.step,
        }
