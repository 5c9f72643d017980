"""gr.Row: children side by side."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Unpack

from ..block import BlockContext, BlockProps
from ..component_meta import ComponentMeta

__all__ = ["Row"]


class Row(BlockContext, metaclass=ComponentMeta):
    """Children side by side, sized by their ``scale`` and ``min_width``, wrapping when
    narrow; ``equal_height`` stretches them to the tallest."""

    VIEW = "row"

    def __init__(
        self,
        *,
        variant: Literal["default", "panel", "compact"] = "default",
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        equal_height: bool = False,
        show_progress: bool = False,
        scale: int | None = None,
        **props: Unpack[BlockProps],
    ):
        self.variant = variant
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.equal_height = equal_height
        self.show_progress = show_progress
        self.scale = scale
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "variant": self.variant, "height": self.height, "max_height": self.max_height,
            "min_height": self.min_height, "equal_height": self.equal_height,
            "show_progress": self.show_progress, "scale": self.scale,
        }
