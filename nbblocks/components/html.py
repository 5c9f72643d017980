"""gr.HTML: raw HTML shown in the app (scripts in it do not run)."""

from __future__ import annotations

from typing import Any, Callable

from typing_extensions import Unpack

from ..events import Events
from ._text import TextValue
from .base import Component, ComponentProps

__all__ = ["HTML"]


class HTML(TextValue, Component):
    """An HTML snippet set as the element's content."""

    EVENTS = [Events.change, Events.click]
    VIEW = "html"

    def __init__(
        self,
        value: str | Callable | None = None,
        *,
        min_height: int | None = None,
        max_height: int | None = None,
        padding: bool = True,
        **props: Unpack[ComponentProps],
    ):
        self.min_height = min_height
        self.max_height = max_height
        self.padding = padding
        props.setdefault("show_label", False)
        props.setdefault("container", False)
        super().__init__(value, **props)

    def preprocess(self, payload: str | None) -> str | None:
        """Passes the HTML source."""
        return payload

    def postprocess(self, value: Any) -> str:
        return "" if value is None else str(value)

    def example_payload(self) -> Any:
        return "<p>Hello</p>"

    def example_value(self) -> Any:
        return "<p>Hello</p>"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"min_height": self.min_height, "max_height": self.max_height, "padding": self.padding}
