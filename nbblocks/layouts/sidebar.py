"""gr.Sidebar: a collapsible side column of the app."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Unpack

from ..block import BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events
from .picks import Foldable

__all__ = ["Sidebar"]


class Sidebar(Foldable, BlockContext, metaclass=ComponentMeta):
    """A side column (left or right) that a button opens and closes; fires ``expand`` and
    ``collapse`` when a person toggles it (not when a function does, as in Gradio); the
    session keeps what the person chose (``Foldable.picked_props``). In a notebook it is a
    column inside the app's output, in a page a column of the page: its view lays out the
    container it is placed in."""

    EVENTS = [Events.expand, Events.collapse]
    VIEW = "sidebar"

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        width: int | str = 320,
        position: Literal["left", "right"] = "left",
        **props: Unpack[BlockProps],
    ):
        if position not in ("left", "right"):
            raise ValueError(f"Sidebar: position must be 'left' or 'right', got {position!r}")
        if isinstance(width, bool) or not isinstance(width, (int, float, str)):
            raise TypeError(f"Sidebar: width must be a number of pixels or a CSS length, got {width!r}")
        self.label = label
        self.open = bool(open)
        self.width = width
        self.position = position
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"label": self.label, "open": self.open, "width": self.width, "position": self.position}
