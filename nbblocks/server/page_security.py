"""The headers every HTML page of the server carries: a Content Security Policy that
allows only what the page needs, and ``nosniff``.

One place decides what a page of this server may load, so the login page, the API page
and the app's page (``GET /``) agree. A page route answers with ``html_response(...)``;
a page that has its own inline ``<script>`` passes the ``nonce`` it put on that tag
(``new_nonce()``), so that no other inline script runs. Nothing from another origin is
allowed: images, media and fonts come from this server or from ``blob:``/``data:``
URLs the page made itself; requests go only to this server.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping

from starlette.responses import HTMLResponse

__all__ = ["content_security_policy", "html_response", "new_nonce", "PAGE_HEADERS"]

#: Headers of every HTML answer besides the policy: no MIME sniffing, no caching (a
#: page may show a user's name or values), no referrer to other sites.
PAGE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Referrer-Policy": "same-origin",
}


def new_nonce() -> str:
    """A fresh nonce for one page's inline ``<script nonce="...">``."""
    return secrets.token_urlsafe(18)


def content_security_policy(
    nonce: str | None = None,
    *,
    scripts: bool = True,
    eval_scripts: bool = False,
    inline_scripts: bool = False,
    frame_ancestors: str = "'self'",
) -> str:
    """The ``Content-Security-Policy`` value of an HTML page of this server.

    ``scripts=False``: no script at all (the login page). Otherwise scripts come from
    this server and ``blob:`` (the runtime imports view modules from blob URLs), plus
    the inline script that carries ``nonce``. ``eval_scripts`` adds ``'unsafe-eval'``,
    which an app page needs when it runs author code through ``Function`` (``js=``,
    ``gr.HTML(js_on_load=...)``) or a plot library that compiles expressions;
    ``inline_scripts`` allows every inline script (an author's ``head=`` with scripts),
    and then no nonce is sent, since browsers ignore ``'unsafe-inline'`` beside one.
    Styles may be inline (views and themes inject ``<style>``), images and media may be
    ``blob:``/``data:``; nothing comes from another origin.
    """
    if not scripts:
        script_src = "'none'"
    else:
        parts = ["'self'", "blob:"]
        if inline_scripts:
            parts.append("'unsafe-inline'")
        elif nonce is not None:
            parts.append(f"'nonce-{nonce}'")
        if eval_scripts:
            parts.append("'unsafe-eval'")
        script_src = " ".join(parts)
    directives = [
        "default-src 'self'",
        f"script-src {script_src}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' blob: data:",
        "media-src 'self' blob: data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "frame-src 'self' blob: data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        f"frame-ancestors {frame_ancestors}",
    ]
    return "; ".join(directives)


def html_response(
    body: str,
    *,
    status_code: int = 200,
    nonce: str | None = None,
    scripts: bool = True,
    eval_scripts: bool = False,
    inline_scripts: bool = False,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """An HTML page with the policy (``content_security_policy``) and ``PAGE_HEADERS``."""
    policy = content_security_policy(nonce, scripts=scripts, eval_scripts=eval_scripts, inline_scripts=inline_scripts)
    return HTMLResponse(
        body,
        status_code=status_code,
        headers={**PAGE_HEADERS, "Content-Security-Policy": policy, **(headers or {})},
    )
