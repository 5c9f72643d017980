"""The engine's event loop, on its own daemon thread.

Events never run on the kernel's loop: a notebook cell that waits for an app (for
example through ``nbblocks.testing.Frontend``) would otherwise deadlock, and long
functions would stall the kernel. One loop serves every app in the process.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine
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


def submit(coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
    return asyncio.run_coroutine_threadsafe(coro, get_loop())
