"""gr.Code: a code editor (input) or viewer (output) with syntax highlighting.

The editor is CodeMirror 6, bundled into the ``code`` view only: its JavaScript loads when
a Code component is shown, never with the shared runtime.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from ._text import TextValue, text_payload
from .base import Component, ComponentProps, component_name

__all__ = ["Code"]

#: Gradio 6.31's ``gr.Code.languages``, in its order (None is plain text).
LANGUAGES: list[str | None] = [
    "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2",
    "typescript", "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL", "sql-mariaDB",
    "sql-sqlite", "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL", "sql-gql", "sql-gpSQL",
    "sql-sparkSQL", "sql-esper", None,
]

Language = Literal[
    "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2",
    "typescript", "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL", "sql-mariaDB",
    "sql-sqlite", "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL", "sql-gql", "sql-gpSQL",
    "sql-sparkSQL", "sql-esper",
]


class Code(TextValue, Component):
    """Code as a ``str``: highlighted for ``language``, ``lines`` tall (growing up to
    ``max_lines``), with copy and download buttons. Returned code is stripped of
    surrounding whitespace; typed code reaches the function as it is."""

    languages: ClassVar[list[str | None]] = LANGUAGES
    EVENTS = [Events.change, Events.input, Events.focus, Events.blur]
    VIEW = "code"

    def __init__(
        self,
        value: str | Callable[..., Any] | None = None,
        language: Language | None = None,
        *,
        lines: int = 5,
        max_lines: int | None = None,
        wrap_lines: bool = False,
        show_line_numbers: bool = True,
        autocomplete: bool = False,
        buttons: list[Literal["copy", "download"]] | None = None,
        **props: Unpack[ComponentProps],
    ):
        if language not in LANGUAGES:
            known = ", ".join(repr(x) for x in LANGUAGES)
            raise ValueError(f"Code: language {language!r} is not supported; use one of {known}")
        name = f"Code '{props['label']}'" if props.get("label") else "Code"
        self.language = language
        self.lines = lines
        self.max_lines = max(lines, max_lines) if max_lines is not None else None
        self.wrap_lines = wrap_lines
        self.show_line_numbers = show_line_numbers
        self.autocomplete = autocomplete
        self.buttons = check_buttons(buttons, name, ("copy", "download"))
        super().__init__(value, **props)

    def preprocess(self, payload: str | None) -> str | None:
        """Passes the code as a ``str``, exactly as typed (not stripped)."""
        return text_payload(self, payload, "code as text")

    def postprocess(self, value: Any) -> str | None:
        """Takes a ``str``; shows it stripped of leading and trailing whitespace."""
        if value is None:
            return None
        if isinstance(value, tuple):
            raise Error(f"{component_name(self)}: returning a file as a tuple is not supported (as in Gradio 6); "
                        "read the file and return its text")
        if not isinstance(value, str):
            raise Error(f"{component_name(self)}: expected code as a str, got {type(value).__name__}")
        return value.strip()

    def example_payload(self) -> Any:
        return "print('Hello World')"

    def example_value(self) -> Any:
        return "print('Hello World')"

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "language": self.language, "lines": self.lines, "max_lines": self.max_lines,
            "wrap_lines": self.wrap_lines, "show_line_numbers": self.show_line_numbers,
            "autocomplete": self.autocomplete, "buttons": self.buttons,
        }
