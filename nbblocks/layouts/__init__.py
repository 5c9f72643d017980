"""Layouts: containers used with ``with``; one per module."""

from __future__ import annotations

from .._lazy import lazy_attributes

_LAZY = {
    "Row": ".row",
    "Column": ".column",
    "Group": ".group",
    "Tabs": ".tabs",
    "Tab": ".tabs",
    "TabItem": ".tabs",
    "Accordion": ".accordion",
}

__all__ = sorted(_LAZY)
__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
