"""The ``buttons`` parameter that several components share (Image, Gallery, File, Code, ...)."""

from __future__ import annotations

from typing import Any

__all__ = ["check_buttons"]


def check_buttons(buttons: Any, owner: str, allowed: tuple[str, ...] = ("download", "share", "fullscreen"),
                  legacy: dict[str, bool | None] | None = None) -> list[str]:
    """``buttons`` as a list of names (all of ``allowed`` when None); ``legacy`` maps a
    button to Gradio 5's ``show_<button>_button`` flag, whose False removes it. Gradio 6's
    custom ``gr.Button`` entries are refused with a clear message."""
    if buttons is None:
        buttons = list(allowed)
    if isinstance(buttons, str) or not isinstance(buttons, (list, tuple)):
        raise ValueError(f"{owner}: buttons must be a list such as {list(allowed)!r}, got {buttons!r}")
    for b in buttons:
        if not isinstance(b, str):
            raise ValueError(f"{owner}: custom buttons are not supported; buttons takes names from {list(allowed)!r}")
        if b not in allowed:
            raise ValueError(f"{owner}: unknown button {b!r}; buttons takes names from {list(allowed)!r}")
    return [b for b in buttons if (legacy or {}).get(b) is not False]
