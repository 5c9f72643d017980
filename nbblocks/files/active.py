"""Which file cache the code running now uses.

``preprocess``/``postprocess`` store and read files through :func:`current`: the cache of
the app whose event is running (the engine makes it current for the whole job, worker
threads included, with :func:`use`), else the cache of the app being built (``with
gr.Blocks():`` announces itself with :func:`building`), else :func:`default_cache`.
Nothing here knows what an app is: whoever runs or builds one says which cache it uses.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cache import FileCache

_current: contextvars.ContextVar[FileCache | None] = contextvars.ContextVar("nbblocks_file_cache", default=None)
#: The app being built: a function giving its cache (created on first use).
_building: contextvars.ContextVar[Callable[[], FileCache] | None] = contextvars.ContextVar(
    "nbblocks_file_cache_building", default=None)
_default: FileCache | None = None
_default_lock = threading.Lock()


def default_cache() -> FileCache:
    """The cache of values made outside any app (a component built with ``render=False``
    before its app); every app's cache also finds its handles. Lives until exit."""
    from .cache import FileCache

    global _default
    with _default_lock:
        if _default is None:
            _default = FileCache()
        return _default


def current() -> FileCache:
    """The cache ``preprocess``/``postprocess`` use now (see the module's docstring)."""
    cache = _current.get()
    if cache is not None:
        return cache
    building = _building.get()
    return building() if building is not None else default_cache()


def use(cache: FileCache) -> contextvars.Token[FileCache | None]:
    """Make ``cache`` current for this context; undo with :func:`unuse`."""
    return _current.set(cache)


def unuse(token: contextvars.Token[FileCache | None]) -> None:
    _current.reset(token)


def building(cache_of_app: Callable[[], FileCache] | None) -> contextvars.Token[Callable[[], FileCache] | None]:
    """An app is being built in this context (None: none is); undo with :func:`built`."""
    return _building.set(cache_of_app)


def built(token: contextvars.Token[Callable[[], FileCache] | None]) -> None:
    _building.reset(token)


class bind:
    """``with files.bind(app.files): ...``: the cache of the code that runs inside,
    including worker threads started from it."""

    def __init__(self, cache: FileCache):
        self.cache = cache
        self._token: contextvars.Token[FileCache | None] | None = None

    def __enter__(self) -> FileCache:
        self._token = _current.set(self.cache)
        return self.cache

    def __exit__(self, *exc: Any) -> None:
        if self._token is not None:
            _current.reset(self._token)
            self._token = None
