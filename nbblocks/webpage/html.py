"""The web page: one HTML document that loads the page host and draws the app.

Every URL in it is relative to the page's own address (the host module is imported
from the address the browser shows), so the page works at ``root_path`` and behind a
proxy at a sub-path (``/user/<name>/proxy/<port>/``) without knowing either.
"""

from __future__ import annotations

import base64
import html
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..blocks import Blocks

log = logging.getLogger("nbblocks")

PAGE_STYLE = """
html, body { margin: 0; min-height: 100%; }
body { background: #ffffff; color: #1f2937; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
@media (prefers-color-scheme: dark) { body { background: #1f2937; color: #e5e7eb; } }
#nbb-page { box-sizing: border-box; max-width: 1280px; margin: 0 auto; padding: 16px; }
#nbb-page.nbb-page-fill-width { max-width: none; }
#nbb-page.nbb-page-fill-height { min-height: 100vh; display: flex; flex-direction: column; }
#nbb-page.nbb-page-fill-height > [data-nbblocks-page="app"] { flex: 1 1 auto; display: flex; flex-direction: column; }
#nbb-page.nbb-page-fill-height > [data-nbblocks-page="app"] > * { flex: 1 1 auto; }
/* The page's heading, for screen readers and outlines; the app shows its own. */
.nbb-page-title { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.nbb-page-notice { padding: 12px 16px; border: 1px solid #f59e0b; border-radius: 8px; margin: 8px 0; }
"""

# The host's address is computed from the page's own (a sub-path without its trailing
# slash still loads the host from below it), then the host takes over.
LOADER = """
const here = location.pathname.endsWith("/") ? location.pathname : location.pathname + "/";
import(here + "page/host.js").then((host) => host.start({ base: here, el: document.getElementById("nbb-page") }))
  .catch((error) => {
    const el = document.getElementById("nbb-page");
    el.textContent = "The app could not start: " + (error && error.message ? error.message : error);
    el.classList.add("nbb-page-notice");
  });
"""


ICON_TYPES = {".png": "image/png", ".ico": "image/x-icon", ".svg": "image/svg+xml", ".jpg": "image/jpeg",
              ".jpeg": "image/jpeg", ".gif": "image/gif", ".webp": "image/webp"}


def icon_href(favicon_path: str | None) -> str:
    """The page's icon as a ``data:`` URL (no route, nothing relative), or an empty icon."""
    if not favicon_path:
        return "data:,"
    path = Path(favicon_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.warning("nbblocks: launch(favicon_path=%r) cannot be read: %s", favicon_path, exc)
        return "data:,"
    mime = ICON_TYPES.get(path.suffix.lower(), "application/octet-stream")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def page_html(app: Blocks, favicon_path: str | None = None, *, nonce: str | None = None) -> str:
    """The page of ``app``: its ``title``, ``head`` and layout options; its ``css`` and
    theme are applied by the app's view, and its ``js`` runs once the app is drawn.
    ``nonce`` goes on the loader script (the page's Content Security Policy allows it)."""
    classes = " ".join(
        name for name, on in (("nbb-page-fill-width", app.fill_width), ("nbb-page-fill-height", app.fill_height)) if on
    )
    js = json.dumps(app.js or "").replace("</", "<\\/")
    head = app.head or ""
    script_nonce = f' nonce="{html.escape(nonce)}"' if nonce else ""
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<link rel=\"icon\" href=\"{html.escape(icon_href(favicon_path))}\">\n"
        f"<title>{html.escape(app.title or 'nbblocks')}</title>\n"
        f"<style>{PAGE_STYLE}</style>\n{head}\n</head>\n<body>\n"
        f"<main>\n<h1 class=\"nbb-page-title\">{html.escape(app.title or 'nbblocks')}</h1>\n"
        f"<div id=\"nbb-page\" class=\"{classes}\"></div>\n</main>\n"
        f"<script type=\"application/json\" id=\"nbb-page-js\">{js}</script>\n"
        "<noscript>This app needs JavaScript.</noscript>\n"
        f"<script type=\"module\"{script_nonce}>{LOADER}</script>\n</body>\n</html>\n"
    )
