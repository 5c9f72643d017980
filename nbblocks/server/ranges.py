"""HTTP range requests (RFC 9110, section 14) on served files: a player asks for the part
of a long audio or video file it needs, and can seek before the whole file arrived.

One range per request (``bytes=0-499``, ``bytes=500-``, ``bytes=-500``); a request with
several ranges gets the whole file, which the RFC allows.
"""

from __future__ import annotations

import re

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
