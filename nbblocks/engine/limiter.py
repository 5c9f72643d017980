"""A FIFO concurrency limiter that knows each waiter's queue position."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

#: A job whose slot came while it waited in a thread's stead (``wait_in_thread``), with
#: the context it runs in.
Handed = tuple[Any, contextvars.Context]


class Limiter:
    """At most ``limit`` holders; waiters are served first come, first served.

    ``on_position(job, position)`` is called whenever a waiting job's position changes
    (0 = next to run), so a front end can show "queue: 3".

    A waiter is either a task on the engine loop (``acquire``) or a job queued without
    one (``wait_in_thread``: a plain sync function, whose whole run happens in a worker
    thread). A free slot may be taken from any thread (``try_acquire``) and given back
    from any thread: on the loop (``release``), a task waiter is woken and a queued job
    goes to ``on_handed``; from a worker thread (``release_threadsafe``), a queued job
    first in line is returned for that thread to run next, with no hop through the loop,
    and a task waiter is handed its slot on the loop.
    """

    def __init__(
        self,
        limit: int,
        on_position: Callable[[Any, int | None], None],
        on_handed: Callable[[Any, contextvars.Context], object] | None = None,
    ):
        self.limit = limit
        self.running = 0
        #: (job, the task's future or None for a queued job, the queued job's context).
        self._waiters: deque[tuple[Any, asyncio.Future[Any] | None, contextvars.Context | None]] = deque()
        self._on_position = on_position
        self._on_handed = on_handed
        self._lock = threading.Lock()
        #: Positions are announced from several threads: one at a time, each from the
        #: queue as it is then, so the last one a job hears is its current position.
        self._announcing = threading.Lock()

    def try_acquire(self) -> bool:
        """Take a slot if one is free and nobody waits (first come, first served)."""
        with self._lock:
            if self.running < self.limit and not self._waiters:
                self.running += 1
                return True
            return False

    async def acquire(self, job: Any) -> None:
        fut = asyncio.get_running_loop().create_future()
        with self._lock:  # one step: a slot given back between a check and the append would be lost
            if self.running < self.limit and not self._waiters:
                self.running += 1
                return
            self._waiters.append((job, fut, None))
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

    def wait_in_thread(self, job: Any, context: contextvars.Context) -> bool:
        """Queue ``job`` without a task: True once queued (whoever gives back the slot
        it gets runs it, in ``context``); False when a slot was free and is now taken
        (the caller runs the job)."""
        with self._lock:
            if self.running < self.limit and not self._waiters:
                self.running += 1
                return False
            self._waiters.append((job, None, context))
        self._announce()
        return True

    def discard(self, job: Any) -> contextvars.Context | None:
        """Take a queued job (``wait_in_thread``) out of the queue and return its context;
        None when it is not in it (its slot came already)."""
        with self._lock:
            found = next((w for w in self._waiters if w[0] is job and w[2] is not None), None)
            if found is None:
                return None
            self._waiters.remove(found)
        self._announce()
        return found[2]

    def release(self) -> None:
        """Give a slot back (on the engine loop)."""
        with self._lock:
            handed = None
            while self._waiters:
                job, fut, context = self._waiters.popleft()
                if fut is None or not fut.done():
                    handed = (job, fut, context)
                    break
            if handed is None:
                self.running -= 1
                return
        self._announce()
        job, fut, context = handed
        if fut is not None:
            fut.set_result(None)  # the slot passes straight to the next waiter
        else:
            assert context is not None and self._on_handed is not None
            self._on_handed(job, context)

    def release_threadsafe(self, loop: Callable[[], asyncio.AbstractEventLoop]) -> Handed | None:
        """Give a slot back from any thread: at once when nobody waits; to the first
        waiter, when it is a queued job, by returning it (the caller runs it next, in its
        context); else on the loop (``loop()``, asked only then), which hands it to the
        first waiter."""
        with self._lock:
            if not self._waiters:
                self.running -= 1
                return None
            job, _, context = self._waiters[0]
            if context is not None:
                self._waiters.popleft()
        if context is None:
            loop().call_soon_threadsafe(self.release)
            return None
        self._announce()
        return job, context

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def _announce(self) -> None:
        with self._announcing:
            with self._lock:
                waiters = [job for job, _, _ in self._waiters]
            for position, job in enumerate(waiters):
                if getattr(job, "queue_position", None) != position:
                    self._on_position(job, position)
