"""gr.UploadButton: a button that opens the file picker; its value is the uploaded file(s)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ..events import Events
from ._files import CountedFiles
from ._uploads import Uploads
from .base import Component
from .button import ButtonLike

__all__ = ["UploadButton"]


class UploadButton(ButtonLike, CountedFiles, Component):
    """Click to upload; fires ``upload`` with the new file(s) as its value (and ``click``)."""

    EVENTS = [Events.click, Events.upload]
    VIEW = "uploadbutton"
    UPLOADS = Uploads(events=("upload",), clear_events=None)

    def __init__(
        self,
        label: str = "Upload a File",
        value: str | list[str] | Callable[..., Any] | None = None,
        *,
        every: Any = None,
        inputs: Any = None,
        variant: Literal["primary", "secondary", "stop"] = "secondary",
        visible: bool | str = True,
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        scale: int | None = None,
        min_width: int | None = None,
        interactive: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[Any, ...] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        type: Literal["filepath", "binary"] = "filepath",
        file_count: Literal["single", "multiple", "directory"] = "single",
        file_types: list[str] | None = None,
    ):
        self._set_look(variant, size, icon)
        self._set_files("UploadButton", file_count, type, file_types)
        super().__init__(
            value, label=label, every=every, inputs=inputs, visible=visible, scale=scale, min_width=min_width,
            interactive=interactive, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key,
            preserved_by_key=preserved_by_key, show_label=False, container=False,
        )

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"type": self.type, "file_count": self.file_count, "file_types": self.file_types}
