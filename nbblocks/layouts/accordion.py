"""gr.Accordion: a collapsible section."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from ..block import BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events

__all__ = ["Accordion"]


class Accordion(BlockContext, metaclass=ComponentMeta):
    """A section that opens and closes; fires ``expand`` and ``collapse``."""

    EVENTS = [Events.expand, Events.collapse]
    VIEW = "accordion"

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        **props: Unpack[BlockProps],
    ):
        self.label = label
        self.open = open
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"label": self.label, "open": self.open}
