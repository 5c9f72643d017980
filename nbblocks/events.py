"""Event listeners, as Gradio's ``gradio.events``: ``Events``, ``EventListener``,
``EventData`` (``SelectData``, ``EditData``, ``KeyUpData``, a Chatbot's ``LikeData``,
``RetryData``, ``UndoData``, ``CopyData``), ``gr.on``, and the ``Dependency`` that every
listener call returns.

``comp.click(fn, inputs, outputs, ...)`` records a :class:`Dependency` in the app graph;
the engine runs it later. Nothing here runs user code. What a listener is and how a call
reaches the app is in ``nbblocks.listeners``; this module adds the record itself.
"""

from __future__ import annotations

import dataclasses
import inspect
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from .listeners import (
    AppRoot,
    BoundListener,
    CopyData,
    EditData,
    EventData,
    EventListener,
    Events,
    KeyUpData,
    LikeData,
    ListenerOptions,
    RetryData,
    SelectData,
    TriggerMode,
    UndoData,
    as_listener,
    on,
)

if TYPE_CHECKING:
    from .block import Block

__all__ = [
    "AppRoot",
    "BoundListener",
    "CopyData",
    "Dependency",
    "EditData",
    "EventData",
    "EventListener",
    "Events",
    "KeyUpData",
    "LikeData",
    "ListenerOptions",
    "RetryData",
    "SelectData",
    "TriggerMode",
    "UndoData",
    "as_listener",
    "event_data_params",
    "on",
]


@dataclasses.dataclass(eq=False, kw_only=True)
class Dependency(ListenerOptions):
    """One event listener: which triggers run which function on which blocks, with its
    options resolved by the app (a unique ``api_name``, the ``cancels`` listeners, ...).

    Returned by every listener method; ``.then``/``.success``/``.failure`` chain
    another listener after it, and it can be passed to ``cancels=``.
    """

    app: AppRoot
    id: int
    targets: list[tuple[Block | None, str]]
    fn: Callable[..., Any] | None
    inputs: list[Block]
    outputs: list[Block]
    inputs_as_dict: bool = False
    api_name: str | None = None
    show_progress_on: list[Block] | None = None
    cancels: list[Dependency] = dataclasses.field(default_factory=list)
    trigger_mode: TriggerMode = "once"
    trigger_after: int | None = None
    trigger_only_on_success: bool = False
    trigger_only_on_failure: bool = False
    #: Set for listeners created inside a ``@gr.render`` run: (session id, render id).
    scope: tuple[Any, ...] | None = None
    #: Set on the listener that runs a ``@gr.render`` function.
    renderable: Any = None

    def then(self, fn: Callable[..., Any] | Literal["decorator"] | None = "decorator", inputs: Any = None,
             outputs: Any = None, **kwargs: Any) -> Any:
        """Run after this event finishes, whether it succeeded or failed."""
        return self._chain(fn, inputs, outputs, kwargs, success=False, failure=False)

    def success(self, fn: Callable[..., Any] | Literal["decorator"] | None = "decorator", inputs: Any = None,
                outputs: Any = None, **kwargs: Any) -> Any:
        """Run after this event finishes without an error."""
        return self._chain(fn, inputs, outputs, kwargs, success=True, failure=False)

    def failure(self, fn: Callable[..., Any] | Literal["decorator"] | None = "decorator", inputs: Any = None,
                outputs: Any = None, **kwargs: Any) -> Any:
        """Run after this event fails with an error."""
        return self._chain(fn, inputs, outputs, kwargs, success=False, failure=True)

    def _chain(self, fn: Any, inputs: Any, outputs: Any, kwargs: dict[str, Any], *, success: bool, failure: bool) -> Any:
        options = ListenerOptions.parse(kwargs).of_event(None)
        return self.app._listen([], fn, inputs, outputs, options, after=self.id, on_success=success, on_failure=failure)

    def options(self) -> ListenerOptions:
        """The listener's options as a ``ListenerOptions`` (to record it again elsewhere)."""
        return ListenerOptions(**{f.name: getattr(self, f.name) for f in dataclasses.fields(ListenerOptions)})

    # Gradio's dependency objects are dict-like in places; keep the useful bits.
    @property
    def fn_index(self) -> int:
        return self.id

    def __repr__(self) -> str:
        name = getattr(self.fn, "__name__", None)
        trig = ", ".join(f"{type(b).__name__ if b is not None else 'Blocks'}.{e}" for b, e in self.targets)
        return f"Dependency({trig or 'then'} -> {name})"


def event_data_params(fn: Callable[..., Any]) -> dict[str, type]:
    """Parameters that are not inputs: annotated with ``gr.EventData`` (or a subclass) they
    receive the event's data, with ``gr.Request`` the request behind the event."""
    from .route_utils import Request

    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return {}
    try:
        hints = typing.get_type_hints(fn)
    except Exception:  # noqa: BLE001 - annotations naming what the function's module cannot resolve
        hints = {}
    out: dict[str, type] = {}
    for p in sig.parameters.values():
        ann = hints.get(p.name, p.annotation)
        if isinstance(ann, str):
            short = ann.rsplit(".", 1)[-1]
            ann = Request if short == "Request" else globals().get(short)
        if isinstance(ann, type) and issubclass(ann, (EventData, Request)):
            out[p.name] = ann
    return out
