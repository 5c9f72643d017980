"""The helpers of Gradio's ``utils`` that custom-component backends import.

Only what a backend reaches for lives here; nothing in it fetches a URL or makes a
path servable (see :mod:`nbblocks.processing_utils` for files).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "NamedString", "get_space", "abspath", "is_in_or_equal", "get_upload_folder", "validate_url",
    "set_default_buttons", "safe_join", "get_extension_from_file_path_or_url", "remove_html_tags",
    "get_package_version",
]


class NamedString(str):
    """A path string with a ``.name`` equal to itself (what Gradio's file components
    pass to functions, so code written for file objects keeps working)."""

    name: str

    def __init__(self, *args: Any) -> None:
        super().__init__()
        self.name = str(self) if args else ""


def get_space() -> str | None:
    """The Hugging Face Space id when running on Spaces (``SYSTEM=spaces``), else None."""
    return os.getenv("SPACE_ID") if os.getenv("SYSTEM") == "spaces" else None


def abspath(path: str | Path) -> Path:
    return Path(os.path.abspath(str(path)))


def is_in_or_equal(path_1: str | Path, path_2: str | Path) -> bool:
    """Whether ``path_1`` is ``path_2`` or inside it (after resolving links)."""
    try:
        abspath(path_1).resolve().relative_to(abspath(path_2).resolve())
    except ValueError:
        return False
    return True


def get_upload_folder() -> str:
    """The folder backends write files into before returning them (``GRADIO_CACHE``)."""
    from .processing_utils import work_dir

    return work_dir()


def validate_url(possible_url: str) -> bool:
    """Whether the string is an http(s) or data: URL. Gradio also asks the server;
    the kernel never fetches URLs, so a well-formed URL counts as valid."""
    from .files import is_url

    return is_url(possible_url)


def set_default_buttons(buttons: Sequence[Any] | None = None, default_buttons: list[str] | None = None) -> Sequence[Any]:
    """``buttons`` as given (button components are taken out of the layout), or the defaults."""
    if buttons is None:
        return default_buttons or []
    for button in buttons:
        if hasattr(button, "unrender"):
            button.unrender()
    return buttons


def safe_join(directory: str | Path, path: str) -> str:
    """``directory/path``, refusing anything that would leave ``directory``."""
    if not path or os.path.isabs(path) or any(part == ".." for part in Path(path).parts) or "\\" in path:
        raise ValueError(f"refused to join {path!r} to {str(directory)!r}")
    joined = abspath(Path(directory) / path)
    if not is_in_or_equal(joined, directory):
        raise ValueError(f"refused to join {path!r} to {str(directory)!r}")
    return str(joined)


def get_extension_from_file_path_or_url(file_path_or_url: str) -> str:
    """The extension without its dot (``"png"``), ignoring a URL's query."""
    suffix = Path(file_path_or_url.split("?", 1)[0]).suffix
    return suffix[1:] if suffix else ""


_HTML_TAG = re.compile("<[^\n>]*(?:\n[^\n>]*)*>", re.DOTALL)


def remove_html_tags(raw_html: str | None) -> str:
    return _HTML_TAG.sub("", raw_html or "")


def get_package_version() -> str:
    from ._version import __version__

    return __version__
