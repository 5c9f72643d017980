"""gr.Textbox: one line or many lines of text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import InvalidComponentError
from ._text import TextValue
from .base import ComponentProps, FormComponent, component_name

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["Textbox", "TextArea", "Text"]


class Textbox(TextValue, FormComponent):
    """Creates a textarea for text input or output.

    ``lines`` rows are shown, growing up to ``max_lines``; ``type`` is "text", "password"
    or "email"; ``buttons=["copy"]`` adds a copy button; Enter in a one-line box fires
    ``submit``.
    """

    EVENTS = [Events.change, Events.input, Events.select, Events.submit, Events.focus, Events.blur, Events.stop, Events.copy]
    submit: BoundListener  # made by ComponentMeta from EVENTS
    stop: BoundListener
    VIEW = "textbox"

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        *,
        type: Literal["text", "password", "email"] = "text",
        lines: int = 1,
        max_lines: int | None = None,
        placeholder: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        text_align: Literal["left", "right"] | None = None,
        rtl: bool = False,
        buttons: list[str] | None = None,
        show_copy_button: bool = False,
        max_length: int | None = None,
        submit_btn: str | bool | None = False,
        stop_btn: str | bool | None = False,
        html_attributes: dict[str, Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        if type not in ("text", "password", "email"):
            raise ValueError(f"Textbox: type must be 'text', 'password' or 'email', got {type!r}")
        self.type = type
        self.lines = lines
        self.max_lines = max_lines if max_lines is not None else (1 if type in ("password", "email") else max(lines, 20))
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.text_align = text_align
        self.rtl = rtl
        self.buttons = list(buttons) if buttons is not None else (["copy"] if show_copy_button else [])
        self.max_length = max_length
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        self.html_attributes = html_attributes
        super().__init__(value, **props)

    def preprocess(self, payload: str | None) -> str | None:
        """Passes the text as a ``str``."""
        if payload is None:
            return None
        if not isinstance(payload, str):
            raise InvalidComponentError(f"{component_name(self)} expects text, got {type(payload).__name__}")
        if self.max_length is not None and len(payload) > self.max_length:
            raise InvalidComponentError(f"{component_name(self)}: text longer than max_length={self.max_length}")
        return payload

    def postprocess(self, value: Any) -> str:
        """Shows ``str(value)``; None shows an empty box."""
        return "" if value is None else str(value)

    def api_default(self) -> Any:
        """As Gradio's ``/config``: no value (or None) is None there, not the empty text."""
        return None if self._constructor_args.get("value") is None and self.value == "" else self.value

    def example_payload(self) -> Any:
        return "Hello!!"

    def example_value(self) -> Any:
        return "Hello!!"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "type": self.type, "lines": self.lines, "max_lines": self.max_lines,
            "placeholder": self.placeholder, "autofocus": self.autofocus,
            "autoscroll": self.autoscroll, "text_align": self.text_align, "rtl": self.rtl,
            "buttons": self.buttons, "max_length": self.max_length,
            "submit_btn": self.submit_btn, "stop_btn": self.stop_btn,
            "html_attributes": self.html_attributes,
        }


class TextArea(Textbox):
    """Gradio's template for long text: a ``Textbox`` with ``lines=7, max_lines=20``."""

    API_TYPE = "textbox"

    def __init__(self, value: str | Callable[..., Any] | None = None, *, lines: int = 7, max_lines: int | None = 20, **kwargs: Any):
        super().__init__(value, lines=lines, max_lines=max_lines, **kwargs)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"name": "textbox"}


#: ``gr.Text`` is another name of ``gr.Textbox``, as in Gradio.
Text = Textbox
