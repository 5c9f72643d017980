"""gr.Gallery: a grid of images with captions; selecting one fires ``select``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from typing_extensions import Unpack

from ..data_classes import FileData, GradioModel, GradioRootModel
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._files import FileValue, check_file_types
from ._uploads import Uploads
from .base import Component, ComponentProps
from .image import check_type_and_format, image_out

__all__ = ["Gallery"]

OBJECT_FITS = ("contain", "cover", "fill", "none", "scale-down")


class GalleryImage(GradioModel):
    image: FileData
    caption: str | None = None


class GalleryData(GradioRootModel):
    root: list[GalleryImage]


def add_images(current: Any, files: list[dict[str, Any]]) -> list[Any]:
    """The view's upload: each file becomes a new item, after those the gallery holds."""
    return [*(current if isinstance(current, list) else []), *({"image": f, "caption": None} for f in files)]


class Gallery(FileValue, Component):
    """Images (arrays, PIL images, paths, URLs), each optionally ``(image, caption)``."""

    EVENTS = [Events.select, Events.upload, Events.change, Events.delete, "preview_close", "preview_open"]
    VIEW = "gallery"
    UPLOADS = Uploads(value=lambda current, files, props: add_images(current, files), cleared=[], clear_events=("change",))
    data_model = GalleryData
    displays_files = True

    def __init__(
        self,
        value: list[Any] | Callable[..., Any] | None = None,
        *,
        format: str = "webp",
        file_types: list[str] | None = None,
        columns: int | None = 2,
        rows: int | None = None,
        height: int | float | str | None = None,
        allow_preview: bool = True,
        preview: bool | None = None,
        selected_index: int | None = None,
        object_fit: Literal["contain", "cover", "fill", "none", "scale-down"] | None = None,
        buttons: list[Literal["download", "share", "fullscreen"]] | None = None,
        type: Literal["numpy", "pil", "filepath"] = "filepath",
        fit_columns: bool = True,
        sources: list[Literal["upload", "webcam", "clipboard"]] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"Gallery '{props['label']}'" if props.get("label") else "Gallery"
        self.fit_columns = fit_columns
        self.sources = check_sources(name, sources)
        check_type_and_format(name, type, format)
        if object_fit is not None and object_fit not in OBJECT_FITS:
            raise ValueError(f"{name}: object_fit must be one of {', '.join(OBJECT_FITS)}, got {object_fit!r}")
        self.format = format
        self.file_types = check_file_types(file_types, name) or ["image"]
        self.columns = columns
        self.rows = rows
        self.height = height
        self.allow_preview = allow_preview
        self.preview = preview
        self.selected_index = selected_index
        self.object_fit = object_fit
        self.buttons = check_buttons(buttons, name)
        self.type = type
        super().__init__(value, **props)

    def preprocess(self, payload: GalleryData | None) -> list[tuple[Any, str | None]] | None:
        """Passes ``[(image, caption), ...]``; images per ``type`` (numpy, pil or filepath)."""
        if payload is None:
            return None
        from .. import _images, files

        cache = files.current()
        out = []
        for item in payload.root:
            entry = self.checked_entry(item.image)
            if entry is None:
                if self.type != "filepath":
                    raise Error(f"{self.owner}: an item is the URL {item.image.path!r}; the kernel does not fetch URLs "
                                "(use type='filepath')")
                image: Any = item.image.path
            else:
                image = _images.preprocess_entry(entry, cache, type=self.type, image_mode=None, fmt=self.format, owner=self.owner)
            out.append((image, item.caption))
        return out

    def api_default(self) -> Any:
        """As Gradio's ``/config``: an empty gallery is ``[]`` there."""
        return [] if self.value is None else self.value

    def postprocess(self, value: Any) -> GalleryData | None:
        """Takes a list of images or ``(image, caption)`` tuples."""
        if value is None:
            return None
        if isinstance(value, GalleryData):
            value = [(i.image, i.caption) for i in value.root]
        if not isinstance(value, (list, tuple)):
            raise Error(f"{self.owner}: a gallery shows a list of images, got {type(value).__name__}")
        items = []
        for given in value:
            item: Any = given
            caption = None
            if isinstance(item, GalleryImage):
                item, caption = item.image, item.caption
            elif isinstance(item, dict) and "image" in item:
                item, caption = item["image"], item.get("caption")
            elif isinstance(item, (tuple, list)) and len(item) == 2 and not _is_array(item):
                item, caption = item
            image = image_out(self, item, self.format)
            # image_out gives None only for None, which GalleryImage refuses as before
            items.append(GalleryImage(image=image, caption=None if caption is None else str(caption)))  # type: ignore[arg-type]  # as before
        return GalleryData(items)

    def example_payload(self) -> Any:
        url = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
        return [{"image": {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": url}}]

    def example_value(self) -> Any:
        return ["https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"]

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "format": self.format, "file_types": self.file_types, "columns": self.columns, "rows": self.rows,
            "height": self.height, "allow_preview": self.allow_preview, "preview": self.preview,
            "selected_index": self.selected_index, "object_fit": self.object_fit, "buttons": self.buttons,
            "type": self.type, "fit_columns": self.fit_columns, "sources": self.sources,
        }


GALLERY_SOURCES = ("upload", "webcam", "clipboard")


def check_sources(name: str, sources: Any) -> list[str]:
    """Where a gallery takes images from: ``["upload"]`` unless told otherwise."""
    if sources is None:
        return ["upload"]
    items = [sources] if isinstance(sources, str) else list(sources)
    for source in items:
        if source not in GALLERY_SOURCES:
            raise ValueError(f"{name}: sources must be a list of {', '.join(GALLERY_SOURCES)}, got {source!r}")
    return items


def _is_array(item: Any) -> bool:
    return hasattr(item, "__array__")
