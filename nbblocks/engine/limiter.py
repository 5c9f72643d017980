"""A FIFO concurrency limiter that knows each waiter's queue position."""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable
from typing import Any


class Limiter:
    """At most ``limit`` holders; waiters are served first come, first served.

    ``on_position(job, position)`` is called whenever a waiting job's position changes
    (0 = next to run), so a front end can show "queue: 3".

    Waiting happens on the engine loop; a free slot may also be taken from any thread
    (``try_acquire``, the engine's fast path) and given back from any thread
    (``release_threadsafe``): a slot wanted by a waiter is handed over on the loop.
    """

    def __init__(self, limit: int, on_position: Callable[[Any, int | None], None]):
        self.limit = limit
        self.running = 0
        self._waiters: deque[tuple[Any, asyncio.Future[Any]]] = deque()
        self._on_position = on_position
        self._lock = threading.Lock()

    def try_acquire(self) -> bool:
        """Take a slot if one is free and nobody waits (first come, first served)."""
        with self._lock:
            if self.running < self.limit and not self._waiters:
                self.running += 1
                return True
            return False

    async def acquire(self, job: Any) -> None:
        if self.try_acquire():
            return
        fut = asyncio.get_running_loop().create_future()
        with self._lock:
            self._waiters.append((job, fut))
        self._announce()
        try:
            await fut
        except asyncio.CancelledError:
            if fut.done() and not fut.cancelled():
                self.release()  # the slot was handed over as we were cancelled
            else:
                with self._lock:
                    self._waiters = deque(w for w in self._waiters if w[1] is not fut)
                self._announce()
            raise
        self._on_position(job, None)

    def release(self) -> None:
        """Give a slot back (on the engine loop)."""
        with self._lock:
            handed = None
            while self._waiters:
                _job, fut = self._waiters.popleft()
                if not fut.done():
                    handed = fut
                    break
            if handed is None:
                self.running -= 1
                return
        handed.set_result(None)  # the slot passes straight to the next waiter
        self._announce()

    def release_threadsafe(self, loop: Callable[[], asyncio.AbstractEventLoop]) -> None:
        """Give a slot back from any thread: at once when nobody waits, else on the loop
        (``loop()``, asked only then), which hands it to the first waiter."""
        with self._lock:
            if not self._waiters:
                self.running -= 1
                return
        loop().call_soon_threadsafe(self.release)

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def _announce(self) -> None:
        for position, (job, _) in enumerate(self._waiters):
            if getattr(job, "queue_position", None) != position:
                self._on_position(job, position)
