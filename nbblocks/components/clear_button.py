"""gr.ClearButton: a button that empties components and resets State to its initial value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal, cast

from typing_extensions import Unpack

from .base import Component, ComponentProps, serialize
from .button import Button

__all__ = ["ClearButton"]


class ClearButton(Button):
    """Clicking clears ``components`` (each shows what ``postprocess(None)`` gives) and
    gives every ``gr.State`` among them its initial value again. ``add`` clears more."""

    VIEW = "button"
    #: A template of Button in Gradio: /config names it "button".
    API_TYPE = "button"

    def __init__(
        self,
        components: Component | Sequence[Component] | None = None,
        *,
        value: str | Callable[..., Any] = "Clear",
        variant: Literal["primary", "secondary", "stop", "huggingface"] = "secondary",
        size: Literal["sm", "md", "lg"] = "lg",
        icon: str | None = None,
        link: str | None = None,
        link_target: Literal["_self", "_blank", "_parent", "_top"] = "_self",
        api_name: str | None = None,
        api_visibility: Literal["public", "private", "undocumented"] = "undocumented",
        **props: Unpack[ComponentProps],
    ):
        self.api_name = api_name
        self.api_visibility = api_visibility
        self._to_clear: list[list[Component]] = []
        super().__init__(value, variant=variant, size=size, icon=icon, link=link, link_target=link_target, **props)
        if components:
            self.add(components)

    def add(self, components: Component | Sequence[Component]) -> ClearButton:
        """Also clear ``components`` when this button is clicked."""
        comps: list[Component] = list(components) if isinstance(components, (list, tuple, set)) else [cast(Component, components)]
        if comps:
            if self.root is None:
                self._to_clear.append(comps)  # attached when the button is placed in an app
            else:
                self._listen(comps)
        return self

    def _on_placed(self, app: Any) -> None:
        """Called by the app that takes this button in: listen for what ``add`` was given
        before the button had an app (``render=False``, then ``render()``)."""
        pending, self._to_clear = self._to_clear, []
        for comps in pending:
            self._listen(comps)

    def _listen(self, comps: list[Component]) -> None:
        """As Gradio: one listener empties the components and, when State is among them, a
        second (``undocumented``, as in Gradio) gives State its initial value."""
        from .state import State

        states = [c for c in comps if isinstance(c, State)]
        named = self.api_name is not None
        self.click(
            _clearing([c for c in comps if not isinstance(c, State)]), None, [c for c in comps if not isinstance(c, State)],
            postprocess=False, queue=False, show_progress="hidden",
            api_name=self.api_name if named else False,
            api_visibility=self.api_visibility if named else "private",
        )
        if states:
            self.click(
                _clearing(states), None, states, postprocess=False, show_progress="hidden",
                api_name=self.api_name or "lambda", api_visibility=self.api_visibility,
            )


def _clearing(comps: Sequence[Component]) -> Callable[[], Any]:
    def clear() -> Any:
        values = tuple(cleared_value(c) for c in comps)
        return values[0] if len(values) == 1 else values

    return clear


def cleared_value(component: Component) -> Any:
    """What a component holds after a clear: State starts over, others take postprocess(None)."""
    from .state import State

    if isinstance(component, State):
        return component.initial_value()
    return serialize(component.postprocess(None))
