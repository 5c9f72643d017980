"""The page around the blocks: layouts (rows, columns, tabs, walkthroughs, accordions, sidebars),
labels, and the note that the app is live only with a kernel."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import components  # noqa: F401  (registers the built-in renderers)
from .base import STYLES, THUMB_SIDE, Context, InitialValues, Values, esc, generic, style
from .registry import renderer_for

if TYPE_CHECKING:
    from ..block import Block
    from ..blocks import Blocks

_CSS_LENGTH = re.compile(r"[0-9.]+(px|%|em|rem|vw|ch)?")


def render_app(app: Blocks, values: Values | None = None, *, thumb_side: int = THUMB_SIDE) -> str:
    """The app as static HTML: ``values`` is a session (the notebook's), or None for the
    initial values."""
    ctx = Context(app, values if values is not None else InitialValues(), thumb_side)
    body = f"<div {style('column')}>{''.join(render_children(ctx, app))}</div>"
    note = (
        f"<div {style('note')}>A static snapshot of an nbblocks app: it is live only in a "
        "notebook with a running kernel.</div>"
    )
    return f'<div class="nbb-snapshot" data-nbblocks-snapshot="1" {style("app")}>{body}{note}</div>'


def render_children(ctx: Context, block: Block) -> list[str]:
    children = list(getattr(block, "children", []))
    sides = [c for c in children if c.VIEW == "sidebar" and _config(ctx, c).get("visible", True) is not False]
    if not sides:
        return [render_block(ctx, child) for child in children]
    # A Sidebar is a side column of its container, as its view draws it.
    main = "".join(render_block(ctx, c) for c in children if c not in sides)
    left = "".join(render_sidebar(ctx, c) for c in sides if _config(ctx, c).get("position") != "right")
    right = "".join(render_sidebar(ctx, c) for c in sides if _config(ctx, c).get("position") == "right")
    return [f"<div {style('row')}>{left}<div {style('column')}>{main}</div>{right}</div>"]


def render_sidebar(ctx: Context, block: Block) -> str:
    props = _config(ctx, block)
    opened = props.get("open", True) is not False
    width = props.get("width", 320)
    size = f"{width}px" if isinstance(width, (int, float)) else str(width)
    if not _CSS_LENGTH.fullmatch(size):
        size = "320px"  # only a length: the author's text never becomes more CSS
    if not opened:
        return f'<aside data-sidebar="closed" {style("sidebar_closed")}>{"◂" if props.get("position") == "right" else "▸"}</aside>'
    inner = "".join(render_children(ctx, block))  # the label is not shown, as in Gradio
    return f'<aside data-sidebar="open" style="{STYLES["sidebar"]};width:{esc(size)}">{inner}</aside>'


def render_block(ctx: Context, block: Block) -> str:
    """One block, with its label; invisible blocks leave nothing."""
    from ..block import BlockContext

    try:
        props = ctx.values.config(block)
    except Exception:  # noqa: BLE001 - a snapshot never fails: the block's own config instead
        props = block.get_config()
    if props.get("visible") is False:
        return ""
    if isinstance(block, BlockContext):
        return render_layout(ctx, block, props)
    try:
        value = ctx.values.get(block)
    except Exception:  # noqa: BLE001 - a snapshot never fails: the block's initial value instead
        value = getattr(block, "value", None)
    fn = renderer_for(block.VIEW) or generic
    try:
        body = fn(ctx, block, value, props)
    except Exception as exc:  # noqa: BLE001 - one odd value must not cost the whole picture
        body = f"<span {style('cut')}>({esc(type(exc).__name__)} while drawing this value)</span>"
    if block.VIEW in {"button", "downloadbutton", "uploadbutton"} or props.get("container") is False:
        return f"<div>{body}</div>"
    label = props.get("label")
    head = f"<span {style('label')}>{esc(label)}</span>" if label and props.get("show_label", True) is not False else ""
    return f"<div {style('block')}>{head}{body}</div>"


def render_layout(ctx: Context, block: Block, props: dict[str, Any]) -> str:
    view = block.VIEW
    if view == "tabs":
        return render_tabs(ctx, block, props)
    if view == "walkthrough":
        return render_walkthrough(ctx, block)
    if view == "accordion":
        opened = props.get("open", True) is not False
        mark = "▾" if opened else "▸"
        inner = "".join(render_children(ctx, block)) if opened else ""
        state = "open" if opened else "closed"
        return (
            f'<div data-accordion="{state}" {style("accordion")}><div style="font-weight:600">{mark} '
            f'{esc(props.get("label") or "")}</div>{inner}</div>'
        )
    kind = "row" if view == "row" else "column"
    return f"<div {style(kind)}>{''.join(render_children(ctx, block))}</div>"


def render_tabs(ctx: Context, block: Block, props: dict[str, Any]) -> str:
    tabs = [t for t in getattr(block, "children", []) if _config(ctx, t).get("visible", True) is not False]
    selected = props.get("selected")
    chosen = 0
    for i, tab in enumerate(tabs):
        tab_id = _config(ctx, tab).get("id")
        if selected is not None and (selected == tab_id or (tab_id is None and selected == i)):
            chosen = i
    bar = "".join(_tab_head(ctx, t, i, i == chosen) for i, t in enumerate(tabs))
    body = "".join(render_children(ctx, tabs[chosen])) if tabs else ""
    return f"<div><div {style('tabbar')}>{bar}</div><div {style('column')}>{body}</div></div>"


def _tab_head(ctx: Context, tab: Block, index: int, chosen: bool) -> str:
    label = _config(ctx, tab).get("label") or f"Tab {index + 1}"
    mark = ' data-selected="1"' if chosen else ""
    return f"<span{mark} {style('tab_on' if chosen else 'tab')}>{esc(label)}</span>"


def render_walkthrough(ctx: Context, block: Block) -> str:
    """The numbered steps (done ones ticked, the open one marked) over the open step's content."""
    shown_index = getattr(block, "shown_index", None)
    current = shown_index(lambda b: _config(ctx, b)) if callable(shown_index) else None
    steps: list[Block] = list(getattr(block, "children", []))
    heads = []
    number = 0
    for index, step in enumerate(steps):
        props = _config(ctx, step)
        if props.get("visible", True) in (False, "hidden"):
            continue
        number += 1
        state = "todo" if current is None or index > current else "current" if index == current else "done"
        mark = "✓" if state == "done" else str(number)
        label = props.get("label") or f"Step {number}"
        heads.append(f'<span data-step="{state}" {style("step_" + state)}>{mark} {esc(label)}</span>')
    body = "".join(render_children(ctx, steps[current])) if current is not None else ""
    bar = f'<span {style("step_line")}>—</span>'.join(heads)
    return f"<div><div {style('stepbar')}>{bar}</div><div {style('column')}>{body}</div></div>"


def _config(ctx: Context, block: Block) -> dict[str, Any]:
    try:
        return ctx.values.config(block)
    except Exception:  # noqa: BLE001 - a snapshot never fails: the block's own config instead
        return block.get_config()


