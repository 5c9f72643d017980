"""Keeping an app's snapshot output current in the notebook.

When a kernel displays an app, the snapshot (``nbblocks.snapshot``) is shown as an output
of its own, with a display id, beside the live view. After what the notebook session
shows changes, the output is replaced by that id: debounced after events settle, and
after every cell that changed it (so ``nbconvert --execute`` and a notebook saved at any
moment keep the last state). Only the snapshot output is replaced: the live view's output
is never touched, so focus, scroll and half-typed text stay.

A cell run from a notebook page (JupyterLab, Notebook 7) first shows an empty text
output under that display id, and the HTML replaces it once the page says it drew the app
(and the session is quiet), or after ``PAGE_WAIT`` seconds: JupyterLab typesets every
HTML output with MathJax, whose first use in a page loads it, which would otherwise
happen while the page draws the app. A cell run without a page (nbclient, nbconvert,
nbval) gets the HTML at once, as before.
"""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any, Protocol

from .. import _kernel

log = logging.getLogger("nbblocks")

#: Seconds without changes before the snapshot is drawn again.
DEBOUNCE = 0.5
#: Seconds after a display from a notebook page before the HTML is sent even if the page
#: never said it drew the app (a hidden tab, a page that cannot run the widget).
PAGE_WAIT = 5.0
#: What a notebook page shows under the snapshot's display id until the app is drawn: an
#: output JupyterLab draws without typesetting (and nothing visible).
PLACEHOLDER: dict[str, Any] = {"text/plain": ""}


class Drawn(Protocol):
    """What the outputs need of the app's runtime (``AppRuntime``)."""

    def snapshot(self) -> str: ...

    def view(self) -> Any: ...


class SnapshotOutputs:
    """The snapshot outputs of one app in the notebook, and their refreshing."""

    def __init__(self, runtime: Drawn, debounce: float = DEBOUNCE):
        self.runtime = runtime
        self.debounce = debounce
        self._lock = threading.Lock()
        self._drawing = threading.Lock()  # one refresh at a time: the newest is sent last
        self._ids: list[str] = []
        self._dirty = False
        self._timer: threading.Timer | None = None
        self._watching = False
        self._shell: Any = None
        #: A notebook page displayed the app: the HTML waits until it drew it.
        self._awaiting_page = False
        self._page_timer: threading.Timer | None = None
        self.closed = False
        #: How many times the outputs were drawn again (for tests and benchmarks).
        self.refreshes = 0

    def publish(self) -> None:
        """Show the snapshot now, as a new output with a display id of its own (from a
        notebook page: a placeholder first, see the module's docstring)."""
        from IPython.display import display

        from_page = _kernel.cell_from_notebook_page()
        display_id = f"nbblocks-snapshot-{uuid.uuid4().hex}"
        bundle = PLACEHOLDER if from_page else {"text/html": self.runtime.snapshot()}
        with self._lock:
            self._ids.append(display_id)
            self._dirty = from_page
            watch = not self._watching
            self._watching = True
            if from_page:
                self._awaiting_page = True
                if self._page_timer is not None:
                    self._page_timer.cancel()
                self._page_timer = threading.Timer(PAGE_WAIT, self.drawn)
                self._page_timer.daemon = True
                self._page_timer.start()
        display(bundle, raw=True, display_id=display_id)  # type: ignore[no-untyped-call]  # IPython.display is not annotated
        if watch:
            view = self.runtime.view()
            view.watch_changes(self.changed)
            view.watch_drawn(self.drawn)
            self._watch_cells()

    def drawn(self) -> None:
        """A page drew the app (or ``PAGE_WAIT`` passed): the HTML may follow, once quiet."""
        with self._lock:
            if not self._awaiting_page:
                return
            self._awaiting_page = False
            timer, self._page_timer = self._page_timer, None
        if timer is not None:
            timer.cancel()
        self.changed()

    def changed(self) -> None:
        """What the session shows may have changed: draw again once it is quiet."""
        with self._lock:
            if self.closed:
                return
            self._dirty = True
            if self._timer is not None:
                self._timer.cancel()
            self._timer = threading.Timer(self.debounce, self._quiet)
            self._timer.daemon = True
            self._timer.start()

    def _quiet(self) -> None:
        if self.closed or self._awaiting_page:  # drawn() calls changed() again
            return
        try:
            busy = self.runtime.view().session.busy
        except RuntimeError:  # the app closed meanwhile
            return
        if not busy:  # events still running: their end calls changed() again
            self.refresh()

    def refresh(self) -> None:
        """Replace every snapshot output of the app, if something changed."""
        from IPython.display import update_display

        with self._drawing:
            with self._lock:
                if self.closed or not self._dirty or not self._ids:
                    return
                self._dirty = False
                ids = list(self._ids)
            try:
                html = self.runtime.snapshot()
                for display_id in ids:
                    update_display({"text/html": html}, raw=True, display_id=display_id)  # type: ignore[no-untyped-call]  # not annotated
                self.refreshes += 1
            except Exception:
                log.debug("refreshing the snapshot failed", exc_info=True)

    def _watch_cells(self) -> None:
        """After each cell, refresh if the cell changed the app (a cell's own output
        reaches every notebook client, ``nbconvert --execute`` included)."""
        try:
            from IPython import get_ipython

            shell = get_ipython()
        except ImportError:
            return
        if shell is None:
            return
        self._shell = shell
        shell.events.register("post_run_cell", self._after_cell)

    def _after_cell(self, *_: Any) -> None:
        if not self._awaiting_page:  # else the page is drawing the app: drawn() refreshes
            self.refresh()

    def close(self) -> None:
        with self._lock:
            self.closed = True
            timers = (self._timer, self._page_timer)
            self._timer = self._page_timer = None
            shell, self._shell = self._shell, None
        for timer in timers:
            if timer is not None:
                timer.cancel()
        if shell is not None:
            try:
                shell.events.unregister("post_run_cell", self._after_cell)
            except ValueError:
                pass
