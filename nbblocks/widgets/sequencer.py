"""Handle each page's messages in the order the page sent them.

JupyterLab may deliver widget messages on several kernel threads at once (kernel
subshells), so a user's edit could otherwise be handled after the click that followed
it. Every message carries ``page`` and a per-app ``seq``; a message that arrives early
waits (briefly) for the ones before it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

HOLD_SECONDS = 0.5  # how long an early message waits for a missing one before going on


class _Page:
    __slots__ = ("expected", "held", "timer")

    def __init__(self) -> None:
        self.expected: int | None = None
        self.held: dict[int, Callable[[], None]] = {}
        self.timer: threading.Timer | None = None


class Sequencer:
    def __init__(self, hold: float = HOLD_SECONDS):
        self.hold = hold
        self._pages: dict[str, _Page] = {}
        self._lock = threading.RLock()  # runs happen under it, so they stay in order

    def push(self, page: str, seq: int, run: Callable[[], None]) -> None:
        with self._lock:
            state = self._pages.setdefault(page, _Page())
            if state.expected is None:
                state.expected = seq
            if seq < state.expected:
                run()  # late (its successors already ran after a timeout): do not lose it
                return
            state.held[seq] = run
            self._drain(state)
            if state.held and state.timer is None:
                state.timer = threading.Timer(self.hold, self._skip_gap, args=(page,))
                state.timer.daemon = True
                state.timer.start()

    def _drain(self, state: _Page) -> None:
        while state.expected in state.held:
            run = state.held.pop(state.expected)
            state.expected += 1
            run()

    def _skip_gap(self, page: str) -> None:
        with self._lock:
            state = self._pages.get(page)
            if state is None:
                return
            state.timer = None
            if state.held:
                state.expected = min(state.held)
                self._drain(state)
            if state.held:
                state.timer = threading.Timer(self.hold, self._skip_gap, args=(page,))
                state.timer.daemon = True
                state.timer.start()

    def close(self) -> None:
        with self._lock:
            for state in self._pages.values():
                if state.timer is not None:
                    state.timer.cancel()
            self._pages.clear()
