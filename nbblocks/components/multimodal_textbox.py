"""gr.MultimodalTextbox: text plus attached files, the input of a multimodal chat."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field
from typing_extensions import NotRequired, TypedDict, Unpack

from ..data_classes import FileData, GradioModel
from ..events import Events
from ..exceptions import Error
from ._files import FileValue, check_file_types, matches_file_types
from ._uploads import Uploads, file_count
from .base import ComponentProps, FormComponent

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["MultimodalTextbox"]

SOURCES = ("upload", "microphone")
FILE_COUNTS = ("single", "multiple", "directory")


class MultimodalData(GradioModel):
    text: str
    files: list[FileData] = Field(default_factory=list)


class MultimodalValue(TypedDict):
    text: NotRequired[str]
    files: NotRequired[list[str]]


def _attach(current: Any, files: list[dict[str, Any]], props: dict[str, Any]) -> Any:
    """Files picked, dropped or pasted join those the box holds; the text stays."""
    held = current if isinstance(current, dict) else {}
    return {"text": held.get("text", ""), "files": list(held.get("files") or []) + files}


class MultimodalTextbox(FileValue, FormComponent):
    """A textbox with a paperclip: the value is ``{"text": str, "files": [...]}``. Files
    are picked, dropped or pasted, and must match ``file_types``; Enter fires ``submit``."""

    EVENTS = [Events.change, Events.input, Events.select, Events.submit, Events.focus, Events.blur, Events.stop]
    submit: BoundListener  # made by ComponentMeta from EVENTS
    stop: BoundListener
    VIEW = "multimodaltextbox"
    UPLOADS = Uploads(value=_attach, events=("input", "change"), single=file_count, source="upload", clear_events=None)
    data_model = MultimodalData

    def __init__(
        self,
        value: str | dict[str, Any] | Callable[..., Any] | None = None,
        *,
        sources: list[Literal["upload", "microphone"]] | Literal["upload", "microphone"] | None = None,
        file_types: list[str] | None = None,
        file_count: Literal["single", "multiple", "directory"] = "single",
        lines: int = 1,
        max_lines: int = 20,
        placeholder: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = False,
        max_plain_text_length: int = 1000,
        html_attributes: dict[str, Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"MultimodalTextbox '{props['label']}'" if props.get("label") else "MultimodalTextbox"
        if sources is None:
            sources = ["upload"]
        elif isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, list) or any(s not in SOURCES for s in sources):
            raise ValueError(f"{name}: sources must be a list of {', '.join(SOURCES)}, got {sources!r}")
        if file_count not in FILE_COUNTS:
            raise ValueError(f"{name}: file_count must be one of {', '.join(FILE_COUNTS)}, got {file_count!r}")
        self.sources = list(sources)
        self.file_types = check_file_types(file_types, name)
        self.file_count = file_count
        self.lines = lines
        self.max_lines = max(lines, max_lines)
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.max_plain_text_length = max_plain_text_length
        self.html_attributes = html_attributes
        super().__init__(value, **props)

    @property
    def accepts_uploads(self) -> bool:  # type: ignore[override]  # a class attribute elsewhere; here it follows sources
        return bool(self.sources)  # a recording from the microphone is uploaded like a file

    def preprocess(self, payload: MultimodalData | None) -> MultimodalValue | None:
        """Passes ``{"text": str, "files": [paths]}``."""
        if payload is None:
            return None
        out: list[str] = []
        for f in payload.files:
            if self.file_types and not matches_file_types(f.orig_name or f.path, f.mime_type, self.file_types):
                raise Error(f"{self.owner}: {f.orig_name or Path(f.path).name!r} is not an accepted file type "
                            f"({', '.join(self.file_types)})")
            out.append(self.file_in(f, "filepath"))
        return {"text": payload.text, "files": out}

    def postprocess(self, value: Any) -> MultimodalData:
        """Takes a str (the text) or ``{"text", "files"}`` with file paths, URLs or FileData."""
        if value is None:
            return MultimodalData(text="", files=[])
        if isinstance(value, MultimodalData):
            return value
        if isinstance(value, str):
            return MultimodalData(text=value, files=[])
        if not isinstance(value, dict):
            raise Error(f"{self.owner} shows a str or a dict with 'text' and 'files', got {type(value).__name__}")
        text = value.get("text", "")
        if not isinstance(text, str):
            raise Error(f"{self.owner}: 'text' must be a str, got {type(text).__name__}")
        files = value.get("files") or []
        if not isinstance(files, (list, tuple)):
            raise Error(f"{self.owner}: 'files' must be a list, got {type(files).__name__}")
        return MultimodalData(text=text, files=[self.own_file_out(f) for f in files])

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return {
            "text": "Describe this image",
            "files": [{"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": url}],
        }

    def example_value(self) -> Any:
        return {"text": "Describe this image", "files": ["https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"]}

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "sources": self.sources, "file_types": self.file_types, "file_count": self.file_count,
            "lines": self.lines, "max_lines": self.max_lines, "placeholder": self.placeholder,
            "autofocus": self.autofocus, "autoscroll": self.autoscroll, "text_align": self.text_align,
            "rtl": self.rtl, "submit_btn": self.submit_btn, "stop_btn": self.stop_btn,
            "max_plain_text_length": self.max_plain_text_length, "html_attributes": self.html_attributes,
        }
