"""gr.Column: children stacked vertically."""

from __future__ import annotations

from typing import Any, Literal

from ..block import BlockContext
from ..component_meta import ComponentMeta


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
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        show_progress: bool = False,
        key: int | str | tuple | None = None,
        preserved_by_key: list[str] | str | None = None,
    ):
        if scale != round(scale):
            raise ValueError(f"Column: scale must be an integer, got {scale!r}")
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        self.show_progress = show_progress
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"scale": self.scale, "min_width": self.min_width, "variant": self.variant, "show_progress": self.show_progress}
