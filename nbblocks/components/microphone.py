"""gr.Microphone (and its short name gr.Mic): an Audio that records from the microphone."""

from __future__ import annotations

from typing import Any

from .audio import Audio

__all__ = ["Microphone", "Mic"]


class Microphone(Audio):
    """Gradio's template: ``gr.Audio(sources=["microphone"])``."""

    def __init__(self, value: Any = None, *, sources: Any = None, **kwargs: Any):
        super().__init__(value, sources=["microphone"] if sources is None else sources, **kwargs)


Mic = Microphone
