"""Settings of one HTTP server (or one mounted ASGI app) of an app."""

from __future__ import annotations

import dataclasses
import ipaddress
import os
from collections.abc import Sequence
from typing import Any

#: The Gradio version whose HTTP API this server speaks. gradio_client reads it to pick
#: code paths: above 3.36.1 it asks ``/info`` itself, above 4.29.0 it cancels with ``/cancel``.
GRADIO_API_VERSION = "6.0.0"
API_PREFIX = "/gradio_api"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


@dataclasses.dataclass
class ServerOptions:
    """What ``launch()`` (or ``Blocks.app``) decided; every route reads it."""

    #: Show the message of exceptions other than ``gr.Error`` to clients.
    show_error: bool = False
    #: Largest upload in bytes (``None``: no limit of its own; uploads are refused anyway).
    max_file_size: int | None = None
    #: Mount point behind a reverse proxy, e.g. ``/user/me/proxy/7860`` (no trailing slash).
    root_path: str = ""
    #: Seconds without any request or open stream after which a client's session ends.
    session_timeout: float = 3600.0
    #: Most client sessions kept at once; the least recently seen idle one makes room.
    state_session_capacity: int = 10000
    #: Host header values accepted (lower case, without port); ``None`` accepts any.
    #: A server bound to a loopback address accepts only loopback names, which stops
    #: DNS-rebinding pages from reaching it through a name they control.
    allowed_hosts: tuple[str, ...] | None = None
    #: Largest JSON request body in bytes.
    max_body_size: int = 16 * 1024 * 1024
    #: Seconds a web page's session outlives its tab (a reload or a dropped connection
    #: within it keeps nothing; a reconnecting stream keeps the session).
    page_grace: float = dataclasses.field(default_factory=lambda: float(os.environ.get("NBBLOCKS_PAGE_GRACE", "10")))
    #: The icon file the web page shows (``launch(favicon_path=...)``), or None.
    favicon_path: str | None = None
    #: Seconds between keep-alive messages on open streams.
    heartbeat_interval: float = 15.0
    #: Proxies whose ``X-Forwarded-Host`` is believed: addresses or networks, or ``"*"``
    #: (uvicorn's ``forwarded_allow_ips``). ``None``: with ``root_path`` a proxy on this
    #: machine (loopback), without it none.
    forwarded_allow_ips: str | Sequence[str] | None = None
    #: ``launch(auth=...)``: a ``(user, password)`` pair, a list of them, or a function
    #: ``(user, password) -> bool``; ``None`` serves without login (``server.auth``).
    auth: Any = None
    #: HTML shown on the login page (the app author's, as Gradio shows it).
    auth_message: str | None = None
    _proxies: str | tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] | None = dataclasses.field(
        init=False, repr=False, default=None
    )

    def __post_init__(self) -> None:
        root = (self.root_path or "").strip()
        if root and not root.startswith("/"):
            root = "/" + root
        self.root_path = root.rstrip("/")
        if self.session_timeout <= 0:
            raise ValueError("session_timeout must be a positive number of seconds")
        if not isinstance(self.state_session_capacity, int) or self.state_session_capacity < 1:
            raise ValueError("state_session_capacity must be a positive int")
        if self.max_file_size is not None and (not isinstance(self.max_file_size, int) or self.max_file_size < 0):
            raise ValueError("max_file_size must be a number of bytes (int), a size such as '5mb', or None")
        self._proxies = _proxy_networks(self.forwarded_allow_ips)
        if self.auth is not None:
            from .auth import accounts

            accounts(self.auth)  # a wrong auth= fails here, at launch, not at the first login

    def trusts_forwarded(self, client: Sequence[Any] | None) -> bool:
        """Whether a request from ``client`` (the ASGI scope's peer) comes through a
        proxy the app is configured to sit behind, so its forwarded headers count."""
        if self._proxies == "*":
            return True
        if not client:
            return False
        try:
            address = ipaddress.ip_address(str(client[0]).split("%")[0])
        except ValueError:
            return False
        if self._proxies is None:
            return bool(self.root_path) and address.is_loopback
        return any(address in network for network in self._proxies)


def _proxy_networks(value: str | Sequence[str] | None) -> str | tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...] | None:
    if value is None:
        return None
    items = [part.strip() for part in value.split(",")] if isinstance(value, str) else [str(v).strip() for v in value]
    items = [item for item in items if item]
    if "*" in items:
        return "*"
    networks = []
    for item in items:
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(f"forwarded_allow_ips: {item!r} is not an IP address, a network such as '10.0.0.0/8', or '*'") from None
    return tuple(networks)


def parse_size(value: int | str | None) -> int | None:
    """Gradio's ``max_file_size``: an int of bytes or a string such as ``"5mb"``."""
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, str):
        text = value.strip().lower().replace(" ", "")
        units = {"tb": 1024**4, "gb": 1024**3, "mb": 1024**2, "kb": 1024, "b": 1}
        for suffix, factor in units.items():
            if text.endswith(suffix):
                number = text[: -len(suffix)]
                try:
                    return int(float(number) * factor)
                except ValueError:
                    break
    raise ValueError(f"max_file_size must be a number of bytes or a string such as '5mb', got {value!r}")
