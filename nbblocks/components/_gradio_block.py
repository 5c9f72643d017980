"""What Gradio's ``Block`` gives a component that custom-component backends reach for.

Published backends call ``self.move_resource_to_block_cache(path)``, write files into
``self.GRADIO_CACHE``, add to ``self.temp_files`` / ``self.keep_in_cache``, read
``self.proxy_url`` and mark methods with ``@server``. These work here with the same
names, over nbblocks' file cache: a file only becomes servable when it is issued by
the app's cache (``docs/files-and-images.md``), never because of the folder it is in.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from enum import Enum
from typing import Any, TypeVar

__all__ = ["GradioBlockMixin", "server", "_Keywords"]

F = TypeVar("F", bound=Callable[..., Any])
_T = TypeVar("_T")


class _Keywords(Enum):
    """Gradio 3's markers, still imported by components written for it."""

    NO_VALUE = "NO_VALUE"
    FINISHED_ITERATING = "FINISHED_ITERATING"


def server(fn: F) -> F:
    """Mark a component method as a server function: its view calls it with
    ``await ctx.server.<name>(...args)`` and gets its (JSON) result back."""
    fn._is_server_fn = True  # type: ignore[attr-defined]  # a marker on the function object
    return fn


class GradioBlockMixin:
    """Gradio's per-block attributes and file helpers, created on first use."""

    #: Gradio sets this for components of apps loaded with ``gr.load``; never here.
    proxy_url: str | None = None

    @property
    def GRADIO_CACHE(self) -> str:
        """A private folder for the files a component writes before returning them.
        Files in it are the app's own files: they are served only once a value holding
        them is postprocessed (and so issued by the app's file cache)."""
        from ..processing_utils import work_dir

        return self.__dict__.get("_gradio_cache") or work_dir()

    @GRADIO_CACHE.setter
    def GRADIO_CACHE(self, folder: str) -> None:
        self.__dict__["_gradio_cache"] = str(folder)

    @property
    def temp_files(self) -> set[str]:
        return self._gradio_attr("_temp_files", set)

    @temp_files.setter
    def temp_files(self, value: set[str]) -> None:
        self.__dict__["_temp_files"] = value

    @property
    def keep_in_cache(self) -> set[str]:
        return self._gradio_attr("_keep_in_cache", set)

    @keep_in_cache.setter
    def keep_in_cache(self, value: set[str]) -> None:
        self.__dict__["_keep_in_cache"] = value

    def _gradio_attr(self, name: str, make: Callable[[], _T]) -> _T:
        found: _T | None = self.__dict__.get(name)
        if found is None:
            found = self.__dict__[name] = make()
        return found

    def move_resource_to_block_cache(self, url_or_file_path: Any) -> str | None:
        """Store a file in the app's file cache and return its path there; a URL is
        allowed for the browser as it is (the kernel never fetches URLs)."""
        from ..processing_utils import move_resource_to_block_cache

        return move_resource_to_block_cache(url_or_file_path, self)

    def serve_static_file(self, url_or_file_path: Any) -> dict[str, Any] | None:
        """A FileData dict for a file or URL (an avatar, an icon) that the view can show."""
        from ..processing_utils import serve_static_file

        return serve_static_file(url_or_file_path)

    @property
    def server_fns(self) -> list[Callable[..., Any]]:
        """The bound methods marked with :func:`server` and those given to ``gr.HTML``
        (a list a backend may append to, as in Gradio)."""
        return self._gradio_attr("_server_fns", lambda: [getattr(self, name) for name in _server_fn_names(type(self))]  # type: ignore[arg-type]  # classes hash; mypy checks instances
                                 + list(self.__dict__.get("_extra_server_fns", [])))

    @server_fns.setter
    def server_fns(self, value: list[Callable[..., Any]]) -> None:
        self.__dict__["_server_fns"] = list(value)

    def server_fn(self, name: str) -> Callable[..., Any] | None:
        """The server function a view may call by this name, or None."""
        return next((fn for fn in self.server_fns if getattr(fn, "__name__", None) == name), None)


@functools.cache
def _server_fn_names(cls: type) -> tuple[str, ...]:
    return tuple(name for name, fn in inspect.getmembers(cls, callable) if getattr(fn, "_is_server_fn", False))
