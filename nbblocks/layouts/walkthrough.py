"""gr.Walkthrough and gr.Step: a step-by-step workflow shown as a numbered stepper, one
step at a time (Gradio's ``gradio.layouts.walkthrough``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing_extensions import TypeIs, Unpack

from .. import context
from ..block import Block, BlockContext, BlockProps
from ..component_meta import ComponentMeta
from ..events import Events

__all__ = ["Walkthrough", "Step"]

#: A block's display props in one session (``Session.config``, or what a page holds).
Config = Callable[[Block], dict[str, Any]]


class Walkthrough(BlockContext, metaclass=ComponentMeta):
    """Holds ``Step`` children and shows one of them; ``selected`` is the ``id`` of the
    open step (or, for a number no step has as its id, its index).

    A person may go back to an earlier step by clicking it; later steps open only when a
    function returns ``gr.Walkthrough(selected=...)`` (a "Next" button in each step)."""

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

    # -- which step shows (the view decides the same way: js/views/walkthrough.js) ---------

    def shown_index(self, config: Config) -> int | None:
        """The index of the step shown for these props: the visible step whose ``id`` is
        ``selected``, else the visible step at index ``selected`` (a number no step has as
        its id), else the first visible step; None when no step is visible."""
        steps = self.children
        shown = [_is_shown(config(step)) for step in steps]
        wanted = config(self).get("selected")
        if wanted is not None:
            by_id = next((i for i, step in enumerate(steps) if _same(config(step).get("id"), wanted)), None)
            if by_id is not None:
                if shown[by_id]:
                    return by_id
            elif _is_index(wanted) and 0 <= wanted < len(steps) and shown[wanted]:
                return wanted
        return next((i for i, visible in enumerate(shown) if visible), None)

    def shown_child(self, config: Config) -> tuple[Block, dict[str, Any]] | None:
        """The step shown and the ``select`` data its view sends when it opens (the engine
        fires that step's ``select`` when a function opens it, as Gradio's page does)."""
        index = self.shown_index(config)
        if index is None:
            return None
        step = self.children[index]
        return step, {"index": index, "value": config(step).get("label"), "selected": True}

    def picked_props(self, data: Any, config: Config) -> dict[str, Any] | None:
        """The props a person's click on a step gives (the page sends this Walkthrough's
        ``select`` with the step's index): ``{"selected": the step's id, or its index}``.

        The session keeps the page's choice, so a function that opens a step again later
        ("Next" after going back) changes something; ``{}`` (the click stands, the props
        stay) for a step without an id whose index is another step's id. None for a click
        no page could make: on the open step, a later one, or a hidden or non-interactive
        one, or in a hidden Walkthrough."""
        index = data.get("index") if isinstance(data, dict) else None
        if not _is_index(index) or not _is_shown(config(self)):
            return None
        current = self.shown_index(config)
        if current is None or not 0 <= index < current:
            return None
        props = config(self.children[index])
        if not _is_shown(props) or props.get("interactive") is False:
            return None
        step_id = props.get("id")
        selected = step_id if step_id is not None else index

        def with_selected(block: Block) -> dict[str, Any]:
            return {**config(block), "selected": selected} if block is self else config(block)

        return {"selected": selected} if self.shown_index(with_selected) == index else {}


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


def _is_shown(props: dict[str, Any]) -> bool:
    return props.get("visible", True) not in (False, "hidden")


def _is_index(value: Any) -> TypeIs[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _same(step_id: Any, wanted: Any) -> bool:
    """``===`` as the page compares: ``1`` is not ``True`` and not ``"1"``."""
    return step_id is not None and step_id == wanted and isinstance(step_id, bool) == isinstance(wanted, bool)
