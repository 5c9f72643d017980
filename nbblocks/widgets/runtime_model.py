"""``PageRuntime``: the one widget model per kernel that brings the front end to a page.

Its ``_esm`` is a small loader (``nbblocks/static/boot.js``) that brings the shared runtime
(``runtime.js``) into the page once per kernel, not once per block; every block model's
``_esm`` is a stub that mounts through it (``docs/frontend.md``). In JupyterLab and
Notebook 7 the loader takes the runtime and the built-in views from the Jupyter server
(``nbblocks/jupyter_server.py``) by the build named in ``static_id``; everything is also
here, on the comm, for pages that cannot: a page asks for each file it needs, once:
``{"type": "view_request", "id"}`` is answered with ``{"type": "view", "id", "css"}`` and
the source as a binary buffer, or ``{"type": "view_error", "id", "message"}``
(``docs/protocol.md``). The runtime is ``runtime``; built-in views are named by their view
name; a custom component's ``_esm`` and ``_css`` are registered here and named by their
hash; a library a view loads on demand (``ctx.loadLibrary(name)``) is ``library-<name>``.

It is the kernel's front-end asset store, as the comm it lives on is the kernel's: one
instance per process, made when the first app is displayed and again after it was closed.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import Counter
from typing import Any

import traitlets

from .anymodel import AnyModel
from .assets import boot_source, is_view_name, library_source, runtime_source, static_id, view_source
from .model import NO_LAYOUT

log = logging.getLogger("nbblocks")

__all__ = ["PageRuntime", "page_runtime", "LIBRARY_PREFIX", "RUNTIME_ID"]

#: The ids of libraries (``library-plotly``) beside those of views.
LIBRARY_PREFIX = "library-"
#: The id the loader asks for the runtime itself by (no view has this name).
RUNTIME_ID = "runtime"


class PageRuntime(AnyModel):
    """The page runtime's model: the loader as its ``_esm``, the runtime and views on request."""

    _esm = traitlets.Unicode("").tag(sync=True)
    #: The build of the front end this kernel has (``assets.static_id``): the page asks the
    #: Jupyter server for that build's files, and this model for them when it cannot.
    static_id = traitlets.Unicode("").tag(sync=True)
    #: The ids of the views this kernel's apps show, named as soon as an app is displayed
    #: and before its block models are made: the page loads them while the kernel is still
    #: making the models, rather than once the app's blocks mount.
    views = traitlets.List(traitlets.Unicode()).tag(sync=True)
    layout = NO_LAYOUT

    def __init__(self) -> None:
        self._custom: dict[str, tuple[str, str]] = {}
        self._lock = threading.Lock()
        #: How often pages asked for each view (each page asks once per view it shows).
        self.requests: Counter[str] = Counter()
        super().__init__(_esm=boot_source(), static_id=static_id())
        self.on_msg(self._handle)

    @property
    def ref(self) -> str:
        """How a block model names this one (its ``runtime`` trait)."""
        return f"anywidget:{self.model_id}"

    def announce(self, view_ids: list[str]) -> None:
        """Add ``view_ids`` to ``views`` (a page loads each once; nothing is sent when
        they are all there already)."""
        with self._lock:
            views = sorted({*self.views, *view_ids})
            if views == self.views:
                return
        self.views = views

    def add_custom(self, source: str, css: str) -> str:
        """Register a custom component's view; returns the id pages ask for it by."""
        digest = hashlib.sha256(f"{source}\0{css}".encode()).hexdigest()[:20]
        view_id = f"custom-{digest}"
        with self._lock:
            self._custom[view_id] = (source, css)
        return view_id

    def source(self, view_id: Any) -> tuple[str, str]:
        """``(module source, custom CSS)`` of a view; ``LookupError`` for an unknown id."""
        if not isinstance(view_id, str):
            raise LookupError(f"a view id is a string, got {type(view_id).__name__}")
        with self._lock:
            custom = self._custom.get(view_id)
        if custom is not None:
            return custom
        if view_id == RUNTIME_ID:
            source = runtime_source()
            if not source:
                raise LookupError("nbblocks' runtime.js is missing; build js/")
            return source, ""
        if view_id.startswith(LIBRARY_PREFIX):
            return library_source(view_id[len(LIBRARY_PREFIX):]), ""
        source = view_source(view_id) if is_view_name(view_id) else ""
        if not source:
            raise LookupError(f"nbblocks has no view {view_id!r}")
        return source, ""

    def _handle(self, _widget: Any, content: Any, buffers: list[Any]) -> None:
        if not isinstance(content, dict) or content.get("type") != "view_request":
            log.warning("nbblocks: the page runtime ignored a message: %.200r", content)
            return
        view_id = content.get("id")
        with self._lock:
            self.requests[str(view_id)] += 1
        try:
            source, css = self.source(view_id)
        except LookupError as exc:
            log.warning("nbblocks: a page asked for a view that does not exist: %s", exc)
            self.send({"type": "view_error", "id": view_id, "message": str(exc)})
            return
        self.send({"type": "view", "id": view_id, "css": css}, [source.encode("utf-8")])


_current: PageRuntime | None = None
_current_lock = threading.Lock()


def page_runtime() -> PageRuntime:
    """This kernel's page runtime model, made on first use (and again if it was closed)."""
    global _current
    with _current_lock:
        if _current is None or _current.comm is None:
            _current = PageRuntime()
        return _current
