"""The process-wide store of bytes: ``<root>/<sha256>/<safe name>``, each content once.

One private temporary directory per process (``nbblocks-files-XXXX``, mode 0o700,
removed at interpreter exit). A second name for the same bytes is a hard link, so equal
bytes are stored once whatever they are called; a content is deleted when no cache
entry uses it any more.
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
    """``<root>/<sha256>/<name>``: bytes stored once, counted by the entries using them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._root: Path | None = None
        self._refs: dict[str, int] = {}

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

    def commit(self, tmp: str, sha: str, name: str) -> Path:
        """Move a finished temporary file to its place (or drop it if the bytes are there)."""
        root = self.root
        with self._lock:
            folder = root / sha
            target = folder / name
            if folder.is_dir():
                if not target.exists():
                    existing = next((p for p in folder.iterdir() if p.is_file()), None)
                    if existing is None:
                        os.replace(tmp, target)
                        tmp = ""
                    else:
                        try:
                            os.link(existing, target)
                        except OSError:
                            os.replace(tmp, target)
                            tmp = ""
                if tmp:
                    os.unlink(tmp)
            else:
                folder.mkdir()
                os.replace(tmp, target)
            self._refs[sha] = self._refs.get(sha, 0) + 1
            return target

    def release(self, sha: str) -> None:
        with self._lock:
            left = self._refs.get(sha, 0) - 1
            if left > 0:
                self._refs[sha] = left
                return
            self._refs.pop(sha, None)
            root = self._root
        if root is not None:
            shutil.rmtree(root / sha, ignore_errors=True)

    def stored(self) -> int:
        """How many distinct contents are on disk (for tests and diagnostics)."""
        with self._lock:
            return len(self._refs)

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
