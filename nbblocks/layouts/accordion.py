"""gr.Accordion: a collapsible section."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from ..block import BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events
from .picks import Foldable

__all__ = ["Accordion"]


class Accordion(Foldable, BlockContext, metaclass=ComponentMeta):
    """A section that opens and closes; fires ``expand`` and ``collapse`` when a person or
    a function opens or closes it (as Gradio's page does). The session keeps what the
    person chose (``Foldable.picked_props``)."""

    FOLDS_FIRE_ON_UPDATE = True

    EVENTS = [Events.expand, Events.collapse]
    VIEW = "accordion"

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        height: int | str | None = None,
        max_height: int | str | None = None,
        **props: Unpack[BlockProps],
    ):
        self.label = label
        self.open = open
        self.height = height
        self.max_height = max_height
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"label": self.label, "open": self.open, "height": self.height, "max_height": self.max_height}
