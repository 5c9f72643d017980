"""What the server logs while a test runs: records of nbblocks and uvicorn, waitable."""

from __future__ import annotations

import logging
import threading
from typing import Callable

LOGGERS = ("nbblocks", "uvicorn", "uvicorn.error", "python_multipart")


class ServerLog(logging.Handler):
    """``with ServerLog() as log: ...``: every record of the server's loggers at ``level``
    or above; ``wait_for`` waits until a record matches (an event, not a sleep)."""

    def __init__(self, level: int = logging.DEBUG) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []
        self._changed = threading.Condition()
        self._levels: dict[str, int] = {}

    def emit(self, record: logging.LogRecord) -> None:
        with self._changed:
            self.records.append(record)
            self._changed.notify_all()

    def __enter__(self) -> ServerLog:
        for name in LOGGERS:
            logger = logging.getLogger(name)
            self._levels[name] = logger.level
            if logger.getEffectiveLevel() > self.level:
                logger.setLevel(self.level)
            logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        for name in LOGGERS:
            logger = logging.getLogger(name)
            logger.removeHandler(self)
            logger.setLevel(self._levels.get(name, logging.NOTSET))

    def at(self, level: int, since: int = 0) -> list[logging.LogRecord]:
        """Records at ``level`` or above, from the ``since``-th on (see ``mark``)."""
        with self._changed:
            return [r for r in self.records[since:] if r.levelno >= level]

    def mark(self) -> int:
        """Where the records end now: ``at(level, since=mark)`` gives only newer ones."""
        with self._changed:
            return len(self.records)

    @property
    def errors(self) -> list[logging.LogRecord]:
        return self.at(logging.ERROR)

    def wait_for(self, predicate: Callable[[logging.LogRecord], bool], timeout: float = 30) -> logging.LogRecord | None:
        """The first record matching ``predicate``, waiting up to ``timeout`` for it."""
        found: list[logging.LogRecord] = []

        def match() -> bool:
            found[:] = [r for r in self.records if predicate(r)][:1]
            return bool(found)

        with self._changed:
            self._changed.wait_for(match, timeout)
        return found[0] if found else None
