"""Image thumbnails: bounded in size, inlined as data URLs (no file beside the notebook)."""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING, Any

from .base import esc, style

if TYPE_CHECKING:
    from .base import Context


def thumbnail(ctx: Context, file_data: Any, alt: str = "") -> str:
    """An ``<img>`` of at most ``ctx.thumb_side`` pixels a side for a FileData value, or a
    note when the image cannot be read here (not issued by this app, a URL, no Pillow)."""
    if not isinstance(file_data, dict):
        return ""
    name = file_data.get("orig_name") or "image"
    pixels = ctx.pending_pixels(file_data.get("path"))
    if pixels is not None:
        uri = pixels_thumb_uri(pixels, ctx.thumb_side)
    else:
        data = ctx.read_file(file_data.get("path"))
        uri = thumb_uri(data, ctx.thumb_side) if data is not None else None
    if uri is None:
        return f"<span {style('cut')}>[image: {esc(name)}]</span>"
    return (
        f'<img src="{uri}" alt="{esc(alt or name)}" '
        f'style="max-width:{ctx.thumb_side}px;max-height:{ctx.thumb_side}px;border-radius:4px;display:block">'
    )


def thumb_uri(data: bytes, side: int) -> str | None:
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency of image components
        return None
    try:
        with Image.open(io.BytesIO(data)) as im:
            return _small_uri(im, side)
    except Exception:  # noqa: BLE001 - an image the thumbnailer cannot read gets no thumbnail
        return None


def pixels_thumb_uri(pixels: Any, side: int) -> str | None:
    """A thumbnail of raw pixels (rows of ``width * channels`` bytes), without encoding the
    whole image first."""
    try:
        from PIL import Image
    except ImportError:  # pragma: no cover - Pillow is a dependency of image components
        return None
    mode = {1: "L", 2: "LA", 3: "RGB", 4: "RGBA"}.get(pixels.channels)
    if mode is None:
        return None
    try:
        with Image.frombytes(mode, (pixels.width, pixels.height), bytes(pixels.data)) as im:
            return _small_uri(im, side)
    except Exception:  # noqa: BLE001 - pixels the thumbnailer cannot read get no thumbnail
        return None


def _small_uri(im: Any, side: int) -> str:
    im.thumbnail((side, side))
    has_alpha = im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info)
    small = im.convert("RGBA" if has_alpha else "RGB")
    out = io.BytesIO()
    if has_alpha:
        small.save(out, format="PNG", optimize=True)
        mime = "image/png"
    else:
        small.save(out, format="JPEG", quality=80)
        mime = "image/jpeg"
    return f"data:{mime};base64,{base64.b64encode(out.getvalue()).decode('ascii')}"
