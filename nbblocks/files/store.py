"""The process-wide store of bytes: ``<root>/<token>/<safe name>``, one file per entry.

One private temporary directory per process (``nbblocks-files-XXXX``, mode 0o700,
removed at interpreter exit). A file is never shared with another entry (no hard links,
no content addressing on disk): a function that writes into the file it was given changes
no other entry, and a download sends what is on disk. Caches decide which entries share
bytes (the kernel's own repeated outputs reuse one entry); the store only keeps files.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from pathlib import Path

#: Bytes read or written at a time.
CHUNK = 1 << 20


class Store:
    """``<root>/<token>/<name>``: one file per entry, never shared with another entry."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._root: Path | None = None
        self._files: set[Path] = set()

    @property
    def root(self) -> Path:
        with self._lock:
            if self._root is None:
                self._root = Path(tempfile.mkdtemp(prefix="nbblocks-files-"))  # mode 0o700
                atexit.register(self._remove_all)
            return self._root

    def incoming(self) -> tuple[int, str]:
        """A new private temporary file inside the store, for bytes still arriving."""
        return tempfile.mkstemp(dir=self.root, prefix=".incoming-")

    def commit(self, tmp: str, token: str, name: str) -> Path:
        """Move a finished temporary file to the entry's own place."""
        folder = self.root / token
        folder.mkdir()
        target = folder / name
        os.replace(tmp, target)
        with self._lock:
            self._files.add(target)
        return target

    def release(self, path: Path) -> None:
        """Delete an entry's file (and its folder)."""
        with self._lock:
            self._files.discard(path)
        shutil.rmtree(path.parent, ignore_errors=True)

    def stored(self) -> int:
        """How many files are on disk (for tests and diagnostics)."""
        with self._lock:
            return len(self._files)

    def _remove_all(self) -> None:
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)


#: The one store of this process.
store = Store()


def unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
