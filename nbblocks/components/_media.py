"""What Audio and Video share: a file value played by the page, subtitles, and streams of
chunks a generator yields (``streaming=True``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import files
from ..exceptions import Error
from ._files import FileValue, NamedString

if TYPE_CHECKING:
    from ..data_classes import FileData
    from ..files import Entry

#: Media files up to this size travel with the value (played at once, no request); larger
#: ones are read by the page in ranges when it plays them (``docs/audio-and-video.md``).
MEDIA_DISPLAY_LIMIT = 16 << 20


class MediaValue(FileValue):
    """A component whose value is one media file the page plays."""

    displays_files = True
    display_limit = MEDIA_DISPLAY_LIMIT

    def media_entry(self, payload: Any, what: str) -> Entry | str:
        """The cache entry of a client's FileData, or the URL string the app author gave
        (never fetched); refused with an error naming this component otherwise."""
        entry = self.checked_entry(payload)
        if entry is None:
            return str(payload.path)
        return entry

    def stored(self, data: bytes, name: str, mime: str | None) -> FileData:
        """Bytes the kernel made, issued as a file of this component."""
        entry = files.current().put_bytes(data, name, mime)
        return self.entry_out(entry)

    def local(self, entry: Entry) -> NamedString:
        return NamedString(files.current().local_path(entry.handle))

    def subtitles_prop(self, subtitles: Any, keep_cues: bool) -> Any:
        """``subtitles=``: a ``.srt``/``.vtt``/``.json`` file or a list of
        ``{"text", "timestamp": [start, end]}``; issued as a WebVTT file (its FileData as
        JSON), or kept as ``[{"start", "end", "text"}]`` cues for JSON when ``keep_cues``
        (what Gradio's Audio does)."""
        from .. import _subtitles

        if subtitles is None:
            return None
        if isinstance(subtitles, dict) and isinstance(subtitles.get("path"), str):
            return subtitles  # already issued (a prop read back from a config)
        if not isinstance(subtitles, (str, Path, list)):
            raise Error(f"{self.owner}: subtitles must be a .srt, .vtt or .json file or a list of cues, "
                        f"got {type(subtitles).__name__}")
        vtt, cues = _subtitles.read(subtitles, self.owner)
        if cues is not None and keep_cues:
            return cues
        stem = Path(subtitles).stem if isinstance(subtitles, (str, Path)) else "subtitles"
        return self.stored(vtt.encode("utf-8"), f"{stem}.vtt", "text/vtt").model_dump(mode="json")

    # -- streams ---------------------------------------------------------------------------

    def chunk_bytes(self, chunks: list[FileData]) -> list[bytes]:
        cache = files.current()
        return [cache.read(c.path) for c in chunks if cache.get(c.path) is not None]


def check_media_buttons(buttons: Any, owner: str) -> list[str]:
    """Gradio's ``buttons`` of Audio and Video: "download" and "share" (accepted, and
    ignored: there is no Space to share to); a ``gr.Button`` is not supported."""
    from ._buttons import check_buttons

    return check_buttons(buttons, owner, ("download", "share"))


def suffix_of(name: str) -> str:
    return Path(name).suffix.lower().lstrip(".")
