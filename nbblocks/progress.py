"""``gr.Progress``: a function reports how far it is; the front end shows a bar.

Declare it as a default argument, as in Gradio::

    def fn(x, progress=gr.Progress()):
        progress(0.2, desc="Loading")
        for item in progress.tqdm(items, desc="Working"):
            ...

The engine passes each call a fresh ``Progress`` bound to the running job. With
``track_tqdm=True`` any ``tqdm`` bar the function (or a library it calls) creates is
reported too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from . import reporting

__all__ = ["Progress"]


def _unit(progress: float | None, index: int | None, length: int | None, unit: str, desc: str | None) -> dict[str, Any]:
    return {"progress": progress, "index": index, "length": length, "unit": unit, "desc": desc}


class Progress:
    """Progress reporter; a default argument value that the engine replaces per call."""

    def __init__(self, track_tqdm: bool = False):
        self.track_tqdm = track_tqdm
        self._job: Any = None
        self._bars: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def _bind(self, job: Any) -> Progress:
        bound = Progress(self.track_tqdm)
        bound._job = job
        return bound

    def _report(self, extra: dict[str, Any] | None = None) -> None:
        """Send the open ``tqdm`` bars, outermost first, and ``extra`` as the innermost
        level. As in Gradio, a ``progress(...)`` call is that extra level once: it shows
        until the next report, and a bar that moves afterwards replaces it."""
        if self._job is not None:
            units = [dict(b) for b in self._bars] + ([extra] if extra else [])
            self._job.report_progress(units or None)

    def __call__(
        self,
        progress: float | tuple[int, int | None] | None,
        desc: str | None = None,
        total: int | None = None,
        unit: str = "steps",
        _tqdm: Any = None,
    ) -> float | tuple[int, int | None] | None:
        """``progress(0.3, desc=...)`` (a fraction) or ``progress((i, n), desc=...)``."""
        with self._lock:
            if isinstance(progress, tuple):
                index, length = progress
                frac = index / length if length else None
                explicit = _unit(frac, index, length, unit, desc)
            elif progress is None:
                explicit = _unit(None, None, total, unit, desc)
            else:
                explicit = _unit(float(progress), None, total, unit, desc)
            self._report(explicit)
        return progress

    def tqdm(
        self, iterable: Iterable[Any] | None, desc: str | None = None, total: int | None = None, unit: str = "steps", _tqdm: Any = None
    ) -> Iterator[Any]:
        """Iterate and report each step, like ``tqdm(iterable)``."""
        if iterable is None:
            iterable = range(total or 0)
        if total is None:
            try:
                total = len(iterable)  # type: ignore[arg-type]  # not every iterable is Sized: TypeError is caught
            except TypeError:
                total = None
        bar = _unit(0.0 if total else None, 0, total, unit, desc)
        with self._lock:
            self._bars.append(bar)
            self._report()
        try:
            for i, item in enumerate(iterable):
                yield item
                with self._lock:
                    bar["index"] = i + 1
                    bar["progress"] = (i + 1) / total if total else None
                    self._report()
        finally:
            with self._lock:
                if bar in self._bars:
                    self._bars.remove(bar)
                self._report()

    def update(self, n: int = 1) -> None:
        """Advance the innermost ``tqdm`` bar by ``n`` steps."""
        with self._lock:
            if self._bars:
                bar = self._bars[-1]
                bar["index"] = (bar["index"] or 0) + n
                if bar["length"]:
                    bar["progress"] = bar["index"] / bar["length"]
                self._report()

    def __repr__(self) -> str:
        return f"Progress(track_tqdm={self.track_tqdm})"


# -- track_tqdm ---------------------------------------------------------------------------

_patch_lock = threading.Lock()
_patched = False


def enable_tqdm_tracking() -> bool:
    """Make every ``tqdm`` bar report to the running job's ``Progress`` (once per process).

    Bars outside an event, or in an event whose function has no tracking Progress,
    behave exactly as before. Returns False when tqdm is not installed.
    """
    global _patched
    with _patch_lock:
        if _patched:
            return True
        try:
            from tqdm import std
        except ImportError:
            return False
        cls = std.tqdm
        init, update, close = cls.__init__, cls.update, cls.close

        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            init(self, *args, **kwargs)
            progress = _tracking_progress()
            self._nb_progress = progress
            if progress is not None:
                self._nb_bar = _unit(0.0 if self.total else None, self.n, self.total, self.unit, self.desc or None)
                with progress._lock:
                    progress._bars.append(self._nb_bar)
                    progress._report()

        def _update(self: Any, n: float = 1) -> Any:
            result = update(self, n)
            progress = getattr(self, "_nb_progress", None)
            if progress is not None:
                with progress._lock:
                    self._nb_bar["index"] = int(self.n)
                    self._nb_bar["progress"] = self.n / self.total if self.total else None
                    progress._report()
            return result

        def _close(self: Any) -> Any:
            progress = getattr(self, "_nb_progress", None)
            if progress is not None:
                self._nb_progress = None
                with progress._lock:
                    if self._nb_bar in progress._bars:
                        progress._bars.remove(self._nb_bar)
                    progress._report()
            return close(self)

        # tqdm's own class is patched, so every bar reports here wherever it is made
        cls.__init__, cls.update, cls.close = __init__, _update, _close  # type: ignore[method-assign, assignment]  # patching tqdm is the point
        _patched = True
        return True


def _tracking_progress() -> Progress | None:
    job = reporting.current_job.get()
    progress = getattr(job, "tracking_progress", None) if job is not None else None
    return progress
