"""Which built-in view shows a component that has no ``_esm`` of its own.

A ported backend is usable at once: its value type picks the view. A ``FileData`` (or
``ListFiles``) model gets the file view (upload, download), a root model or ``api_info``
of a plain string, number or boolean gets the textbox, number or checkbox, and anything
else is shown as a read-only JSON tree.
"""

from __future__ import annotations

import typing
from typing import Any

__all__ = ["default_view"]

_SCALAR_VIEWS = {"string": "textbox", "number": "number", "integer": "number", "boolean": "checkbox"}
_PY_SCALARS: dict[Any, str] = {str: "textbox", int: "number", float: "number", bool: "checkbox"}


def default_view(component: Any) -> tuple[str, dict[str, Any]]:
    """The view name and the props it needs (e.g. ``file_count``)."""
    from ..data_classes import FileData, ListFiles

    model = getattr(component, "data_model", None)
    if isinstance(model, type):
        if issubclass(model, FileData):
            return "file", {"file_count": "single"}
        if issubclass(model, ListFiles):
            return "file", {"file_count": "multiple"}
        root = getattr(model, "model_fields", {}).get("root")
        if root is not None:
            view = _PY_SCALARS.get(_strip_optional(root.annotation))
            if view is not None:
                return view, {}
        return "json", {}
    try:
        schema = component.api_info()
    except Exception:  # noqa: BLE001 - no schema: show the value as JSON
        return "json", {}
    kind = schema.get("type") if isinstance(schema, dict) else None
    return _SCALAR_VIEWS.get(kind, "json") if isinstance(kind, str) else "json", {}


def _strip_optional(tp: Any) -> Any:
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    return args[0] if typing.get_origin(tp) in (typing.Union, getattr(__import__("types"), "UnionType", None)) and len(args) == 1 else tp
