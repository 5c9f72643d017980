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

    # Read from the request when first asked for (parsing headers, the query and cookies
    # costs more than most functions that never look at them), then kept.

    @property
    def headers(self) -> Any:
        return self._part("headers", {})

    @property
    def query_params(self) -> Any:
        return self._part("query_params", {})

    @property
    def cookies(self) -> Any:
        return self._part("cookies", {})

    @property
    def client(self) -> Any:
        return self._part("client", None)

    def _part(self, name: str, empty: Any) -> Any:
        kept = self.__dict__.setdefault("_parts", {})
        if name not in kept:
            kept[name] = getattr(self.__dict__.get("request"), name, None) or empty
        return kept[name]

    def __getattr__(self, name: str) -> Any:
        request = self.__dict__.get("request")
        if request is not None and not name.startswith("_"):
            return getattr(request, name)
        raise AttributeError(f"gr.Request has no attribute {name!r}")
