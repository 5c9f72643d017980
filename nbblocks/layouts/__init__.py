"""Layouts: containers used with ``with``; one per module."""

from __future__ import annotations

import importlib
from typing import Any

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


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nbblocks.layouts' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
