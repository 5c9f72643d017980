"""Video conversions for ``gr.Video``, all through ffmpeg (``_ffmpeg.py``).

Nothing here runs for a video the browser can play as it is and needs no change: then
the file is served unchanged and ffmpeg is not needed at all.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from . import _ffmpeg
from .exceptions import Error

MIME = {"mp4": "video/mp4", "webm": "video/webm", "ogg": "video/ogg", "ogv": "video/ogg", "mov": "video/quicktime",
        "mkv": "video/x-matroska", "avi": "video/x-msvideo", "ts": "video/mp2t", "m4v": "video/mp4"}
#: (container, video codec) pairs every current browser plays (Gradio's list).
PLAYABLE = {(".mp4", "h264"), (".mp4", "av1"), (".m4v", "h264"), (".ogg", "theora"), (".ogv", "theora"),
            (".webm", "vp8"), (".webm", "vp9"), (".webm", "av1")}
#: Extensions a browser may play; anything else needs a conversion to be seen.
MAYBE_PLAYABLE = {".mp4", ".m4v", ".webm", ".ogg", ".ogv"}
_VIDEO_CODEC = {
    "mp4": ["-c:v", "libx264", "-pix_fmt", "yuv420p", "-preset", "veryfast", "-movflags", "+faststart"],
    "webm": ["-c:v", "libvpx", "-b:v", "1M"],
    "ogg": ["-c:v", "libtheora", "-q:v", "7"],
}
_AUDIO_CODEC = {"mp4": ["-c:a", "aac"], "webm": ["-c:a", "libopus"], "ogg": ["-c:a", "libvorbis"]}


def is_playable(path: str | Path, owner: str) -> bool:
    """Whether a browser can play the file as it is (its container and video codec)."""
    suffix = Path(path).suffix.lower()
    if suffix not in MAYBE_PLAYABLE:
        return False
    video, _ = _ffmpeg.codecs(path, f"{owner}: reading {Path(path).name!r}")
    return video is None or (suffix, video) in PLAYABLE


def convert(source: str | Path, target: str | Path, owner: str, *, hflip: bool = False, audio: bool = True,
            watermark: tuple[str, Any] | None = None, copy_if_possible: bool = True) -> None:
    """Write ``source`` as ``target`` (its extension says the container): streams copied
    when the container takes them as they are and nothing else changes, re-encoded
    otherwise. ``hflip`` mirrors the picture, ``audio=False`` drops the sound,
    ``watermark=(image path, position)`` draws an image over it."""
    source, target = Path(source), Path(target)
    fmt = target.suffix.lower().lstrip(".")
    doing = f"{owner}: converting {source.name!r} to {fmt}"
    inputs = ["-i", str(source)]
    filters: list[str] = []
    if watermark is not None:
        inputs += ["-i", str(watermark[0])]
        filters.append(f"[0:v]{'hflip,' if hflip else ''}null[base];[base][1:v]overlay={_overlay(watermark[1])}[v]")
    elif hflip:
        filters.append("[0:v]hflip[v]")
    maps = ["-map", "[v]" if filters else "0:v:0?"] + (["-map", "0:a:0?"] if audio else ["-an"])
    options = ["-filter_complex", ";".join(filters)] if filters else []
    if copy_if_possible and not filters and _copyable(source, fmt, owner):
        codec = ["-c", "copy"]
    else:
        codec = _VIDEO_CODEC.get(fmt, []) + (_AUDIO_CODEC.get(fmt, []) if audio else [])
    _ffmpeg.run(["-y", *inputs, *options, *maps, *codec, str(target)], doing)


def _copyable(source: Path, fmt: str, owner: str) -> bool:
    video, audio = _ffmpeg.codecs(source, f"{owner}: reading {source.name!r}")
    if fmt == "mp4":
        return video in ("h264", "av1", "hevc") and audio in (None, "aac", "mp3")
    if fmt == "webm":
        return video in ("vp8", "vp9", "av1") and audio in (None, "opus", "vorbis")
    return False


def _overlay(position: Any) -> str:
    margin = 5
    if isinstance(position, (tuple, list)):
        return f"{int(position[0])}:{int(position[1])}"
    return {
        "top-left": f"{margin}:{margin}", "top-right": f"W-w-{margin}:{margin}",
        "bottom-left": f"{margin}:H-h-{margin}",
    }.get(str(position), f"W-w-{margin}:H-h-{margin}")


def to_playable(source: str | Path, owner: str) -> tuple[bytes, str]:
    """A browser-playable mp4 of any video: (bytes, file name)."""
    source = Path(source)
    with tempfile.TemporaryDirectory(prefix="nbblocks-video-") as tmp:
        target = Path(tmp) / f"{source.stem}.mp4"
        try:
            convert(source, target, owner)
            if not is_playable(target, owner):
                raise Error("copied streams do not play")
        except Error:
            convert(source, target, owner, copy_if_possible=False)
        return target.read_bytes(), target.name


def concat(parts: list[bytes], owner: str) -> tuple[bytes, str] | None:
    """The chunks of a streamed video as one mp4 (streams copied when they allow it),
    or None without ffmpeg."""
    if not parts or not _ffmpeg.available("ffmpeg", "ffprobe"):
        return None
    from . import _audio

    with tempfile.TemporaryDirectory(prefix="nbblocks-concat-") as tmp:
        names = []
        for i, part in enumerate(parts):
            kind = _audio.sniff(part[:64])
            ext = {"mp4": "mp4", "m4a": "mp4", "webm": "webm"}.get(kind or "", "ts" if part[:1] == b"\x47" else "mp4")
            path = Path(tmp) / f"chunk{i:05d}.{ext}"
            path.write_bytes(part)
            names.append(path)
        listing = Path(tmp) / "chunks.txt"
        listing.write_text("".join(f"file '{p.name}'\n" for p in names))
        target = Path(tmp) / "video-stream.mp4"
        doing = f"{owner}: joining {len(parts)} streamed chunks"
        base = ["-y", "-f", "concat", "-safe", "0", "-i", str(listing)]
        try:
            _ffmpeg.run([*base, "-c", "copy", "-movflags", "+faststart", str(target)], doing)
        except Error:
            _ffmpeg.run([*base, *_VIDEO_CODEC["mp4"], *_AUDIO_CODEC["mp4"], str(target)], doing)
        return target.read_bytes(), target.name
