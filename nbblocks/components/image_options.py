"""``gr.WebcamOptions`` and ``gr.WatermarkOptions``: option objects of ``gr.Image``."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

__all__ = ["WebcamOptions", "WatermarkOptions"]

_POSITIONS = ("top-left", "top-right", "bottom-left", "bottom-right")


@dataclasses.dataclass
class WebcamOptions:
    """How the webcam source behaves.

    ``mirror``: show (and capture) the webcam mirrored, like a mirror. ``constraints``:
    the ``MediaTrackConstraints`` of the video track, e.g.
    ``{"width": 1280, "height": 720, "facingMode": "environment"}``.
    """

    mirror: bool = True
    constraints: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.constraints is not None and not isinstance(self.constraints, dict):
            raise TypeError(f"WebcamOptions: constraints must be a dict of MediaTrackConstraints, got {self.constraints!r}")

    def to_json(self) -> dict[str, Any]:
        return {"mirror": bool(self.mirror), "constraints": self.constraints}


@dataclasses.dataclass
class WatermarkOptions:
    """An image drawn over every displayed value image (not resized): ``position`` is
    "bottom-right" (10 px from the edges; also "top-left", "top-right", "bottom-left")
    or an ``(x, y)`` tuple of pixels. ``watermark`` is a PIL image, a numpy array or a
    file path. SVGs and animated GIFs are neither watermarks nor watermarked."""

    watermark: Any = None
    position: tuple[int, int] | Literal["top-left", "top-right", "bottom-left", "bottom-right"] = "bottom-right"

    def __post_init__(self) -> None:
        pos = self.position
        if isinstance(pos, (tuple, list)):
            if len(pos) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in pos):
                raise ValueError(f"WatermarkOptions: position must be (x, y) in pixels, got {pos!r}")
            self.position = (int(pos[0]), int(pos[1]))
        elif pos not in _POSITIONS:
            raise ValueError(f"WatermarkOptions: position must be one of {', '.join(_POSITIONS)} or (x, y), got {pos!r}")
