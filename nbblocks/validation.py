"""``gr.validate``: what a listener's ``validator`` returns for each input."""

from __future__ import annotations

from typing import Any

__all__ = ["validate", "is_validation"]


def validate(is_valid: bool, message: str = "") -> dict[str, Any]:
    """One input's verdict: ``gr.validate(len(text) > 0, "Enter some text")``."""
    return {"__type__": "validate", "is_valid": bool(is_valid), "message": message}


def is_validation(value: Any) -> bool:
    return isinstance(value, dict) and value.get("__type__") == "validate"
