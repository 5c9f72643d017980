"""``Uploads``: what a component's view does with files a user picks, drops or pastes.

A component class that takes files from its own file picker says so once, in its class:
``UPLOADS = Uploads(...)``. The headless front end (``nbblocks.testing.Frontend.upload``
and ``.clear``) reads it to do what the view does; the view itself (``js/views/``)
implements the same behaviour. A class without ``UPLOADS`` has no file picker (its view
may still upload through ``ctx.upload``, which ``Frontend.upload_file`` drives).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["Uploads", "uploads_of", "replace", "append", "one_file", "file_count"]

#: A FileData as the page holds it (a dict).
FileDict = dict[str, Any]


def replace(current: Any, files: list[FileDict], props: dict[str, Any]) -> Any:
    """The value becomes the uploaded file, or the list of them when the component takes
    several (``file_count`` other than ``"single"``)."""
    return files if props.get("file_count", "single") != "single" else files[0]


def append(current: Any, files: list[FileDict], props: dict[str, Any]) -> Any:
    """One file replaces the value; with ``file_count`` other than ``"single"`` the files
    are added to those the component holds (a multiple ``gr.File``)."""
    if props.get("file_count", "single") == "single":
        return files[-1]
    held = list(current) if isinstance(current, list) else [current] if current else []
    return held + files


def one_file(props: dict[str, Any]) -> bool:
    """For components that take one file at a time whatever their props (``gr.Image``)."""
    return True


def file_count(props: dict[str, Any]) -> bool:
    """One file at a time when ``file_count`` is ``"single"``."""
    return props.get("file_count") == "single"


@dataclass(frozen=True)
class Uploads:
    """How the view takes files into the value, and what its clear button does.

    ``value(current, files, props)`` is the new value after ``files`` (FileData dicts, in
    the order picked) were uploaded; ``events`` fire after it, carrying it.
    ``single(props)`` is true when one pick may hold only one file. ``source`` names the
    entry of ``props["sources"]`` the file picker needs (``"upload"``), None when it is
    always there. The clear button sets ``cleared`` and fires ``clear_events``; None when
    the view has no clear button.
    ``frontend``, for views that do more than set the value (an image editor fits the
    file to its canvas), performs the upload of one file in the headless front end
    instead: ``frontend(ui, comp, file, filename, wait)`` with ``ui`` the
    ``nbblocks.testing.Frontend``; it returns the uploaded FileData.
    """

    value: Callable[[Any, list[FileDict], dict[str, Any]], Any] = replace
    events: tuple[str, ...] = ("upload", "change")
    single: Callable[[dict[str, Any]], bool] = file_count
    source: str | None = None
    cleared: Any = None
    clear_events: tuple[str, ...] | None = ("clear", "change")
    frontend: Callable[[Any, Any, Any, str | None, bool], FileDict] | None = None


def uploads_of(cls: type | Any) -> Uploads | None:
    """The ``UPLOADS`` of a component's view (a class, or an instance: a component without
    a view of its own gets one by its value type, with that view's file picker). A subclass
    that brings its own view (``_esm``) without declaring ``UPLOADS`` again has no file
    picker of its parent's."""
    if not isinstance(cls, type):
        own = vars(cls).get("UPLOADS")
        if isinstance(own, Uploads):
            return own
        cls = type(cls)
    for klass in cls.__mro__:
        declared = vars(klass)
        if "UPLOADS" in declared:
            uploads = declared["UPLOADS"]
            return uploads if isinstance(uploads, Uploads) else None
        if declared.get("_esm") is not None:
            return None
    return None
