"""Gradio's named themes: a ``Base`` with other default hues, sizes and fonts."""

from __future__ import annotations

from typing import Any

from . import colors, sizes
from .base import Base
from .fonts import GoogleFont, LocalFont

__all__ = ["Default", "Soft", "Glass", "Monochrome", "Ocean", "Origin", "Citrus", "Ember", "Neon", "Mario", "Cyberpunk"]

_MONO = (LocalFont("IBM Plex Mono"), "ui-monospace", "Consolas", "monospace")


def _defaults(primary: colors.Color, secondary: colors.Color, neutral: colors.Color, text: sizes.Size,
              spacing: sizes.Size, radius: sizes.Size, font: tuple[Any, ...], mono: tuple[Any, ...] = _MONO) -> dict[str, Any]:
    return {"primary_hue": primary, "secondary_hue": secondary, "neutral_hue": neutral, "text_size": text,
            "spacing_size": spacing, "radius_size": radius, "font": font, "font_mono": mono}


def _sans(name: str, google: bool = False) -> tuple[Any, ...]:
    return ((GoogleFont(name) if google else LocalFont(name)), "ui-sans-serif", "system-ui", "sans-serif")


class Default(Base):
    name = "default"
    _defaults = _defaults(colors.orange, colors.blue, colors.zinc,
                          sizes.text_md, sizes.spacing_md, sizes.radius_md, _sans("Source Sans Pro"))


class Soft(Base):
    name = "soft"
    _defaults = _defaults(colors.indigo, colors.indigo, colors.gray, sizes.text_md, sizes.spacing_md, sizes.radius_md, _sans("Montserrat"))


class Glass(Base):
    name = "glass"
    _defaults = _defaults(colors.blue, colors.slate, colors.slate, sizes.text_sm, sizes.spacing_sm, sizes.radius_sm,
                          ("Optima", "Candara", "Noto Sans", "source-sans-pro", "sans-serif"))


class Monochrome(Base):
    name = "monochrome"
    _defaults = _defaults(colors.neutral, colors.neutral, colors.neutral, sizes.text_md, sizes.spacing_lg, sizes.radius_none, _sans("Lora"))


class Ocean(Base):
    name = "ocean"
    _defaults = _defaults(colors.emerald, colors.sky, colors.zinc,
                          sizes.text_md, sizes.spacing_md, sizes.radius_xxl, _sans("IBM Plex Sans"))


class Origin(Base):
    name = "origin"
    _defaults = _defaults(colors.orange, colors.blue, colors.gray,
                          sizes.text_md, sizes.spacing_md, sizes.radius_md, _sans("Source Sans Pro"))


class Citrus(Base):
    name = "citrus"
    _defaults = _defaults(colors.amber, colors.amber, colors.stone, sizes.text_md, sizes.spacing_lg, sizes.radius_md, _sans("Ubuntu"),
                          (LocalFont("Roboto Mono"), "ui-monospace", "Consolas", "monospace"))


class Ember(Base):
    name = "ember"
    _defaults = _defaults(colors.orange, colors.orange, colors.stone,
                          sizes.text_md, sizes.spacing_md, sizes.radius_lg, _sans("Source Sans 3"),
                          (LocalFont("Source Code Pro"), "ui-monospace", "Consolas", "monospace"))


class Neon(Base):
    name = "neon"
    _defaults = _defaults(colors.lime, colors.cyan, colors.neutral, sizes.text_md, sizes.spacing_lg, sizes.radius_xxl, _sans("Lexend"),
                          (LocalFont("Space Mono"), "ui-monospace", "Consolas", "monospace"))


class Mario(Base):
    name = "mario"
    _defaults = _defaults(colors.orange, colors.green, colors.stone, sizes.text_md, sizes.spacing_md, sizes.radius_sm,
                          (LocalFont("Press Start 2P"), "ui-monospace", "monospace"),
                          (LocalFont("Press Start 2P"), "ui-monospace", "Consolas", "monospace"))


class Cyberpunk(Base):
    name = "cyberpunk"
    _defaults = _defaults(colors.fuchsia, colors.cyan, colors.slate,
                          sizes.text_md, sizes.spacing_md, sizes.radius_sm, _sans("Chakra Petch"),
                          (LocalFont("Share Tech Mono"), "ui-monospace", "Consolas", "monospace"))


BUILT_IN: dict[str, type[Base]] = {
    cls.name: cls for cls in (Base, Default, Soft, Glass, Monochrome, Ocean, Origin, Citrus, Ember, Neon, Mario, Cyberpunk)
}
