"""What components whose value is plain text share (Textbox, Markdown, HTML, Button)."""

from __future__ import annotations

from typing import Any


class TextValue:
    """API schema and flagging for a string value."""

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return "" if payload is None else str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return payload
