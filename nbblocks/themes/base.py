"""Theme objects as Gradio builds them (``gr.themes.Soft(primary_hue="emerald").set(...)``).

nbblocks follows the notebook's own look (JupyterLab's light or dark theme, its fonts and
spacing); from a theme it takes the primary hue as the app's accent and primary-button
colour, plus the ``.set()`` variables listed in ``APPLIED`` (docs/theming.md).
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import colors, sizes
from ._variables import VARIABLES
from .fonts import Font, LocalFont, font_stack

__all__ = ["ThemeClass", "Base", "APPLIED", "css_variables"]

#: Theme variables nbblocks applies, and the page token each sets (the rest are kept, not drawn).
APPLIED: dict[str, tuple[str, str]] = {
    # variable: (page token, Gradio's default value)
    "color_accent": ("--nbb-accent", "*primary_500"),
    "button_primary_background_fill": ("--nbb-primary", "*primary_500"),
    "button_primary_background_fill_hover": ("--nbb-primary-hover", "*primary_600"),
    "button_primary_text_color": ("--nbb-primary-text", "white"),
}

_REF = re.compile(r"\*([a-z0-9_]+)")
_HUES = ("primary", "secondary", "neutral")


class ThemeClass:
    """What every theme has: a name, variables set with ``.set()``, and (de)serialisation."""

    name = "theme"

    def __init__(self) -> None:
        self._variables: dict[str, str] = {}

    def set(self, **kwargs: Any) -> ThemeClass:
        """Set theme variables (``button_primary_background_fill="*primary_400"``); chainable."""
        unknown = sorted(set(kwargs) - VARIABLES)
        if unknown:
            raise TypeError(f"{type(self).__name__}.set() got unknown theme variable(s): {', '.join(unknown)}")
        for key, value in kwargs.items():
            if value is None:
                continue
            if not isinstance(value, str):
                raise TypeError(f"{type(self).__name__}.set({key}=...) takes a CSS value as a str, got {type(value).__name__}")
            self._variables[key] = value
        return self

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in VARIABLES:
            variables = self.__dict__.get("_variables", {})
            if name in variables:
                return variables[name]
            default = APPLIED.get(name)
            return default[1] if default else None
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # -- resolving ``*references`` -------------------------------------------------------

    def resolve(self, value: str, _depth: int = 0) -> str:
        """A variable's value with ``*primary_500``-style references replaced."""
        if _depth > 8:
            return value

        def sub(match: re.Match[str]) -> str:
            ref = match.group(1)
            hue, _, shade = ref.rpartition("_")
            if hue in _HUES and shade.isdigit():
                color = getattr(self, f"{hue}_hue", None)
                if isinstance(color, colors.Color) and hasattr(color, f"c{shade}"):
                    return str(getattr(color, f"c{shade}"))
            if ref in VARIABLES:
                inner = getattr(self, ref)
                if isinstance(inner, str):
                    return self.resolve(inner, _depth + 1)
            return match.group(0)

        return _REF.sub(sub, value)

    # -- files -------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {"theme": {"name": self.name, **self._hue_dict(), **dict(self._variables)}}

    def _hue_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for hue in _HUES:
            color = getattr(self, f"{hue}_hue", None)
            if isinstance(color, colors.Color):
                out[f"{hue}_hue"] = color.shades() | {"name": color.name}
        return out

    @classmethod
    def from_dict(cls, theme: dict[str, Any]) -> ThemeClass:
        data = dict(theme.get("theme", theme))
        hues: dict[str, Any] = {}
        for hue in _HUES:
            value = data.pop(f"{hue}_hue", None)
            if isinstance(value, dict):
                shades = (value[s] for s in ("50", "100", "200", "300", "400", "500", "600", "700", "800", "900", "950"))
                hues[f"{hue}_hue"] = colors.Color(*shades, name=value.get("name"))  # type: ignore[misc]  # the 11 shades, then name
        name = data.pop("name", "theme")
        made = Base(**hues)
        made.name = name
        made.set(**{k: v for k, v in data.items() if k in VARIABLES})
        return made

    def dump(self, filename: str | Path) -> None:
        Path(filename).write_text(json.dumps(self.to_dict(), indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> ThemeClass:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    @classmethod
    def from_hub(cls, repo_name: str, hf_token: str | None = None) -> ThemeClass:
        """Hub themes need the network, which nbblocks never uses: the default theme is
        returned with a warning (dump a theme to JSON and ``load`` it instead)."""
        warnings.warn(
            f"nbblocks does not download themes; {repo_name!r} is replaced by the default theme "
            "(save a theme with theme.dump('theme.json') and use gr.themes.Base.load('theme.json'))",
            UserWarning, stacklevel=2,
        )
        return Base()

    def push_to_hub(self, *args: Any, **kwargs: Any) -> None:
        raise NotImplementedError("nbblocks does not upload themes; use theme.dump('theme.json') to share one")


class Base(ThemeClass):
    """The plain theme; every named theme is a ``Base`` with other defaults."""

    name = "base"
    _defaults: dict[str, Any] = {
        "primary_hue": colors.blue, "secondary_hue": colors.blue, "neutral_hue": colors.zinc,
        "text_size": sizes.text_md, "spacing_size": sizes.spacing_md, "radius_size": sizes.radius_md,
        "font": (LocalFont("IBM Plex Sans"), "ui-sans-serif", "system-ui", "sans-serif"),
        "font_mono": (LocalFont("IBM Plex Mono"), "ui-monospace", "Consolas", "monospace"),
    }

    def __init__(
        self,
        *,
        primary_hue: colors.Color | str | None = None,
        secondary_hue: colors.Color | str | None = None,
        neutral_hue: colors.Color | str | None = None,
        text_size: sizes.Size | str | None = None,
        spacing_size: sizes.Size | str | None = None,
        radius_size: sizes.Size | str | None = None,
        font: Font | str | Iterable[Font | str] | None = None,
        font_mono: Font | str | Iterable[Font | str] | None = None,
    ) -> None:
        super().__init__()
        d = self._defaults
        where = type(self).__name__
        self.primary_hue = colors.named(d["primary_hue"] if primary_hue is None else primary_hue, f"{where}(primary_hue)")
        self.secondary_hue = colors.named(d["secondary_hue"] if secondary_hue is None else secondary_hue, f"{where}(secondary_hue)")
        self.neutral_hue = colors.named(d["neutral_hue"] if neutral_hue is None else neutral_hue, f"{where}(neutral_hue)")
        self.text_size = sizes.named(d["text_size"] if text_size is None else text_size, f"{where}(text_size)")
        self.spacing_size = sizes.named(d["spacing_size"] if spacing_size is None else spacing_size, f"{where}(spacing_size)")
        self.radius_size = sizes.named(d["radius_size"] if radius_size is None else radius_size, f"{where}(radius_size)")
        self.font = font_stack(d["font"] if font is None else font, f"{where}(font)")
        self.font_mono = font_stack(d["font_mono"] if font_mono is None else font_mono, f"{where}(font_mono)")
        for hue in _HUES:
            color = getattr(self, f"{hue}_hue")
            for shade, css in color.shades().items():
                setattr(self, f"{hue}_{shade}", css)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(primary_hue={self.primary_hue.name!r})"


def css_variables(theme: Any) -> dict[str, str] | None:
    """The page tokens a theme sets (``{"--nbb-accent": "#10b981", ...}``), or None for no
    theme (the app then follows the notebook's own colours)."""
    if theme is None:
        return None
    out: dict[str, str] = {}
    for variable, (token, default) in APPLIED.items():
        value = theme.resolve(getattr(theme, variable) or default)
        if "*" not in value:  # an unresolved reference is left to the page's default
            out[token] = value
    return out
