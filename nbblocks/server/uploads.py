"""``POST /gradio_api/upload``: a multipart body streamed straight into the app's file cache.

The body is parsed as it arrives (python-multipart's streaming parser), and each part
named ``files`` is written into a cache ``Upload``: no temporary file outside the cache,
no part held in memory, every file bounded by ``max_file_size`` and the request bounded
in its number of parts. The answer is Gradio's: a JSON list of the new files' paths,
which are the cache's opaque handles. A refused request keeps nothing, not even the
files of the same request that were complete.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_to_bytes

from ..files import FileTooLarge
from .security import RequestError

if TYPE_CHECKING:
    from ..files import FileCache, Upload

#: Parts one upload request may have (Gradio's multipart parser allows 1000 files).
MAX_PARTS = 1000
#: Bytes a part that is not a file (a form field) may have; they are read and dropped.
MAX_FIELD = 64 * 1024
_FILE_FIELD = "files"


log = logging.getLogger("nbblocks")
_FILENAME_STAR = re.compile(r"""(?:^|;)\s*filename\*\s*=\s*"?([^;"]*)"?""", re.IGNORECASE)


def _text(value: bytes) -> str:
    """Header bytes as text: UTF-8 as RFC 7578 says clients send it (browsers, httpx,
    curl), else Latin-1 as older clients did. Never lossy, never an error."""
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def disposition_names(header: bytes) -> tuple[str | None, str | None]:
    """``(name, filename)`` of a part's ``Content-Disposition`` header. ``filename*``
    (RFC 5987, ``UTF-8''%E5%86%99.png``), when a client sends it, wins over ``filename``."""
    from python_multipart.multipart import parse_options_header

    text = header.decode("latin-1")  # bytes as they are, one character each
    _, params = parse_options_header(text)
    field = params.get(b"name")
    filename = params.get(b"filename")
    found = _FILENAME_STAR.search(text)
    if found is not None:
        charset, _, rest = found.group(1).strip().partition("'")
        _, _, encoded = rest.partition("'")
        try:
            return (_text(field) if field is not None else None,
                    unquote_to_bytes(encoded).decode(charset or "utf-8"))
        except (LookupError, UnicodeDecodeError):
            pass  # a malformed filename*: the plain filename, if any, stands
    return (_text(field) if field is not None else None, _text(filename) if filename is not None else None)


class _QuietLog:
    """python-multipart logs every malformed body as a warning, so any client could fill
    the log; the client gets its 400, and the log hears of it at DEBUG only."""

    def __getattr__(self, name: str) -> Any:
        return self._debug

    @staticmethod
    def _debug(message: Any, *args: Any, **kwargs: Any) -> None:
        log.debug("nbblocks: upload refused: " + str(message), *args)


_QUIET = _QuietLog()


class _Part:
    __slots__ = ("content_type", "field_bytes", "filename", "name", "upload")

    def __init__(self) -> None:
        self.name: str | None = None
        self.filename: str | None = None
        self.content_type: str | None = None
        self.upload: Upload | None = None
        self.field_bytes = 0


class UploadParser:
    """Feeds one request body into the cache; ``handles`` are the stored files, in order."""

    def __init__(self, cache: FileCache, content_type: str, max_file_size: int | None):
        from python_multipart.multipart import MultipartParser, parse_options_header

        kind, params = parse_options_header(content_type)
        boundary = params.get(b"boundary")
        if kind != b"multipart/form-data" or not boundary:
            raise RequestError(400, "an upload must be multipart/form-data with a boundary, its files in parts named 'files'")
        self.cache = cache
        self.max_file_size = max_file_size
        self.handles: list[str] = []
        self.parts = 0
        self._part: _Part | None = None
        self._header_field = bytearray()
        self._header_value = bytearray()
        try:
            self._parser = MultipartParser(boundary, {
                "on_part_begin": self._on_part_begin,
                "on_header_field": lambda data, start, end: self._header_field.extend(data[start:end]),
                "on_header_value": lambda data, start, end: self._header_value.extend(data[start:end]),
                "on_header_end": self._on_header_end,
                "on_headers_finished": self._on_headers_finished,
                "on_part_data": self._on_part_data,
                "on_part_end": self._on_part_end,
            })
        except Exception:  # noqa: BLE001 - python-multipart's refusal of the header: a 400 answer
            raise RequestError(400, "the multipart boundary is not valid") from None
        self._parser.logger = _QUIET  # type: ignore[assignment]  # a Logger stand-in: the parser only calls its methods

    async def feed(self, chunks: AsyncIterator[bytes]) -> list[str]:
        """Parse the whole body; on any refusal, what this request stored is dropped."""
        try:
            async for chunk in chunks:
                if chunk:
                    self._write(chunk)
            if self._part is not None or self.parts == 0:
                raise RequestError(400, "the multipart body ended early or holds no parts")
        except BaseException:
            self.abort()
            raise
        if not self.handles:
            raise RequestError(400, f"no files were uploaded: send them in parts named {_FILE_FIELD!r} with a filename")
        return self.handles

    def abort(self) -> None:
        part, self._part = self._part, None
        if part is not None and part.upload is not None:
            part.upload.abort()
        for handle in self.handles:
            self.cache.forget(handle)
        self.handles = []

    # -- the parser's callbacks (they run inside ``_write``) --------------------------

    def _write(self, chunk: bytes) -> None:
        from python_multipart.exceptions import MultipartParseError

        try:
            self._parser.write(chunk)
        except MultipartParseError as exc:
            raise RequestError(400, f"the multipart body is malformed ({exc})") from None
        except FileTooLarge as exc:
            raise RequestError(413, str(exc)) from None

    def _on_part_begin(self) -> None:
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise RequestError(413, f"an upload may hold at most {MAX_PARTS} parts")
        self._part = _Part()

    def _on_header_end(self) -> None:
        name = bytes(self._header_field).decode("latin-1").strip().lower()
        raw = bytes(self._header_value)
        self._header_field.clear()
        self._header_value.clear()
        part = self._part
        assert part is not None
        if name == "content-disposition":
            part.name, part.filename = disposition_names(raw)
        elif name == "content-type":
            part.content_type = raw.decode("latin-1").split(";")[0].strip().lower() or None

    def _on_headers_finished(self) -> None:
        part = self._part
        assert part is not None
        if part.name == _FILE_FIELD and part.filename is not None:
            # The name is made safe by the cache (no directories, no control characters),
            # and the type is guessed from that name, not taken from the client.
            part.upload = self.cache.upload(part.filename, None, max_size=self.max_file_size)

    def _on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self._part
        assert part is not None
        if part.upload is not None:
            part.upload.write(memoryview(data)[start:end])
            return
        part.field_bytes += end - start
        if part.field_bytes > MAX_FIELD:
            raise RequestError(413, f"a form field of an upload may have at most {MAX_FIELD} bytes")

    def _on_part_end(self) -> None:
        part, self._part = self._part, None
        if part is not None and part.upload is not None:
            self.handles.append(part.upload.finish().handle)
