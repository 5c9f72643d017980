"""The optional HTTP server: Gradio's HTTP API for an nbblocks app (``nbblocks[server]``).

A transport: it turns HTTP requests into engine submissions and the engine's reports
into SSE messages. The app runtime (``nbblocks.app_runtime``) makes one for an app:
``demo.launch(server_port=...)`` serves it with uvicorn; ``demo.app`` is the plain ASGI
app for mounting in another server. Modules, one job each:

- ``options``: settings (``ServerOptions``);
- ``api_info``: the ``/config`` and ``/info`` documents, the footer snippet;
- ``code_snippets``: the ``code_snippets`` of each ``/info`` endpoint, in Gradio's text;
- ``mailbox``, ``channels``: engine reports → buffered messages → SSE messages;
- ``queue_stream``: a session's ``/queue/data`` stream and how it ends without losing a job;
- ``registry``: client sessions and events, capacity and expiry;
- ``security``: Host/Origin checks, bounded JSON bodies, token ids;
- ``errors``: failures in routes answered once and logged once;
- ``auth``, ``auth_gate``, ``login_page``: ``auth=``'s accounts, signed logins, failed-login
  limits, and the gate in front of every route with its login page;
- ``page_security``: the Content Security Policy and headers of every HTML page;
- ``api_page``: the "Use via API" page at ``/?view=api``;
- ``routes``: the Starlette routes (``HttpApi``);
- ``lifecycle``: binding, starting and stopping uvicorn on a thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..engine import Engine
    from .options import ServerOptions
    from .routes import HttpApi, PageFactory

__all__ = ["create_app", "require_server_extra"]


def require_server_extra() -> None:
    """Fail with the install command when the server's dependencies are missing."""
    missing = []
    for module in ("starlette", "uvicorn"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise ImportError(
            f"Serving an app over HTTP needs {', '.join(missing)}: pip install 'nbblocks[server]'"
        )


def create_app(app: Blocks, engine: Engine, options: ServerOptions | None = None, *, page: PageFactory | None = None,
               **settings: Any) -> HttpApi:
    """The ASGI app serving ``app``'s HTTP API on ``engine``; ``settings`` are
    ``ServerOptions`` fields; ``page`` makes the app's web page (``nbblocks.webpage``)."""
    require_server_extra()
    from .options import ServerOptions
    from .routes import HttpApi

    return HttpApi(app, engine, options or ServerOptions(**settings), page=page)
