"""``document``: the decorator Gradio components carry (``gradio_client.documentation``).

Gradio uses it to build its website; here it changes nothing, so a ported component can
keep ``@document()`` after changing the import to ``from nbblocks.documentation import document``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["document", "set_documentation_group"]

T = TypeVar("T")


def document(*fns: Any, inherit: bool = False, documentation_group: str | None = None) -> Callable[[T], T]:
    """Returns the class or function unchanged."""

    def decorator(obj: T) -> T:
        return obj

    return decorator


def set_documentation_group(group: str) -> None:
    """Kept for components written for older Gradio versions; does nothing."""
