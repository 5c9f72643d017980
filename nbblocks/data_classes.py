"""Pydantic data models for component values.

A component's ``data_model`` describes the JSON value that travels between the kernel
and a front end (the widget view or an HTTP client). ``GradioModel`` serialises to a
dict of its fields; ``GradioRootModel`` serialises to its ``root`` value.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, RootModel

__all__ = [
    "GradioDataModel",
    "GradioModel",
    "GradioRootModel",
    "FileData",
    "ImageData",
    "FileDataDict",
    "ListFiles",
    "is_file_obj",
]


class _ModelMixin:
    """Helpers shared by both kinds of model (serialisation and flagging)."""

    @classmethod
    def from_json(cls, x: Any) -> Any:
        return cls.model_validate(x)  # type: ignore[attr-defined]  # a mixin of pydantic models: the model gives it

    def to_json(self) -> Any:
        return self.model_dump(mode="json")  # type: ignore[attr-defined]  # a mixin of pydantic models: the model gives it


class GradioModel(_ModelMixin, BaseModel):
    """A value serialised as a dict of its fields, e.g. ``{'names': [...]}``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)


class GradioRootModel(_ModelMixin, RootModel[Any]):
    """A value serialised as its ``root``, e.g. ``[...]`` rather than ``{'root': [...]}``."""

    model_config = ConfigDict(arbitrary_types_allowed=True)


GradioDataModel = GradioModel | GradioRootModel


class FileData(GradioModel):
    """A file crossing a boundary, with Gradio's field names.

    ``path`` is an opaque handle issued by the file cache (or a URL given by the app
    author); it is never a path a client may choose.
    """

    path: str
    url: str | None = None
    size: int | None = None
    orig_name: str | None = None
    mime_type: str | None = None
    is_stream: bool = False
    meta: dict[str, Any] = Field(default_factory=lambda: {"_type": "gradio.FileData"})

    @property
    def is_none(self) -> bool:
        return all(
            f is None for f in (self.path, self.url, self.size, self.orig_name, self.mime_type)
        )


class ImageData(FileData):
    """An image file (``gr.Image``'s value): the fields of FileData."""


FileDataDict = dict


class ListFiles(GradioRootModel):
    root: list[FileData]

    def __getitem__(self, index: int) -> FileData:
        return self.root[index]

    def __iter__(self) -> Iterator[FileData]:  # type: ignore[override]  # pydantic's yields (field, value) pairs; this yields the files
        return iter(self.root)


def is_file_obj(value: Any) -> bool:
    """True for a serialised FileData dict (what clients send for files)."""
    return (
        isinstance(value, dict)
        and "path" in value
        and isinstance(value.get("meta"), dict)
        and value["meta"].get("_type") == "gradio.FileData"
    )
