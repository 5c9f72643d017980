"""gr.Chatbot and gr.ChatMessage: a conversation in Gradio 6's messages format.

A message is ``{"role", "content", "metadata"?, "options"?}`` (or a ``gr.ChatMessage``);
its content is text, a file, a component, or a list of those. On the wire every message is
normalised to a list of parts (``docs/chat.md``); files go through the app's file cache.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import NotRequired, TypedDict, Unpack

from ..data_classes import FileData, GradioModel, GradioRootModel
from ..events import EditData, EventListener, Events
from ..exceptions import Error
from ._files import FileValue
from .base import Component, ComponentProps, component_name, serialize

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["Chatbot", "ChatMessage", "MessageDict"]

ROLES = ("user", "assistant", "system")
BUTTONS = ("copy", "copy_all")
LAYOUTS = ("bubble", "panel")
TUPLES_FORMAT = (
    "Gradio 4's tuples format ([[user, bot], ...]) is not supported; use the messages format: "
    '[{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!"}] '
    "or gr.ChatMessage objects"
)


class MetadataDict(TypedDict, total=False):
    """A message's metadata: a ``title`` makes it a collapsible thought; ``status``
    "pending" shows a spinner, "done" folds it; ``duration`` (seconds) and ``log`` show
    next to the title; ``id``/``parent_id`` nest thoughts."""

    title: str
    id: int | str
    parent_id: int | str
    log: str
    duration: float
    status: Literal["pending", "done"]


class OptionDict(TypedDict):
    """A clickable option under a message; ``option_select`` carries its ``value``."""

    value: str
    label: NotRequired[str]


class MessageDict(TypedDict):
    content: Any
    role: Literal["user", "assistant", "system"]
    metadata: NotRequired[MetadataDict]
    options: NotRequired[list[OptionDict]]


class ExampleMessage(TypedDict, total=False):
    """An example shown in an empty chat: ``text`` (sent when clicked), ``display_text``,
    ``icon`` (an image path or URL), ``files``."""

    icon: Any
    display_text: str
    text: str
    files: list[Any]


class TextMessage(GradioModel):
    text: str
    type: Literal["text"] = "text"


class FileMessage(GradioModel):
    file: FileData
    alt_text: str | None = None
    type: Literal["file"] = "file"


class ComponentMessage(GradioModel):
    component: str
    value: Any = None
    constructor_args: dict[str, Any] = {}
    props: dict[str, Any] = {}
    type: Literal["component"] = "component"


class Message(GradioModel):
    role: str
    metadata: dict[str, Any] | None = None
    content: list[TextMessage | FileMessage | ComponentMessage]
    options: list[dict[str, Any]] | None = None


class ChatbotDataMessages(GradioRootModel):
    root: list[Message]


@dataclasses.dataclass
class ChatMessage:
    """A message: ``content`` (text, a file dict, a component, or a list of those),
    ``role`` ("assistant" by default), ``metadata`` (a thought) and ``options``."""

    content: Any
    role: Literal["user", "assistant", "system"] = "assistant"
    metadata: MetadataDict = dataclasses.field(default_factory=lambda: MetadataDict())
    options: list[OptionDict] = dataclasses.field(default_factory=list)


Part = TextMessage | FileMessage | ComponentMessage


class Chatbot(FileValue, Component):
    """A conversation. The value is a list of messages (``{"role", "content"}`` dicts or
    ``gr.ChatMessage``); a function receives it normalised, each content a list of parts."""

    EVENTS = [
        Events.change, Events.select, Events.like, Events.retry, Events.undo, Events.example_select,
        Events.option_select, Events.clear, Events.copy,
        EventListener("edit", data_class=EditData, doc="Triggered when the user edits a message; carries gr.EditData."),
    ]
    # made by ComponentMeta from EVENTS
    like: BoundListener
    retry: BoundListener
    undo: BoundListener
    example_select: BoundListener
    option_select: BoundListener
    clear: BoundListener
    edit: BoundListener
    VIEW = "chatbot"
    data_model = ChatbotDataMessages
    accepts_uploads = False

    def __init__(
        self,
        value: list[Any] | Callable[..., Any] | None = None,
        *,
        autoscroll: bool = True,
        height: int | str | None = 400,
        resizable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: Literal["user", "all"] | None = None,
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        rtl: bool = False,
        buttons: list[str] | None = None,
        watermark: str | None = None,
        avatar_images: tuple[str | Path | None, str | Path | None] | None = None,
        sanitize_html: bool = True,
        render_markdown: bool = True,
        feedback_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        feedback_value: list[str | None] | None = None,
        line_breaks: bool = True,
        layout: Literal["panel", "bubble"] | None = None,
        placeholder: str | None = None,
        examples: list[ExampleMessage] | None = None,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: list[str] | bool = True,
        reasoning_tags: list[tuple[str, str]] | None = None,
        like_user_message: bool = False,
        type: Literal["messages", "tuples"] | None = None,
        show_copy_button: bool | None = None,
        show_copy_all_button: bool | None = None,
        show_share_button: bool | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"Chatbot '{props['label']}'" if props.get("label") else "Chatbot"
        _check_type(type, name)
        if editable not in (None, "user", "all"):
            raise ValueError(f"{name}: editable must be None, 'user' or 'all', got {editable!r}")
        if layout not in (None, *LAYOUTS):
            raise ValueError(f"{name}: layout must be 'bubble' or 'panel', got {layout!r}")
        if reasoning_tags is not None and not all(isinstance(t, (tuple, list)) and len(t) == 2 for t in reasoning_tags):
            raise ValueError(f"{name}: reasoning_tags must be a list of (open_tag, close_tag) pairs")
        self.autoscroll = autoscroll
        self.height = height
        self.resizable = resizable
        self.max_height = max_height
        self.min_height = min_height
        self.editable = editable
        self.latex_delimiters = latex_delimiters if latex_delimiters is not None else [{"left": "$$", "right": "$$", "display": True}]
        self.rtl = rtl
        self.buttons = _check_buttons(buttons, name, show_copy_button, show_copy_all_button, show_share_button)
        self.watermark = watermark
        self.sanitize_html = sanitize_html
        self.render_markdown = render_markdown
        self.feedback_options = list(feedback_options) if feedback_options is not None else None
        self.feedback_value = list(feedback_value) if feedback_value is not None else None
        self.line_breaks = line_breaks
        self.layout = layout
        self.placeholder = placeholder
        self.allow_file_downloads = allow_file_downloads
        self.group_consecutive_messages = group_consecutive_messages
        self.allow_tags = allow_tags if allow_tags else False
        self.reasoning_tags: list[tuple[str, str]] | None = [(t[0], t[1]) for t in reasoning_tags] if reasoning_tags else None
        self.like_user_message = like_user_message
        self._avatar_args = avatar_images
        self._example_args = examples
        super().__init__(value, **props)
        # Avatars and example icons are files the page shows: issued by the file cache.
        self.avatar_images: list[dict[str, Any] | None] = [None, None]
        if avatar_images is not None:
            if not isinstance(avatar_images, (tuple, list)) or len(avatar_images) != 2:
                raise ValueError(f"{name}: avatar_images must be a pair (user image, assistant image); either may be None")
            self.avatar_images = [self._static_file(a) for a in avatar_images]
        self.examples = self._examples(examples)

    # -- files the component itself shows ------------------------------------------------

    def _static_file(self, value: Any) -> dict[str, Any] | None:
        if value is None:
            return None
        return self.file_out(str(value) if isinstance(value, Path) else value).model_dump(mode="json")

    def _examples(self, examples: list[Any] | None) -> list[dict[str, Any]] | None:
        if examples is None:
            return None
        if not isinstance(examples, list):
            raise ValueError(f"{self.owner}: examples must be a list of dicts with 'text', 'display_text', 'icon', 'files'")
        out = []
        for example in examples:
            if isinstance(example, str):
                example = {"text": example}
            if not isinstance(example, dict):
                raise ValueError(
                    f"{self.owner}: an example must be a dict with 'text' (and 'display_text', 'icon', 'files'), got {example!r}"
                )
            item = dict(example)
            icon = item.get("icon")
            if isinstance(icon, (str, Path)):
                item["icon"] = self._static_file(icon)
            files = item.get("files")
            if files is not None:
                if not isinstance(files, list):
                    files = [files]
                item["files"] = [self._static_file(f) if isinstance(f, (str, Path)) else f for f in files]
            out.append(item)
        return out

    # -- the two conversions ---------------------------------------------------------------

    def preprocess(self, payload: ChatbotDataMessages | None) -> list[dict[str, Any]]:
        """Passes the messages as dicts ``{"role", "metadata", "content": [parts], "options"}``;
        a file part's ``file.path`` is the file on disk; a component part also has
        ``instance``, the component holding its preprocessed value."""
        if payload is None:
            return []
        if not isinstance(payload, ChatbotDataMessages):
            raise Error(f"{self.owner}: data incompatible with the messages format")
        from .. import files

        cache = files.current()
        out = []
        for message in payload.root:
            parts = []
            for part in message.content:
                if isinstance(part, FileMessage):
                    entry = self.checked_entry(part.file)
                    data = part.file.model_dump()
                    if entry is not None:
                        data["path"] = cache.local_path(entry.handle)
                    parts.append({"file": data, "alt_text": part.alt_text, "type": "file"})
                elif isinstance(part, ComponentMessage):
                    parts.append(self._component_in(part))
                else:
                    parts.append(part.model_dump())
            out.append({"role": message.role, "metadata": message.metadata, "content": parts, "options": message.options})
        return out

    def _component_in(self, part: ComponentMessage) -> dict[str, Any]:
        from ._registry import component_class

        data = part.model_dump()
        try:
            cls, _ = component_class(_class_name(part.component))
        except ValueError:
            return data
        try:
            probe = cls(render=False, **_safe_args(part.constructor_args))
            raw = part.value
            if isinstance(raw, list) and getattr(probe, "file_count", None) == "single":
                raw = raw[0] if raw else None  # a File's value is shown as a list
            payload = probe.payload_from_json(raw)
            from .. import files

            if payload is not None and files.holds_files(probe) and not isinstance(probe, FileValue):
                payload = files.localize(payload, files.current(), component_name(probe))
            value = probe.preprocess(payload)
            data["instance"] = cls(value=value, render=False, **_safe_args(part.constructor_args))
        except Exception as exc:  # noqa: BLE001 - a warning names it; the part stays usable as data
            warnings.warn(f"{self.owner}: could not rebuild the {part.component} in a message ({exc})", UserWarning, stacklevel=2)
        return data

    def postprocess(self, value: Any) -> ChatbotDataMessages:
        """Takes a list of messages: dicts with ``role`` and ``content`` (text, a file dict
        ``{"path": ...}``, a component, or a list of those), ``gr.ChatMessage`` objects, or
        normalised messages as ``preprocess`` gives them."""
        if value is None:
            return ChatbotDataMessages([])
        if isinstance(value, ChatbotDataMessages):
            return value
        if not isinstance(value, (list, tuple)):
            raise Error(f"{self.owner}: expected a list of messages, got {type(value).__name__}. {TUPLES_FORMAT}")
        self._check_format(value)
        messages: list[Message] = []
        for item in value:
            messages.extend(self._message_out(item))
        return ChatbotDataMessages(messages)

    def _check_format(self, value: Any) -> None:
        for item in value:
            if isinstance(item, (ChatMessage, Message)):
                continue
            if isinstance(item, dict) and "role" in item and "content" in item:
                if item["role"] not in ROLES:
                    raise Error(f"{self.owner}: a message's role must be 'user', 'assistant' or 'system', got {item['role']!r}")
                continue
            tuples = isinstance(item, (list, tuple)) and len(item) == 2
            raise Error(
                f"{self.owner}: data incompatible with the messages format. "
                + (
                    TUPLES_FORMAT
                    if tuples
                    else f"Each message should be a dict with 'role' and 'content' keys or a gr.ChatMessage; got {item!r:.80}"
                )
            )

    def _message_out(self, message: Any) -> list[Message]:
        if isinstance(message, Message):
            return [message]
        options: list[Any] | None
        if isinstance(message, ChatMessage):
            role, content, metadata, options = message.role, message.content, dict(message.metadata), list(message.options)
        else:
            role, content = message["role"], message["content"]
            metadata, options = message.get("metadata"), message.get("options")
        items = content if isinstance(content, list) else [content]
        parts = [p for p in (self._part_out(item) for item in items) if p is not None]
        if not parts:
            return []
        metadata = dict(metadata) if metadata is not None else None
        options = [dict(o) for o in options] if options is not None else None
        if not self.reasoning_tags:
            return [Message(role=role, metadata=metadata, content=parts, options=options)]
        return self._split_reasoning(role, parts, metadata, options)

    def _part_out(self, item: Any) -> Part | None:
        if item is None:
            return None
        if isinstance(item, str):
            return TextMessage(text=cleandoc(item))
        if isinstance(item, (TextMessage, FileMessage)):
            return item if isinstance(item, TextMessage) else FileMessage(file=self._file(item.file), alt_text=item.alt_text)
        if isinstance(item, ComponentMessage):
            return item
        if isinstance(item, FileData):
            return FileMessage(file=self._file(item))
        if isinstance(item, Component):
            return self._component_out(item)
        if isinstance(item, (Path,)):
            return FileMessage(file=self._file(str(item)))
        if isinstance(item, tuple) and item and isinstance(item[0], (str, Path)):  # Gradio 5: (path, alt_text)
            return FileMessage(file=self._file(str(item[0])), alt_text=item[1] if len(item) > 1 else None)
        if isinstance(item, dict):
            kind = item.get("type")
            if kind == "text":
                return TextMessage(text=str(item.get("text", "")))
            if kind == "component":
                return ComponentMessage.model_validate(item)
            if "file" in item:
                return FileMessage(file=self._file(item["file"]), alt_text=item.get("alt_text"))
            if "path" in item:
                return FileMessage(file=self._file(item), alt_text=item.get("alt_text"))
        raise Error(f"{self.owner}: cannot show {type(item).__name__} {item!r:.80} in a message; "
                    "use text, a file dict {'path': ...}, a component, or a list of those")

    def _file(self, value: Any) -> FileData:
        """A file of a message, issued by the app's file cache (``own_file_out``)."""
        return self.own_file_out(value)

    def _component_out(self, comp: Component) -> ComponentMessage:
        """A component shown in a message: its view draws ``value`` with ``props``."""
        from .. import files

        args = {k: v for k, v in getattr(comp, "_constructor_args", {}).items() if k not in ("value", "render")}
        value = comp.value
        if files.holds_files(comp) and not isinstance(comp, FileValue):
            value = files.adopt_paths(value, files.current(), component_name(comp))
        config = comp.get_config()
        config.pop("value", None)
        name = type(comp).__name__.lower()
        if name == "file" and value is not None and not isinstance(value, list):
            value = [value]  # Gradio's chatbot shows a File's value as a list
        return ComponentMessage(component=name, value=serialize(value), constructor_args=_jsonable(args), props=_jsonable(config))

    def _split_reasoning(self, role: str, parts: list[Part], metadata: Any, options: Any) -> list[Message]:
        """``reasoning_tags``: tagged text becomes a thought titled "Reasoning" before the answer."""
        out: list[Message] = []
        others: list[Part] = [p for p in parts if not isinstance(p, TextMessage)]
        for part in parts:
            if not isinstance(part, TextMessage):
                continue
            for text, thinking, status in _extract_thinking(part.text, self.reasoning_tags or []):
                if thinking:
                    out.append(Message(role=role, metadata={"title": "Reasoning", "status": status}, content=[TextMessage(text=text)]))
                else:
                    out.append(Message(role=role, metadata=metadata, content=[TextMessage(text=text)], options=options))
        if others:
            out.append(Message(role=role, metadata=metadata, content=others, options=options))
        return out

    # -- the rest of the component contract -----------------------------------------------

    def example_payload(self) -> Any:
        return [
            Message(role="user", content=[TextMessage(text="Hello!")]).model_dump(),
            Message(role="assistant", content=[TextMessage(text="How can I help you?")]).model_dump(),
        ]

    def example_value(self) -> Any:
        return [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "How can I help you?"}]

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "autoscroll": self.autoscroll, "height": self.height, "resizable": self.resizable,
            "max_height": self.max_height, "min_height": self.min_height, "editable": self.editable,
            "latex_delimiters": self.latex_delimiters, "rtl": self.rtl, "buttons": self.buttons,
            "watermark": self.watermark, "avatar_images": self.avatar_images,
            "sanitize_html": self.sanitize_html, "render_markdown": self.render_markdown,
            "feedback_options": self.feedback_options, "feedback_value": self.feedback_value,
            "line_breaks": self.line_breaks, "layout": self.layout, "placeholder": self.placeholder,
            "examples": self.examples, "allow_file_downloads": self.allow_file_downloads,
            "group_consecutive_messages": self.group_consecutive_messages, "allow_tags": self.allow_tags,
            "reasoning_tags": self.reasoning_tags, "like_user_message": self.like_user_message,
        }


# -- helpers -------------------------------------------------------------------------------

_INDENT = re.compile(r"\n([^\S\n]*)(?=\S)")
_UNINDENTED = re.compile(r"\n\S")


def cleandoc(text: str) -> str:
    """``inspect.cleandoc`` (Gradio dedents every text message), in C-speed string
    operations: a streamed reply is cleaned again on every token."""
    if "\t" in text:
        return inspect.cleandoc(text)  # tabs expand to columns
    # A line after the first that starts with text: nothing to dedent (prose, mostly).
    margin = 0 if _UNINDENTED.search(text) else min(map(len, _INDENT.findall(text)), default=0)
    first, newline, rest = text.partition("\n")
    first = first.lstrip()
    if margin:
        rest = re.sub(rf"\n[^\S\n]{{0,{margin}}}", "\n", "\n" + rest)[1:]
    out = f"{first}{newline}{rest}".rstrip("\n") if newline else first
    return out if first else out.lstrip("\n")


def _check_type(type: Any, owner: str) -> None:
    """Gradio 5 notebooks pass ``type="messages"``: accepted (it is the only format)."""
    if type is None:
        return
    if type == "messages":
        warnings.warn(f"{owner}: type='messages' is the only format in Gradio 6 and nbblocks; remove the argument",
                      DeprecationWarning, stacklevel=4)
        return
    if type == "tuples":
        raise ValueError(f"{owner}: type='tuples' is not supported. {TUPLES_FORMAT}")
    raise ValueError(f"{owner}: type must be 'messages', got {type!r}")


def _check_buttons(buttons: Any, owner: str, copy: bool | None, copy_all: bool | None, share: bool | None) -> list[str]:
    if buttons is None:
        buttons = list(BUTTONS)
        if copy is False:
            buttons.remove("copy")
        if copy_all is False:
            buttons.remove("copy_all")
    if isinstance(buttons, str) or not isinstance(buttons, (list, tuple)):
        raise ValueError(f"{owner}: buttons must be a list such as ['copy', 'copy_all'], got {buttons!r}")
    for b in buttons:
        if b == "share":
            raise ValueError(f"{owner}: the 'share' button (to Hugging Face Spaces discussions) is not available in "
                             "nbblocks; use buttons=['copy', 'copy_all']")
        if not isinstance(b, str):
            raise ValueError(f"{owner}: custom buttons are not supported; buttons takes names from {list(BUTTONS)!r}")
        if b not in BUTTONS:
            raise ValueError(f"{owner}: unknown button {b!r}; buttons takes names from {list(BUTTONS)!r}")
    return list(buttons)


def _class_name(component: str) -> str:
    return {"json": "JSON", "html": "HTML"}.get(component.lower(), component)


def _safe_args(args: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in (args or {}).items() if k not in ("value", "render")}


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Only what can travel as JSON (a component's arguments may hold functions)."""
    import json

    out = {}
    for key, value in values.items():
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            dump = getattr(value, "to_json", None) or getattr(value, "model_dump", None)
            if callable(dump):
                try:
                    value = dump()
                    json.dumps(value)
                except Exception:  # noqa: BLE001 - any failure of a third-party serializer: the key is left out
                    continue
            else:
                continue
        out[key] = value
    return out


def _extract_thinking(content: str, tags: list[tuple[str, str]]) -> list[tuple[str, bool, str]]:
    """(text, is_thinking, status) segments in order; an unclosed tag is still "pending"."""
    patterns = [f"({re.escape(o)})(.*?)(?:{re.escape(c)}|$)" for o, c in tags]
    segments: list[tuple[str, bool, str]] = []
    last = 0
    for match in re.finditer("|".join(patterns), content, re.DOTALL):
        if match.start() > last:
            prose = content[last:match.start()].strip()
            if prose:
                segments.append((prose, False, "done"))
        thinking = None
        for i in range(1, len(match.groups()), 2):
            if match.group(i + 1) is not None:
                thinking = match.group(i + 1).strip()
                break
        if thinking:
            pending = not any(match.group(0).endswith(close) for _, close in tags)
            segments.append((thinking, True, "pending" if pending else "done"))
        last = match.end()
    if last < len(content):
        prose = content[last:].strip()
        if prose:
            segments.append((prose, False, "done"))
    return segments
