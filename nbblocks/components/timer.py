"""gr.Timer: fires ``tick`` every ``value`` seconds while ``active``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ..events import Events
from ..exceptions import InvalidComponentError
from .base import Component

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["Timer"]


class Timer(Component):
    """An invisible clock. ``value`` is the interval in seconds; return
    ``gr.Timer(active=False)`` (or ``gr.update(active=...)``) to stop or start it, and
    ``gr.Timer(2)`` to change the interval. It ticks while a live view is open."""

    #: Gradio's form grouping runs on past it (``BlockContext._take_form_ids``).
    ENDS_GRADIO_FORM: ClassVar[bool] = False

    EVENTS = [Events.tick]
    VIEW = None
    tick: BoundListener  # made by ComponentMeta from EVENTS

    def __init__(self, value: float = 1.0, *, active: bool = True, render: bool = True):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"Timer: value is the interval in seconds and must be positive, got {value!r}")
        self.active = active
        super().__init__(value, render=render)

    def preprocess(self, payload: float | None) -> float | None:
        """Passes the interval in seconds."""
        if payload is not None and (isinstance(payload, bool) or not isinstance(payload, (int, float))):
            raise InvalidComponentError(f"Timer expects a number of seconds, got {payload!r}")
        return payload

    def postprocess(self, value: Any) -> float | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise InvalidComponentError(f"Timer: the interval must be a positive number of seconds, got {value!r}")
        return float(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "number"}

    def example_payload(self) -> Any:
        return 1

    def example_value(self) -> Any:
        return 1

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return float(payload)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"active": self.active}
