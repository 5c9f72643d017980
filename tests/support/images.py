"""Small test images, made here: tests never download pictures."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any


def png(size: tuple[int, int] = (8, 6), color: Any = (255, 0, 0), mode: str = "RGB") -> bytes:
    """A PNG of one colour; ``size`` is (width, height)."""
    from PIL import Image

    return _encoded(Image.new(mode, size, color))


def png_of(pixels: Any) -> bytes:
    """A PNG of a uint8 array (height, width[, channels])."""
    from PIL import Image

    return _encoded(Image.fromarray(pixels))


def png_file(path: str | Path, size: tuple[int, int] = (8, 6), color: Any = (255, 0, 0), mode: str = "RGB", *,
             pixels: Any = None) -> str:
    """Write ``png(size, color, mode)`` (or ``png_of(pixels)``) to ``path``; returns the path as a str."""
    Path(path).write_bytes(png(size, color, mode) if pixels is None else png_of(pixels))
    return str(path)


def gradient(width: int, height: int) -> Any:
    """RGB pixels whose red grows left to right and green top to bottom: every pixel
    tells where it is, so flips, crops and scaled clicks show."""
    import numpy as np

    y, x = np.mgrid[0:height, 0:width]
    return np.stack([x * 255 // width, y * 255 // height, np.full_like(x, 90)], axis=-1).astype(np.uint8)


def _encoded(image: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
