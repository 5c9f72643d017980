"""What the engine and a transport say to each other: a :class:`Job` (one run of one
listener in one session), its :class:`OutputChange` s and :class:`RenderChange` s, and
the :class:`Sink` a transport gives each session to hear about them.

Every report goes through the session's sink, always by the same methods: the widgets'
``AppView`` and the HTTP server's ``HttpSession`` implement all of them, and a session
without a front end (an API call from Python, example caching) gets :data:`NULL_SINK`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
import secrets
import threading
import time
from typing import TYPE_CHECKING, Any, Protocol

from . import loop as _loop

if TYPE_CHECKING:
    from ..block import Block
    from ..events import Dependency, EventData
    from ..sessions import Session

__all__ = ["Job", "NULL_SINK", "NullSink", "OutputChange", "RenderChange", "Sink", "StreamedOutputs"]

_PROGRESS_INTERVAL = 0.05  # seconds between progress reports to a front end
_DONE_LOCK = threading.Lock()  # makes a job's ``done`` event at most once


class OutputChange:
    """One output after a function returned: its new value and/or changed props."""

    __slots__ = ("block", "changed", "has_value", "props", "value")

    def __init__(
        self, block: Block, value: Any = None, has_value: bool = False, props: dict[str, Any] | None = None, changed: bool = False
    ):
        self.block = block
        self.value = value
        self.has_value = has_value
        self.props = props
        #: The value differs from before (for a layout a person changes too, what it
        #: shows: a ``Tabs``' tab, a ``Walkthrough``'s step, whether an ``Accordion`` is
        #: open), so ``change`` listeners fire (a layout's ``shown_events``).
        self.changed = changed

    def __repr__(self) -> str:
        return f"OutputChange({type(self.block).__name__}, value={self.value!r}, props={self.props!r})"


@dataclasses.dataclass
class RenderChange:
    """A ``@gr.render`` function ran for a session and what it built replaced the
    previous run (the engine has already updated the app graph and the session)."""

    #: The id of the render's container block (its children are ``top``).
    container_id: int
    #: What the run placed in the container, in order.
    top: list[Block]
    #: ``{new block id: old block id}``: blocks with a matching ``key`` that take over
    #: their predecessor's front-end model.
    reused: dict[int, int]
    #: The previous run's blocks, now gone.
    removed: list[Block]


class Sink(Protocol):
    """What a transport implements to hear about a session's jobs."""

    #: Whether this front end runs a listener's ``js`` function (a browser page does; an
    #: API client does not, and the function then runs on the inputs it sent, as in Gradio).
    runs_js: bool

    def job_pending(self, job: Job) -> None:
        """A job was queued (its outputs show a pending state)."""

    def job_status(self, job: Job) -> None:
        """A waiting job's queue position or a running job's progress changed."""

    def job_output(self, job: Job, changes: list[OutputChange], final: bool) -> None:
        """Outputs changed: a result (``final``) or a generator's yield."""

    def job_finished(self, job: Job) -> None:
        """The job ended: ``job.state`` is success, error or cancelled."""

    def toast(self, job: Job, level: str, message: str, title: str, duration: float | None) -> None:
        """A message to show (``gr.Info``/``Warning``/``Success`` from the function, or
        ``error`` when it failed)."""

    def render_changed(self, job: Job, change: RenderChange) -> None:
        """A ``@gr.render`` run replaced what its container shows."""

    async def run_js(self, job: Job, code: str, args: list[Any]) -> Any:
        """Run a listener's ``js`` in the front end (only asked when ``runs_js``)."""


class NullSink:
    """The sink of a session nobody watches: every report is dropped."""

    runs_js = False

    def job_pending(self, job: Job) -> None:
        pass

    def job_status(self, job: Job) -> None:
        pass

    def job_output(self, job: Job, changes: list[OutputChange], final: bool) -> None:
        pass

    def job_finished(self, job: Job) -> None:
        pass

    def toast(self, job: Job, level: str, message: str, title: str, duration: float | None) -> None:
        pass

    def render_changed(self, job: Job, change: RenderChange) -> None:
        pass

    async def run_js(self, job: Job, code: str, args: list[Any]) -> Any:
        raise RuntimeError("a session without a front end cannot run JavaScript")


NULL_SINK = NullSink()


class StreamedOutputs(Protocol):
    """The streamed media outputs of one generator run (``outputs.MediaStreams``)."""

    def streams(self, comp: Any) -> bool: ...
    def chunk(self, comp: Any, block: Block, value: Any) -> Any: ...
    def finish(self, job: Job) -> list[OutputChange]: ...


class Turn:
    """A job's place in its session's order (``Engine``): over once the job has called its
    function or ended. The future a later job waits on is made only when one has to wait:
    most jobs run alone, and a future costs a condition and a lock to make and to set."""

    __slots__ = ("future", "over")

    def __init__(self) -> None:
        self.over = False
        self.future: concurrent.futures.Future[None] | None = None


class Job:
    """One run of one dependency in one session.

    What most runs never change is a class-level default, set on the instance only when
    it changes: a job is made for every event, and its setup is part of each event's cost."""

    #: (its own turn, the turn of the session's job before it): over once the job has
    #: called its function or ended, so functions start in submission order.
    turn: tuple[Turn, Turn | None] | None = None
    #: The ``gr.Request`` of an HTTP call (None in the notebook: one is made per call).
    request: Any = None
    error: str | None = None
    error_title = "Error"
    error_duration: float | None = 10
    error_visible = True
    exception: BaseException | None = None
    queue_position: int | None = None
    progress: list[dict[str, Any]] | None = None
    #: Seconds this run is expected to take (the mean of the dependency's earlier
    #: successful runs), or None before the first one finished: the page's ETA.
    eta: float | None = None
    tracking_progress: Any = None
    cancel_requested = False
    periodic_generation = 0
    started: float | None = None
    finished: float | None = None
    _task: asyncio.Task[Any] | None = None
    #: Set once the engine accepted the job (progress reports go to the loop then).
    accepted = False
    _progress_sent = 0.0
    _progress_timer: asyncio.TimerHandle | None = None
    #: The chunks of streamed media outputs while a generator runs (``outputs.py``).
    media_streams: StreamedOutputs | None = None
    _ended = False

    def __init__(self, dep: Dependency, session: Session, event_data: EventData | None, inputs: list[Any] | None = None):
        self.dep = dep
        self.session = session
        self.event_data = event_data
        #: Input payloads sent with the request (HTTP); None reads them from the session.
        self.inputs = inputs
        self.state = "pending"  # pending | running | success | error | cancelled
        #: Inputs whose validator failed: [(block, message)].
        self.validation: list[tuple[Block, str]] = []
        self.created = time.monotonic()

    @property
    def done(self) -> threading.Event:
        """Set once the job ended (its reports made); made when first asked for, as most
        jobs are never waited on this way."""
        event: threading.Event | None = self.__dict__.get("_done")
        if event is None:
            with _DONE_LOCK:
                event = self.__dict__.get("_done")
                if event is None:
                    event = self.__dict__["_done"] = threading.Event()
                    if self._ended:
                        event.set()
        return event

    def end(self) -> None:
        """The engine is done with the job: ``done`` is set (now, or when it is made)."""
        with _DONE_LOCK:
            self._ended = True
            event: threading.Event | None = self.__dict__.get("_done")
        if event is not None:
            event.set()

    @property
    def id(self) -> str:
        """An unguessable event id (HTTP clients read results by it), made when first
        asked for: a notebook event never needs one."""
        made: str | None = self.__dict__.get("_id")
        if made is None:  # setdefault: threads asking at once all get the first one
            made = self.__dict__.setdefault("_id", secrets.token_hex(16))
        return made

    @property
    def sink(self) -> Sink:
        """Where this job's reports go: its session's front end, if it has one."""
        sink: Sink | None = self.session.sink
        return sink if sink is not None else NULL_SINK

    @property
    def progress_blocks(self) -> list[Block]:
        """Where the pending state is shown: ``show_progress_on``, else the outputs."""
        return self.dep.show_progress_on if self.dep.show_progress_on is not None else self.dep.outputs

    def fail(self, message: str, *, title: str = "Error", duration: float | None = 10, visible: bool = True) -> None:
        self.state = "error"
        self.error = message
        self.error_title = title
        self.error_duration = duration
        self.error_visible = visible

    def toast(self, level: str, message: str, title: str, duration: float | None) -> None:
        """Show a message in this job's front end (the one path of every toast)."""
        self.sink.toast(self, level, message, title, duration)

    def report_progress(self, units: list[dict[str, Any]] | None) -> None:
        """From ``gr.Progress`` (any thread): remember, and tell the sink at most every 50 ms."""
        self.progress = units
        if self.accepted:
            _loop.get_loop().call_soon_threadsafe(self._flush_progress)

    def _flush_progress(self) -> None:
        if self.state not in ("pending", "running") or self._progress_timer is not None:
            return
        wait = self._progress_sent + _PROGRESS_INTERVAL - time.monotonic()
        if wait > 0:
            self._progress_timer = asyncio.get_running_loop().call_later(wait, self._send_progress)
        else:
            self._send_progress()

    def _send_progress(self) -> None:
        self._progress_timer = None
        if self.state not in ("pending", "running"):
            return
        self._progress_sent = time.monotonic()
        self.sink.job_status(self)

    def __repr__(self) -> str:
        return f"Job({getattr(self.dep.fn, '__name__', None)}, {self.state})"
