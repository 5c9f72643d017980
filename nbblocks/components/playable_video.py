"""gr.PlayableVideo: a Video whose files are mp4, which every browser plays."""

from __future__ import annotations

from typing import Any

from .video import Video

__all__ = ["PlayableVideo"]


class PlayableVideo(Video):
    """Gradio's template: ``gr.Video(format="mp4")`` (converting other files needs ffmpeg)."""

    def __init__(self, value: Any = None, *, format: str | None = "mp4", **kwargs: Any):
        super().__init__(value, format=format, **kwargs)
