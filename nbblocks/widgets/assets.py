"""Front-end sources shipped in ``nbblocks/static`` (built from ``js/``), and libraries
views load when they need them."""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Any, Protocol

from .._static_build import MANIFEST, STATIC, build_id


class CustomViews(Protocol):
    """Where a custom component's view is kept for the page (the page runtime model)."""

    def add_custom(self, source: str, css: str) -> str: ...

log = logging.getLogger("nbblocks")


@functools.cache
def runtime_source() -> str:
    """The page runtime, which the runtime model's loader imports (from the Jupyter server,
    or from the kernel when the server does not have this build)."""
    return _read(STATIC / "runtime.js")


@functools.cache
def boot_source() -> str:
    """The ``_esm`` of the one runtime model per kernel: the loader that brings the runtime."""
    return _read(STATIC / "boot.js")


@functools.cache
def static_id() -> str:
    """The build of ``nbblocks/static`` this kernel's sources are (``_static_build``). A
    page asks the Jupyter server for ``nbblocks/static/<static_id>/<file>``; the server
    answers only when it has that very build (``nbblocks/jupyter_server.py``). ``""``
    without a manifest: the page then takes everything from the kernel."""
    try:
        manifest = (STATIC / MANIFEST).read_bytes()
    except FileNotFoundError:
        return ""
    return build_id(manifest)


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


# -- libraries ----------------------------------------------------------------------------
#
# Heavy code few apps need (plotting, syntax highlighting, math) is not inside any view: a
# view asks for it with ``await ctx.loadLibrary(name)`` the first time it draws something
# that needs it, and the page runtime fetches it by the id ``library-<name>`` like a view,
# once per page (``docs/frontend.md``). Most are bundled from npm into ``nbblocks/static/libs/``; BokehJS
# comes from the installed bokeh package, whose version it must match.

_LIBRARY_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
#: BokehJS bundles (``bokeh/server/static/js/<name>.min.js``); plugins need ``bokeh`` first.
BOKEH_BUNDLES = ("bokeh", "bokeh-widgets", "bokeh-tables", "bokeh-gl", "bokeh-mathjax")


def library_names() -> list[str]:
    """Every library a page may ask for (the built ones, then BokehJS's bundles)."""
    folder = STATIC / "libs"
    built = sorted(p.stem for p in folder.glob("*.js")) if folder.is_dir() else []
    return built + [b for b in BOKEH_BUNDLES if b not in built]


def library_source(name: str) -> str:
    """A library's ES module source; ``LookupError`` when there is no such library (or
    BokehJS is asked for without bokeh installed)."""
    if not isinstance(name, str) or not _LIBRARY_NAME.match(name):
        raise LookupError(f"not a library name: {name!r}")
    if name in BOKEH_BUNDLES:
        return _bokeh_module(name)
    path = STATIC / "libs" / f"{name}.js"
    if not path.is_file():
        raise LookupError(f"nbblocks has no front-end library {name!r} (there are: {', '.join(library_names())})")
    source = _read_library(path)
    if not source:
        raise LookupError(f"the front-end library {name!r} is empty; build js/")
    return source


@functools.cache
def _read_library(path: Path) -> str:
    return _read(path)


def _bokeh_dir() -> tuple[Path, str]:
    """Where the installed bokeh keeps BokehJS, and its version (bokeh is not imported)."""
    import importlib.util
    from importlib import metadata

    spec = importlib.util.find_spec("bokeh")
    if spec is None or not spec.submodule_search_locations:
        raise LookupError("BokehJS comes from the bokeh package, which is not installed in the kernel (pip install bokeh)")
    root = Path(next(iter(spec.submodule_search_locations)))
    return root / "server" / "static" / "js", metadata.version("bokeh")


@functools.cache
def _bokeh_module(name: str) -> str:
    """A BokehJS bundle as an ES module. The bundles are scripts that register themselves
    on ``globalThis.Bokeh`` (plugins onto the core of their version); the module runs one
    and exports that version's ``Bokeh``."""
    folder, version = _bokeh_dir()
    path = folder / f"{name}.min.js"
    if not path.is_file():
        raise LookupError(f"the installed bokeh {version} has no {path.name}")
    source = path.read_text(encoding="utf-8")
    return (f"// BokehJS {version}: {path.name} from the installed bokeh package\n"
            f"(function () {{\n{source}\n}}).call(globalThis);\n"
            f"export default globalThis.Bokeh ? globalThis.Bokeh[{version!r}] ?? globalThis.Bokeh : undefined;\n")


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
    component, or why there is none (libraries are asked of the page runtime model)."""
    kind, name = request.get("kind"), request.get("name")
    reply: dict[str, Any] = {"type": "asset", "id": request.get("id"), "page": request.get("page"), "kind": kind, "name": name}
    try:
        if not isinstance(name, str):
            raise ValueError("an asset request needs a 'name'")
        if kind == "component":
            reply["view"], reply["view_id"] = component_view(name, runtime)
        else:
            raise ValueError(f"unknown asset kind {kind!r}")
    except (LookupError, ValueError, TypeError) as exc:
        reply = {k: v for k, v in reply.items() if k not in ("view", "view_id")}
        reply["error"] = str(exc)
    return reply
