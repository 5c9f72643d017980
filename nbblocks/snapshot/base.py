"""What every static renderer shares: limits, styles, escaping, where values come from.
Styles are ``style`` attributes (no ``<style>`` element, no script, no class
a page must define), so the picture survives sanitisers and works with JavaScript off."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..block import Block
    from ..blocks import Blocks

#: Longest text shown of one value; the rest is cut with a note.
MAX_TEXT = 2000
#: Rows of a table shown; the rest is counted.
MAX_ROWS = 20
#: Items of a list (gallery, chat messages, choices) shown.
MAX_ITEMS = 12
#: Largest side of an image thumbnail, in pixels.
THUMB_SIDE = 160

FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"
STYLES = {
    "app": (
        f"{FONT};color:#1f2937;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;padding:12px;max-width:960px;"
        "font-size:14px;line-height:1.4"
    ),
    "note": "color:#6b7280;font-size:12px;margin-top:8px",
    "row": "display:flex;flex-wrap:wrap;gap:12px;align-items:stretch",
    "column": "display:flex;flex-direction:column;gap:12px;flex:1 1 0;min-width:0",
    "block": "border:1px solid #e5e7eb;border-radius:6px;padding:8px;background:#ffffff;flex:1 1 0;min-width:160px",
    "label": "display:block;font-size:12px;font-weight:600;color:#4b5563;margin-bottom:4px",
    "input": (
        "border:1px solid #d1d5db;border-radius:4px;padding:4px 6px;background:#f9fafb;white-space:pre-wrap;word-break:break-word;"
        "min-height:1.4em"
    ),
    "button": "display:inline-block;border:1px solid #d1d5db;border-radius:6px;padding:6px 14px;background:#f3f4f6;font-weight:600",
    "primary": (
        "display:inline-block;border:1px solid #ea580c;border-radius:6px;padding:6px 14px;background:#f97316;color:#ffffff;"
        "font-weight:600"
    ),
    "tabbar": "display:flex;gap:4px;border-bottom:1px solid #e5e7eb;margin-bottom:8px",
    "tab": "padding:4px 10px;color:#6b7280",
    "tab_on": "padding:4px 10px;border-bottom:2px solid #f97316;font-weight:600",
    "stepbar": "display:flex;flex-wrap:wrap;align-items:center;gap:6px;border-bottom:1px solid #e5e7eb;padding-bottom:6px;"
               "margin-bottom:8px",
    "step_done": "padding:2px 6px;color:#1f2937",
    "step_current": "padding:2px 6px;border-bottom:2px solid #f97316;font-weight:600",
    "step_todo": "padding:2px 6px;color:#6b7280",
    "step_line": "color:#d1d5db",
    "accordion": "border:1px solid #e5e7eb;border-radius:6px;padding:6px 8px",
    "sidebar": "display:flex;flex-direction:column;gap:12px;flex:0 0 auto;max-width:50%;box-sizing:border-box;"
               "border:1px solid #e5e7eb;border-radius:6px;padding:8px;background:#f9fafb",
    "sidebar_closed": "flex:0 0 auto;width:28px;text-align:center;color:#6b7280;padding-top:6px",
    "cut": "color:#9ca3af;font-style:italic",
    "table": "border-collapse:collapse;font-size:13px",
    "cell": "border:1px solid #e5e7eb;padding:2px 6px;text-align:left;vertical-align:top",
    "pre": "margin:0;white-space:pre-wrap;word-break:break-word;font-family:ui-monospace,monospace;font-size:12px",
}


def style(name: str) -> str:
    return f'style="{STYLES[name]}"'


def esc(value: Any) -> str:
    """Escaped text of any value (``<script>`` shows as text)."""
    return html.escape(value if isinstance(value, str) else str(value), quote=True)


def cut(text: str, limit: int = MAX_TEXT) -> str:
    """Escaped ``text``, at most ``limit`` characters of it, with a note saying how much was cut."""
    if len(text) <= limit:
        return esc(text)
    return f"{esc(text[:limit])}<span {style('cut')}> … ({len(text) - limit} more characters)</span>"


class Values(Protocol):
    """Where a snapshot reads a block's value and props (a ``sessions.Session`` fits)."""

    def get(self, block: Block) -> Any: ...

    def config(self, block: Block) -> dict[str, Any]: ...


class InitialValues:
    """The values an app starts with (what a fresh session would show)."""

    def get(self, block: Block) -> Any:
        return getattr(block, "value", None)

    def config(self, block: Block) -> dict[str, Any]:
        return block.get_config()


@dataclass
class Context:
    """What renderers share: the app (its file cache for thumbnails) and the limits."""

    app: Blocks
    values: Values
    thumb_side: int = THUMB_SIDE
    notes: list[str] = field(default_factory=list)

    def pending_pixels(self, handle: Any) -> Any:
        """The pixels of an image the app has not encoded yet (a ``PendingImage``), or None.

        A thumbnail is made from them directly: reading the file would encode the whole
        image, and whether the page then gets raw pixels or a file would depend on when
        the snapshot ran."""
        entry = self.app.files.get(handle)
        pending = getattr(entry, "pending", None) if entry is not None else None
        return pending if all(hasattr(pending, k) for k in ("width", "height", "channels", "data")) else None

    def read_file(self, handle: Any) -> bytes | None:
        """Bytes of a file the app issued, None for anything else."""
        files = self.app.files
        if files.get(handle) is None:
            return None
        try:
            return files.read(handle)
        except Exception:  # noqa: BLE001 - a file that cannot be read is left out of the picture
            return None


def generic(ctx: Context, block: Block, value: Any, props: dict[str, Any]) -> str:
    """Any component without a renderer of its own: the text of its value."""
    if value is None:
        return f"<div {style('input')}></div>"
    return f"<div {style('input')}>{cut(value if isinstance(value, str) else repr(value))}</div>"
