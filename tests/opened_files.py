"""Which files this process opens while a block of test code runs (a Python audit hook).

Used to show that a request was refused without anything being read: ``with watch_opens()
as opened: ...`` then look at ``opened``.
"""

from __future__ import annotations

import os
import sys
import threading

_watch = threading.Event()
_opened: list[str] = []


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _watch.is_set():
        path = args[0]
        if isinstance(path, (str, bytes, os.PathLike)):
            _opened.append(os.fsdecode(path))


sys.addaudithook(_audit)


class watch_opens:
    """Records the paths opened inside the ``with`` block (any thread)."""

    def __enter__(self) -> list[str]:
        _opened.clear()
        _watch.set()
        return _opened

    def __exit__(self, *exc: object) -> None:
        _watch.clear()
