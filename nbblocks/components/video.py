"""gr.Video: upload or record a video (input), or play one (output), also as a stream of
chunks. As in Gradio 6.31 the value is one FileData; subtitles are the ``subtitles`` prop.

A video the browser can play is passed through untouched and needs nothing else; format
changes, mirroring a webcam recording, dropping its sound, watermarks and previews of
files the browser cannot play go through ffmpeg (``nbblocks/_video.py``).
"""

from __future__ import annotations

import logging
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from typing_extensions import Unpack

from .. import _ffmpeg, files
from ..data_classes import FileData
from ..events import Events
from ..exceptions import Error
from ..updates import update
from ._gradio_block import server
from ._media import MediaValue, check_media_buttons, suffix_of
from ._uploads import Uploads, one_file
from .base import Component, ComponentProps, StreamingOutput
from .image import check_webcam_options
from .image_options import WatermarkOptions, WebcamOptions

__all__ = ["Video"]

log = logging.getLogger("nbblocks")
SOURCES: tuple[Literal["upload", "webcam"], ...] = ("upload", "webcam")
#: Conversions done for this component, by (source sha256, what was done): reused.
_KEPT_CONVERSIONS = 64


def _upload_value(current: Any, uploaded: list[dict[str, Any]], props: dict[str, Any]) -> Any:
    return uploaded[0]


class Video(MediaValue, StreamingOutput, Component):
    """A video. As an input it passes the file's path (converted to ``format`` when set);
    as an output it takes a path or a URL, and with ``streaming=True`` plays the chunks
    a generator yields one after the other."""

    EVENTS = [Events.change, Events.clear, Events.start_recording, Events.stop_recording, Events.stop, Events.play,
              Events.pause, Events.end, Events.upload, Events.input]
    VIEW = "video"
    UPLOADS = Uploads(value=_upload_value, single=one_file, source="upload", events=("upload", "input", "change"),
                      clear_events=("clear", "input", "change"))
    data_model = FileData
    file_types = ["video"]

    def __init__(
        self,
        value: str | Path | Callable[..., Any] | None = None,
        *,
        format: str | None = None,
        sources: list[Literal["upload", "webcam"]] | Literal["upload", "webcam"] | None = None,
        height: int | str | None = None,
        width: int | str | None = None,
        webcam_options: WebcamOptions | None = None,
        include_audio: bool | None = None,
        autoplay: bool = False,
        buttons: list[Literal["download", "share"]] | None = None,
        loop: bool = False,
        streaming: bool = False,
        watermark: WatermarkOptions | str | Path | None = None,
        subtitles: str | Path | list[dict[str, Any]] | None = None,
        playback_position: float = 0,
        mirror_webcam: bool | None = None,
        webcam_constraints: dict[str, Any] | None = None,
        show_download_button: bool | None = None,
        show_share_button: bool | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"Video '{props['label']}'" if props.get("label") else "Video"
        if sources is None:
            sources = list(SOURCES)
        elif isinstance(sources, str):
            sources = [sources]
        if not isinstance(sources, (list, tuple)) or not all(s in SOURCES for s in sources):
            raise ValueError(f"{name}: sources must be a list of 'upload' and 'webcam', got {sources!r}")
        if format is not None:
            format = str(format).lower().lstrip(".")
            if not format.isalnum():
                raise ValueError(f"{name}: format must be a file extension such as 'mp4' or 'webm', got {format!r}")
        if isinstance(playback_position, bool) or not isinstance(playback_position, (int, float)) or playback_position < 0:
            raise ValueError(f"{name}: playback_position must be a number of seconds >= 0, got {playback_position!r}")
        if watermark is not None and not isinstance(watermark, WatermarkOptions):
            watermark = WatermarkOptions(watermark=watermark)
        shown = ["download"] if buttons is None else check_media_buttons(buttons, name)
        legacy = {"download": show_download_button, "share": show_share_button}
        self.format = format
        self.sources = list(sources)
        self.height = height
        self.width = width
        self.webcam_options = check_webcam_options(name, webcam_options, mirror_webcam, webcam_constraints)
        self.include_audio = include_audio if include_audio is not None else "upload" in self.sources
        self.autoplay = autoplay
        self.buttons = [b for b in shown if legacy.get(b) is not False]
        self.loop = loop
        self.streaming = streaming
        self.watermark = watermark
        self.playback_position = float(playback_position)
        self._conversions: dict[tuple[Any, ...], str] = {}
        super().__init__(value, **props)
        self.subtitles = self.subtitles_prop(subtitles, keep_cues=False)

    # -- in ----------------------------------------------------------------------------

    def preprocess(self, payload: FileData | None) -> str | None:
        """Passes the video's path (a URL the app author gave is passed as it is). With
        ``format`` set the file is converted to it; a webcam-only Video with a mirrored
        webcam gets the recording mirrored as it was shown; ``include_audio=False`` drops
        the sound. Those changes need ffmpeg."""
        if payload is None:
            return None
        got = self.media_entry(payload, "video")
        if isinstance(got, str):
            return got
        path = self.local(got)
        fmt = self.format if self.format is not None and suffix_of(got.name) != self.format else None
        flip = self.sources == ["webcam"] and self.webcam_options.mirror
        if fmt is None and not flip and self.include_audio:
            return path
        if not _ffmpeg.available("ffmpeg", "ffprobe"):
            if fmt is not None:
                _ffmpeg.require(f"{self.owner}: converting {got.name!r} to {fmt}", "ffmpeg", "ffprobe")
            log.warning("nbblocks: %s passes %r as it is: %s needs ffmpeg, which is not installed", self.owner, got.name,
                        "mirroring the webcam recording" if flip else "dropping the sound (include_audio=False)")
            return path
        stem = Path(got.name).stem
        target_name = f"{'' if self.include_audio else 'muted_'}{stem}{'_flip' if flip else ''}.{fmt or suffix_of(got.name)}"
        key = (got.sha256 or got.handle, target_name)
        done = self._conversions.get(key)
        if done is not None and files.current().get(done) is not None:
            return self.local(files.current().get(done))  # type: ignore[arg-type]
        from .. import _video

        with tempfile.TemporaryDirectory(prefix="nbblocks-video-") as tmp:
            target = Path(tmp) / target_name
            _video.convert(path, target, self.owner, hflip=flip, audio=self.include_audio)
            entry = files.current().put_path(target, target_name, _video.MIME.get(target.suffix.lstrip(".")))
        if len(self._conversions) >= _KEPT_CONVERSIONS:
            self._conversions.pop(next(iter(self._conversions)))
        self._conversions[key] = entry.handle
        return self.local(entry)

    # -- out ---------------------------------------------------------------------------

    def postprocess(self, value: Any) -> Any:
        """Takes a file path or a URL (shown by the browser, never fetched). A file the
        browser cannot play is converted to mp4 when ffmpeg is installed; ``format`` and
        ``watermark`` convert it too (those need ffmpeg). Gradio 4's ``(video,
        subtitles)`` pair sets the ``subtitles`` prop as well."""
        if value is None or value in ([None, None], (None, None)):
            return None
        if isinstance(value, (tuple, list)) and len(value) == 2 and not isinstance(value[0], (int, float)):
            video, subtitles = value
            return update(value=self.postprocess(video), subtitles=subtitles)
        if isinstance(value, (dict, FileData)):
            return self.file_out(value)
        if not isinstance(value, (str, Path)):
            raise Error(f"{self.owner}: cannot play a {type(value).__name__}; return a file path or a URL")
        text = str(value)
        if files.is_url(text):
            if self.format is not None and suffix_of(text.split("?")[0]) != self.format:
                warnings.warn(f"{self.owner}: the URL {text} is shown as it is; the kernel does not fetch URLs, so "
                              f"it is not converted to {self.format}", UserWarning, stacklevel=4)
            return self.url_out(text, FileData)
        path = Path(value)
        if not path.is_file():
            raise Error(f"{self.owner}: no such file: {value}")
        return self._converted_out(path)

    def _converted_out(self, path: Path) -> FileData:
        from .. import _video

        marked = self.watermark is not None and self.watermark.watermark is not None
        fmt = self.format if self.format is not None and suffix_of(path.name) != self.format else None
        if fmt is None and not marked:
            if _ffmpeg.available("ffmpeg", "ffprobe") and not _video.is_playable(path, self.owner):
                warnings.warn(f"{self.owner}: {path.name} does not have a browser-compatible container or codec; "
                              "converted to mp4", UserWarning, stacklevel=5)
                data, name = _video.to_playable(path, self.owner)
                return self.stored(data, name, "video/mp4")
            return self.file_out(path)
        doing = f"{self.owner}: {'watermarking' if marked else 'converting'} {path.name!r}"
        _ffmpeg.require(doing, "ffmpeg", "ffprobe")
        ext = fmt or suffix_of(path.name)
        with tempfile.TemporaryDirectory(prefix="nbblocks-video-") as tmp:
            target = Path(tmp) / f"{path.stem}{'_watermarked' if marked else ''}.{ext}"
            mark = (self._watermark_file(tmp), self.watermark.position) if marked else None  # type: ignore[union-attr]
            _video.convert(path, target, self.owner, watermark=mark)
            return self.entry_out(files.current().put_path(target, target.name, _video.MIME.get(ext)))

    def _watermark_file(self, folder: str) -> str:
        """The watermark as an image file ffmpeg can read (a path, or PIL/numpy saved as PNG)."""
        mark = self.watermark.watermark  # type: ignore[union-attr]
        if isinstance(mark, (str, Path)):
            if not Path(mark).is_file():
                raise Error(f"{self.owner}: no such watermark image: {mark}")
            return str(mark)
        from .. import _images

        img = mark if hasattr(mark, "getbands") else _images.array_to_pending(mark, "png", self.owner).pil()
        target = Path(folder) / "watermark.png"
        target.write_bytes(_images.encode(img, "png"))
        return str(target)

    # -- streams -------------------------------------------------------------------------

    def stream_chunk(self, value: Any) -> FileData | None:
        """A chunk a generator yielded: a video file's path (``.mp4``, ``.webm``, ``.ts``)
        or its bytes. Chunks are played as they are, one after the other."""
        if value is None:
            return None
        if isinstance(value, (bytes, bytearray, memoryview)):
            from .. import _audio

            data = bytes(value)
            kind = _audio.sniff(data[:64])
            ext = {"mp4": "mp4", "m4a": "mp4", "webm": "webm"}.get(kind or "", "ts" if data[:1] == b"\x47" else "mp4")
            return self.stored(data, f"chunk.{ext}", {"ts": "video/mp2t"}.get(ext, f"video/{ext}"))
        if isinstance(value, (str, Path)) and not files.is_url(str(value)):
            path = Path(value)
            if not path.is_file():
                raise Error(f"{self.owner}: no such file: {value}")
            return self.file_out(path)
        return self.postprocess(value)  # type: ignore[no-any-return]

    def combine_stream(self, chunks: list[FileData]) -> FileData | None:
        """The chunks as one mp4 (with ffmpeg); without ffmpeg the last chunk stays."""
        from .. import _video

        joined = _video.concat(self.chunk_bytes(chunks), self.owner)
        if joined is None:
            return None
        data, name = joined
        return self.stored(data, name, "video/mp4")

    # -- a preview of what the browser cannot play ----------------------------------------

    @server
    def playable_preview(self, value: Any) -> dict[str, Any]:
        """A browser-playable mp4 of an issued video that the page could not play (an
        upload from another camera, say): its FileData. Needs ffmpeg; the value itself is
        unchanged."""
        from .. import _video

        got = self.media_entry(FileData.model_validate(value), "video")
        if isinstance(got, str):
            raise Error(f"{self.owner}: {got} is a URL; the kernel does not fetch URLs, so it cannot convert it")
        _ffmpeg.require(f"{self.owner}: a playable preview of {got.name!r}", "ffmpeg", "ffprobe")
        data, name = _video.to_playable(self.local(got), self.owner)
        return self.stored(data, name, "video/mp4").model_dump(mode="json")

    # -- the rest -----------------------------------------------------------------------

    def process_example(self, value: Any) -> Any:
        return Path(value).name if isinstance(value, (str, Path)) else ""

    def example_payload(self) -> Any:
        url = "https://github.com/gradio-app/gradio/raw/main/gradio/media_assets/videos/world.mp4"
        return {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": "world.mp4", "url": url}

    def example_value(self) -> Any:
        return "https://github.com/gradio-app/gradio/raw/main/gradio/media_assets/videos/world.mp4"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "format": self.format, "sources": self.sources, "height": self.height, "width": self.width,
            "webcam_options": self.webcam_options.to_json(), "include_audio": self.include_audio,
            "autoplay": self.autoplay, "buttons": self.buttons, "loop": self.loop, "streaming": self.streaming,
            "subtitles": self.subtitles, "playback_position": self.playback_position,
        }
