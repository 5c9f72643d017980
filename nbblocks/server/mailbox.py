"""A thread-safe message buffer that an asyncio stream awaits.

The engine reports from its own thread (and worker threads); the HTTP streams run on
the server's event loop. Messages wait here until a stream takes them, so nothing is
lost when a client connects after its event already produced output.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any


class Mailbox:
    __slots__ = ("_waiters", "items", "lock")

    def __init__(self) -> None:
        self.lock = threading.Lock()
        #: A list, not a deque: it is taken whole (``take_all``), and every client session
        #: keeps two mailboxes, where an empty deque costs ten times an empty list.
        self.items: list[Any] = []
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[bool]]] = []

    def put(self, item: Any) -> None:
        with self.lock:
            self.items.append(item)
            self._wake_locked()

    def signal(self) -> None:
        """Leave one token (never more) for the next ``wait``: a wake-up that cannot be
        missed by a waiter that checks its state after ``take_all()``."""
        with self.lock:
            if not self.items:
                self.items.append(None)
            self._wake_locked()

    def wake(self) -> None:
        """Let waiting streams look again (stop, takeover, session closed)."""
        with self.lock:
            self._wake_locked()

    def _wake_locked(self) -> None:
        for loop, future in self._waiters:
            try:
                loop.call_soon_threadsafe(_settle, future, True)
            except RuntimeError:  # that loop is closed: nobody is waiting any more
                pass
        self._waiters.clear()

    def take_all(self) -> list[Any]:
        with self.lock:
            items = list(self.items)
            self.items.clear()
            return items

    async def wait(self, timeout: float) -> bool:
        """Wait until something is put (or ``wake``); False if ``timeout`` passed first.

        One future and one timer: ``asyncio.wait_for`` on an ``asyncio.Event`` makes a
        task, an event and two futures per wait, which a quick ``/call`` answer pays
        under load."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        entry = (loop, future)
        with self.lock:
            if self.items:
                return True
            self._waiters.append(entry)
        timer = loop.call_later(timeout, _settle, future, False)
        try:
            return await future
        finally:
            timer.cancel()
            with self.lock:
                if entry in self._waiters:
                    self._waiters.remove(entry)


def _settle(future: asyncio.Future[bool], woken: bool) -> None:
    """On the waiter's loop: the first of a wake-up and the timeout decides."""
    if not future.done():
        future.set_result(woken)
