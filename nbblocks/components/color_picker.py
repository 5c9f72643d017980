"""gr.ColorPicker: a colour as a hex string, picked with the browser's own picker or typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..events import Events
from ._text import TextValue, text_payload
from .base import Component, ComponentProps

__all__ = ["ColorPicker"]


class ColorPicker(TextValue, Component):
    """A colour as a ``str`` such as ``"#ff8800"``. The page sends lowercase ``#rrggbb``;
    a function may return any string (it is shown as the browser reads it as a CSS colour)."""

    EVENTS = [Events.change, Events.input, Events.release, Events.submit, Events.focus, Events.blur]
    VIEW = "colorpicker"

    def __init__(self, value: str | Callable[..., Any] | None = None, **props: Unpack[ComponentProps]):
        super().__init__(value, **props)

    def preprocess(self, payload: str | None) -> str | None:
        """Passes the colour as a hex ``str``."""
        return text_payload(self, payload, "a colour as text")

    def postprocess(self, value: Any) -> str | None:
        """Takes a colour ``str`` (hex, or any CSS colour); other values become ``str(value)``."""
        return None if value is None else str(value)

    def example_payload(self) -> Any:
        return "#000000"

    def example_value(self) -> Any:
        return "#000000"
