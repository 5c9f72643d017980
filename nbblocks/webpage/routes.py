"""The routes of the web page, added to the HTTP server's (``server.routes.HttpApi``).

- ``GET /`` asked for by a browser (``Accept: text/html``): the page (``html``);
- ``GET page/host.js``, ``page/static/runtime.js``, ``page/static/block.js``: the host
  and the very runtime and block stub the notebook loads (``nbblocks/static``);
- ``GET page/view/<id>``: a view's module (or a library, ``library-<name>``, or a custom
  component's ``_esm``) as ``{"source", "css"}``, what the notebook's runtime model
  answers to a ``view_request``;
- ``GET page/events``: a new tab's session (``?session=`` an existing one's) as an SSE
  stream of comm messages; ``GET page/poll``: the same messages by long polling, for
  proxies that hold a streamed response back; ``POST page/send?session=``: the tab's comm messages, in
  order; ``POST page/bye?session=``: the tab is closing.

A tab's session lives while its stream is open, and a grace period after.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from .._static_build import STATIC
from ..server.routes import username
from ..server.security import NO_STORE, RequestError, json_body, token
from .html import page_html
from .session import PageSession, PageSessions, TooManyTabs
from .wire import dumps

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..engine import Engine
    from ..server.options import ServerOptions

SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", "X-Content-Type-Options": "nosniff"}
STATIC_FILES = {"host.js": "page.js", "static/runtime.js": "runtime.js", "static/block.js": "block.js"}


class PageRoutes:
    """The web page of one served app: its routes and its tabs."""

    def __init__(self, app: Blocks, engine: Engine, options: ServerOptions) -> None:
        self.app = app
        self.options = options
        self.tabs = PageSessions(app, engine, grace=options.page_grace, capacity=options.state_session_capacity,
                                 show_error=options.show_error)
        self.routes = [
            Route("/page/host.js", self.static, methods=["GET"]),
            Route("/page/static/{name}", self.static, methods=["GET"]),
            Route("/page/view/{view_id}", self.view, methods=["GET"]),
            Route("/page/events", self.events, methods=["GET"]),
            Route("/page/poll", self.poll, methods=["GET"]),
            Route("/page/send", self.send, methods=["POST"]),
            Route("/page/bye", self.bye, methods=["POST"]),
        ]

    def wanted(self, request: Request) -> bool:
        """A browser navigating to ``/`` (not a client asking for JSON)."""
        accept = request.headers.get("accept", "")
        return "text/html" in accept and "application/json" not in accept.split(",")[0]

    async def page(self, request: Request) -> Response:
        """The page, with the server's policy for pages (``server.page_security``): scripts
        from this server and ``blob:`` (views), the loader by its nonce, ``Function`` for an
        app's ``js=`` and views that compile code, every inline script when the app's
        ``head`` has some."""
        from ..server.page_security import html_response, new_nonce

        nonce = new_nonce()
        inline = "<script" in (self.app.head or "").lower()
        return html_response(page_html(self.app, self.options.favicon_path, nonce=None if inline else nonce),
                             nonce=None if inline else nonce, eval_scripts=True, inline_scripts=inline)

    async def static(self, request: Request) -> Response:
        name = request.url.path.rsplit("/page/", 1)[-1]
        file = STATIC_FILES.get(name)
        if file is None:
            raise RequestError(404, f"the page has no file {name!r}")
        source = (STATIC / file).read_text(encoding="utf-8")
        return Response(source, media_type="text/javascript", headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})

    async def view(self, request: Request) -> Response:
        from ..widgets.runtime_model import page_runtime

        view_id = request.path_params["view_id"]
        try:
            source, css = await run_in_threadpool(page_runtime().source, view_id)
        except LookupError as exc:
            raise RequestError(404, str(exc)) from None
        return JSONResponse({"source": source, "css": css}, headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})

    def _tab(self, request: Request) -> PageSession:
        key = token(request.query_params.get("session"), "session")
        tab = self.tabs.get(key)
        if tab is None or tab.user != username(request):  # a tab is its user's only
            raise RequestError(410, "this page's session has ended; reload the page")
        return tab

    async def _open(self, request: Request) -> PageSession:
        """The tab named by ``?session=``, or a new one."""
        if request.query_params.get("session") is not None:
            return self._tab(request)
        if self.app.closed:
            raise RequestError(503, "the app was closed")
        try:
            return await run_in_threadpool(self.tabs.create, request, username(request))
        except TooManyTabs:
            raise RequestError(503, "too many pages are open; try again later") from None

    async def events(self, request: Request) -> Response:
        # A new tab's session is made once the stream is open, so the page hears from the
        # server at once (its headers), however long drawing a big app takes.
        tab = self._tab(request) if request.query_params.get("session") is not None else None
        if tab is None and self.app.closed:
            raise RequestError(503, "the app was closed")
        return StreamingResponse(self._stream(tab, request), media_type="text/event-stream", headers=SSE_HEADERS)

    async def poll(self, request: Request) -> Response:
        """The stream's fallback for proxies that hold a response back until it ends (older
        jupyter-server-proxy): what the tab's outbox holds, at once or as soon as something
        comes (an empty list after the heartbeat interval)."""
        tab = await self._open(request)
        tab.connected()
        try:
            items = [m for m in tab.box.take_all() if m is not None]
            if not items and not tab.closed and await tab.box.wait(self.options.heartbeat_interval):
                items = [m for m in tab.box.take_all() if m is not None]
            if tab.closed and not any(m.get("type") == "closed" for m in items):
                items.append({"type": "closed"})
        finally:
            tab.disconnected()
        body = "{\"messages\":[" + ",".join(dumps(m) for m in items) + "]}"
        return Response(body, media_type="application/json", headers=NO_STORE)

    async def _stream(self, tab: PageSession | None, request: Request) -> AsyncIterator[str]:
        yield ": page\n\n"
        if tab is None:
            try:
                tab = await run_in_threadpool(self.tabs.create, request, username(request))
            except TooManyTabs:
                yield f"data: {dumps({'type': 'closed', 'reason': 'too many pages are open; try again later'})}\n\n"
                return
        tab.connected()
        try:
            while True:
                for message in tab.box.take_all():
                    if message is None:
                        continue
                    yield f"data: {dumps(message)}\n\n"
                    if message.get("type") == "closed":
                        return
                if tab.closed:
                    yield f"data: {dumps({'type': 'closed'})}\n\n"
                    return
                if not await tab.box.wait(self.options.heartbeat_interval):
                    yield ": heartbeat\n\n"
        finally:
            tab.disconnected()

    async def send(self, request: Request) -> Response:
        tab = self._tab(request)
        body = await json_body(request, self.options.max_body_size)
        messages = body.get("messages")
        if not isinstance(messages, list):
            raise RequestError(400, "the body must be {\"messages\": [...]}")
        await run_in_threadpool(tab.receive, messages)
        return Response(status_code=204, headers=NO_STORE)

    async def bye(self, request: Request) -> Response:
        key = request.query_params.get("session")
        tab = self.tabs.get(token(key, "session"))
        if tab is not None and tab.user == username(request):
            tab.end_soon()
        return Response(status_code=204, headers=NO_STORE)

    def stop(self) -> None:
        for tab in list(self.tabs.sessions.values()):
            tab.box.wake()

    def close_all(self) -> None:
        self.tabs.close_all()
