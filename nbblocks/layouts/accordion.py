"""gr.Accordion: a collapsible section."""

from __future__ import annotations

from typing import Any

from ..block import BlockContext
from ..component_meta import ComponentMeta
from ..events import Events


class Accordion(BlockContext, metaclass=ComponentMeta):
    """A section that opens and closes; fires ``expand`` and ``collapse``."""

    EVENTS = [Events.expand, Events.collapse]
    VIEW = "accordion"

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple | None = None,
        preserved_by_key: list[str] | str | None = None,
    ):
        self.label = label
        self.open = open
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"label": self.label, "open": self.open}
