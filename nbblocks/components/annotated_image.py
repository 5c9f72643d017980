"""gr.AnnotatedImage: an image with labelled masks and boxes drawn over it.

Each annotation becomes an RGBA PNG mask in the app's file cache (a box becomes a mask
with a solid 3-pixel border and a half-transparent inside), coloured from ``color_map``
(red by default), as Gradio does. The base image takes gr.Image's fast path: an array or
a PIL image is shown from its raw pixels and encoded in ``format`` only when a file is
needed. numpy and Pillow load the first time a value is converted.
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from .. import files
from ..data_classes import FileData, GradioModel
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._files import FileValue
from .base import Component, ComponentProps

if TYPE_CHECKING:
    import numpy as np

__all__ = ["AnnotatedImage", "Annotatedimage"]

#: Width in pixels of a box's solid border (Gradio's).
BORDER = 3
DEFAULT_COLOR = (255, 0, 0)


class Annotation(GradioModel):
    image: FileData
    label: str


class AnnotatedImageData(GradioModel):
    image: FileData
    annotations: list[Annotation]


class AnnotatedImage(FileValue, Component):
    """Shows ``(image, [(mask or (x1, y1, x2, y2), label), ...])``: the image with each
    annotation drawn over it, a legend, and ``select`` when the user clicks one."""

    EVENTS = [Events.change, Events.select]
    VIEW = "annotatedimage"
    data_model = AnnotatedImageData
    accepts_uploads = False
    displays_files = True

    def __init__(
        self,
        value: tuple[Any, Sequence[tuple[Any, str]]] | Callable[..., Any] | None = None,
        *,
        format: str = "webp",
        show_legend: bool = True,
        height: int | str | None = None,
        width: int | str | None = None,
        color_map: dict[str, str] | None = None,
        buttons: list[Literal["fullscreen"]] | None = None,
        **props: Unpack[ComponentProps],
    ):
        from .image import check_type_and_format

        name = f"AnnotatedImage '{props['label']}'" if props.get("label") else "AnnotatedImage"
        check_type_and_format(name, "numpy", format)
        if color_map is not None and not isinstance(color_map, dict):
            raise ValueError(f"{name}: color_map must be a dict of label -> colour, got {type(color_map).__name__}")
        self.format = format
        self.show_legend = show_legend
        self.height = height
        self.width = width
        self.color_map = color_map
        self.buttons = check_buttons(buttons, name, ("fullscreen",))
        super().__init__(value, **props)

    # -- the two conversions -------------------------------------------------------------

    def preprocess(self, payload: AnnotatedImageData | None) -> tuple[str, list[tuple[str, str]]] | None:
        """Passes ``(image_path, [(mask_path, label), ...])``; each mask is an RGBA PNG."""
        if payload is None:
            return None
        return self._path(payload.image), [(self._path(a.image), a.label) for a in payload.annotations]

    def _path(self, data: FileData) -> str:
        entry = self.checked_entry(data)
        if entry is None:  # a URL the app author gave
            return data.path
        return files.current().local_path(entry.handle)

    def postprocess(self, value: Any) -> AnnotatedImageData | None:
        """Takes ``(image, annotations)``: the image a file path, URL, numpy array or PIL
        image; each annotation ``(mask, label)`` with the mask a 0-1 float array, a boolean
        or integer array, a box ``(x1, y1, x2, y2)`` in pixels, or an image file."""
        if value is None:
            return None
        if isinstance(value, AnnotatedImageData):
            return value
        if isinstance(value, dict):  # Gradio's serialised form, e.g. a cached example
            from pydantic import ValidationError

            try:
                data = AnnotatedImageData.model_validate(value)
            except ValidationError:
                raise Error(f"{self.owner}: a dict value must be {{'image': FileData, 'annotations': "
                            f"[{{'image': FileData, 'label': str}}, ...]}}, got keys {sorted(map(str, value))[:5]}") from None
            checked = [Annotation(image=self.file_out(a.image), label=a.label) for a in data.annotations]
            return AnnotatedImageData(image=self.file_out(data.image), annotations=checked)
        if not isinstance(value, (tuple, list)) or len(value) != 2:
            raise Error(f"{self.owner}: expected (image, [(mask or box, label), ...]), got {type(value).__name__}")
        base, annotations = value
        if annotations is None:
            annotations = []
        if isinstance(annotations, (str, bytes)) or not hasattr(annotations, "__iter__"):
            raise Error(f"{self.owner}: the annotations must be a list of (mask or box, label) pairs, "
                        f"got {type(annotations).__name__}")
        annotations = list(annotations)
        image, size = self._base(base, annotations)
        masks = [self._annotation(i, item, size) for i, item in enumerate(annotations)]
        return AnnotatedImageData(image=image, annotations=masks)

    def _base(self, base: Any, annotations: list[Any]) -> tuple[FileData, tuple[int, int] | None]:
        """The base image as FileData and its (width, height) (None for a URL)."""
        from .. import _images
        from .image import image_out

        if isinstance(base, (str, Path)) and files.is_url(str(base)):
            if any(not _is_array(_mask_of(item)) for item in annotations):
                raise Error(f"{self.owner}: the image is the URL {str(base)!r}, and the kernel does not fetch URLs, "
                            "so boxes cannot be sized; give a local file, a numpy array or a PIL image")
            return self.file_out(str(base)), None
        if not isinstance(base, (str, Path)) and not hasattr(base, "__array__") and not hasattr(base, "getbands"):
            raise Error(f"{self.owner}: the image must be a file path, a URL, a numpy array or a PIL image, "
                        f"got {type(base).__name__}")
        data = image_out(self, base, self.format)
        assert data is not None
        entry = files.current().get(data.path)
        pending = entry.pending if entry is not None else None
        if isinstance(pending, _images.PendingImage):
            return data, (pending.width, pending.height)
        img = _images.open_image(files.current().local_path(data.path), self.owner, data.orig_name)
        return data, (img.width, img.height)

    def _annotation(self, index: int, item: Any, size: tuple[int, int] | None) -> Annotation:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise Error(f"{self.owner}: annotation {index} must be a (mask or box, label) pair, got {item!r:.80}")
        mask, label = item
        if label is None or isinstance(label, (bytes, bytearray)):
            raise Error(f"{self.owner}: annotation {index} needs a label (a str), got {label!r}")
        label = str(label)
        color = self._color(label)
        if isinstance(mask, (str, Path)):
            rgba = _mask_file(mask, color, size, f"{self.owner}: annotation {index} ({label!r})")
        elif _is_array(mask):
            rgba = _mask_array(mask, color, size, f"{self.owner}: annotation {index} ({label!r})")
        elif isinstance(mask, (tuple, list)) and len(mask) == 4 and all(isinstance(v, numbers.Real) for v in mask):
            assert size is not None
            rgba = _box(mask, color, size)
        else:
            raise Error(f"{self.owner}: annotation {index} ({label!r}) must be a mask array, a box (x1, y1, x2, y2) "
                        f"or an image file, got {type(mask).__name__}")
        return Annotation(image=self._png(rgba), label=label)

    def _color(self, label: str) -> tuple[int, int, int]:
        spec = (self.color_map or {}).get(label)
        if spec is None:
            return DEFAULT_COLOR
        from PIL import ImageColor

        try:
            rgb = ImageColor.getrgb(str(spec))
        except ValueError:
            raise Error(f"{self.owner}: color_map[{label!r}] = {spec!r} is not a colour; use a hex code such as "
                        "'#ff0000' or a CSS name such as 'red'") from None
        return rgb[0], rgb[1], rgb[2]

    def _png(self, rgba: np.ndarray) -> FileData:
        import numpy as np

        from .. import _images

        data = _images.rgba_png(np.ascontiguousarray(rgba, dtype=np.uint8))
        return self.entry_out(files.current().put_bytes(data, "mask.png", "image/png"))

    def process_example(self, value: Any) -> Any:
        """An example shows as its image (a thumbnail in an examples table)."""
        data = self.postprocess(value)
        return None if data is None else data.image.model_dump(mode="json")

    def selected_item(self, value: Any, index: int) -> str:
        """What a click on annotation ``index`` of the page's value sends as
        ``SelectData.value``: its label."""
        annotations = value["annotations"]
        if not 0 <= index < len(annotations):
            raise IndexError(index)
        return str(annotations[index]["label"])

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return {"image": {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": url},
                "annotations": []}

    def example_value(self) -> Any:
        return ("https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png",
                [([0, 0, 100, 100], "bus")])

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "format": self.format, "show_legend": self.show_legend, "height": self.height, "width": self.width,
            "color_map": self.color_map, "buttons": self.buttons,
        }


# -- masks (numpy) ---------------------------------------------------------------------------


def _mask_of(item: Any) -> Any:
    return item[0] if isinstance(item, (tuple, list)) and item else None


def _is_array(value: Any) -> bool:
    return hasattr(value, "__array__") and not isinstance(value, (str, bytes, tuple, list))


def _colored(alpha: np.ndarray, color: tuple[int, int, int]) -> np.ndarray:
    """An RGBA mask: ``color`` where ``alpha`` > 0, transparent black elsewhere."""
    import numpy as np

    rgba = np.zeros((*alpha.shape, 4), dtype=np.uint8)
    rgba[alpha > 0, :3] = color
    rgba[..., 3] = alpha
    return rgba


def _mask_array(mask: Any, color: tuple[int, int, int], size: tuple[int, int] | None, owner: str) -> np.ndarray:
    """A (height, width) mask as alpha: floats are 0-1 (clipped), booleans 0/255, integers
    0/1 or 0-255."""
    import numpy as np

    arr = np.asarray(mask)
    if arr.ndim == 3 and arr.shape[2] == 1:
        arr = arr[:, :, 0]
    if arr.ndim != 2:
        raise Error(f"{owner}: a mask must be a 2-D array (height, width), got shape {arr.shape}")
    if size is not None and arr.shape != (size[1], size[0]):
        raise Error(f"{owner}: the mask is {arr.shape[1]}x{arr.shape[0]} pixels but the image is {size[0]}x{size[1]}")
    if arr.dtype == np.bool_:
        alpha = arr.astype(np.uint8) * 255
    elif np.issubdtype(arr.dtype, np.integer):
        alpha = np.clip(arr, 0, 255).astype(np.uint8) if arr.size and arr.max() > 1 else arr.astype(np.uint8) * 255
    elif np.issubdtype(arr.dtype, np.floating):
        if not np.isfinite(arr).all():
            raise Error(f"{owner}: the mask has NaN or infinite values")
        alpha = (np.clip(arr, 0.0, 1.0) * 255).astype(np.uint8)  # truncated, as Gradio does
    else:
        raise Error(f"{owner}: a mask of dtype {arr.dtype} is not supported; use floats in 0-1 or booleans")
    return _colored(alpha, color)


def _box(box: Sequence[float], color: tuple[int, int, int], size: tuple[int, int]) -> np.ndarray:
    """A box as a mask: half-transparent inside, a solid ``BORDER``-pixel edge; clipped
    to the image."""
    import numpy as np

    width, height = size
    xs = sorted(min(max(int(round(v)), 0), width) for v in (box[0], box[2]))
    ys = sorted(min(max(int(round(v)), 0), height) for v in (box[1], box[3]))
    (x1, x2), (y1, y2) = xs, ys
    alpha = np.zeros((height, width), dtype=np.uint8)
    alpha[y1:y2, x1:x2] = 127
    alpha[y1:y2, x1:x1 + BORDER] = 255
    alpha[y1:y2, max(x2 - BORDER, 0):x2] = 255
    alpha[y1:y1 + BORDER, x1:x2] = 255
    alpha[max(y2 - BORDER, 0):y2, x1:x2] = 255
    return _colored(alpha, color)


def _mask_file(path: str | Path, color: tuple[int, int, int], size: tuple[int, int] | None, owner: str) -> np.ndarray:
    """A mask image file: one with transparency (such as a mask this component made) is
    kept as it is; a grey one is a 0-255 mask coloured like an array."""
    import numpy as np

    from .. import _images

    if files.is_url(str(path)):
        raise Error(f"{owner}: the mask is the URL {str(path)!r}; the kernel does not fetch URLs")
    if not Path(path).is_file():
        raise Error(f"{owner}: no such mask file: {path}")
    img = _images.open_image(path, owner)
    if size is not None and img.size != size:
        raise Error(f"{owner}: the mask is {img.width}x{img.height} pixels but the image is {size[0]}x{size[1]}")
    if "A" in img.getbands() or "transparency" in img.info:
        return np.asarray(img.convert("RGBA"))
    return _mask_array(np.asarray(img.convert("L")), color, size, owner)


#: Gradio's other name for it.
Annotatedimage = AnnotatedImage
