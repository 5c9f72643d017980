"""gr.Tabs and gr.Tab: one panel visible at a time."""

from __future__ import annotations

from typing import Any, Literal

from typing_extensions import Unpack

from .. import context
from ..block import Block, BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events
from .picks import OneShown


class Tabs(OneShown, BlockContext, metaclass=ComponentMeta):
    """Holds ``Tab`` children; ``selected`` is the ``id`` (or index) of the open tab.

    A person's click on a tab is kept in the session (``OneShown.picked_props``), so a
    function that opens a tab again later opens it on the page."""

    EVENTS = [Events.change, Events.select]
    VIEW = "tabs"

    def __init__(
        self,
        *,
        selected: int | str | None = None,
        overflow_behavior: Literal["menu", "wrap"] = "menu",
        **props: Unpack[BlockProps],
    ):
        if overflow_behavior not in ("menu", "wrap"):
            raise ValueError(f"Tabs: overflow_behavior must be 'menu' or 'wrap', got {overflow_behavior!r}")
        self.selected = selected
        self.overflow_behavior = overflow_behavior
        self._implicit = False
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        # As Gradio: no "selected" key while no tab is chosen (the first visible one shows).
        config = super().get_config() | {"overflow_behavior": self.overflow_behavior}
        if self.selected is not None:
            config["selected"] = self.selected
        return config


class Tab(BlockContext, metaclass=ComponentMeta):
    """One tab. Tabs written directly in another container are gathered into an
    implicit ``Tabs``, as in Gradio."""

    EVENTS = [Events.select]
    VIEW = "tab"
    #: Gradio's block name of a tab in /config's components.
    API_TYPE = "tabitem"

    # `visible` is named here for Gradio's positional order; **props are the other BlockProps
    def __init__(  # type: ignore[misc]  # see above
        self,
        label: str | None = None,
        visible: bool | str = True,
        interactive: bool = True,
        *,
        id: int | str | None = None,
        alignment: Literal["left", "right"] = "left",
        scale: int | None = None,
        height: int | str | None = None,
        max_height: int | str | None = None,
        render_children: bool = False,
        **props: Unpack[BlockProps],
    ):
        if alignment not in ("left", "right"):
            raise ValueError(f"Tab: alignment must be 'left' or 'right', got {alignment!r}")
        self.label = label
        self.interactive = interactive
        self.id = id
        self.alignment = alignment
        self.scale = scale
        self.height = height
        self.max_height = max_height
        self.render_children = render_children
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
        config = super().get_config() | {
            "label": self.label, "interactive": self.interactive, "scale": self.scale,
            "alignment": self.alignment, "height": self.height, "max_height": self.max_height,
            "render_children": self.render_children,
        }
        if self.id is not None:  # as Gradio: an id only when one was given
            config["id"] = self.id
        return config


TabItem = Tab

__all__ = ["Tabs", "Tab", "TabItem"]

