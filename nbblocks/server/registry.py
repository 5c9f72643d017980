"""The HTTP clients of one ASGI app: their sessions and events, capacity and expiry.

Client sessions are engine sessions created with ``cascade=False`` (only the endpoint
called runs), one per ``session_hash``, isolated from the notebook's session and from
each other. Their engine ids are namespaced per ASGI app, so no ``session_hash`` a
client picks can name the notebook's session or another app's.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import threading
import time
from typing import TYPE_CHECKING, Any

from .channels import EventRecord, HttpSession
from .mailbox import Mailbox
from .options import ServerOptions

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..engine import Engine

log = logging.getLogger("nbblocks")

_namespaces = itertools.count(1)


class AppClosed(Exception):
    """The app was closed: no new sessions or events."""


class TooManySessions(Exception):
    """Every session slot is held by a busy client."""


class HttpRegistry:
    def __init__(self, app: Blocks, engine: Engine, options: ServerOptions):
        self.app = app
        self.engine = engine
        self.options = options
        self.namespace = next(_namespaces)
        self.lock = threading.Lock()
        self.sessions: dict[str, HttpSession] = {}
        self.events: dict[str, EventRecord] = {}
        self.stopping = False
        #: Woken when the server stops; heartbeat streams wait on it.
        self.stop_box = Mailbox()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._sweeper: asyncio.Task[Any] | None = None

    # -- sessions --------------------------------------------------------------------

    def get(self, session_hash: str) -> HttpSession | None:
        with self.lock:
            hs = self.sessions.get(session_hash)
        if hs is not None:
            hs.touch()
        return hs

    async def session(self, session_hash: str | None, owner: str | None = None) -> HttpSession:
        """The client's session, created on first use; ``None`` makes a one-event session.
        ``owner``: the logged-in user who creates it (``auth=``), kept on the session."""
        self.started()
        if self.stopping or self.app.closed:
            raise AppClosed
        ephemeral = session_hash is None
        key = f"call.{secrets.token_hex(16)}" if session_hash is None else session_hash
        existing = None if ephemeral else self.get(key)
        if existing is not None:
            return existing
        await self._make_room()
        if self.app.closed:  # closed meanwhile
            raise AppClosed
        with self.lock:
            existing = None if ephemeral else self.sessions.get(key)
            if existing is not None:
                return existing
            hs = HttpSession(self, key, f"http-{self.namespace}-{key}", ephemeral=ephemeral)
            hs.owner = owner
            self.sessions[key] = hs
        # An API client's values are made when first read: a call brings its inputs, so an
        # app of many components pays for the few a call reads, and value functions run only
        # when a page loads the app (as in Gradio), not per call.
        hs.session = self.engine.sessions.create(hs.engine_id, sink=hs, cascade=False, initial_values=False)
        return hs

    async def _make_room(self) -> None:
        with self.lock:
            if len(self.sessions) < self.options.state_session_capacity:
                return
            idle = sorted((s for s in self.sessions.values() if s.idle), key=lambda s: s.last_seen)
        if not idle:
            raise TooManySessions
        await asyncio.to_thread(self.close_session, idle[0])

    def close_session(self, hs: HttpSession) -> None:
        """End a client's session: its State delete callbacks run once, its events are dropped."""
        with self.lock:
            if self.sessions.get(hs.key) is hs:
                del self.sessions[hs.key]
            for event_id, record in list(self.events.items()):
                # A one-event ``/call`` session closes once its event ended, which can be
                # before the answer reached the record (the job ran as the request was
                # still filing it): that answer stays for its reader (old unread ones are
                # swept).
                if record.http is hs and (record.kind == "queue" or (record.done is False and not hs.ephemeral)):
                    del self.events[event_id]
        hs.closed = True
        hs.interrupt()
        try:
            self.engine.sessions.close(hs.engine_id)
        except Exception:
            log.exception("nbblocks: closing HTTP session failed")

    def close_soon(self, hs: HttpSession) -> None:
        """From any thread: close a session off the engine's thread (delete callbacks are user
        code); at once when closing it runs no user code (a one-event ``/call`` session of
        an app without State delete callbacks or unload functions)."""
        if hs.session is None or not hs.session.calls_back_on_close():
            self.close_session(hs)
            return
        loop = self._loop
        if loop is None or loop.is_closed():
            threading.Thread(target=self.close_session, args=(hs,), daemon=True).start()
            return
        try:
            loop.call_soon_threadsafe(lambda: loop.run_in_executor(None, self.close_session, hs))
        except RuntimeError:
            threading.Thread(target=self.close_session, args=(hs,), daemon=True).start()

    # -- events --------------------------------------------------------------------------

    def add_event(self, record: EventRecord) -> None:
        with self.lock:
            self.events[record.id] = record

    def event(self, event_id: str) -> EventRecord | None:
        with self.lock:
            return self.events.get(event_id)

    def forget_event(self, record: EventRecord) -> None:
        with self.lock:
            if self.events.get(record.id) is record:
                del self.events[record.id]
        record.http.forget(record.id)

    def event_finished(self, record: EventRecord) -> None:
        """Queue events are forgotten once answered; ``/call`` events wait for their reader."""
        if record.kind == "queue":
            self.forget_event(record)

    # -- lifetime ------------------------------------------------------------------------

    def started(self) -> None:
        """Called from the server's loop on each request: remember it, start the sweeper."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._loop is not loop or self._sweeper is None or self._sweeper.done():
            self._loop = loop
            if not self.stopping:
                self._sweeper = loop.create_task(self._sweep())

    async def _sweep(self) -> None:
        interval = max(0.05, min(5.0, self.options.session_timeout / 4))
        while not self.stopping:
            await asyncio.sleep(interval)
            try:
                await self.sweep_once()
            except Exception:
                log.exception("nbblocks: expiring HTTP sessions failed")

    async def sweep_once(self, now: float | None = None) -> int:
        """Close sessions idle for ``session_timeout``; drop unread ``/call`` events as old."""
        now = time.monotonic() if now is None else now
        timeout = self.options.session_timeout
        with self.lock:
            expired = [s for s in self.sessions.values() if now - s.last_seen > timeout and s.idle]
            stale = [r for r in self.events.values() if r.kind == "call" and not r.reader and now - r.created > timeout]
        for record in stale:
            self.forget_event(record)
        for hs in expired:
            await asyncio.to_thread(self.close_session, hs)
        return len(expired)

    def stop(self) -> None:
        """The server is stopping: every open stream says so and ends."""
        self.stopping = True
        with self.lock:
            sessions = list(self.sessions.values())
            records = list(self.events.values())
        for hs in sessions:
            hs.interrupt()
        for record in records:
            record.box.wake()
        self.stop_box.wake()
        sweeper, loop = self._sweeper, self._loop
        if sweeper is not None and loop is not None and not loop.is_closed():
            try:
                loop.call_soon_threadsafe(sweeper.cancel)
            except RuntimeError:
                pass

    def close_all(self) -> None:
        with self.lock:
            sessions = list(self.sessions.values())
        for hs in sessions:
            self.close_session(hs)

    def stats(self) -> dict[str, int]:
        with self.lock:
            return {"sessions": len(self.sessions), "events": len(self.events)}
