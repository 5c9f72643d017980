"""gr.State: a hidden per-session value of any Python type."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from ..events import Events
from .base import Component

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["State"]


class State(Component):
    """Per-session memory. The initial ``value`` is deep-copied for every session (a
    callable is called per session instead); ``time_to_live`` seconds after it was last
    set the value is deleted and ``delete_callback(value)`` runs once."""

    #: Gradio's form grouping runs on past it (``BlockContext._take_form_ids``).
    ENDS_GRADIO_FORM: ClassVar[bool] = False

    EVENTS = [Events.change]
    change: BoundListener  # made by ComponentMeta from EVENTS
    VIEW = None

    def __init__(
        self,
        value: Any = None,
        render: bool = True,
        *,
        time_to_live: float | None = None,
        delete_callback: Callable[[Any], None] | None = None,
    ):
        if time_to_live is not None and time_to_live <= 0:
            raise ValueError("State: time_to_live must be a positive number of seconds")
        self.time_to_live = time_to_live
        self.delete_callback = delete_callback
        if callable(value):
            super().__init__(None, load_fn=value, render=render)
            return
        try:
            initial = copy.deepcopy(value)
        except TypeError as exc:
            raise TypeError(f"State: the initial value must be deep-copyable ({exc})") from None
        # Copied now, as Gradio does: later changes to the caller's object do not leak in.
        self._initial = initial
        super().__init__(copy.deepcopy(initial), render=render)

    def initial_value(self) -> Any:
        """A fresh value for a new session."""
        if self.load_fn is not None:
            return self.load_fn()
        return copy.deepcopy(self._initial)

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        return None

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return ""

    def read_from_flag(self, payload: Any) -> Any:
        return None

    @property
    def skip_api(self) -> bool:
        return True

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"time_to_live": self.time_to_live}
