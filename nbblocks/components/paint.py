"""gr.Paint: an ImageEditor to paint on, with no image sources."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from typing_extensions import Unpack

from .base import ComponentProps
from .editor_options import Brush, Eraser, LayerOptions
from .image_editor import ImageEditor, preset_args
from .image_options import WebcamOptions

__all__ = ["Paint"]


class Paint(ImageEditor):
    """Gradio's ``"paint"``: ``sources=()``, the default colour brush, only the crop
    transform."""

    def __init__(
        self,
        value: Any = None,
        *,
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"] | None = "RGBA",
        sources: Iterable[Literal["upload", "webcam", "clipboard"]] | None = (),
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Literal["download", "share", "fullscreen"]] | None = None,
        webcam_options: WebcamOptions | None = None,
        _selectable: bool = False,
        transforms: Iterable[Literal["crop", "resize"]] | None = ("crop",),
        eraser: Eraser | Literal[False] | None = None,
        brush: Brush | Literal[False] | None = None,
        format: str = "webp",
        layers: bool | LayerOptions = True,
        canvas_size: tuple[int, int] = (800, 800),
        fixed_canvas: bool = False,
        placeholder: str | None = None,
        crop_size: tuple[int | float, int | float] | str | None = None,
        **props: Unpack[ComponentProps],
    ):
        super().__init__(**preset_args(locals()))
