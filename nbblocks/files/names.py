"""Names and kinds of files: safe file names, URLs, MIME types, sizes for messages."""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from typing import Any

_URL = re.compile(r"^(https?://|data:)", re.IGNORECASE)


def path_of(file_data: Any) -> Any:
    """The ``path`` of a FileData, whether it is still a dict from the wire or a model."""
    return file_data.get("path") if isinstance(file_data, dict) else getattr(file_data, "path", None)


def is_url(value: Any) -> bool:
    """An ``http(s)://`` or ``data:`` URL (what a browser can load by itself)."""
    return isinstance(value, str) and bool(_URL.match(value))


#: Bytes a stored file name may have (UTF-8): Gradio's limit, under every file system's 255.
MAX_NAME_BYTES = 200
_REFUSED_IN_NAMES = frozenset('<>:"|?*\x00')
#: Categories of characters dropped from names: controls, surrogates, line and paragraph
#: separators. Format characters stay (U+200D joins emoji, a BOM is the client's).
_DROPPED_CATEGORIES = frozenset({"Cc", "Cs", "Zl", "Zp"})


def safe_filename(name: str | None, default: str = "file") -> str:
    """The name a client sent, made safe to store: no directory part, no control or
    reserved characters, no leading dots, at most ``MAX_NAME_BYTES`` bytes in UTF-8 (cut
    on a character boundary, the extension kept). Otherwise as sent: not normalised."""
    if not name:
        return default
    name = str(name).replace("\\", "/").split("/")[-1]
    name = "".join(
        ch for ch in name if ch not in _REFUSED_IN_NAMES and unicodedata.category(ch) not in _DROPPED_CATEGORIES
    )
    name = name.strip().lstrip(".").strip()
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        if not dot or not stem or len((dot + ext).encode("utf-8")) > 16:
            stem, dot, ext = name, "", ""
        room = MAX_NAME_BYTES - len((dot + ext).encode("utf-8"))
        stem = stem.encode("utf-8")[:room].decode("utf-8", "ignore").rstrip()
        name = stem + dot + ext if stem else ""
    return name or default


def human_size(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def guess_mime(name: str) -> str | None:
    return mimetypes.guess_type(name)[0]
