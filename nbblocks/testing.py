"""A virtual browser for nbblocks apps: drive the real widget models headlessly.

``Frontend`` sends exactly the comm messages the JavaScript front end sends
(``docs/protocol.md``) and keeps exactly the state the JavaScript would hold, read
from the messages the kernel publishes. It never calls user functions directly, so a
test through it exercises the same path as a click in JupyterLab. It works in plain
Python, in pytest and in a notebook cell.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import threading
import uuid
from typing import TYPE_CHECKING, Any, Callable

from .block import Block

if TYPE_CHECKING:
    from .blocks import Blocks
    from .widgets.model import BlockWidget

__all__ = ["Frontend", "FrontendError"]


_UNSET: Any = object()


class FrontendError(AssertionError):
    """The virtual browser cannot do what was asked (as a real user could not)."""


class Frontend:
    """A virtual browser attached to an app's widget models (the notebook session)."""

    def __init__(self, app: Blocks, *, timeout: float = 30.0, js: Callable[[str, list], Any] | None = None):
        self.app = app
        self.timeout = timeout
        #: Runs a listener's ``js=`` function: ``js(code, args) -> value``. By default
        #: Node.js evaluates it when ``node`` is on PATH, as a browser would.
        self.js = js if js is not None else run_js_with_node
        self._view = app.view()
        self._lock = threading.Lock()
        self._state: dict[str, dict[str, Any]] = {}
        self._closed_models: set[str] = set()
        self._page = uuid.uuid4().hex
        self._seq = 0
        self._sent: dict[str, int] = {}
        self.toasts: list[dict[str, Any]] = []
        """Toast messages the browser received, oldest first."""
        self.messages: list[tuple[str, dict[str, Any]]] = []
        """Every custom message received, as ``(model_id, content)``."""
        for widget in list(self._view.widgets.values()):
            self._attach(widget)
        self._view.add_observer(self._attach)

    # -- what the browser receives ----------------------------------------------------

    def _attach(self, widget: BlockWidget) -> None:
        from ipywidgets.widgets.widget import _remove_buffers

        state, paths, buffers = _remove_buffers(widget.get_state())
        self._state[widget.model_id] = _put_buffers(json.loads(json.dumps(state)), paths, buffers)
        comm = widget.comm
        publish = comm.publish_msg
        model_id = widget.model_id

        def recording_publish(msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any) -> Any:
            self._receive(model_id, msg_type, data, buffers)
            return publish(msg_type, data=data, metadata=metadata, buffers=buffers, **keys)

        comm.publish_msg = recording_publish

    def _receive(self, model_id: str, msg_type: str, data: Any, buffers: Any) -> None:
        with self._lock:
            if msg_type == "comm_close":
                self._closed_models.add(model_id)
                return
            if msg_type != "comm_msg" or not isinstance(data, dict):
                return
            method = data.get("method")
            if method == "update":
                state = json.loads(json.dumps(data.get("state", {})))
                state = _put_buffers(state, data.get("buffer_paths", []), list(buffers or []))
                held = self._state.setdefault(model_id, {})
                origin = state.get("value_origin") or held.get("value_origin") or {}
                if "value" in state and origin.get("page") == self._page and origin.get("seq", 0) < self._sent.get(model_id, 0):
                    state.pop("value")  # an echo of an older message of ours (as the runtime does)
                held.update(state)
            elif method == "custom":
                content = data.get("content")
                self.messages.append((model_id, content))
                if isinstance(content, dict) and content.get("type") == "toast":
                    self.toasts.append(content)
                elif isinstance(content, dict) and content.get("type") == "js":
                    threading.Thread(target=self._answer_js, args=(content,), daemon=True).start()

    def _answer_js(self, request: dict[str, Any]) -> None:
        try:
            answer = {"type": "js_result", "id": request["id"], "value": self.js(request["code"], request["args"])}
        except Exception as exc:
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
        widget = self._view.widgets.get(comp._id)
        if widget is None:
            what = "State has no front end" if type(comp).__name__ == "State" else "it is not rendered in this app"
            raise FrontendError(f"{comp!r} is not shown in the browser ({what})")
        return widget

    def _send(self, widget: BlockWidget, data: dict[str, Any], buffers: list | None = None) -> None:
        if widget.model_id in self._closed_models or widget.comm is None:
            raise FrontendError("the app was closed; its widgets no longer answer")
        widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": data}, "buffers": buffers or []})

    def _send_custom(self, widget: BlockWidget, message: dict[str, Any]) -> None:
        """A custom message stamped like the page's runtime does (``js/runtime/ordering.js``)."""
        with self._lock:
            self._seq += 1
            stamped = {**message, "app": self._view.token, "page": self._page, "seq": self._seq}
            if "value" in message:
                self._sent[widget.model_id] = self._seq
        self._send(widget, {"method": "custom", "content": stamped})

    def _require_interactive(self, comp: Block, action: str) -> None:
        props = self.props(comp)
        if props.get("interactive") is False:
            raise FrontendError(f"{_name(comp)} is not interactive: a user cannot {action} it")
        if props.get("visible") is False:
            raise FrontendError(f"{_name(comp)} is not visible: a user cannot {action} it")

    def set(self, comp: Block, value: Any, *, wait: bool = True) -> None:
        """Change the value as a user would (typing, ticking, choosing): the browser syncs
        the value, then fires ``input`` and ``change``; waits until everything settles."""
        widget = self._widget(comp)
        self._require_interactive(comp, "change")
        value = self._jsonable(value)
        with self._lock:
            self._state[widget.model_id]["value"] = value
        for event in ("input", "change"):
            self._send_custom(widget, {"type": "event", "event": event, "data": None, "value": value})
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
        known = [listener.event_name for listener in type(comp).EVENTS]
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

    def click_sample(self, dataset: Any, index: int, *, wait: bool = True) -> None:
        """Click sample ``index`` of a ``gr.Dataset`` (or of ``gr.Examples``), as the page
        does: ``click`` carrying the index as the value, then ``select``."""
        dataset = getattr(dataset, "dataset", dataset)
        samples = self.props(dataset).get("samples") or []
        if not 0 <= index < len(samples):
            raise FrontendError(f"{_name(dataset)} shows {len(samples)} sample(s); there is no sample {index}")
        self.trigger(dataset, "click", value=index, wait=False)
        self.trigger(dataset, "select", {"index": index, "value": samples[index], "selected": True}, wait=wait)

    @staticmethod
    def _jsonable(value: Any) -> Any:
        try:
            return json.loads(json.dumps(value))
        except (TypeError, ValueError) as exc:
            raise FrontendError(f"a browser can only hold JSON values, got {type(value).__name__}") from exc

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

    # -- what the browser holds ---------------------------------------------------------

    def _held(self, comp: Block) -> dict[str, Any]:
        widget = self._widget(comp)
        with self._lock:
            return self._state[widget.model_id]

    def value(self, comp: Block) -> Any:
        """The data_model-serialised value the browser holds."""
        return copy.deepcopy(self._held(comp).get("value"))

    def props(self, comp: Block) -> dict[str, Any]:
        """Display props the browser holds (label, visible, interactive, choices, ...)."""
        return copy.deepcopy(self._held(comp).get("props", {}))

    def status(self, comp: Block) -> str:
        """"idle", "pending" or "error"."""
        return self._held(comp).get("status", {}).get("state", "idle")

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
        return copy.deepcopy(status.get("progress"))

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


def _name(comp: Block) -> str:
    from .components.base import component_name

    return component_name(comp)


def _put_buffers(state: dict[str, Any], paths: list, buffers: list) -> dict[str, Any]:
    for path, buf in zip(paths, buffers):
        obj: Any = state
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = bytes(buf)
    return state
