"""Event listeners: the methods that ``EVENTS`` creates on a component, and what they return.

``comp.click(fn, inputs, outputs, ...)`` records a :class:`Dependency` in the app
graph; the engine runs it later. Nothing here runs user code.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any, Callable, Literal, Sequence

if TYPE_CHECKING:
    from .block import Block
    from .blocks import Blocks

__all__ = [
    "Dependency",
    "EventData",
    "EventListener",
    "Events",
    "KeyUpData",
    "EditData",
    "SelectData",
    "on",
]


# --- event data passed to functions that ask for it by type hint -------------------


class EventData:
    """What an event carries; a function receives it if a parameter is annotated with
    ``gr.EventData`` (or a subclass)."""

    def __init__(self, target: Block | None, data: Any):
        self.target = target
        self._data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._data!r})"


class SelectData(EventData):
    def __init__(self, target: Block | None, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.index = data.get("index")
        self.value = data.get("value")
        self.row_value = data.get("row_value")
        self.col_value = data.get("col_value")
        self.selected: bool = data.get("selected", True)


class EditData(EventData):
    """An ``edit``: the ``index`` edited (a Dataframe's ``[row, column]``), the new
    ``value`` and the ``previous_value``."""

    def __init__(self, target: Block | None, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.index: Any = data.get("index")
        self.value: Any = data.get("value")
        self.previous_value: Any = data.get("previous_value")


class KeyUpData(EventData):
    def __init__(self, target: Block | None, data: Any):
        super().__init__(target, data)
        data = data or {}
        self.key: str = data.get("key", "")
        self.input_value: str = data.get("input_value", "")


# --- the dependency graph ------------------------------------------------------------

TriggerMode = Literal["once", "multiple", "always_last"]


@dataclasses.dataclass(eq=False)
class Dependency:
    """One event listener: which triggers run which function on which blocks.

    Returned by every listener method; ``.then``/``.success``/``.failure`` chain
    another listener after it, and it can be passed to ``cancels=``.
    """

    app: Blocks
    id: int
    targets: list[tuple[Block | None, str]]
    fn: Callable | None
    inputs: list[Block]
    outputs: list[Block]
    inputs_as_dict: bool = False
    api_name: str | None = None
    api_description: str | None | Literal[False] = None
    api_visibility: str = "public"
    scroll_to_output: bool = False
    show_progress: str = "full"
    show_progress_on: list[Block] | None = None
    queue: bool = True
    batch: bool = False
    max_batch_size: int = 4
    preprocess: bool = True
    postprocess: bool = True
    cancels: list[Dependency] = dataclasses.field(default_factory=list)
    trigger_mode: TriggerMode = "once"
    js: str | bool | None = None
    concurrency_limit: int | None | Literal["default"] = "default"
    concurrency_id: str | None = None
    time_limit: float | None = None
    stream_every: float = 0.5
    validator: Callable | None = None
    every: float | None = None
    key: Any = None
    trigger_after: int | None = None
    trigger_only_on_success: bool = False
    trigger_only_on_failure: bool = False
    #: Set for listeners created inside a ``@gr.render`` run: (session id, render id).
    scope: tuple[str, int] | None = None
    #: Set on the listener that runs a ``@gr.render`` function.
    renderable: Any = None

    def then(self, fn: Callable | None | Literal["decorator"] = "decorator", inputs=None, outputs=None, **kwargs: Any) -> Any:
        """Run after this event finishes, whether it succeeded or failed."""
        return self._chain(fn, inputs, outputs, kwargs, success=False, failure=False)

    def success(self, fn: Callable | None | Literal["decorator"] = "decorator", inputs=None, outputs=None, **kwargs: Any) -> Any:
        """Run after this event finishes without an error."""
        return self._chain(fn, inputs, outputs, kwargs, success=True, failure=False)

    def failure(self, fn: Callable | None | Literal["decorator"] = "decorator", inputs=None, outputs=None, **kwargs: Any) -> Any:
        """Run after this event fails with an error."""
        return self._chain(fn, inputs, outputs, kwargs, success=False, failure=True)

    def _chain(self, fn, inputs, outputs, kwargs, *, success: bool, failure: bool) -> Any:
        def register(f: Callable | None) -> Dependency:
            return self.app._add_dependency(
                targets=[],
                fn=f,
                inputs=inputs,
                outputs=outputs,
                trigger_after=self.id,
                trigger_only_on_success=success,
                trigger_only_on_failure=failure,
                **kwargs,
            )

        if fn == "decorator":
            def decorator(f: Callable) -> Callable:
                register(f)
                return f

            return decorator
        return register(fn)

    # Gradio's dependency objects are dict-like in places; keep the useful bits.
    @property
    def fn_index(self) -> int:
        return self.id

    def __repr__(self) -> str:
        name = getattr(self.fn, "__name__", None)
        trig = ", ".join(f"{type(b).__name__ if b is not None else 'Blocks'}.{e}" for b, e in self.targets)
        return f"Dependency({trig or 'then'} -> {name})"


# --- listener methods -----------------------------------------------------------------

_LISTENER_DEFAULTS: dict[str, Any] = {
    "api_name": None,
    "api_description": None,
    "scroll_to_output": False,
    "show_progress": "full",
    "show_progress_on": None,
    "queue": True,
    "batch": False,
    "max_batch_size": 4,
    "preprocess": True,
    "postprocess": True,
    "cancels": None,
    "trigger_mode": None,
    "js": None,
    "concurrency_limit": "default",
    "concurrency_id": None,
    "api_visibility": "public",
    "show_api": True,
    "time_limit": None,
    "stream_every": 0.5,
    "key": None,
    "validator": None,
    "every": None,
    "like_user_message": False,
}


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

    def __repr__(self) -> str:
        return f"EventListener({self.event_name!r})"

    def __str__(self) -> str:
        return self.event_name


class BoundListener:
    """``comp.click``: call it to attach a function; pass it to ``gr.on(triggers=...)``."""

    __slots__ = ("block", "listener")

    def __init__(self, block: Block, listener: EventListener):
        self.block = block
        self.listener = listener

    @property
    def event_name(self) -> str:
        return self.listener.event_name

    def __repr__(self) -> str:
        return f"{self.block!r}.{self.event_name}"

    def __call__(
        self,
        fn: Callable | None | Literal["decorator"] = "decorator",
        inputs: Any = None,
        outputs: Any = None,
        **kwargs: Any,
    ) -> Any:
        return _attach([(self.block, self.listener)], fn, inputs, outputs, kwargs, owner=self.block)


def _attach(
    triggers: list[tuple[Block | None, EventListener]],
    fn: Any,
    inputs: Any,
    outputs: Any,
    kwargs: dict[str, Any],
    owner: Block | None,
) -> Any:
    unknown = set(kwargs) - set(_LISTENER_DEFAULTS)
    if unknown:
        raise TypeError(f"unexpected event listener argument(s): {', '.join(sorted(unknown))}")
    app = _app_for(owner)
    if kwargs.get("trigger_mode") is None:
        kwargs["trigger_mode"] = triggers[0][1].trigger_mode if triggers else "once"
    targets = [(b, t.event_name) for b, t in triggers]

    if fn == "decorator":
        def decorator(f: Callable) -> Callable:
            app._add_dependency(targets=targets, fn=f, inputs=inputs, outputs=outputs, **kwargs)
            return f

        return decorator
    return app._add_dependency(targets=targets, fn=fn, inputs=inputs, outputs=outputs, **kwargs)


def _app_for(owner: Block | None) -> Blocks:
    from . import context

    app = context.current_root()
    if app is None and owner is not None:
        app = owner.root
    if app is None:
        what = f"{owner!r}" if owner is not None else "gr.on(...)"
        raise AttributeError(
            f"Cannot attach an event listener to {what} outside a Blocks app: "
            "call it inside `with gr.Blocks():`, or render the component into one first."
        )
    return app


def on(
    triggers: Sequence[Any] | Any | None = None,
    fn: Callable | None | Literal["decorator"] = "decorator",
    inputs: Any = None,
    outputs: Any = None,
    **kwargs: Any,
) -> Any:
    """Attach one function to several triggers, e.g. ``gr.on([btn.click, txt.submit], fn, ...)``.

    With ``triggers=None`` the function runs on ``change`` of every input component
    (and on app load), as in Gradio.
    """
    from . import context
    from .block import Block

    if triggers is None:
        comps = inputs if isinstance(inputs, (list, tuple, set)) else ([inputs] if inputs is not None else [])
        pairs = []
        for c in comps:
            listener = getattr(type(c), "change", None)
            if isinstance(listener, EventListener):
                pairs.append((c, listener))
        app = context.current_root()
        if app is not None:
            pairs.append((None, Events.load))
    else:
        items = triggers if isinstance(triggers, (list, tuple)) else [triggers]
        pairs = []
        for t in items:
            if isinstance(t, BoundListener):
                pairs.append((t.block, t.listener))
            elif isinstance(t, Block) or t is None:
                raise TypeError("gr.on triggers are listeners such as `btn.click`, not components")
            else:
                raise TypeError(f"not an event trigger: {t!r}")
    owner = pairs[0][0] if pairs else None
    kwargs.setdefault("trigger_mode", "always_last" if triggers is None else None)
    return _attach(pairs, fn, inputs, outputs, kwargs, owner=owner)


# --- the standard events -----------------------------------------------------------------


class Events:
    """Gradio's standard events. Put these (or plain strings) in a component's ``EVENTS``."""

    change = EventListener("change", trigger_mode="always_last", doc="Triggered when the value changes, from user input or from a function's output.")
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
    like = EventListener("like")
    example_select = EventListener("example_select")
    load = EventListener("load", doc="Triggered when the app loads.")
    key_up = EventListener("key_up", trigger_mode="always_last", data_class=KeyUpData)
    apply = EventListener("apply")
    delete = EventListener("delete")
    tick = EventListener("tick")
    undo = EventListener("undo")
    retry = EventListener("retry")
    expand = EventListener("expand")
    collapse = EventListener("collapse")
    download = EventListener("download")
    copy = EventListener("copy")


def as_listener(event: str | EventListener) -> EventListener:
    """Normalise an entry of ``EVENTS``: a known name gets its standard defaults."""
    if isinstance(event, EventListener):
        return event
    if not isinstance(event, str) or not event.isidentifier():
        raise TypeError(f"EVENTS entries are event names or EventListener objects, got {event!r}")
    std = getattr(Events, event, None)
    return std if isinstance(std, EventListener) else EventListener(event)
