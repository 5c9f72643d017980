"""Starting and stopping uvicorn for one app, on a background thread.

The socket is bound before the thread starts, so a port in use is an immediate,
clear error, ``server_port=0`` picks a free port, and ``stop()`` frees the port
before it returns.
"""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
import os
import socket
import threading
import time
from typing import TYPE_CHECKING, Any

from .options import LOOPBACK_NAMES, ServerOptions

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..engine import Engine
    from .routes import HttpApi, PageFactory

log = logging.getLogger("nbblocks")

DEFAULT_PORT = 7860
PORT_TRIES = 100
START_TIMEOUT = 10.0
STOP_TIMEOUT = 5.0


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int | None) -> socket.socket:
    """A listening-ready socket on ``host``; ``port=None`` takes the first free port from 7860."""
    if port is None:
        env = os.environ.get("GRADIO_SERVER_PORT")
        start = int(env) if env and env.isdigit() else DEFAULT_PORT
        last_error: OSError | None = None
        for candidate in range(start, start + PORT_TRIES):
            try:
                return _bind_one(host, candidate)
            except OSError as exc:
                last_error = exc
        raise OSError(f"no free port in {start}-{start + PORT_TRIES - 1} on {host}: {last_error}")
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise ValueError(f"server_port must be an int from 0 to 65535, got {port!r}")
    try:
        return _bind_one(host, port)
    except OSError as exc:
        raise OSError(f"cannot serve on {host}:{port}: {exc.strerror or exc}. Pick another server_port (0 picks a free one).") from None


def _bind_one(host: str, port: int) -> socket.socket:
    bind_host = host.strip("[]") or "0.0.0.0"
    infos = socket.getaddrinfo(bind_host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        if os.name != "nt":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.set_inheritable(True)
    except BaseException:
        sock.close()
        raise
    return sock


@dataclasses.dataclass(frozen=True)
class TlsFiles:
    """``launch(ssl_keyfile=, ssl_certfile=, ssl_keyfile_password=)``: serve HTTPS."""

    keyfile: str
    certfile: str
    password: str | None = None

    @classmethod
    def of(cls, keyfile: str | None, certfile: str | None, password: str | None) -> TlsFiles | None:
        """The files, checked now (a clear error at launch, not a dead server thread)."""
        if keyfile is None and certfile is None:
            if password is not None:
                raise ValueError("launch(ssl_keyfile_password=...) needs ssl_keyfile and ssl_certfile")
            return None
        if keyfile is None or certfile is None:
            missing = "ssl_certfile" if certfile is None else "ssl_keyfile"
            raise ValueError(f"launch(): serving over HTTPS needs both ssl_keyfile and ssl_certfile; {missing} is missing")
        import ssl

        try:
            ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).load_cert_chain(os.fspath(certfile), os.fspath(keyfile), password)
        except (OSError, ssl.SSLError) as exc:
            raise ValueError(f"launch(): cannot use ssl_certfile={certfile!r} with ssl_keyfile={keyfile!r}: {exc}") from None
        return cls(os.fspath(keyfile), os.fspath(certfile), password)


def display_host(host: str) -> str:
    """The name to put in URLs: a wildcard address becomes the loopback one."""
    bare = host.strip("[]")
    if bare in ("", "0.0.0.0"):
        return "127.0.0.1"
    if bare == "::":
        return "[::1]"
    return f"[{bare}]" if ":" in bare else bare


class ServerHandle:
    """A running uvicorn server of one app."""

    def __init__(self, app: Blocks, api: HttpApi, sock: socket.socket, host: str, tls: TlsFiles | None = None):
        import uvicorn

        self.app = app
        self.api = api
        self.sock = sock
        self.host = host
        self.port: int = sock.getsockname()[1]
        self.local_url = f"{'https' if tls is not None else 'http'}://{display_host(host)}:{self.port}/"
        root = api.options.root_path
        #: What a browser next to the notebook should open: relative behind a proxy.
        self.url = f"{root}/" if root else self.local_url
        config = uvicorn.Config(
            api,
            lifespan="off",
            log_config=None,
            log_level="warning",
            access_log=False,
            ws="none",
            timeout_graceful_shutdown=1,
            timeout_keep_alive=5,
            server_header=False,
            proxy_headers=False,
            ssl_keyfile=tls.keyfile if tls is not None else None,
            ssl_certfile=tls.certfile if tls is not None else None,
            ssl_keyfile_password=tls.password if tls is not None else None,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self._run, name=f"nbblocks-http-{self.port}", daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        try:
            self.server.run(sockets=[self.sock])
        except BaseException as exc:  # noqa: BLE001 - SystemExit from uvicorn on a failed start; start() raises it
            self.error = exc

    def start(self) -> None:
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started and self.thread.is_alive() and time.monotonic() < deadline:
            time.sleep(0.01)
        if not self.server.started:
            self.stop()
            raise RuntimeError(f"the HTTP server did not start on {self.local_url}: {self.error!r}")

    @property
    def running(self) -> bool:
        return self.thread.is_alive() and not self.server.should_exit

    def stop(self) -> None:
        """Stop serving: open streams end, the thread exits, the port is free."""
        self.api.stop()
        self.server.should_exit = True
        if self.thread.is_alive() and threading.current_thread() is not self.thread:
            self.thread.join(STOP_TIMEOUT)
            if self.thread.is_alive():
                self.server.force_exit = True
                self.thread.join(STOP_TIMEOUT)
        try:
            self.sock.close()
        except OSError:
            pass

    def block(self) -> None:
        """Wait like Gradio's ``launch()`` in a script: until closed or Ctrl+C."""
        try:
            while self.thread.is_alive():
                self.thread.join(0.2)
        except (KeyboardInterrupt, OSError):
            print("Keyboard interruption in main thread... closing server.")
            self.app.close()

    def footer(self) -> dict[str, Any]:
        """The app widget's ``props["footer"]``: where the API is, its API page, and how to
        call it."""
        from .api_info import is_callable, snippet

        auth = self.api.auth_gate is not None
        endpoints = [
            {"api_name": f"/{dep.api_name}", "snippet": snippet(self.local_url, dep, auth=auth)}
            for dep in self.app.dependencies
            if is_callable(dep) and dep.api_visibility == "public"
        ]
        return {"url": self.url, "api_page": f"{self.url}?view=api", "endpoints": endpoints}


def start_server(
    app: Blocks,
    engine: Engine,
    *,
    server_name: str,
    server_port: int | None,
    options: ServerOptions,
    tls: TlsFiles | None = None,
    page: PageFactory | None = None,
) -> ServerHandle:
    from .routes import HttpApi

    if is_loopback(server_name) and not options.root_path:
        options.allowed_hosts = tuple(LOOPBACK_NAMES) + ((server_name.lower(),) if server_name.lower() not in LOOPBACK_NAMES else ())
    sock = bind(server_name, server_port)
    try:
        handle = ServerHandle(app, HttpApi(app, engine, options, page=page), sock, server_name, tls)
        handle.start()
    except BaseException:
        sock.close()
        raise
    return handle
