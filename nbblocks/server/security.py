"""Refusals that come before any route: foreign origins, unknown hosts, oversized or
malformed bodies, and identifiers that are not plain tokens."""

from __future__ import annotations

import functools
import json
import re
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ..json_values import find_problem
from .options import ServerOptions

#: The headers ``Guard`` reads (it decodes no other).
_CHECKED = {b"host": "host", b"origin": "origin", b"x-forwarded-host": "x-forwarded-host"}
_TOKEN = re.compile(r"[A-Za-z0-9_\-]{1,128}")


class RequestError(Exception):
    """A request the server refuses, with the status and a message that says why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class InvalidInputs(RequestError):
    """Inputs refused before the event runs, in the shape of Gradio's validation answer
    (422, ``detail`` a list of ``{"__type__": "validate", "is_valid": false, ...}``), which
    gradio_client raises as ``ValidationError`` with each parameter's message."""

    def __init__(self, problems: list[tuple[str, str]]):
        super().__init__(422, "; ".join(message for _, message in problems))
        self.detail = [
            {"__type__": "validate", "is_valid": False, "parameter_name": name, "message": message}
            for name, message in problems
        ]


def refusal(status: int, message: str, detail: Any = None) -> JSONResponse:
    return JSONResponse({"detail": message if detail is None else detail}, status_code=status, headers=NO_STORE)


NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}

#: The ASGI scope key of the logged-in user's name (set by ``auth_gate``).
USERNAME = "nbblocks.username"


def token(value: Any, what: str) -> str:
    """A client-chosen id (``session_hash``, ``event_id``): letters, digits, ``-`` and ``_`` only."""
    if not isinstance(value, str) or not _TOKEN.fullmatch(value):
        raise RequestError(400, f"{what} must be a string of 1 to 128 letters, digits, '-' or '_'")
    return value


async def json_body(request: Request, limit: int) -> dict[str, Any]:
    """The request's JSON object, read up to ``limit`` bytes."""
    length = None
    for key, value in request.scope["headers"]:  # without building ``request.headers``
        if key == b"content-length":
            length = value.decode("latin-1")
            break  # the first one, as ``Headers.get`` reads it
    if length is not None:
        try:
            if int(length) > limit:
                raise RequestError(413, f"request body larger than {limit} bytes")
        except ValueError:
            raise RequestError(400, "invalid Content-Length header") from None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    try:
        body = json.loads(b"".join(chunks) or b"null")
    except RecursionError:
        raise RequestError(400, "the request body nests arrays and objects too deep") from None
    except (ValueError, UnicodeDecodeError):
        raise RequestError(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise RequestError(400, "the request body must be a JSON object")
    problem = find_problem(body, depth_only=True)
    if problem is not None:
        raise RequestError(400, f"the request body {problem[1]}")
    return body


@functools.lru_cache(maxsize=256)  # a server sees few distinct Host headers; parsing one costs microseconds per request
def _host_and_port(netloc: str, scheme: str) -> tuple[str, int | None] | None:
    """``(host, port)`` of a ``Host`` header or an origin; port None when not written."""
    try:
        parts = urlsplit(f"{scheme}://{netloc}")
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    return host, port


def _same_site(origin: tuple[str, int | None], origin_scheme: str, host: tuple[str, int | None]) -> bool:
    """The origin names this server: same host, and the same port when the Host header has one."""
    if origin[0] != host[0]:
        return False
    if host[1] is None:
        return True
    default = 443 if origin_scheme == "https" else 80
    return (origin[1] if origin[1] is not None else default) == host[1]


class Guard:
    """ASGI middleware: path normalisation under ``root_path``, Host and Origin checks.

    A request that carries an ``Origin`` header (browsers add it to cross-site requests)
    is served only when that origin is this server itself (its ``Host``, or the
    ``X-Forwarded-Host`` of a trusted proxy: ``ServerOptions.trusts_forwarded``);
    ``Origin: null`` never is.
    Programs such as gradio_client and curl send no ``Origin`` and are not affected.
    There are no CORS headers, so a browser page on another origin cannot read answers.
    """

    def __init__(self, app: ASGIApp, options: ServerOptions):
        self.app = app
        self.options = options

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await self.app(scope, receive, send)
            return
        headers: dict[str, str] = {}
        for key, value in scope.get("headers", ()):
            name = _CHECKED.get(key.lower())
            if name is not None:  # the last one wins, as in a dict of every header
                headers[name] = value.decode("latin-1")
        problem = self._check(headers, scope)
        if problem is not None:
            await refusal(403, problem)(scope, receive, send)
            return
        await self.app(self._routed(scope), receive, send)

    def _routed(self, scope: Scope) -> Scope:
        """Route on the path below any mount point and below ``root_path``."""
        path = scope.get("path", "/")
        mount = scope.get("root_path", "")
        if mount and (path == mount or path.startswith(mount + "/")):
            path = path[len(mount):]
        root = self.options.root_path
        if root and (path == root or path.startswith(root + "/")):
            path = path[len(root):]
        # The app's external path prefix: the login cookie's Path (``auth_gate``).
        return {**scope, "path": path or "/", "root_path": "", "nbblocks.prefix": mount + root}

    def _check(self, headers: dict[str, str], scope: Scope) -> str | None:
        host_header = headers.get("host", "")
        scheme = scope.get("scheme", "http")
        allowed = self.options.allowed_hosts
        if allowed is not None:
            parsed = _host_and_port(host_header, scheme)
            if parsed is None or parsed[0].strip("[]") not in allowed:
                return f"Host {host_header!r} is not a name of this server"
        origin = headers.get("origin")
        if origin is None:
            return None
        if origin.strip().lower() == "null":
            return "cross-origin request refused (Origin: null)"
        try:
            parts = urlsplit(origin.strip())
        except ValueError:
            return "cross-origin request refused (malformed Origin)"
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return f"cross-origin request refused (Origin {origin!r})"
        theirs = _host_and_port(parts.netloc, parts.scheme)
        if theirs is None:
            return "cross-origin request refused (malformed Origin)"
        candidates = [host_header]
        if self.options.trusts_forwarded(scope.get("client")):
            candidates.append(headers.get("x-forwarded-host", "").split(",")[0].strip())
        for candidate in candidates:
            ours = _host_and_port(candidate, scheme) if candidate else None
            if ours is not None and _same_site(theirs, parts.scheme, ours):
                return None
        return f"cross-origin request refused: Origin {origin!r} is not this server"
