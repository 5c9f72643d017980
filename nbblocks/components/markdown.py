"""gr.Markdown: Markdown rendered in the browser."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..events import Events
from ._text import TextValue
from .base import Component, ComponentProps

__all__ = ["Markdown"]


class Markdown(TextValue, Component):
    """Markdown text. ``sanitize_html`` (default True) strips scripts; ``line_breaks``
    turns single newlines into breaks; ``header_links`` adds anchors to headings."""

    EVENTS = [Events.change, Events.copy]
    VIEW = "markdown"

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        *,
        rtl: bool = False,
        latex_delimiters: list[dict[str, Any]] | None = None,
        sanitize_html: bool = True,
        line_breaks: bool = False,
        header_links: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        buttons: list[str] | None = None,
        show_copy_button: bool = False,
        padding: bool = False,
        **props: Unpack[ComponentProps],
    ):
        self.rtl = rtl
        self.latex_delimiters = latex_delimiters if latex_delimiters is not None else [{"left": "$$", "right": "$$", "display": True}]
        self.sanitize_html = sanitize_html
        self.line_breaks = line_breaks
        self.header_links = header_links
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        self.buttons = list(buttons) if buttons is not None else (["copy"] if show_copy_button else [])
        self.padding = padding
        props.setdefault("container", False)
        props.setdefault("show_label", False)
        super().__init__(value, **props)

    def preprocess(self, payload: str | None) -> str | None:
        """Passes the Markdown source."""
        return payload

    def postprocess(self, value: Any) -> str:
        """Dedents the text (``inspect.cleandoc``) so triple-quoted strings render right."""
        return "" if value is None else inspect.cleandoc(str(value))

    def api_default(self) -> Any:
        """As Gradio's ``/config``: no value (or None) is None there, not the empty text."""
        return None if self._constructor_args.get("value") is None and self.value == "" else self.value

    def example_payload(self) -> Any:
        return "# Hello!"

    def example_value(self) -> Any:
        return "# Hello!"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "rtl": self.rtl, "latex_delimiters": self.latex_delimiters,
            "sanitize_html": self.sanitize_html, "line_breaks": self.line_breaks,
            "header_links": self.header_links, "height": self.height,
            "max_height": self.max_height, "min_height": self.min_height,
            "buttons": self.buttons, "padding": self.padding,
        }
