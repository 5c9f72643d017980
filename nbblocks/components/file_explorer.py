"""gr.FileExplorer: a tree of the files under ``root_dir``; the user ticks files (or folders).

The page never receives the whole tree: it asks for one folder's entries when the user
opens it, through the ``ls`` server function (``ctx.server.ls(path)`` in the view, Gradio's
``/gradio_api/component_server`` over HTTP). Every path the page names, in ``ls`` or in a
selection, is a list of names under ``root_dir``, checked before the file system is touched:
no ``..``, no separators, nothing ``ignore_glob`` hides, nothing that resolves (through a
symlink) outside ``root_dir``. Only what a listing would offer can be selected.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal

from typing_extensions import Unpack

from ..data_classes import GradioRootModel
from ..events import Events
from ..exceptions import Error, InvalidComponentError
from ._buttons import check_buttons
from .base import Component, ComponentProps, component_name, server

__all__ = ["FileExplorer", "FileExplorerData"]


class FileExplorerData(GradioRootModel):
    """The selection: one list of names (folders, then the file) per selected path, relative
    to ``root_dir``."""

    root: list[list[str]]


def matches(pattern: str, parts: Sequence[str]) -> bool:
    """Whether the path ``parts`` (relative to ``root_dir``) matches a glob pattern.

    A pattern without ``/`` matches the last name at any depth (``*.txt``, as Gradio shows
    every ``.txt`` file for it); one with ``/`` matches the whole path, name by name, where
    ``**`` stands for any number of folders, none included (``**/*.txt``, ``data/*.csv``).
    ``*`` and ``?`` never match across a ``/``.
    """
    if not parts:
        return False
    whole, rx = _compiled(pattern)
    return rx.match("/".join(parts) if whole else parts[-1]) is not None


@functools.lru_cache(maxsize=64)
def _compiled(pattern: str) -> tuple[bool, re.Pattern[str]]:
    """The pattern as one regular expression (listing a big folder matches every entry)."""
    if "/" not in pattern:
        return False, re.compile(_name_regex(pattern) + r"\Z", re.S)
    names = [p for p in pattern.split("/") if p]
    rx, need_sep = "", False  # need_sep: a name was matched and the next one needs its "/"
    for i, name in enumerate(names):
        if name == "**":
            last = i == len(names) - 1
            if last:
                rx += "(?:/[^/]+)*" if need_sep else "(?:[^/]+(?:/[^/]+)*)?"
            else:
                rx += "(?:/[^/]+)*/" if need_sep else "(?:[^/]+/)*"
                need_sep = False
        else:
            rx += ("/" if need_sep else "") + _name_regex(name)
            need_sep = True
    return True, re.compile(rx + r"\Z", re.S)


def _name_regex(name: str) -> str:
    """fnmatch's syntax for one name (``*``, ``?``, ``[...]``, ``[!...]``), kept within it."""
    out, i = [], 0
    while i < len(name):
        c = name[i]
        i += 1
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            start = i + 1 if name[i:i + 1] == "!" else i
            close = name.find("]", start + 1 if name[start:start + 1] == "]" else start)  # "[]a]": "]" first is literal
            if close < 0:
                out.append(re.escape(c))
                continue
            body, negate = name[i:close], name[i:i + 1] == "!"
            body = body[1:] if negate else body
            for special in ("\\", "[", "&", "~", "|"):
                body = body.replace(special, "\\" + special)
            if body.startswith("^"):
                body = "\\" + body
            i = close + 1
            out.append("(?!/)[" + ("^" if negate else "") + body + "]")
        else:
            out.append(re.escape(c))
    return "".join(out)


class FileExplorer(Component):
    """Browse the files under ``root_dir`` that match ``glob`` (and not ``ignore_glob``) and
    tick one (``file_count="single"``) or many; the function receives their paths."""

    EVENTS = [Events.change, Events.input, Events.select]
    VIEW = "fileexplorer"
    data_model = FileExplorerData

    def __init__(
        self,
        glob: str = "**/*",
        *,
        value: str | list[str] | Callable[..., Any] | None = None,
        file_count: Literal["single", "multiple"] = "multiple",
        root_dir: str | Path = ".",
        ignore_glob: str | None = None,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        buttons: list[Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"FileExplorer '{props['label']}'" if props.get("label") else "FileExplorer"
        if file_count not in ("single", "multiple"):
            raise ValueError(f"{name}: file_count must be 'single' or 'multiple', got {file_count!r}")
        for field, pattern in (("glob", glob), ("ignore_glob", ignore_glob)):
            if pattern is not None and not isinstance(pattern, str):
                raise ValueError(f"{name}: {field} must be a glob pattern (a str), got {type(pattern).__name__}")
            try:
                _compiled(pattern or "*")
            except re.error as exc:
                raise ValueError(f"{name}: {field} {pattern!r} is not a glob pattern ({exc})") from None
        if not isinstance(root_dir, (str, Path)):
            raise ValueError(f"{name}: root_dir must be a folder path, got {type(root_dir).__name__}")
        self.glob = glob
        self.ignore_glob = ignore_glob
        self.file_count = file_count
        self.root_dir = os.path.abspath(root_dir)
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = check_buttons(buttons, name, ())
        super().__init__(value, **props)

    # -- paths: every one the page names is checked here ---------------------------------

    def _real_root(self) -> str:
        return os.path.realpath(self.root_dir)

    def _inside(self, path: str) -> bool:
        """Whether ``path`` (after following every symlink) is ``root_dir`` or below it."""
        real, root = os.path.realpath(path), self._real_root()
        return real == root or real.startswith(root.rstrip(os.sep) + os.sep)

    def _hidden(self, parts: Sequence[str]) -> bool:
        """``ignore_glob`` hides a path and, when it hides a folder, everything in it."""
        pattern = self.ignore_glob
        if not pattern:
            return False
        return any(matches(pattern, parts[:i]) for i in range(1, len(parts) + 1))

    def _checked_parts(self, parts: Any, field: str) -> list[str]:
        """``parts`` as a list of plain names, or an error naming the component and field."""
        owner = component_name(self)
        if not isinstance(parts, list) or not all(isinstance(p, str) for p in parts):
            raise InvalidComponentError(f"{owner}: field '{field}' must be a list of names, got {str(parts)[:80]!r}")
        for part in parts:
            if part in ("", ".", "..") or "/" in part or "\\" in part or "\x00" in part or (os.altsep and os.altsep in part):
                raise InvalidComponentError(
                    f"{owner}: field '{field}' holds {part[:80]!r}, which is not a name in a folder "
                    "(paths are lists of names under root_dir)"
                )
        if self._hidden(parts):
            raise InvalidComponentError(f"{owner}: field '{field}' names {'/'.join(parts)[:200]!r}, which ignore_glob hides")
        if not self._inside(os.path.join(self.root_dir, *parts)):
            raise InvalidComponentError(f"{owner}: field '{field}' names {'/'.join(parts)[:200]!r}, which is outside root_dir")
        return parts

    # -- the listing the view asks for, one folder at a time -------------------------------

    @server
    def ls(self, subdirectory: list[str] | None = None) -> list[dict[str, Any]]:
        """The entries of one folder under ``root_dir``: its folders (``valid`` when they
        match ``glob``, so they can be ticked), then its files that match ``glob``, each by
        name; what ``ignore_glob`` hides and symlinks leading out of ``root_dir`` are left out."""
        parts = self._checked_parts([] if subdirectory is None else subdirectory, "subdirectory")
        folder = os.path.join(self.root_dir, *parts)
        if not os.path.isdir(folder):  # _checked_parts saw that it resolves inside root_dir
            raise Error(f"{component_name(self)}: field 'subdirectory' names {'/'.join(parts)[:200]!r}, which is not a folder")
        folders: list[dict[str, Any]] = []
        found: list[dict[str, Any]] = []
        with os.scandir(folder) as entries:
            for entry in entries:
                path = [*parts, entry.name]
                if self._hidden(path) or (entry.is_symlink() and not self._inside(entry.path)):
                    continue
                if entry.is_dir():
                    folders.append({"name": entry.name, "type": "folder", "valid": matches(self.glob, path)})
                elif entry.is_file() and matches(self.glob, path):
                    found.append({"name": entry.name, "type": "file", "valid": True})
        return sorted(folders, key=lambda e: e["name"]) + sorted(found, key=lambda e: e["name"])

    # -- the two conversions -----------------------------------------------------------

    def preprocess(self, payload: FileExplorerData | list[list[str]] | None) -> list[str] | str | None:
        """The selected paths (``root_dir`` joined with the names); ``"single"`` passes one
        path or None. A path the listing would not offer is refused."""
        if payload is None:
            return None
        selection = payload.root if isinstance(payload, FileExplorerData) else payload
        if not isinstance(selection, list):
            raise InvalidComponentError(f"{component_name(self)}: field 'value' must be a list of paths, got {type(selection).__name__}")
        paths = [self._selectable(parts, f"value[{i}]") for i, parts in enumerate(selection)]
        if self.file_count == "multiple":
            return paths
        if len(paths) > 1:
            raise InvalidComponentError(f"{component_name(self)}: field 'value' holds {len(paths)} paths; file_count='single' takes one")
        return paths[0] if paths else None

    def _selectable(self, parts: Any, field: str) -> str:
        parts = self._checked_parts(parts, field)
        path = os.path.join(self.root_dir, *parts)
        if not parts or not (os.path.isfile(path) or os.path.isdir(path)) or not matches(self.glob, parts):
            raise InvalidComponentError(
                f"{component_name(self)}: field '{field}' names {'/'.join(parts)[:200]!r}, which is not a file or folder "
                f"under root_dir that matches glob {self.glob!r}"
            )
        return path

    def postprocess(self, value: str | Path | Sequence[str | Path] | FileExplorerData | None) -> FileExplorerData | None:
        """Paths (absolute, or relative to ``root_dir``) to tick; each must lie under
        ``root_dir`` and not be hidden by ``ignore_glob``. None shows nothing ticked."""
        if value is None:
            return None
        if isinstance(value, FileExplorerData):
            return FileExplorerData(root=[self._checked_parts(p, f"value[{i}]") for i, p in enumerate(value.root)])
        items = [value] if isinstance(value, (str, Path)) else value
        if not isinstance(items, (list, tuple)):
            raise InvalidComponentError(
                f"{component_name(self)}: field 'value' must be a path or a list of paths, got {type(value).__name__}")
        return FileExplorerData(root=[self._relative_parts(item, f"value[{i}]") for i, item in enumerate(items)])

    def _relative_parts(self, item: Any, field: str) -> list[str]:
        if not isinstance(item, (str, Path)) or not str(item):
            raise InvalidComponentError(f"{component_name(self)}: field '{field}' must be a path, got {str(item)[:80]!r}")
        relative = os.path.relpath(os.path.join(self.root_dir, item), self.root_dir)
        parts = [] if relative == "." else relative.split(os.sep)
        if not parts or parts[0] == "..":
            raise InvalidComponentError(f"{component_name(self)}: field '{field}' names {str(item)[:200]!r}, which is outside root_dir")
        return self._checked_parts(parts, field)

    # -- descriptions ------------------------------------------------------------------

    def api_info(self) -> dict[str, Any]:
        return {"items": {"items": {"type": "string"}, "type": "array"}, "title": "FileExplorerData", "type": "array",
                "additional_description": None}

    def example_payload(self) -> Any:
        return [["gradio", "app.py"]]

    def example_value(self) -> Any:
        return os.path.join("gradio", "app.py")

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "glob": self.glob, "file_count": self.file_count, "root_dir": self.root_dir, "ignore_glob": self.ignore_glob,
            "height": self.height, "max_height": self.max_height, "min_height": self.min_height, "buttons": self.buttons,
        }
