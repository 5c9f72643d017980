"""A virtual browser for nbblocks apps: drive the real widget models headlessly.

``Frontend`` sends exactly the comm messages the JavaScript front end sends
(``docs/protocol.md``) and keeps exactly the state the JavaScript would hold, read
from the messages the kernel publishes. It never calls user functions directly, so a
test through it exercises the same path as a click in JupyterLab. It works in plain
Python, in pytest and in a notebook cell.
"""

from __future__ import annotations

import copy
import io
import json
import mimetypes
import shutil
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ._frontend_error import FrontendError
from .block import Block, BlockContext
from .components._uploads import uploads_of

if TYPE_CHECKING:
    from .blocks import Blocks
    from .widgets.model import BlockWidget

__all__ = ["Frontend", "FrontendError"]

#: Bytes per upload message, as the page sends them (``js/runtime/files.js``).
UPLOAD_CHUNK = 1 << 20
_TRANSFER_REPLIES = ("upload_progress", "upload_done", "upload_error", "file_data", "file_error", "server_result",
                     "resampled", "table_rows", "table_edited", "table_error", "table_copy")


_UNSET: Any = object()
_T = TypeVar("_T")
#: Seconds between looks at a ``wait_for`` condition when no message arrives.
_RECHECK = 0.05


class Frontend:
    """A virtual browser attached to an app's widget models (the notebook session)."""

    def __init__(self, app: Blocks, *, timeout: float = 30.0, js: Callable[[str, list[Any]], Any] | None = None,
                 local_storage: dict[str, str] | None = None):
        self.app = app
        self._local_storage: dict[str, str] = {} if local_storage is None else local_storage
        self.timeout = timeout
        #: Runs a listener's ``js=`` function: ``js(code, args) -> value``. By default
        #: Node.js evaluates it when ``node`` is on PATH, as a browser would.
        self.js = js if js is not None else run_js_with_node
        self._view = app.view()
        self._lock = threading.Lock()
        self._state: dict[str, dict[str, Any]] = {}
        self._closed_models: set[str] = set()
        self._page = uuid.uuid4().hex
        self._view.page_names[self._page] = "Frontend"
        self._seq = 0
        self._sent: dict[str, int] = {}
        #: Models whose value the user set here since the kernel last sent one (edits of
        #: the kernel's older value do not apply to it).
        self._edited: set[str] = set()
        self.toasts: list[dict[str, Any]] = []
        """Toast messages the browser received, oldest first."""
        self.messages: list[tuple[str, Any]] = []
        """Every custom message received, as ``(model_id, content)``."""
        self._transfers: dict[str, list[tuple[dict[str, Any], list[bytes]]]] = {}
        self._values_sent: dict[str, list[Any]] = {}
        self._views: dict[Any, tuple[str, str]] = {}
        #: Notified on every message received (file transfers and ``wait_for`` wait on it).
        self._transfer_cond = threading.Condition(self._lock)
        self._received = 0
        self._attached: set[str] = set()
        # Observe first, then attach what exists: a widget that a running event (a load
        # event's render) creates meanwhile is attached once, by whichever sees it first.
        self._view.add_observer(self._attach)
        for widget in list(self._view.widgets.values()):
            self._attach(widget)

    @property
    def local_storage(self) -> dict[str, str]:
        """The page's ``localStorage`` (a BrowserState keeps its sealed value there); pass
        it to a later ``Frontend`` to open an app again in the same browser."""
        return self._local_storage

    # -- what the browser receives ----------------------------------------------------

    def _attach(self, widget: BlockWidget) -> None:
        from ipywidgets.widgets.widget import _remove_buffers

        comm = widget.comm
        model_id = widget.model_id

        # Listen first, then read the state, both under the lock: an update published
        # meanwhile (a load event already running) is applied after the snapshot, not lost.
        with self._lock:
            if model_id in self._attached:
                return
            self._attached.add(model_id)
            publish = comm.publish_msg

            def recording_publish(msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any) -> Any:
                self._receive(model_id, msg_type, data, buffers)
                return publish(msg_type, data=data, metadata=metadata, buffers=buffers, **keys)

            comm.publish_msg = recording_publish
            state, paths, buffers = _remove_buffers(widget.get_state())
            self._state[model_id] = _put_buffers(_over_the_wire(state), paths, buffers)
            stored = self._load_browser_state(model_id)
        if stored is not None:  # as js/views/browserstate.js: the stored text goes to the kernel
            self._send_custom(widget, {"type": "event", "event": "change", "data": None, "value": stored})

    def _browser_state_key(self, model_id: str) -> str | None:
        held = self._state.get(model_id, {})
        key = (held.get("props") or {}).get("storage_key")
        return key if held.get("view") == "browserstate" and isinstance(key, str) else None

    def _load_browser_state(self, model_id: str) -> str | None:
        """A shown BrowserState's stored text (to send), or None after storing its value."""
        key = self._browser_state_key(model_id)
        if key is None:
            return None
        if key in self._local_storage:
            return self._local_storage[key]
        self._store_browser_state(model_id)
        return None

    def _store_browser_state(self, model_id: str) -> None:
        key = self._browser_state_key(model_id)
        value = self._state.get(model_id, {}).get("value")
        if key is not None and isinstance(value, str):
            self._local_storage[key] = value

    def _receive(self, model_id: str, msg_type: str, data: Any, buffers: Any) -> None:
        with self._lock:
            self._received += 1
            self._transfer_cond.notify_all()
            if msg_type == "comm_close":
                self._closed_models.add(model_id)
                return
            if msg_type != "comm_msg" or not isinstance(data, dict):
                return
            method = data.get("method")
            if method == "update":
                state = _over_the_wire(data.get("state", {}))
                state = _put_buffers(state, data.get("buffer_paths", []), list(buffers or []))
                held = self._state.setdefault(model_id, {})
                origin = state.get("value_origin") or held.get("value_origin") or {}
                if "value" in state and origin.get("page") == self._page and origin.get("seq", 0) < self._sent.get(model_id, 0):
                    state.pop("value")  # an echo of an older message of ours (as the runtime does)
                if "value_origin" in state and (origin.get("page") != self._page or origin.get("seq", 0) >= self._sent.get(model_id, 0)):
                    self._edited.discard(model_id)  # the kernel's value again: its edits apply
                held.update(state)
                if "value" in state:
                    self._values_sent.setdefault(model_id, []).append(copy.deepcopy(state["value"]))
                    self._store_browser_state(model_id)
            elif method == "custom":
                content = _over_the_wire(data.get("content"))
                self.messages.append((model_id, content))
                if isinstance(content, dict) and content.get("type") == "value_diff":
                    self._apply_value_diff(model_id, content)
                    self._store_browser_state(model_id)
                if (isinstance(content, dict) and content.get("type") in _TRANSFER_REPLIES
                        and content.get("page") == self._page and isinstance(content.get("id"), str)):
                    self._transfers.setdefault(content["id"], []).append((content, [bytes(b) for b in buffers or []]))
                    self._transfer_cond.notify_all()
                if isinstance(content, dict) and content.get("type") == "toast":
                    self.toasts.append(content)
                elif isinstance(content, dict) and content.get("type") == "js":
                    threading.Thread(target=self._answer_js, args=(content,), daemon=True).start()

    def _apply_value_diff(self, model_id: str, content: dict[str, Any]) -> None:
        """A value sent as edits of the one held (``value_diff``), applied as the runtime
        does: onto the version it names; a page that missed a version asks for the value."""
        from .diffs import apply_diff

        held = self._state.setdefault(model_id, {})
        version = (held.get("value_origin") or {}).get("version", 0)
        if model_id in self._edited:
            return  # the user's own value: the kernel's echo of it comes next, whole
        if content.get("base") == version:
            held["value"] = apply_diff(held.get("value"), content.get("edits") or [])
            held["value_origin"] = {"version": content.get("version")}
        elif isinstance(content.get("version"), int) and content["version"] > version:
            threading.Thread(target=self._resync, args=(model_id,), daemon=True).start()

    def _resync(self, model_id: str) -> None:
        widget = next((w for w in self._view.widgets.values() if w.model_id == model_id), None)
        if widget is not None:
            try:
                self._send_custom(widget, {"type": "value_resync"})
            except FrontendError:
                pass

    def _answer_js(self, request: dict[str, Any]) -> None:
        try:
            answer = {"type": "js_result", "id": request["id"], "value": self.js(request["code"], request["args"])}
        except Exception as exc:  # noqa: BLE001 - the page's error goes back as the js_result's error
            answer = {"type": "js_result", "id": request["id"], "error": str(exc)}
        try:
            self._send_custom(self._view.root, answer)
        except FrontendError:
            pass  # the app closed meanwhile

    # -- what the browser sends ------------------------------------------------------

    def _widget(self, comp: Block) -> BlockWidget:
        if not isinstance(comp, Block):
            raise TypeError(f"expected a component of the app, got {comp!r}")
        if self._view.closed:
            raise FrontendError("the app was closed; its widgets no longer answer")
        widget: BlockWidget | None = self._view.widgets.get(comp._id)
        if widget is None:
            what = "State has no front end" if type(comp).__name__ == "State" else "it is not rendered in this app"
            raise FrontendError(f"{comp!r} is not shown in the browser ({what})")
        return widget

    def _send(self, widget: BlockWidget, data: dict[str, Any], buffers: list[Any] | None = None) -> None:
        if widget.model_id in self._closed_models or widget.comm is None:
            raise FrontendError("the app was closed; its widgets no longer answer")
        widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": data}, "buffers": buffers or []})

    def send_raw(self, comp: Block, message: Any, buffers: list[bytes] | None = None) -> None:
        """Send one comm message to comp's model exactly as given (``{"method": "custom",
        "content": ...}`` or ``{"method": "update", "state": ...}``), unchecked and
        unstamped: for robustness tests of what a page, or anything speaking the comm
        protocol, could send. Does not wait."""
        self._send(self._widget(comp), message, buffers)

    def _send_custom(self, widget: BlockWidget, message: dict[str, Any], buffers: list[bytes] | None = None) -> int:
        """A custom message stamped like the page's runtime does (``js/runtime/ordering.js``);
        returns its sequence number."""
        with self._lock:
            self._seq += 1
            seq = self._seq
            stamped = {**message, "app": self._view.token, "page": self._page, "seq": seq}
            if "value" in message:
                self._sent[widget.model_id] = seq
                self._edited.add(widget.model_id)
        self._send(widget, {"method": "custom", "content": stamped}, buffers)
        return seq

    def _transfer_reply(self, transfer_id: str, count: int) -> tuple[dict[str, Any], list[bytes]]:
        """The ``count``-th reply (1-based) to a file transfer, waiting for it."""
        with self._lock:
            if not self._transfer_cond.wait_for(lambda: len(self._transfers.get(transfer_id, [])) >= count, self.timeout):
                raise TimeoutError(f"the kernel did not answer file transfer {transfer_id} within {self.timeout}s")
            return self._transfers[transfer_id][count - 1]

    def _require_interactive(self, comp: Block, action: str) -> None:
        props = self.props(comp)
        if props.get("interactive") is False:
            raise FrontendError(f"{_name(comp)} is not interactive: a user cannot {action} it")
        if props.get("visible") is False:
            raise FrontendError(f"{_name(comp)} is not visible: a user cannot {action} it")

    def set(self, comp: Block, value: Any, *, wait: bool = True) -> None:
        """Change the value as a user would (typing, ticking, choosing): the browser syncs
        the value, then fires ``input`` and ``change`` (those of them the component has,
        as its view does); waits until everything settles."""
        widget = self._widget(comp)
        self._require_interactive(comp, "change")
        value = self._jsonable(value)
        with self._lock:
            self._state[widget.model_id]["value"] = value
        known = {str(listener) for listener in type(comp).EVENTS}
        self._send_value(widget, value, [event for event in ("input", "change") if event in known])
        if wait:
            self.wait()

    def click(self, comp: Block, *, wait: bool = True) -> None:
        """Click a button (fires ``click``); waits for the listeners, their ``.then``
        chains and the ``change`` cascades they cause."""
        self._require_interactive(comp, "click")
        self.trigger(comp, "click", wait=wait)

    def trigger(self, comp: Block, event: str, data: Any = None, *, value: Any = _UNSET, wait: bool = True) -> None:
        """Fire any of the component's events by name, with optional event data.

        With ``value=`` the event carries a new value, as a view's
        ``ctx.setValue(value, {events: [event]})`` sends it (a custom component's own
        events, a Dataset click)."""
        widget = self._widget(comp)
        known = [str(listener) for listener in type(comp).EVENTS] + list(getattr(comp, "custom_events", ()))
        if event not in known:
            raise FrontendError(f"{_name(comp)} has no event {event!r}; its events are {', '.join(known) or 'none'}")
        message: dict[str, Any] = {"type": "event", "event": event, "data": data}
        if value is not _UNSET:
            self._require_interactive(comp, "change")
            message["value"] = self._jsonable(value)
            with self._lock:
                self._state[widget.model_id]["value"] = message["value"]
        self._send_custom(widget, message)
        if wait:
            self.wait()

    def call_server(self, comp: Block, fn: str, *args: Any) -> Any:
        """Call one of the component's server functions as its view does with
        ``await ctx.server.<fn>(...args)``; returns the result, or raises ``FrontendError``
        with the error the view would get."""
        widget = self._widget(comp)
        call_id = uuid.uuid4().hex
        self._send_custom(widget, {"type": "server_call", "id": call_id, "fn": fn, "args": [self._jsonable(a) for a in args]})
        reply, _ = self._transfer_reply(call_id, 1)
        if "error" in reply:
            raise FrontendError(reply["error"])
        return reply.get("value")

    def click_sample(self, dataset: Any, index: int, *, wait: bool = True) -> None:
        """Click sample ``index`` of a ``gr.Dataset`` (or of ``gr.Examples``), as the page
        does: ``click`` carrying the index as the value, then ``select``."""
        dataset = getattr(dataset, "dataset", dataset)
        samples = self.props(dataset).get("samples") or []
        if not 0 <= index < len(samples):
            raise FrontendError(f"{_name(dataset)} shows {len(samples)} sample(s); there is no sample {index}")
        self.trigger(dataset, "click", value=index, wait=False)
        self.trigger(dataset, "select", {"index": index, "value": samples[index], "selected": True}, wait=wait)

    # -- plots ------------------------------------------------------------------------------

    def brush(self, plot: Block, x_range: Any, *, wait: bool = True) -> None:
        """Drag a brush along a native plot's x axis (``gr.LinePlot`` and the like), as
        the mouse does: ``select`` with the range (x units; seconds for dates). The page
        shows a brush only when the app listens to ``select``."""
        if "select" not in self._held(plot).get("events", []):
            raise FrontendError(f"{_name(plot)} shows no brush: the app has no select listener on it")
        lo, hi = sorted(float(v) for v in x_range)
        self.trigger(plot, "select", {"value": [lo, hi], "index": [lo, hi], "selected": True}, wait=wait)

    def resample(self, plot: Block, x_range: Any, width: int | None = None) -> dict[str, Any]:
        """Ask for the points of ``x_range`` at ``width`` pixels, as a sampled line plot's
        view does when ``x_lim`` zooms into a range (x units: epoch milliseconds for
        dates); returns what the kernel sends (a value with ``sampled``)."""
        widget = self._widget(plot)
        request_id = uuid.uuid4().hex
        message: dict[str, Any] = {"type": "resample", "id": request_id, "x_range": self._jsonable(list(x_range))}
        if width is not None:
            message["width"] = width
        self._send_custom(widget, message)
        reply, _ = self._transfer_reply(request_id, 1)
        if "error" in reply:
            raise FrontendError(reply["error"])
        return copy.deepcopy(reply["value"])

    def library(self, name: str) -> str:
        """The source of a front-end library (``"plotly"``, ``"vega"``, ``"bokeh"``, ...) as
        a view's ``ctx.loadLibrary(name)`` gets it from the page runtime model."""
        runtime = self._held(self.app).get("runtime")
        return _ask_for_view(runtime, f"library-{name}", f"library {name!r}")[0]

    @staticmethod
    def _jsonable(value: Any) -> Any:
        try:
            return json.loads(json.dumps(value))
        except (TypeError, ValueError) as exc:
            raise FrontendError(f"a browser can only hold JSON values, got {type(value).__name__}") from exc

    # -- tables ---------------------------------------------------------------------------

    def table(self, comp: Block) -> Any:
        """The page's view of a ``gr.Dataframe``: sort, search and filter it, read the rows
        it shows, edit cells, add and delete rows and columns, select a cell, copy; a big
        table is read in windows from the kernel, as the page does
        (``nbblocks._frontend_table.TableView``)."""
        from ._frontend_table import TableView

        widget = self._widget(comp)
        if widget.view != "dataframe":
            raise FrontendError(f"{_name(comp)} is not a table")
        return TableView(self, comp)

    # -- files ----------------------------------------------------------------------------

    def upload(self, comp: Block, path_or_bytes: Any, filename: str | None = None, *,
               mime_type: str | None = None, wait: bool = True) -> Any:
        """Upload a file as a user would (file picker, drag and drop, paste): its bytes go
        to the kernel in chunks over the comm, then the component takes the new file the
        way its view does (an Image replaces its value, a multiple File appends, a Gallery
        adds an item) and fires its events (Image: ``upload``, ``input``, ``change``).

        ``path_or_bytes`` is a path or bytes, or a list of them for components that take
        several files. Returns the uploaded FileData (a list for a list). Raises
        ``FrontendError`` with the kernel's message when the upload is refused
        (``max_file_size``, ``file_types``, a component that takes no uploads)."""
        widget = self._widget(comp)
        self._require_interactive(comp, "upload to")
        uploads = uploads_of(comp)
        if uploads is None:
            raise FrontendError(f"{_name(comp)} has no file picker: a user cannot upload to it")
        items = list(path_or_bytes) if isinstance(path_or_bytes, (list, tuple)) else [path_or_bytes]
        props = self.props(comp)
        if len(items) > 1 and uploads.single(props):
            raise FrontendError(f"{_name(comp)} takes one file at a time")
        if uploads.source is not None and uploads.source not in (props.get("sources") or []):
            raise FrontendError(f"{_name(comp)} has no {uploads.source} source: a user cannot upload to it")
        if uploads.frontend is not None:
            done = [uploads.frontend(self, comp, item, filename, wait) for item in items]
            return done if isinstance(path_or_bytes, (list, tuple)) else done[0]
        uploaded = [self._upload_one(widget, comp, item, filename, mime_type) for item in items]
        self._fire_value(widget, uploads.value(self.value(comp), uploaded, props), list(uploads.events))
        if wait:
            self.wait()
        return uploaded if isinstance(path_or_bytes, (list, tuple)) else uploaded[0]

    def upload_file(self, comp: Block, path_or_bytes: Any, filename: str | None = None, *,
                    mime_type: str | None = None) -> dict[str, Any]:
        """Upload one file through a component as a view's ``ctx.upload(file)`` does (a
        custom component's own file picker) and return its FileData. The value does not
        change: follow with ``trigger(comp, event, value=...)`` as the view would."""
        widget = self._widget(comp)
        self._require_interactive(comp, "upload to")
        return self._upload_one(widget, comp, path_or_bytes, filename, mime_type)

    def _upload_one(self, widget: BlockWidget, comp: Block, item: Any, filename: str | None, mime_type: str | None,
                    *, stream: bool = False) -> dict[str, Any]:
        if isinstance(item, (bytes, bytearray, memoryview)):
            data, name = bytes(item), filename or "file"
        elif isinstance(item, (str, Path)):
            path = Path(item)
            if not path.is_file():
                raise FileNotFoundError(f"no such file to upload: {path}")
            data, name = path.read_bytes(), filename or path.name
        else:
            raise TypeError(f"upload takes a path or bytes, got {type(item).__name__}")
        mime = mime_type or mimetypes.guess_type(name)[0]
        transfer = uuid.uuid4().hex
        chunks = [data[i:i + UPLOAD_CHUNK] for i in range(0, len(data), UPLOAD_CHUNK)] or [b""]
        for index, chunk in enumerate(chunks):
            final = index == len(chunks) - 1
            message = {"type": "upload", "id": transfer, "index": index, "final": final}
            if index == 0:
                message.update(name=name, mime=mime, size=len(data), stream=stream)
            self._send_custom(widget, message, [chunk])
            reply, _ = self._transfer_reply(transfer, index + 1)
            if reply["type"] == "upload_error":
                raise FrontendError(reply.get("message") or "the upload was refused")
        if reply["type"] != "upload_done":
            raise FrontendError(f"unexpected answer to an upload: {reply['type']}")
        file: dict[str, Any] = reply["file"]
        return file

    def _fire_value(self, widget: BlockWidget, value: Any, events: list[str]) -> None:
        with self._lock:
            self._state[widget.model_id]["value"] = copy.deepcopy(value)
        self._send_value(widget, value, events)

    def _send_value(self, widget: BlockWidget, value: Any, events: list[str]) -> None:
        """A value and the events it fires, as ``ctx.setValue`` sends them: the value in
        the first message, and the later events naming that message (``value_of``)."""
        if not events:
            self._send_custom(widget, {"type": "value", "value": value})
            return
        first = self._send_custom(widget, {"type": "event", "event": events[0], "data": None, "value": value})
        for event in events[1:]:
            self._send_custom(widget, {"type": "event", "event": event, "data": None, "value_of": first})

    def clear(self, comp: Block, *, wait: bool = True) -> None:
        """Press the component's clear button (an Image's x): its value becomes empty and
        it fires ``clear`` (and ``input``/``change`` where the component has them)."""
        widget = self._widget(comp)
        if widget.view == "chatbot":  # the bin at the top of a chat: the page sets [] first
            if not self.value(comp):
                raise FrontendError(f"{_name(comp)} is empty: it shows no clear button")
            self._fire_value(widget, [], ["clear"])
            if wait:
                self.wait()
            return
        self._require_interactive(comp, "clear")
        uploads = uploads_of(comp)
        if uploads is None or uploads.clear_events is None:
            raise FrontendError(f"{_name(comp)} has no clear button")
        self._fire_value(widget, copy.deepcopy(uploads.cleared), list(uploads.clear_events))
        if wait:
            self.wait()

    def stream(self, comp: Block, frame: Any, *, wait: bool = True) -> dict[str, Any]:
        """Send one frame of a ``streaming=True`` input and fire ``stream`` with it, as the
        page does every ``stream_every`` seconds: a webcam frame of an Image (PNG bytes, a
        path, a numpy array or a PIL image) or a microphone chunk of an Audio (WAV bytes, a
        path or ``(sample_rate, samples)``, sent as 16-bit WAV). Returns its FileData."""
        widget = self._widget(comp)
        if not self.props(comp).get("streaming"):
            raise FrontendError(f"{_name(comp)} does not stream (streaming=False)")
        if widget.view == "audio":
            frame, name = _wav_file(frame, _name(comp)), "stream.wav"
        elif not isinstance(frame, (bytes, bytearray, memoryview, str, Path)):
            from . import _images

            img = frame if hasattr(frame, "getbands") else _images.array_to_pending(frame, "png", _name(comp)).pil()
            frame, name = _images.encode(img, "png"), "frame.png"
        else:
            name = "frame.png"
        uploaded = self._upload_one(widget, comp, frame, name, None, stream=True)
        self._send_custom(widget, {"type": "event", "event": "stream", "data": None, "value": uploaded})
        if wait:
            self.wait()
        return uploaded

    def record(self, comp: Block, recording: Any, *, filename: str | None = None, wait: bool = True) -> dict[str, Any]:
        """Record with an Audio's microphone or a Video's webcam, as a user would: the page
        sends ``start_recording`` (with ``wait``, its events finish first, as they would
        while a user speaks), then uploads the recording and sends it with
        ``stop_recording``, ``input`` and ``change`` (separate events: they run at once, in
        no fixed order, as in Gradio). An Audio takes ``(sample_rate,
        samples)``, WAV bytes or a path (the page records 16-bit WAV); a Video takes the
        bytes or path of a video file (the page records WebM). A MultimodalTextbox with
        ``"microphone"`` in ``sources`` takes what an Audio takes and attaches the recording
        (``audio.wav``) to its files, firing ``input`` and ``change``. Returns the FileData."""
        widget = self._widget(comp)
        self._require_interactive(comp, "record with")
        source = {"audio": "microphone", "video": "webcam", "multimodaltextbox": "microphone"}.get(widget.view)
        if source is None:
            raise FrontendError(f"{_name(comp)} cannot record (only Audio, Video and MultimodalTextbox can)")
        props = self.props(comp)
        if source not in (props.get("sources") or []):
            raise FrontendError(f"{_name(comp)} has no {source} source: a user cannot record with it")
        if widget.view == "multimodaltextbox":
            uploaded = self._upload_one(widget, comp, _wav_file(recording, _name(comp)), filename or "audio.wav", None)
            held = self.value(comp) or {}
            value = {"text": held.get("text", ""), "files": [*(held.get("files") or []), uploaded]}
            self._fire_value(widget, value, ["input", "change"])
            if wait:
                self.wait()
            return uploaded
        if source == "microphone":
            data, name = _wav_file(recording, _name(comp)), filename or "recording.wav"
        elif isinstance(recording, (str, Path)):
            data, name = Path(recording).read_bytes(), filename or "webcam.webm"
        else:
            data, name = bytes(recording), filename or "webcam.webm"
        self._send_custom(widget, {"type": "event", "event": "start_recording", "data": None})
        if wait:  # a recording lasts seconds: what start_recording started has run by its end
            self.wait()
        uploaded = self._upload_one(widget, comp, data, name, None)
        self._fire_value(widget, uploaded, ["stop_recording", "input", "change"])
        if wait:
            self.wait()
        return uploaded

    def trim(self, comp: Block, start: float, end: float, *, wait: bool = True) -> dict[str, Any]:
        """Trim an Audio's value to ``[start, end)`` seconds with its trim tool, as the page
        does: the kept part is written as 16-bit WAV at ``waveform_options.sample_rate``,
        uploaded, and sent with ``input`` and ``change``. Returns the new FileData."""
        import numpy as np

        from . import _audio

        widget = self._widget(comp)
        self._require_interactive(comp, "trim")
        props = self.props(comp)
        if widget.view != "audio" or props.get("editable") is False:
            raise FrontendError(f"{_name(comp)} has no trim tool (an editable Audio has one)")
        held = self.value(comp)
        if not isinstance(held, dict):
            raise FrontendError(f"{_name(comp)} holds no audio to trim")
        data = self.file_bytes(comp)
        import tempfile

        with tempfile.NamedTemporaryFile(suffix=Path(held.get("orig_name") or "audio.wav").suffix) as f:
            f.write(data)
            f.flush()
            rate, samples = _audio.decode(f.name, _name(comp))
        if not 0 <= start < end:
            raise FrontendError(f"trim needs 0 <= start < end, got {start}, {end}")
        cut = samples[int(start * rate):int(np.ceil(end * rate))]
        target = int((props.get("waveform_options") or {}).get("sample_rate") or rate)
        if target != rate and len(cut):
            positions = np.linspace(0, len(cut) - 1, max(1, round(len(cut) * target / rate)))
            columns = cut.reshape(len(cut), -1).astype(np.float64)
            resampled = np.stack([np.interp(positions, np.arange(len(cut)), columns[:, c]) for c in range(columns.shape[1])], 1)
            cut = np.round(resampled).astype(np.int16).reshape((-1, *cut.shape[1:]))
            rate = target
        stem = Path(held.get("orig_name") or "audio").stem
        uploaded = self._upload_one(widget, comp, _audio.write_wav(rate, cut), f"{stem}-trimmed.wav", "audio/wav")
        self._fire_value(widget, uploaded, ["input", "change"])
        if wait:
            self.wait()
        return uploaded

    def received(self, comp: Block) -> list[Any]:
        """Every value the kernel sent to the component, oldest first (the chunks of a
        streamed Audio or Video output, then the whole stream as one file)."""
        widget = self._widget(comp)
        with self._lock:
            return copy.deepcopy(self._values_sent.get(widget.model_id, []))

    def file_range(self, comp: Block, offset: int, length: int, *, file: dict[str, Any] | None = None) -> bytes:
        """``length`` bytes from ``offset`` of the component's file, asked for as a player
        reading a long file in ranges asks the kernel (``file_request`` with ``offset`` and
        ``length``)."""
        widget = self._widget(comp)
        fd = file if file is not None else self.value(comp)
        if not isinstance(fd, dict) or not isinstance(fd.get("path"), str):
            raise FrontendError(f"{_name(comp)} holds no file")
        return self._request_file(widget, fd["path"], offset=offset, length=length)

    def select(self, comp: Block, index: Any, value: Any = None, *, wait: bool = True) -> None:
        """Select part of the value, as a click does: an Image pixel (``index=[x, y]`` in
        image pixels), a Gallery item, a File, a HighlightedText token or an
        AnnotatedImage annotation (``index=i``). ``value`` defaults to what the page sends
        (a Gallery item, a file's name, ``[token, label]``, an annotation's label, None for
        an Image pixel)."""
        held = self.value(comp)
        pick = getattr(comp, "selected_item", None)  # what the view sends for item `index`
        if value is None and isinstance(index, int) and not isinstance(index, bool):
            items = held if isinstance(held, list) else [held] if held is not None else []
            try:
                if pick is not None:
                    value = pick(held, index)
                elif 0 <= index < len(items):
                    item = items[index]
                    value = item.get("orig_name") if isinstance(item, dict) and "path" in item else item
                else:
                    raise IndexError(index)
            except (IndexError, KeyError, TypeError):
                raise FrontendError(f"{_name(comp)} has no item {index} to select") from None
        if self.props(comp).get("visible") is False:
            raise FrontendError(f"{_name(comp)} is not visible: a user cannot select in it")
        self.trigger(comp, "select", {"index": index, "value": value, "selected": True}, wait=wait)

    def file_bytes(self, comp: Block, index: int | None = None, *, file: dict[str, Any] | None = None) -> bytes:
        """The bytes of the component's file that the browser would download (for an
        image shown from raw pixels: the file in its ``format``, encoded on request as
        the download button asks for it; an image editor's composite). ``index`` picks a
        file of a list value; ``file`` names any FileData of the value
        (``ui.value(video)["subtitles"]`` of a custom component), which the page asks for as a
        view's ``ctx.fetchFile`` does."""
        widget = self._widget(comp)
        held = self._held(comp)
        value = held.get("value") if file is None else file
        if isinstance(value, list):
            if index is None and len(value) != 1:
                raise FrontendError(f"{_name(comp)} holds {len(value)} files; pass index=")
            value = value[index or 0]
        if isinstance(value, dict) and isinstance(value.get("image"), dict):
            value = value["image"]  # a Gallery item
        if isinstance(value, dict) and "composite" in value:  # an image editor saves its composite
            if value.get("composite") is None and (value.get("background") or value.get("layers")):
                return self._shown_composite(widget, comp, value)
            value = value.get("composite")
        if not isinstance(value, dict) or not isinstance(value.get("path"), str):
            raise FrontendError(f"{_name(comp)} holds no file")
        path = value["path"]
        if value.get("url") == path and path.lower().startswith(("http://", "https://", "data:")):
            raise FrontendError(f"{_name(comp)} shows the URL {path}; the browser loads it itself")
        blob = held.get("blobs", {}).get(path)
        if isinstance(blob, dict) and blob.get("kind") == "file":
            return bytes(blob["data"])
        return self._request_file(widget, path)

    def _request_file(self, widget: BlockWidget, path: str, *, offset: int | None = None, length: int | None = None) -> bytes:
        """The bytes of an issued file, asked for as the page does (``file_request``)."""
        transfer = uuid.uuid4().hex
        request: dict[str, Any] = {"type": "file_request", "id": transfer, "path": path}
        if offset is not None:
            request.update(offset=offset, length=length)
        self._send_custom(widget, request)
        parts: list[bytes] = []
        while True:
            reply, buffers = self._transfer_reply(transfer, len(parts) + 1)
            if reply["type"] == "file_error":
                raise FrontendError(reply.get("message") or "the file could not be read")
            parts.append(buffers[0] if buffers else b"")
            if reply.get("final"):
                return b"".join(parts)

    # -- chats ----------------------------------------------------------------------------

    def submit(self, textbox: Block, text: str = "", *, files: list[Any] | None = None, wait: bool = True) -> None:
        """Type ``text`` into a Textbox or MultimodalTextbox (attaching ``files``, paths or
        bytes, to a multimodal one) and press Enter: ``submit`` fires, as in a chat."""
        widget = self._widget(textbox)
        self._require_interactive(textbox, "type into")
        if widget.view == "multimodaltextbox":
            if files:
                self.upload(textbox, list(files))
            held = self.value(textbox) or {}
            self.set(textbox, {"text": text, "files": list(held.get("files") or [])}, wait=False)
        elif files:
            raise FrontendError(f"{_name(textbox)} takes no files")
        else:
            self.set(textbox, text, wait=False)
        self.trigger(textbox, "submit", wait=wait)

    def stop(self, textbox: Block, *, wait: bool = True) -> None:
        """Press the stop button a chat's textbox shows while a reply is being written."""
        if not self.props(textbox).get("stop_btn"):
            raise FrontendError(f"{_name(textbox)} shows no stop button now")
        self.trigger(textbox, "stop", wait=wait)

    def _chat(self, chatbot: Block) -> list[dict[str, Any]]:
        if self._widget(chatbot).view != "chatbot":
            raise FrontendError(f"{_name(chatbot)} is not a Chatbot")
        return self.value(chatbot) or []

    def _chat_groups(self, chatbot: Block) -> list[list[int]]:
        """Message indexes in the groups the page draws (consecutive messages of a role,
        thoughts' children inside their thought)."""
        messages = self._chat(chatbot)
        thoughts: set[str] = set()
        top = []
        for index, message in enumerate(messages):
            meta = message.get("metadata") or {}
            if meta.get("parent_id") is not None and str(meta["parent_id"]) in thoughts:
                continue
            if meta.get("title") and meta.get("id") is not None:
                thoughts.add(str(meta["id"]))
            top.append(index)
        together = self.props(chatbot).get("group_consecutive_messages", True) is not False
        groups: list[list[int]] = []
        for index in top:
            role = messages[index]["role"]
            if together and groups and messages[groups[-1][0]]["role"] == role and role != "system":
                groups[-1].append(index)
            else:
                groups.append([index])
        return groups

    def like(self, chatbot: Block, index: int, liked: bool | str = True, *, wait: bool = True) -> None:
        """Press a feedback button under the message group holding message ``index``:
        ``liked`` True (thumb up), False (thumb down) or a feedback option's text."""
        messages = self._chat(chatbot)
        if "like" not in self._held(chatbot).get("events", []):
            raise FrontendError(f"{_name(chatbot)} has no like listener: it shows no feedback buttons")
        group = next((g for g in self._chat_groups(chatbot) if index in g), None)
        if group is None:
            raise FrontendError(f"{_name(chatbot)} shows no message {index}")
        role = messages[group[0]]["role"]
        if role != "assistant" and not (role == "user" and self.props(chatbot).get("like_user_message")):
            raise FrontendError(f"message {index} of {_name(chatbot)} is a {role} message: it has no feedback buttons")
        self.trigger(chatbot, "like", {"index": group[0], "value": [messages[i]["content"] for i in group], "liked": liked}, wait=wait)

    def _last_user(self, chatbot: Block, action: str) -> dict[str, Any]:
        messages = self._chat(chatbot)
        if action not in self._held(chatbot).get("events", []):
            raise FrontendError(f"{_name(chatbot)} has no {action} listener: it shows no {action} button")
        if not messages or messages[-1]["role"] != "assistant":
            raise FrontendError(f"{_name(chatbot)} shows {action} only under a last reply")
        index = max((i for i, m in enumerate(messages) if m["role"] == "user"), default=None)
        if index is None:
            raise FrontendError(f"{_name(chatbot)} has no user message to {action}")
        return {"index": index, "value": messages[index]["content"]}

    def retry(self, chatbot: Block, *, wait: bool = True) -> None:
        """Press retry under the last reply (``retry`` with the last user message)."""
        self.trigger(chatbot, "retry", self._last_user(chatbot, "retry"), wait=wait)

    def undo(self, chatbot: Block, *, wait: bool = True) -> None:
        """Press undo under the last reply (``undo`` with the last user message)."""
        self.trigger(chatbot, "undo", self._last_user(chatbot, "undo"), wait=wait)

    def edit(self, chatbot: Block, index: int, text: str, *, wait: bool = True) -> None:
        """Edit message ``index`` to ``text`` and submit: the page changes the value, then
        fires ``edit`` with ``{index, value, previous_value}``."""
        messages = self._chat(chatbot)
        editable = self.props(chatbot).get("editable")
        if not 0 <= index < len(messages):
            raise FrontendError(f"{_name(chatbot)} shows no message {index}")
        if not (editable == "all" or (editable == "user" and messages[index]["role"] == "user")):
            raise FrontendError(f"message {index} of {_name(chatbot)} is not editable (editable={editable!r})")
        previous = "\n\n".join(p["text"] for p in messages[index]["content"] if p.get("type") == "text")
        messages[index] = {**messages[index], "content": [{"type": "text", "text": text}]}
        self.trigger(chatbot, "edit", {"index": index, "value": text, "previous_value": previous}, value=messages, wait=wait)

    def click_example(self, chatbot: Block, index: int, *, wait: bool = True) -> None:
        """Click example ``index`` of an empty chat (``example_select``)."""
        examples = self.props(chatbot).get("examples") or []
        if self._chat(chatbot):
            raise FrontendError(f"{_name(chatbot)} shows examples only while it is empty")
        if not 0 <= index < len(examples):
            raise FrontendError(f"{_name(chatbot)} shows {len(examples)} example(s); there is no example {index}")
        example = examples[index]
        value = {"text": example.get("text", "")}
        if "files" in example:
            value["files"] = example["files"]
        self.trigger(chatbot, "example_select", {"index": index, "value": value}, wait=wait)

    def click_option(self, chatbot: Block, index: int, *, wait: bool = True) -> None:
        """Click option ``index`` under the last reply (``option_select``)."""
        messages = self._chat(chatbot)
        options = (messages[-1].get("options") or []) if messages and messages[-1]["role"] == "assistant" else []
        if not 0 <= index < len(options):
            raise FrontendError(f"{_name(chatbot)} shows {len(options)} option(s); there is no option {index}")
        self.trigger(chatbot, "option_select", {"index": index, "value": options[index]["value"]}, wait=wait)

    # -- walkthroughs ----------------------------------------------------------------------

    def _shown_child(self, layout: BlockContext, child: Block | int, noun: str) -> tuple[int, dict[str, Any]]:
        """The index and props of ``child`` (one of ``layout``'s children, or its index), which
        a person sees: ``layout`` and the child are visible (else ``FrontendError``)."""
        children = layout.children
        index = child if isinstance(child, int) else next((i for i, c in enumerate(children) if c is child), -1)
        if not 0 <= index < len(children):
            raise FrontendError(f"{_name(layout)} has {len(children)} {noun}(s); there is no {noun} {child!r}")
        if self.props(layout).get("visible") in (False, "hidden"):
            raise FrontendError(f"{_name(layout)} is not visible: a user cannot click its {noun}s")
        props = self.props(children[index])
        if props.get("visible") in (False, "hidden"):
            raise FrontendError(f"{noun} {index} of {_name(layout)} is hidden: a user cannot click it")
        return index, props

    def click_step(self, walkthrough: Block, step: Block | int, *, wait: bool = True) -> None:
        """Click a step (the Step or its index) in a ``gr.Walkthrough``'s stepper, as a
        person goes back to an earlier step: the Walkthrough's ``select``, the Step's
        ``select``, then the Walkthrough's ``change``, as its view sends them. Clicking the
        open step does nothing, as on the page; a later, hidden or non-interactive step
        cannot be clicked (``FrontendError``)."""
        from .layouts.walkthrough import Walkthrough

        if not isinstance(walkthrough, Walkthrough):
            raise FrontendError(f"{_name(walkthrough)} is not a Walkthrough: it has no steps to click")
        steps = walkthrough.children
        index, props = self._shown_child(walkthrough, step, "step")
        current = walkthrough.shown_index(self.props)
        if index == current:
            return
        if current is None or index > current:
            raise FrontendError(f"step {index} of {_name(walkthrough)} comes after the open step ({current}): "
                                "its button is disabled until a function opens it")
        if props.get("interactive") is False:
            raise FrontendError(f"step {index} of {_name(walkthrough)} is not interactive: a user cannot click it")
        label = props.get("label")
        self.trigger(walkthrough, "select", {"index": index, "value": label, "id": props.get("id"), "selected": True}, wait=False)
        self.trigger(steps[index], "select", {"index": index, "value": label, "selected": True}, wait=False)
        self.trigger(walkthrough, "change", wait=wait)

    # -- tabs -------------------------------------------------------------------------------

    def click_tab(self, tabs: Block, tab: Block | int, *, wait: bool = True) -> None:
        """Click a tab (the Tab or its index) in a ``gr.Tabs``' tab bar, as a person does:
        the Tab's ``select``, the Tabs' ``select``, then (when another tab opens) the
        Tabs' ``change``, as its view sends them. A hidden or non-interactive tab cannot
        be clicked (``FrontendError``)."""
        from .layouts.tabs import Tabs

        if not isinstance(tabs, Tabs):
            raise FrontendError(f"{_name(tabs)} is not a Tabs: it has no tabs to click")
        children = tabs.children
        index, props = self._shown_child(tabs, tab, "tab")
        if props.get("interactive") is False:
            raise FrontendError(f"tab {index} of {_name(tabs)} is not interactive: a user cannot click it")
        changed = tabs.shown_index(self.props) != index
        data = {"index": index, "value": props.get("label"), "selected": True}
        self.trigger(children[index], "select", data, wait=False)
        self.trigger(tabs, "select", data, wait=wait and not changed)
        if changed:
            self.trigger(tabs, "change", wait=wait)

    # -- image editors --------------------------------------------------------------------

    def set_editor(self, comp: Block, background: Any = None, layers: list[Any] | None = None, *,
                   filename: str | None = None, apply: bool = False, wait: bool = True) -> dict[str, Any]:
        """Edit an ImageEditor (Sketchpad, Paint, ImageMask) as a user would, and return the
        value the page sends.

        ``background`` (a path, bytes, a numpy array or a PIL image) is taken as the upload
        source takes a file: uploaded as it is, then cut to ``crop_size`` or fitted into a
        ``fixed_canvas`` as the page does. Without one, the editor keeps the background it
        holds, or starts from its blank white canvas (``canvas_size``). ``layers`` are what
        the user drew, one image per layer (None: left blank), at the canvas's size or the
        background's; the page's layers (``LayerOptions.layers``) not given stay blank. The
        page uploads the background (unless it is the taken file itself) and the layers as
        PNG files and sends the value, whose composite is the background while nothing is
        drawn and otherwise None (the kernel composes it), with ``upload`` (when a
        background was taken), ``input`` and ``change``; ``apply=True`` then presses the
        apply button (``apply``)."""
        from . import _editor, _images

        widget = self._widget(comp)
        self._require_interactive(comp, "edit")
        if widget.view != "imageeditor":
            raise FrontendError(f"{_name(comp)} is not an image editor")
        props, owner = self.props(comp), _name(comp)
        options = props.get("layers") or {}
        names = options.get("layers") or ["Layer 1"]
        given = list(layers or [])
        if len(given) > len(names) and (options.get("disabled") or not options.get("allow_additional_layers")):
            raise FrontendError(f"{owner} has {len(names)} layer(s) and no button to add more; got {len(given)} layers")
        original = None
        if background is not None:
            if not props.get("sources"):
                raise FrontendError(f"{owner} has no image sources: a user cannot set its background")
            data, name = _image_file(background, filename, owner)
            taken = self._upload_one(widget, comp, data, name, None)
            original = _read_image(data, name, owner)
        else:
            taken = None
            held = self.value(comp)
            if isinstance(held, dict) and (held.get("background") or held.get("composite")):
                shown: dict[str, Any] = held["background"] if held.get("background") else held["composite"]
                taken = shown
                original = self._file_image(widget, comp, shown)
        images = [None if layer is None else _read_image(_image_file(layer, None, owner)[0], f"layer {i}", owner)
                  for i, layer in enumerate(given)]
        images += [None] * (len(names) - len(images))
        try:
            doc = _editor.edit(props, original, images, owner)
        except ValueError as exc:
            raise FrontendError(str(exc)) from None
        def send(img: Any, name: str) -> dict[str, Any]:
            return self._upload_one(widget, comp, _images.encode(img, "png"), name, "image/png")

        back = taken if taken is not None and not doc.placed else send(doc.background, "background.png")
        drawn = [send(layer, f"layer_{i}.png") for i, layer in enumerate(doc.layers)]
        # Once something is drawn the page sends no composite: the kernel composes it.
        undrawn = all(_editor.is_empty(layer) for layer in doc.layers)
        value = {"background": back, "layers": drawn, "composite": back if undrawn else None}
        events = (["upload"] if background is not None else []) + ["input", "change"] + (["apply"] if apply else [])
        self._fire_value(widget, value, events)
        if wait:
            self.wait()
        return copy.deepcopy(value)

    def apply(self, comp: Block, *, wait: bool = True) -> None:
        """Press an ImageEditor's apply button: ``apply`` fires with the value it holds."""
        widget = self._widget(comp)
        self._require_interactive(comp, "apply")
        if widget.view != "imageeditor":
            raise FrontendError(f"{_name(comp)} has no apply button")
        self._fire_value(widget, self.value(comp), ["apply"])
        if wait:
            self.wait()

    def _shown_composite(self, widget: BlockWidget, comp: Block, value: dict[str, Any]) -> bytes:
        """The composite the page shows (and saves as PNG) when the value has none."""
        import PIL.Image

        from . import _editor, _images

        layers = [self._file_image(widget, comp, fd) for fd in value.get("layers") or []]
        base = (self._file_image(widget, comp, value["background"]) if value.get("background")
                else PIL.Image.new("RGBA", layers[0].size, (0, 0, 0, 0)))
        return _images.encode(_editor.compose(base, layers), "png")

    def _file_image(self, widget: BlockWidget, comp: Block, fd: dict[str, Any]) -> Any:
        """A held image as the page draws it: pixels or file bytes sent with the value, else asked for."""
        import PIL.Image

        blob = self._held(comp).get("blobs", {}).get(fd["path"])
        if isinstance(blob, dict) and blob.get("kind") == "pixels":
            mode = {1: "L", 2: "LA", 3: "RGB", 4: "RGBA"}[blob["channels"]]
            return PIL.Image.frombytes(mode, (blob["width"], blob["height"]), bytes(blob["data"]))
        file_blob = isinstance(blob, dict) and blob.get("kind") == "file"
        data = bytes(blob["data"]) if file_blob else self._request_file(widget, fd["path"])
        return _read_image(data, fd.get("orig_name") or "image", _name(comp))

    def displayed(self, comp: Block) -> list[dict[str, Any]]:
        """What the browser draws for each file of the value, in order: ``{"kind":
        "pixels", "width", "height", "channels"}`` for raw pixels, ``{"kind": "file",
        "mime"}`` for file bytes sent with the value, ``{"kind": "url", "url"}`` for a URL
        the browser loads, ``{"kind": "fetch"}`` when the view must ask for the bytes."""
        from .files import file_data_in

        held = self._held(comp)
        blobs = held.get("blobs", {})
        out = []
        for item in file_data_in(held.get("value")):
            path = item["path"]
            blob = blobs.get(path)
            if blob is not None:
                out.append({k: v for k, v in blob.items() if k != "data"} | {"bytes": len(blob["data"])})
            elif item.get("url") == path:
                out.append({"kind": "url", "url": path})
            else:
                out.append({"kind": "fetch"})
        return out

    def wait(self, timeout: float | None = None) -> None:
        """Wait until no event of the notebook session is queued, running or chained."""
        limit = self.timeout if timeout is None else timeout
        if not self._view.session.wait_idle(limit):
            pending = {
                getattr(job.dep.fn, "__name__", "?")
                for jobs in self._view.session.pending.values()
                for job in jobs
            }
            raise TimeoutError(f"events still pending after {limit}s: {', '.join(sorted(pending)) or 'deferred triggers'}")

    def wait_for(self, condition: Callable[[], _T], timeout: float | None = None) -> _T:
        """Wait until ``condition()`` is true and return its value, e.g.
        ``ui.wait_for(lambda: ui.queue_position(out) == 0)``: for what the browser shows
        while an event runs (progress, a queue position, a toast), where ``wait()`` would
        wait for the end. Checked whenever the browser receives a message, and every
        50 ms for kernel-side state; ``TimeoutError`` after ``timeout`` seconds
        (default: the ``Frontend``'s)."""
        limit = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        while True:
            with self._lock:
                seen = self._received
            value = condition()
            if value:
                return value
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the condition was not met within {limit}s")
            with self._lock:
                self._transfer_cond.wait_for(lambda: self._received != seen, min(remaining, _RECHECK))  # noqa: B023 - waited on in this iteration

    # -- what the browser holds ---------------------------------------------------------

    def _held(self, comp: Block) -> dict[str, Any]:
        widget = self._widget(comp)
        with self._lock:
            return self._state[widget.model_id]

    def value(self, comp: Block) -> Any:
        """The data_model-serialised value the browser holds."""
        return copy.deepcopy(self._held(comp).get("value"))

    def view_source(self, comp: Block) -> tuple[str, str]:
        """The module that draws ``comp`` and its custom CSS (a custom component's ``_esm``
        and ``_css``; ``""`` for built-in views, whose stylesheets are in the module), asked
        for as the page runtime asks the kernel: once per page and view."""
        held = self._held(comp)
        view_id = held.get("view_id")
        if view_id not in self._views:
            self._views[view_id] = _ask_for_view(held.get("runtime"), view_id, _name(comp))
        return self._views[view_id]

    def props(self, comp: Block) -> dict[str, Any]:
        """Display props the browser holds (label, visible, interactive, choices, ...)."""
        return copy.deepcopy(self._held(comp).get("props", {}))

    def status(self, comp: Block) -> str:
        """"idle", "pending" or "error"."""
        state: str = self._held(comp).get("status", {}).get("state", "idle")
        return state

    def error(self, comp: Block) -> str | None:
        """The error message shown on the component, or None."""
        status = self._held(comp).get("status", {})
        return status.get("message") if status.get("state") == "error" else None

    def progress(self, comp: Block) -> list[dict[str, Any]] | None:
        """The progress bars the browser shows on comp (``gr.Progress`` units:
        ``progress``, ``index``, ``length``, ``unit``, ``desc``), or None."""
        status = self._held(comp).get("status", {})
        if status.get("state") != "pending":
            return None
        bars: list[dict[str, Any]] | None = copy.deepcopy(status.get("progress"))
        return bars

    def queue_position(self, comp: Block) -> int | None:
        """The queue position shown on comp while its event waits (0 = next), or None."""
        status = self._held(comp).get("status", {})
        return status.get("queue_position") if status.get("state") == "pending" else None

    def state_value(self, comp: Block) -> Any:
        """The kernel-side value of a component in the notebook session (e.g. a ``gr.State``,
        which a browser never holds)."""
        return self._view.session.get(comp)

    def __repr__(self) -> str:
        return f"Frontend({type(self.app).__name__})"


_NODE_PROGRAM = """
const code = process.argv[1];
const args = JSON.parse(process.argv[2]);
Promise.resolve((0, eval)("(" + code + ")")(...args))
  .then((r) => process.stdout.write(JSON.stringify(r === undefined ? null : r)))
  .catch((e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });
"""


def run_js_with_node(code: str, args: list[Any]) -> Any:
    """Evaluate a listener's ``js`` function with Node.js, as the browser would."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("this event has js=...; install Node.js or pass Frontend(demo, js=callable)")
    proc = subprocess.run([node, "-e", _NODE_PROGRAM, code, json.dumps(args)], capture_output=True, text=True, timeout=30)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip() or "the js function failed")
    return json.loads(proc.stdout or "null")


_RUNTIME_LOCK = threading.Lock()


def _ask_for_view(runtime_ref: Any, view_id: Any, owner: str) -> tuple[str, str]:
    """Send ``view_request`` to the page runtime model and read its answer (the model
    answers while it handles the message, on this thread)."""
    from ipywidgets.widgets.widget import _instances

    model_id = runtime_ref.removeprefix("anywidget:") if isinstance(runtime_ref, str) else None
    runtime = _instances.get(model_id) if model_id else None
    if runtime is None or runtime.comm is None:
        raise FrontendError(f"{owner} names no page runtime model that is open ({runtime_ref!r})")
    comm = runtime.comm
    replies: list[tuple[dict[str, Any], list[bytes]]] = []
    with _RUNTIME_LOCK:
        publish = comm.publish_msg

        def capture(msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any) -> Any:
            if msg_type == "comm_msg" and isinstance(data, dict) and data.get("method") == "custom":
                replies.append((data.get("content") or {}, [bytes(b) for b in buffers or []]))
            return publish(msg_type, data=data, metadata=metadata, buffers=buffers, **keys)

        comm.publish_msg = capture
        try:
            request = {"method": "custom", "content": {"type": "view_request", "id": view_id}}
            comm.handle_msg({"content": {"comm_id": comm.comm_id, "data": request}, "buffers": []})
        finally:
            comm.publish_msg = publish
    for content, buffers in replies:
        if content.get("id") != view_id:
            continue
        if content.get("type") == "view":
            return (buffers[0].decode("utf-8") if buffers else ""), str(content.get("css") or "")
        if content.get("type") == "view_error":
            raise FrontendError(f"{owner}: {content.get('message')}")
    raise FrontendError(f"{owner}: the kernel did not answer the request for view {view_id!r}")


def _name(comp: Block) -> str:
    from .components.base import component_name

    return component_name(comp)


def _image_file(item: Any, filename: str | None, owner: str) -> tuple[bytes, str]:
    """An image to upload as (bytes, name): files as they are, arrays and PIL images as PNG."""
    if isinstance(item, (bytes, bytearray, memoryview)):
        return bytes(item), filename or "image.png"
    if isinstance(item, (str, Path)):
        path = Path(item)
        if not path.is_file():
            raise FileNotFoundError(f"no such image: {path}")
        return path.read_bytes(), filename or path.name
    from . import _images

    img = item if hasattr(item, "getbands") else _images.array_to_pending(item, "png", owner).pil()
    return _images.encode(img, "png"), filename or "image.png"


def _wav_file(item: Any, owner: str) -> bytes:
    """Audio the page would send: bytes or a path as they are, ``(rate, samples)`` as the
    16-bit WAV the page records."""
    if isinstance(item, (bytes, bytearray, memoryview)):
        return bytes(item)
    if isinstance(item, (str, Path)):
        return Path(item).read_bytes()
    import numpy as np

    from . import _audio

    rate, samples = item
    samples = np.asarray(samples)
    if samples.dtype.kind == "f":  # as the page writes what the microphone gave: clipped to [-1, 1]
        samples = np.round(np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
    return _audio.write_wav(_audio.check_rate(rate, owner), _audio.to_int16(samples, owner))


def _read_image(data: bytes, name: str, owner: str) -> Any:
    """Decode an image as the browser would, or fail as the page shows it."""
    from . import _images
    from .exceptions import Error

    try:
        return _images.open_image(io.BytesIO(data), owner, name).convert("RGBA")  # type: ignore[arg-type]  # PIL opens a file object as well as a path
    except (Error, OSError) as exc:
        raise FrontendError(f"{name} could not be read as an image ({exc})") from None


def _over_the_wire(data: Any) -> Any:
    """``data`` as a page parses it: packed as the kernel packs messages (jupyter_client's
    packer where installed: no NaN, UTF-8), then read back as JSON."""
    try:
        from jupyter_client.session import json_packer
    except ImportError:  # pragma: no cover - jupyter_client comes with ipykernel
        return json.loads(json.dumps(data, ensure_ascii=False, allow_nan=False).encode("utf-8"))
    return json.loads(json_packer(data))


def _put_buffers(state: dict[str, Any], paths: list[Any], buffers: list[Any]) -> dict[str, Any]:
    for path, buf in zip(paths, buffers):
        obj: Any = state
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = bytes(buf)
    return state
