"""gr.Walkthrough and gr.Step: a step-by-step workflow shown as a numbered stepper, one
step at a time (Gradio's ``gradio.layouts.walkthrough``)."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from .. import context
from ..block import Block, BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events
from .picks import OneShown

__all__ = ["Walkthrough", "Step"]


class Walkthrough(OneShown, BlockContext, metaclass=ComponentMeta):
    """Holds ``Step`` children and shows one of them; ``selected`` is the ``id`` of the
    open step (or, for a number no step has as its id, its index).

    A person may go back to an earlier step by clicking it (the session keeps it:
    ``OneShown.picked_props``); later steps open only when a function returns
    ``gr.Walkthrough(selected=...)`` (a "Next" button in each step)."""

    EVENTS = [Events.change, Events.select]
    VIEW = "walkthrough"

    def __init__(self, *, selected: int | None = None, **props: Unpack[BlockProps]):
        self.selected = selected
        self._implicit = False  # made by a Step written outside any Walkthrough
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)

    def get_config(self) -> dict[str, Any]:
        config = super().get_config()
        if self.selected is not None:  # as Gradio: no "selected" while the first step shows
            config["selected"] = self.selected
        return config

    def _may_pick(self, index: int, current: int) -> bool:
        # Only an earlier step opens on a click, as in Gradio: later ones wait for a function.
        return index < current


class Step(BlockContext, metaclass=ComponentMeta):
    """One step of a ``Walkthrough``. Steps written directly in another container are
    gathered into an implicit ``Walkthrough``, as in Gradio."""

    EVENTS = [Events.select]
    VIEW = "step"
    #: Gradio's block name of a step in /config's components.
    API_TYPE = "walkthroughstep"

    # `visible` is named here for Gradio's positional order; **props are the other BlockProps
    def __init__(  # type: ignore[misc]  # see above
        self,
        label: str | None = None,
        visible: bool | str = True,
        interactive: bool = True,
        *,
        id: int | None = None,
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
        if container is not None and not isinstance(container, Walkthrough) and self.parent is None:
            last = container.children[-1] if container.children else None
            if isinstance(last, Walkthrough) and last._implicit:
                walkthrough = last
            else:
                # As Gradio: the implicit parent of a keyed step is keyed after it.
                key = None if self.key is None else (*self.key, "_parent") if isinstance(self.key, tuple) else (self.key, "_parent")
                walkthrough = Walkthrough(key=key)
                walkthrough._implicit = True
            with walkthrough:
                return super().render()
        return super().render()

    def get_config(self) -> dict[str, Any]:
        config = super().get_config() | {"label": self.label, "interactive": self.interactive, "scale": self.scale}
        if self.id is not None:  # as Gradio: an id only when one was given
            config["id"] = self.id
        return config

