"""``gr.Brush``, ``gr.Eraser`` and ``gr.LayerOptions``: tool options of ``gr.ImageEditor``.

Plain dataclasses with Gradio's fields and defaults; they are checked when built and sent
to the page as JSON (``to_json``). Colours are CSS colour strings, or ``(colour, opacity)``
tuples; the page resolves them, so any colour a browser knows works.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, Union, cast

__all__ = ["Eraser", "Brush", "LayerOptions"]

Color = Union[str, "tuple[str, float]"]

#: Gradio's default palette.
DEFAULT_COLORS = ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"]
COLOR_MODES = ("fixed", "defaults")


def _check_size(owner: str, size: Any) -> float | Literal["auto"]:
    if size == "auto":
        return "auto"
    if isinstance(size, bool) or not isinstance(size, (int, float)) or size <= 0:
        raise ValueError(f"{owner}: default_size must be a positive number of pixels or 'auto', got {size!r}")
    return int(size) if float(size).is_integer() else size


def _check_color(owner: str, color: Any) -> str | tuple[str, float]:
    if isinstance(color, str) and color.strip():
        return color.strip()
    if isinstance(color, (tuple, list)) and len(color) == 2 and isinstance(color[0], str):
        opacity = color[1]
        if isinstance(opacity, bool) or not isinstance(opacity, (int, float)) or not 0 <= opacity <= 1:
            raise ValueError(f"{owner}: the opacity of {color[0]!r} must be a number from 0 to 1, got {opacity!r}")
        return (color[0].strip(), float(opacity))
    raise ValueError(f"{owner}: a colour is a CSS colour string or a (colour, opacity) tuple, got {color!r}")


def _color_json(color: str | tuple[str, float]) -> Any:
    return list(color) if isinstance(color, tuple) else color


@dataclasses.dataclass
class Eraser:
    """The eraser: ``default_size`` is its radius in image pixels, or ``"auto"`` (1/50 of
    the canvas's smaller side)."""

    default_size: float | Literal["auto"] = "auto"

    def __post_init__(self) -> None:
        self.default_size = _check_size(type(self).__name__, self.default_size)

    def to_json(self) -> dict[str, Any]:
        return {"default_size": self.default_size}


@dataclasses.dataclass
class Brush(Eraser):
    """The brush: ``default_size`` (radius in image pixels, or ``"auto"``), ``colors`` (the
    palette: CSS colours or ``(colour, opacity)`` tuples), ``default_color`` (the first
    colour when None) and ``color_mode``: ``"fixed"`` offers only ``colors``,
    ``"defaults"`` also a colour picker."""

    colors: list[str | tuple[str, float]] | str | tuple[str, float] | None = None
    default_color: str | tuple[str, float] | None = None
    color_mode: Literal["fixed", "defaults"] = "defaults"

    def __post_init__(self) -> None:
        super().__post_init__()
        owner = "Brush"
        colors: Any = self.colors  # as given: checked below
        if colors is None:
            colors = list(DEFAULT_COLORS)
        elif isinstance(colors, str) or (isinstance(colors, tuple) and len(colors) == 2 and isinstance(colors[0], str)
                                         and not isinstance(colors[1], str)):
            colors = [colors]
        elif not isinstance(colors, (list, tuple)) or not colors:
            raise ValueError(f"{owner}: colors must be a non-empty list of colours, got {colors!r}")
        self.colors = [_check_color(owner, c) for c in colors]
        self.default_color = self.colors[0] if self.default_color is None else _check_color(owner, self.default_color)
        if self.color_mode not in COLOR_MODES:
            raise ValueError(f"{owner}: color_mode must be 'fixed' or 'defaults', got {self.color_mode!r}")

    def to_json(self) -> dict[str, Any]:
        return {
            "default_size": self.default_size,
            "colors": [_color_json(c) for c in cast("list[Color]", self.colors)],  # a list after __post_init__
            "default_color": _color_json(cast("Color", self.default_color)),  # set by __post_init__
            "color_mode": self.color_mode,
        }


@dataclasses.dataclass
class LayerOptions:
    """The layers of the editor: ``layers`` names the layers it starts with (``["Layer 1"]``
    when empty), ``allow_additional_layers`` shows the add button, ``disabled`` hides the
    layer controls (the editor still draws on one layer)."""

    allow_additional_layers: bool = True
    layers: list[str] | None = None
    disabled: bool = False

    def __post_init__(self) -> None:
        layers: Any = self.layers  # as given: checked here
        if layers is None or len(layers) == 0:
            self.layers = ["Layer 1"]
        elif isinstance(layers, str) or not all(isinstance(n, str) for n in layers):
            raise ValueError(f"LayerOptions: layers must be a list of layer names, got {layers!r}")
        else:
            self.layers = list(layers)

    def to_json(self) -> dict[str, Any]:
        return {"allow_additional_layers": bool(self.allow_additional_layers), "layers": list(self.layers or []),
                "disabled": bool(self.disabled)}
