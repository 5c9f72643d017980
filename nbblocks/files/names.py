"""Names and kinds of files: safe file names, URLs, MIME types, sizes for messages."""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from typing import Any

_URL = re.compile(r"^(https?://|data:)", re.IGNORECASE)


def is_url(value: Any) -> bool:
    """An ``http(s)://`` or ``data:`` URL (what a browser can load by itself)."""
    return isinstance(value, str) and bool(_URL.match(value))


def safe_filename(name: str | None, default: str = "file") -> str:
    """A file name with no directory part, no control or reserved characters, no leading dots."""
    if not name:
        return default
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '<>:"|?*\x00')
    name = name.strip().lstrip(".").strip()
    if len(name) > 128:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 120 - len(ext)] + dot + ext) if dot and len(ext) <= 8 else name[:128]
    return name or default


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def guess_mime(name: str) -> str | None:
    return mimetypes.guess_type(name)[0]
