"""gr.Tabs and gr.Tab: one panel visible at a time."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from .. import context
from ..block import Block, BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events


class Tabs(BlockContext, metaclass=ComponentMeta):
    """Holds ``Tab`` children; ``selected`` is the ``id`` (or index) of the open tab."""

    EVENTS = [Events.change, Events.select]
    VIEW = "tabs"

    def __init__(
        self,
        *,
        selected: int | str | None = None,
        **props: Unpack[BlockProps],
    ):
        self.selected = selected
        self._implicit = False
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"selected": self.selected}


class Tab(BlockContext, metaclass=ComponentMeta):
    """One tab. Tabs written directly in another container are gathered into an
    implicit ``Tabs``, as in Gradio."""

    EVENTS = [Events.select]
    VIEW = "tab"

    # `visible` is named here for Gradio's positional order; **props are the other BlockProps
    def __init__(  # type: ignore[misc]  # see above
        self,
        label: str | None = None,
        visible: bool | str = True,
        interactive: bool = True,
        *,
        id: int | str | None = None,
        scale: int | None = None,
        **props: Unpack[BlockProps],
    ):
        self.label = label
        self.interactive = interactive
        self.id = id
        self.scale = scale
        props.setdefault("preserved_by_key", None)
        super().__init__(visible=visible, **props)

    def render(self) -> Block:
        container = context.current_container()
        if container is not None and not isinstance(container, Tabs) and self.parent is None:
            last = container.children[-1] if container.children else None
            if isinstance(last, Tabs) and last._implicit:
                tabs = last
            else:
                tabs = Tabs()
                tabs._implicit = True
            with tabs:
                return super().render()
        return super().render()

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"label": self.label, "interactive": self.interactive, "id": self.id, "scale": self.scale}


TabItem = Tab

__all__ = ["Tabs", "Tab", "TabItem"]

