"""``/queue/data``: one client session's stream of queue messages, and how it ends.

The stream carries the session's messages until nothing is pending, then sends
``close_stream``, as Gradio does. gradio_client files an event it joins under the stream
that is open when its join is answered, and cancels every event filed under a stream
when that stream ends, even one the server ran. A client whose reader lags (a busy
machine) could so lose an event joined just as the stream closed. Two rules close that
race for real (``docs/reliability.md``):

- after ``close_stream`` the stream stays open until the client closes it (bounded by a
  heartbeat interval, for clients that never do);
- a join of the session that comes meanwhile is answered only after that
  (:func:`after_closing_stream`), so the client has read ``close_stream`` and files the
  event under a new stream, which carries it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from .channels import dumps, queue_message

if TYPE_CHECKING:
    from starlette.requests import Request

    from .channels import HttpSession
    from .registry import HttpRegistry

_STOPPED = {"msg": "Server stopped unexpectedly.", "message": "Server stopped unexpectedly.", "success": False}
_CLOSE_STREAM = 'data: {"msg":"close_stream","event_id":null}\n\n'
_HEARTBEAT = 'data: {"msg":"heartbeat"}\n\n'


async def queue_stream(registry: HttpRegistry, hs: HttpSession, request: Request) -> AsyncIterator[str]:
    """The SSE lines of one session's queue stream (one reader at a time: a newer
    stream of the session ends this one)."""
    hs.stream_generation += 1
    mine = hs.stream_generation
    hs.streams += 1
    hs.interrupt()
    interval = registry.options.heartbeat_interval
    closing: asyncio.Event | None = None
    try:
        while True:
            if registry.stopping:
                yield f"data: {dumps(_STOPPED)}\n\n"
                return
            if hs.stream_generation != mine:
                return
            items = hs.box.take_all()
            for item in items:
                message = queue_message(item, hs.sent_values)
                if message is not None:
                    yield f"data: {dumps(message)}\n\n"
            if items:
                hs.touch()
                continue
            if hs.closed:
                yield _CLOSE_STREAM
                return
            if _finished(hs):
                closing = hs.closing = asyncio.Event()
                yield _CLOSE_STREAM
                await _until_client_closes(registry, hs, mine, request)
                return
            if not await hs.box.wait(interval):
                yield _HEARTBEAT
    finally:
        if closing is not None:
            if hs.closing is closing:
                hs.closing = None
            closing.set()
        hs.streams -= 1
        hs.touch()


async def after_closing_stream(hs: HttpSession, limit: float) -> None:
    """Return once no stream of the session is closing (at most ``limit`` seconds and a
    little more: a closing stream gives up after ``limit`` itself)."""
    closing = hs.closing
    if closing is not None:
        try:
            await asyncio.wait_for(closing.wait(), limit + 1)
        except asyncio.TimeoutError:
            pass


def _finished(hs: HttpSession) -> bool:
    with hs.box.lock:
        return not hs.pending and not hs.box.items


async def _until_client_closes(registry: HttpRegistry, hs: HttpSession, mine: int, request: Request) -> None:
    """Wait until the client closes this stream, a newer stream replaces it, the session
    or the server ends, or a heartbeat interval passes."""
    deadline = time.monotonic() + registry.options.heartbeat_interval
    gone = asyncio.ensure_future(_disconnected(request))
    try:
        while not gone.done():
            hs.control.take_all()
            if registry.stopping or hs.closed or hs.stream_generation != mine:
                return
            left = deadline - time.monotonic()
            if left <= 0:
                return
            woken = asyncio.ensure_future(hs.control.wait(left))
            await asyncio.wait({gone, woken}, return_when=asyncio.FIRST_COMPLETED)
            woken.cancel()
    finally:
        gone.cancel()


async def _disconnected(request: Request) -> None:
    """Return when the client has closed the connection of ``request``."""
    while (await request.receive())["type"] != "http.disconnect":
        pass
