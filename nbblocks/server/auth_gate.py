"""The gate in front of every route of an app served with ``auth=``.

Deny by default: a request without a valid login cookie gets Gradio's answer,
``401 {"detail": {"error": "Not authenticated", "auth_message": ...}}``, whatever its
path (a route added later is covered without being listed). The only ways through
without a login are the login itself, logging out, and a browser asking for the
page at ``/``, which gets the login page instead (``login_page``).

- ``POST /login`` takes a form (``username``, ``password``), as Gradio's route and
  ``gradio_client.Client(url, auth=...)`` send it. Right: ``{"success": true}`` and the
  cookie (a browser's form post is sent back to the page by a relative ``303``). Wrong:
  ``400 {"detail": "Incorrect credentials."}`` as Gradio (a browser sees the form again,
  with the error). Too many failures from one address or for one user name: ``429``
  with ``Retry-After``, right password or not.
- ``GET``/``POST /logout`` forgets every login of the user (``?all_session=false``: only
  this one), clears the cookie and redirects to the page (relative ``302``), as Gradio.
- The cookie: signed, ``HttpOnly``, ``SameSite=Lax``, ``Secure`` when served over TLS
  (or behind a trusted proxy that says ``X-Forwarded-Proto: https``), ``Path`` the
  app's ``root_path``.

An authenticated request carries its user to the routes in the ASGI scope
(``USERNAME``), where ``gr.Request.username`` reads it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, parse_qsl, urlencode

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .auth import MAX_CREDENTIAL, FailedLogins, LoginSessions
from .login_page import login_html
from .page_security import html_response
from .security import NO_STORE, USERNAME

if TYPE_CHECKING:
    from .auth import Accounts
    from .options import ServerOptions

#: The scope key where ``Guard`` leaves the app's external path prefix (mount + root_path).
PREFIX = "nbblocks.prefix"
#: Largest login form body.
MAX_FORM = 16 * 1024
LOGIN_PATHS = ("/login", "/login/")
LOGOUT_PATHS = ("/logout", "/logout/")


def wants_html(request: Request) -> bool:
    """A browser navigating (its ``Accept`` puts HTML first), not a client asking for JSON."""
    accept = request.headers.get("accept", "")
    return "text/html" in accept and "application/json" not in accept.split(",")[0]


def not_authenticated(auth_message: str | None) -> JSONResponse:
    """Gradio's answer to a request without a login (``login_check``)."""
    return JSONResponse(
        {"detail": {"error": "Not authenticated", "auth_message": auth_message}},
        status_code=401,
        headers=NO_STORE,
    )


class AuthGate:
    """ASGI middleware: login, logout, and the login check on every other request."""

    def __init__(self, app: ASGIApp, accounts: Accounts, options: ServerOptions, title: Callable[[], str]):
        self.app = app
        self.accounts = accounts
        self.options = options
        self.title = title
        self.sessions = LoginSessions(capacity=max(1000, options.state_session_capacity))
        self.failures = FailedLogins()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "/")
        request = Request(scope, receive)
        if path in LOGIN_PATHS:
            try:
                response = await self._login(request)
            except ClientDisconnect:
                return  # left mid-form: nobody to answer
        elif path in LOGOUT_PATHS:
            response = self._logout(request)
        else:
            user = self.user(request)
            if user is not None:
                await self.app({**scope, USERNAME: user}, receive, send)
                return
            response = self._refuse(request)
        await response(scope, receive, send)

    def user(self, request: Request) -> str | None:
        return self.sessions.user(request.cookies.get(self.sessions.cookie_name))

    def _refuse(self, request: Request) -> Response:
        if request.method == "GET" and request.scope.get("path") == "/" and wants_html(request):
            query = request.scope.get("query_string", b"").decode("latin-1")
            raw = (request.scope.get("raw_path") or b"/").decode("latin-1").split("?")[0]
            if not raw.endswith("/"):
                # ``/prefix`` → ``prefix/``, relative: the form's relative ``login`` then
                # resolves below the prefix, behind any proxy.
                location = raw.rsplit("/", 1)[-1] + "/" + (f"?{query}" if query else "")
                return RedirectResponse(location, status_code=307, headers=NO_STORE)
            return self._page(next_query=query)
        return not_authenticated(self.options.auth_message)

    def _page(self, *, status: int = 200, error: str | None = None, next_query: str = "", username: str = "",
              headers: dict[str, str] | None = None) -> Response:
        body = login_html(self.title(), self.options.auth_message, error=error, next_query=next_query[:2000], username=username)
        return html_response(body, status_code=status, scripts=False, headers=headers)

    # -- login ------------------------------------------------------------------------------

    async def _login(self, request: Request) -> Response:
        if request.method == "GET":
            if self.user(request) is not None:
                return RedirectResponse(self._back(request, ""), status_code=303, headers=NO_STORE)
            return self._page(next_query=request.scope.get("query_string", b"").decode("latin-1"))
        if request.method != "POST":
            return JSONResponse({"detail": f"{request.method} is not allowed on '/login'"}, status_code=405,
                                headers={**NO_STORE, "Allow": "GET, POST"})
        browser = wants_html(request)
        form = await self._form(request)
        if isinstance(form, Response):
            return form
        username = form.get("username", "").strip()
        password = form.get("password", "")
        next_query = form.get("next", "")
        keys = FailedLogins.keys(self._client(request), username)
        wait = self.failures.wait(keys)
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            message = f"Too many failed logins; try again in {seconds} seconds."
            headers = {"Retry-After": str(seconds)}
            if browser:
                return self._page(status=429, error=message, next_query=next_query, username=username, headers=headers)
            return JSONResponse({"detail": message}, status_code=429, headers={**NO_STORE, **headers})
        # Counted before the check (no await between the two: parallel guesses cannot all
        # pass the limit while the first ones are being checked), taken back when right.
        self.failures.failed(keys)
        ok = bool(username) and len(username) <= MAX_CREDENTIAL and len(password) <= MAX_CREDENTIAL
        ok = ok and await self.accounts.verify(username, password)
        if ok:
            self.failures.forgive(keys)
        else:
            if browser:
                return self._page(status=400, error="Incorrect credentials.", next_query=next_query, username=username)
            return JSONResponse({"detail": "Incorrect credentials."}, status_code=400, headers=NO_STORE)
        response: Response
        if browser:
            response = RedirectResponse(self._back(request, next_query), status_code=303, headers=NO_STORE)
        else:
            response = JSONResponse({"success": True}, headers=NO_STORE)
        response.set_cookie(
            self.sessions.cookie_name,
            self.sessions.issue(username),
            path=self._cookie_path(request),
            httponly=True,
            samesite="lax",
            secure=self._secure(request),
        )
        return response

    async def _form(self, request: Request) -> dict[str, str] | Response:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            return JSONResponse({"detail": "login takes a form (application/x-www-form-urlencoded) with username and password"},
                                status_code=415, headers=NO_STORE)
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM:
                return JSONResponse({"detail": f"login form larger than {MAX_FORM} bytes"}, status_code=413, headers=NO_STORE)
        try:
            fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False, max_num_fields=20)
        except (UnicodeDecodeError, ValueError):
            return JSONResponse({"detail": "the login form is not valid UTF-8 form data"}, status_code=400, headers=NO_STORE)
        return {name: values[0] for name, values in fields.items() if values}

    def _client(self, request: Request) -> str | None:
        client = request.scope.get("client")
        if client and self.options.trusts_forwarded(client):
            forwarded = [part.strip() for part in request.headers.get("x-forwarded-for", "").split(",") if part.strip()]
            if forwarded:
                return forwarded[-1]  # the one our proxy saw
        return str(client[0]) if client else None

    def _secure(self, request: Request) -> bool:
        if request.scope.get("scheme") == "https":
            return True
        client = request.scope.get("client")
        forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
        return forwarded == "https" and bool(client) and self.options.trusts_forwarded(client)

    def _cookie_path(self, request: Request) -> str:
        prefix = str(request.scope.get(PREFIX, "") or "")
        return prefix.rstrip("/") + "/"

    @staticmethod
    def _back(request: Request, next_query: str) -> str:
        """Where a browser goes after logging in or out: the page, relative to the login
        route (so it stays behind any proxy), with the query it first asked for."""
        base = "../" if request.scope.get("path", "").endswith("/") else "./"
        pairs = parse_qsl(next_query[:2000], keep_blank_values=True)[:20]
        return base + ("?" + urlencode(pairs) if pairs else "")

    # -- logout -----------------------------------------------------------------------------

    def _logout(self, request: Request) -> Response:
        if request.method not in ("GET", "POST"):
            return JSONResponse({"detail": f"{request.method} is not allowed on '/logout'"}, status_code=405,
                                headers={**NO_STORE, "Allow": "GET, POST"})
        every = request.query_params.get("all_session", "true").lower() not in ("false", "0", "no")
        self.sessions.end(request.cookies.get(self.sessions.cookie_name), every_login_of_user=every)
        response = RedirectResponse(self._back(request, ""), status_code=302, headers=NO_STORE)
        response.delete_cookie(self.sessions.cookie_name, path=self._cookie_path(request),
                               httponly=True, samesite="lax", secure=self._secure(request))
        return response
