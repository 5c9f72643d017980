"""gr.Dialogue: a conversation between several speakers, one line per turn (a diarized
transcript, the script of a text-to-speech model), or the same as plain text.

The value crosses to the page as Gradio 6.31's ``DialogueModel``: a list of
``{"speaker", "text"}`` lines, or a string (what a person typed in the plain-text view).
With ``type="text"`` the function receives one string, each line written by
``formatter`` (``"[speaker] text"`` by default) and joined with ``separator``; with
``type="list"`` it receives the lines as dicts. The page turns lines into text and back
through the server functions ``format`` and ``unformat``, so a custom ``formatter`` and
``unformatter`` (Python functions) decide both directions.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from ..data_classes import GradioModel, GradioRootModel
from ..events import Events
from ..exceptions import Error, InvalidComponentError
from ._buttons import check_buttons
from .base import Component, ComponentProps, component_name, server

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["Dialogue"]

UI_MODES = ("dialogue", "text", "both")
DEFAULT_INFO = "Type colon (:) in the dialogue line to see the available tags"


# No docstrings on the two models: pydantic would put them into the API schema, which
# matches Gradio's.
class DialogueLine(GradioModel):
    # one turn: who speaks, and what they say
    speaker: str
    text: str


class DialogueModel(GradioRootModel):
    # the lines, or the conversation as one string (the plain-text view's text)
    root: list[DialogueLine] | str


def _kind(value: Any) -> str:
    return type(value).__name__


def _text_list(value: Any, owner: str, field: str) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str) or not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{owner}: {field} must be a list of strings, got {value!r}")
    return list(value)


class Dialogue(Component):
    """Shows or collects a conversation: one line per turn with a speaker chosen from
    ``speakers`` and its text, or the whole as plain text (``ui_mode``). Typing ``:`` in a
    line offers ``tags``; a static dialogue tints each speaker's lines (``color_map``)."""

    EVENTS = [Events.change, Events.input, Events.submit]
    submit: BoundListener  # made by ComponentMeta from EVENTS
    VIEW = "dialogue"
    data_model = DialogueModel

    # label and info have Dialogue's own defaults; **props are the other ComponentProps
    def __init__(  # type: ignore[misc]  # see above
        self,
        value: list[dict[str, str]] | str | Callable[..., Any] | None = None,
        *,
        type: Literal["list", "text"] = "text",
        speakers: list[str] | None = None,
        formatter: Callable[[str, str], str] | None = None,
        unformatter: Callable[..., dict[str, str]] | None = None,
        tags: list[str] | None = None,
        separator: str = "\n",
        color_map: dict[str, str] | None = None,
        label: str | None = "Dialogue",
        info: str | None = DEFAULT_INFO,
        placeholder: str | None = None,
        autofocus: bool = False,
        autoscroll: bool = True,
        max_lines: int | None = None,
        buttons: list[Literal["copy"]] | None = None,
        submit_btn: str | bool | None = False,
        ui_mode: Literal["dialogue", "text", "both"] = "both",
        **props: Unpack[ComponentProps],
    ):
        owner = f"Dialogue '{label}'" if label else "Dialogue"
        if type not in ("list", "text"):
            raise ValueError(f"{owner}: type must be 'list' or 'text', got {type!r}")
        if ui_mode not in UI_MODES:
            raise ValueError(f"{owner}: ui_mode must be one of 'dialogue', 'text', 'both', got {ui_mode!r}")
        if not isinstance(separator, str) or separator.strip(" ") == "":
            raise ValueError(f"{owner}: separator must be a string other than '' and ' ' that joins the lines "
                             f"(such as '\\n'), got {separator!r}")
        for name, fn in (("formatter", formatter), ("unformatter", unformatter)):
            if fn is not None and not callable(fn):
                raise ValueError(f"{owner}: {name} must be a function or None, got {_kind(fn)}")
        if color_map is not None and (not isinstance(color_map, Mapping)
                                      or not all(isinstance(k, str) and isinstance(v, str) for k, v in color_map.items())):
            raise ValueError(f"{owner}: color_map must map speaker names to CSS colours, such as {{'Ann': 'red'}}, got {color_map!r}")
        if max_lines is not None and (isinstance(max_lines, bool) or not isinstance(max_lines, int) or max_lines < 1):
            raise ValueError(f"{owner}: max_lines must be a positive int or None, got {max_lines!r}")
        self.type = type
        self.speakers = _text_list(speakers, owner, "speakers")
        self.formatter = formatter
        self.unformatter = unformatter
        self.tags = _text_list(tags, owner, "tags") or []
        self.separator = separator
        self.color_map = dict(color_map) if color_map is not None else None
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.max_lines = max_lines
        self.buttons = check_buttons([] if buttons is None else buttons, owner, ("copy",))
        self.submit_btn = submit_btn
        self.ui_mode = ui_mode
        super().__init__(value, label=label, info=info, **props)
        if not self.interactive:
            self.info = None  # as Gradio 6.31: the hint about tags shows only on an interactive=True dialogue

    # -- lines and text ------------------------------------------------------------------

    def _lines(self, value: Any, field: str = "value") -> list[DialogueLine] | str:
        """The lines of a dialogue given as dicts (or models), or the string as it is."""
        if isinstance(value, DialogueModel):
            return value.root
        if isinstance(value, str):
            return value
        if isinstance(value, Mapping) or not isinstance(value, Sequence):
            raise Error(f"{component_name(self)}: {field} must be a list of {{'speaker': ..., 'text': ...}} dicts "
                        f"or a string, got {_kind(value)}")
        lines = []
        for i, line in enumerate(value):
            if isinstance(line, DialogueLine):
                lines.append(line)
                continue
            if not isinstance(line, Mapping):
                raise Error(f"{component_name(self)}: {field}[{i}] must be a dict with 'speaker' and 'text', got {_kind(line)}")
            for key in ("speaker", "text"):
                if key not in line:
                    raise Error(f"{component_name(self)}: {field}[{i}] has no {key!r} (each line is {{'speaker': ..., 'text': ...}})")
                if not isinstance(line[key], str):
                    raise Error(f"{component_name(self)}: {field}[{i}]['{key}'] must be a string, got {_kind(line[key])}")
            lines.append(DialogueLine(speaker=line["speaker"], text=line["text"]))
        return lines

    def _format(self, root: list[DialogueLine] | str) -> str:
        """The dialogue as one string: each line through ``formatter``, joined with ``separator``.
        No lines, or one line with no text, is the empty string (as Gradio 6.31)."""
        if isinstance(root, str):
            return root
        if not root or (len(root) == 1 and root[0].text == ""):
            return ""
        formatter = self.formatter or self.default_formatter
        parts = []
        for line in root:
            text = formatter(line.speaker, line.text)
            if not isinstance(text, str):
                raise Error(f"{component_name(self)}: formatter must return a string, returned {_kind(text)} for {line.speaker!r}")
            parts.append(text)
        return self.separator.join(parts)

    @staticmethod
    def default_formatter(speaker: str, text: str) -> str:
        return f"[{speaker}] {text}"

    @staticmethod
    def default_unformatter(line: str, default_speaker: str) -> dict[str, str]:
        """``"[speaker] text"`` back into its parts; a line without a ``[speaker]`` is
        spoken by ``default_speaker``."""
        line = line.strip()
        if not line:
            return {"speaker": "", "text": ""}
        if line.startswith("[") and "]" in line:
            end = line.index("]")
            return {"speaker": line[1:end], "text": line[end + 1:].strip()}
        return {"speaker": default_speaker, "text": line}

    def _unformat_line(self, line: str, default_speaker: str) -> Any:
        fn = self.unformatter
        if fn is None:
            return self.default_unformatter(line, default_speaker)
        try:
            takes_two = len(inspect.signature(fn).parameters) >= 2
        except (TypeError, ValueError):  # a builtin without a signature: call it as Gradio does
            takes_two = True
        return fn(line, default_speaker) if takes_two else fn(line)

    # -- what the page asks for ------------------------------------------------------------

    @server
    def format(self, value: Any) -> str:
        """The lines the page holds as one string (the plain-text view, the copy button)."""
        try:
            model = DialogueModel.model_validate(value)
        except ValueError:
            raise InvalidComponentError(f"{component_name(self)}: format() takes a list of {{'speaker', 'text'}} lines or a string, "
                                        f"got {_kind(value)}") from None
        return self._format(model.root)

    @server
    def unformat(self, payload: Any) -> list[dict[str, str]]:
        """The plain-text view's text (``{"text": ...}``) back into lines: split at
        ``separator``, each non-blank piece through ``unformatter``; a piece without a
        speaker goes to the first of ``speakers`` ("Unknown" without speakers)."""
        if not isinstance(payload, Mapping) or not isinstance(payload.get("text", ""), str):
            raise InvalidComponentError(f"{component_name(self)}: unformat() takes {{'text': <the dialogue as a string>}}, "
                                        f"got {str(payload)[:80]!r}")
        text = payload.get("text") or ""
        if not text.strip():
            return []
        default_speaker = self.speakers[0] if self.speakers else "Unknown"
        lines = []
        for piece in text.split(self.separator):
            piece = piece.strip()
            if not piece:
                continue
            parsed = self._unformat_line(piece, default_speaker)
            if (not isinstance(parsed, Mapping) or not isinstance(parsed.get("speaker"), str)
                    or not isinstance(parsed.get("text"), str)):
                raise Error(f"{component_name(self)}: unformatter must return {{'speaker': str, 'text': str}}, "
                            f"returned {str(parsed)[:80]!r} for {piece[:80]!r}")
            if parsed["speaker"] or parsed["text"]:
                lines.append({"speaker": parsed["speaker"], "text": parsed["text"]})
        return lines

    # -- the two conversions ---------------------------------------------------------------

    def preprocess(self, payload: DialogueModel | Any) -> str | list[dict[str, str]] | None:
        """``type="text"``: one string, the lines through ``formatter`` joined with
        ``separator`` (text typed in the plain-text view passes as it is). ``type="list"``:
        the lines as ``{"speaker", "text"}`` dicts (or that typed string)."""
        if payload is None:
            return None
        model: DialogueModel = payload if isinstance(payload, DialogueModel) else self.payload_from_json(payload)
        if self.type == "list":
            return model.model_dump()  # type: ignore[no-any-return]  # pydantic's dump of list[DialogueLine] | str
        return self._format(model.root)

    def postprocess(self, value: Any) -> DialogueModel | None:
        """Takes a list of ``{"speaker", "text"}`` dicts (other keys are dropped) or a string,
        which the page shows as plain text (or splits with ``unformat``)."""
        if value is None:
            return None
        return DialogueModel(root=self._lines(value))

    def as_example(self, value: Any) -> Any:
        """Gradio's name: the example as a function would receive it."""
        return self.preprocess(DialogueModel(root=self._lines(value, "example")))

    def process_example(self, value: Any) -> Any:
        """An examples table shows the dialogue as text, each line through ``formatter``."""
        if value is None:
            return None
        return self._format(self._lines(value, "example"))

    def api_info(self) -> dict[str, Any]:
        return DialogueModel.model_json_schema() | {"additional_description": None}

    def example_payload(self) -> Any:
        return [{"speaker": "Speaker 1", "text": "Hello, how are you?"},
                {"speaker": "Speaker 2", "text": "I'm fine, thank you!"}]

    def example_value(self) -> Any:
        return self.example_payload()

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "type": self.type, "speakers": self.speakers, "tags": self.tags, "separator": self.separator,
            "color_map": self.color_map, "placeholder": self.placeholder, "autofocus": self.autofocus,
            "autoscroll": self.autoscroll, "max_lines": self.max_lines, "buttons": self.buttons,
            "submit_btn": self.submit_btn, "ui_mode": self.ui_mode,
        }
