"""Components, one per module, imported on first use so ``import nbblocks`` stays fast."""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "Component": ".base",
    "FormComponent": ".base",
    "StreamingOutput": ".base",
    "StreamingInput": ".base",
    "ComponentProps": ".base",
    "Textbox": ".textbox",
    "Number": ".number",
    "Slider": ".slider",
    "Checkbox": ".checkbox",
    "CheckboxGroup": ".checkboxgroup",
    "Dropdown": ".dropdown",
    "Radio": ".radio",
    "Button": ".button",
    "Markdown": ".markdown",
    "HTML": ".html",
    "JSON": ".json_component",
    "Label": ".label",
    "State": ".state",
    "Timer": ".timer",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nbblocks.components' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
