"""Components by name: Gradio's string shortcuts (``"text"``, ``"number"``, ``"state"``, ...).

``gr.Interface(fn, "text", "label")`` and ``gr.Dataset(components=["textbox"])`` name
components by string. A name is a component class name in any case (built-in or a custom
component defined anywhere), or one of the template shortcuts below, which are classes
with some arguments preset. Built-in modules are imported only when a string is looked
up, so an app that never uses shortcuts loads only its own components.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Component

__all__ = ["component_class", "get_component_instance", "SHORTCUTS"]

#: Shortcut -> (public class name, preset constructor arguments), as Gradio's templates.
SHORTCUTS: dict[str, tuple[str, dict[str, Any]]] = {
    "text": ("Textbox", {}),
    "textarea": ("Textbox", {"lines": 7}),
}


def _builtin_names() -> list[str]:
    from . import _declared

    # Option objects (gr.Brush, gr.WebcamOptions, ...) live in *_options modules: not components.
    return [name for name, module in _declared().items() if name[:1].isupper() and not module.endswith("_options")]


def _all_subclasses(cls: type) -> list[type]:
    out: list[type] = []
    todo = [cls]
    sub: type
    while todo:
        for sub in todo.pop().__subclasses__():
            out.append(sub)
            todo.append(sub)
    return out


def component_class(name: str) -> tuple[type[Component], dict[str, Any]]:
    """The class a string names and the arguments its shortcut presets.

    Raises ``ValueError`` listing the known names when nothing matches.
    """
    from .. import components
    from .base import Component

    key = name.strip().lower().replace("_", "")
    if key in SHORTCUTS:
        cls_name, preset = SHORTCUTS[key]
        return getattr(components, cls_name), dict(preset)
    for public in _builtin_names():
        cls = getattr(components, public) if public.lower() == key else None
        if isinstance(cls, type) and issubclass(cls, Component):
            return cls, {}
    # Custom components (and anything else subclassing Component) are found by class name.
    for cls in _all_subclasses(Component):
        if cls.__name__.lower() == key and not cls.__name__.startswith("_"):
            return cls, {}
    known = sorted({n.lower() for n in _builtin_names()} | set(SHORTCUTS))
    raise ValueError(f"no component is called {name!r}; use a component instance or one of: {', '.join(known)}")


def get_component_instance(comp: str | dict[str, Any] | Component, render: bool = False, unrender: bool = False) -> Component:
    """A component from a shortcut string, a ``{"name": ..., **kwargs}`` dict, or an instance.

    Strings and dicts make a new, unrendered component (``render=True`` places it in the
    current container). An instance is returned as it is; ``unrender=True`` takes it out
    of the container it was created in, so the caller can place it elsewhere.
    """
    from .base import Component

    if isinstance(comp, str):
        cls, preset = component_class(comp)
        return _make(cls, preset, render)
    if isinstance(comp, dict):
        args = dict(comp)
        name = args.pop("name", None)
        if not isinstance(name, str):
            raise ValueError(f"a component given as a dict needs a 'name' key, got {comp!r}")
        cls, preset = component_class(name)
        return _make(cls, {**preset, **args}, render)
    if isinstance(comp, Component):
        if unrender and comp.parent is not None and comp.root is None:
            comp.unrender()
        return comp
    raise TypeError(f"expected a component or the name of one, got {type(comp).__name__}: {comp!r}")


def _make(cls: Callable[..., Component], args: dict[str, Any], render: bool) -> Component:
    try:
        comp = cls(**args, render=False)
    except TypeError as exc:
        raise TypeError(f"{getattr(cls, '__name__', cls)}: {exc}") from None
    if render:
        comp.render()
    return comp

