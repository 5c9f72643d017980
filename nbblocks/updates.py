"""``gr.update(...)`` and ``gr.skip()``: what a function returns to change props, or nothing."""

from __future__ import annotations

from typing import Any

__all__ = ["update", "skip", "is_update"]


def update(
    elem_id: str | None = None, elem_classes: list[str] | str | None = None, visible: bool | str | None = None, **props: Any
) -> dict[str, Any]:
    """Change props of an output component, e.g. ``gr.update(visible=False, value="x")``.

    Only the given props change; ``value`` goes through the component's postprocess.
    """
    out: dict[str, Any] = {"__type__": "update"}
    if elem_id is not None:
        out["elem_id"] = elem_id
    if elem_classes is not None:
        out["elem_classes"] = elem_classes
    if visible is not None:
        out["visible"] = visible
    out.update(props)
    return out


def skip() -> dict[str, Any]:
    """Return this for an output that should keep its current value and props."""
    return {"__type__": "update"}


def is_update(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == "update"
