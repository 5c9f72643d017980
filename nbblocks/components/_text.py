"""What components whose value is plain text share (Textbox, Markdown, HTML, Button)."""

from __future__ import annotations

from typing import Any

from ..exceptions import InvalidComponentError


class TextValue:
    """API schema and flagging for a string value."""

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return "" if payload is None else str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return payload


def text_payload(component: Any, payload: Any, what: str = "text") -> str | None:
    """A front end's value that must be a ``str`` (or None); refused, naming the component."""
    if payload is None or isinstance(payload, str):
        return payload
    from .base import component_name

    raise InvalidComponentError(f"{component_name(component)} expects {what}, got {type(payload).__name__}")
