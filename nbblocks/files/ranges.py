"""Parts of an issued file: a player asks for the part of a long audio or video file it
needs, and can seek before the whole file arrived. Both transports read them here: the
comm's ``file_request`` with ``offset``/``length`` (:func:`clamp`) and HTTP range requests
(RFC 9110, section 14; :func:`parse`), then :func:`read_parts`.

One HTTP range per request (``bytes=0-499``, ``bytes=500-``, ``bytes=-500``); a request
with several ranges gets the whole file, which the RFC allows.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from typing import Any, BinaryIO

_ONE_RANGE = re.compile(r"^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$", re.IGNORECASE)


class Unsatisfiable(Exception):
    """The range starts past the end of the file (answered with 416)."""


def parse(header: str | None, size: int) -> tuple[int, int] | None:
    """``(first, last)`` bytes (inclusive) a ``Range`` header asks for, or None when it
    asks for the whole file (no header, one this server ignores, several ranges).
    ``Unsatisfiable`` when no byte of the file is in the range."""
    if not header:
        return None
    m = _ONE_RANGE.match(header)
    if m is None:
        return None  # several ranges, or another unit: the whole file
    first, last = m.group(1), m.group(2)
    if first == "" and last == "":
        return None
    if first == "":  # the last N bytes
        length = int(last)
        if length == 0:
            raise Unsatisfiable
        return max(0, size - length), size - 1
    start = int(first)
    if start >= size:
        raise Unsatisfiable
    end = size - 1 if last == "" else min(int(last), size - 1)
    if end < start:
        return None  # invalid: ignored, as the RFC says
    return start, end


def if_range_matches(if_range: str | None, etag: str | None) -> bool:
    """An ``If-Range`` header allows the range only when it names the current entity tag
    (a date never matches: the files have none to compare)."""
    if if_range is None:
        return True
    return etag is not None and if_range.strip() == etag


def clamp(offset: Any, length: Any, size: int) -> tuple[int, int]:
    """``[start, end)`` a comm file request asks for: the whole file, or the bytes from
    ``offset`` (default 0) up to ``length`` of them, cut at the end of the file."""
    start = offset if isinstance(offset, int) and not isinstance(offset, bool) and offset > 0 else 0
    start = min(start, size)
    if isinstance(length, int) and not isinstance(length, bool) and length >= 0:
        return start, min(size, start + length)
    return start, size


def read_parts(f: BinaryIO, start: int, end: int, part: int) -> Generator[bytes, None, None]:
    """The bytes ``[start, end)`` of an open file in parts of at most ``part`` bytes; the
    file is closed when the parts end or the reader stops early. ``OSError`` when the file
    became shorter than ``end`` meanwhile: whoever promised those bytes must not send less."""
    try:
        if start:
            f.seek(start)
        left = end - start
        while left > 0:
            chunk = f.read(min(part, left))
            if not chunk:
                raise OSError(f"{getattr(f, 'name', 'a file')} became shorter while it was sent")
            left -= len(chunk)
            yield chunk
    finally:
        f.close()
