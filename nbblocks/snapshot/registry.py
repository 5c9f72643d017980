"""One renderer per view name (``Block.VIEW``); any other block gets the generic one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Context

#: ``(context, block, value, props) -> html`` of one block's body (its label is drawn around it).
Renderer = Callable[["Context", Any, Any, "dict[str, Any]"], str]

_renderers: dict[str, Renderer] = {}


def renderer(*views: str) -> Callable[[Renderer], Renderer]:
    """Register the function below as the static renderer of ``views``."""

    def register(fn: Renderer) -> Renderer:
        for view in views:
            _renderers[view] = fn
        return fn

    return register


def renderer_for(view: str | None) -> Renderer | None:
    return _renderers.get(view or "")
