"""The login page of an app served with ``auth=``: plain HTML, inline styles, no script.

It is what a browser gets at ``/`` (and ``/login``) before logging in. The form posts
``username`` and ``password`` to ``login`` (relative, so it works under ``root_path``
and behind a proxy), as Gradio's login form does; ``next`` carries the page's query
(``view=api``) so the browser comes back to what it asked for.
"""

from __future__ import annotations

import html

LOGIN_STYLE = """
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; min-height: 100%; }
body { background: #f9fafb; color: #1f2937; font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  display: flex; align-items: center; justify-content: center; min-height: 100vh; padding: 16px; }
main { width: 100%; max-width: 380px; background: #ffffff; border: 1px solid #e5e7eb; border-radius: 12px;
  padding: 28px 24px; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.06); }
h1 { font-size: 1.25rem; margin: 0 0 16px; font-weight: 600; }
.message { margin: 0 0 16px; color: #374151; line-height: 1.5; }
label { display: block; font-size: 0.875rem; font-weight: 500; margin: 12px 0 4px; color: #374151; }
input[type=text], input[type=password] { width: 100%; padding: 9px 11px; border: 1px solid #d1d5db; border-radius: 8px;
  font: inherit; color: inherit; background: #ffffff; }
input:focus { outline: 2px solid #f97316; outline-offset: 0; border-color: #f97316; }
button { margin-top: 20px; width: 100%; padding: 10px; border: 0; border-radius: 8px; background: #f97316; color: #ffffff;
  font: inherit; font-weight: 600; cursor: pointer; }
button:hover { background: #ea580c; }
button:focus-visible { outline: 2px solid #1f2937; outline-offset: 2px; }
.error { margin: 0 0 12px; padding: 9px 11px; border-radius: 8px; background: #fef2f2; color: #b91c1c; border: 1px solid #fecaca; }
"""


def login_html(title: str, auth_message: str | None, *, error: str | None = None, next_query: str = "",
               username: str = "") -> str:
    """The login page. ``auth_message`` is the app author's HTML, shown as Gradio shows it;
    everything a client sent (``username``, ``next``) is escaped."""
    message = f'<div class="message">{auth_message}</div>\n' if auth_message else ""
    problem = f'<p class="error" role="alert">{html.escape(error)}</p>\n' if error else ""
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<link rel=\"icon\" href=\"data:,\">\n"
        f"<title>Login · {html.escape(title)}</title>\n<style>{LOGIN_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{html.escape(title)}</h1>\n{message}{problem}"
        "<form method=\"post\" action=\"login\">\n"
        "<label for=\"username\">Username</label>\n"
        "<input type=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" required autofocus"
        f" value=\"{html.escape(username)}\">\n"
        "<label for=\"password\">Password</label>\n"
        "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n"
        f"<input type=\"hidden\" name=\"next\" value=\"{html.escape(next_query)}\">\n"
        "<button type=\"submit\">Login</button>\n</form>\n</main>\n</body>\n</html>\n"
    )
