"""The app runtime: what runs an app, above the transports.

``import nbblocks`` installs this package as the host of ``nbblocks.hosting``: the app
graph asks it for the runtime of an app (:func:`runtime_for`, one :class:`AppRuntime`
per app) and to display a block (:func:`show`). Nothing below imports it.
"""

from __future__ import annotations

from typing import Any

from .app import AppRuntime, close_all

__all__ = ["AppRuntime", "close_all", "runtime_for", "show"]


def runtime_for(app: Any) -> AppRuntime:
    """A new runtime for ``app`` (``Blocks.runtime()`` keeps it)."""
    return AppRuntime(app)


def show(block: Any) -> dict[str, Any]:
    """What Jupyter displays for ``block``: a live view of its model in its app (another
    view of the same widget when the app is already shown); a block in no app is shown
    in an app of its own."""
    from ..blocks import Blocks

    app = block.root
    if not isinstance(app, Blocks):
        with Blocks() as app:
            block.render()
    return app.runtime().mimebundle(block)
