"""gr.ImageSlider: two images laid one over the other, with a handle that reveals the
first on its left and the second on its right (a before/after comparison).

The value is a pair ``(image, image)``; each side takes what gr.Image takes and converts
it the same way (``image_in``/``image_out``): arrays and PIL images go to the page as raw
pixels and become files in ``format`` only when one is needed. As an input, a user drops
one image, which becomes the first of the pair (Gradio 6.31's upload view); the usual
pattern is a function that returns ``(original, processed)`` to the same slider.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from ..data_classes import GradioRootModel, ImageData
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._files import FileValue
from ._uploads import FileDict, Uploads, one_file
from .base import Component, ComponentProps
from .image import IMAGE_MODES, check_type_and_format, image_in, image_out

if TYPE_CHECKING:
    import numpy as np
    import PIL.Image

    ImageValue = np.ndarray | PIL.Image.Image | str | Path | None

__all__ = ["ImageSlider"]

BUTTONS = ("download", "fullscreen")


class SliderData(GradioRootModel):
    """The pair as it crosses to a front end: ``[image or null, image or null]`` or null."""

    root: tuple[ImageData | None, ImageData | None] | None


def _into_first(current: Any, files: list[FileDict], props: dict[str, Any]) -> Any:
    """A picked image becomes the first of the pair; the second stays."""
    second = current[1] if isinstance(current, (list, tuple)) and len(current) == 2 else None
    return [files[0], second]


class ImageSlider(FileValue, Component):
    """Compares two images: the first shows left of the handle, the second right of it.
    As an input it passes a pair of numpy arrays, PIL images or file paths (``type``);
    as an output it takes a pair of any of those or URLs (either side may be None)."""

    EVENTS = [Events.clear, Events.change, Events.stream, Events.select, Events.upload, Events.input]
    VIEW = "imageslider"
    UPLOADS = Uploads(value=_into_first, single=one_file, events=("upload", "input", "change"),
                      cleared=[None, None], clear_events=("clear", "input", "change"))
    data_model = SliderData
    displays_files = True
    file_types = ["image"]

    def __init__(
        self,
        value: tuple[ImageValue, ImageValue] | Callable[..., Any] | None = None,
        *,
        format: str = "webp",
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"] | None = "RGB",
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Literal["download", "fullscreen"]] | None = None,
        slider_position: float = 50,
        max_height: int = 500,
        show_download_button: bool | None = None,
        show_fullscreen_button: bool | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"ImageSlider '{props['label']}'" if props.get("label") else "ImageSlider"
        check_type_and_format(name, type, format)
        if image_mode is not None and image_mode not in IMAGE_MODES:
            raise ValueError(f"{name}: image_mode must be None or one of {', '.join(IMAGE_MODES)}, got {image_mode!r}")
        if isinstance(slider_position, bool) or not isinstance(slider_position, (int, float)):
            raise ValueError(f"{name}: slider_position must be a number from 0 to 100, got {slider_position!r}")
        if isinstance(max_height, bool) or not isinstance(max_height, int):
            raise ValueError(f"{name}: max_height must be a number of pixels, got {max_height!r}")
        self.format = format
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.type = type
        self.buttons = check_buttons(buttons, name, BUTTONS,
                                     legacy={"download": show_download_button, "fullscreen": show_fullscreen_button})
        self.slider_position = slider_position
        self.max_height = max_height
        super().__init__(value, **props)

    def preprocess(self, payload: SliderData | None) -> tuple[Any, Any] | None:
        """Passes ``(first, second)``, each a numpy array, a PIL image or a file path per
        ``type``, or None for a side with no image (a cleared slider gives ``(None, None)``)."""
        if payload is None:
            return None
        if payload.root is None:
            raise Error(f"{self.owner}: the value holds no pair of images")
        first, second = payload.root
        return (image_in(self, first, self.type, self.image_mode, self.format),
                image_in(self, second, self.type, self.image_mode, self.format))

    def postprocess(self, value: Any) -> SliderData | None:
        """Takes a pair (tuple or list) of numpy arrays, PIL images, file paths or URLs."""
        if value is None:
            return None
        if isinstance(value, SliderData):
            value = value.root
            if value is None:
                return None
        if not isinstance(value, Sequence) or isinstance(value, str) or len(value) != 2:
            sized = isinstance(value, Sequence) and not isinstance(value, str)
            got = f"{len(value)} items" if sized else f"a {type(value).__name__}"
            raise Error(f"{self.owner}: the value must be a pair of images (first, second), got {got}")
        return SliderData((image_out(self, value[0], self.format), image_out(self, value[1], self.format)))

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        one = {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": url}
        return (one, dict(one))

    def example_value(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return (url, url)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "format": self.format, "height": self.height, "width": self.width, "image_mode": self.image_mode,
            "type": self.type, "buttons": self.buttons, "slider_position": self.slider_position,
            "max_height": self.max_height,
        }
