"""``gr.themes``: Gradio's theme objects. nbblocks draws an app in the notebook's own look
and takes the theme's primary hue (and a few ``.set()`` variables) as its accent; see
``docs/theming.md``."""

from __future__ import annotations

import warnings
from typing import Any

from . import colors, sizes
from .base import APPLIED, Base, ThemeClass, css_variables
from .colors import Color
from .fonts import Font, GoogleFont, LocalFont
from .named import BUILT_IN, Citrus, Cyberpunk, Default, Ember, Glass, Mario, Monochrome, Neon, Ocean, Origin, Soft
from .sizes import Size

#: ``gr.Theme``: the class to subclass or construct for a theme of one's own.
Theme = Base

__all__ = [
    "APPLIED", "Base", "Citrus", "Color", "Cyberpunk", "Default", "Ember", "Font", "Glass", "GoogleFont",
    "LocalFont", "Mario", "Monochrome", "Neon", "Ocean", "Origin", "Size", "Soft", "ThemeClass", "colors",
    "Theme", "css_variables", "resolve_theme", "sizes",
]


def resolve_theme(theme: Any, where: str) -> ThemeClass | None:
    """``Blocks(theme=...)``: a theme object, a class, a built-in name (``"soft"``), or a
    Hub name (kept as the default theme, with a warning: nothing is downloaded)."""
    if theme is None or isinstance(theme, ThemeClass):
        return theme
    if isinstance(theme, type) and issubclass(theme, ThemeClass):
        return theme()
    if isinstance(theme, str):
        cls = BUILT_IN.get(theme.strip().lower())
        if cls is not None:
            return cls()
        warnings.warn(f"{where}: theme {theme!r} is not built in and nbblocks downloads nothing; the default theme is used",
                      UserWarning, stacklevel=3)
        return Default()
    raise TypeError(f"{where}: theme must be a gr.themes theme, its class or its name, got {type(theme).__name__}")
