"""Front-end sources shipped in ``nbblocks/static`` (built from ``js/``)."""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any, Protocol


class CustomViews(Protocol):
    """Where a custom component's view is kept for the page (the page runtime model)."""

    def add_custom(self, source: str, css: str) -> str: ...

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


#: Modules a view may load when it needs them (``ctx.loadLibrary(name)``): heavy code
#: that most apps never use stays out of the views (``nbblocks/static/libs/<name>.js``).
LIBRARIES = ("highlight", "math")


@functools.cache
def library_source(name: str) -> str:
    if name not in LIBRARIES:
        raise ValueError(f"no front-end library {name!r} (there are: {', '.join(LIBRARIES)})")
    return _read(STATIC / "libs" / f"{name}.js")


def component_view(name: str, runtime: CustomViews) -> tuple[str, str]:
    """``(view, view id)`` of the component class a name stands for (``"image"``, or a
    custom component's class name): what a chat message showing such a component draws
    with. The page loads the view from the runtime model by its id, as for any block."""
    from ..components._registry import component_class

    cls, _ = component_class(name)
    if getattr(cls, "_esm", None) is not None:
        return "custom", runtime.add_custom(custom_source(cls, "_esm"), custom_source(cls, "_css"))
    if not cls.VIEW:
        raise ValueError(f"{cls.__name__} has no view")
    return cls.VIEW, cls.VIEW


def asset_reply(request: dict[str, Any], runtime: CustomViews) -> dict[str, Any]:
    """The answer to a page's ``asset_request`` (``docs/protocol.md``): the view id of a
    component, or the source of a library, or why there is none."""
    kind, name = request.get("kind"), request.get("name")
    reply: dict[str, Any] = {"type": "asset", "id": request.get("id"), "page": request.get("page"), "kind": kind, "name": name}
    try:
        if not isinstance(name, str):
            raise ValueError("an asset request needs a 'name'")
        if kind == "component":
            reply["view"], reply["view_id"] = component_view(name, runtime)
        elif kind == "library":
            reply["source"] = library_source(name)
            if not reply["source"]:
                raise ValueError(f"the front-end file of {name!r} is missing (build js/)")
        else:
            raise ValueError(f"unknown asset kind {kind!r}")
    except (ValueError, TypeError) as exc:
        reply = {k: v for k, v in reply.items() if k not in ("source", "view", "view_id")}
        reply["error"] = str(exc)
    return reply
