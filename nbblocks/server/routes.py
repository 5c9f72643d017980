"""The routes of Gradio's HTTP API that gradio_client and curl use, on one app's engine.

Nothing here opens a path a request names or fetches a URL: dispatch goes only to
registered, non-private endpoints, and files go in and out only through the app's file
cache (``demo.files``), by the opaque handles it issued.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable, Generator, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import BaseRoute, Route

from ..components.base import component_name
from ..events import EventData, EventListener
from ..exceptions import InvalidComponentError
from ..files import FileRefused, check_client_value
from ..json_values import describe, find_problem, refused
from ..route_utils import Request as GrRequest
from .api_info import (
    build_config,
    build_info,
    endpoint_by_index,
    endpoint_by_name,
    endpoint_info,
    endpoint_label,
    is_state,
    parameter_names,
    skips_api,
)
from .auth_gate import PREFIX
from .channels import EventRecord, HttpSession, call_message, dumps
from .errors import CatchErrors
from .options import API_PREFIX, ServerOptions
from .queue_stream import after_closing_stream, queue_stream
from .registry import AppClosed, HttpRegistry, TooManySessions
from .security import NO_STORE, USERNAME, Guard, InvalidInputs, RequestError, json_body, refusal, token

if TYPE_CHECKING:
    from ..block import Block
    from ..blocks import Blocks
    from ..engine import Engine
    from ..events import Dependency
    from .auth_gate import AuthGate

class PageHost(Protocol):
    """The app's web page as the server serves it: its routes, and the page for ``GET /``."""

    @property
    def routes(self) -> Sequence[BaseRoute]: ...

    def wanted(self, request: Request) -> bool: ...

    async def page(self, request: Request) -> Response: ...

    def close_all(self) -> None: ...


PageFactory = Callable[["Blocks", "Engine", ServerOptions], PageHost]

HEARTBEAT = "event: heartbeat\ndata: null\n\n"
#: Seconds a ``/call`` answer waits for its event's first message before it streams.
FIRST_EVENT_WAIT = 0.5
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", "X-Content-Type-Options": "nosniff"}


class HttpApi:
    """One ASGI app serving one Blocks app on its engine: routes, client sessions,
    security middleware."""

    def __init__(self, app: Blocks, engine: Engine, options: ServerOptions | None = None, page: PageFactory | None = None):
        self.app = app
        self.engine = engine
        self.options = options or ServerOptions()
        self.registry = HttpRegistry(app, engine, self.options)
        #: The app's web page, when the layer above serves one (``nbblocks.webpage``).
        self.pages = page(app, engine, self.options) if page is not None else None
        p = API_PREFIX
        # Starlette tries routes in order and no two of these match one path: the
        # routes every call takes come first (each route tried costs a regex match).
        routes = [
            Route(f"{p}/call/{{api_name}}", self.call_post, methods=["POST"]),
            Route(f"{p}/call/{{api_name}}/{{event_id}}", self.call_get, methods=["GET"]),
            Route(f"{p}/queue/join", self.queue_join, methods=["POST"]),
            Route(f"{p}/call/v2/{{api_name}}", self.call_v2_post, methods=["POST"]),
            Route(f"{p}/call/v2/{{api_name}}/{{event_id}}", self.call_get, methods=["GET"]),
            Route(f"{p}/queue/data", self.queue_data, methods=["GET"]),
            Route(f"{p}/heartbeat/{{session_hash}}", self.heartbeat, methods=["GET"]),
            Route("/", self.index, methods=["GET"]),
            Route("/config", self.config, methods=["GET"]),
            Route(f"{p}/config", self.config, methods=["GET"]),
            Route(f"{p}/info", self.info, methods=["GET"]),
            Route(f"{p}/user", self.user, methods=["GET"]),
            Route(f"{p}/login_check", self.login_check, methods=["GET"]),
            Route(f"{p}/cancel", self.cancel, methods=["POST"]),
            Route(f"{p}/reset", self.reset, methods=["POST"]),
            Route(f"{p}/upload", self.upload, methods=["POST"]),
            Route(f"{p}/component_server", self.component_server, methods=["POST"]),
            Route(f"{p}/component_server/", self.component_server, methods=["POST"]),
            Route(f"{p}/file={{path:path}}", self.file, methods=["GET", "HEAD"]),
            Route(f"{p}/file/{{path:path}}", self.file, methods=["GET", "HEAD"]),
            *(self.pages.routes if self.pages is not None else []),
        ]
        self._routes = routes
        starlette = Starlette(
            routes=routes,
            middleware=[Middleware(CatchErrors)],
            exception_handlers={
                RequestError: self._refused,
                404: self._not_found,
                405: self._not_allowed,
            },
        )
        starlette.router.redirect_slashes = False  # its redirects are absolute: _not_found redirects
        self.starlette = starlette
        self._call_prefix = f"{p}/call/"
        #: ``_event_data``'s target block and class per dependency, for calls without ``trigger_id``.
        self._event_classes: dict[int, tuple[Dependency, Block | None, type[EventData]]] = {}
        #: The ``/call`` routes without Starlette's router and middleware stack
        #: (``_dispatch``), failures caught as Starlette's stack catches them.
        self._hot = CatchErrors(self._serve_call)
        #: With ``auth=``: the login gate in front of every route (``auth_gate``).
        self.auth_gate: AuthGate | None = None
        inner: Any = self._dispatch
        if self.options.auth is not None:
            from .auth import accounts
            from .auth_gate import AuthGate

            self.auth_gate = AuthGate(self._dispatch, accounts(self.options.auth), self.options, lambda: self.app.title)
            inner = self.auth_gate
        self.asgi = Guard(inner, self.options)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.asgi(scope, receive, send)

    async def _dispatch(self, scope: Any, receive: Any, send: Any) -> None:
        """Below the Host/Origin checks and the login gate: the two ``/call`` routes, which
        every API call takes, go straight to their handlers (each layer of Starlette's
        stack, its router's regex matches among them, costs time on every request);
        everything else goes through Starlette."""
        if scope["type"] == "http" and scope["path"].startswith(self._call_prefix):
            params = _call_params(scope["path"][len(self._call_prefix):], scope["method"])
            if params is not None:
                scope["app"] = self.starlette
                scope["path_params"] = params
                await self._hot(scope, receive, send)
                return
        await self.starlette(scope, receive, send)

    async def _serve_call(self, scope: Any, receive: Any, send: Any) -> None:
        """``call_post`` or ``call_get`` for ``_dispatch``; a ``RequestError`` gets the
        answer Starlette's exception handler gives it (``_refused``)."""
        request = Request(scope, receive)
        handler = self.call_get if len(scope["path_params"]) == 2 else self.call_post
        try:
            response = await handler(request)
        except RequestError as exc:
            response = await self._refused(request, exc)
        await response(scope, receive, send)

    def stop(self) -> None:
        self.registry.stop()
        if self.pages is not None:
            self.pages.close_all()

    # -- errors ----------------------------------------------------------------------

    async def _refused(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestError)
        return refusal(exc.status, exc.message, getattr(exc, "detail", None))

    async def _not_found(self, request: Request, exc: Exception) -> Response:
        location = self._slash_redirect(request)
        if location is not None:
            return Response(status_code=307, headers={"Location": location, **NO_STORE})
        return refusal(404, f"no route {request.url.path!r}; the API is described at {API_PREFIX}/info")

    def _slash_redirect(self, request: Request) -> str | None:
        """A path that names a route but for its trailing slash is sent there by a
        *relative* redirect (``../info`` for ``.../info/``), which a client resolves
        against the URL it asked for: behind a proxy it stays behind the proxy."""
        from starlette.routing import Match

        path = request.scope.get("path", "")
        if path in ("", "/") or path.endswith("//"):
            return None
        other = path[:-1] if path.endswith("/") else path + "/"
        scope = {**request.scope, "path": other}
        if not any(route.matches(scope)[0] != Match.NONE for route in self._routes):
            return None
        raw = request.scope.get("raw_path") or path.encode()
        segment = raw.decode("latin-1").split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        location = f"../{segment}" if path.endswith("/") else f"./{segment}/"
        query = request.scope.get("query_string", b"")
        return f"{location}?{query.decode('latin-1')}" if query else location

    async def _not_allowed(self, request: Request, exc: Exception) -> Response:
        return refusal(405, f"{request.method} is not allowed on {request.url.path!r}")

    # -- descriptions ----------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        """``/?view=api``: the "Use via API" page; a browser: the app's web page (when there
        is one); a client asking for JSON: this note."""
        if request.query_params.get("view") == "api":
            return self.api_page(request)
        if self.pages is not None and self.pages.wanted(request):
            return await self.pages.page(request)
        return JSONResponse({
            "app": self.app.title,
            "api": f"{API_PREFIX}/info",
            "usage": "This is the HTTP API of an nbblocks app. Call it with gradio_client: Client(<this url>).",
        }, headers=NO_STORE)

    def api_page(self, request: Request) -> Response:
        """The "Use via API" page (``/?view=api``, ``api_page``)."""
        from .api_page import api_page_html
        from .page_security import html_response, new_nonce

        nonce = new_nonce()
        body = api_page_html(self.app, nonce=nonce, auth=self.auth_gate is not None, username=username(request))
        return html_response(body, nonce=nonce)

    async def config(self, request: Request) -> Response:
        self.registry.started()
        return JSONResponse(build_config(self.app, self.options), headers=NO_STORE)

    async def user(self, request: Request) -> Response:
        """Gradio's ``/gradio_api/user``: the logged-in user's name (null without ``auth=``)."""
        return JSONResponse(username(request), headers=NO_STORE)

    async def login_check(self, request: Request) -> Response:
        """Gradio's ``/gradio_api/login_check``: ``null`` once past the login gate."""
        return JSONResponse(None, headers=NO_STORE)

    async def info(self, request: Request) -> Response:
        return JSONResponse(build_info(self.app, public_root(request, self.options)), headers=NO_STORE)

    # -- running events ------------------------------------------------------------

    def _inputs(self, dep: Dependency, data: Any) -> list[Any]:
        """The payloads for every input of ``dep``, in order.

        Clients may send one value per input, or leave out the inputs that carry no API
        value (State, buttons), as ``view_api()`` lists them; those positions get null.
        """
        if not isinstance(data, list):
            raise RequestError(400, "'data' must be a list with one value per input")
        n = len(dep.inputs)
        if len(data) == n:
            full = list(data)
        else:
            skipped = [i for i, b in enumerate(dep.inputs) if skips_api(b)]
            states = [i for i, b in enumerate(dep.inputs) if is_state(b)]
            for leave_out in (skipped, states, [i for i in skipped if i not in states]):
                if leave_out and len(data) == n - len(leave_out):
                    values = iter(data)
                    full = [None if i in leave_out else next(values) for i in range(n)]
                    break
            else:
                expected = n - len(skipped)
                raise RequestError(400, f"{endpoint_label(dep)} takes {expected} input value(s), got {len(data)}")
        for i, block in enumerate(dep.inputs):
            if is_state(block):
                full[i] = None  # State lives on the server; what a client sends is ignored
        self._check_values(dep, full)
        return full

    def _check_values(self, dep: Dependency, values: list[Any]) -> None:
        """Refused here, before any event runs, with Gradio's validation answer naming the
        parameter: values a client cannot mean (NaN, Infinity, text that is not Unicode,
        ``docs/reliability.md``), and FileData inputs that name files this app did not
        issue (a path on the server, a URL to fetch)."""
        problems: list[tuple[str, str]] = []
        for index, (block, value) in enumerate(zip(dep.inputs, values)):
            if value is None:
                continue
            problem = find_problem(value)
            if problem is not None:
                problems.append((parameter_names(dep)[index][0], refused(component_name(block), problem)))
                continue
            try:
                check_client_value(block, value, self.app.files)
            except FileRefused as exc:
                problems.append((parameter_names(dep)[index][0], str(exc)))
            except InvalidComponentError:
                pass  # a value that does not fit: the event reports it, as for any input
        if problems:
            raise InvalidInputs(problems)

    def _event_data(self, dep: Dependency, body: dict[str, Any]) -> Any:
        """The ``gr.EventData`` of a request, as Gradio builds it: ``target`` is the block named
        by ``trigger_id`` (else the dependency's only target block), the data is ``event_data``
        (None when the client sent none: a ``SelectData`` then has ``index=None``)."""
        data = body.get("event_data")
        problem = find_problem(data)
        if problem is not None:
            raise RequestError(400, f"'event_data' is refused ({describe(*problem, root='event_data')})")

        trigger_id = body.get("trigger_id")
        if type(trigger_id) is int:
            block, cls = _event_data_class(dep, self.app.blocks.get(trigger_id))
        else:  # an API client names no trigger: the same answer for every call of ``dep``
            known = self._event_classes.get(id(dep))
            if known is None or known[0] is not dep:
                if len(self._event_classes) >= 1024:  # listeners made by renders come and go
                    self._event_classes.clear()
                known = self._event_classes[id(dep)] = (dep, *_event_data_class(dep, None))
            _, block, cls = known
        try:
            return cls(block, data)
        except Exception:  # noqa: BLE001 - the event data class's own validation: a 400 answer
            raise RequestError(400, "'event_data' does not fit this event") from None

    async def _session(self, session_hash: str | None, request: Request) -> HttpSession:
        try:
            hs = await self.registry.session(session_hash, owner=username(request))
        except AppClosed:
            raise RequestError(503, "the app is closed") from None
        except TooManySessions:
            raise RequestError(503, "too many client sessions are busy; try again later") from None
        return owned(hs, request)

    def _submit(
        self, hs: HttpSession, dep: Dependency, inputs: list[Any], kind: Literal["queue", "call"], event_data: Any, request: Request
    ) -> EventRecord:
        assert hs.session is not None
        hs.origin = origin(request)
        session_hash = None if hs.key.startswith("call.") else hs.key
        gr_request = GrRequest(request, username=username(request), session_hash=session_hash)
        job = self.engine.submit(dep, hs.session, event_data, inputs=inputs, request=gr_request)
        if job is None:
            raise RequestError(503, "the app is closed")
        record = EventRecord(job.id, kind, hs, dep)
        self.registry.add_event(record)
        hs.register(record, job)
        hs.touch()
        return record

    async def queue_join(self, request: Request) -> Response:
        body = await json_body(request, self.options.max_body_size)
        dep = endpoint_by_index(self.app, body.get("fn_index"))
        if dep is None:
            raise RequestError(404, f"no callable endpoint with fn_index {body.get('fn_index')!r}")
        inputs = self._inputs(dep, body.get("data"))
        session_hash = token(body.get("session_hash"), "session_hash")
        hs = await self._session(session_hash, request)
        record = self._submit(hs, dep, inputs, "queue", self._event_data(dep, body), request)
        await after_closing_stream(hs, self.options.heartbeat_interval)
        return JSONResponse({"event_id": record.id}, headers=NO_STORE)

    async def queue_data(self, request: Request) -> Response:
        session_hash = token(request.query_params.get("session_hash"), "session_hash")
        hs = self.registry.get(session_hash)
        if hs is None or hs.owner != username(request):
            raise RequestError(404, "unknown session_hash: join the queue with an event first")
        return StreamingResponse(queue_stream(self.registry, hs, request), media_type="text/event-stream", headers=SSE_HEADERS)

    async def call_post(self, request: Request) -> Response:
        dep = self._endpoint(request.path_params["api_name"])
        body = await json_body(request, self.options.max_body_size)
        inputs = self._inputs(dep, body.get("data"))
        raw_hash = body.get("session_hash")
        hs = await self._session(None if raw_hash is None else token(raw_hash, "session_hash"), request)
        record = self._submit(hs, dep, inputs, "call", self._event_data(dep, body), request)
        return Ready(b'{"event_id":' + json.dumps(record.id).encode() + b"}", _EVENT_ID_HEADERS)

    async def call_v2_post(self, request: Request) -> Response:
        """``POST /call/v2/<name>`` (what ``/info``'s bash snippets call): the body holds the
        parameters by their ``/info`` names; those left out take their default, and one
        without a default is a 400, as gradio_client refuses it. Read the results from
        ``GET /call/<name>/<event_id>`` (or ``/call/v2/...``)."""
        dep = self._endpoint(request.path_params["api_name"])
        body = await json_body(request, self.options.max_body_size)
        params = endpoint_info(dep)["parameters"]
        names = [p["parameter_name"] for p in params]
        body.pop("oauth_token", None)  # Gradio drops it for an endpoint that takes none
        unknown = [key for key in body if key not in names]
        if unknown:
            raise RequestError(400, f"{unknown[0]!r} is not a parameter of {endpoint_label(dep)}; it takes {', '.join(names) or 'none'}")
        data = []
        for param in params:
            if param["parameter_name"] in body:
                data.append(body[param["parameter_name"]])
            elif param["parameter_has_default"]:
                data.append(param["parameter_default"])
            else:
                raise RequestError(400, f"no value for the required parameter {param['parameter_name']!r} of {endpoint_label(dep)}")
        inputs = self._inputs(dep, data)
        hs = await self._session(None, request)
        record = self._submit(hs, dep, inputs, "call", self._event_data(dep, {}), request)
        return Ready(b'{"event_id":' + json.dumps(record.id).encode() + b"}", _EVENT_ID_HEADERS)

    def _endpoint(self, api_name: str) -> Dependency:
        dep = endpoint_by_name(self.app, api_name)
        if dep is None:
            raise RequestError(404, f"no callable endpoint named {'/' + api_name.lstrip('/')!r}")
        return dep

    async def call_get(self, request: Request) -> Response:
        dep = self._endpoint(request.path_params["api_name"])
        event_id = token(request.path_params["event_id"], "event_id")
        record = self.registry.event(event_id)
        if record is None or record.kind != "call" or record.dep is not dep or record.http.owner != username(request):
            raise RequestError(404, f"unknown event_id for {endpoint_label(dep)} (results are read once)")
        if record.reader:
            raise RequestError(409, "this event's results are already being read")
        record.reader = True
        lines, finished = _call_events(record.box.take_all())
        waited = time.monotonic()
        if not lines and not finished:
            try:
                lines, finished = await self._first_events(record)
            except BaseException:
                record.reader = False
                raise
        if finished:
            # The event ended before its reader came (the usual case for a quick function):
            # the whole stream at once, a plain answer with its length, no streaming task.
            record.reader = False
            self.registry.forget_event(record)
            return Ready("".join(lines).encode(), _WHOLE_SSE_HEADERS)
        stream = self._call_stream(record, lines, 0.0 if lines else time.monotonic() - waited)
        return StreamingResponse(stream, media_type="text/event-stream", headers=SSE_HEADERS)

    async def _first_events(self, record: EventRecord) -> tuple[list[str], bool]:
        """Wait a moment (``FIRST_EVENT_WAIT``) for the first event of the answer: a queued
        or running event usually ends within milliseconds and is then answered whole, as
        one that had ended, without a streaming response. Nothing yet: the stream starts."""
        deadline = time.monotonic() + min(FIRST_EVENT_WAIT, self.options.heartbeat_interval)
        while not self.registry.stopping:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not await record.box.wait(remaining):
                break
            lines, finished = _call_events(record.box.take_all())
            if lines or finished:
                return lines, finished
        return [], False

    async def _call_stream(self, record: EventRecord, lines: list[str], waited: float = 0.0) -> AsyncIterator[str]:
        """The rest of a ``/call`` answer: ``lines`` (already taken), then what comes;
        ``waited``: seconds the request already waited (the first heartbeat comes that
        much sooner)."""
        interval = self.options.heartbeat_interval
        wait = max(0.0, interval - waited)
        finished = False
        try:
            while True:
                for line in lines:
                    yield line
                if finished:
                    self.registry.forget_event(record)
                    return
                lines, finished = _call_events(record.box.take_all())
                if lines or finished:
                    continue
                if self.registry.stopping:
                    yield 'event: error\ndata: "Server stopped"\n\n'
                    return
                if self.registry.event(record.id) is not record:
                    yield 'event: error\ndata: "The session of this event ended"\n\n'
                    return
                if not await record.box.wait(wait):
                    yield HEARTBEAT
                wait = interval
        finally:
            record.reader = False

    async def heartbeat(self, request: Request) -> Response:
        session_hash = token(request.path_params["session_hash"], "session_hash")
        stream = self._heartbeat_stream(session_hash, username(request))
        return StreamingResponse(stream, media_type="text/event-stream", headers=SSE_HEADERS)

    async def _heartbeat_stream(self, session_hash: str, user: str | None) -> AsyncIterator[str]:
        """While a client listens here, its session does not expire."""
        attached: HttpSession | None = None
        try:
            while not self.registry.stopping:
                if attached is None or attached.closed:
                    hs = self.registry.get(session_hash)
                    if hs is not None and hs is not attached and hs.owner == user:
                        if attached is not None:
                            attached.streams -= 1
                        hs.streams += 1
                        attached = hs
                if attached is not None:
                    attached.touch()
                yield 'data: {"msg":"heartbeat"}\n\n'
                await self.registry.stop_box.wait(self.options.heartbeat_interval)
        finally:
            if attached is not None:
                attached.streams -= 1
                attached.touch()

    async def cancel(self, request: Request) -> Response:
        body = await json_body(request, self.options.max_body_size)
        record = self._record(body, request)
        session_hash = body.get("session_hash")
        if session_hash is not None and record.http.key != token(session_hash, "session_hash"):
            raise RequestError(404, "unknown event_id")
        record.http.cancel(record)
        return JSONResponse({"success": True}, headers=NO_STORE)

    async def reset(self, request: Request) -> Response:
        body = await json_body(request, self.options.max_body_size)
        record = self._record(body, request)
        record.http.cancel(record)
        return JSONResponse({"success": True}, headers=NO_STORE)

    def _record(self, body: dict[str, Any], request: Request) -> EventRecord:
        event_id = token(body.get("event_id"), "event_id")
        record = self.registry.event(event_id)
        if record is None or record.http.owner != username(request):
            raise RequestError(404, "unknown event_id (finished, or never joined)")
        return record

    async def component_server(self, request: Request) -> Response:
        """A component's server function (``@server``), as Gradio's route: the body's
        ``data`` is its one argument; the answer is its JSON result."""
        import asyncio

        from ..components.base import Component
        from ..engine import server_fns as _server_fns

        body = await json_body(request, self.options.max_body_size)
        if body.get("session_hash") is not None:
            token(body["session_hash"], "session_hash")
        component_id = body.get("component_id")
        block = self.app.blocks.get(component_id) if isinstance(component_id, int) else None
        name = body.get("fn_name")
        if not isinstance(block, Component) or not isinstance(name, str) or block.server_fn(name) is None:
            raise RequestError(404, "Function not found.")
        from ..components.base import component_name
        from ..json_values import find_problem, refused

        problem = find_problem(body.get("data"))
        if problem is not None:
            raise RequestError(400, refused(component_name(block), problem))
        try:
            result = await asyncio.wrap_future(_server_fns.call(block, name, [body.get("data")], self.app.files))
        except InvalidComponentError as exc:  # the client's arguments, refused (a path outside a FileExplorer's root_dir)
            raise RequestError(400, str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - the function's own error, named
            raise RequestError(500, str(exc)) from None
        return Response(dumps(result), media_type="application/json", headers=NO_STORE)

    # -- files: only what the app's cache issued -------------------------------------

    async def upload(self, request: Request) -> Response:
        from .uploads import UploadParser

        limit = self.app.files.max_file_size if self.options.max_file_size is None else self.options.max_file_size
        parser = UploadParser(self.app.files, request.headers.get("content-type", ""), limit)
        handles = await parser.feed(request.stream())
        return JSONResponse(handles, headers=NO_STORE)

    async def file(self, request: Request) -> Response:
        """An issued file by its handle. The path is looked up in the cache's table and
        never joined to a directory, so no request can name a file of its choice. A
        ``Range`` header gets that part of it (206), so players can seek in long files."""
        from ..files import FileRefused, ranges

        handle = request.path_params["path"]
        cache = self.app.files
        entry = cache.get(handle)
        if entry is None:
            raise RequestError(404, "no such file: this server serves only files it issued")
        try:
            # Encoding a pending image (raw pixels) to its format may take a moment.
            stream, served = await run_in_threadpool(cache.open_served, handle)
        except FileRefused:
            raise RequestError(404, "no such file: this server serves only files it issued") from None
        size = served.size  # what it was when opened: Content-Length promises it
        etag = f'"{entry.sha256}"' if entry.sha256 else None
        disposition = "inline" if served.inline else "attachment"
        headers = {
            "Accept-Ranges": "bytes",
            "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(served.name, safe='')}",
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "private, max-age=3600",
            "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
        }
        if etag is not None:
            headers["ETag"] = etag
        try:
            wanted = ranges.parse(request.headers.get("range"), size)
        except ranges.Unsatisfiable:
            stream.close()
            return Response(status_code=416, headers={**headers, "Content-Range": f"bytes */{size}"})
        if wanted is not None and not ranges.if_range_matches(request.headers.get("if-range"), etag):
            wanted = None
        start, end = wanted if wanted is not None else (0, size - 1)
        headers["Content-Length"] = str(max(0, end - start + 1))
        status = 200
        if wanted is not None:
            status = 206
            headers["Content-Range"] = f"bytes {start}-{end}/{size}"
        if request.method == "HEAD":
            stream.close()
            return Response(status_code=status, media_type=served.mime_type, headers=headers)
        return StreamingResponse(_in_threads(ranges.read_parts(stream, start, end + 1, 1 << 20)), status_code=status,
                                 media_type=served.mime_type, headers=headers)


async def _in_threads(parts: Generator[bytes, None, None]) -> AsyncIterator[bytes]:
    """A file's parts, each read in a worker thread; the file closes if the client leaves.
    A file cut short meanwhile ends the response with an error (``read_parts``), which
    closes the connection: a client never takes a short body as whole."""
    try:
        while (chunk := await run_in_threadpool(next, parts, None)) is not None:
            yield chunk
    finally:
        parts.close()


def _call_events(items: list[Any]) -> tuple[list[str], bool]:
    """The ``/call`` stream's SSE events for mailbox items, and whether the event ended."""
    lines: list[str] = []
    finished = False
    for item in items:
        message = call_message(item)
        if message is not None:
            lines.append(f"event: {message[0]}\ndata: {dumps(message[1])}\n\n")
        if item[1] == "completed":
            finished = True
    return lines, finished


Header = tuple[bytes, bytes]


class Ready(Response):
    """A 200 answer whose headers were encoded once (``Response.init_headers`` lowers and
    encodes every header of every answer): the same bytes as Starlette's response with
    those headers and media type, for the answers every ``/call`` sends."""

    def __init__(self, body: bytes, headers: tuple[tuple[Header, ...], Header]):
        given, content_type = headers
        self.status_code = 200
        self.background = None
        self.body = body
        self.raw_headers = [*given, (b"content-length", b"%d" % len(body)), content_type]


def _prepared(headers: dict[str, str], media_type: str) -> tuple[tuple[Header, ...], Header]:
    """``Ready``'s headers, in ``Response.init_headers``'s order: the given ones, then
    Content-Length, then Content-Type."""
    given = tuple((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items())
    return given, (b"content-type", media_type.encode("latin-1"))


_EVENT_ID_HEADERS = _prepared(NO_STORE, "application/json")
_WHOLE_SSE_HEADERS = _prepared(SSE_HEADERS, "text/event-stream; charset=utf-8")


def _event_data_class(dep: Dependency, block: Block | None) -> tuple[Block | None, type[EventData]]:
    """The target block and ``EventData`` class of an event of ``dep`` triggered by
    ``block`` (None: the dependency's only target block, if it has one)."""
    targets = [(b, e) for b, e in dep.targets if b is not None]
    if block is None and len({id(b) for b, _ in targets}) == 1:
        block = targets[0][0]
    event = next((e for b, e in targets if b is block), None)
    listener = getattr(type(block), event, None) if block is not None and event else None
    return block, listener.data_class if isinstance(listener, EventListener) else EventData


def _call_params(rest: str, method: str) -> dict[str, str] | None:
    """The path parameters of ``POST /call/{api_name}`` or ``GET /call/{api_name}/{event_id}``
    (``rest``: the path after ``/call/``), as Starlette's routes match them; None: another
    request (HEAD, a deeper path, an empty part), left to Starlette."""
    name, slash, event_id = rest.partition("/")
    if not name:
        return None
    if method == "POST" and not slash:
        return {"api_name": name}
    if method == "GET" and event_id and "/" not in event_id:
        return {"api_name": name, "event_id": event_id}
    return None


def origin(request: Request) -> str:
    """``scheme://host`` of a request, as ``request.url`` has it (read from the Host
    header without building the whole URL)."""
    scheme = request.scope.get("scheme", "http")
    for key, value in request.scope.get("headers", ()):
        if key == b"host":
            return f"{scheme}://{value.decode('latin-1')}"
    return f"{request.url.scheme}://{request.url.netloc}"


def public_root(request: Request, options: ServerOptions) -> str:
    """The app's URL as the client reached it, without a trailing slash (what Gradio's
    code snippets call): the ``Host`` (or a trusted proxy's ``X-Forwarded-Host`` and
    ``X-Forwarded-Proto``), then the mount point and ``root_path``."""
    address = origin(request)
    if options.trusts_forwarded(request.scope.get("client")):
        scheme, _, host = address.partition("://")
        forwarded_host = request.headers.get("x-forwarded-host", "").split(",")[0].strip()
        forwarded_proto = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
        address = f"{forwarded_proto if forwarded_proto in ('http', 'https') else scheme}://{forwarded_host or host}"
    return address + str(request.scope.get(PREFIX, "") or "").rstrip("/")


def username(request: Request) -> str | None:
    """The logged-in user of a request (``auth=``), else None."""
    user = request.scope.get(USERNAME)
    return user if isinstance(user, str) else None


def owned(hs: HttpSession, request: Request) -> HttpSession:
    """``hs`` if it belongs to the request's user: with ``auth=``, a session made by one
    user is unknown to every other, whatever ``session_hash`` they send."""
    if hs.owner != username(request):
        raise RequestError(404, "unknown session_hash: it belongs to another login")
    return hs
