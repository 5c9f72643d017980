"""Failures inside a route: answered cleanly, logged once, at the right level.

Starlette's own error middleware sends its 500 and then raises the exception again, so
the ASGI server logs it a second time and closes the connection (a pooled client's next
request on it is reset). This middleware sits inside it and ends every failure itself:

- before the answer started: one ``ERROR`` log with the traceback, and a JSON 500
  (``{"detail": "internal server error"}``) on a connection that stays open;
- after the answer started (headers sent): the response cannot turn into an error, and
  its framing is broken, so the exception goes on to the ASGI server, which logs it
  once and closes the connection;
- a client that closed its connection (mid-upload, mid-stream) is no error: one
  ``DEBUG`` line, no traceback.
"""

from __future__ import annotations

import logging

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .security import refusal

log = logging.getLogger("nbblocks")


class CatchErrors:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except ClientDisconnect:
            log.debug("nbblocks: the client closed the connection during %s %s", scope.get("method"), scope.get("path"))
        except Exception as exc:
            if started:
                raise
            log.error("nbblocks: HTTP %s %s failed", scope.get("method"), scope.get("path"), exc_info=exc)
            await refusal(500, "internal server error")(scope, receive, send)
