"""Static snapshots: an app drawn as plain HTML, as it looks now.

A saved notebook keeps this beside the live view, so GitHub, nbviewer, ``nbconvert`` and
docs builds show the app (labels, current values, thumbnails) without a kernel or
JavaScript. ``render_app`` reads one session's values (the notebook's, or the initial
values); it never touches the widgets. See ``docs/sharing-notebooks.md``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Values
    from .page import render_app
    from .registry import renderer

__all__ = ["Values", "enabled", "render_app", "renderer"]

ENV = "NBBLOCKS_SNAPSHOT"


def enabled(option: bool | None = None) -> bool:
    """Whether a displayed app leaves a snapshot: the option when given, else the
    ``NBBLOCKS_SNAPSHOT`` environment variable (``0``/``false``/``no``/``off`` turn it off)."""
    if option is not None:
        return option
    return os.environ.get(ENV, "1").strip().lower() not in {"0", "false", "no", "off"}


def __getattr__(name: str) -> Any:
    """The renderers load when a snapshot is first drawn: a notebook page gets the HTML
    only after drawing the app, so ``enabled`` is all the first display needs."""
    if name == "render_app":
        from .page import render_app

        return render_app
    if name == "Values":
        from .base import Values

        return Values
    if name == "renderer":
        from .registry import renderer

        return renderer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
