"""What the image editor's page does with images, in Python (PIL loads here).

The crop box that ``crop_size`` allows, the canvas a background gets (``canvas_size``,
``fixed_canvas``) and the composite of a background and its layers. The page follows
the same rules (``js/lib/editorgeometry.js``); the kernel uses them to hold values from
any client to ``crop_size``, and the headless ``Frontend`` to edit as the page does.
"""

from __future__ import annotations

import math
from typing import Any, NamedTuple, cast

import PIL.Image

__all__ = ["CropSpec", "Placement", "parse_crop_size", "crop_box", "allows", "blank_canvas", "place", "compose"]


class CropSpec(NamedTuple):
    """``crop_size`` parsed: a ``"ratio"`` (``"16:9"``) or exact ``"pixels"`` (``(w, h)``)."""

    kind: str
    width: float
    height: float

    def describe(self) -> str:
        if self.kind == "ratio":
            return f"{_num(self.width)}:{_num(self.height)}"
        return f"{_num(self.width)}x{_num(self.height)} pixels"


class Placement(NamedTuple):
    """Where an image of some size goes on the canvas: ``source`` (x, y, w, h) of the image
    is drawn at ``target`` (x, y, w, h) of a ``canvas`` (w, h)."""

    canvas: tuple[int, int]
    source: tuple[int, int, int, int]
    target: tuple[int, int, int, int]

    @property
    def identity(self) -> bool:
        return self.source == self.target and self.source[:2] == (0, 0) and self.source[2:] == self.canvas


def _num(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else str(v)


def _round(x: float) -> int:
    """Half up, as JavaScript's Math.round (Python's round() rounds half to even)."""
    return int(math.floor(x + 0.5))


def parse_crop_size(crop_size: Any, owner: str) -> CropSpec | None:
    if crop_size is None:
        return None
    if isinstance(crop_size, str):
        parts = crop_size.split(":")
        try:
            w, h = (float(p) for p in parts)
        except ValueError:
            w = h = -1.0
        if len(parts) != 2 or not (w > 0 and h > 0 and math.isfinite(w) and math.isfinite(h)):
            raise ValueError(f"{owner}: crop_size must be a ratio 'width:height' such as '16:9', got {crop_size!r}")
        return CropSpec("ratio", w, h)
    if isinstance(crop_size, (tuple, list)) and len(crop_size) == 2:
        w, h = crop_size
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) and v >= 1 for v in (w, h)):
            return CropSpec("pixels", float(w), float(h))
    raise ValueError(f"{owner}: crop_size must be (width, height) in pixels or a ratio 'width:height', got {crop_size!r}")


def ratio_box(width: int, height: int, rw: float, rh: float) -> tuple[int, int]:
    """The largest box of ratio rw:rh inside width x height."""
    if width * rh >= height * rw:
        return min(width, max(1, _round(height * rw / rh))), height
    return width, min(height, max(1, _round(width * rh / rw)))


def crop_box(width: int, height: int, spec: CropSpec | None) -> tuple[int, int, int, int]:
    """The centred box (x, y, w, h) that ``crop_size`` keeps of a width x height image:
    exactly the pixel size when the image is large enough, else the largest box of its ratio."""
    if spec is None:
        return 0, 0, width, height
    if spec.kind == "pixels" and spec.width <= width and spec.height <= height:
        w, h = _round(spec.width), _round(spec.height)
    else:
        w, h = ratio_box(width, height, spec.width, spec.height)
    return (width - w) // 2, (height - h) // 2, w, h


def allows(width: int, height: int, spec: CropSpec | None) -> bool:
    """Whether ``crop_size`` allows an image of this size (ratios to within a pixel)."""
    if spec is None:
        return True
    if spec.kind == "pixels":
        if (width, height) == (_round(spec.width), _round(spec.height)):
            return True
        if width > spec.width or height > spec.height:
            return False  # larger than the box: it should have been cut to it
    r = spec.width / spec.height
    return abs(width - height * r) <= 1 or abs(height - width / r) <= 1


def blank_canvas(spec: CropSpec | None, canvas_size: tuple[int, int]) -> tuple[int, int]:
    """The canvas of an editor with no background (and of ``fixed_canvas``)."""
    cw, ch = canvas_size
    if spec is None:
        return cw, ch
    if spec.kind == "pixels":
        return _round(spec.width), _round(spec.height)
    return ratio_box(cw, ch, spec.width, spec.height)


def place(size: tuple[int, int], spec: CropSpec | None, canvas_size: tuple[int, int], fixed_canvas: bool) -> Placement:
    """Where a background of ``size`` goes: cut to ``crop_size`` (the canvas takes its size),
    or with ``fixed_canvas`` scaled to fit the fixed canvas and centred."""
    width, height = size
    if not fixed_canvas:
        x, y, w, h = crop_box(width, height, spec)
        return Placement((w, h), (x, y, w, h), (0, 0, w, h))
    cw, ch = blank_canvas(spec, canvas_size)
    scale = min(cw / width, ch / height)
    dw, dh = max(1, min(cw, _round(width * scale))), max(1, min(ch, _round(height * scale)))
    return Placement((cw, ch), (0, 0, width, height), ((cw - dw) // 2, (ch - dh) // 2, dw, dh))


def apply(img: PIL.Image.Image, placement: Placement) -> PIL.Image.Image:
    """``img`` drawn on a transparent RGBA canvas as ``placement`` says."""
    img = img.convert("RGBA")
    if placement.identity:
        return img
    x, y, w, h = placement.source
    part = img.crop((x, y, x + w, y + h))
    tx, ty, tw, th = placement.target
    if (tw, th) != (w, h):
        part = part.resize((tw, th), PIL.Image.Resampling.BILINEAR)
    canvas = PIL.Image.new("RGBA", placement.canvas, (0, 0, 0, 0))
    canvas.paste(part, (tx, ty))
    return canvas


def blank(size: tuple[int, int]) -> PIL.Image.Image:
    """An empty canvas's background: opaque white, a sheet to draw on (as Gradio's)."""
    return PIL.Image.new("RGBA", size, (255, 255, 255, 255))


def compose(background: PIL.Image.Image, layers: list[PIL.Image.Image]) -> PIL.Image.Image:
    """The composite: each layer drawn over the background, in order (source-over). A layer
    of another size is drawn from the top-left corner, as the page draws it."""
    out = background.convert("RGBA")
    for layer in layers:
        layer = layer.convert("RGBA")
        if layer.size != out.size:
            fitted = PIL.Image.new("RGBA", out.size, (0, 0, 0, 0))
            fitted.paste(layer, (0, 0))
            layer = fitted
        out = PIL.Image.alpha_composite(out, layer)
    return out


def is_empty(layer: PIL.Image.Image) -> bool:
    """A layer with nothing drawn on it (every pixel fully transparent)."""
    if layer.mode != "RGBA":
        return False
    extrema = cast("tuple[tuple[int, int], ...]", layer.getextrema())  # one (min, max) per band in RGBA
    return extrema[3] == (0, 0)


class Edit(NamedTuple):
    """An editor's document after a background was taken and layers drawn."""

    background: PIL.Image.Image
    placed: bool  # False: the background is the taken image itself (no crop, no scaling)
    layers: list[PIL.Image.Image]
    composite: PIL.Image.Image


def edit(props: dict[str, Any], background: PIL.Image.Image | None, layers: list[PIL.Image.Image | None],
         owner: str) -> Edit:
    """What the page holds after taking ``background`` (None: the blank canvas) and drawing
    ``layers`` (None: a layer left blank). A layer is drawn at the canvas's size, or at
    the taken background's size (then it is cut or scaled with the background)."""
    spec = parse_crop_size(props.get("crop_size"), owner)
    canvas_size = tuple(props.get("canvas_size") or (800, 800))
    if background is not None:
        placement = place(background.size, spec, canvas_size, bool(props.get("fixed_canvas")))
        base, placed = apply(background, placement), not placement.identity
    else:
        placement = None
        base, placed = blank(blank_canvas(spec, canvas_size)), True
    drawn = []
    for i, layer in enumerate(layers):
        if layer is None:
            drawn.append(PIL.Image.new("RGBA", base.size, (0, 0, 0, 0)))
        elif layer.size == base.size:
            drawn.append(layer.convert("RGBA"))
        elif placement is not None and background is not None and layer.size == background.size:
            drawn.append(apply(layer, placement))
        else:
            raise ValueError(f"{owner}: layer {i} is {layer.size[0]}x{layer.size[1]}; draw it at the canvas size "
                             f"{base.size[0]}x{base.size[1]}" + (f" or the background's {background.size[0]}x{background.size[1]}"
                                                                 if background is not None else ""))
    return Edit(base, placed, drawn, compose(base, drawn))
