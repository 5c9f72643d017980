"""ffmpeg and ffprobe, when they are installed: every media conversion that the standard
library and numpy cannot do goes through here, so a missing tool is one clear error.

Nothing here is needed for WAV audio (``_audio.py`` reads and writes it) or for playing
files the browser can play as they are. ffmpeg is found on ``PATH`` (or at
``$NBBLOCKS_FFMPEG`` / ``$NBBLOCKS_FFPROBE``) each time it is needed, so installing it
while a kernel runs is enough.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .exceptions import Error

#: Seconds any one ffmpeg run may take before it is stopped.
TIMEOUT = 600.0


class FFmpegMissing(Error):
    """ffmpeg (or ffprobe) is not installed, and the operation needs it."""


def which(tool: str = "ffmpeg") -> str | None:
    """The executable of ``tool`` ("ffmpeg" or "ffprobe"), or None."""
    override = os.environ.get(f"NBBLOCKS_{tool.upper()}")
    if override:
        return override if Path(override).is_file() else None
    return shutil.which(tool)


def available(*tools: str) -> bool:
    return all(which(t) is not None for t in (tools or ("ffmpeg",)))


def require(doing: str, *tools: str) -> None:
    """Fail with an error that says what needs ffmpeg and how to get it."""
    missing = [t for t in (tools or ("ffmpeg",)) if which(t) is None]
    if missing:
        raise FFmpegMissing(
            f"{doing} needs {' and '.join(missing)}, which is not installed. Install FFmpeg "
            "(Debian/Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg; conda: "
            "conda install -c conda-forge ffmpeg) and make sure it is on PATH."
        )


def run(args: Sequence[str], doing: str, *, input: bytes | None = None, tool: str = "ffmpeg") -> bytes:
    """Run ffmpeg/ffprobe with ``args``; its stdout. Errors name what was being done and
    end with the tool's own last lines."""
    require(doing, tool)
    exe = which(tool)
    assert exe is not None
    base = [exe, "-hide_banner", "-nostdin", "-v", "error"] if tool == "ffmpeg" else [exe, "-v", "error"]
    try:
        proc = subprocess.run([*base, *args], input=input, capture_output=True, timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise Error(f"{doing} failed: {tool} took longer than {TIMEOUT:.0f} s") from None
    except OSError as exc:
        raise Error(f"{doing} failed: {tool} could not be started ({exc})") from None
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-3:]
        said = ("; ".join(line.strip() for line in detail)) or f"exit code {proc.returncode}"
        raise Error(f"{doing} failed: {tool} says: {said}")
    return proc.stdout


def probe(path: str | Path, doing: str = "Reading the media file") -> dict[str, Any]:
    """ffprobe's JSON for a file: ``format`` and ``streams``."""
    out = run(["-print_format", "json", "-show_format", "-show_streams", str(path)], doing, tool="ffprobe")
    try:
        data = json.loads(out or b"{}")
    except ValueError:
        raise Error(f"{doing} failed: ffprobe's answer could not be read") from None
    return data if isinstance(data, dict) else {}


def codecs(path: str | Path, doing: str = "Reading the media file") -> tuple[str | None, str | None]:
    """The (video, audio) codec names of the first stream of each kind; None where absent."""
    found: dict[str, str] = {}
    for stream in probe(path, doing).get("streams", []):
        kind = stream.get("codec_type")
        if kind in ("video", "audio") and kind not in found:
            # Cover art in an mp3 or m4a is a "video" stream of one picture: not a video.
            if kind == "video" and (stream.get("disposition") or {}).get("attached_pic"):
                continue
            found[kind] = str(stream.get("codec_name") or "")
    return found.get("video"), found.get("audio")
