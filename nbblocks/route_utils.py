"""``gr.Request``: what a function learns about the request behind an event, under
Gradio's names (``gradio.Request``, ``gradio.route_utils.Request``).

A parameter annotated ``gr.Request`` gets one. Over HTTP it wraps the Starlette request
(``headers``, ``client.host``, ``query_params``, ``cookies``, ``session_hash``; other
attributes are the request's own, ``request.request`` is the request itself); ``username``
is the logged-in user when the server runs with ``auth=``, else None. In the notebook there is no HTTP request: ``session_hash`` is the
notebook session's id, ``username`` None, headers, query parameters and cookies empty, and
``client`` None. In a tab of the app's web page it wraps the request that opened the tab
(its headers, cookies and client), and ``session_hash`` is the tab's id.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Request"]


class Request:
    """What Gradio passes about the HTTP request behind an event."""

    def __init__(self, request: Any = None, username: str | None = None, session_hash: str | None = None):
        self.request = request
        self.username = username
        self.session_hash = session_hash
        self.headers: Any = getattr(request, "headers", None) or {}
        self.query_params: Any = getattr(request, "query_params", None) or {}
        self.cookies: Any = getattr(request, "cookies", None) or {}
        self.client = getattr(request, "client", None)

    def __getattr__(self, name: str) -> Any:
        request = self.__dict__.get("request")
        if request is not None and not name.startswith("_"):
            return getattr(request, name)
        raise AttributeError(f"gr.Request has no attribute {name!r}")
