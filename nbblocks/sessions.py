"""Per-session values: every component's front-end value, every ``State``, prop overrides.

One session's values never reach another: each starts from the app's initial values
(State values deep-copied, callables called) and is changed only by its own events.
"""

from __future__ import annotations

import copy
import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .block import Block, BlockContext
from .component_meta import is_a
from .json_values import JSON_SCALARS

if TYPE_CHECKING:
    from .blocks import Blocks
    from .components.state import State

log = logging.getLogger("nbblocks")

_DELETED = object()


@functools.cache
def _state_class() -> type[State]:
    """``gr.State``, imported on first use (components import this module); cached, as
    ``get`` and ``set`` run several times per event."""
    from .components.state import State

    return State


STATE, COMPONENT, OTHER = 1, 2, 0


@functools.cache
def block_kind(cls: type) -> int:
    """``STATE``, ``COMPONENT`` or ``OTHER`` for a block class: what a new session and a
    closing one ask of every block of the app, once per class (``isinstance`` against
    the blocks' ABC metaclass costs over a microsecond, and an API call makes and closes
    a session)."""
    from .components.base import Component

    if issubclass(cls, _state_class()):
        return STATE
    return COMPONENT if issubclass(cls, Component) else OTHER


class Session:
    """The values one viewer (the notebook, or one HTTP client) sees and changes."""

    def __init__(self, app: Blocks, session_id: str, sink: Any = None, *, cascade: bool = True, initial_values: bool = True):
        self.app = app
        self.id = session_id
        #: The transport's ``engine.Sink`` for this session (None: nobody watches); the
        #: engine reports every job of the session to it.
        self.sink = sink
        #: Widget sessions run ``change`` listeners and ``.then`` chains in the kernel;
        #: an HTTP client runs only the endpoint it called.
        self.cascade = cascade
        #: The ``gr.Request`` of a session that has one request behind all its events (a
        #: browser tab of the web page); None: each event brings its own, or none.
        self.request: Any = None
        self.lock = threading.RLock()
        self.values: dict[int, Any] = {}
        self.overrides: dict[int, dict[str, Any]] = {}
        self._clones: dict[int, Block] = {}
        self._expiry: dict[int, float] = {}
        #: The State values ``close()`` called back (none is called back twice).
        self._called_back: list[Any] = []
        self.closed = False
        self.last_seen = time.monotonic()
        # Bookkeeping the engine keeps per session (trigger modes, waiting for idle):
        # the engine's jobs of each listener that are queued or running.
        self.pending: dict[int, list[Any]] = {}
        self.deferred: dict[int, Any] = {}
        #: Generation of each ``every=`` listener's repetition; cancelling bumps it.
        self.periodic: dict[int, int] = {}
        self._active = 0
        #: Made by the first ``wait_idle`` (an HTTP client's session never waits).
        self._idle: threading.Condition | None = None
        self._idle_waiters = 0  # threads in ``wait_idle`` now: only they need a notify
        #: Without initial values (a session that only runs given inputs, such as example
        #: caching) a value is taken from its block when first read; no value function runs.
        for each in list(app.blocks.values()) if initial_values else []:
            kind = block_kind(type(each))
            block: Any = each  # a State or a Component, as ``block_kind`` says
            if kind == STATE:
                self._store_state(block, self._initial_state(block))
            elif kind == COMPONENT:
                if block.load_fn is not None and not block.loads_with_events:
                    from . import files
                    from .components.base import serialize

                    try:
                        with files.bind(app.files):
                            value = serialize(block.postprocess(block.load_fn()))
                    except Exception as exc:  # keep the session usable; say what failed
                        log.error("%r: computing the initial value failed: %s", block, exc, exc_info=True)
                        value = None
                else:
                    value = block.value
                    if type(value) not in JSON_SCALARS:  # a copy of its own (an atom is one already)
                        value = copy.deepcopy(value)
                self.values[block._id] = value

    # -- values --------------------------------------------------------------------

    def _initial_state(self, state: Any) -> Any:
        try:
            return state.initial_value()
        except Exception as exc:
            log.error("%r: computing the initial value failed: %s", state, exc, exc_info=True)
            return None

    def _store_state(self, state: Any, value: Any) -> None:
        self.values[state._id] = value
        if state.time_to_live is not None:
            self._expiry[state._id] = time.monotonic() + state.time_to_live

    def get(self, block: Block) -> Any:
        with self.lock:
            if block._id not in self.values:
                if isinstance(block, _state_class()):
                    if self.closed:  # an event still running at close(): nothing is stored any more
                        return self._initial_state(block)
                    self._store_state(block, self._initial_state(block))
                elif block.root is self.app and hasattr(block, "value"):
                    self.values[block._id] = copy.deepcopy(block.value)  # made by a render
                else:
                    raise KeyError(f"{block!r} is not part of this app")
            value = self.values[block._id]
            if value is _DELETED:
                if self.closed:  # an event still running at close(): nothing is stored any more
                    return self._initial_state(block)
                self._store_state(block, self._initial_state(block))
                value = self.values[block._id]
            return value

    def set(self, block: Block, value: Any) -> None:
        """Store a value. A State value stored after the session closed (by an event still
        running at ``close()``) is not kept: its ``delete_callback`` runs at once, so every
        stored value is called back exactly once."""
        is_state = is_a(block, _state_class())
        with self.lock:
            closed_state = self.closed and is_state
            if not closed_state:
                if is_state:
                    self._store_state(block, value)
                else:
                    self.values[block._id] = value
        if closed_state and not any(value is done for done in self._called_back):
            _call_delete(block, value)

    def expire_states(self, now: float | None = None) -> None:
        """Delete State values whose ``time_to_live`` has passed; each callback runs once."""
        now = time.monotonic() if now is None else now
        due: list[tuple[Any, Any]] = []
        with self.lock:
            for block_id, deadline in list(self._expiry.items()):
                if deadline <= now:
                    del self._expiry[block_id]
                    value = self.values.get(block_id, _DELETED)
                    self.values[block_id] = _DELETED
                    if value is not _DELETED:
                        due.append((self.app.blocks[block_id], value))
        for state, value in due:
            _call_delete(state, value)

    def next_expiry(self) -> float | None:
        with self.lock:
            return min(self._expiry.values(), default=None)

    # -- props -------------------------------------------------------------------

    def component(self, block: Block) -> Block:
        """The block as this session sees it: the original, or a copy with updated props."""
        with self.lock:
            return self._clones.get(block._id, block)

    def update_props(self, block: Block, props: dict[str, Any]) -> Block:
        """Apply ``gr.update(...)`` props; returns the session's view of the block.

        The block's class is constructed again with the merged arguments, so every
        prop is validated and normalised exactly as in the constructor.
        """
        with self.lock:
            merged = {**self.overrides.get(block._id, {}), **props}
            args = {**getattr(block, "_constructor_args", {}), **merged}
            args.pop("value", None)
            args["render"] = False
            clone: Block
            if isinstance(block, BlockContext):
                clone = _clone_context(block, args)
            else:
                from .components.state import State

                if isinstance(block, State):
                    raise ValueError("State has no props to update")
                clone = type(block)(**args)
            clone._id = block._id
            clone.root = block.root
            clone.parent = block.parent
            self.overrides[block._id] = merged
            self._clones[block._id] = clone
            return clone

    def config(self, block: Block) -> dict[str, Any]:
        """Display props of the block in this session, with ``interactive`` resolved."""
        comp = self.component(block)
        cfg = comp.get_config()
        if "interactive" in cfg:
            explicit = cfg["interactive"]
            cfg["interactive"] = bool(explicit) if explicit is not None else self.app.interactive_default(block)
        if cfg.get("streaming"):
            streams = self.app.listeners_for(block, "stream", self.id)
            # How often the front end sends a frame: the stream listeners' stream_every.
            cfg["stream_every"] = min((d.stream_every for d in streams), default=0.5)
            limits = [d.time_limit for d in streams if d.time_limit is not None]
            cfg["time_limit"] = min(limits) if limits else None
        return cfg

    # -- activity ------------------------------------------------------------------

    def begin(self) -> None:
        with self.lock:
            self._active += 1

    def end(self) -> None:
        with self.lock:
            self._active -= 1
            if self._active <= 0:
                self._active = 0
                if self._idle_waiters:
                    assert self._idle is not None
                    self._idle.notify_all()

    @property
    def busy(self) -> bool:
        with self.lock:
            return self._active > 0

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Block until no event of this session is queued, running or chained; False on timeout."""
        with self.lock:
            if self._idle is None:
                self._idle = threading.Condition(self.lock)
            self._idle_waiters += 1
            try:
                return self._idle.wait_for(lambda: self._active == 0, timeout)
            finally:
                self._idle_waiters -= 1

    # -- lifetime ------------------------------------------------------------------

    def calls_back_on_close(self) -> bool:
        """Whether ``close()`` runs app code: a State's ``delete_callback`` or an unload function."""
        if getattr(self.app, "_unload_fns", None):
            return True
        blocks = self.app.blocks
        with self.lock:
            stored = [blocks.get(block_id) for block_id, value in self.values.items() if value is not _DELETED]
        # Only a State this session stored a value for is called back.
        return any(b is not None and block_kind(type(b)) == STATE and b.delete_callback is not None for b in stored)  # type: ignore[attr-defined]

    def close(self) -> None:
        """End the session: every State still holding a value gets its delete callback once."""
        with self.lock:
            if self.closed:
                return
            self.closed = True
            # The States this session stored a value for (a session makes its values when
            # first read, so a session of an API client holds few): walking them, not the
            # app's blocks, keeps the end of a one-call session cheap in a big app.
            blocks = self.app.blocks
            due = []
            for block_id, value in self.values.items():
                block = blocks.get(block_id)
                if block is not None and block_kind(type(block)) == STATE:
                    due.append((block, value))
            self._expiry.clear()
            for block, _ in due:
                self.values[block._id] = _DELETED
            self._called_back = [value for _, value in due if value is not _DELETED]
        for state, value in due:
            if value is not _DELETED:
                _call_delete(state, value)
        self.app._drop_session(self.id)
        for fn in list(getattr(self.app, "_unload_fns", [])):
            try:
                fn()
            except Exception:
                log.exception("unload function %r raised", fn)


def _clone_context(block: BlockContext, args: dict[str, Any]) -> BlockContext:
    clone = type(block)(**args)
    clone.children = block.children
    return clone


def _call_delete(state: Any, value: Any) -> None:
    callback: Callable[[Any], None] | None = state.delete_callback
    if callback is None:
        return
    try:
        callback(value)
    except Exception:
        log.exception("%r: delete_callback raised", state)


class SessionStore:
    """The sessions of one app, by id."""

    def __init__(self, app: Blocks):
        self.app = app
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    def create(self, session_id: str, sink: Any = None, *, cascade: bool = True, initial_values: bool = True) -> Session:
        session = Session(self.app, session_id, sink, cascade=cascade, initial_values=initial_values)
        with self._lock:
            old = self._sessions.get(session_id)
            self._sessions[session_id] = session
        if old is not None:
            old.close()
        return session

    def get(self, session_id: str) -> Session | None:
        with self._lock:
            return self._sessions.get(session_id)

    def all(self) -> list[Session]:
        with self._lock:
            return list(self._sessions.values())

    def close(self, session_id: str) -> None:
        with self._lock:
            session = self._sessions.pop(session_id, None)
        if session is not None:
            session.close()

    def close_all(self) -> None:
        with self._lock:
            sessions = list(self._sessions.values())
            self._sessions.clear()
        for s in sessions:
            s.close()
