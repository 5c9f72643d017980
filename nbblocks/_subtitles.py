"""Subtitles for ``gr.Video`` and ``gr.Audio``: SRT and JSON cues become WebVTT, the one
format a browser's ``<track>`` reads."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from .exceptions import Error

_SRT_TIME = re.compile(r"(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})")
_ARROW = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)(.*)$")


def vtt_time(seconds: float) -> str:
    """``HH:MM:SS.mmm``."""
    millis = max(0, round(float(seconds) * 1000))
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, ms = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{ms:03d}"


def _srt_stamp(text: str) -> str | None:
    m = _SRT_TIME.fullmatch(text.strip())
    if m is None:
        return None
    h, mi, s, ms = m.groups()
    return f"{int(h):02d}:{int(mi):02d}:{int(s):02d}.{ms.ljust(3, '0')}"


def srt_to_vtt(text: str, owner: str = "Video") -> str:
    """A WebVTT document of SRT text (cue numbers dropped, ``,`` → ``.`` in times)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    out = ["WEBVTT", ""]
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line for line in block.split("\n")]
        while lines and "-->" not in lines[0]:
            lines.pop(0)  # the cue number
        if not lines:
            continue
        m = _ARROW.match(lines[0])
        start, end = (_srt_stamp(m.group(1)), _srt_stamp(m.group(2))) if m else (None, None)
        if start is None or end is None:
            raise Error(f"{owner}: the SRT subtitles have a bad timing line: {lines[0][:60]!r}")
        out += [f"{start} --> {end}", *lines[1:], ""]
    return "\n".join(out)


def cues_from_json(items: Any, owner: str) -> list[dict[str, Any]]:
    """Gradio's JSON subtitles ``[{"text": str, "timestamp": [start, end]}]`` checked, as
    ``[{"start", "end", "text"}]``."""
    if not isinstance(items, list):
        raise Error(f"{owner}: JSON subtitles must be a list of {{'text': ..., 'timestamp': [start, end]}}")
    cues = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise Error(f"{owner}: subtitle {i} must be a dict, got {type(item).__name__}")
        if "text" not in item:
            raise Error(f"{owner}: subtitle {i} has no 'text'")
        stamp = item.get("timestamp")
        if not isinstance(stamp, (list, tuple)) or len(stamp) != 2:
            raise Error(f"{owner}: subtitle {i}'s 'timestamp' must be [start, end] in seconds")
        try:
            start, end = float(stamp[0]), float(stamp[1])
        except (TypeError, ValueError):
            raise Error(f"{owner}: subtitle {i}'s 'timestamp' must be numbers of seconds, got {stamp!r}") from None
        cues.append({"start": start, "end": end, "text": str(item["text"])})
    return cues


def cues_to_vtt(cues: list[dict[str, Any]]) -> str:
    out = ["WEBVTT", ""]
    for cue in cues:
        out += [f"{vtt_time(cue['start'])} --> {vtt_time(cue['end'])}", str(cue["text"]), ""]
    return "\n".join(out)


def read(source: str | Path | list[Any], owner: str) -> tuple[str, list[dict[str, Any]] | None]:
    """Subtitles as WebVTT text, plus their cues when they came as JSON (a list or a
    ``.json`` file). ``.srt`` is converted; ``.vtt`` is checked and kept."""
    if isinstance(source, list):
        cues = cues_from_json(source, owner)
        return cues_to_vtt(cues), cues
    path = Path(source)
    suffix = path.suffix.lower()
    if suffix not in (".srt", ".vtt", ".json"):
        raise Error(f"{owner}: subtitles must be a .srt, .vtt or .json file, got {path.name!r}")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise Error(f"{owner}: no such subtitles file: {source}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise Error(f"{owner}: the subtitles file {path.name!r} could not be read as UTF-8 text ({exc})") from None
    if suffix == ".json":
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise Error(f"{owner}: the JSON subtitles in {path.name!r} are not valid JSON ({exc})") from None
        cues = cues_from_json(data, owner)
        return cues_to_vtt(cues), cues
    if suffix == ".srt":
        return srt_to_vtt(text, owner), None
    if not text.lstrip().startswith("WEBVTT"):
        raise Error(f"{owner}: {path.name!r} is not a WebVTT file (it must start with 'WEBVTT')")
    return text, None
