"""Audio as numbers, shared by ``gr.Audio`` and its streams (numpy loads here).

WAV is read and written with the standard library and numpy, so the common paths (tones
a function makes, recordings from the page, which it sends as 16-bit WAV) need nothing
else. Every other format (mp3, ogg, flac, m4a, webm) goes through ffmpeg when it is
installed (``_ffmpeg.py``), and fails with an error that names ffmpeg when it is not.
"""

from __future__ import annotations

import struct
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _ffmpeg
from .exceptions import Error

if TYPE_CHECKING:
    from numpy.typing import NDArray

#: Formats ``gr.Audio(format=...)`` writes, and their MIME types.
MIME = {"wav": "audio/wav", "mp3": "audio/mpeg", "ogg": "audio/ogg", "flac": "audio/flac",
        "m4a": "audio/mp4", "webm": "audio/webm", "opus": "audio/ogg", "aac": "audio/aac"}
#: File name extensions every current browser plays in an ``<audio>`` element.
PLAYABLE = {".wav", ".mp3", ".ogg", ".oga", ".opus", ".flac", ".m4a", ".mp4", ".aac", ".webm", ".weba"}
_FFMPEG_ENCODERS = {"mp3": ["-c:a", "libmp3lame", "-q:a", "2", "-f", "mp3"], "ogg": ["-c:a", "libvorbis", "-f", "ogg"],
                    "flac": ["-c:a", "flac", "-f", "flac"], "m4a": ["-c:a", "aac", "-f", "ipod"],
                    "webm": ["-c:a", "libopus", "-f", "webm"], "opus": ["-c:a", "libopus", "-f", "ogg"],
                    "aac": ["-c:a", "aac", "-f", "adts"]}
_PCM, _FLOAT, _EXTENSIBLE = 1, 3, 0xFFFE
#: More channels than this in the second axis looks like (channels, samples): refused.
_MAX_CHANNELS = 64


def sniff(head: bytes) -> str | None:
    """The audio/video container of a file from its first bytes, as an extension."""
    if head[:4] in (b"RIFF", b"RIFX") and head[8:12] == b"WAVE":
        return "wav"
    if head[:4] == b"OggS":
        return "ogg"
    if head[:4] == b"fLaC":
        return "flac"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if head[4:8] == b"ftyp":
        return "m4a" if head[8:11] in (b"M4A", b"M4B") else "mp4"
    if head[:3] == b"ID3" or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0):
        return "aac" if len(head) > 1 and head[1] & 0x06 == 0 else "mp3"
    if head[:4] == b"FORM" and head[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    return None


# -- WAV ---------------------------------------------------------------------------------


def read_wav(data: bytes, owner: str = "Audio") -> tuple[int, NDArray[np.int16]]:
    """(sample rate, int16 samples) of a WAV file: (n,) mono or (n, channels).

    PCM of 8, 16, 24 or 32 bits and 32/64-bit float, plain or WAVE_FORMAT_EXTENSIBLE; a
    data chunk whose size says 0 or 0xFFFFFFFF (written while recording) runs to the end.
    Other widths are scaled to 16 bits (see ``docs/audio-and-video.md``)."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise Error(f"{owner}: the file is not a WAV file")
    pos, fmt, pcm = 12, None, None
    while pos + 8 <= len(data):
        cid, size = data[pos:pos + 4], struct.unpack_from("<I", data, pos + 4)[0]
        body = pos + 8
        if cid == b"fmt ":
            fmt = data[body:body + size]
        elif cid == b"data":
            end = len(data) if size in (0, 0xFFFFFFFF) or body + size > len(data) else body + size
            pcm = memoryview(data)[body:end]
            break
        pos = body + size + (size & 1)
    if fmt is None or len(fmt) < 16 or pcm is None:
        raise Error(f"{owner}: the WAV file has no {'format' if fmt is None or len(fmt) < 16 else 'data'} chunk")
    code, channels, rate, _, align, bits = struct.unpack_from("<HHIIHH", fmt)
    if code == _EXTENSIBLE and len(fmt) >= 26:
        code = struct.unpack_from("<H", fmt, 24)[0]
    width = bits // 8 if bits else 0
    if channels < 1 or rate < 1 or width < 1 or align != width * channels:
        raise Error(f"{owner}: the WAV file's format chunk is damaged ({channels} channels, {bits} bits)")
    usable = len(pcm) - len(pcm) % align
    raw = np.frombuffer(pcm[:usable], dtype=np.uint8)
    if code == _PCM and width == 2:
        samples = raw.view("<i2").astype(np.int16)
    elif code == _PCM and width == 1:
        samples = ((raw.astype(np.int16) - 128) * 256).astype(np.int16)
    elif code == _PCM and width == 3:
        wide = np.zeros((usable // 3, 4), dtype=np.uint8)
        wide[:, 1:] = raw.reshape(-1, 3)
        samples = (wide.view("<i4").reshape(-1) >> 16).astype(np.int16)
    elif code == _PCM and width == 4:
        samples = (raw.view("<i4") >> 16).astype(np.int16)
    elif code == _FLOAT and width in (4, 8):
        floats = raw.view("<f4" if width == 4 else "<f8")
        samples = (np.clip(np.nan_to_num(floats), -1.0, 1.0) * 32767).astype(np.int16)
    else:
        raise ValueError(f"WAV encoding {code} with {bits} bits")  # decoded by ffmpeg, if there
    if channels > 1:
        samples = samples.reshape(-1, channels)
    return int(rate), samples


def write_wav(sample_rate: int, data: NDArray[np.int16]) -> bytes:
    """A 16-bit PCM WAV file of int16 samples, (n,) or (n, channels)."""
    data = np.ascontiguousarray(data, dtype="<i2")
    channels = 1 if data.ndim == 1 else int(data.shape[1])
    pcm = data.tobytes()
    header = struct.pack("<4sI4s4sIHHIIHH4sI", b"RIFF", 36 + len(pcm), b"WAVE", b"fmt ", 16, _PCM, channels,
                         int(sample_rate), int(sample_rate) * channels * 2, channels * 2, 16, b"data", len(pcm))
    return header + pcm


def wav_params(data: bytes) -> tuple[int, int] | None:
    """(sample rate, channels) of a 16-bit PCM WAV file, None for anything else."""
    try:
        rate, samples = read_wav(data)
    except (Error, ValueError):
        return None
    return rate, 1 if samples.ndim == 1 else int(samples.shape[1])


# -- numbers -----------------------------------------------------------------------------


def to_int16(data: Any, owner: str) -> NDArray[np.int16]:
    """Samples as int16, converted as Gradio does: floats are divided by their peak (a
    tone of amplitude 0.25 becomes full scale), other integer widths are scaled; each
    conversion warns (``UserWarning``). Shapes (n,) and (n, channels)."""
    arr = np.asarray(data)
    if arr.ndim not in (1, 2):
        raise Error(f"{owner}: audio samples must have shape (samples,) or (samples, channels), got {arr.shape}")
    if arr.ndim == 2 and arr.shape[1] > _MAX_CHANNELS and arr.shape[0] <= 8:
        raise Error(f"{owner}: audio samples have shape {arr.shape}, which reads as {arr.shape[1]} channels; "
                    "samples go first: pass data.T, of shape (samples, channels)")
    if arr.dtype == np.int16:
        return arr
    warning = f"Trying to convert audio automatically from {arr.dtype} to 16-bit int format."
    if arr.dtype.kind == "f":
        arr = arr.astype(np.float64)
        if not np.isfinite(arr).all():
            raise Error(f"{owner}: the audio samples contain NaN or infinite values")
        warnings.warn(warning, UserWarning, stacklevel=3)
        peak = float(np.abs(arr).max()) if arr.size else 0.0
        if peak == 0:
            return np.zeros(arr.shape, dtype=np.int16)
        return (arr / peak * 32767).astype(np.int16)
    out: np.ndarray[Any, np.dtype[Any]]
    if arr.dtype == np.int32:
        out = arr / 65536
    elif arr.dtype == np.uint16:
        out = arr.astype(np.int32) - 32768
    elif arr.dtype == np.uint8:
        out = arr.astype(np.int32) * 257 - 32768
    elif arr.dtype == np.int8:
        out = arr.astype(np.int32) * 256
    elif arr.dtype == np.bool_ or arr.dtype.kind not in "iu":
        raise Error(f"{owner}: audio samples of dtype {arr.dtype} cannot be converted to 16-bit audio; "
                    "use int16, or floats between -1 and 1")
    else:
        raise Error(f"{owner}: audio samples of dtype {arr.dtype} cannot be converted to 16-bit audio automatically; "
                    "convert them to int16 first")
    warnings.warn(warning, UserWarning, stacklevel=3)
    return out.astype(np.int16)


def check_rate(sample_rate: Any, owner: str) -> int:
    ok = isinstance(sample_rate, (int, float, np.integer, np.floating)) and not isinstance(sample_rate, bool)
    if not ok or sample_rate != int(sample_rate) or not 1 <= int(sample_rate) <= 1_000_000:
        raise Error(f"{owner}: the sample rate must be a positive int of Hz (such as 16000 or 44100), got {sample_rate!r}")
    return int(sample_rate)


# -- files -------------------------------------------------------------------------------


def decode(path: str | Path, owner: str, name: str | None = None) -> tuple[int, NDArray[np.int16]]:
    """(sample rate, int16 samples) of an audio file: WAV here, anything else with ffmpeg.
    A file that holds no audio fails with an error naming ``owner``."""
    path = Path(path)
    shown = name or path.name
    with open(path, "rb") as f:
        head = f.read(64)
    kind = sniff(head)
    if kind == "wav":
        try:
            return read_wav(path.read_bytes(), owner)
        except ValueError:
            pass  # an encoding only ffmpeg reads (ADPCM, mu-law, ...)
    elif kind is None and not _ffmpeg.available("ffmpeg", "ffprobe"):
        raise Error(f"{owner}: {shown!r} is not an audio file nbblocks can read (it is not a WAV file, and "
                    "reading other formats needs ffmpeg, which is not installed)")
    doing = f"{owner}: reading {shown!r}"
    _ffmpeg.require(f"{doing} (a {kind or 'non-WAV'} file)", "ffmpeg", "ffprobe")
    try:
        info = _ffmpeg.probe(path, doing)
    except Error:
        raise Error(f"{owner}: {shown!r} is not an audio file (ffmpeg cannot read it)") from None
    stream = next((s for s in info.get("streams", []) if s.get("codec_type") == "audio"), None)
    if stream is None:
        raise Error(f"{owner}: {shown!r} holds no audio")
    rate, channels = int(stream.get("sample_rate") or 0), int(stream.get("channels") or 0)
    if rate < 1 or channels < 1:
        raise Error(f"{owner}: {shown!r} has an audio stream without a sample rate or channels")
    pcm = _ffmpeg.run(["-i", str(path), "-map", "0:a:0", "-f", "s16le", "-acodec", "pcm_s16le", "-ac", str(channels),
                       "-ar", str(rate), "pipe:1"], doing)
    samples = np.frombuffer(pcm[:len(pcm) - len(pcm) % (2 * channels)], dtype="<i2").astype(np.int16)
    return rate, samples.reshape(-1, channels) if channels > 1 else samples


def encode(sample_rate: int, data: NDArray[np.int16], fmt: str, owner: str) -> bytes:
    """The bytes of an audio file in ``fmt`` ("wav" here; others with ffmpeg)."""
    if fmt == "wav":
        return write_wav(sample_rate, data)
    args = _FFMPEG_ENCODERS.get(fmt)
    if args is None:
        raise Error(f"{owner}: cannot write audio as {fmt!r}; use one of wav, {', '.join(_FFMPEG_ENCODERS)}")
    channels = 1 if data.ndim == 1 else int(data.shape[1])
    return _ffmpeg.run(["-f", "s16le", "-ar", str(sample_rate), "-ac", str(channels), "-i", "pipe:0", *args, "pipe:1"],
                       f"{owner}: writing audio as {fmt}", input=np.ascontiguousarray(data, dtype="<i2").tobytes())


def concat_wav(parts: list[bytes]) -> bytes | None:
    """One WAV file of WAV files with equal rate and channels, None otherwise."""
    decoded = []
    for part in parts:
        try:
            decoded.append(read_wav(part))
        except (Error, ValueError):
            return None
    if not decoded or len({(r, 1 if s.ndim == 1 else s.shape[1]) for r, s in decoded}) != 1:
        return None
    return write_wav(decoded[0][0], np.concatenate([s for _, s in decoded]))


def concat(parts: list[bytes], owner: str) -> tuple[bytes, str] | None:
    """The chunks of a stream as one file, (bytes, extension): WAV chunks joined here;
    mp3 and ADTS chunks as they are (their frames simply follow each other); anything
    else re-encoded as one WAV by ffmpeg when it is installed. None when it cannot be done."""
    if not parts:
        return None
    kinds = {sniff(p[:64]) for p in parts}
    if kinds == {"wav"}:
        joined = concat_wav(parts)
        if joined is not None:
            return joined, "wav"
    if kinds in ({"mp3"}, {"aac"}):
        return b"".join(parts), kinds.pop()  # type: ignore[return-value]
    if not _ffmpeg.available("ffmpeg", "ffprobe"):
        return None
    import tempfile

    with tempfile.TemporaryDirectory(prefix="nbblocks-concat-") as tmp:
        decoded = []
        for i, part in enumerate(parts):
            path = Path(tmp) / f"part{i}"
            path.write_bytes(part)
            decoded.append(decode(path, owner, f"chunk {i}"))
    rates = {r for r, _ in decoded}
    channels = {1 if s.ndim == 1 else s.shape[1] for _, s in decoded}
    if len(rates) != 1 or len(channels) != 1:
        return None
    return write_wav(rates.pop(), np.concatenate([s for _, s in decoded])), "wav"


def duration(data: bytes) -> float | None:
    """Seconds of a WAV file's audio, None for other files."""
    try:
        rate, samples = read_wav(data)
    except (Error, ValueError):
        return None
    return len(samples) / rate
