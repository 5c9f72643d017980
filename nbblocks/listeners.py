"""What an event listener is: the event (``EventListener``), the data it carries
(``EventData``) and the options it takes (``ListenerOptions``), and how a call such as
``btn.click(fn, inputs, outputs, ...)`` or ``gr.on(...)`` reaches the app being built.

This is the lowest part of the block model: a component class declares its events here
(``EVENTS``, turned into listener methods by ``ComponentMeta``), and a listener call hands
its record to the app through :class:`AppRoot`, the one thing asked of the app graph.
Nothing here imports blocks or the app graph; ``nbblocks.events`` is the public face.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Literal, Protocol

from . import context

__all__ = [
    "AppRoot", "BoundListener", "CopyData", "EditData", "EventData", "EventListener", "Events", "KeyUpData",
    "LikeData", "ListenerOptions", "RetryData", "SelectData", "TriggerMode", "UndoData", "as_listener", "on",
]

TriggerMode = Literal["once", "multiple", "always_last"]


# --- event data passed to functions that ask for it by type hint -------------------


class EventData:
    """What an event carries; a function receives it if a parameter is annotated with
    ``gr.EventData`` (or a subclass). ``target`` is the block that fired (None: the app)."""

    def __init__(self, target: Any, data: Any):
        self.target = target
        self._data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"


class SelectData(EventData):
    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.index = data.get("index")
        self.value = data.get("value")
        self.row_value = data.get("row_value")
        self.col_value = data.get("col_value")
        self.selected: bool = data.get("selected", True)


class LikeData(EventData):
    """A Chatbot's ``like``: ``index`` of the message, its ``value`` (the contents of the
    liked message group) and ``liked`` (True, False, or the feedback option chosen)."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.index: Any = data.get("index")
        self.value: Any = data.get("value")
        self.liked: bool | str = data.get("liked", True)


class RetryData(EventData):
    """A Chatbot's ``retry``: ``index`` and ``value`` (content) of the last user message."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.index: Any = data.get("index")
        self.value: Any = data.get("value")


class UndoData(RetryData):
    """A Chatbot's ``undo``: ``index`` and ``value`` (content) of the last user message."""


class EditData(EventData):
    """An ``edit``: the ``index`` edited (a Chatbot's message, a Dataframe's ``[row,
    column]``), the new ``value`` and the ``previous_value``."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.index: Any = data.get("index")
        self.value: Any = data.get("value")
        self.previous_value: Any = data.get("previous_value")


class CopyData(EventData):
    """``copy``: the ``value`` (text) that was copied."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        self.value: Any = (data or {}).get("value")


class KeyUpData(EventData):
    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.key: str = data.get("key", "")
        self.input_value: str = data.get("input_value", "")


# --- the options of a listener ------------------------------------------------------


def _positive_seconds(name: str, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")


@dataclasses.dataclass(kw_only=True, eq=False)  # a Dependency is itself, whatever its options
class ListenerOptions:
    """Every option a listener takes besides ``fn``, ``inputs`` and ``outputs``, with
    Gradio's defaults: ``btn.click(fn, inputs, outputs, **options)``, ``gr.on``,
    ``.then``, ``demo.load``. Values are checked here; what needs the app (``cancels``
    of the same app, ``show_progress_on`` blocks, a unique ``api_name``) is resolved when
    the app records the listener (its ``Dependency`` holds the resolved values)."""

    api_name: str | Literal[False] | None = None
    api_description: str | Literal[False] | None = None
    scroll_to_output: bool = False
    show_progress: str = "full"
    #: A block or a list of blocks that show the progress instead of the outputs.
    show_progress_on: Any = None
    queue: bool = True
    batch: bool = False
    max_batch_size: int = 4
    preprocess: bool = True
    postprocess: bool = True
    #: A listener (what a listener method returns) or a list of them.
    cancels: Any = None
    #: None: the event's own default.
    trigger_mode: TriggerMode | None = None
    js: str | bool | None = None
    concurrency_limit: int | Literal["default"] | None = "default"
    concurrency_id: str | None = None
    api_visibility: str = "public"
    show_api: bool = True
    time_limit: float | None = None
    stream_every: float = 0.5
    key: Any = None
    validator: Callable[..., Any] | None = None
    every: float | None = None
    like_user_message: bool = False

    @classmethod
    def parse(cls, kwargs: dict[str, Any]) -> ListenerOptions:
        """The options of a listener call; an unknown name is a ``TypeError`` naming it."""
        unknown = set(kwargs) - _OPTION_NAMES
        if unknown:
            raise TypeError(f"unexpected event listener argument(s): {', '.join(sorted(unknown))}")
        return cls(**kwargs)

    def __post_init__(self) -> None:
        js = self.js
        if not (js is None or js is True or isinstance(js, str)):
            raise TypeError(f"js must be a JavaScript function as a string, True or None, got {type(js).__name__}")
        for name in ("every", "time_limit"):
            value = getattr(self, name)
            if value is not None:
                _positive_seconds(name, value)
        _positive_seconds("stream_every", self.stream_every)
        if self.validator is not None and not callable(self.validator):
            raise TypeError("validator must be a function returning gr.validate(...) per input")
        if not isinstance(self.max_batch_size, int) or self.max_batch_size < 1:
            raise ValueError(f"max_batch_size must be a positive int, got {self.max_batch_size!r}")
        if self.trigger_mode not in (None, "once", "multiple", "always_last"):
            raise ValueError(f"trigger_mode must be 'once', 'multiple' or 'always_last', got {self.trigger_mode!r}")
        limit = self.concurrency_limit
        if not (limit is None or limit == "default" or (isinstance(limit, int) and limit >= 1)):
            raise ValueError(f"concurrency_limit must be a positive int, None or 'default', got {limit!r}")
        if self.show_progress not in ("full", "minimal", "hidden"):
            raise ValueError(f"show_progress must be 'full', 'minimal' or 'hidden', got {self.show_progress!r}")

    def of_event(self, listener: EventListener | None) -> ListenerOptions:
        """These options with the event's default trigger mode where none was given."""
        if self.trigger_mode is not None:
            return self
        return dataclasses.replace(self, trigger_mode=listener.trigger_mode if listener is not None else "once")


_OPTION_NAMES = frozenset(f.name for f in dataclasses.fields(ListenerOptions))


# --- the app a listener is recorded in ------------------------------------------------


class AppRoot(Protocol):
    """What blocks and their listeners ask of the app they are built into. ``Blocks`` is
    the implementation; this protocol keeps the block model free of the app graph."""

    def _register_block(self, block: Any) -> None: ...

    def _listen(
        self,
        triggers: Sequence[tuple[Any, EventListener]],
        fn: Any,
        inputs: Any,
        outputs: Any,
        options: ListenerOptions,
        *,
        after: int | None = None,
        on_success: bool = False,
        on_failure: bool = False,
    ) -> Any:
        """Record a listener (or, for ``fn="decorator"``, return a decorator that does);
        returns its ``Dependency``. ``after``: the id of the listener it follows (``.then``)."""
        ...


def app_for(owner: Any) -> AppRoot:
    """The app being built, else the app ``owner`` (a block) is rendered in."""
    app: AppRoot | None = context.current_root()
    if app is None and owner is not None:
        app = owner.root
    if app is None:
        what = f"{owner!r}" if owner is not None else "gr.on(...)"
        raise AttributeError(
            f"Cannot attach an event listener to {what} outside a Blocks app: "
            "call it inside `with gr.Blocks():`, or render the component into one first."
        )
    return app


# --- listener methods -----------------------------------------------------------------


class EventListener:
    """An event name plus its defaults; as a class attribute it becomes a listener method."""

    def __init__(
        self,
        event_name: str,
        *,
        trigger_mode: TriggerMode = "once",
        show_progress: str = "full",
        doc: str = "",
        data_class: type[EventData] = EventData,
    ):
        self.event_name = event_name
        self.trigger_mode = trigger_mode
        self.show_progress = show_progress
        self.doc = doc
        self.data_class = data_class

    def __set_name__(self, owner: type, name: str) -> None:
        if name != self.event_name:
            raise ValueError(f"EventListener {self.event_name!r} assigned to attribute {name!r}")

    def __get__(self, obj: Any, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        return BoundListener(obj, self)

    def __call__(
        self,
        block: Any,
        fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
        inputs: Any = None,
        outputs: Any = None,
        **kwargs: Any,
    ) -> Any:
        """``gr.Textbox.change(box, fn, ...)``: the unbound form of ``box.change(fn, ...)``,
        as Gradio's class-level listeners are plain functions."""
        return BoundListener(block, self)(fn, inputs, outputs, **kwargs)

    def __repr__(self) -> str:
        return f"EventListener({self.event_name!r})"

    def __str__(self) -> str:
        return self.event_name


class BoundListener:
    """``comp.click``: call it to attach a function; pass it to ``gr.on(triggers=...)``."""

    __slots__ = ("block", "listener")

    def __init__(self, block: Any, listener: EventListener):
        self.block = block
        self.listener = listener

    @property
    def event_name(self) -> str:
        return self.listener.event_name

    def __repr__(self) -> str:
        return f"{self.block!r}.{self.event_name}"

    def __call__(
        self,
        fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
        inputs: Any = None,
        outputs: Any = None,
        **kwargs: Any,
    ) -> Any:
        """``fn`` runs on this event (a Dependency); without ``fn``, a decorator that attaches it."""
        return attach([(self.block, self.listener)], fn, inputs, outputs, kwargs, owner=self.block)


def attach(
    triggers: list[tuple[Any, EventListener]],
    fn: Any,
    inputs: Any,
    outputs: Any,
    kwargs: dict[str, Any],
    owner: Any,
) -> Any:
    """Record ``fn`` as the listener of ``triggers`` in the app (see :class:`AppRoot`)."""
    options = ListenerOptions.parse(kwargs).of_event(triggers[0][1] if triggers else None)
    return app_for(owner)._listen(triggers, fn, inputs, outputs, options)


def on(
    triggers: Sequence[Any] | Any | None = None,
    fn: Callable[..., Any] | Literal["decorator"] | None = "decorator",
    inputs: Any = None,
    outputs: Any = None,
    **kwargs: Any,
) -> Any:
    """Attach one function to several triggers, e.g. ``gr.on([btn.click, txt.submit], fn, ...)``.

    With ``triggers=None`` the function runs on ``change`` of every input component
    (and on app load), as in Gradio.
    """
    pairs: list[tuple[Any, EventListener]] = []
    if triggers is None:
        comps = inputs if isinstance(inputs, (list, tuple, set)) else ([inputs] if inputs is not None else [])
        for c in comps:
            listener = getattr(type(c), "change", None)
            if isinstance(listener, EventListener):
                pairs.append((c, listener))
        if context.current_root() is not None:
            pairs.append((None, Events.load))
    else:
        for t in triggers if isinstance(triggers, (list, tuple)) else [triggers]:
            if isinstance(t, BoundListener):
                pairs.append((t.block, t.listener))
            elif _is_app_load(t):  # gr.on([demo.load, ...]), as Gradio allows
                pairs.append((None, Events.load))
            elif t is None or hasattr(type(t), "EVENTS"):  # a block, not one of its listeners
                raise TypeError("gr.on triggers are listeners such as `btn.click`, not components")
            else:
                raise TypeError(f"not an event trigger: {t!r}")
    owner = pairs[0][0] if pairs else None
    kwargs.setdefault("trigger_mode", "always_last" if triggers is None else None)
    return attach(pairs, fn, inputs, outputs, kwargs, owner=owner)


# --- the standard events -----------------------------------------------------------------


class Events:
    """Gradio's standard events. Put these (or plain strings) in a component's ``EVENTS``."""

    change = EventListener(
        "change", trigger_mode="always_last", doc="Triggered when the value changes, from user input or from a function's output."
    )
    input = EventListener("input", doc="Triggered when the user changes the value.")
    click = EventListener("click", doc="Triggered when the component is clicked.")
    double_click = EventListener("double_click", doc="Triggered when the component is double-clicked.")
    submit = EventListener("submit", doc="Triggered when the user presses Enter.")
    edit = EventListener("edit", doc="Triggered when the user edits the value.")
    clear = EventListener("clear", doc="Triggered when the user clears the value.")
    play = EventListener("play")
    pause = EventListener("pause")
    stop = EventListener("stop")
    end = EventListener("end")
    start_recording = EventListener("start_recording")
    pause_recording = EventListener("pause_recording")
    stop_recording = EventListener("stop_recording")
    focus = EventListener("focus", doc="Triggered when the component gains focus.")
    blur = EventListener("blur", doc="Triggered when the component loses focus.")
    upload = EventListener("upload", doc="Triggered when the user uploads a file.")
    release = EventListener("release", doc="Triggered when the user releases the slider.")
    select = EventListener("select", data_class=SelectData, doc="Triggered when the user selects part of the value; carries gr.SelectData.")
    stream = EventListener("stream", trigger_mode="always_last")
    like = EventListener("like", data_class=LikeData, doc="Triggered when the user likes or dislikes a message; carries gr.LikeData.")
    example_select = EventListener(
        "example_select", data_class=SelectData, doc="Triggered when the user clicks an example; carries gr.SelectData."
    )
    option_select = EventListener(
        "option_select", data_class=SelectData, doc="Triggered when the user clicks an option of a message; carries gr.SelectData."
    )
    load = EventListener("load", doc="Triggered when the app loads.")
    key_up = EventListener("key_up", trigger_mode="always_last", data_class=KeyUpData)
    apply = EventListener("apply")
    delete = EventListener("delete")
    tick = EventListener("tick")
    undo = EventListener("undo", data_class=UndoData, doc="Triggered when the user clicks undo; carries gr.UndoData.")
    retry = EventListener("retry", data_class=RetryData, doc="Triggered when the user clicks retry; carries gr.RetryData.")
    expand = EventListener("expand")
    collapse = EventListener("collapse")
    download = EventListener("download")
    copy = EventListener("copy", data_class=CopyData, doc="Triggered when the user copies content; carries gr.CopyData.")


def as_listener(event: str | EventListener) -> EventListener:
    """Normalise an entry of ``EVENTS``: a known name gets its standard defaults."""
    if isinstance(event, EventListener):
        return event
    if not isinstance(event, str) or not event.isidentifier():
        raise TypeError(f"EVENTS entries are event names or EventListener objects, got {event!r}")
    std = getattr(Events, event, None)
    return std if isinstance(std, EventListener) else EventListener(event)


def _is_app_load(trigger: Any) -> bool:
    """``demo.load`` (a bound method of an app) given as a trigger."""
    app = getattr(trigger, "__self__", None)
    return getattr(trigger, "__name__", None) == "load" and app is not None and app is context.current_root()
