"""gr.File and gr.Files: upload files (input) or offer files to download (output)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ._buttons import check_buttons
from ._files import CountedFiles
from ._uploads import Uploads, append
from .base import Component, ComponentProps

__all__ = ["File", "Files"]


class File(CountedFiles, Component):
    """One file (``file_count="single"``) or a list (``"multiple"``, ``"directory"``). As an
    input it passes paths (``type="filepath"``) or bytes (``"binary"``); as an output it
    takes paths or URLs."""

    EVENTS = [Events.change, Events.select, Events.clear, Events.upload, Events.delete, Events.download]
    VIEW = "file"
    UPLOADS = Uploads(value=append)

    def __init__(
        self,
        value: str | Path | list[str | Path] | Callable[..., Any] | None = None,
        *,
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
        type: Literal["filepath", "binary"] = "filepath",
        height: int | str | float | None = None,
        allow_reordering: bool = False,
        buttons: list[Literal["download"]] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"{self.__class__.__name__} '{props['label']}'" if props.get("label") else self.__class__.__name__
        self._set_files(name, file_count, type, file_types)
        self.height = height
        self.allow_reordering = allow_reordering
        self.buttons = check_buttons(buttons, name, ("download",))
        super().__init__(value, **props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "file_count": self.file_count, "file_types": self.file_types, "type": self.type,
            "height": self.height, "allow_reordering": self.allow_reordering, "buttons": self.buttons,
        }


class Files(File):
    """``gr.File(file_count="multiple")``."""

    def __init__(self, value: Any = None, *, file_count: Literal["single", "multiple", "directory"] = "multiple",
                 **kwargs: Any):
        super().__init__(value, file_count=file_count, **kwargs)
