"""``BlockWidget``: the anywidget model behind every rendered block."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import anywidget
import traitlets
from ipywidgets import Layout
from ipywidgets.widgets.widget import widget_serialization

#: A block model has no ipywidgets ``Layout`` model (ipywidgets' front end skips a null
#: one): the runtime lays blocks out itself, and a ``Layout`` per block would double the
#: comms a page opens and the widget state a saved notebook keeps.
NO_LAYOUT = traitlets.Instance(Layout, allow_none=True).tag(sync=True, **widget_serialization)

IDLE_STATUS: dict[str, Any] = {
    "state": "idle",
    "message": None,
    "show_progress": "full",
    "progress": None,
    "queue_position": None,
}


class BlockWidget(anywidget.AnyWidget):
    """Traits as in ``docs/protocol.md``. The front end may change only ``value``."""

    #: The block stub (``nbblocks/static/block.js``), the same for every model.
    _esm = traitlets.Unicode("").tag(sync=True)
    #: ``"anywidget:<id>"`` of the page runtime model that loads views and draws blocks.
    runtime = traitlets.Unicode("").tag(sync=True)
    #: Token of the app view this model belongs to (the front end numbers messages per app).
    app = traitlets.Unicode("").tag(sync=True)
    #: The view's name: a built-in view (``"textbox"``) or ``"custom"``.
    view = traitlets.Unicode("").tag(sync=True)
    #: What the page asks the runtime model for: the built-in view's name, or the id of a
    #: custom component's registered ``_esm``/``_css``.
    view_id = traitlets.Unicode("").tag(sync=True)
    value = traitlets.Any(None, allow_none=True).tag(sync=True)
    #: Where the current value came from: {"page", "seq"} of a front-end message, or {}
    #: for values set in the kernel. A page ignores echoes of its own messages.
    value_origin = traitlets.Dict().tag(sync=True)
    props = traitlets.Dict().tag(sync=True)
    status = traitlets.Dict(IDLE_STATUS).tag(sync=True)
    events = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: Bytes of the value's files, for views that show them (Image, Gallery): ``{handle:
    #: {"kind": "pixels", "width", "height", "channels", "data"} | {"kind": "file", "mime",
    #: "data"}}``; ``data`` travels as a binary buffer.
    blobs = traitlets.Dict().tag(sync=True)
    children = traitlets.List(traitlets.Unicode()).tag(sync=True)
    layout = NO_LAYOUT

    def __init__(
        self,
        *,
        lock: threading.RLock,
        on_value: Callable[[Any], None] | None = None,
        on_event: Callable[[Any, list[Any]], None] | None = None,
        **traits: Any,
    ) -> None:
        self._nb_lock = lock
        self._on_value = on_value
        self._on_event = on_event
        super().__init__(**traits)
        self.on_msg(self._handle_custom)

    def set_state(self, sync_data: dict[str, Any]) -> None:
        """A state update from the front end: only ``value`` is accepted."""
        if "value" not in sync_data:
            return
        with self._nb_lock:
            super().set_state({"value": sync_data["value"]})
        if self._on_value is not None:
            self._on_value(sync_data["value"])

    def set_value(self, value: Any, origin: dict[str, Any] | None = None, blobs: dict[str, Any] | None = None) -> None:
        """Set the value, its origin and the bytes of its files in one message to the front end."""
        with self._nb_lock, self.hold_sync():
            self.value_origin = origin or {}
            if blobs is not None or self.blobs:
                self.blobs = blobs or {}
            self.value = value

    def _handle_custom(self, _widget: Any, content: Any, buffers: list[Any]) -> None:
        if self._on_event is not None:
            self._on_event(content, buffers)

    def __repr__(self) -> str:
        return f"BlockWidget(view={self.view!r})"
