"""Toasts from inside an event function: ``gr.Warning``, ``gr.Info``, ``gr.Success``.

The engine sets ``current_job`` while a function runs (it is copied into worker
threads), so these helpers know which session's front end to tell: they hand the
message to the job (``Job.toast``), the one path every toast takes.
"""

from __future__ import annotations

import logging
import warnings
from contextvars import ContextVar
from typing import Protocol

__all__ = ["Warning", "Info", "Success", "current_job"]


class Toaster(Protocol):
    """What a running job offers here (``nbblocks.engine.Job``)."""

    def toast(self, level: str, message: str, title: str, duration: float | None) -> None: ...


current_job: ContextVar[Toaster | None] = ContextVar("nbblocks_current_job", default=None)
log = logging.getLogger("nbblocks")


def _toast(level: str, message: str, duration: float | None, visible: bool, title: str) -> None:
    job = current_job.get()
    if job is None:
        if level == "warning":
            warnings.warn(message, UserWarning, stacklevel=3)
        else:
            log.info("%s: %s", title, message)
        return
    if visible:
        job.toast(level, str(message), title, duration)


def Warning(message: str = "Warning issued.", duration: float | None = 10, visible: bool = True, title: str = "Warning") -> None:
    """Show a warning toast in the app (from inside an event function)."""
    _toast("warning", message, duration, visible, title)


def Info(message: str = "Info issued.", duration: float | None = 10, visible: bool = True, title: str = "Info") -> None:
    """Show an info toast in the app (from inside an event function)."""
    _toast("info", message, duration, visible, title)


def Success(message: str = "Success.", duration: float | None = 10, visible: bool = True, title: str = "Success") -> None:
    """Show a success toast in the app (from inside an event function)."""
    _toast("success", message, duration, visible, title)
