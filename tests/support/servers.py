"""Apps served over HTTP on 127.0.0.1 for tests, and the clients that call them.

Servers take free ports (``server_port=0``); ``launch`` returns once uvicorn accepts
connections, so no test waits for a server to come up. Every client call is bounded by
``WAIT``.
"""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .waiting import WAIT

if TYPE_CHECKING:
    import httpx
    from gradio_client import Client

    from nbblocks import Blocks


@contextmanager
def serving(demo: Blocks, **launch_options: Any) -> Iterator[Blocks]:
    """``demo`` served on a free port for the ``with`` block, closed afterwards."""
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, **launch_options)
    try:
        yield demo
    finally:
        demo.close()


def client(demo_or_url: Blocks | str, *, download_files: Any = False) -> Client:
    """The official ``gradio_client`` for a served app, quiet and offline."""
    from gradio_client import Client

    url = demo_or_url if isinstance(demo_or_url, str) else demo_or_url.local_url
    return Client(url, verbose=False, analytics_enabled=False, download_files=download_files)


@contextmanager
def http_client(demo: Blocks) -> Iterator[httpx.Client]:
    """Raw HTTP to a served app: paths are relative to its root (``/config``)."""
    import httpx

    with httpx.Client(base_url=demo.local_url.rstrip("/"), timeout=WAIT) as http:
        yield http


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def curl(url: str, api_name: str, body: dict[str, Any]) -> list[tuple[str, Any]]:
    """POST to ``/call/<api_name>`` then GET the answer, as curl would: its (event, data) pairs."""
    import httpx

    with httpx.Client(timeout=WAIT) as http:
        posted = http.post(f"{url}gradio_api/call/{api_name}", json=body)
        assert posted.status_code == 200, posted.text
        text = http.get(f"{url}gradio_api/call/{api_name}/{posted.json()['event_id']}").text
    pairs = []
    for block in text.strip().split("\n\n"):
        event, data = block.split("\n", 1)
        assert event.startswith("event: ") and data.startswith("data: "), text
        pairs.append((event[7:], json.loads(data[6:])))
    return pairs


def call(url: str, api_name: str, data: list[Any], session_hash: str | None = None) -> tuple[str, Any]:
    """One ``/call`` (in the client's session ``session_hash``, else a fresh one): its last (event, data)."""
    body: dict[str, Any] = {"data": data} if session_hash is None else {"data": data, "session_hash": session_hash}
    return curl(url, api_name, body)[-1]


def sse_messages(http: httpx.Client, url: str, params: dict[str, Any], *, limit: int = 200,
                 on_message: Callable[[dict[str, Any]], None] | None = None) -> list[dict[str, Any]]:
    """The JSON messages of a ``data:`` SSE stream, until the server closes it (or ``limit``).

    ``on_message`` sees each message as it arrives, while the stream is still open."""
    out: list[dict[str, Any]] = []
    with http.stream("GET", url, params=params) as response:
        assert response.status_code == 200
        for line in response.iter_lines():
            if line.startswith("data:"):
                out.append(json.loads(line[5:]))
                if on_message is not None:
                    on_message(out[-1])
                if out[-1]["msg"] == "close_stream" or len(out) >= limit:
                    break
    return out


def nothing_connected(listener: socket.socket) -> bool:
    """No connection waits on ``listener`` (a listening socket). A server decides on a
    request before it answers: a fetch made while deciding would be a finished TCP
    handshake in the listener's backlog by the time the answer arrived."""
    listener.setblocking(False)
    try:
        conn, _ = listener.accept()
    except BlockingIOError:
        return True
    conn.close()
    return False
