"""Front-end sources shipped in ``nbblocks/static`` (built from ``js/``)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any

STATIC = Path(__file__).resolve().parent.parent / "static"
log = logging.getLogger("nbblocks")


@functools.lru_cache(maxsize=None)
def runtime_source() -> str:
    return _read(STATIC / "runtime.js")


@functools.lru_cache(maxsize=None)
def view_source(view: str) -> str:
    if not view.replace("_", "").isalnum():
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
    if isinstance(value, Path) or (isinstance(value, str) and "\n" not in value and value.endswith((".js", ".mjs", ".css")) and Path(value).is_file()):
        return Path(value).read_text(encoding="utf-8")
    return str(value)


#: Modules a view may load when it needs them (``ctx.loadLibrary(name)``): heavy code
#: that most apps never use stays out of the views (``nbblocks/static/libs/<name>.js``).
LIBRARIES = ("highlight", "math")


@functools.lru_cache(maxsize=None)
def library_source(name: str) -> str:
    if name not in LIBRARIES:
        raise ValueError(f"no front-end library {name!r} (there are: {', '.join(LIBRARIES)})")
    return _read(STATIC / "libs" / f"{name}.js")


def component_view_source(name: str) -> tuple[str, str, str]:
    """The view of the component class a name stands for (``"image"``, or a custom
    component's class name), its source and its CSS: what a chat message showing such a
    component draws with."""
    from ..components._registry import component_class

    cls, _ = component_class(name)
    if getattr(cls, "_esm", None) is not None:
        return "custom", custom_source(cls, "_esm"), custom_source(cls, "_css")
    if not cls.VIEW:
        raise ValueError(f"{cls.__name__} has no view")
    return cls.VIEW, view_source(cls.VIEW), ""


def asset_reply(request: dict[str, Any]) -> dict[str, Any]:
    """The answer to a page's ``asset_request`` (``docs/protocol.md``): the source of a
    component's view or of a library, or why there is none."""
    kind, name = request.get("kind"), request.get("name")
    reply: dict[str, Any] = {"type": "asset", "id": request.get("id"), "page": request.get("page"), "kind": kind, "name": name}
    try:
        if not isinstance(name, str):
            raise ValueError("an asset request needs a 'name'")
        if kind == "component":
            reply["view"], reply["source"], reply["css"] = component_view_source(name)
        elif kind == "library":
            reply["source"] = library_source(name)
        else:
            raise ValueError(f"unknown asset kind {kind!r}")
        if not reply["source"]:
            raise ValueError(f"the front-end file of {name!r} is missing (build js/)")
    except (ValueError, TypeError) as exc:
        reply.pop("source", None)
        reply["error"] = str(exc)
    return reply
