"""gr.Image: upload, paste or snap an image (input), or show one (output).

Outputs take a fast path: a numpy array or a PIL image is not encoded; its pixels go to
the browser as raw bytes and become a file in ``format`` only when one is needed
(``docs/files-and-images.md``). numpy and Pillow load the first time an Image is built.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from .. import files
from ..data_classes import FileData, ImageData
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._files import FileValue
from ._uploads import Uploads, one_file
from .base import Component, ComponentProps, StreamingInput
from .image_options import WatermarkOptions, WebcamOptions

if TYPE_CHECKING:
    import numpy as np
    import PIL.Image

__all__ = ["Image"]

SOURCES: tuple[Literal["upload", "webcam", "clipboard"], ...] = ("upload", "webcam", "clipboard")
BUTTONS = ("download", "share", "fullscreen")
IMAGE_MODES = ("1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F")
TYPES = ("numpy", "pil", "filepath")


def check_webcam_options(owner: str, webcam_options: Any, mirror_webcam: bool | None = None,
                         webcam_constraints: dict[str, Any] | None = None) -> WebcamOptions:
    """``webcam_options`` (default ``WebcamOptions()``), with Gradio 5's ``mirror_webcam``
    and ``webcam_constraints`` applied over it."""
    options = webcam_options if webcam_options is not None else WebcamOptions()
    if not isinstance(options, WebcamOptions):
        raise TypeError(f"{owner}: webcam_options must be a gr.WebcamOptions, got {webcam_options!r}")
    if mirror_webcam is not None or webcam_constraints is not None:
        options = WebcamOptions(
            mirror=options.mirror if mirror_webcam is None else mirror_webcam,
            constraints=webcam_constraints if webcam_constraints is not None else options.constraints,
        )
    return options


#: Formats every Pillow build saves: an Image with one of them is made without importing
#: Pillow and numpy (some 170 ms), which wait until an image is converted.
_SAVABLE = frozenset({"PNG", "JPEG", "JPG", "WEBP", "GIF", "BMP", "TIFF", "TIF"})


def check_type_and_format(owner: str, type: str, format: str) -> None:
    """``type`` is numpy, pil or filepath; Pillow can save ``format``."""
    if type not in TYPES:
        raise ValueError(f"{owner}: type must be one of {', '.join(TYPES)}, got {type!r}")
    if isinstance(format, str) and format.strip().lstrip(".").upper() in _SAVABLE:
        return
    from .. import _images

    try:
        _images.pil_format(format)
    except ValueError as exc:
        raise ValueError(f"{owner}: {exc}") from None


class Image(FileValue, StreamingInput, Component):
    """An image. As an input it passes a numpy array (height, width, 3), a PIL image or a
    file path (``type``); as an output it takes any of those or a URL."""

    EVENTS = [Events.clear, Events.change, Events.stream, Events.select, Events.upload, Events.input]
    VIEW = "image"
    UPLOADS = Uploads(single=one_file, events=("upload", "input", "change"), clear_events=("clear", "input", "change"))
    data_model = ImageData
    displays_files = True
    file_types = ["image"]

    def __init__(
        self,
        value: str | Path | PIL.Image.Image | np.ndarray | Callable[..., Any] | None = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"] | None = "RGB",
        sources: list[Literal["upload", "webcam", "clipboard"]] | Literal["upload", "webcam", "clipboard"] | None = None,
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Literal["download", "share", "fullscreen"]] | None = None,
        streaming: bool = False,
        webcam_options: WebcamOptions | None = None,
        placeholder: str | None = None,
        watermark: WatermarkOptions | None = None,
        show_download_button: bool | None = None,
        show_share_button: bool | None = None,
        show_fullscreen_button: bool | None = None,
        mirror_webcam: bool | None = None,
        webcam_constraints: dict[str, Any] | None = None,
        alt_text: str | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"Image '{props['label']}'" if props.get("label") else "Image"
        if alt_text is not None and not isinstance(alt_text, str):
            raise TypeError(f"{name}: alt_text must be a str, got {type(alt_text).__name__}")
        self.alt_text = alt_text
        check_type_and_format(name, type, format)
        if image_mode is not None and image_mode not in IMAGE_MODES:
            raise ValueError(f"{name}: image_mode must be None or one of {', '.join(IMAGE_MODES)}, got {image_mode!r}")
        if sources is None:
            sources = ["webcam"] if streaming else list(SOURCES)
        elif isinstance(sources, str):
            sources = [sources]
        for source in sources:
            if source not in SOURCES:
                raise ValueError(f"{name}: sources must be a list of {', '.join(SOURCES)}, got {source!r}")
        if streaming and list(sources) != ["webcam"]:
            raise ValueError(f"{name}: streaming=True needs sources=['webcam'] (a stream comes from the webcam only)")
        shown_buttons = check_buttons(buttons, name, legacy={"download": show_download_button, "share": show_share_button,
                                                       "fullscreen": show_fullscreen_button})
        webcam_options = check_webcam_options(name, webcam_options, mirror_webcam, webcam_constraints)
        given_mark: Any = watermark  # older Gradio took the watermark image itself
        if given_mark is not None and not isinstance(given_mark, WatermarkOptions):
            warnings.warn(f"{name}: pass the watermark as gr.WatermarkOptions(watermark=...)", UserWarning, stacklevel=3)
            watermark = WatermarkOptions(watermark=given_mark)
        self.format = format
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.sources = list(sources)
        self.type = type
        self.buttons = shown_buttons
        self.streaming = streaming
        self.webcam_options = webcam_options
        self.placeholder = placeholder
        self.watermark = watermark
        self._watermark_image: PIL.Image.Image | None = None
        super().__init__(value, **props)

    # -- the two conversions -------------------------------------------------------------

    def preprocess(self, payload: ImageData | None) -> np.ndarray | PIL.Image.Image | str | None:
        """Passes a numpy array, a PIL image or a file path, per ``type`` (SVGs: always a path)."""
        return image_in(self, payload, self.type, self.image_mode, self.format)

    def postprocess(self, value: Any) -> ImageData | None:
        """Takes a numpy array, a PIL image, a file path (str or Path) or a URL."""
        return image_out(self, value, self.format, self._marked if self._has_watermark else None)

    @property
    def _has_watermark(self) -> bool:
        return self.watermark is not None and self.watermark.watermark is not None

    def _marked(self, img: PIL.Image.Image) -> PIL.Image.Image:
        from .. import _images

        mark = self.watermark
        assert mark is not None  # called only when _has_watermark
        if self._watermark_image is None:
            self._watermark_image = _images.load_watermark(mark.watermark, self.owner)
        return _images.apply_watermark(img, self._watermark_image, mark.position)

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": url}

    def example_value(self) -> Any:
        return "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "format": self.format, "height": self.height, "width": self.width, "image_mode": self.image_mode,
            "sources": self.sources, "type": self.type, "buttons": self.buttons, "streaming": self.streaming,
            "webcam_options": self.webcam_options.to_json(), "placeholder": self.placeholder,
            "alt_text": self.alt_text,
        }


@functools.cache
def _imaging() -> ModuleType:
    """``nbblocks._images`` (numpy and PIL), imported once, on the first image shown."""
    from .. import _images

    return _images


def image_in(comp: FileValue, payload: FileData | None, type: str, image_mode: str | None,
             fmt: str) -> np.ndarray | PIL.Image.Image | str | None:
    """An image a client sent as a numpy array, a PIL image or a file path (``type``)."""
    if payload is None:
        return None
    from .. import _images

    cache = files.current()
    entry = comp.checked_entry(payload)
    if entry is None:  # a URL the app author gave
        if type == "filepath":
            return payload.path
        raise Error(f"{comp.owner}: the value is the URL {payload.path!r}; the kernel does not fetch URLs. "
                    "Use type='filepath' to receive the URL, or give a local file as the value")
    image: np.ndarray | PIL.Image.Image | str = _images.preprocess_entry(
        entry, cache, type=type, image_mode=image_mode, fmt=fmt, owner=comp.owner
    )
    return image


def image_out(comp: FileValue, value: Any, fmt: str, mark: Callable[[Any], Any] | None = None) -> ImageData | None:
    """An image a function returned as an ImageData: arrays and still PIL images become
    pending pixels (the fast path); paths are stored, URLs allowed; ``mark`` draws a
    watermark (never on SVGs or animations)."""
    if value is None:
        return None
    if isinstance(value, (dict, FileData)):
        return comp.file_out(value, ImageData)  # e.g. an input returned as it is
    if isinstance(value, (str, Path)):
        text = str(value)
        if files.is_url(text) or mark is None or text.lower().endswith((".svg", ".gif")):
            return comp.file_out(value, ImageData)
    _images = _imaging()
    owner = comp.owner
    if isinstance(value, (str, Path)):  # a file to watermark
        img = _images.open_image(value, owner)
        if _images.is_animated(img):
            return comp.file_out(value, ImageData)
        assert mark is not None  # a path with no watermark was returned above
        return _pending_out(comp, _images.pil_to_pending(mark(img), fmt, owner), fmt)
    if type(value).__module__.startswith("PIL.") and hasattr(value, "getbands"):
        if _images.is_animated(value):
            entry = files.current().put_bytes(_images.encode_animation(value), "image.gif", "image/gif")
            return comp.entry_out(entry, ImageData)
        return _pending_out(comp, _images.pil_to_pending(mark(value) if mark else value, fmt, owner), fmt)
    if hasattr(value, "__array__") and not isinstance(value, (str, bytes)):
        if mark is None:
            pending, source = _images.start_pending(value, fmt, owner)
            try:
                return _pending_out(comp, pending, fmt)  # issued before the copy evicts the caches
            finally:
                if source is not None:
                    pending.fill(source)
        pending = _images.array_to_pending(value, fmt, owner)
        marked = _images.pil_to_pending(mark(pending.pil()), fmt, owner)
        pending.discard()  # its buffer goes back to the pool
        return _pending_out(comp, marked, fmt)
    raise Error(f"{owner}: cannot show a {type(value).__name__}; return a numpy array, a PIL image, a file path or a URL")


#: The file name and type of a pending image, by format (looked up once per format).
_PENDING_NAMES: dict[str, tuple[str, str]] = {}


def _pending_out(comp: FileValue, pending: Any, fmt: str) -> ImageData:
    named = _PENDING_NAMES.get(fmt)
    if named is None:
        from .. import _images

        named = _PENDING_NAMES[fmt] = (f"image.{_images.extension(fmt)}", _images.mime_of(fmt))
    entry = files.current().put_pending(pending, *named)
    return comp.entry_out(entry, ImageData)
