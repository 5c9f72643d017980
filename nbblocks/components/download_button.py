"""gr.DownloadButton: a button that saves its value (a file) in the browser."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ..data_classes import FileData
from ..events import Events
from ._files import FileValue
from .base import Component
from .button import ButtonLike

__all__ = ["DownloadButton"]


class DownloadButton(ButtonLike, FileValue, Component):
    """Clicking downloads the file (and fires ``click``); with no value it is disabled."""

    EVENTS = [Events.click]
    VIEW = "downloadbutton"
    data_model = FileData
    accepts_uploads = False

    def __init__(
        self,
        label: str = "Download",
        value: str | Callable[..., Any] | None = None,
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
    ):
        self._set_look(variant, size, icon)
        super().__init__(
            value, label=label, every=every, inputs=inputs, visible=visible, scale=scale, min_width=min_width,
            interactive=interactive, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key,
            preserved_by_key=preserved_by_key, show_label=False, container=False,
        )

    def preprocess(self, payload: FileData | None) -> str | None:
        """Passes the file's path."""
        return None if payload is None else self.file_in(payload, "filepath")

    def postprocess(self, value: Any) -> FileData | None:
        """Takes a path or URL."""
        return None if value is None else self.file_out(value)

    def example_payload(self) -> Any:
        url = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"
        return {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "sample_file.pdf", "url": url}

    def example_value(self) -> Any:
        return "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"
