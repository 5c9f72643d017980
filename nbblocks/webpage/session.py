"""``PageSession``: one browser tab of the web page, and ``PageSessions``, every tab of
one server.

A tab is drawn by an ``AppView`` of its own (``nbblocks.widgets``), the very view the
notebook uses, in an engine session of its own: its own values and ``gr.State``, its
load events and timers. Its widget models talk over ``PageComm``s into the tab's outbox.
When the tab is gone (its stream dropped, or it said goodbye when closing) the session
ends after a grace period, unless the tab came back meanwhile: then the State delete
callbacks and unload functions run, once.
"""

from __future__ import annotations

import itertools
import logging
import secrets
import threading
from typing import TYPE_CHECKING, Any

from ..server.mailbox import Mailbox
from ..widgets.app_view import AppView
from .wire import PageComm, decode_buffers, encode

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..engine import Engine, Job
    from ..widgets.model import BlockWidget

log = logging.getLogger("nbblocks")

_namespaces = itertools.count(1)


class TooManyTabs(Exception):
    """Every page session slot is taken."""


class PageView(AppView):
    """A tab's ``AppView``: as the notebook's, except that an exception other than
    ``gr.Error`` shows as "Error" unless the server was launched with ``show_error=True``
    (a page is shown to other people; the exception is in the server's log), as Gradio's
    page does."""

    def __init__(self, *args: Any, show_error: bool, **kwargs: Any) -> None:
        self.show_error = show_error
        super().__init__(*args, **kwargs)

    def job_finished(self, job: Job) -> None:
        if job.state == "error" and job.exception is not None and not self.show_error:
            job.error = "Error"
        super().job_finished(job)


class PageSession:
    """One tab: its view (widget models over ``PageComm``s) and its outbox."""

    def __init__(self, owner: PageSessions, key: str, request: Any = None, user: str | None = None) -> None:
        from ..widgets.runtime_model import page_runtime

        self.owner = owner
        self.key = key
        #: The logged-in user who opened the tab (``auth=``); only they may use it.
        self.user = user
        self.box = Mailbox()
        self.closed = False
        self.streams = 0
        self._timer: threading.Timer | None = None
        self._comms: dict[str, PageComm] = {}
        self.box.put({"type": "hello", "session": key, "runtime": page_runtime().ref})
        self.view = PageView(owner.app, owner.engine, session_id=f"page-{owner.namespace}-{key}",
                             comms=self._new_comm, start=False, footer=owner.footer, show_error=owner.show_error)
        if request is not None:  # gr.Request in the tab's functions: its page's request
            from ..route_utils import Request

            self.view.session.request = Request(request, username=user, session_hash=key)
        with self.view.lock:
            for widget in list(self.view.widgets.values()):
                self._open(widget)
            self.view.add_observer(self._open)
        self.box.put({"type": "ready", "root": self.view.root.model_id})
        self.view.start()

    def _new_comm(self) -> PageComm:
        comm = PageComm(self._deliver)
        self._comms[comm.comm_id] = comm
        return comm

    def _deliver(self, message: dict[str, Any]) -> None:
        if message["type"] == "comm_close":
            self._comms.pop(message["comm_id"], None)  # a model a re-render dropped
        if not self.closed:
            self.box.put(message)

    def _open(self, widget: BlockWidget) -> None:
        """Send a new model to the tab: children are opened before the blocks that hold them."""
        from ipywidgets.widgets.widget import _remove_buffers

        state, paths, buffers = _remove_buffers(widget.get_state())
        self._deliver(encode("comm_open", widget.model_id, {"state": state, "buffer_paths": paths}, buffers))
        comm = self._comms.get(widget.model_id)
        if comm is not None:
            comm.opened()

    # -- from the tab ------------------------------------------------------------------

    def receive(self, messages: list[Any]) -> None:
        """A batch the tab posted, in the order it sent them (comm messages to its models)."""
        for message in messages:
            if self.closed:
                return
            if not isinstance(message, dict) or message.get("type") != "comm_msg" or not isinstance(message.get("data"), dict):
                log.warning("nbblocks: a page tab sent a malformed message: %.200r", message)
                continue
            comm = self._comms.get(str(message.get("comm_id")))
            if comm is None or comm._closed:
                continue  # a model a re-render removed
            try:
                buffers = decode_buffers(message)
            except ValueError as exc:
                log.warning("nbblocks: a page tab sent a malformed message: %s", exc)
                continue
            try:
                comm.handle_msg({"content": {"comm_id": comm.comm_id, "data": message["data"]}, "buffers": buffers})
            except Exception:
                log.exception("nbblocks: a message from a page tab failed")

    # -- lifetime ----------------------------------------------------------------------

    def connected(self) -> None:
        with self.owner.lock:
            self.streams += 1
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()

    def disconnected(self) -> None:
        with self.owner.lock:
            self.streams = max(0, self.streams - 1)
            left = self.streams
        if left == 0:
            self.end_soon()

    def end_soon(self) -> None:
        """The tab is gone (or says it is going): end the session after the grace period
        unless a stream of it connects again meanwhile."""
        with self.owner.lock:
            if self.closed or self._timer is not None:
                return
            timer = threading.Timer(self.owner.grace, self._end_if_gone)
            timer.daemon = True
            self._timer = timer
        timer.start()

    def _end_if_gone(self) -> None:
        with self.owner.lock:
            self._timer = None
            if self.streams > 0:
                return
        self.owner.close(self)

    def close(self) -> None:
        """End the tab's session: its models close, State delete callbacks run once."""
        with self.owner.lock:
            if self.closed:
                return
            self.closed = True
            timer, self._timer = self._timer, None
        if timer is not None:
            timer.cancel()
        self.view.close()
        try:
            self.owner.engine.sessions.close(self.view.session.id)
        except Exception:
            log.exception("nbblocks: closing a page session failed")
        self.box.put({"type": "closed"})


class PageSessions:
    """Every tab of one server's web page, by key."""

    def __init__(self, app: Blocks, engine: Engine, *, grace: float, capacity: int, show_error: bool = False,
                 footer: dict[str, Any] | None = None) -> None:
        self.app = app
        self.show_error = show_error
        self.engine = engine
        self.grace = grace
        self.capacity = capacity
        self.footer = footer
        self.namespace = next(_namespaces)
        self.lock = threading.Lock()
        self.sessions: dict[str, PageSession] = {}

    def create(self, request: Any = None, user: str | None = None) -> PageSession:
        """A new tab's session; ``request`` (the Starlette request that opened it) is what
        ``gr.Request`` gives its functions, ``user`` the logged-in user (``auth=``)."""
        with self.lock:
            if len(self.sessions) >= self.capacity:
                raise TooManyTabs
        key = secrets.token_urlsafe(18)
        session = PageSession(self, key, request, user)
        with self.lock:
            self.sessions[key] = session
        return session

    def get(self, key: str) -> PageSession | None:
        with self.lock:
            return self.sessions.get(key)

    def close(self, session: PageSession) -> None:
        with self.lock:
            if self.sessions.get(session.key) is session:
                del self.sessions[session.key]
        session.close()

    def close_all(self) -> None:
        with self.lock:
            sessions = list(self.sessions.values())
        for session in sessions:
            self.close(session)
