"""gr.Slider: a number chosen between a minimum and a maximum."""

from __future__ import annotations

import math
import numbers
import random
from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import Error, InvalidComponentError
from .base import ComponentProps, FormComponent, component_name
from .number import check_finite, parse_number, round_to_precision

__all__ = ["Slider"]


class Slider(FormComponent):
    """A slider from ``minimum`` to ``maximum``; ``step`` defaults to a power of ten that
    gives about a hundred positions; ``randomize=True`` picks a random start per session."""

    EVENTS = [Events.change, Events.input, Events.release]
    VIEW = "slider"

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        value: float | Callable[..., Any] | None = None,
        *,
        step: float | None = None,
        precision: int | None = None,
        randomize: bool = False,
        show_reset_button: bool = True,
        **props: Unpack[ComponentProps],
    ):
        if minimum > maximum:
            raise ValueError(f"Slider: minimum {minimum} is greater than maximum {maximum}")
        self.minimum = minimum
        self.maximum = maximum
        if step is None:
            span = maximum - minimum
            step = 10 ** math.floor(math.log10(span) - 2) if span > 0 else 1
        self.step = step
        self.precision = precision
        self.randomize = randomize
        self.show_reset_button = show_reset_button
        if randomize:  # as in Gradio, ``value`` is ignored
            value = self._random_value
        super().__init__(value, **props)

    def _random_value(self) -> float:
        n_steps = int((self.maximum - self.minimum) / self.step)
        value = self.minimum + self.step * random.randint(0, n_steps)
        decimals = max(str(self.step)[::-1].find("."), 0)  # 0.1 * 7 shows as 0.7, not 0.7000000000000001
        return round(value, decimals) if decimals else value

    def preprocess(self, payload: float) -> float | int:
        """Passes the number (``int`` when ``precision=0``)."""
        if isinstance(payload, bool) or not isinstance(payload, (int, float)):
            raise InvalidComponentError(f"{component_name(self)} expects a number, got {type(payload).__name__}")
        check_finite(self, payload)
        if not self.minimum <= payload <= self.maximum:
            raise InvalidComponentError(
                f"{component_name(self)}: value {payload} is outside [{self.minimum}, {self.maximum}]"
            )
        return round_to_precision(payload, self.precision)

    def postprocess(self, value: Any) -> float | int:
        """The number as returned (an int stays an int), rounded by ``precision``;
        None shows the minimum."""
        if value is None:
            return round_to_precision(self.minimum, self.precision)
        number: float | int
        if isinstance(value, numbers.Integral):
            number = int(value)
        elif isinstance(value, numbers.Real):
            number = float(value)
        else:
            try:
                number = float(value)
            except (TypeError, ValueError, OverflowError):
                raise Error(f"{component_name(self)}: expected a number, got {type(value).__name__} {value!r:.100}") from None
        return round_to_precision(number, self.precision)

    def api_info(self) -> dict[str, Any]:
        return {"type": "number", "description": f"numeric value between {self.minimum} and {self.maximum}"}

    def example_payload(self) -> Any:
        return self.minimum

    def example_value(self) -> Any:
        return self.minimum

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return parse_number(payload)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "minimum": self.minimum, "maximum": self.maximum, "step": self.step,
            "precision": self.precision, "show_reset_button": self.show_reset_button,
        }
