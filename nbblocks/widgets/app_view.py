"""``AppView``: the notebook's session of an app, drawn as a tree of widget models.

It is the session's sink (``nbblocks.engine.Sink``): the engine reports every job here,
and this turns the reports into trait updates and custom messages (``docs/protocol.md``).
It watches the app graph for listeners added later (``Blocks.watch_listeners``).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ..block import Block, BlockContext
from ..diffs import diff, replaces_root
from ..exceptions import Error
from ..json_values import describe, find_problem, refused
from .assets import asset_reply, block_source, custom_source
from .model import IDLE_STATUS, BlockWidget
from .runtime_model import page_runtime
from .sequencer import Sequencer
from .transfer import FileTransfer

TABLE_MESSAGES = frozenset({"table_rows", "table_edit", "table_select", "table_copy"})

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..engine import Engine, Job, OutputChange, RenderChange
    from ..sessions import Session

log = logging.getLogger("nbblocks")

NOTEBOOK_SESSION = "notebook"
JS_TIMEOUT = 30.0
#: Seconds an event runs before its outputs show the pending state. A faster event goes
#: to the page as one message per output (value and idle status together), as a bare
#: widget update does; a slower one shows its loader this long after the trigger
#: (docs/events.md, "Pending state").
PENDING_DELAY = 0.03
#: Texts up to this many characters are sent whole, never as edits (``value_diff``).
SMALL_TEXT = 256


class AppView:
    """Widget models for every block of one app, sharing the notebook session."""

    #: A page runs a listener's ``js`` function (``run_js``).
    runs_js = True

    def __init__(
        self,
        app: Blocks,
        engine: Engine,
        *,
        footer: dict[str, Any] | None = None,
        session_id: str = NOTEBOOK_SESSION,
        comms: Callable[[], Any] | None = None,
        start: bool = True,
    ):
        """``session_id``, ``comms`` and ``start`` serve another front end than the
        notebook (a browser tab of the web page, ``nbblocks.webpage``): its own session,
        a factory of the comms its models talk over, and whether the session starts now
        (load events, timers) or when that front end has the models (``start()``)."""
        self.app = app
        self.engine = engine
        self.lock = threading.RLock()
        self.widgets: dict[int, BlockWidget] = {}
        self._pending: dict[int, int] = {}
        #: Blocks whose status may carry a validator's message or a refused value's (a
        #: superset): every event and value clears those marks, which most views never show.
        self._marked: set[int] = set()
        #: Jobs whose pending state the page has not been sent yet, by id: (job, when due).
        self._unshown: dict[int, tuple[Job, float]] = {}
        self._pending_timer = False
        self._js_waiting: dict[str, tuple[asyncio.AbstractEventLoop, asyncio.Future[Any]]] = {}
        self._observers: list[Callable[[BlockWidget], None]] = []
        self._change_watchers: list[Callable[[], None]] = []
        self._drawn_watchers: list[Callable[[], None]] = []
        self._holding = 0
        self._changed_while_held = False
        self.token = uuid.uuid4().hex
        self._sequencer = Sequencer()
        self._value_seq: dict[int, tuple[str, int]] = {}
        #: Names of pages that are not a browser (``nbblocks.testing.Frontend``), by page
        #: id, so log lines say where a message came from.
        self.page_names: dict[str, str] = {}
        self.transfer = FileTransfer(self)
        self._worker: Any = None
        self._tables: Any = None
        self.closed = False
        #: Where the app's HTTP API is (the app widget's ``props["footer"]``), or None.
        self.footer = footer
        self._comms = comms
        self.session: Session = engine.sessions.create(session_id, sink=self)
        if comms is None:  # the notebook: its page starts loading the views now
            page_runtime().announce(self._views_in(app))
        root = self._build(app)
        assert root is not None
        self.root: BlockWidget = root
        app.watch_listeners(self.refresh_listeners)
        if start:
            self.start()

    def start(self) -> None:
        """The front end has the models: run ``load`` listeners, start timers."""
        self.engine.start_session(self.session)

    # -- building ------------------------------------------------------------------

    def _view_of(self, block: Block) -> tuple[str, str] | None:
        """(view name, the id the page asks the runtime for), None for blocks not shown."""
        if getattr(block, "_esm", None) is not None:
            return "custom", page_runtime().add_custom(custom_source(block, "_esm"), custom_source(block, "_css"))
        if block.VIEW is None:
            return None
        return block.VIEW, block.VIEW

    @property
    def tables(self) -> Any:
        """The window protocol of Dataframes (``tables.TableWindows``), made on first use."""
        if self._tables is None:
            from .tables import TableWindows

            self._tables = TableWindows(self)
        return self._tables

    def wire_value(self, block: Block, value: Any) -> Any:
        """What a model's ``value`` trait carries for a session value: a Dataframe's big
        table travels in windows; a value kept as a lazy mapping goes out as its dict."""
        if block.VIEW == "dataframe" and getattr(block, "_esm", None) is None:
            return self.tables.wire_value(block, value)
        if isinstance(value, Mapping) and not isinstance(value, dict):
            return dict(value)
        return value

    def _build(self, block: Block) -> BlockWidget | None:
        from ..components.base import Component

        view = self._view_of(block)
        if view is None:
            return None
        children: list[str] = []
        if isinstance(block, BlockContext):
            for child in block.children:
                w = self._build(child)
                if w is not None:
                    children.append(f"anywidget:{w.model_id}")
        value = self.session.get(block) if isinstance(block, Component) else None
        existing = self.widgets.get(block._id)
        if existing is not None:  # a keyed block of a re-render takes over its widget
            self._bind(existing, block)
            with self.lock:
                existing.props = self._props(block)
                existing.events = self.app.events_with_listeners(block)
                existing.children = children
                if isinstance(block, Component):
                    existing.set_value(*self._shown(block, value))
            return existing
        name, view_id = view
        shown, _, blobs = self._shown(block, value) if isinstance(block, Component) else (value, None, {})
        extra: dict[str, Any] = {"comm": self._comms()} if self._comms is not None else {}
        widget = BlockWidget(
            **extra,
            lock=self.lock,
            _esm=block_source(),
            runtime=page_runtime().ref,
            app=self.token,
            view=name,
            view_id=view_id,
            value=shown,
            blobs=blobs,
            props=self._props(block),
            events=self.app.events_with_listeners(block),
            children=children,
            views=self._views_shown(view_id) if block is self.app else [],
        )
        self._bind(widget, block)
        self.widgets[block._id] = widget
        for observer in list(self._observers):
            observer(widget)
        return widget

    def _views_in(self, block: Block) -> list[str]:
        """The ``view_id`` of ``block`` and of every block shown inside it."""
        view = self._view_of(block)
        if view is None:
            return []
        ids = [view[1]]
        if isinstance(block, BlockContext):
            for child in block.children:
                ids.extend(self._views_in(child))
        return ids

    def _views_shown(self, own: str) -> list[str]:
        """``own`` and the ``view_id`` of every model built so far, once each, sorted (the
        app's ``views``)."""
        return sorted({own, *(widget.view_id for widget in self.widgets.values())})

    def _shown(self, block: Block, value: Any) -> tuple[Any, Any, dict[str, Any]]:
        """``(value, origin, blobs)`` for ``set_value``: what the view is sent for a value
        (a component's ``notebook_value``, then the form the ``value`` trait carries)."""
        if (type(value) is str and block.VIEW != "dataframe" and not getattr(block, "displays_files", False)
                and getattr(block, "notebook_value", None) is None):
            return value, None, {}  # a text shown as it is (a Textbox's): nothing to convert or send beside it
        try:
            shown, blobs = self.transfer.shown(block, value)
            shown = self.wire_value(block, shown)
        except Exception as exc:  # the app keeps running; the block says what went wrong
            from ..components.base import component_name

            log.error("nbblocks: %s could not be shown: %s", component_name(block), exc, exc_info=exc)
            return None, None, {}
        return shown, None, blobs

    def _props(self, block: Block) -> dict[str, Any]:
        props = self.session.config(block)
        if block is self.app:
            props["footer"] = self.footer
        return props

    def set_footer(self, footer: dict[str, Any] | None) -> None:
        """Tell the app's widget where its HTTP API is (None: it is not served)."""
        with self.lock:
            self.footer = footer
            if not self.closed:
                self.root.props = {**self.root.props, "footer": footer}

    def _bind(self, widget: BlockWidget, block: Block) -> None:
        from ..components.base import Component

        widget._on_value = (lambda v: self._on_value(block, v)) if isinstance(block, Component) else None
        widget._on_event = lambda content, buffers: self._on_event(block, content, buffers)

    def add_observer(self, observer: Callable[[BlockWidget], None]) -> None:
        """Called with every widget created from now on (``@gr.render`` makes new ones)."""
        self._observers.append(observer)

    def watch_changes(self, watcher: Callable[[], None]) -> None:
        """Call ``watcher()`` (from any thread) whenever what the session shows may have
        changed: a value from the page, a finished job, a render."""
        self._change_watchers.append(watcher)

    def watch_drawn(self, watcher: Callable[[], None]) -> None:
        """Call ``watcher()`` each time a page says it drew the whole app (its root view
        and every block in it: the ``drawn`` message, docs/protocol.md)."""
        self._drawn_watchers.append(watcher)

    def _drawn(self) -> None:
        for watcher in list(self._drawn_watchers):
            try:
                watcher()
            except Exception:
                log.debug("a drawn watcher failed", exc_info=True)

    def _changed(self) -> None:
        if self._holding:
            self._changed_while_held = True
            return
        for watcher in list(self._change_watchers):
            try:
                watcher()
            except Exception:
                log.debug("a change watcher failed", exc_info=True)

    def refresh_listeners(self) -> None:
        """Listeners were added or dropped (the app graph calls this): each widget lists
        the events that have listeners, so its page sends only those."""
        with self.lock:
            if self.closed:
                return
            for block_id, widget in self.widgets.items():
                block = self.app.blocks.get(block_id, self.app if block_id == self.app._id else None)
                if block is not None:
                    widget.events = self.app.events_with_listeners(block)

    # -- from the front end ----------------------------------------------------------

    def _on_value(self, block: Block, value: Any) -> bool:
        """A value the page synced (no event): refused as a message would be, else kept."""
        problem = find_problem({"value": value})
        if problem is not None:
            self._refuse(block, problem)
            return False
        self.session.set(block, self._read_shown(block, value))
        self._clear_validation([block])
        self._changed()
        return True

    def _refuse(self, block: Block, problem: tuple[tuple[Any, ...], str]) -> None:
        """A message from the page that no component may take: say so on the component."""
        from ..components.base import component_name

        path, message = problem
        if path and path[0] == "value":
            text = refused(component_name(block), (path[1:], message))
        else:
            text = f"{component_name(block)} refused a message from the page ({describe(path, message, root='message')})"
        self._show_error(block, text)

    def _show_error(self, block: Block, message: str, origin: str = "the page") -> None:
        """A refused value: shown on the component until a new value is taken or an event
        with it succeeds (``refused``); the log says where the value came from."""
        log.warning("nbblocks: refused a value from %s: %s", origin, message)
        with self.lock:
            widget = self.widgets.get(block._id)
            if widget is not None:
                widget.status = {**IDLE_STATUS, "state": "error", "message": message, "refused": True}
                self._marked.add(block._id)

    def _clear_validation(self, blocks: list[Block], marks: tuple[str, ...] = ("validation", "refused")) -> None:
        """A validator's message stays on an input until it is edited or resubmitted; a
        refused value's until a new value is taken (a clear, an upload, an edit) or an
        event with the input succeeds."""
        if not self._marked:
            return
        with self.lock:
            for block in blocks:
                widget = self.widgets.get(block._id) if block._id in self._marked else None
                if widget is None:
                    continue
                status = widget.peek("status")
                for mark in marks:
                    if status.get(mark):
                        widget.status = status = dict(IDLE_STATUS)
                        break
                if not (status.get("validation") or status.get("refused")):
                    self._marked.discard(block._id)

    def origin(self, content: Mapping[str, Any]) -> str:
        """Where a front-end message came from, for log lines."""
        page = content.get("page")
        if not isinstance(page, str):
            return "the front end"
        name = self.page_names.get(page)
        return name if name is not None else f"the page {page[:8]}"

    def _on_event(self, block: Block, content: Any, buffers: list[Any]) -> None:
        """A custom message from a view; ordered by its page's sequence numbers."""
        if self.closed:
            return
        if not isinstance(content, dict):
            log.warning("nbblocks: %r ignored a malformed front-end message: %.200a", block, content)
            return
        problem = find_problem(content)
        if problem is not None:
            self._refuse(block, problem)
            return
        page, seq = content.get("page"), content.get("seq")
        if isinstance(page, str) and isinstance(seq, int) and not isinstance(seq, bool):
            self._sequencer.push(page, seq, lambda: self._handle(block, content, buffers))
        else:
            self._handle(block, content, buffers)

    def _handle(self, block: Block, content: dict[str, Any], buffers: list[Any] | None = None) -> None:
        kind = content.get("type")
        if kind == "event" or kind == "value":  # the commonest messages, checked first
            self._handle_event(block, kind, content)
            return
        if kind == "js_result" and block is self.app:
            self._js_answer(content)
            return
        if kind == "drawn":
            if block is self.app:
                self._drawn()
            return
        if kind in ("upload", "file_request"):
            widget = self.widgets.get(block._id)
            if widget is not None:
                self.transfer.handle(block, widget, content, list(buffers or []))
            return
        if kind in TABLE_MESSAGES:
            widget = self.widgets.get(block._id)
            if widget is not None and block.VIEW == "dataframe":
                self.tables.handle(block, widget, content)
            return
        if kind in ("asset_request", "value_resync"):
            widget = self.widgets.get(block._id)
            if widget is not None:
                with self.lock:
                    if kind == "value_resync":
                        widget.resync_value()
                    else:
                        widget.send(asset_reply(content, page_runtime()))
            return
        if kind == "server_call":
            self._server_call(block, content)
            return
        if kind == "resample":
            self._resample(block, content)
            return
        log.warning("nbblocks: %r ignored a front-end message of unknown type %.50r", block, kind)

    def _handle_event(self, block: Block, kind: str, content: dict[str, Any]) -> None:
        """An ``event`` message (a trigger, with the value the page holds or not) or a
        ``value`` message (a value without an event)."""
        if "value" in content and not self._take_value(block, content):
            return  # a refused value: its event does not run either
        if "value_of" in content and not self._value_was_taken(block, content):
            return  # the gesture's value was refused: its later events do not run either
        if "value" in content and getattr(block, "PAGE_KEEPS_VALUE", False):
            self.engine.rerun_load(self.session, block)  # the page's stored value: load sees it
        if kind == "value":
            return
        event = content.get("event")
        if not isinstance(event, str):
            log.warning("nbblocks: %r ignored a malformed front-end message: %.200r", block, content)
            return
        known = _events_of(block)
        if event not in known:
            log.warning("nbblocks: %r has no event %r (it has: %s)", block, event, ", ".join(sorted(known)) or "none")
            return
        if event in getattr(block, "PICK_EVENTS", ()) and not self._take_pick(block, event, content.get("data")):
            return
        self.engine.dispatch(self.session, block, event, content.get("data"))

    def _take_pick(self, block: Block, event: str, data: Any) -> bool:
        """A person changed a layout on the page (picked a tab or an earlier step, opened
        or closed an Accordion or a Sidebar: nbblocks/layouts/picks.py): the session keeps
        it (``picked_props``) and its props follow, in every view of the session, so a
        function that sets them again later changes the page. A pick no page could make
        is refused, its event with it."""
        picked_props = getattr(block, "picked_props", None)
        if not callable(picked_props):
            return True
        props = picked_props(event, data, self.session.config)
        if props is None:
            log.warning("nbblocks: %r refused a pick no page could make: %s %.200r", block, event, data)
            return False
        if not props:
            return True
        self.session.update_props(block, props)
        with self.lock:
            widget = self.widgets.get(block._id)
            if widget is not None and not self.closed:
                widget.props = self._props(block)
        self._changed()
        return True

    def _server_call(self, block: Block, content: dict[str, Any]) -> None:
        """``ctx.server.<fn>(...)`` from a view: run it, answer with its result or error."""
        from ..engine import server_fns as _server_fns

        widget = self.widgets.get(block._id)
        if widget is None:
            return
        reply = {"type": "server_result", "id": content.get("id"), "page": content.get("page")}

        def answer(fut: Any) -> None:
            exc = fut.exception()
            message = {**reply, "error": str(exc)} if exc is not None else {**reply, "value": fut.result()}
            with self.lock:
                if not self.closed:
                    widget.send(message)

        _server_fns.call(block, content.get("fn"), content.get("args", []), self.app.files).add_done_callback(answer)

    def _resample(self, block: Block, content: dict[str, Any]) -> None:
        """A view zoomed into a range asks for its points at its width (a big line plot,
        ``NativePlot.resample``); the answer goes to that page only."""
        widget = self.widgets.get(block._id)
        if widget is None:
            return
        reply: dict[str, Any] = {"type": "resampled", "id": content.get("id"), "page": content.get("page")}
        comp = self.session.component(block)
        value = self.session.get(block)

        def work() -> None:  # in a worker thread: a million points take a moment
            resample = getattr(comp, "resample", None)
            try:
                if not callable(resample):
                    raise Error(f"{type(block).__name__} is not resampled")
                reply["value"] = resample(value, content.get("x_range"), content.get("width"))
            except Error as exc:
                reply["error"] = str(exc)
            except Exception as exc:
                log.error("nbblocks: resampling %r failed", block, exc_info=exc)
                reply["error"] = f"resampling failed ({exc})"
            with self.lock:
                if not self.closed:
                    widget.send(reply)

        self._background().submit(work)

    def _background(self) -> Any:
        """One worker thread for the view's own requests (resampling), made on first use."""
        with self.lock:
            if self._worker is None:
                from concurrent.futures import ThreadPoolExecutor

                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nbblocks-view")
            return self._worker

    def _take_value(self, block: Block, content: dict[str, Any]) -> bool:
        """A value sent with an event: keep it unless a newer one from that page was taken.
        False when the value is refused (a file the app did not issue)."""
        from ..components.base import Component

        if not isinstance(block, Component):
            return True
        value = content["value"]
        if not self._files_issued(block, value, content):
            return False
        page, seq = content.get("page"), content.get("seq")
        if isinstance(page, str) and isinstance(seq, int):
            last = self._value_seq.get(block._id)
            if last is not None and last[0] == page and last[1] >= seq:
                return True
            self._value_seq[block._id] = (page, seq)
        self.session.set(block, self._read_shown(block, value))
        widget = self.widgets.get(block._id)
        if widget is not None:
            origin = {"page": page, "seq": seq} if isinstance(page, str) and isinstance(seq, int) else {}
            widget.set_value(self.wire_value(block, value), origin)
        self._clear_validation([block])
        self._changed()
        return True

    def _value_was_taken(self, block: Block, content: dict[str, Any]) -> bool:
        """A later event of one gesture (``value_of``: the sequence number of the message
        that carried the value) runs only if that value was taken; it never sets the value
        again, so what a listener of the first event wrote back stays."""
        from ..components.base import Component

        if not isinstance(block, Component):
            return True
        taken, value_of = self._value_seq.get(block._id), content.get("value_of")
        return taken is not None and taken[0] == content.get("page") and isinstance(value_of, int) and taken[1] >= value_of

    def _read_shown(self, block: Block, shown: Any) -> Any:
        """The session value for what a view sent: the inverse of ``notebook_value`` for a
        component whose view holds another form (a BrowserState's sealed text)."""
        read = getattr(self.session.component(block), "read_notebook_value", None)
        return read(shown) if callable(read) else shown

    def _files_issued(self, block: Block, value: Any, content: Mapping[str, Any]) -> bool:
        """A value naming files must name only files this app issued; a forged one is
        refused (never opened) and the component shows why until a new value comes."""
        from .. import files
        from ..exceptions import InvalidComponentError

        if value is None or not files.holds_files(block):
            return True
        try:
            files.check_client_value(self.session.component(block), value, self.app.files)
        except InvalidComponentError as exc:
            self._show_error(block, str(exc), self.origin(content))
            return False
        return True

    # -- from the engine (the session's sink) --------------------------------------

    def job_pending(self, job: Job) -> None:
        """Count the job on its outputs; their pending state is sent only if it still runs
        ``PENDING_DELAY`` seconds from now (``_show_due``), so a fast event costs one message."""
        self._clear_validation(job.dep.inputs, ("validation",))
        with self.lock:
            for block in job.progress_blocks:
                self._pending[block._id] = self._pending.get(block._id, 0) + 1
            self._unshown[id(job)] = (job, time.monotonic() + PENDING_DELAY)
            arm, self._pending_timer = not self._pending_timer, True
        if arm:  # one timer serves every job queued while it is armed
            from ..engine import loop as _loop

            loop = _loop.get_loop()
            loop.call_soon_threadsafe(loop.call_later, PENDING_DELAY, self._show_due)

    def _show_due(self) -> None:
        """On the engine loop: show the pending state of the jobs still running after
        ``PENDING_DELAY``; armed again for the next one due."""
        now = time.monotonic()
        with self.lock:
            for key, (job, due) in list(self._unshown.items()):
                if due <= now:
                    del self._unshown[key]
                    self._set_pending(job)
            later = min((due for _, due in self._unshown.values()), default=None)
            self._pending_timer = later is not None and not self.closed
        if self._pending_timer and later is not None:
            asyncio.get_running_loop().call_later(max(0.0, later - now), self._show_due)

    def _set_pending(self, job: Job, **extra: Any) -> None:
        """Under the lock: the pending state (with a queue position or progress) on the job's outputs."""
        status = {**IDLE_STATUS, "state": "pending", "show_progress": job.dep.show_progress, "eta": job.eta, **extra}
        if self.closed:
            return
        for block in job.progress_blocks:
            widget = self.widgets.get(block._id)
            if widget is not None:
                widget.status = status

    def job_status(self, job: Job) -> None:
        """Queue position or progress of a pending job changed: the page sees it now."""
        with self.lock:
            if job.state not in ("pending", "running"):
                return
            self._unshown.pop(id(job), None)
            self._set_pending(job, progress=job.progress, queue_position=job.queue_position)

    def job_output(self, job: Job, changes: list[OutputChange], final: bool) -> None:
        with self.lock:
            for change in changes:
                widget = self.widgets.get(change.block._id)
                if widget is None:
                    continue
                if change.props is not None:
                    widget.props = change.props
                if change.has_value:
                    self._show_value(widget, change.block, change.value)

    def _show_value(self, widget: BlockWidget, block: Block, value: Any) -> None:
        """A value a function set: only its edits when that is smaller (a chat reply
        growing token by token), else the whole value with the bytes of its files."""
        wire, _, blobs = self._shown(block, value)  # its notebook value (a plot's image file, a big line's sample)
        old = widget.peek("value")
        # A Dataframe's big table has its own windows (tables.py); other values diff.
        if (isinstance(wire, (dict, list, str)) and type(old) is type(wire) and not blobs and not widget.peek("blobs")
                and block.VIEW != "dataframe"):
            if isinstance(wire, str) and len(wire) <= SMALL_TEXT:
                # Whole: it goes in the state message that carries the event's end, so a
                # short text costs no message of its own.
                if wire == old and "page" not in widget.value_origin:
                    return
                widget.set_value(wire, None, blobs)
                return
            edits = diff(old, wire)
            if not edits and "page" not in widget.value_origin:
                return  # the page has this very value (as the kernel set it) already
            if edits and not replaces_root(edits):
                widget.send_value_diff(wire, edits)
                return
        widget.set_value(wire, None, blobs)

    def hold(self, job: Job) -> _Held:
        """Reports of one job's end made inside go to the page as one state message per
        model (its outputs' values and statuses together); change watchers hear once,
        after the messages are sent and the view's lock is released."""
        return _Held(self, job)

    def job_finished(self, job: Job) -> None:
        with self.lock:
            self._unshown.pop(id(job), None)  # ended before its pending state was due: never shown
            for block in job.progress_blocks:
                left = self._pending.get(block._id, 1) - 1
                if left < 0:
                    left = 0
                self._pending[block._id] = left
                widget = self.widgets.get(block._id)
                if widget is None:
                    continue
                if job.state == "error" and not job.validation:
                    error = {**IDLE_STATUS, "state": "error", "message": job.error, "show_progress": job.dep.show_progress}
                    widget.set_status(_versioned(widget, error))
                elif left == 0:
                    if job.state == "success" and widget._whole and not job.dep.scroll_to_output:
                        # The page has the value whole, with its version: a plain idle
                        # status, sent only when the page shows another (the usual
                        # event's one message carries the value alone).
                        if widget.peek("status") != IDLE_STATUS:
                            widget.set_status(dict(IDLE_STATUS))
                        continue
                    status = dict(IDLE_STATUS)
                    if job.state == "cancelled":
                        status["cancelled"] = True
                    if job.dep.scroll_to_output and job.state == "success":
                        status["scroll_to_output"] = True
                    widget.set_status(_versioned(widget, status))
            if job.state == "success":
                self._clear_validation(job.dep.inputs, ("refused",))
            for block, message in job.validation:
                widget = self.widgets.get(block._id)
                if widget is not None:
                    widget.status = {**IDLE_STATUS, "state": "error", "message": message, "validation": True}
                    self._marked.add(block._id)
        self._changed()

    def toast(self, job: Job, level: str, message: str, title: str, duration: float | None) -> None:
        if self.closed:
            return
        with self.lock:
            self.root.send({"type": "toast", "level": level, "title": title, "message": message, "duration": duration})

    def render_changed(self, job: Job, change: RenderChange) -> None:
        """A render function ran: show what it built in its container."""
        with self.lock:
            if self.closed:
                return
            for new_id, old_id in change.reused.items():
                widget = self.widgets.pop(old_id, None)
                if widget is not None:
                    self.widgets[new_id] = widget
                    if old_id in self._marked:
                        self._marked.add(new_id)
            stale = [self.widgets.pop(b._id) for b in change.removed if b._id in self.widgets and b._id not in change.reused]
            refs = []
            for block in change.top:
                widget = self._build(block)
                if widget is not None:
                    refs.append(f"anywidget:{widget.model_id}")
            container = self.widgets.get(change.container_id)
            if container is not None:
                container.children = refs
        for widget in stale:
            try:
                widget.close()
            except Exception:
                log.debug("closing a widget failed", exc_info=True)

    async def run_js(self, job: Job, code: str, args: list[Any]) -> Any:
        """Ask the front end to run a listener's ``js`` function; await its answer."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        args = [dict(a) if isinstance(a, Mapping) and not isinstance(a, dict) else a for a in args]
        with self.lock:
            self._js_waiting[job.id] = (loop, fut)
            self.root.send({"type": "js", "id": job.id, "code": code, "args": args})
        try:
            return await asyncio.wait_for(fut, JS_TIMEOUT)
        except asyncio.TimeoutError:
            raise Error(f"the front end did not run the js function within {JS_TIMEOUT:.0f}s (is the app displayed?)") from None
        finally:
            with self.lock:
                self._js_waiting.pop(job.id, None)

    def _js_answer(self, content: dict[str, Any]) -> None:
        with self.lock:
            waiting = self._js_waiting.get(str(content.get("id")))
        if waiting is None:
            log.warning("nbblocks: an answer to an unknown js request was ignored")
            return
        loop, fut = waiting

        def settle() -> None:
            if fut.done():
                return
            if content.get("error") is not None:
                fut.set_exception(Error(f"the js function failed: {content['error']}"))
            else:
                fut.set_result(content.get("value"))

        loop.call_soon_threadsafe(settle)

    # -- display and lifetime ------------------------------------------------------

    def mimebundle(self, block: Block, text: str) -> dict[str, Any]:
        widget = self.widgets.get(block._id)
        if widget is None:
            return {"text/plain": text}
        return {
            "text/plain": text,
            "application/vnd.jupyter.widget-view+json": {"version_major": 2, "version_minor": 1, "model_id": widget.model_id},
        }

    def close(self) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
            widgets = list(self.widgets.values())
        self.app.unwatch_listeners(self.refresh_listeners)
        self._sequencer.close()
        self.transfer.close()
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
        for widget in widgets:
            try:
                widget.close()
            except Exception:
                log.debug("closing a widget failed", exc_info=True)


def _events_of(block: Block) -> frozenset[str]:
    """The events a block has (its class's, and a custom component's own), cached per
    class and custom list: the comm handler checks every event message against them."""
    custom = getattr(block, "custom_events", ())
    return _class_events(type(block), tuple(custom) if custom else ())


@functools.lru_cache(maxsize=1024)
def _class_events(cls: type[Block], custom: tuple[str, ...]) -> frozenset[str]:
    return frozenset(str(listener) for listener in cls.EVENTS) | frozenset(custom)


class _Held:
    """``AppView.hold``: the view's lock and every output model held for one job's end (a
    class rather than a generator: it is entered for every event)."""

    __slots__ = ("held", "job", "view")

    def __init__(self, view: AppView, job: Job):
        self.view = view
        self.job = job
        self.held: list[BlockWidget] = []  # an output that shows its own progress is held once

    def __enter__(self) -> None:
        view, job = self.view, self.job
        view.lock.acquire()
        view._holding += 1
        try:
            outputs, progress = job.dep.outputs, job.progress_blocks
            for blocks in (outputs,) if progress is outputs else (outputs, progress):
                for block in blocks:
                    widget = view.widgets.get(block._id)
                    if widget is not None and widget.begin_hold():
                        self.held.append(widget)
        except BaseException:
            try:
                _end_holds(self.held)
            finally:
                self._leave()
            raise

    def __exit__(self, *exc: object) -> None:
        try:
            _end_holds(self.held)
        finally:
            changed = self._leave()
        if changed:
            self.view._changed()

    def _leave(self) -> bool:
        """Release the view's lock; True when change watchers must hear now."""
        view = self.view
        try:
            view._holding -= 1
            changed, view._changed_while_held = view._changed_while_held and not view._holding, False
        finally:
            view.lock.release()
        return changed


def _end_holds(widgets: list[BlockWidget]) -> None:
    """Send each held model's message, the last held first (as nested ``hold_sync`` blocks
    would); a failure to send one does not keep the others."""
    error: BaseException | None = None
    for widget in reversed(widgets):
        try:
            widget.end_hold()
        except BaseException as exc:  # noqa: BLE001 - raised below, once every model sent
            error = error or exc
    if error is not None:
        raise error


def _versioned(widget: BlockWidget, status: dict[str, Any]) -> dict[str, Any]:
    """A status with the version of the value the kernel holds (``value_version``)."""
    if widget._version:
        status["value_version"] = widget._version
    return status
