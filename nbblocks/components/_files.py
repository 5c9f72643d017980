"""What every component with file values shares (Image, File, UploadButton,
DownloadButton, Gallery): the app's file cache, refusing files a client names that the
cache did not issue, file paths and URLs out, flagging."""

from __future__ import annotations

import builtins
import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload
from urllib.parse import unquote, urlparse

from .. import files
from ..exceptions import Error
from .base import component_name

if TYPE_CHECKING:
    from ..data_classes import FileData, GradioModel, GradioRootModel
    from ..files import Entry

FILE_CATEGORIES = ("image", "audio", "video", "text")

_F = TypeVar("_F", bound="FileData")


class NamedString(str):
    """A file path that also answers ``.name`` (what Gradio's file inputs give)."""

    @property
    def name(self) -> str:
        return str(self)


def check_file_types(file_types: Any, owner: str) -> list[str] | None:
    if file_types is None:
        return None
    if isinstance(file_types, str) or not isinstance(file_types, (list, tuple)):
        raise ValueError(f"{owner}: file_types must be a list such as ['image', '.pdf'], got {file_types!r}")
    return [str(t) for t in file_types]


def matches_file_types(name: str, mime: str | None, file_types: list[str] | None) -> bool:
    """Gradio's ``file_types``: extensions (".pdf"), categories ("image", "audio", "video",
    "text"), MIME patterns ("image/*"); "file" allows anything."""
    if not file_types:
        return True
    ext = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    mime = (mime or mimetypes.guess_type(name)[0] or "").lower()
    guessed = (mimetypes.guess_type(name)[0] or "").lower()
    for t in (s.lower().strip() for s in file_types):
        if t in ("file", "*", "*/*"):
            return True
        if t.startswith("."):
            if ext == t:
                return True
        elif "/" in t:
            major, _, minor = t.partition("/")
            if any(m.partition("/")[0] == major and (minor == "*" or m == t) for m in (mime, guessed) if m):
                return True
        elif t in FILE_CATEGORIES:
            if any(m.startswith(t + "/") for m in (mime, guessed) if m):
                return True
        elif ext == "." + t:
            return True
    return False


class FileValue:
    """Mixin of the components whose value holds files."""

    #: The widget accepts uploads into this component (the view has a file picker).
    accepts_uploads: bool = True
    #: The widget sends the bytes of the value's files with the value, for display.
    displays_files: bool = False
    file_types: list[str] | None = None

    @property
    def owner(self) -> str:
        return component_name(self)

    def upload_refusal(self, name: str, mime: str | None) -> str | None:
        """Why an upload of ``name`` is refused, or None."""
        if not matches_file_types(name, mime, self.file_types):
            return f"{self.owner}: {name!r} is not an accepted file type ({', '.join(self.file_types or [])})"
        return None

    def checked_entry(self, payload: Any) -> Entry | None:
        """The cache entry a client's FileData names (None for an author URL); refused
        with an error naming this component when the cache did not issue it."""
        return files.current().check(payload, self.owner)

    # -- out: what a function returned -------------------------------------------------

    @overload
    def file_out(self, value: Any, model: None = None) -> FileData: ...
    @overload
    def file_out(self, value: Any, model: type[_F]) -> _F: ...
    def file_out(self, value: Any, model: type[FileData] | None = None) -> FileData:
        """A path, a URL or a FileData (e.g. an input returned as is) as a FileData."""
        from ..data_classes import FileData

        model = model or FileData
        cache = files.current()
        if isinstance(value, (FileData, dict)):
            data = value if isinstance(value, FileData) else _file_data(value, self.owner)
            entry = cache.check(data, self.owner)
            if entry is None:
                return model(**{**data.model_dump(), "url": data.path})
            return model(**cache.file_data(entry).model_dump())
        if isinstance(value, (str, Path)):
            text = str(value)
            if files.is_url(text):
                return self.url_out(text, model)
            path = Path(text)
            if not path.is_file():
                raise Error(f"{self.owner}: no such file: {text}")
            entry = cache.put_path(path)
            return model(**cache.file_data(entry).model_dump())
        raise Error(f"{self.owner}: cannot show a {type(value).__name__}; return a file path, a URL or a list of them")

    def own_file_out(self, value: Any) -> FileData:
        """A file a function gave back, as ``file_out`` takes it, and also as a FileData
        dict naming a file on disk (a path an input gave the function, passed on; it is
        stored in the cache) or a URL (allowed, never fetched). Values from a page or a
        client never come here: they are checked when they arrive."""
        from ..data_classes import FileData

        if isinstance(value, FileData):
            value = value.model_dump()
        if isinstance(value, dict):
            path = value.get("path")
            cache = files.current()
            if isinstance(path, str) and cache.get(path) is None:
                if files.is_url(path):
                    return self.url_out(path, FileData)
                if Path(path).is_file():
                    return self.entry_out(cache.put_path(path, value.get("orig_name") or Path(path).name, value.get("mime_type")))
        return self.file_out(str(value) if isinstance(value, Path) else value)

    def url_out(self, url: str, model: type[FileData]) -> FileData:
        files.current().allow_url(url)
        name = "file" if url.lower().startswith("data:") else (Path(unquote(urlparse(url).path)).name or "file")
        return model(path=url, url=url, orig_name=name, mime_type=mimetypes.guess_type(name)[0])

    @overload
    def entry_out(self, entry: Entry, model: None = None) -> FileData: ...
    @overload
    def entry_out(self, entry: Entry, model: type[_F]) -> _F: ...
    def entry_out(self, entry: Entry, model: type[FileData] | None = None) -> FileData:
        if model is None:
            from ..data_classes import FileData

            model = FileData
        return model(path=entry.handle, size=entry.size, orig_name=entry.name, mime_type=entry.mime_type)

    # -- in: what the function receives -------------------------------------------------

    def file_in(self, payload: Any, type: Literal["filepath", "binary"]) -> Any:
        """A client's FileData as a path (``NamedString``) or bytes."""
        cache = files.current()
        entry = self.checked_entry(payload)
        if entry is None:  # a URL the app author gave: passed on, never fetched
            if type == "binary":
                raise Error(f"{self.owner}: the value is the URL {payload.path!r}; the kernel does not fetch URLs, "
                            "so type='binary' cannot read it")
            return NamedString(payload.path)
        if type == "binary":
            return cache.read(entry.handle)
        return NamedString(cache.local_path(entry.handle))

    # Flagging (files copied into the flag folder, issued again when read back) is the
    # base Component's: it does this for every data_model that holds FileData.


FILE_COUNTS = ("single", "multiple", "directory")
FILE_TYPES = ("filepath", "binary")
_SAMPLE = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"


class CountedFiles(FileValue):
    """File, Files and UploadButton: one file or a list (``file_count``), passed to the
    function as paths or bytes (``type``)."""

    file_count: str = "single"
    type: Literal["filepath", "binary"] = "filepath"
    data_model: builtins.type[GradioModel] | builtins.type[GradioRootModel] | None  # `type` is a field here

    def _set_files(self, owner: str, file_count: str, type: Literal["filepath", "binary"], file_types: Any) -> None:
        from ..data_classes import FileData, ListFiles

        if file_count not in FILE_COUNTS:
            raise ValueError(f"{owner}: file_count must be one of {', '.join(FILE_COUNTS)}, got {file_count!r}")
        if type not in FILE_TYPES:
            raise ValueError(f"{owner}: type must be 'filepath' or 'binary', got {type!r}")
        self.file_count = file_count
        self.type = type
        self.file_types = check_file_types(file_types, owner)
        self.data_model = FileData if file_count == "single" else ListFiles

    @property
    def multiple(self) -> bool:
        return self.file_count != "single"

    def preprocess(self, payload: Any) -> Any:
        """Passes a path (a ``str`` that also has ``.name``) or ``bytes``; a list of them
        for ``file_count="multiple"``/``"directory"``."""
        from ..data_classes import ListFiles

        if payload is None:
            return None
        if isinstance(payload, ListFiles):
            return [self.file_in(f, self.type) for f in payload.root]
        return self.file_in(payload, self.type)

    def postprocess(self, value: Any) -> Any:
        """Takes a path or URL (a list of them for several files)."""
        from ..data_classes import ListFiles

        if value is None:
            return None
        if self.multiple:
            return ListFiles([self.file_out(v) for v in (value if isinstance(value, (list, tuple)) else [value])])
        if isinstance(value, (list, tuple)):
            if len(value) != 1:
                raise Error(f"{self.owner} shows one file (file_count='single') but got {len(value)}")
            value = value[0]
        return self.file_out(value)

    def example_payload(self) -> Any:
        one = {"path": _SAMPLE, "meta": {"_type": "gradio.FileData"}, "orig_name": "sample_file.pdf", "url": _SAMPLE}
        return [one] if self.multiple else one

    def example_value(self) -> Any:
        return [_SAMPLE] if self.multiple else _SAMPLE


def _file_data(value: dict[str, Any], owner: str) -> FileData:
    from pydantic import ValidationError

    from ..data_classes import FileData

    try:
        return FileData.model_validate(value)
    except ValidationError:
        raise Error(f"{owner}: a dict value must be a FileData with a 'path' (got keys {sorted(value)[:5]})") from None
