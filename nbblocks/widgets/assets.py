"""Front-end sources shipped in ``nbblocks/static`` (built from ``js/``)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path

STATIC = Path(__file__).resolve().parent.parent / "static"
log = logging.getLogger("nbblocks")


@functools.cache
def runtime_source() -> str:
    """The page runtime: the ``_esm`` of the one runtime model per kernel."""
    return _read(STATIC / "runtime.js")


@functools.cache
def block_source() -> str:
    """The ``_esm`` of every block model: a stub that mounts through the page runtime."""
    return _read(STATIC / "block.js")


def is_view_name(view: str) -> bool:
    return bool(view) and view.replace("_", "").isalnum()


@functools.cache
def view_source(view: str) -> str:
    """A built-in view's module (``""`` when it was not built)."""
    if not is_view_name(view):
        raise ValueError(f"not a view name: {view!r}")
    return _read(STATIC / "views" / f"{view}.js")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        log.warning("nbblocks: front-end file %s is missing; build it with `npm --prefix js ci && npm --prefix js run build`", path)
        return ""


def custom_source(obj: object, attr: str) -> str:
    """A custom component's ``_esm``/``_css``: inline source, or the text of a file."""
    value = getattr(obj, attr, None)
    if value is None:
        return ""
    is_path = isinstance(value, str) and "\n" not in value and value.endswith((".js", ".mjs", ".css")) and Path(value).is_file()
    if isinstance(value, Path) or is_path:
        return Path(value).read_text(encoding="utf-8")
    return str(value)
