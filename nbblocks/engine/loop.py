"""The engine's event loop, on its own daemon thread.

Events never run on the kernel's loop: a notebook cell that waits for an app (for
example through ``nbblocks.testing.Frontend``) would otherwise deadlock, and long
functions would stall the kernel. One loop serves every app in the process.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import queue
import threading
from collections.abc import Callable, Coroutine
from typing import Any

_lock = threading.Lock()
_loop: asyncio.AbstractEventLoop | None = None
_executor: concurrent.futures.ThreadPoolExecutor | None = None


def get_loop() -> asyncio.AbstractEventLoop:
    global _loop
    with _lock:
        if _loop is None or _loop.is_closed():
            loop = asyncio.new_event_loop()
            ready = threading.Event()

            def run() -> None:
                asyncio.set_event_loop(loop)
                loop.call_soon(ready.set)
                loop.run_forever()

            threading.Thread(target=run, name="nbblocks-engine", daemon=True).start()
            ready.wait()
            _loop = loop
            _stop_at_exit(loop)
        return _loop


def _stop_at_exit(loop: asyncio.AbstractEventLoop) -> None:
    """Stop the loop when the interpreter shuts down, before worker threads are joined,
    so timers do not try to start work on a closed executor."""
    register = getattr(threading, "_register_atexit", None)
    if register is None:
        return
    try:
        register(lambda: loop.call_soon_threadsafe(loop.stop))
    except RuntimeError:
        pass  # already shutting down


def get_executor() -> concurrent.futures.ThreadPoolExecutor:
    """Worker threads for synchronous user functions."""
    global _executor
    with _lock:
        if _executor is None:
            _executor = concurrent.futures.ThreadPoolExecutor(max_workers=40, thread_name_prefix="nbblocks-worker")
        return _executor


class _Hands:
    """A few warm threads, each parked on its own queue, for the engine's fast path: a
    hand-off is one queue put, where ``ThreadPoolExecutor.submit`` also makes a future and
    takes four locks (about 8 us a click). Busy hands never queue work: when none is idle
    (and no more may start) the caller uses the executor. At interpreter exit, as the
    executor's threads, running hands finish their work and are joined."""

    LIMIT = 4

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: list[queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...]] | None]] = []
        self._threads: list[threading.Thread] = []
        self._closed = False

    def run(self, fn: Callable[..., Any], *args: Any) -> bool:
        """Run ``fn(*args)`` in an idle hand; False when none is free (nothing was run)."""
        with self._lock:
            if self._closed:
                return False
            if self._idle:
                inbox = self._idle.pop()
            elif len(self._threads) < self.LIMIT:
                inbox = queue.SimpleQueue()
                thread = threading.Thread(target=self._work, args=(inbox,), name=f"nbblocks-worker-hand-{len(self._threads)}")
                if not self._threads:
                    register = getattr(threading, "_register_atexit", None)
                    try:
                        if register is not None:
                            register(self.close)
                    except RuntimeError:
                        return False  # the interpreter is shutting down
                self._threads.append(thread)
                thread.start()
            else:
                return False
        inbox.put((fn, args))
        return True

    def warm(self) -> None:
        """Start one hand, idle, unless one was started already."""
        with self._lock:
            if self._closed or self._threads:
                return
        self.run(_nothing)

    def _work(self, inbox: queue.SimpleQueue[tuple[Callable[..., Any], tuple[Any, ...]] | None]) -> None:
        while True:
            item = inbox.get()
            if item is None:
                return
            fn, args = item
            del item
            try:
                fn(*args)
            except BaseException:  # the engine reports its own failures; this only keeps the hand alive
                logging.getLogger("nbblocks").exception("nbblocks: a worker thread's task failed")
            del fn, args
            with self._lock:
                if self._closed:
                    return
                self._idle.append(inbox)

    def close(self) -> None:
        """Stop the hands once their work is done (at interpreter exit)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            threads = list(self._threads)
        for inbox in idle:
            inbox.put(None)
        for thread in threads:
            if thread is not threading.current_thread():
                thread.join()


def _nothing() -> None:
    """What a hand runs to start."""


_hands = _Hands()


def warm() -> None:
    """Start the loop's thread and one warm worker thread now (in the background after an
    app is shown), rather than when the first event arrives."""
    get_loop()
    _hands.warm()


def hand_off(fn: Callable[..., Any], *args: Any) -> None:
    """Run ``fn(*args)`` in a worker thread: a warm idle one if there is one, else the
    executor's. Raises RuntimeError when the interpreter is shutting down."""
    if not _hands.run(fn, *args):
        get_executor().submit(fn, *args)


def submit(coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
    return asyncio.run_coroutine_threadsafe(coro, get_loop())
