"""``BlockWidget``: the anywidget model behind every rendered block (``anymodel.AnyModel``)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import traitlets
from ipywidgets import Layout
from ipywidgets.widgets.widget import _remove_buffers, widget_serialization

from ..json_values import JSON_SCALARS, for_clients, is_plain
from .anymodel import AnyModel

#: A block model has no ipywidgets ``Layout`` model (ipywidgets' front end skips a null
#: one): the runtime lays blocks out itself, and a ``Layout`` per block would double the
#: comms a page opens and the widget state a saved notebook keeps.
NO_LAYOUT = traitlets.Instance(Layout, allow_none=True).tag(sync=True, **widget_serialization)


def _to_json(value: Any, widget: Any) -> Any:
    """What the page gets: JSON it can parse (NaN and Infinity as null, no lone surrogates)."""
    return for_clients(value)


#: The traits an event sets (``BlockWidget.send_state``'s short way): whether each goes
#: through ``for_clients`` (their ``to_json``; ``blobs`` has none, as in ipywidgets).
_EVENT_TRAITS: dict[str, bool] = {"value": True, "value_origin": False, "status": True, "blobs": False}
_EVENT_NAMES = frozenset(_EVENT_TRAITS)
_BINARY = (bytes, bytearray, memoryview)

IDLE_STATUS: dict[str, Any] = {
    "state": "idle",
    "message": None,
    "show_progress": "full",
    "progress": None,
    "queue_position": None,
    "eta": None,
}


def _split_blobs(blobs: dict[str, Any], buffer_paths: list[Any], buffers: list[Any]) -> Any:
    """``blobs`` as ``_remove_buffers`` leaves it, its buffers appended to the lists: each
    file's ``data`` goes as a binary buffer (``["blobs", handle, "data"]``), the rest as
    JSON. What ``set_value`` stores (``{handle: {..., "data": bytes}}``) is split here
    without the general walk; anything else goes through it."""
    out: dict[str, Any] = {}
    paths: list[Any] = []
    found: list[Any] = []
    for handle, item in blobs.items():
        data = item.get("data") if type(item) is dict else None
        rest = {k: v for k, v in item.items() if k != "data"} if isinstance(data, _BINARY) else None
        if rest is None or not all(type(v) in JSON_SCALARS for v in rest.values()):  # another buffer in it
            split, paths, found = _remove_buffers({"blobs": blobs})
            out = split["blobs"]
            break
        out[handle] = rest
        paths.append(["blobs", handle, "data"])
        found.append(data)
    buffer_paths.extend(paths)
    buffers.extend(found)
    return out


class BlockWidget(AnyModel):
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
    value = traitlets.Any(None, allow_none=True).tag(sync=True, to_json=_to_json)
    #: Where the current value came from: {"page", "seq"} of a front-end message (or
    #: nothing, for values set in the kernel), and the kernel's ``version`` of the value,
    #: which ``value_diff`` messages edit. A page ignores echoes of its own messages.
    value_origin = traitlets.Dict().tag(sync=True)
    props = traitlets.Dict().tag(sync=True, to_json=_to_json)
    status = traitlets.Dict(IDLE_STATUS).tag(sync=True, to_json=_to_json)
    events = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: Bytes of the value's files, for views that show them (Image, Gallery): ``{handle:
    #: {"kind": "pixels", "width", "height", "channels", "data"} | {"kind": "file", "mime",
    #: "data"}}``; ``data`` travels as a binary buffer.
    blobs = traitlets.Dict().tag(sync=True)
    children = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: The app only: the ``view_id`` of every block it shows, so a page loads all those
    #: views at once instead of one tree level after another.
    views = traitlets.List(traitlets.Unicode()).tag(sync=True)
    layout = NO_LAYOUT
    _holding_sync: bool  # ipywidgets' flag of ``hold_sync`` (``begin_hold``/``end_hold``)

    def __init__(
        self,
        *,
        lock: threading.RLock,
        on_value: Callable[[Any], bool | None] | None = None,
        on_event: Callable[[Any, list[Any]], None] | None = None,
        **traits: Any,
    ) -> None:
        self._nb_lock = lock
        #: Counts the values the kernel set; a ``value_diff`` names the version it edits.
        self._version = 0
        #: The page got the kernel's current value whole (a state update), not as edits it
        #: may have missed: an event's idle status then needs no ``value_version``.
        self._whole = True
        self._quiet: frozenset[str] | set[str] = frozenset()
        self._on_value = on_value
        self._on_event = on_event
        super().__init__(**traits)
        self.on_msg(self._handle_custom)

    def set_state(self, sync_data: dict[str, Any]) -> None:
        """A state update from the front end: only ``value`` is accepted, and only when the
        app takes it (``on_value`` returns False for a refused value; the view says why)."""
        if "value" not in sync_data:
            return
        value = sync_data["value"]
        if self._on_value is not None and self._on_value(value) is False:
            return
        with self._nb_lock:
            super().set_state({"value": value})

    def set_value(self, value: Any, origin: dict[str, Any] | None = None, blobs: dict[str, Any] | None = None) -> None:
        """Set the value, its origin and the bytes of its files in one message to the front end."""
        with self._nb_lock:
            started = self.begin_hold()  # False inside an event's held message (the usual case)
            try:
                self._set_value(value, origin, blobs)
            finally:
                if started:
                    self.end_hold()

    def _set_value(self, value: Any, origin: dict[str, Any] | None, blobs: dict[str, Any] | None) -> None:
        self._version += 1
        self._whole = True
        self._put("value_origin", {**origin, "version": self._version} if origin else {"version": self._version})
        old = self.peek("blobs")
        if (blobs or old) and blobs != old:  # sent when it changed, as traitlets decides
            self._put("blobs", blobs or {})
        # A new version always carries its value, even one equal to the kernel's last
        # (edits the page may not have applied led there): the two go together.
        self._put("value", value)

    def set_status(self, status: dict[str, Any]) -> None:
        """Set ``status`` (sent when it differs from the one the page has), the engine's
        per-event trait: without traitlets' machinery when nobody observes it (``_put``)."""
        with self._nb_lock:
            if status != self.peek("status"):
                self._put("status", status)

    def _put(self, name: str, value: Any) -> None:
        """Set the synced trait ``name`` and send it (now, or with the held message). The
        value and status of every event go through here: when no observer watches the
        trait, traitlets' validation and change notification (which would only send it)
        are skipped; the page gets the same message."""
        notifiers = self._trait_notifiers
        if notifiers.get(name) or notifiers.get(traitlets.All) or self.peek("comm") is None:
            setattr(self, name, value)
            if name == "value":
                self._states_to_send.add(name)
            return
        self._trait_values[name] = value
        if self._holding_sync:
            self._to_send().add(name)
        else:
            self.send_state(name)

    def send_state(self, key: Any = None) -> None:
        """Send traits to the page. An event's traits (value, origin, status), the message
        of nearly every event, go the short way: the same ``update`` message ipywidgets
        builds (each trait through its ``to_json``, binary buffers split out), without its
        general per-trait lookups; anything else, or while the page's own update is being
        applied (``_property_lock``), goes through ipywidgets."""
        keys = (key,) if isinstance(key, str) else key
        values = self._trait_values  # read without traitlets' descriptors (as ``peek``)
        comm = values.get("comm")
        if keys is None or values.get("_property_lock") or comm is None or not _EVENT_NAMES.issuperset(keys):
            super().send_state(key)
            return
        state = {}
        split = False  # a value that may hold binary buffers for ``_remove_buffers``
        for name in keys:
            value = values[name] if name in values else getattr(self, name)
            if name == "value" and type(value) not in JSON_SCALARS:
                if is_plain(value):  # a FileData's JSON form: nothing to clean or split
                    state[name] = value
                    continue
                split = True
            state[name] = for_clients(value) if _EVENT_TRAITS[name] else value
        if not state:
            return
        blobs = state.pop("blobs", None)
        if split:
            state, buffer_paths, buffers = _remove_buffers(state)
        else:
            buffer_paths, buffers = [], []
        if blobs is not None:
            state["blobs"] = _split_blobs(blobs, buffer_paths, buffers)
        if getattr(comm, "kernel", True) is not None:  # as ``Widget._send`` checks
            comm.send(data={"method": "update", "state": state, "buffer_paths": buffer_paths}, buffers=buffers)

    def peek(self, name: str) -> Any:
        """A trait's value, read without traitlets' descriptor (the view reads an event's
        traits several times per event)."""
        values = self._trait_values
        return values[name] if name in values else getattr(self, name)

    def begin_hold(self) -> bool:
        """``hold_sync``'s start, without its context manager (an event's held message,
        ``AppView.hold``): True when this call started holding, and must ``end_hold``."""
        if self._holding_sync is True:
            return False
        self._holding_sync = True
        return True

    def end_hold(self) -> None:
        """``hold_sync``'s end: what changed while held goes to the page in one message."""
        self._holding_sync = False
        to_send = self._to_send()
        self.send_state(to_send)
        to_send.clear()

    def _to_send(self) -> set[str]:
        """ipywidgets' ``_states_to_send`` (the traits a held message carries), read
        without traitlets' descriptor."""
        to_send: set[str] | None = self._trait_values.get("_states_to_send")
        return to_send if to_send is not None else self._states_to_send

    def send_value_diff(self, value: Any, edits: list[Any]) -> None:
        """Set the value, sending only ``edits`` (``nbblocks.diffs``) from the value the
        front end holds: a ``value_diff`` message instead of the whole value. The traits
        change here without a sync of their own, so a page that connects later still
        gets the whole current value."""
        with self._nb_lock:
            base = self._version
            self._version += 1
            self._whole = False
            self._quiet = {"value", "value_origin"}
            try:
                self.value_origin = {"version": self._version}
                self.value = value
            finally:
                self._quiet = frozenset()
            self.send({"type": "value_diff", "base": base, "version": self._version, "edits": edits})

    def resync_value(self) -> None:
        """A page missed part of the value's edits: send it the whole value again."""
        with self._nb_lock:
            self._version += 1
            self._whole = True
            self._quiet = {"value_origin"}
            try:
                self.value_origin = {**self.value_origin, "version": self._version}
            finally:
                self._quiet = frozenset()
            self.send_state(["value", "value_origin"])

    def _should_send_property(self, key: str, value: Any) -> bool:
        if key in self._quiet:
            if self._holding_sync:
                self._states_to_send.discard(key)
            return False
        return bool(super()._should_send_property(key, value))

    def _handle_custom(self, _widget: Any, content: Any, buffers: list[Any]) -> None:
        if self._on_event is not None:
            self._on_event(content, buffers)

    def send(self, content: Any, buffers: Any = None) -> None:
        """A custom message to the page, as JSON it can parse (see ``_to_json``)."""
        super().send(for_clients(content), buffers)

    def __repr__(self) -> str:
        return f"BlockWidget(view={self.view!r})"
