"""gr.Column: children stacked vertically."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Unpack

from ..block import BlockContext, BlockProps
from ..component_meta import ComponentMeta

__all__ = ["Column"]


class Column(BlockContext, metaclass=ComponentMeta):
    """Children stacked; inside a Row it takes ``scale`` shares of the width, never less
    than ``min_width`` pixels."""

    VIEW = "column"

    def __init__(
        self,
        *,
        scale: int = 1,
        min_width: int = 320,
        variant: Literal["default", "panel", "compact"] = "default",
        show_progress: bool = False,
        **props: Unpack[BlockProps],
    ):
        if scale != round(scale):
            raise ValueError(f"Column: scale must be an integer, got {scale!r}")
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        self.show_progress = show_progress
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "scale": self.scale, "min_width": self.min_width, "variant": self.variant, "show_progress": self.show_progress
        }
