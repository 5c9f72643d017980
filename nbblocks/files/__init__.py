"""Files: every file that crosses a boundary is stored, one file per entry, and known by
an opaque handle. Only handles the cache issued are ever served or opened.

- :mod:`~nbblocks.files.store`: the process-wide files on disk, one per entry;
- :mod:`~nbblocks.files.cache`: one app's :class:`FileCache`, its table of handles (the
  allow-list), uploads, pending images, serving;
- :mod:`~nbblocks.files.active`: which cache the running code uses;
- :mod:`~nbblocks.files.values`: FileData inside values (the one test and the one
  walker), checking what a client sent, adopting what a function returned, flagging;
- :mod:`~nbblocks.files.names`: safe names, URLs, MIME types.
- :mod:`~nbblocks.files.ranges`: parts of a file (comm requests with an offset, HTTP
  range requests), so a player can seek in a long file.

URLs given by the app author are remembered and shown by the browser directly; a URL a
client sends is refused, and the kernel never fetches one. See ``docs/files-and-images.md``.
Names load on first use, so importing this package costs nothing until a file is handled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._lazy import lazy_attributes

_LAZY: dict[str, str] = {
    "FileCache": ".cache", "Entry": ".cache", "Upload": ".cache", "ServedFile": ".cache",
    "PendingFile": ".cache", "FileTooLarge": ".cache", "FileRefused": ".cache", "FileGone": ".cache",
    "PENDING_BUDGET": ".cache", "INLINE_SAFE": ".cache",
    "CHUNK": ".store",
    "safe_filename": ".names", "MAX_NAME_BYTES": ".names", "is_url": ".names", "human_size": ".names", "guess_mime": ".names",
    "path_of": ".names",
    "current": ".active", "bind": ".active", "use": ".active", "unuse": ".active", "building": ".active", "built": ".active",
    "default_cache": ".active",
    "is_file_data": ".values", "map_file_data": ".values", "file_data_in": ".values",
    "holds_files": ".values", "check_client_value": ".values", "localize": ".values", "keep_files": ".values",
    "adopt_paths": ".values", "copy_out": ".values", "issue_again": ".values",
}

__all__ = [
    "CHUNK", "Entry", "MAX_NAME_BYTES", "FileCache", "FileGone", "FileRefused", "FileTooLarge", "INLINE_SAFE", "PENDING_BUDGET",
    "PendingFile",
    "ServedFile", "Upload", "adopt_paths", "bind", "building", "built", "check_client_value", "copy_out", "current",
    "default_cache", "file_data_in", "guess_mime", "holds_files", "human_size", "is_file_data", "is_url",
    "issue_again", "keep_files", "localize", "map_file_data", "path_of", "safe_filename", "unuse", "use",
]

_lazy_getattr, __dir__ = lazy_attributes(__name__, _LAZY, globals())


def __getattr__(name: str) -> Any:
    if name == "_store":  # the process-wide store, for tests and diagnostics
        from .store import store

        return store
    return _lazy_getattr(name)


if TYPE_CHECKING:
    from .active import bind, building, built, current, default_cache, unuse, use
    from .cache import (
        INLINE_SAFE,
        PENDING_BUDGET,
        Entry,
        FileCache,
        FileGone,
        FileRefused,
        FileTooLarge,
        PendingFile,
        ServedFile,
        Upload,
    )
    from .names import MAX_NAME_BYTES, guess_mime, human_size, is_url, path_of, safe_filename
    from .store import CHUNK
    from .values import (
        adopt_paths,
        check_client_value,
        copy_out,
        file_data_in,
        holds_files,
        is_file_data,
        issue_again,
        keep_files,
        localize,
        map_file_data,
    )
