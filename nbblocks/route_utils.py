"""``gr.Request``, importable under Gradio's names (``gradio.Request``,
``gradio.route_utils.Request``) so component code that names it in type hints imports.

A function parameter annotated ``gr.Request`` is not filled in by nbblocks yet: it gets
``None`` in the notebook and over HTTP.
"""

from __future__ import annotations

from typing import Any

__all__ = ["Request"]


class Request:
    """What Gradio passes about the HTTP request behind an event (headers, client,
    query parameters, session hash, username)."""

    def __init__(self, request: Any = None, username: str | None = None, session_hash: str | None = None):
        self.request = request
        self.username = username
        self.session_hash = session_hash
        self.headers: dict[str, str] = dict(getattr(request, "headers", {}) or {})
        self.query_params: dict[str, str] = dict(getattr(request, "query_params", {}) or {})
        self.client = getattr(request, "client", None)

    def __getattr__(self, name: str) -> Any:
        raise AttributeError(f"gr.Request has no attribute {name!r}")
