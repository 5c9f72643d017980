"""Waiting in tests: for an event, with one generous upper bound.

A test never sleeps to let something happen. It waits for a signal (a
``threading.Event``, ``Frontend.wait``/``Frontend.wait_for``, a log or output line, a
server that answers) and gives up only after ``WAIT`` seconds, which is far longer than
anything takes on a busy two-core machine, so a deadline is a hang caught, never a race.
"""

from __future__ import annotations

import time
from typing import Callable, TypeVar

T = TypeVar("T")

#: Seconds any wait in a test may take before the test fails.
WAIT = 60.0

_POLL = 0.01  # seconds between looks, for states that no event announces


def eventually(predicate: Callable[[], T], timeout: float = WAIT) -> T:
    """The first true value of ``predicate()``; its last (false) value after ``timeout``.

    For states that nothing signals (a file a sweeper deletes, a counter another thread
    moves), checked every 10 ms: ``assert eventually(lambda: not path.exists())``.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() >= deadline:
            return value
        time.sleep(_POLL)
