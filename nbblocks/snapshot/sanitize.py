"""A small allow-list HTML sanitiser for ``gr.HTML`` values in a snapshot: known
formatting tags stay, with no attributes but a plain ``http(s)``/``mailto`` link target;
scripts, styles, frames and their content go; every text is escaped again."""

from __future__ import annotations

import html
from html.parser import HTMLParser

ALLOWED = frozenset(
    [
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl", "dt", "em", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    ]
)
VOID = frozenset({"br", "hr"})
DROPPED = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "textarea", "title"})


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            self.skipping += 1
            return
        if self.skipping or tag not in ALLOWED:
            return
        extra = ""
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.strip().lower().startswith(("http://", "https://", "mailto:")):
                extra = f' href="{html.escape(href, quote=True)}" rel="noopener noreferrer"'
        self.out.append(f"<{tag}{extra}>")
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID and not self.skipping:
            self.out.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping or tag not in self.open:
            return
        while self.open:
            top = self.open.pop()
            self.out.append(f"</{top}>")
            if top == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(html.escape(data, quote=False))


def sanitize_html(text: str) -> str:
    """``text`` with only harmless formatting left (see the module docstring)."""
    cleaner = _Cleaner()
    cleaner.feed(text)
    cleaner.close()
    return "".join(cleaner.out) + "".join(f"</{t}>" for t in reversed(cleaner.open))
