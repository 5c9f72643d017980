"""Layouts whose state a person changes on the page: the tab or step shown (``Tabs``,
``Walkthrough``) and whether a section is open (``Accordion``, ``Sidebar``).

The session keeps what the person chose, so a function that later sets the same state
again ("open tab b" after the person went back to tab a) changes something, as on
Gradio's page. Two duck-typed parts, one for each side:

- ``PICK_EVENTS`` and ``picked_props(event, data, config)``: the props a person's event
  gives (``AppView`` stores them and sends them to every view of the session), or None for
  an event no page could send (refused with its event).
- ``shown(config)`` and ``shown_events(config)``: what the layout shows, and the events
  Gradio's page fires when a function changes it (the engine fires them after the output).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, cast

from typing_extensions import TypeIs

from ..block import Block

__all__ = ["Config", "OneShown", "Foldable", "is_shown"]

#: A block's display props in one session (``Session.config``, or what a page holds).
Config = Callable[[Block], dict[str, Any]]
#: An event to fire: the block, the event's name, its data.
Fired = tuple[Block, str, Any]


class OneShown:
    """A layout that shows one of its children at a time, chosen by ``selected``: the
    ``id`` of a child, or (a number no child has as its id) a child's index.

    The page sends the layout's ``select`` with the child's ``index`` when a person picks
    one. Subclasses say which picks their page offers (``_may_pick``)."""

    children: list[Block]
    PICK_EVENTS: ClassVar[tuple[str, ...]] = ("select",)

    def _may_pick(self, index: int, current: int) -> bool:
        """Whether the page lets a person pick child ``index`` while ``current`` shows."""
        return True

    def shown_index(self, config: Config) -> int | None:
        """The index of the child shown for these props: the visible child whose ``id`` is
        ``selected``, else the visible child at index ``selected`` (a number no child has
        as its id), else the first visible child; None when no child is visible. The views
        decide the same way (js/views/tabs.js, js/views/walkthrough.js)."""
        children = self.children
        shown = [is_shown(config(child)) for child in children]
        wanted = config(_block(self)).get("selected")
        if wanted is not None:
            by_id = next((i for i, child in enumerate(children) if _same(config(child).get("id"), wanted)), None)
            if by_id is not None:
                if shown[by_id]:
                    return by_id
            elif is_index(wanted) and 0 <= wanted < len(children) and shown[wanted]:
                return wanted
        return next((i for i, visible in enumerate(shown) if visible), None)

    def shown(self, config: Config) -> Block | None:
        """The child shown."""
        index = self.shown_index(config)
        return None if index is None else self.children[index]

    def shown_events(self, config: Config) -> list[Fired]:
        """A function opened another child: the layout's ``change``, then the opened
        child's ``select`` (with the data its view sends), as Gradio's page fires them."""
        fired: list[Fired] = [(_block(self), "change", None)]
        index = self.shown_index(config)
        if index is not None:
            child = self.children[index]
            fired.append((child, "select", {"index": index, "value": config(child).get("label"), "selected": True}))
        return fired

    def picked_props(self, event: str, data: Any, config: Config) -> dict[str, Any] | None:
        """The props a person's pick gives (the page sends ``select`` with the child's
        index): ``{"selected": the child's id, or its index}``; ``{}`` when the props stay
        (the child already shows, or a child without an id whose index is another child's
        id). None for a pick no page could make: an index that is no child, a hidden or
        non-interactive child, one the layout does not offer (``_may_pick``), or any pick
        in a hidden layout."""
        index = data.get("index") if isinstance(data, dict) else None
        if not is_index(index) or not 0 <= index < len(self.children) or not is_shown(config(_block(self))):
            return None
        current = self.shown_index(config)
        props = config(self.children[index])
        if current is None or not is_shown(props) or props.get("interactive") is False or not self._may_pick(index, current):
            return None
        if index == current:
            return {}
        child_id = props.get("id")
        selected = child_id if child_id is not None else index
        me = _block(self)

        def with_selected(block: Block) -> dict[str, Any]:
            return {**config(block), "selected": selected} if block is me else config(block)

        return {"selected": selected} if self.shown_index(with_selected) == index else {}


class Foldable:
    """A layout a person opens and closes (``open``); the page sends ``expand`` or
    ``collapse``."""

    PICK_EVENTS: ClassVar[tuple[str, ...]] = ("expand", "collapse")
    #: Whether Gradio's page fires ``expand``/``collapse`` when a function opens or closes
    #: it too (an Accordion does, a Sidebar does not).
    FOLDS_FIRE_ON_UPDATE: ClassVar[bool] = False

    def shown(self, config: Config) -> bool:
        """Whether it is open."""
        return config(_block(self)).get("open", True) is not False

    def shown_events(self, config: Config) -> list[Fired]:
        if not self.FOLDS_FIRE_ON_UPDATE:
            return []
        return [(_block(self), "expand" if self.shown(config) else "collapse", None)]

    def picked_props(self, event: str, data: Any, config: Config) -> dict[str, Any] | None:
        """``{"open": ...}`` for a person's ``expand`` or ``collapse``; None when the layout
        is hidden (no page shows its button)."""
        if not is_shown(config(_block(self))):
            return None
        return {"open": event == "expand"}


def _block(layout: object) -> Block:
    """The layout these parts are mixed into (a ``Block`` subclass)."""
    return cast(Block, layout)


def is_shown(props: dict[str, Any]) -> bool:
    return props.get("visible", True) not in (False, "hidden")


def is_index(value: Any) -> TypeIs[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _same(child_id: Any, wanted: Any) -> bool:
    """``===`` as the page compares: ``1`` is not ``True`` and not ``"1"``."""
    return child_id is not None and child_id == wanted and isinstance(child_id, bool) == isinstance(wanted, bool)
