"""``gr.ChatInterface``: a chat app around ``fn(message, history, *additional_inputs)``.

Built from ordinary blocks and listeners in Gradio's layout and with Gradio's event graph
(``docs/chat.md``): submitting moves the message into the chat at once, then runs ``fn``
(streaming a generator's cumulative text into the reply) with the history the chat held
before; retry, undo, edit, clear, examples and options rewrite the history as Gradio does;
Stop cancels the running reply through the engine. The ``/chat`` endpoint serves the same
function over HTTP with the history kept per client session.
"""

from __future__ import annotations

import copy
import csv
import datetime
import functools
import inspect
import json
import os
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .blocks import Blocks
from .events import EditData, LikeData, SelectData
from .interface import _heading, _is_generator, _set_prop
from .updates import skip, update

if TYPE_CHECKING:
    from .components.chatbot import Chatbot
    from .components.multimodal_textbox import MultimodalTextbox
    from .components.textbox import Textbox
    from .layouts import Accordion

__all__ = ["ChatInterface"]

_UI = {"api_name": False, "api_visibility": "private"}


class ChatInterface(Blocks):
    """A chat UI for ``fn``: ``gr.ChatInterface(fn)``.

    ``fn(message, history, *additional_inputs)`` gets the message (a str, or ``{"text",
    "files"}`` with ``multimodal=True``) and the history before it (a list of message
    dicts), and returns or yields the reply: a str, a component, a message dict or
    ``gr.ChatMessage``, a list of those, or ``(reply, *additional_outputs)``. A generator
    yields the reply so far; each yield replaces it in the chat.
    """

    fn: Callable[..., Any]
    original_stop_btn: str | bool | None

    def __init__(
        self,
        fn: Callable[..., Any] | ChatInterface,
        *,
        multimodal: bool = False,
        chatbot: Chatbot | None = None,
        textbox: Textbox | MultimodalTextbox | None = None,
        additional_inputs: Any = None,
        additional_inputs_accordion: str | Accordion | None = None,
        additional_outputs: Any = None,
        editable: bool = False,
        examples: list[Any] | None = None,
        examples_label: str | None = "Examples",
        example_labels: list[str] | None = None,
        example_icons: list[str] | None = None,
        run_examples_on_click: bool = True,
        cache_examples: bool | Literal["lazy"] | None = None,
        cache_mode: Literal["eager", "lazy"] | None = None,
        title: str | None = None,
        description: str | None = None,
        flagging_mode: Literal["never", "manual"] | None = None,
        flagging_options: list[str] | tuple[str, ...] | None = ("Like", "Dislike"),
        flagging_dir: str = ".gradio/flagged",
        analytics_enabled: bool | None = None,
        autofocus: bool = True,
        autoscroll: bool = True,
        submit_btn: str | bool | None = True,
        stop_btn: str | bool | None = True,
        concurrency_limit: int | Literal["default"] | None = "default",
        delete_cache: tuple[int, int] | None = None,
        show_progress: Literal["full", "minimal", "hidden"] = "minimal",
        fill_height: bool = True,
        fill_width: bool = False,
        api_name: str | None = None,
        api_description: str | Literal[False] | None = None,
        api_visibility: Literal["public", "private", "undocumented"] = "public",
        save_history: bool = False,
        validator: Callable[..., Any] | None = None,
        type: Literal["messages", "tuples"] | None = None,
        theme: Any = None,
        css: str | None = None,
        js: str | None = None,
        head: str | None = None,
    ):
        from .components._registry import get_component_instance
        from .components.chatbot import _check_type

        _check_type(type, "ChatInterface")
        super().__init__(
            analytics_enabled=analytics_enabled, mode="chat_interface", title=title or "Gradio",
            fill_height=fill_height, fill_width=fill_width, delete_cache=delete_cache,
            theme=theme, css=css, js=js, head=head,
        )
        if isinstance(fn, ChatInterface):
            fn = fn.fn
        if not callable(fn):
            raise TypeError(f"ChatInterface: fn must be callable, got {builtin_type(fn).__name__}")
        if flagging_mode is None:
            flagging_mode = os.environ.get("GRADIO_CHAT_FLAGGING_MODE", "never")  # type: ignore[assignment]  # checked against the Literal just below
        if flagging_mode not in ("never", "manual"):
            raise ValueError(f"ChatInterface: flagging_mode must be 'never' or 'manual', got {flagging_mode!r}")
        if show_progress not in ("full", "minimal", "hidden"):
            raise ValueError(f"ChatInterface: show_progress must be 'full', 'minimal' or 'hidden', got {show_progress!r}")
        self.fn = fn
        self.multimodal = multimodal
        self.is_async = inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn)
        self.is_generator = _is_generator(fn)
        self.api_name = api_name
        self.api_description = api_description
        self.api_visibility = api_visibility
        self.concurrency_limit = concurrency_limit
        self.validator = validator
        self.editable = editable
        self.autofocus = autofocus
        self.autoscroll = autoscroll
        self.description = description
        self.show_progress = show_progress
        self.save_history = save_history
        self.flagging_mode = flagging_mode
        self.flagging_options = list(flagging_options) if flagging_options is not None else None
        self.flagging_dir = flagging_dir
        self.examples = examples
        self.examples_label = examples_label
        self.run_examples_on_click = run_examples_on_click
        self.cache_examples = cache_examples
        self.cache_mode = cache_mode
        self.examples_handler: Any = None
        self._heading = title
        self.additional_inputs = [get_component_instance(c, unrender=True) for c in _as_list(additional_inputs)]
        self.additional_outputs = _as_list(additional_outputs)
        self.additional_inputs_accordion_params = _accordion_params(additional_inputs_accordion)
        self._additional_inputs_in_examples = self._examples_use_additional_inputs()
        self.examples_messages = self._example_messages(examples, example_labels, example_icons)
        for given in (textbox, chatbot):
            if given is not None:
                _take(given)

        from .components.state import State
        from .layouts import Column, Row

        with self:
            self.saved_conversations = State([])
            self.conversation_id = State(None)
            self.saved_input = State()  # the message being answered
            self.null_component = State()  # takes outputs nobody shows
            with Column():
                self._render_header()
                if save_history:
                    with Row(scale=1):
                        self._render_history_area()
                        with Column(scale=6):
                            self._render_chatbot_area(chatbot, textbox, submit_btn, stop_btn)
                            self._render_footer()
                else:
                    self._render_chatbot_area(chatbot, textbox, submit_btn, stop_btn)
                    self._render_footer()
            self._setup_events()
        if textbox is not None:
            conflicts = [name for name, given, own in (
                ("submit_btn", submit_btn, textbox.submit_btn), ("stop_btn", stop_btn, self.original_stop_btn),
                ("autofocus", autofocus, textbox.autofocus)) if given is not True and given != own]
            if conflicts:
                warnings.warn(
                    f"ChatInterface: a custom textbox was given, so {', '.join(conflicts)} of ChatInterface "
                    "are ignored; set them on the textbox (gr.Textbox(submit_btn=...)) instead",
                    UserWarning, stacklevel=2,
                )

    # -- building ------------------------------------------------------------------------

    def _examples_use_additional_inputs(self) -> bool:
        if not self.additional_inputs or self.examples is None:
            return False
        for example in self.examples:
            if not isinstance(example, list):
                raise ValueError("ChatInterface: with additional_inputs, examples must be a list of lists "
                                 "(the message, then a value per additional input)")
            if any(value is not None for value in example[1:]):
                return True
        return False

    def _example_messages(self, examples: Any, labels: Any, icons: Any) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for index, example in enumerate(examples or []):
            if isinstance(example, list):
                example = example[0]
            message: dict[str, Any] = {}
            if isinstance(example, str):
                message["text"] = example
            elif isinstance(example, dict):
                message["text"] = example.get("text", "")
                message["files"] = list(example.get("files", []))
            else:
                raise ValueError(f"ChatInterface: an example must be a str or a dict with 'text' and 'files', got {example!r}")
            if labels:
                message["display_text"] = labels[index]
            if icons:
                message["icon"] = icons[index]
            out.append(message)
        return out

    def _render_header(self) -> None:
        from .components.markdown import Markdown

        if self._heading:
            Markdown(_heading(self._heading))
        if self.description:
            Markdown(self.description)

    def _render_history_area(self) -> None:
        from .components.button import Button
        from .components.dataset import Dataset
        from .components.textbox import Textbox
        from .layouts import Column

        with Column(scale=1, min_width=100):
            self.new_chat_button = Button("New chat", variant="primary", size="md")
            self.chat_history_dataset = Dataset(
                components=[Textbox(visible=False, render=False)], show_label=False, layout="table", type="index",
            )

    def _render_chatbot_area(self, chatbot: Any, textbox: Any, submit_btn: Any, stop_btn: Any) -> None:
        from .components.button import Button
        from .components.chatbot import Chatbot
        from .components.json_component import JSON
        from .components.multimodal_textbox import MultimodalTextbox
        from .components.state import State
        from .components.textbox import Textbox
        from .layouts import Group, Row

        examples = self.examples_messages if not self._additional_inputs_in_examples else None
        if chatbot is not None:
            if not isinstance(chatbot, Chatbot):
                raise TypeError(f"ChatInterface: chatbot must be a gr.Chatbot, got {builtin_type(chatbot).__name__}")
            if chatbot.examples and self.examples_messages:
                warnings.warn("ChatInterface: examples were given to both; the chatbot's are ignored", UserWarning, stacklevel=4)
            if examples:
                _set_prop(chatbot, "examples", chatbot._examples(examples))
            self.chatbot = chatbot
            chatbot.render()
        else:
            self.chatbot = Chatbot(
                label="Chatbot", scale=1, height=400, autoscroll=self.autoscroll,
                examples=examples,  # type: ignore[arg-type]  # the dicts are checked by Chatbot._examples
            )
        with Group(), Row():
            if textbox is not None:
                if not isinstance(textbox, (Textbox, MultimodalTextbox)):
                    raise TypeError(
                        f"ChatInterface: textbox must be a gr.Textbox or gr.MultimodalTextbox, got {builtin_type(textbox).__name__}"
                    )
                _set_prop(textbox, "show_label", False)
                self.textbox = textbox
                textbox.render()
            else:
                kind = MultimodalTextbox if self.multimodal else Textbox
                self.textbox = kind(
                    show_label=False, label="", placeholder="Type a message...", scale=7,
                    autofocus=self.autofocus, submit_btn=submit_btn, stop_btn=stop_btn,
                )
        # The stop button shows only while a reply is being written.
        self.original_stop_btn = self.textbox.stop_btn
        self.original_submit_btn = self.textbox.submit_btn
        _set_prop(self.textbox, "stop_btn", False)
        self.fake_api_btn = Button("Fake API", visible=False)
        self.api_response = JSON(label="Response", visible=False)
        initial = self.chatbot.value or []
        #: What fn is given as history: the chat before the message being answered.
        self.chatbot_state = State(initial)
        #: For other events of the app to set the chat (``demo.chatbot_value``).
        self.chatbot_value = State(initial)

    def _render_footer(self) -> None:
        from .examples import Examples
        from .layouts import Accordion

        if self.examples and (self.cache_examples or self._additional_inputs_in_examples):
            self.examples_handler = Examples(
                examples=(
                    self.examples
                    if self._additional_inputs_in_examples
                    else [[_example_input(e)] + [None] * len(self.additional_inputs) for e in self.examples]
                ),
                inputs=[self.textbox, *self.additional_inputs],
                outputs=self.chatbot,
                fn=self._examples_fn(),
                cache_examples=self.cache_examples,
                cache_mode=self.cache_mode,
                label=self.examples_label,
                visible=self._additional_inputs_in_examples,
                preprocess=self._additional_inputs_in_examples,
            )
        unrendered = [c for c in self.additional_inputs if c.root is None]
        if unrendered:
            with Accordion(**self.additional_inputs_accordion_params):
                for comp in unrendered:
                    comp.render()

    # -- the event graph (Gradio's) -----------------------------------------------------------

    def _setup_events(self) -> None:
        submit = self._api_wrapper()
        submit_kwargs: dict[str, Any] = {
            "fn": submit,
            "inputs": [self.saved_input, self.chatbot_state, *self.additional_inputs],
            "outputs": [self.null_component, self.chatbot, *self.additional_outputs],
            "concurrency_limit": self.concurrency_limit,
            "show_progress": self.show_progress,
            **_UI,
        }
        sync_kwargs: dict[str, Any] = {
            "fn": _both, "inputs": [self.chatbot], "outputs": [self.chatbot_state, self.chatbot_value], "queue": False, **_UI,
        }
        save_kwargs: dict[str, Any] = {
            "fn": self._save_conversation,
            "inputs": [self.conversation_id, self.chatbot_state, self.saved_conversations],
            "outputs": [self.conversation_id, self.saved_conversations], "queue": False, **_UI,
        }
        textbox = self.textbox

        user_submit = textbox.submit(
            self._clear_and_save_textbox, [textbox], [textbox, self.saved_input],
            queue=bool(self.validator), validator=self.validator, show_progress="hidden", **_UI,
        )
        submit_event = user_submit.then(
            self._append_message_to_history, [self.saved_input, self.chatbot], [self.chatbot], queue=False, show_progress="hidden", **_UI,
        ).then(**submit_kwargs)
        submit_event.then(**sync_kwargs).then(
            _enable_textbox, None, textbox, queue=False, show_progress="hidden", **_UI,
        ).then(**save_kwargs)

        # The API endpoint: the same function, the history in the client's session. Gradio 6
        # names it after fn (``/echo``); Gradio 5 called it ``/chat``, which stays callable.
        # Both names are one endpoint, so they share one concurrency limit.
        api = {
            "inputs": [textbox, self.chatbot_state, *self.additional_inputs],
            "outputs": [self.api_response, self.chatbot_state, *self.additional_outputs],
            "api_description": self.api_description, "concurrency_limit": self.concurrency_limit,
            "concurrency_id": f"chat-api-{id(self)}", "postprocess": False,
        }
        api_fn = self._api_wrapper()
        endpoint = self.fake_api_btn.click(api_fn, api_name=self.api_name, api_visibility=self.api_visibility, **api)
        if endpoint.api_name != "chat" and self.api_visibility != "private" and "chat" not in self._api_names:
            self.fake_api_btn.click(api_fn, api_name="chat", api_visibility="undocumented", **api)

        example_event = None
        if self.examples and not self._additional_inputs_in_examples:
            if self.cache_examples or self.run_examples_on_click:
                example_event = self.chatbot.example_select(
                    self.example_clicked, None, [self.chatbot, self.saved_input], show_progress="hidden", **_UI,
                )
                if not self.cache_examples:
                    example_event = example_event.then(
                        self._streaming_buttons, None, [textbox], queue=False, show_progress="hidden", **_UI,
                    ).then(**submit_kwargs)
                example_event.then(**sync_kwargs)
            else:
                self.chatbot.example_select(self.example_populated, None, [textbox], show_progress="hidden", **_UI)

        retry_event = self.chatbot.retry(
            self._pop_last_user_message, [self.chatbot_state], [self.chatbot_state, self.saved_input],
            queue=False, show_progress="hidden", **_UI,
        ).then(
            self._append_message_to_history, [self.saved_input, self.chatbot_state], [self.chatbot],
            queue=False, show_progress="hidden", **_UI,
        ).then(
            _lock_textbox, None, [textbox], queue=False, show_progress="hidden", **_UI,
        ).then(**submit_kwargs)
        retry_event.then(**sync_kwargs).then(
            _unlock_textbox, None, [textbox], queue=False, show_progress="hidden", **_UI,
        ).then(**save_kwargs)

        running = [submit_event, retry_event] + ([example_event] if example_event is not None else [])
        user_submit.success(self._streaming_buttons, None, [textbox], queue=False, show_progress="hidden", **_UI)
        self.chatbot.retry(self._streaming_buttons, None, [textbox], queue=False, show_progress="hidden", **_UI)
        for event in running:
            event.then(self._idle_buttons, None, [textbox], queue=False, show_progress="hidden", **_UI)
        textbox.stop(None, None, None, cancels=running, queue=False, **_UI)

        self.chatbot.undo(
            self._pop_last_user_message, [self.chatbot], [self.chatbot, textbox], queue=False, show_progress="hidden", **_UI,
        ).then(**sync_kwargs).then(**save_kwargs)

        self.chatbot.option_select(
            self.option_clicked, [self.chatbot], [self.chatbot, self.saved_input], show_progress="hidden", **_UI,
        ).then(**submit_kwargs).then(**sync_kwargs).then(**save_kwargs)

        self.chatbot.clear(**sync_kwargs).then(
            self._delete_conversation, [self.conversation_id, self.saved_conversations],
            [self.conversation_id, self.saved_conversations], queue=False, **_UI,
        )

        if self.editable:
            self.chatbot.edit(
                self._edit_message, [self.chatbot], [self.chatbot, self.chatbot_state, self.saved_input], show_progress="hidden", **_UI,
            ).then(
                self._append_message_to_history, [self.saved_input, self.chatbot_state], [self.chatbot],
                queue=False, show_progress="hidden", **_UI,
            ).success(
                _lock_input, None, [textbox], show_progress="hidden", **_UI,
            ).success(**submit_kwargs).success(**sync_kwargs).then(
                _unlock_textbox, None, [textbox], show_progress="hidden", **_UI,
            ).then(**save_kwargs)
            if self.chatbot.editable is None:
                _set_prop(self.chatbot, "editable", "user")

        if self.save_history:
            self.new_chat_button.click(
                lambda: (None, []), None, [self.conversation_id, self.chatbot], queue=False, show_progress="hidden", **_UI,
            ).then(_same, [self.chatbot], [self.chatbot_state], queue=False, show_progress="hidden", **_UI)
            self.load(self._load_chat_history, [self.saved_conversations], [self.chat_history_dataset], queue=False, **_UI)
            self.saved_conversations.change(
                self._load_chat_history, [self.saved_conversations], [self.chat_history_dataset], queue=False, **_UI,
            )
            self.chat_history_dataset.click(
                lambda: [], None, [self.chatbot], queue=False, show_progress="hidden", **_UI,
            ).then(
                self._load_conversation, [self.chat_history_dataset, self.saved_conversations],
                [self.conversation_id, self.chatbot], queue=False, show_progress="hidden", **_UI,
            ).then(**sync_kwargs)

        if self.flagging_mode != "never":
            logger = ChatCSVLogger()
            logger.setup(self.flagging_dir)
            _set_prop(self.chatbot, "feedback_options", self.flagging_options)
            self.chatbot.like(logger.flag, [self.chatbot], None, show_progress="hidden", **_UI)

        # Another event may set the chat through `chatbot_value` (without touching the chat's
        # status: an error shown on it stays until the next message).
        self.chatbot_value.change(_same, [self.chatbot_value], [self.chatbot], show_progress="hidden", show_progress_on=[], **_UI).then(
            _same, [self.chatbot], [self.chatbot_state], queue=False, show_progress="hidden", **_UI,
        )

    def _streaming_buttons(self) -> Any:
        return update(submit_btn=False, stop_btn=self.original_stop_btn)

    def _idle_buttons(self) -> Any:
        return update(submit_btn=self.original_submit_btn, stop_btn=False)

    # -- what the listeners do -------------------------------------------------------------------

    def _clear_and_save_textbox(self, message: Any) -> tuple[Any, Any]:
        return update(value="", interactive=False, placeholder=""), message

    def _append_message_to_history(self, message: Any, history: list[Any], role: Literal["user", "assistant"] = "user") -> list[Any]:
        # Shallow, as Gradio: a message may hold values that cannot be deep-copied.
        return list(history or []) + self._message_as_message_dict(message, role)

    def _message_as_message_dict(self, message: Any, role: Literal["user", "assistant"]) -> list[dict[str, Any]]:
        """A message, an example or a reply of fn as message dicts to add to the history."""
        from .components.base import Component
        from .components.chatbot import ChatMessage, Message

        out: list[dict[str, Any]] = []
        for msg in message if isinstance(message, list) else [message]:
            if isinstance(msg, Message):
                out.append(msg.model_dump())
            elif isinstance(msg, ChatMessage):
                msg.role = role
                out.append({f.name: getattr(msg, f.name) for f in _fields(msg)})
            elif isinstance(msg, (str, Component)):
                out.append({"role": role, "content": msg})
            elif isinstance(msg, dict) and "content" in msg:
                msg["role"] = role
                out.append(msg)
            elif isinstance(msg, dict):  # a multimodal message: its files, then its text
                content: list[Any] = [{"path": f.get("path") if isinstance(f, dict) else f} for f in msg.get("files", [])]
                if msg.get("text"):
                    content.append(msg["text"])
                out.append({"role": role, "content": content})
            elif msg is not None:
                out.append({"role": role, "content": str(msg)})
        return out

    def _split(self, response: Any) -> tuple[Any, list[Any]]:
        if not self.additional_outputs:
            return response, []
        if not isinstance(response, (tuple, list)) or len(response) != 1 + len(self.additional_outputs):
            raise ValueError(f"ChatInterface: fn has {len(self.additional_outputs)} additional output(s), so it must "
                             f"return (response, {', '.join('output' for _ in self.additional_outputs)})")
        first, *rest = response
        return first, list(rest)

    def _api_wrapper(self) -> Callable[..., Any]:
        """fn called with the message and a copy of the history; returns (or yields)
        ``(reply, new history, *additional outputs)``. Its signature is fn's, so the API
        lists fn's parameters."""
        fn = self.fn

        def finish(message: Any, history: list[Any], response: Any) -> tuple[Any, ...]:
            response, extra = self._split(response)
            history = self._append_message_to_history(response, history, "assistant")
            return (response, history, *extra)

        if self.is_generator:
            def start(message: Any, history: Any, args: tuple[Any, ...]) -> tuple[Any, list[Any]]:
                return fn(message, list(history or []), *args), self._append_message_to_history(message, history, "user")

            if inspect.isasyncgenfunction(fn):
                @functools.wraps(fn)
                async def stream_async(message: Any, history: Any, *args: Any) -> AsyncIterator[tuple[Any, ...]]:
                    generator, history = start(message, history, args)
                    produced = False
                    try:
                        async for response in generator:
                            produced = True
                            yield finish(message, history, response)
                    finally:
                        await generator.aclose()
                    if not produced:
                        yield (None, history, *[skip() for _ in self.additional_outputs])

                return stream_async

            @functools.wraps(fn)
            def stream(message: Any, history: Any, *args: Any) -> Iterator[tuple[Any, ...]]:
                generator, history = start(message, history, args)
                produced = False
                try:
                    for response in generator:
                        produced = True
                        yield finish(message, history, response)
                finally:
                    generator.close()
                if not produced:
                    yield (None, history, *[skip() for _ in self.additional_outputs])

            return stream

        def with_user(message: Any, history: Any) -> list[Any]:
            return self._append_message_to_history(message, history, "user")

        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def submit_async(message: Any, history: Any, *args: Any) -> tuple[Any, ...]:
                response = await fn(message, list(history or []), *args)
                return finish(message, with_user(message, history), response)

            return submit_async

        @functools.wraps(fn)
        def submit(message: Any, history: Any, *args: Any) -> tuple[Any, ...]:
            response = fn(message, list(history or []), *args)
            return finish(message, with_user(message, history), response)

        return submit

    def _examples_fn(self) -> Callable[..., Any]:
        """What caches an example: fn on it with an empty history, as a conversation."""
        fn = self.fn

        def conversation(message: Any, response: Any) -> list[Any]:
            out: list[Any] = []
            if self.multimodal and isinstance(message, dict):
                out += [
                    {"role": "user", "content": {"path": f.get("path") if isinstance(f, dict) else f}} for f in message.get("files", [])
                ]
                if message.get("text"):
                    out.append({"role": "user", "content": message["text"]})
            else:
                out.append({"role": "user", "content": message})
            response, _ = self._split(response)
            out += self._message_as_message_dict(response, "assistant")
            return out

        if inspect.isasyncgenfunction(fn):
            async def examples_async_stream(message: Any, *args: Any) -> AsyncIterator[list[Any]]:
                async for response in fn(message, [], *args):
                    yield conversation(message, response)

            return examples_async_stream
        if inspect.isgeneratorfunction(fn) or self.is_generator:
            def examples_stream(message: Any, *args: Any) -> Iterator[list[Any]]:
                for response in fn(message, [], *args):
                    yield conversation(message, response)

            return examples_stream
        if inspect.iscoroutinefunction(fn):
            async def examples_async(message: Any, *args: Any) -> list[Any]:
                return conversation(message, await fn(message, [], *args))

            return examples_async

        def examples(message: Any, *args: Any) -> list[Any]:
            return conversation(message, fn(message, [], *args))

        return examples

    def option_clicked(self, history: list[Any], option: SelectData) -> tuple[list[Any], Any]:
        """An option under the last reply is sent as the user's next message."""
        history = list(history or [])
        history.append({"role": "user", "content": option.value})
        return history, option.value

    def _example_value(self, example: SelectData) -> dict[str, Any]:
        """The example as a message: its files as paths on disk, as an upload gives them."""
        from . import files

        cache = files.current()
        value = dict(example.value or {})
        paths = []
        for f in value.get("files") or []:
            path = f.get("path") if isinstance(f, dict) else f
            paths.append(cache.local_path(path) if isinstance(path, str) and cache.get(path) is not None else path)
        value["files"] = paths
        return value

    def example_populated(self, example: SelectData) -> Any:
        value = self._example_value(example)
        return value if self.multimodal else value.get("text", "")

    def example_clicked(self, example: SelectData) -> Iterator[tuple[list[Any], Any]]:
        """The chat becomes the example's message (then its cached reply, when cached)."""
        value = example.value or {}
        shown = self._example_value(example)
        message = shown if self.multimodal else shown.get("text", "")
        history = self._append_message_to_history(
            {"text": value.get("text", ""), "files": value.get("files") or []} if self.multimodal else message, [], "user")
        yield history, message
        if self.cache_examples and self.examples_handler is not None:
            yield self.examples_handler.cached_outputs(example.index)[0], message

    def _edit_message(self, history: list[Any], edit: EditData) -> tuple[list[Any], list[Any], Any]:
        index = edit.index[0] if isinstance(edit.index, (list, tuple)) else edit.index
        history = list(history or [])[: int(index)]
        return history, history, edit.value

    def _pop_last_user_message(self, history: list[Any]) -> tuple[list[Any], Any]:
        """The history without its last turn, and that turn's user message (text, or
        ``{"text", "files"}`` when multimodal)."""
        history = list(history or [])
        if not history:
            return history, ({"text": "", "files": []} if self.multimodal else "")
        i = len(history) - 1
        while i >= 0 and history[i]["role"] == "assistant":
            i -= 1
        while i >= 0 and history[i]["role"] == "user":
            i -= 1
        text, files = "", []
        for message in history[i + 1:]:
            if message["role"] != "user":
                continue
            content = message["content"]
            for item in content if isinstance(content, list) else [content]:
                if isinstance(item, dict) and item.get("type") == "file":
                    files.append(item["file"])
                elif isinstance(item, dict) and item.get("type") == "text":
                    text += item["text"]
                elif isinstance(item, str):
                    text += item
        return history[: i + 1], ({"text": text, "files": files} if self.multimodal else text)

    # -- saved conversations (save_history) --------------------------------------------------

    def _save_conversation(self, index: int | None, conversation: list[Any], saved: list[Any]) -> tuple[Any, Any]:
        if not self.save_history:
            return index, saved
        snapshot = _without_components(conversation)
        saved = list(saved or [])
        if index is not None and 0 <= index < len(saved):
            saved[index] = snapshot
        else:
            saved.insert(0, snapshot)
            index = 0
        return index, saved

    def _delete_conversation(self, index: int | None, saved: list[Any]) -> tuple[None, Any]:
        saved = list(saved or [])
        if index is not None and 0 <= index < len(saved):
            saved.pop(index)
        return None, saved

    def _load_chat_history(self, conversations: list[Any]) -> Any:
        from .components.dataset import Dataset

        return Dataset(samples=[[_chat_title(c)] for c in conversations or [] if c], render=False)

    def _load_conversation(self, index: int, conversations: list[Any]) -> tuple[int, Any]:
        return index, conversations[index]

    def __repr__(self) -> str:
        return f"ChatInterface({getattr(self.fn, '__name__', 'fn')})"


class ChatCSVLogger:
    """Likes and dislikes of a ChatInterface, with the conversation, in ``<dir>/log.csv``."""

    def setup(self, flagging_dir: str) -> None:
        self.flagging_dir = flagging_dir
        os.makedirs(flagging_dir, exist_ok=True)

    def flag(self, messages: list[Any], like: LikeData) -> None:
        from .flagging import escape_cell

        path = Path(self.flagging_dir) / "log.csv"
        new = not path.exists()
        feedback = "Like" if like.liked is True else "Dislike" if like.liked is False else like.liked
        row = [json.dumps(_without_components(messages), default=str), json.dumps(like.index),
               json.dumps(like.value, default=str), str(feedback), str(datetime.datetime.now())]
        with open(path, "a", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            if new:
                writer.writerow(["conversation", "index", "value", "flag", "timestamp"])
            writer.writerow([escape_cell(cell) for cell in row])


# -- helpers ---------------------------------------------------------------------------------


builtin_type = type


def _both(x: Any) -> tuple[Any, Any]:
    return x, x


def _same(x: Any) -> Any:
    return x


def _enable_textbox() -> Any:
    return update(value=None, interactive=True)


def _lock_textbox() -> Any:
    return update(interactive=False, placeholder="")


def _lock_input() -> Any:
    return update(interactive=False)


def _unlock_textbox() -> Any:
    return update(interactive=True)


def _fields(obj: Any) -> Any:
    import dataclasses

    return dataclasses.fields(obj)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _accordion_params(given: Any) -> dict[str, Any]:
    from .layouts import Accordion

    if given is None:
        return {"label": "Additional Inputs", "open": False}
    if isinstance(given, str):
        return {"label": given}
    if isinstance(given, Accordion):
        return {k: v for k, v in given._constructor_args.items() if k != "render"}
    raise TypeError(f"ChatInterface: additional_inputs_accordion must be a string or gr.Accordion, got {builtin_type(given).__name__}")


def _take(block: Any) -> None:
    """A chatbot or textbox given to the interface moves into it, also from the app the
    interface is built in (``gr.ChatInterface(fn, chatbot=gr.Chatbot(...))`` in a Blocks)."""
    from . import context

    if block.root is not None and block.root is not context.current_root():
        raise ValueError(f"ChatInterface: {block!r} belongs to another Blocks app")
    block.unrender()
    block.root = None  # registered again where the interface places it


def _example_input(example: Any) -> Any:
    return example[0] if isinstance(example, list) else example


def _without_components(conversation: Any) -> Any:
    """A conversation to keep: components (``instance``) become their values."""
    from .components.base import Component

    if isinstance(conversation, list):
        return [_without_components(item) for item in conversation]
    if isinstance(conversation, dict):
        return {k: _without_components(v) for k, v in conversation.items() if k != "instance"}
    if isinstance(conversation, Component):
        return copy.deepcopy(conversation.value)
    return conversation


def _chat_title(conversation: list[Any]) -> str:
    """The first user text (40 characters), with a paperclip per file before it."""
    title = ""
    for message in conversation:
        if message.get("role") != "user":
            continue
        content = message.get("content")
        for item in content if isinstance(content, list) else [content]:
            if isinstance(item, dict) and item.get("type") == "text":
                title += item.get("text", "")
                break
            if isinstance(item, str):
                title += item
                break
            title += "📎 "
        if title.strip():
            break
    return (title[:40] + "...") if len(title) > 40 else (title or "Conversation")
