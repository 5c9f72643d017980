"""The "Use via API" page at ``/?view=api``: the app's public endpoints as HTML, like
Gradio's API page — parameters with types, defaults and example inputs, what each
returns, and ``gradio_client`` and ``curl`` snippets with copy buttons.

Built from the same description as ``/gradio_api/info`` (``api_info.endpoint_info``).
Every URL in the page is relative; the snippets show the server's address, which a
tiny inline script reads from the browser's own address (so it is right behind any
proxy). Without script the snippets say ``<app url>/``. Example files are shown as
``handle_file('path/to/<name>')``: this server never fetches a URL a client sends, so a
file goes in by upload (gradio_client does that for a local path).
"""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Any

from .api_info import endpoint_info, endpoint_label, is_callable, is_file_value, is_generator, python_literal, snippet

if TYPE_CHECKING:
    from ..blocks import Blocks
    from ..events import Dependency

#: Stands for the server's address in snippet text until it is made HTML.
_URL = "\x00URL\x00"

API_STYLE = """
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1f2937; line-height: 1.5;
  font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 16px 48px; }
header { display: flex; align-items: baseline; justify-content: space-between; gap: 16px;
  border-bottom: 1px solid #e5e7eb; padding-bottom: 12px; }
h1 { font-size: 1.4rem; margin: 0; }
h2 { font-size: 1.1rem; margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; }
h3 { font-size: 0.95rem; margin: 16px 0 6px; }
a { color: #c2410c; }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; }
.intro { color: #4b5563; }
section.endpoint { border: 1px solid #e5e7eb; border-radius: 10px; padding: 16px; margin: 20px 0; }
.description { color: #4b5563; margin: 6px 0 0; }
.snippet { position: relative; margin: 8px 0; }
.snippet pre { background: #f3f4f6; border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px 76px 12px 12px;
  margin: 0; overflow-x: auto; white-space: pre; }
.snippet button { position: absolute; top: 6px; right: 6px; font: inherit; font-size: 0.8rem; padding: 3px 10px; border: 1px solid #d1d5db;
  border-radius: 6px; background: #ffffff; color: #1f2937; cursor: pointer; }
.snippet button:hover { background: #f9fafb; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #f3f4f6; }
th { color: #6b7280; font-weight: 500; }
.type { color: #7c3aed; }
.required { color: #b91c1c; font-size: 0.8rem; }
.note { color: #6b7280; font-size: 0.85rem; }
"""

# Fills in the server's address and wires the copy buttons; nothing else.
API_SCRIPT = """
const path = location.pathname.endsWith("/") ? location.pathname : location.pathname + "/";
const base = location.origin + path;
for (const el of document.querySelectorAll("[data-base-url]")) el.textContent = base;
for (const button of document.querySelectorAll("button[data-copy]")) {
  button.addEventListener("click", async () => {
    const text = document.getElementById(button.dataset.copy).textContent;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(button.dataset.copy));
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      document.execCommand("copy");
      selection.removeAllRanges();
    }
    button.textContent = "Copied";
    setTimeout(() => { button.textContent = "Copy"; }, 1500);
  });
}
"""


def public_endpoints(app: Blocks) -> list[Dependency]:
    """The endpoints ``view_api()`` lists, in the app's order."""
    return [dep for dep in app.dependencies if is_callable(dep) and dep.api_visibility == "public"]


def _json_example(value: Any) -> Any:
    """An example input as curl sends it; a file names what ``/upload`` returned."""
    if is_file_value(value):
        return {"path": "<path from gradio_api/upload>", "meta": {"_type": "gradio.FileData"}}
    if isinstance(value, list):
        return [_json_example(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_example(v) for k, v in value.items()}
    return value


def python_snippet(dep: Dependency, info: dict[str, Any], *, auth: bool) -> str:
    """gradio_client code calling ``dep`` (the server's address as ``_URL``)."""
    return snippet("", dep, auth=auth, info=info, url_source=f'"{_URL}"')


def curl_snippet(dep: Dependency, info: dict[str, Any], *, auth: bool) -> str:
    """Two curl calls: POST the inputs, then read the answer by its event id (a command
    substitution, so it works in bash and zsh alike)."""
    data = json.dumps({"data": [_json_example(p["example_input"]) for p in info["parameters"]]}, indent=2)
    data = data.replace("'", "'\\''")
    name = dep.api_name
    cookies = ""
    lines = []
    if auth:
        lines.append(f'curl -s -o /dev/null -c cookies.txt -X POST {_URL}login -d "username=USERNAME&password=PASSWORD"')
        cookies = " -b cookies.txt"
    lines.append(f"EVENT_ID=$(curl -s{cookies} -X POST {_URL}gradio_api/call/{name} -H \"Content-Type: application/json\" -d '{data}' \\")
    lines.append("  | awk -F'\"' '{ print $4 }')")
    lines.append(f"curl -N{cookies} {_URL}gradio_api/call/{name}/$EVENT_ID")
    return "\n".join(lines)


def _code(text: str, block_id: str) -> str:
    body = html.escape(text).replace(html.escape(_URL), '<span data-base-url>&lt;app url&gt;/</span>')
    return (
        f'<div class="snippet"><pre><code id="{block_id}">{body}</code></pre>'
        f'<button type="button" data-copy="{block_id}" aria-label="Copy">Copy</button></div>'
    )


def _parameters(info: dict[str, Any]) -> str:
    params = info["parameters"]
    if not params:
        return '<p class="note">Takes no parameters.</p>'
    rows = []
    for p in params:
        if p["parameter_has_default"]:
            default = f'Default: <code>{html.escape(python_literal(p["parameter_default"]))}</code>'
        else:
            default = '<span class="required">Required</span>'
        rows.append(
            "<tr>"
            f'<td><code>{html.escape(str(p["parameter_name"]))}</code></td>'
            f'<td><code class="type">{html.escape(str(p["python_type"]["type"]))}</code></td>'
            f"<td>{default}</td>"
            f'<td>{html.escape(str(p["component"]))} “{html.escape(str(p["label"]))}”</td>'
            f'<td><code>{html.escape(python_literal(p["example_input"]))}</code></td>'
            "</tr>"
        )
    head = "<tr><th>Parameter</th><th>Type</th><th></th><th>Component</th><th>Example input</th></tr>"
    return f"<table>{head}{''.join(rows)}</table>"


def _returns(info: dict[str, Any]) -> str:
    returns = info["returns"]
    if not returns:
        return '<p class="note">Returns nothing.</p>'
    cells = [
        f'<tr><td>{f"[{i}]" if len(returns) > 1 else ""}</td>'
        f'<td><code class="type">{html.escape(str(r["python_type"]["type"]))}</code></td>'
        f'<td>{html.escape(str(r["component"]))} “{html.escape(str(r["label"]))}”</td></tr>'
        for i, r in enumerate(returns)
    ]
    shape = f"a tuple of {len(returns)} elements" if len(returns) > 1 else "one value"
    return f'<p class="note">Returns {shape}.</p><table>{"".join(cells)}</table>'


def api_page_html(app: Blocks, *, nonce: str, auth: bool = False, username: str | None = None) -> str:
    """The API page of ``app``; ``nonce`` goes on its one inline script; with ``auth``, the
    logged-in ``username`` and a logout link are shown."""
    endpoints = public_endpoints(app)
    sections = []
    for index, dep in enumerate(endpoints):
        info = endpoint_info(dep)
        label = endpoint_label(dep)
        description = f'<p class="description">{html.escape(info["description"])}</p>' if info.get("description") else ""
        kind = '<p class="note">A generator: the client receives every value it yields.</p>' if is_generator(dep) else ""
        sections.append(
            f'<section class="endpoint" data-api-name="{html.escape(label)}">'
            f"<h2>api_name: {html.escape(label)}</h2>{description}{kind}"
            f"<h3>Python</h3>{_code(python_snippet(dep, info, auth=auth), f'py-{index}')}"
            f"<h3>curl</h3>{_code(curl_snippet(dep, info, auth=auth), f'curl-{index}')}"
            f"<h3>Parameters</h3>{_parameters(info)}"
            f"<h3>Returns</h3>{_returns(info)}"
            "</section>"
        )
    account = ""
    if auth:
        account = f'<span class="note">{html.escape(username or "")}</span> <a href="logout">Logout</a> · '
    count = len(endpoints)
    title = html.escape(app.title or "nbblocks")
    intro = (
        f'<p class="intro">{count} API endpoint{"s" if count != 1 else ""}. Call {"them" if count != 1 else "it"} from Python with '
        '<code>pip install gradio_client</code>, or with curl. The machine-readable description is at '
        '<a href="gradio_api/info">gradio_api/info</a>.</p>'
    )
    if not endpoints:
        intro = '<p class="intro">This app has no public API endpoints.</p>'
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n"
        f"<title>API · {title}</title>\n<style>{API_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f'<header><h1>API documentation · {title}</h1><nav>{account}<a href="./">Back to the app</a></nav></header>\n'
        f"{intro}\n{''.join(sections)}\n</main>\n"
        f'<script nonce="{html.escape(nonce)}">{API_SCRIPT}</script>\n</body>\n</html>\n'
    )
