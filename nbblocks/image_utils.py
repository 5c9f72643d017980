"""Gradio's ``image_utils`` for custom-component backends (numpy and PIL load here).

``format_image`` and ``save_image`` store files through :mod:`nbblocks.processing_utils`,
so an image a backend saves lands in the app's file cache; see that module for the rules.
"""

from __future__ import annotations

import base64
import io
import mimetypes
from pathlib import Path
from typing import Literal

import numpy as np
import PIL.Image

from . import processing_utils

__all__ = [
    "open_image", "format_image", "save_image", "crop_scale", "decode_base64_to_image",
    "decode_base64_to_image_array", "decode_base64_to_file", "encode_image_array_to_base64",
    "encode_image_to_base64", "encode_image_file_to_base64", "extract_svg_content",
]


def open_image(orig_img: np.ndarray | PIL.Image.Image | str | Path) -> PIL.Image.Image:
    """A PIL image from an array, a PIL image or an app-side file path."""
    if isinstance(orig_img, np.ndarray):
        return PIL.Image.fromarray(orig_img)
    if isinstance(orig_img, (str, Path)):
        return PIL.Image.open(orig_img)
    if isinstance(orig_img, PIL.Image.Image):
        return orig_img
    raise ValueError(f"expected an image file path, a PIL image or a numpy array, got {type(orig_img).__name__}")


def format_image(im: PIL.Image.Image | None, type: Literal["numpy", "pil", "filepath"], cache_dir: str | None = None,
                 name: str = "image", format: str = "webp") -> np.ndarray | PIL.Image.Image | str | None:
    """The image as its component's ``type`` wants it: an array, the PIL image, or the
    path of a cached file (PNG when Pillow cannot write ``format``)."""
    if im is None:
        return None
    if type == "pil":
        return im
    if type == "numpy":
        return np.array(im)
    if type == "filepath":
        try:
            return processing_utils.save_pil_to_cache(im, cache_dir, name=name, format=format)
        except (KeyError, ValueError, OSError):
            return processing_utils.save_pil_to_cache(im, cache_dir, name=name, format="png")
    raise ValueError(f"Unknown type: {type!r}. Please choose from: 'numpy', 'pil', 'filepath'.")


def save_image(y: np.ndarray | PIL.Image.Image | str | Path, cache_dir: str | None = None, format: str = "webp") -> str:
    """A path for an image value: arrays and PIL images are encoded and cached; a path
    or URL is returned as it is (it is stored or allowed when the value is postprocessed)."""
    if isinstance(y, np.ndarray):
        return processing_utils.save_img_array_to_cache(y, cache_dir, format=format)
    if isinstance(y, PIL.Image.Image):
        try:
            return processing_utils.save_pil_to_cache(y, cache_dir, format=format)
        except (KeyError, ValueError, OSError):
            return processing_utils.save_pil_to_cache(y, cache_dir, format="png")
    if isinstance(y, (str, Path)):
        return str(y)
    raise ValueError(f"Cannot process this value as an Image, it is of type: {type(y)}")


def crop_scale(img: PIL.Image.Image, final_width: int, final_height: int) -> PIL.Image.Image:
    """Crop the image to the target aspect ratio around its centre, then resize it."""
    width, height = img.size
    ratio = final_width / final_height
    if width / height > ratio:
        crop_w, crop_h = height * ratio, float(height)
    else:
        crop_w, crop_h = float(width), width / ratio
    left, top = (width - crop_w) / 2, (height - crop_h) / 2
    return img.crop((int(left), int(top), int(left + crop_w), int(top + crop_h))).resize((final_width, final_height))


#: A PIL image from base64 (or a ``data:`` URL), turned upright by its EXIF tag.
decode_base64_to_image = processing_utils.decode_base64_to_image


def decode_base64_to_image_array(encoding: str) -> np.ndarray:
    return np.asarray(decode_base64_to_image(encoding))


def decode_base64_to_file(encoding: str, cache_dir: str | None = None, format: str = "webp") -> str:
    return save_image(decode_base64_to_image(encoding), cache_dir, format)


def _jpeg_data_url(image: PIL.Image.Image) -> str:
    out = io.BytesIO()
    image.convert("RGB").save(out, "JPEG")
    return "data:image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def encode_image_array_to_base64(image_array: np.ndarray) -> str:
    from ._images import to_uint8

    return _jpeg_data_url(PIL.Image.fromarray(to_uint8(image_array, "encode_image_array_to_base64")))


def encode_image_to_base64(image: PIL.Image.Image) -> str:
    return _jpeg_data_url(image)


def encode_image_file_to_base64(image_file: str | Path) -> str:
    """An app-side image file as a ``data:`` URL."""
    mime = mimetypes.guess_type(str(image_file))[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(Path(image_file).read_bytes()).decode("ascii")


def extract_svg_content(image_file: str | Path) -> str:
    """The text of an app-side SVG file (a URL is refused: the kernel never fetches one)."""
    from .files import is_url

    if is_url(str(image_file)):
        raise ValueError(f"extract_svg_content: {str(image_file)[:80]!r} is a URL; the kernel does not fetch URLs")
    return Path(image_file).read_text()

