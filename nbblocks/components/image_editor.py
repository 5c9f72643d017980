"""gr.ImageEditor: draw on, erase, crop and layer an image (input), or show one (output).

The value is Gradio's ``EditorValue``: a dict of ``background``, ``layers`` (a list) and
``composite`` (the background with every layer drawn over it), each an image of ``type``.
On the wire it is ``EditorData``, the three parts as FileData, so they travel like every
other file. Drawing happens in the browser; only the result reaches the kernel, as PNG
files over the binary file transport (``docs/files-and-images.md``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

from typing_extensions import TypedDict, Unpack

from ..data_classes import FileData, GradioModel
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._files import FileValue
from ._uploads import Uploads, one_file
from .base import Component, ComponentProps
from .editor_options import Brush, Eraser, LayerOptions
from .image import IMAGE_MODES, SOURCES, check_type_and_format, check_webcam_options, image_out
from .image_options import WebcamOptions

if TYPE_CHECKING:
    import numpy as np
    import PIL.Image

__all__ = ["ImageEditor"]

ImageType = Union["np.ndarray", "PIL.Image.Image", str]
TRANSFORMS = ("crop", "resize")
_KEYS = ("background", "layers", "composite", "id")
_BUS = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"


class EditorValue(TypedDict):
    """What a function receives from, and may return to, an ImageEditor."""

    background: ImageType | None
    layers: list[ImageType]
    composite: ImageType | None


class EditorExampleValue(TypedDict):
    background: str | None
    layers: list[str | None] | None
    composite: str | None


class EditorData(GradioModel):
    """The editor's value on the wire: each part a FileData. ``id`` is accepted for
    Gradio's clients and not used."""

    background: FileData | None = None
    layers: list[FileData] = []
    composite: FileData | None = None
    id: str | None = None


def _is_file_dict(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("path"), str)


def _options(owner: str, name: str, value: Any, cls: type) -> Any:
    """An option object: None is the default one, False none at all."""
    if value is None or value is True:
        return cls()
    if value is False:
        return None
    if not isinstance(value, cls):
        raise TypeError(f"{owner}: {name} must be a gr.{cls.__name__}, None or False, got {value!r}")
    return value


class ImageEditor(FileValue, Component):
    """An image to edit with a brush, an eraser, crop, resize and layers. As an input it
    passes ``{"background", "layers", "composite"}`` with images per ``type``; as an output
    it takes that dict, or a single image (shown as the background)."""

    EVENTS = [Events.clear, Events.change, Events.input, Events.select, Events.upload, Events.apply]
    VIEW = "imageeditor"
    # An upload becomes the background, fitted to the canvas as the page does (Frontend.set_editor).
    UPLOADS = Uploads(single=one_file, source="upload", events=("upload", "input", "change"),
                      clear_events=("clear", "input", "change"),
                      frontend=lambda ui, comp, file, filename, wait: ui.set_editor(
                          comp, background=file, filename=filename, wait=wait)["background"])
    data_model = EditorData
    displays_files = True
    file_types = ["image"]

    def __init__(
        self,
        value: EditorValue | ImageType | Path | Callable[..., Any] | None = None,
        *,
        height: int | str | None = None,
        width: int | str | None = None,
        image_mode: Literal["1", "L", "P", "RGB", "RGBA", "CMYK", "YCbCr", "LAB", "HSV", "I", "F"] | None = "RGBA",
        sources: Iterable[Literal["upload", "webcam", "clipboard"]] | Literal["upload", "webcam", "clipboard"] | None = (
            "upload", "webcam", "clipboard"),
        type: Literal["numpy", "pil", "filepath"] = "numpy",
        buttons: list[Literal["download", "share", "fullscreen"]] | None = None,
        placeholder: str | None = None,
        webcam_options: WebcamOptions | None = None,
        _selectable: bool = False,
        crop_size: tuple[int | float, int | float] | str | None = None,
        transforms: Iterable[Literal["crop", "resize"]] | None = ("crop", "resize"),
        eraser: Eraser | Literal[False] | None = None,
        brush: Brush | Literal[False] | None = None,
        format: str = "webp",
        layers: bool | LayerOptions = True,
        canvas_size: tuple[int, int] = (800, 800),
        fixed_canvas: bool = False,
        show_download_button: bool | None = None,
        show_share_button: bool | None = None,
        show_fullscreen_button: bool | None = None,
        mirror_webcam: bool | None = None,
        **props: Unpack[ComponentProps],
    ):
        from .. import _editor

        name = f"{type_name(self)} '{props['label']}'" if props.get("label") else type_name(self)
        check_type_and_format(name, type, format)
        if image_mode is not None and image_mode not in IMAGE_MODES:
            raise ValueError(f"{name}: image_mode must be None or one of {', '.join(IMAGE_MODES)}, got {image_mode!r}")
        self.sources = _names(name, "sources", sources, SOURCES)
        self.transforms = _names(name, "transforms", transforms, TRANSFORMS)
        self.buttons = check_buttons(buttons, name, legacy={"download": show_download_button, "share": show_share_button,
                                                           "fullscreen": show_fullscreen_button})
        self.webcam_options = check_webcam_options(name, webcam_options, mirror_webcam)
        self._crop = _editor.parse_crop_size(crop_size, name)
        self.crop_size = crop_size
        self.eraser: Eraser | None = _options(name, "eraser", eraser, Eraser)
        self.brush: Brush | None = _options(name, "brush", brush, Brush)
        if isinstance(layers, bool):
            layers = LayerOptions(disabled=not layers)
        elif not isinstance(layers, LayerOptions):
            raise TypeError(f"{name}: layers must be True, False or a gr.LayerOptions, got {layers!r}")
        self.layers = layers
        if (not isinstance(canvas_size, (tuple, list)) or len(canvas_size) != 2
                or not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in canvas_size)):
            raise ValueError(f"{name}: canvas_size must be (width, height) in pixels, got {canvas_size!r}")
        self.canvas_size = (int(canvas_size[0]), int(canvas_size[1]))
        self.fixed_canvas = bool(fixed_canvas)
        self.height = height
        self.width = width
        self.image_mode = image_mode
        self.type = type
        self.format = format
        self.placeholder = placeholder
        self._selectable = _selectable
        super().__init__(value, **props)

    # -- the two conversions -------------------------------------------------------------

    def preprocess(self, payload: EditorData | None) -> EditorValue | None:
        """Passes ``{"background", "layers", "composite"}``, each image a numpy array, a PIL
        image or a file path per ``type``, in ``image_mode`` (the background and the
        composite are put on white when the mode has no alpha). Parts larger than
        ``crop_size`` allows are cut to it around their centre, as the page does. A value
        with layers but no composite (the page sends none once something is drawn) gets
        one: the layers drawn over the background, here."""
        if payload is None:
            return None
        if self._crop is not None:
            payload = self._cropped(payload)
        if payload.composite is None and payload.layers:
            payload = payload.model_copy(update={"composite": self._composed(payload)})
        return {
            "background": self._image_in(payload.background, flatten=True),
            "layers": [self._image_in(layer) for layer in payload.layers],
            "composite": self._image_in(payload.composite, flatten=True),
        }

    def postprocess(self, value: Any) -> EditorData | None:
        """Takes ``{"background", "layers", "composite"}`` (images as numpy arrays, PIL images,
        paths or URLs; any part may be missing or None) or a single image, which becomes
        the background and the composite."""
        if value is None:
            return None
        if isinstance(value, EditorData):
            value = {"background": value.background, "layers": value.layers, "composite": value.composite}
        if not isinstance(value, dict) or _is_file_dict(value):
            shown = image_out(self, value, self.format)
            return EditorData(background=shown, layers=[], composite=shown)
        unknown = sorted(set(value) - set(_KEYS))
        if unknown:
            raise Error(f"{self.owner}: the value has the keys background, layers and composite; got {unknown}")
        layers = value.get("layers") or []
        if not isinstance(layers, (list, tuple)):
            raise Error(f"{self.owner}: 'layers' must be a list of images, got {type_name(layers)}")
        return EditorData(
            background=image_out(self, value.get("background"), self.format),
            layers=[image_out(self, layer, self.format) for layer in layers if layer is not None],  # type: ignore[misc]  # None only for None
            composite=image_out(self, value.get("composite"), self.format),
        )

    def _image_in(self, data: FileData | None, flatten: bool = False) -> Any:
        from .. import _images, files

        if data is None:
            return None
        entry = self.checked_entry(data)
        if entry is None:  # a URL the app author gave
            if self.type == "filepath":
                return data.path
            raise Error(f"{self.owner}: a part of the value is the URL {data.path!r}; the kernel does not fetch URLs. "
                        "Use type='filepath' to receive the URL")
        return _images.preprocess_entry(entry, files.current(), type=self.type, image_mode=self.image_mode,
                                        fmt=self.format, owner=self.owner, flatten=flatten)

    def _composed(self, payload: EditorData) -> FileData:
        """The layers drawn over the background, as a PNG-to-be (pixels until a file is needed)."""
        from .. import _editor, _images, files

        cache = files.current()

        def image(data: FileData) -> Any:
            entry = self.checked_entry(data)
            if entry is None:
                raise Error(f"{self.owner}: a part of the value is the URL {data.path!r}; the kernel does not fetch URLs, "
                            "so it cannot compose the composite")
            return _images.entry_image(entry, cache, self.owner)

        layers = [image(layer) for layer in payload.layers]
        if payload.background is not None:
            base = image(payload.background)
        else:
            import PIL.Image

            base = PIL.Image.new("RGBA", layers[0].size, (0, 0, 0, 0))
        return image_out(self, _editor.compose(base, layers), "png")  # type: ignore[return-value]  # an image in: never None

    def _cropped(self, payload: EditorData) -> EditorData:
        """Each part whose size ``crop_size`` does not allow, cut to it (centred)."""
        from .. import _editor, _images, files

        cache = files.current()

        def fit(data: FileData | None) -> FileData | None:
            entry = None if data is None else self.checked_entry(data)
            if entry is None or _images.is_svg(entry):
                return data
            img = _images.entry_image(entry, cache, self.owner)
            if _editor.allows(img.width, img.height, self._crop):
                return data
            x, y, w, h = _editor.crop_box(img.width, img.height, self._crop)
            return image_out(self, img.crop((x, y, x + w, y + h)), self.format)

        return payload.model_copy(update={
            "background": fit(payload.background),
            "layers": [fit(layer) for layer in payload.layers],
            "composite": fit(payload.composite),
        })

    def process_example(self, value: Any) -> Any:
        """An example shows as one image, its composite (else its background), as in Gradio."""
        data = self.postprocess(value)
        shown = None if data is None else data.composite or data.background
        return None if shown is None else shown.model_dump(mode="json")

    def example_payload(self) -> Any:
        bus = {"path": _BUS, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": _BUS}
        return {"background": bus, "layers": [], "composite": None}

    def example_value(self) -> Any:
        return {"background": _BUS, "layers": [], "composite": None}

    def get_config(self) -> dict[str, Any]:
        crop = self.crop_size
        return super().get_config() | {
            "height": self.height, "width": self.width, "image_mode": self.image_mode, "sources": self.sources,
            "type": self.type, "buttons": self.buttons, "placeholder": self.placeholder,
            "webcam_options": self.webcam_options.to_json(), "_selectable": self._selectable,
            "crop_size": list(crop) if isinstance(crop, (tuple, list)) else crop, "transforms": self.transforms,
            "eraser": self.eraser.to_json() if self.eraser is not None else None,
            "brush": self.brush.to_json() if self.brush is not None else None,
            "format": self.format, "layers": self.layers.to_json(), "canvas_size": list(self.canvas_size),
            "fixed_canvas": self.fixed_canvas,
        }


def preset_args(args: dict[str, Any]) -> dict[str, Any]:
    """A preset class's constructor arguments (its ``locals()``), for ImageEditor's."""
    kept = {k: v for k, v in args.items() if k not in ("self", "__class__", "props")}
    return {**kept, **args.get("props", {})}


def type_name(value: Any) -> str:
    return type(value).__name__


def _names(owner: str, param: str, value: Any, allowed: tuple[str, ...]) -> list[str]:
    """A list of names out of ``allowed`` (None: none; one name: a list of it)."""
    if value is None:
        return []
    names = [value] if isinstance(value, str) else list(value)
    for n in names:
        if n not in allowed:
            raise ValueError(f"{owner}: {param} must be a list of {', '.join(allowed)}, got {n!r}")
    return names
