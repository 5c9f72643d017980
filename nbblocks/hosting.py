"""The one seam between describing an app and running it.

``Blocks`` (the app graph) and every ``Block`` describe an app; the *app runtime*
(``nbblocks.app_runtime``) runs it: its engine and sessions, its notebook view, its HTTP
server. Nothing below the runtime imports it. ``Blocks`` asks this module for "the
runtime of this app" (``Blocks.runtime()`` keeps the one it got until the app closes),
and displaying a block asks it to show the block. ``import nbblocks`` installs the host
behind it: a function that imports ``nbblocks.app_runtime`` on first use, so building an app
loads nothing that runs one.

Everything the app graph does with a running app goes through :class:`Runtime`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

__all__ = ["Host", "Runtime", "host", "install"]


class Runtime(Protocol):
    """What runs one app (``nbblocks.app_runtime.AppRuntime``): what ``Blocks.launch``,
    ``close``, display, ``demo.app``, ``demo.engine`` and ``demo.view()`` reach."""

    @property
    def engine(self) -> Any:
        """The app's engine (``nbblocks.engine.Engine``), created on first use."""
        ...

    def view(self) -> Any:
        """The notebook's session as widget models (``nbblocks.widgets.AppView``)."""
        ...

    @property
    def asgi(self) -> Any:
        """The ASGI app of the HTTP API: the running server's, or one to mount."""
        ...

    @property
    def local_url(self) -> str | None: ...

    @property
    def server_port(self) -> int | None: ...

    def launch(self, **options: Any) -> Any:
        """``Blocks.launch``'s arguments, by name."""
        ...

    def mimebundle(self, block: Any) -> dict[str, Any]:
        """What Jupyter displays for ``block`` of this app."""
        ...

    def snapshot(self) -> str:
        """The app as static HTML (``Blocks.to_html``)."""
        ...

    def close(self) -> None: ...


class Host(Protocol):
    """What the installed runtime offers (the ``nbblocks.app_runtime`` module)."""

    def runtime_for(self, app: Any) -> Runtime:
        """A new runtime for ``app`` (a ``Blocks``)."""
        ...

    def show(self, block: Any) -> dict[str, Any]:
        """What Jupyter displays for ``block`` (one in no app is shown in an app of its own)."""
        ...


_loader: Callable[[], Host] | None = None
_host: Host | None = None


def install(loader: Callable[[], Host]) -> None:
    """Set what runs apps: ``loader()`` gives the host, called on first use."""
    global _loader, _host
    _loader, _host = loader, None


def host() -> Host:
    """The installed host (``import nbblocks`` installs ``nbblocks.app_runtime``). Two
    threads asking first both get the same module: the import system loads it once."""
    global _host
    if _host is None:
        if _loader is None:
            raise RuntimeError("no app runtime is installed; import nbblocks first")
        _host = _loader()
    return _host
