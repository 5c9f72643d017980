"""gr.ImageMask: an ImageEditor for drawing masks over an image: a fixed black brush, one layer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from typing_extensions import Unpack

from .base import ComponentProps
from .editor_options import Brush, Eraser, LayerOptions
from .image_editor import ImageEditor, preset_args
from .image_options import WebcamOptions

__all__ = ["ImageMask"]


class ImageMask(ImageEditor):
    """Gradio's ``"imagemask"``: ``brush=gr.Brush(colors=["#000000"], color_mode="fixed")``
    unless a brush is given, ``layers=False``, only the crop transform."""

    def __init__(
        self,
        value: Any = None,
        *,
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"] | None = "RGBA",
        sources: Iterable[Literal["upload", "webcam", "clipboard"]] | None = ("upload", "webcam", "clipboard"),
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Literal["download", "share", "fullscreen"]] | None = None,
        placeholder: str | None = None,
        _selectable: bool = False,
        transforms: Iterable[Literal["crop", "resize"]] | None = ("crop",),
        eraser: Eraser | Literal[False] | None = None,
        brush: Brush | Literal[False] | None = None,
        format: str = "webp",
        layers: bool | LayerOptions = False,
        canvas_size: tuple[int, int] = (800, 800),
        fixed_canvas: bool = False,
        webcam_options: WebcamOptions | None = None,
        crop_size: tuple[int | float, int | float] | str | None = None,
        **props: Unpack[ComponentProps],
    ):
        if not brush:
            brush = Brush(colors=["#000000"], color_mode="fixed")
        super().__init__(**preset_args(locals()))
