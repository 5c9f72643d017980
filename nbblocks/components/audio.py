"""gr.Audio: upload or record audio (input), or play it (output), also as a stream.

WAV is read and written with numpy and the standard library; other formats need ffmpeg
(``nbblocks/_audio.py``). The page records the microphone as 16-bit WAV itself, so
recording needs no ffmpeg either. ``docs/audio-and-video.md`` has the whole story.
"""

from __future__ import annotations

import dataclasses
import numbers
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from .. import _ffmpeg, files
from ..data_classes import FileData
from ..events import Events
from ..exceptions import Error
from ._media import MediaValue, check_media_buttons, suffix_of
from ._uploads import Uploads, one_file
from .base import Component, ComponentProps, StreamingInput, StreamingOutput

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Audio", "WaveformOptions"]

SOURCES: tuple[Literal["upload", "microphone"], ...] = ("upload", "microphone")
TYPES = ("numpy", "filepath")
FORMATS = ("wav", "mp3")
#: What the file picker offers and the kernel takes: audio, and the containers that
#: often hold only audio (a phone's .m4a, a browser's .webm recording).
AUDIO_FILE_TYPES = ["audio", ".webm", ".weba", ".mp4", ".m4a", ".opus", ".mkv", ".mka"]


@dataclasses.dataclass
class WaveformOptions:
    """How the waveform looks and behaves (``gr.Audio(waveform_options=...)``).

    ``waveform_color`` and ``waveform_progress_color`` (any CSS colour) draw the wave and
    the part already played; ``trim_region_color`` the region kept when trimming;
    ``show_recording_waveform=False`` shows the browser's own player instead;
    ``skip_length`` is the seconds the skip buttons jump; ``sample_rate`` is the rate
    (Hz) of audio the page writes after trimming."""

    waveform_color: str | None = None
    waveform_progress_color: str | None = None
    trim_region_color: str | None = None
    show_recording_waveform: bool = True
    skip_length: int | float = 5
    sample_rate: int = 44100

    def __post_init__(self) -> None:
        if isinstance(self.skip_length, bool) or not isinstance(self.skip_length, (int, float)) or self.skip_length <= 0:
            raise ValueError(f"WaveformOptions: skip_length must be a positive number of seconds, got {self.skip_length!r}")
        if isinstance(self.sample_rate, bool) or not isinstance(self.sample_rate, int) or not 3000 <= self.sample_rate <= 768000:
            raise ValueError(f"WaveformOptions: sample_rate must be an int of Hz between 3000 and 768000, got {self.sample_rate!r}")

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _upload_value(current: Any, uploaded: list[dict[str, Any]], props: dict[str, Any]) -> Any:
    return uploaded[0]


class Audio(MediaValue, StreamingInput, StreamingOutput, Component):
    """Audio. As an input it passes ``(sample_rate, int16 array)`` or a file path
    (``type``); as an output it takes either of those, a URL or bytes, and with
    ``streaming=True`` plays what a generator yields, chunk after chunk."""

    EVENTS = [Events.stream, Events.change, Events.clear, Events.play, Events.pause, Events.stop,
              Events.start_recording, Events.pause_recording, Events.stop_recording, Events.upload, Events.input]
    VIEW = "audio"
    UPLOADS = Uploads(value=_upload_value, single=one_file, source="upload", events=("upload", "input", "change"),
                      clear_events=("clear", "input", "change"))
    data_model = FileData
    file_types = AUDIO_FILE_TYPES

    def __init__(
        self,
        value: str | Path | tuple[int, np.ndarray] | bytes | Callable[..., Any] | None = None,
        *,
        sources: list[Literal["upload", "microphone"]] | Literal["upload", "microphone"] | None = None,
        type: Literal["numpy", "filepath"] = "numpy",
        streaming: bool = False,
        format: Literal["wav", "mp3"] | None = None,
        autoplay: bool = False,
        editable: bool = True,
        buttons: list[Literal["download", "share"]] | None = None,
        waveform_options: WaveformOptions | dict[str, Any] | None = None,
        loop: bool = False,
        recording: bool = False,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
        show_download_button: bool | None = None,
        show_share_button: bool | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"Audio '{props['label']}'" if props.get("label") else "Audio"
        if sources is None:
            sources = ["microphone"] if streaming else list(SOURCES)
        elif isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, (list, tuple)) or not all(s in SOURCES for s in sources):
            raise ValueError(f"{name}: sources must be a list of 'upload' and 'microphone', got {sources!r}")
        if type not in TYPES:
            raise ValueError(f"{name}: type must be 'numpy' or 'filepath', got {type!r}")
        if streaming and "microphone" not in sources:
            raise ValueError(f"{name}: streaming=True needs 'microphone' in sources (a stream comes from the microphone)")
        if format is not None:
            format = str(format).lower().lstrip(".")  # type: ignore[assignment]
            if format not in FORMATS:
                raise ValueError(f"{name}: format must be 'wav', 'mp3' or None, got {format!r}")
        if waveform_options is None:
            waveform_options = WaveformOptions()
        elif isinstance(waveform_options, dict):
            try:
                waveform_options = WaveformOptions(**waveform_options)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{name}: waveform_options: {exc}") from None
        elif not isinstance(waveform_options, WaveformOptions):
            raise TypeError(f"{name}: waveform_options must be a gr.WaveformOptions or a dict, got {waveform_options!r}")
        if isinstance(playback_position, bool) or not isinstance(playback_position, (int, float)) or playback_position < 0:
            raise ValueError(f"{name}: playback_position must be a number of seconds >= 0, got {playback_position!r}")
        shown = check_media_buttons(buttons, name)
        legacy = {"download": show_download_button, "share": show_share_button}
        self.sources = list(sources)
        self.type = type
        self.streaming = streaming
        self.format = format
        self.autoplay = autoplay
        self.editable = editable
        self.buttons = [b for b in shown if legacy.get(b) is not False]
        self.waveform_options = waveform_options
        self.loop = loop
        self.recording = recording
        self.playback_position = float(playback_position)
        super().__init__(value, **props)
        self.subtitles = self.subtitles_prop(subtitles, keep_cues=True)

    # -- in ----------------------------------------------------------------------------

    def preprocess(self, payload: FileData | None) -> str | tuple[int, np.ndarray] | None:
        """Passes ``(sample_rate, int16 array)`` (shape (n,) or (n, channels)) or a file path,
        per ``type``; with ``format`` set, ``"filepath"`` gets a file of that format."""
        if payload is None:
            return None
        from .. import _audio

        got = self.media_entry(payload, "audio")
        if isinstance(got, str):  # an author's URL: passed on, never fetched
            if self.type == "filepath":
                return got
            raise Error(f"{self.owner}: the value is the URL {got!r}; the kernel does not fetch URLs. "
                        "Use type='filepath' to receive the URL, or give a local file as the value")
        path = self.local(got)
        if self.type == "numpy":
            return _audio.decode(path, self.owner, got.name)
        if self.format is not None and suffix_of(got.name) != self.format:
            rate, samples = _audio.decode(path, self.owner, got.name)
            data = _audio.encode(rate, samples, self.format, self.owner)
            stored = self.stored(data, f"{Path(got.name).stem}.{self.format}", _audio.MIME[self.format])
            return self.local(files.current().get(stored.path))  # type: ignore[arg-type]
        return path

    # -- out ---------------------------------------------------------------------------

    def postprocess(self, value: Any) -> FileData | None:
        """Takes a file path, a URL (shown by the browser, never fetched by the kernel),
        bytes of an audio file, or ``(sample_rate, array)``: int16 samples are kept
        exactly, floats are divided by their peak (a ``UserWarning`` says so), and the
        samples are written as ``format`` (WAV by default)."""
        if value is None:
            return None
        from .. import _audio

        if isinstance(value, (bytes, bytearray, memoryview)):
            return self._bytes_out(bytes(value), "audio")
        if _is_samples(value):
            rate, data = value
            rate = _audio.check_rate(rate, self.owner)
            samples = _audio.to_int16(data, self.owner)
            fmt = self.format or "wav"
            return self.stored(_audio.encode(rate, samples, fmt, self.owner), f"audio.{fmt}", _audio.MIME[fmt])
        if isinstance(value, (str, Path)) and not files.is_url(str(value)):
            path = Path(value)
            if not path.is_file():
                raise Error(f"{self.owner}: no such file: {value}")
            if self.format is not None and path.suffix.lower().lstrip(".") != self.format:
                rate, samples = _audio.decode(path, self.owner)
                data = _audio.encode(rate, samples, self.format, self.owner)
                return self.stored(data, f"{path.stem}.{self.format}", _audio.MIME[self.format])
            if path.suffix.lower() not in _audio.PLAYABLE and _ffmpeg.available("ffmpeg", "ffprobe"):
                return self._playable(path)
            return self.file_out(path)
        if isinstance(value, (str, Path, dict, FileData)):
            return self.file_out(value)
        raise Error(f"{self.owner}: cannot play a {type(value).__name__}; return a file path, a URL, bytes of an "
                    "audio file or (sample_rate, numpy array)")

    def _bytes_out(self, data: bytes, stem: str) -> FileData:
        from .. import _audio

        kind = _audio.sniff(data[:64])
        if kind is None or kind == "mp4":
            kind = "m4a" if kind == "mp4" else None
        name = f"{stem}.{kind}" if kind else stem
        return self.stored(data, name, _audio.MIME.get(kind or "", "application/octet-stream"))

    def _playable(self, path: Path) -> FileData:
        """A file the browser cannot play (AIFF, WMA, AMR, ...) as one it can: WAV."""
        from .. import _audio

        rate, samples = _audio.decode(path, self.owner)
        warnings.warn(f"{self.owner}: {path.name} does not have a browser-compatible container or codec; "
                      "converted to .wav", UserWarning, stacklevel=4)
        return self.stored(_audio.write_wav(rate, samples), f"{path.stem}.wav", "audio/wav")

    # -- streams -------------------------------------------------------------------------

    def stream_chunk(self, value: Any) -> FileData | None:
        """A chunk a generator yielded: bytes of an audio file (WAV or mp3 play without
        gaps), ``(sample_rate, array)`` (sent as WAV), or a file path."""
        if value is None:
            return None
        if isinstance(value, (bytes, bytearray, memoryview)):
            return self._bytes_out(bytes(value), "chunk")
        if _is_samples(value):
            from .. import _audio

            rate = _audio.check_rate(value[0], self.owner)
            return self.stored(_audio.write_wav(rate, _audio.to_int16(value[1], self.owner)), "chunk.wav", "audio/wav")
        return self.postprocess(value)

    def combine_stream(self, chunks: list[FileData]) -> FileData | None:
        """All the chunks as one file (WAV or mp3), which the page offers for download."""
        from .. import _audio

        joined = _audio.concat(self.chunk_bytes(chunks), self.owner)
        if joined is None:
            return None
        data, ext = joined
        return self.stored(data, f"audio-stream.{ext}", _audio.MIME.get(ext))

    # -- the rest -----------------------------------------------------------------------

    def process_example(self, value: Any) -> Any:
        if value is None:
            return ""
        if isinstance(value, (str, Path)):
            return Path(value).name
        return "(audio)"

    def example_payload(self) -> Any:
        url = "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav"
        return {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "audio_sample.wav", "url": url}

    def example_value(self) -> Any:
        return "https://github.com/gradio-app/gradio/raw/main/test/test_files/audio_sample.wav"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "sources": self.sources, "type": self.type, "streaming": self.streaming, "format": self.format,
            "autoplay": self.autoplay, "editable": self.editable, "buttons": self.buttons,
            "waveform_options": self.waveform_options.to_json(), "loop": self.loop, "recording": self.recording,
            "subtitles": self.subtitles, "playback_position": self.playback_position,
        }


def _is_samples(value: Any) -> bool:
    """``(sample_rate, array)``: a pair whose first item is a number and second an array."""
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return False
    rate, data = value
    return not isinstance(rate, bool) and isinstance(rate, numbers.Real) and hasattr(data, "__len__") \
        and not isinstance(data, (str, bytes))
