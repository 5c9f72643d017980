"""Gradio's ``processing_utils`` for custom-component backends, over nbblocks' file cache.

Backends call ``processing_utils.save_pil_to_cache(img, cache_dir=self.GRADIO_CACHE)``,
``move_resource_to_block_cache(path, self)`` and friends, then put the returned path in a
``FileData``. Here every ``save_*``/``move_*`` helper stores the bytes in the file cache
of the app being built or run (``files.current()``) and returns that cached copy's path
on disk, as Gradio returns a path in its cache folder. The ``cache_dir`` argument is
accepted and not needed: which files a page may fetch is decided by the cache's
allow-list (only handles it issued), never by the folder a file sits in.

Two deliberate differences: the kernel never fetches a URL (``save_url_to_cache`` and
``move_resource_to_block_cache`` give the URL back, allowed for the browser to load),
and nothing here opens a path that came from a page or a client: a value from a front
end names files only by the handles the cache issued.

numpy and PIL are imported by the functions that need them.
"""

from __future__ import annotations

import atexit
import base64
import hashlib
import io
import shutil
import subprocess
import tempfile
import threading
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import files
from .files import is_url, safe_filename

if TYPE_CHECKING:
    import numpy as np
    import PIL.Image

__all__ = [
    "work_dir", "to_binary", "extract_base64_data", "hash_bytes", "hash_file", "hash_url", "hash_base64",
    "encode_pil_to_bytes", "encode_pil_to_base64", "encode_plot_to_base64", "decode_base64_to_image",
    "save_pil_to_cache", "save_img_array_to_cache", "save_audio_to_cache", "save_bytes_to_cache",
    "save_file_to_cache", "save_base64_to_cache", "save_url_to_cache", "ssrf_protected_download",
    "unsafe_download", "move_resource_to_block_cache", "move_files_to_cache", "serve_static_file",
    "audio_to_file", "convert_to_16_bit_audio", "resize_and_crop", "ffmpeg_installed",
]

_work_lock = threading.Lock()
_work: str | None = None


def work_dir() -> str:
    """``Component.GRADIO_CACHE``: a private folder (mode 0700, removed at exit) where a
    backend may write files before returning them. Being there does not make a file
    servable; being issued by the app's file cache does."""
    global _work
    with _work_lock:
        if _work is None:
            _work = tempfile.mkdtemp(prefix="nbblocks-work-")
            atexit.register(shutil.rmtree, _work, True)
        return _work


# -- base64 and hashes -------------------------------------------------------------------


def extract_base64_data(x: str) -> str:
    """The base64 part of a data URL (or the string itself)."""
    return x.rsplit(",", 1)[-1]


def to_binary(x: str | dict[str, Any]) -> bytes:
    """The bytes of a base64 string, or of a ``{"data": base64}`` dict.

    A dict naming a ``path`` is read only if that path is a file the current app's
    cache issued (a handle or its cached copy); anything else raises ``FileRefused``."""
    if isinstance(x, dict):
        if x.get("data"):
            return base64.b64decode(extract_base64_data(x["data"]))
        return files.current().read(_issued_handle(str(x.get("path", ""))))
    return base64.b64decode(extract_base64_data(x))


def _sha(*parts: bytes) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part)
    return sha.hexdigest()


def hash_bytes(bytes: bytes) -> str:
    return _sha(bytes)


def hash_url(url: str) -> str:
    return _sha(url.encode("utf-8"))


def hash_base64(base64_encoding: str, chunk_num_blocks: int = 128) -> str:
    return _sha(base64_encoding.encode("utf-8"))


def hash_file(file_path: str | Path, chunk_num_blocks: int = 128) -> str:
    sha = hashlib.sha256()
    with open(file_path, "rb") as f:
        for chunk in iter(lambda: f.read(chunk_num_blocks * sha.block_size), b""):
            sha.update(chunk)
    return sha.hexdigest()


# -- images ------------------------------------------------------------------------------


def encode_pil_to_bytes(pil_image: PIL.Image.Image, format: str = "png") -> bytes:
    """The image encoded in ``format``; PNG keeps text metadata, others keep EXIF, GIF keeps frames."""
    import PIL.Image
    import PIL.ImageSequence
    import PIL.PngImagePlugin

    out = io.BytesIO()
    fmt = format.lower()
    if fmt == "gif":
        frames = [frame.copy() for frame in PIL.ImageSequence.Iterator(pil_image)]
        frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:], loop=0)
    elif fmt == "png":
        info = PIL.PngImagePlugin.PngInfo()
        for key, value in pil_image.info.items():
            if isinstance(key, str) and isinstance(value, str):
                info.add_text(key, value)
        pil_image.save(out, "PNG", pnginfo=info)
    else:
        from ._images import pil_format

        exif = pil_image.info.get("exif")
        image = pil_image
        if pil_format(fmt) == "JPEG" and image.mode not in ("RGB", "L", "CMYK"):
            image = image.convert("RGB")
        image.save(out, pil_format(fmt), **({"exif": exif} if exif else {}))
    return out.getvalue()


def encode_pil_to_base64(pil_image: PIL.Image.Image, format: str = "png") -> str:
    """A ``data:image/...;base64,`` URL of the image (Gradio 4's helper)."""
    data = base64.b64encode(encode_pil_to_bytes(pil_image, format)).decode("ascii")
    return f"data:image/{format.lower()};base64,{data}"


def encode_plot_to_base64(plt: Any, format: str = "png") -> str:
    """A matplotlib figure (or ``pyplot``) as a ``data:`` URL."""
    out = io.BytesIO()
    plt.savefig(out, format=format or "png")
    return f"data:image/{format or 'png'};base64,{base64.b64encode(out.getvalue()).decode('ascii')}"


def decode_base64_to_image(encoding: str) -> PIL.Image.Image:
    """A PIL image from base64 (or a ``data:`` URL), turned upright by its EXIF tag
    (Gradio 4 kept this here; ``image_utils`` offers the same function)."""
    import warnings

    import PIL.Image
    import PIL.ImageOps

    img: PIL.Image.Image = PIL.Image.open(io.BytesIO(base64.b64decode(extract_base64_data(encoding))))
    try:
        img = PIL.ImageOps.exif_transpose(img) or img
    except Exception:  # noqa: BLE001 - a broken EXIF tag leaves the image as it is
        warnings.warn("Failed to transpose the image based on its EXIF data", stacklevel=2)
    return img


# -- storing files in the app's cache ----------------------------------------------------


def _put(data: bytes, name: str, mime_type: str | None = None) -> str:
    cache = files.current()
    entry = cache.put_bytes(data, safe_filename(name), mime_type)
    return cache.local_path(entry.handle)


def save_pil_to_cache(img: PIL.Image.Image, cache_dir: str | None = None, name: str = "image",
                      format: str = "webp") -> str:
    """Encode the image and store it in the app's file cache; returns the cached file's path."""
    return _put(encode_pil_to_bytes(img, format), f"{name}.{format.lower()}")


def save_img_array_to_cache(arr: np.ndarray, cache_dir: str | None = None, format: str = "webp") -> str:
    """A numpy image (any dtype Gradio accepts: floats in 0..1 or -1..1, ints, bools) as a cached file."""
    import PIL.Image

    from ._images import to_uint8

    return save_pil_to_cache(PIL.Image.fromarray(to_uint8(arr, "save_img_array_to_cache")), cache_dir, format=format)


def save_audio_to_cache(data: np.ndarray, sample_rate: int, format: str, cache_dir: str | None = None) -> str:
    """Samples (``(n,)`` or ``(n, channels)``) written as ``format`` and cached. WAV needs
    nothing else; other formats are encoded by ffmpeg, which must be installed."""
    return _put(_audio_bytes(data, sample_rate, format), f"audio.{format.lower()}")


def save_bytes_to_cache(data: bytes, file_name: str, cache_dir: str | None = None) -> str:
    """Bytes stored under ``file_name`` in the app's file cache."""
    return _put(bytes(data), Path(file_name).name or "file")


def save_file_to_cache(file_path: str | Path, cache_dir: str | None = None) -> str:
    """A copy of an app-side file in the cache (the same bytes and name are stored once)."""
    cache = files.current()
    entry = cache.put_path(file_path)
    return cache.local_path(entry.handle)


def save_base64_to_cache(base64_encoding: str, cache_dir: str | None = None, file_name: str | None = None) -> str:
    """A base64 string (or ``data:`` URL) decoded and cached."""
    if not file_name:
        head = base64_encoding.split(",", 1)[0] if "," in base64_encoding else ""
        ext = head.split("/", 1)[1].split(";", 1)[0] if head.startswith("data:") and "/" in head else ""
        file_name = f"file.{ext}" if ext else "file"
    return _put(base64.b64decode(extract_base64_data(base64_encoding)), file_name)


def save_url_to_cache(url: str, cache_dir: str | None = None) -> str:
    """The kernel never fetches URLs: the URL is allowed for the browser to load and
    returned as it is (Gradio downloads it)."""
    if not is_url(url):
        raise ValueError(f"save_url_to_cache: {url[:80]!r} is not an http(s) or data: URL")
    files.current().allow_url(url)
    return url


ssrf_protected_download = save_url_to_cache
unsafe_download = save_url_to_cache


def move_resource_to_block_cache(url_or_file_path: str | Path | None, block: Any = None) -> str | None:
    """A file the app author names, stored in the app's file cache (its cached path is
    returned); a URL is allowed and returned; a path that does not exist is returned as
    it is (Gradio does the same), and fails later if a value names it."""
    if url_or_file_path is None:
        return None
    path = str(url_or_file_path)
    if is_url(path):
        return save_url_to_cache(path)
    try:
        return save_file_to_cache(path)
    except FileNotFoundError:
        return path


def move_files_to_cache(data: Any, block: Any = None, postprocess: bool = False,
                        check_in_upload_folder: bool = False, keep_in_cache: bool = False) -> Any:
    """Every FileData in ``data`` (a model or its JSON) stored in the app's file cache,
    with ``path`` its cached copy (URLs allowed as they are); returns the JSON.

    ``check_in_upload_folder=True`` is the input direction: each file must already be
    one the cache issued (a handle or a cached copy), else ``FileRefused``."""
    cache = files.current()
    owner = _owner(block)
    if hasattr(type(data), "model_fields"):
        data = data.model_dump(mode="json")

    def move(item: Any) -> dict[str, Any]:
        value = item.model_dump(mode="json") if hasattr(type(item), "model_fields") else dict(item)
        path = value.get("path")
        if not isinstance(path, str) or not path:
            return value
        if is_url(path):
            if check_in_upload_folder and not cache.is_allowed_url(path):
                raise files.FileRefused(f"{owner}: the file {path[:80]!r} was not issued by this app and is refused")
            cache.allow_url(path)
            return {**value, "url": value.get("url") or path}
        if check_in_upload_folder:
            handle = _issued_handle(path, owner)
            return {**value, "path": cache.local_path(handle)}
        entry = cache.get(path)
        if entry is None:
            entry = cache.put_path(path, value.get("orig_name") or Path(path).name, value.get("mime_type"))
        return {**value, "path": cache.local_path(entry.handle), "size": value.get("size") or entry.size,
                "orig_name": value.get("orig_name") or entry.name}

    return files.map_file_data(data, move)


def serve_static_file(url_or_file_path: str | Path | dict[str, Any] | None) -> dict[str, Any] | None:
    """A FileData dict for a file or URL the app author names (an avatar, an icon),
    stored in the app's file cache; ``None`` stays ``None``."""
    if url_or_file_path is None:
        return None
    if isinstance(url_or_file_path, dict):
        return move_files_to_cache(url_or_file_path)  # type: ignore[no-any-return]  # a dict in gives a dict out
    path = str(url_or_file_path)
    cache = files.current()
    if is_url(path):
        cache.allow_url(path)
        return {"path": path, "url": path, "meta": {"_type": "gradio.FileData"}}
    entry = cache.put_path(path)
    return cache.file_data(entry).model_dump(mode="json")


def _issued_handle(path: str, owner: str = "a file value") -> str:
    """The handle of an issued file named by its handle or by its cached copy's path."""
    cache = files.current()
    if cache.get(path) is not None:
        return path
    handle = cache.handle_of_local_path(path)
    if handle is None:
        raise files.FileRefused(f"{owner}: the file {path[:80]!r} was not issued by this app and is refused")
    return handle


def _owner(block: Any) -> str:
    if block is None:
        return "move_files_to_cache"
    from .exceptions import component_name

    return component_name(block)


# -- audio ---------------------------------------------------------------------------------


def convert_to_16_bit_audio(data: np.ndarray) -> np.ndarray:
    """Samples as int16, scaled from floats in -1..1 or from other integer widths."""
    import numpy as np

    if data.dtype == np.int16:
        return data
    if np.issubdtype(data.dtype, np.floating):
        peak = float(np.max(np.abs(data))) if data.size else 0.0
        scale = peak if peak > 1.0 else 1.0
        return (np.clip(data / scale, -1.0, 1.0) * 32767).astype(np.int16)
    if data.dtype == np.uint8:
        return ((data.astype(np.int16) - 128) << 8).astype(np.int16)
    if np.issubdtype(data.dtype, np.signedinteger):
        shift = data.dtype.itemsize * 8 - 16
        return (data >> shift).astype(np.int16) if shift > 0 else data.astype(np.int16)
    if np.issubdtype(data.dtype, np.unsignedinteger):
        shift = data.dtype.itemsize * 8 - 16
        return ((data >> shift).astype(np.int32) - 32768).astype(np.int16)
    raise ValueError(f"audio samples of dtype {data.dtype} cannot be converted to 16-bit")


def _wav_bytes(data: np.ndarray, sample_rate: int) -> bytes:
    samples = convert_to_16_bit_audio(data)
    channels = 1 if samples.ndim == 1 else samples.shape[1]
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(int(sample_rate))
        w.writeframes(samples.astype("<i2").tobytes())
    return out.getvalue()


def _audio_bytes(data: np.ndarray, sample_rate: int, format: str) -> bytes:
    wav = _wav_bytes(data, sample_rate)
    fmt = format.lower().lstrip(".")
    if fmt == "wav":
        return wav
    if not ffmpeg_installed():
        raise ValueError(f"writing {fmt} audio needs ffmpeg on PATH; use format='wav' or install ffmpeg")
    done = subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "wav", "-i", "pipe:0", "-f", fmt, "pipe:1"],
                          input=wav, capture_output=True, check=False)
    if done.returncode != 0:
        raise ValueError(f"ffmpeg could not write {fmt} audio: {done.stderr.decode(errors='replace')[-300:]}")
    return done.stdout


def audio_to_file(sample_rate: int, data: np.ndarray, filename: str, format: str = "wav") -> None:
    """Write samples to ``filename`` (an app-side path) as ``format``."""
    Path(filename).write_bytes(_audio_bytes(data, sample_rate, format))


def ffmpeg_installed() -> bool:
    return shutil.which("ffmpeg") is not None


# -- images, continued -----------------------------------------------------------------------


def resize_and_crop(img: PIL.Image.Image, size: tuple[int | None, int | None], crop_type: str = "center") -> PIL.Image.Image:
    """Scale the image to cover ``size`` and crop the rest (``"center"`` or ``"top"``)."""
    import PIL.Image

    width, height = size
    if width is None:
        width = round(img.width * height / img.height) if height else img.width
    if height is None:
        height = round(img.height * width / img.width)
    scale = max(width / img.width, height / img.height)
    resized = img.resize((max(1, round(img.width * scale)), max(1, round(img.height * scale))), PIL.Image.Resampling.LANCZOS)
    left = (resized.width - width) // 2
    top = 0 if crop_type == "top" else (resized.height - height) // 2
    return resized.crop((left, top, left + width, top + height))
