"""The static renderers of the built-in views. Each draws one block's body from its
session value (the data-model value the page would get) and its props."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from .base import MAX_ITEMS, MAX_ROWS, MAX_TEXT, Context, cut, esc, generic, style
from .registry import renderer
from .sanitize import sanitize_html
from .thumbs import thumb_uri, thumbnail


def _box(inner: str) -> str:
    return f"<div {style('input')}>{inner}</div>"


@renderer("textbox", "number", "slider", "colorpicker", "datetime", "dropdown")
def text_value(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    if isinstance(value, list):  # a multiselect dropdown
        value = ", ".join(str(v) for v in value)
    if props.get("type") == "password" and value:
        value = "•" * min(len(str(value)), 12)
    return _box(cut("" if value is None else str(value)))


@renderer("checkbox")
def checkbox(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    mark = "☑" if value else "☐"
    return f'<span data-checked="{"true" if value else "false"}">{mark}</span>'


def _choices(props: dict[str, Any], chosen: set[str], on: str, off: str) -> str:
    """Every choice (its shown name) with a mark: ``on`` for the chosen ones (by value)."""
    pairs = [(str(c[0]), str(c[1])) if isinstance(c, (list, tuple)) else (str(c), str(c)) for c in props.get("choices") or []]
    items = [f"{on if value in chosen else off} {esc(name)}" for name, value in pairs[:MAX_ITEMS]]
    more = f"<span {style('cut')}> … ({len(pairs) - MAX_ITEMS} more)</span>" if len(pairs) > MAX_ITEMS else ""
    return f"<div>{'&nbsp;&nbsp; '.join(items)}{more}</div>"


@renderer("checkboxgroup")
def checkbox_group(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    return _choices(props, {str(v) for v in value or []}, "☑", "☐")


@renderer("radio")
def radio(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    return _choices(props, {str(value)} if value is not None else set(), "◉", "○")


@renderer("button", "downloadbutton", "uploadbutton")
def button(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    kind = "primary" if props.get("variant") == "primary" else "button"
    return f"<span {style(kind)}>{esc(value if value is not None else '')}</span>"


@renderer("json")
def json_value(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    try:
        text = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return f"<pre {style('pre')}>{cut(text)}</pre>"


@renderer("paramviewer")
def param_viewer(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """Each parameter as ``name: type = default`` and its description's text."""
    if not isinstance(value, dict) or not value:
        return ""
    rows = []
    for name, about in list(value.items())[:MAX_ROWS]:
        info = about if isinstance(about, dict) else {}
        head = str(name) + (f": {info['type']}" if info.get("type") not in (None, "") else "")
        if info.get("default") is not None:
            head += f" = {info['default']}"
        description = f"<div>{cut(str(info['description']))}</div>" if info.get("description") else ""
        rows.append(f"<div><code>{cut(head)}</code>{description}</div>")
    more = f"<span {style('cut')}> … ({len(value) - MAX_ROWS} more)</span>" if len(value) > MAX_ROWS else ""
    return "".join(rows) + more


@renderer("code")
def code(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    return f"<pre {style('pre')}>{cut(value or '')}</pre>"


@renderer("markdown")
def markdown(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """Markdown as its escaped source: readable, and nothing in it can run."""
    return f'<div style="white-space:pre-wrap;word-break:break-word">{cut(value or "")}</div>'


@renderer("html")
def html_value(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    text = value or ""
    if len(text) > 4 * MAX_TEXT:
        text = text[: 4 * MAX_TEXT]
    return f"<div>{sanitize_html(text)}</div>"


@renderer("label")
def label(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    if not isinstance(value, dict):
        return generic(ctx, block, value, props)
    top = f'<div style="font-size:18px;font-weight:700">{esc(value.get("label") or "")}</div>'
    rows = []
    for c in (value.get("confidences") or [])[:MAX_ITEMS]:
        share = float(c.get("confidence") or 0)
        rows.append(
            f'<div style="display:flex;gap:6px;align-items:center"><span style="min-width:80px">{esc(c.get("label"))}</span>'
            f'<span style="display:inline-block;height:8px;width:{max(0.0, min(share, 1.0)) * 120:.0f}px;'
            'background:#f97316;border-radius:2px"></span>'
            f"<span>{share:.0%}</span></div>"
        )
    return top + "".join(rows)


@renderer("highlightedtext")
def highlighted(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    parts = []
    for item in (value or [])[: MAX_ITEMS * 20]:
        token, kind = (item.get("token"), item.get("class_or_confidence")) if isinstance(item, dict) else (item, None)
        if kind is None:
            parts.append(esc(token))
        else:
            parts.append(
                f'<span style="background:#ffedd5;border-radius:3px;padding:0 2px">{esc(token)}'
                f'<sub style="color:#9a3412"> {esc(kind)}</sub></span>'
            )
    return f"<div>{''.join(parts)}</div>"


@renderer("dataframe")
def table(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    if value is None:
        return _box("")
    headers = list(value.get("headers") or []) if hasattr(value, "get") else []
    n_rows = getattr(value, "n_rows", None)
    if n_rows is not None:
        rows = value.rows(list(range(min(n_rows, MAX_ROWS))))
    else:
        data = value.get("data") if hasattr(value, "get") else None
        rows = list(data or [])
        n_rows = len(rows)
        rows = rows[:MAX_ROWS]
    cell = style("cell")
    head = "".join(f'<th {cell}>{cut(str(h), 80)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f"<td {cell}>{cut(str(c), 200)}</td>" for c in row) + "</tr>" for row in rows)
    more = f"<div {style('cut')}>… {n_rows - MAX_ROWS} more rows ({n_rows} in all)</div>" if n_rows > MAX_ROWS else ""
    return f'<div style="overflow-x:auto"><table {style("table")}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}'


@renderer("image", "imageeditor")
def image(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    if isinstance(value, dict) and "composite" in value:  # the image editor's value
        value = value.get("composite") or value.get("background")
    if not value:
        return _box(f"<span {style('cut')}>(no image)</span>")
    return thumbnail(ctx, value, alt=props.get("label") or "")


@renderer("imageslider")
def image_pair(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """Both images of an ImageSlider side by side (a saved notebook has no handle to drag)."""
    sides = [v for v in value if isinstance(v, dict)] if isinstance(value, (list, tuple)) else []
    if not sides:
        return _box(f"<span {style('cut')}>(no image)</span>")
    return f'<div style="display:flex;flex-wrap:wrap;gap:6px">{"".join(thumbnail(ctx, side) for side in sides)}</div>'


@renderer("annotatedimage")
def annotated(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    if not isinstance(value, dict) or not value.get("image"):
        return _box(f"<span {style('cut')}>(no image)</span>")
    names = ", ".join(esc(a.get("label")) for a in (value.get("annotations") or [])[:MAX_ITEMS] if isinstance(a, dict))
    return thumbnail(ctx, value["image"]) + (f"<div>{names}</div>" if names else "")


@renderer("gallery")
def gallery(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    items = list(value or [])
    if not items:
        return _box(f"<span {style('cut')}>(empty)</span>")
    cells = []
    for item in items[:MAX_ITEMS]:
        media = item.get("image") or item.get("video") if isinstance(item, dict) else None
        caption = item.get("caption") if isinstance(item, dict) else None
        img = thumbnail(ctx, media, alt=caption or "") if isinstance(media, dict) else ""
        cap = f'<div style="font-size:12px">{esc(caption)}</div>' if caption else ""
        cells.append(f"<div>{img}{cap}</div>")
    more = f"<div {style('cut')}>… {len(items) - MAX_ITEMS} more</div>" if len(items) > MAX_ITEMS else ""
    return f'<div style="display:flex;flex-wrap:wrap;gap:6px">{"".join(cells)}</div>{more}'


@renderer("file")
def files(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    items = value if isinstance(value, list) else [value] if value else []
    names = [esc(v.get("orig_name") or "file") if isinstance(v, dict) else esc(v) for v in items[:MAX_ITEMS]]
    return _box("<br>".join(names))


@renderer("fileexplorer")
def file_explorer(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """The ticked paths only: a snapshot never lists the folder (it may be private)."""
    paths = ["/".join(str(name) for name in p) for p in (value or []) if isinstance(p, list)]
    return _box("<br>".join(f"☑ {esc(p)}" for p in paths[:MAX_ITEMS]) or "No files selected")


@renderer("chatbot")
def chat(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    messages = list(value or [])
    shown = messages[-MAX_ITEMS:]
    out = [f"<div {style('cut')}>… {len(messages) - len(shown)} earlier messages</div>"] if len(messages) > len(shown) else []
    for m in shown:
        role = m.get("role") if isinstance(m, dict) else "user"
        content = m.get("content") if isinstance(m, dict) else m
        if isinstance(content, list):
            content = " ".join(str(c.get("text", "")) if isinstance(c, dict) else str(c) for c in content)
        side = "margin-left:auto;background:#ffedd5" if role == "user" else "margin-right:auto;background:#f3f4f6"
        out.append(
            f'<div style="{side};border-radius:8px;padding:4px 8px;max-width:80%;white-space:pre-wrap">'
            f'{cut(str(content or ""), MAX_TEXT // 2)}</div>'
        )
    return f'<div style="display:flex;flex-direction:column;gap:4px">{"".join(out)}</div>'


#: Gradio's speaker colours in its order (red, green, blue, yellow, purple, teal, orange, cyan,
#: lime, pink), as js/views/dialogue.js draws them.
SPEAKER_COLOURS = ("#ef4444", "#22c55e", "#3b82f6", "#eab308", "#a855f7", "#14b8a6", "#f97316", "#06b6d4", "#84cc16", "#ec4899")
_CSS_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(?:rgb|rgba|hsl|hsla)\([0-9.,%/ ]{1,60}\)")


@renderer("dialogue")
def dialogue(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """Each line as its speaker and text, with the speaker's colour at its edge (a
    ``color_map`` entry, else the palette in the order of ``speakers`` or of first words);
    text typed in the plain-text view as it is."""
    if isinstance(value, str):
        return _box(cut(value))
    lines = [line for line in value or [] if isinstance(line, dict)]
    if not lines:
        return _box("")
    listed = [s for s in props.get("speakers") or [] if isinstance(s, str)]
    order = listed or list(dict.fromkeys(str(line.get("speaker", "")) for line in lines))
    colour_map = props.get("color_map") if isinstance(props.get("color_map"), dict) else None
    out = []
    for line in lines[:MAX_ROWS]:
        speaker = str(line.get("speaker", ""))
        if colour_map is not None:
            colour = colour_map.get(speaker)
        else:
            colour = SPEAKER_COLOURS[order.index(speaker) % len(SPEAKER_COLOURS)] if speaker in order else None
        edge = colour if isinstance(colour, str) and _CSS_COLOUR.fullmatch(colour) else "transparent"
        out.append(
            f'<div style="display:flex;gap:8px;padding:2px 6px;border-left:3px solid {edge}">'
            f'<b style="flex:0 0 8em;overflow-wrap:anywhere">{esc(speaker)}</b>'
            f'<span style="white-space:pre-wrap;overflow-wrap:anywhere">{cut(str(line.get("text", "")), MAX_TEXT // 2)}</span></div>'
        )
    more = f"<div {style('cut')}>… {len(lines) - MAX_ROWS} more lines</div>" if len(lines) > MAX_ROWS else ""
    return f'<div style="display:flex;flex-direction:column;gap:2px">{"".join(out)}</div>{more}'


@renderer("plot")
def plot(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """A matplotlib figure is an image already: its thumbnail. Figures drawn by a library in
    the page (plotly, altair, bokeh) are named, not drawn."""
    if not isinstance(value, dict) or not value.get("plot"):
        return _box(f"<span {style('cut')}>(no plot)</span>")
    kind = str(value.get("type") or "figure")
    image = str(value["plot"])
    if kind == "matplotlib" and image.startswith("data:image/") and ";base64," in image:
        try:
            data = base64.b64decode(image.split(";base64,", 1)[1], validate=True)
        except ValueError:
            data = b""
        uri = thumb_uri(data, 2 * ctx.thumb_side) if data else None
        if uri is not None:
            alt = esc(props.get("label") or "plot")
            return f'<img src="{uri}" alt="{alt}" style="max-width:{2 * ctx.thumb_side}px;border-radius:4px;display:block">'
    return _box(f"<span {style('cut')}>[{esc(kind)} figure: drawn only in the live app]</span>")


@renderer("nativeplot")
def native_plot(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """What the plot shows (its mark, axes and size), not the drawing."""
    if not isinstance(value, dict):
        return _box(f"<span {style('cut')}>(no data)</span>")
    mark = esc(value.get("mark") or "plot")
    data = value.get("data")
    try:
        rows = f", {len(data):,} rows" if data is not None else ""
    except TypeError:
        rows = ""
    axes = f"{esc(props.get('y') or '?')} by {esc(props.get('x') or '?')}"
    return _box(f"{mark} plot of {axes}{rows} <span {style('cut')}>(drawn only in the live app)</span>")


@renderer("audio", "video", "model3d")
def media(ctx: Context, block: Any, value: Any, props: dict[str, Any]) -> str:
    """A media file by name and size: players need the live app."""
    if isinstance(value, dict) and isinstance(value.get("video"), dict):  # a video with subtitles
        value = value["video"]
    if not isinstance(value, dict):
        return _box(f"<span {style('cut')}>(empty)</span>")
    size = value.get("size")
    shown = f" ({int(size) / 1024:,.0f} KiB)" if isinstance(size, (int, float)) else ""
    return _box(f"{esc(value.get('orig_name') or 'file')}{shown} <span {style('cut')}>(plays only in the live app)</span>")
