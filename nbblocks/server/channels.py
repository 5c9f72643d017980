"""One HTTP client's session as the engine's sink, and the messages its events produce.

Each engine callback becomes a message item ``(event_id, kind, payload)`` at once;
it is put in the event's mailbox (the session's queue stream, or the event's own
``/call`` stream). Rendering to the wire happens when a stream sends it: the queue
stream sends generator outputs as diffs against what it last sent for that event,
``/call`` streams send full values.
"""

from __future__ import annotations

import asyncio
import copy
import json
import threading
import time
from typing import TYPE_CHECKING, Any, Literal, Protocol

from ..diffs import diff
from .api_info import _fallback, is_state, jsonable
from .mailbox import Mailbox
from .options import API_PREFIX, ServerOptions

if TYPE_CHECKING:
    from ..engine import Job, OutputChange, RenderChange
    from ..events import Dependency
    from ..sessions import Session

UPDATE = {"__type__": "update"}

Item = tuple[str, str, Any]  # (event_id, kind, payload)

#: Messages a mailbox keeps for a reader that is slow or absent before it starts
#: dropping superseded ones (an earlier yield, progress or queue position of the same
#: event). Diffs are computed when sending, so a skipped yield never breaks them.
MAX_BUFFERED = 256
_REPLACEABLE = {"generating", "progress", "estimation"}


def _drop_previous(items: Any, item: Item) -> None:
    for index in range(len(items) - 1, -1, -1):
        previous = items[index]
        if previous[0] == item[0] and previous[1] == item[1]:
            del items[index]
            return


class Registry(Protocol):
    """What a client's session asks of the registry that holds it (``registry.HttpRegistry``)."""

    options: ServerOptions

    def event_finished(self, record: EventRecord) -> None: ...

    def close_soon(self, hs: HttpSession) -> None: ...


class EventRecord:
    """One submitted event: which session, which endpoint, where its messages go."""

    __slots__ = ("box", "created", "dep", "done", "http", "id", "job", "kind", "reader")

    def __init__(self, event_id: str, kind: Literal["queue", "call"], http: HttpSession, dep: Dependency):
        self.id = event_id
        self.kind = kind
        self.http = http
        self.dep = dep
        self.job: Job | None = None
        #: Queue events share the session's stream; each ``/call`` event has its own.
        self.box = http.box if kind == "queue" else Mailbox()
        self.created = time.monotonic()
        #: Its final message has been put in the mailbox.
        self.done = False
        #: A ``/call`` stream is reading it.
        self.reader = False


class _Progress:
    """What the sink remembers about a running event."""

    __slots__ = ("generated", "result")

    def __init__(self) -> None:
        self.generated = False
        self.result: list[Any] | None = None


class HttpSession:
    """The sink of one engine session that belongs to an HTTP client (``session_hash``)."""

    #: An API client runs no JavaScript: a listener's ``js`` is skipped, as in Gradio.
    runs_js = False

    def __init__(self, registry: Registry, key: str, engine_id: str, *, ephemeral: bool = False):
        self.registry = registry
        self.key = key
        self.engine_id = engine_id
        #: A ``/call`` without ``session_hash``: closed as soon as its event finished.
        self.ephemeral = ephemeral
        #: The logged-in user who made it (``auth=``); only they may use it.
        self.owner: str | None = None
        self.session: Session | None = None
        self.lock = threading.Lock()
        self._done_lock = threading.Lock()
        self.box = Mailbox()
        #: Queue events whose final message is not in the mailbox yet (under ``box.lock``).
        self.pending: set[str] = set()
        self.events: dict[str, EventRecord] = {}
        self._progress: dict[str, _Progress] = {}
        self._orphans: dict[str, list[Item]] = {}
        #: Open streams (queue data and heartbeat) keep the session alive.
        self.streams = 0
        self.stream_generation = 0
        #: Set while a queue stream that sent ``close_stream`` waits for its client to
        #: close it; joins of this session wait for it (``docs/reliability.md``).
        self.closing: asyncio.Event | None = None
        #: Wakes a closing stream early: a newer stream, the session closed, the server stopping.
        self.control = Mailbox()
        #: The last full values the queue stream sent per generator event (for diffs).
        self.sent_values: dict[str, list[Any]] = {}
        self.last_seen = time.monotonic()
        #: ``scheme://host`` of the client's last request: streamed chunks get absolute URLs.
        self.origin = ""
        self.closed = False

    # -- bookkeeping -----------------------------------------------------------------

    def touch(self) -> None:
        self.last_seen = time.monotonic()

    def interrupt(self) -> None:
        """Wake this session's streams to look at their state again (any thread)."""
        self.control.signal()
        self.box.wake()

    @property
    def idle(self) -> bool:
        """No event running and no stream open (messages nobody came for do not count)."""
        with self.lock:
            running = any(not r.done for r in self.events.values())
        with self.box.lock:
            running = running or bool(self.pending)
        return not running and self.streams == 0

    def register(self, record: EventRecord, job: Job) -> None:
        """The event was submitted: route its messages (including early ones) to its mailbox."""
        record.job = job
        with self.lock:
            self.events[record.id] = record
            early = self._orphans.pop(record.id, [])
            if record.kind == "queue":
                with self.box.lock:
                    if not any(kind == "completed" for _, kind, _ in early):
                        self.pending.add(record.id)
        for item in early:
            self._deliver_to(record, item)

    def forget(self, event_id: str) -> None:
        with self.lock:
            self.events.pop(event_id, None)
            self._orphans.pop(event_id, None)

    def _deliver(self, item: Item) -> None:
        with self.lock:
            record = self.events.get(item[0])
            if record is None:
                self._orphans.setdefault(item[0], []).append(item)
                return
        self._deliver_to(record, item)

    def _deliver_to(self, record: EventRecord, item: Item) -> None:
        final = item[1] == "completed"
        with self._done_lock:
            if record.done:
                return  # already answered (cancelled before it started)
            if final:
                record.done = True
        box = record.box
        with box.lock:
            if len(box.items) >= MAX_BUFFERED and item[1] in _REPLACEABLE:
                _drop_previous(box.items, item)
            box.items.append(item)
            if final and record.kind == "queue":
                self.pending.discard(record.id)
            box._wake_locked()
        if final:
            self.registry.event_finished(record)

    def cancel(self, record: EventRecord) -> None:
        """Stop an event: not started yet, it is answered now; generators stop at their next yield."""
        job = record.job
        if job is None or record.done:
            return
        job.cancel_requested = True
        if job.state == "pending":
            self._deliver_to(record, (record.id, "completed", {"cancelled": True}))

    # -- the engine's sink protocol ------------------------------------------------

    def job_pending(self, job: Job) -> None:
        with self.lock:
            self._progress.setdefault(job.id, _Progress())

    def job_status(self, job: Job) -> None:
        if job.state == "running" and job.progress:
            self._deliver((job.id, "progress", copy.deepcopy(job.progress)))
        elif job.state == "pending" and job.queue_position is not None:
            self._deliver((job.id, "estimation", {"rank": job.queue_position}))

    def job_output(self, job: Job, changes: list[OutputChange], final: bool) -> None:
        with self.lock:
            state = self._progress.setdefault(job.id, _Progress())
        if final and state.generated and not changes:
            return  # the end of a generator: its last yield is the result
        values = output_values(job, changes, self.registry.options.root_path + API_PREFIX + "/file=", self.origin)
        if final and state.generated and state.result is not None:
            # Streamed media outputs joined when the generator ended: the result is the last
            # yield with those outputs replaced by their whole files, as in Gradio.
            joined = {c.block._id for c in changes}
            values = [v if b._id in joined else last for b, v, last in zip(job.dep.outputs, values, state.result)]
        state.result = values
        if not final:
            state.generated = True
            self._deliver((job.id, "generating", values))

    def job_finished(self, job: Job) -> None:
        with self.lock:
            state = self._progress.pop(job.id, None) or _Progress()
        if job.state == "success":
            data = state.result if state.result is not None else [None] * len(job.dep.outputs)
            started = job.started if job.started is not None else job.created
            duration = max(0.0, (job.finished or time.monotonic()) - started)
            payload: dict[str, Any] = {"success": True, "data": data, "duration": duration}
        elif job.state == "cancelled":
            payload = {"cancelled": True}
        else:
            payload = {"success": False, "error": error_output(job, self.registry.options.show_error)}
        self._deliver((job.id, "completed", payload))
        if self.ephemeral:
            self.registry.close_soon(self)

    def toast(self, job: Job, level: str, message: str, title: str, duration: float | None) -> None:
        if level == "error":
            return  # errors arrive with the event's completion
        self._deliver((job.id, "log", {"log": message, "level": level, "title": title, "duration": duration, "visible": True}))

    def render_changed(self, job: Job, change: RenderChange) -> None:
        pass  # a client sees outputs only, not the layout a render builds

    async def run_js(self, job: Job, code: str, args: list[Any]) -> Any:
        raise RuntimeError("an HTTP client runs no JavaScript")  # never asked: runs_js is False


# -- values -----------------------------------------------------------------------------


def output_values(job: Job, changes: list[OutputChange], file_route: str = "", stream_origin: str = "") -> list[Any]:
    """One JSON value per output of the listener, in order, for one result or yield.

    State outputs are ``null`` (State never leaves the server); an output the function
    left alone is Gradio's ``{"__type__": "update"}``; changed props come as an update
    dict with the props that were set. Files get the ``url`` they are served at
    (``file_route`` + their handle, relative to the server's root), as Gradio's do; a
    streamed chunk's URL is absolute (``stream_origin`` first), as Gradio's stream URLs are:
    gradio_client fetches a chunk from its ``url`` and puts its API root before relative ones.
    """
    by_block = {c.block._id: c for c in changes}
    session = job.session
    values: list[Any] = []
    for block in job.dep.outputs:
        if is_state(block):
            values.append(None)
            continue
        change = by_block.get(block._id)
        if change is None:
            values.append(dict(UPDATE))
            continue
        value = change.value
        if change.has_value and isinstance(value, (dict, list)):
            value = copy.deepcopy(value)  # a generator may mutate what it yielded
            if file_route:
                _add_file_urls(value, file_route, stream_origin)
        if change.props is None:
            values.append(value if change.has_value else dict(UPDATE))
            continue
        set_props = set(getattr(session, "overrides", {}).get(block._id, {}))
        update = {"__type__": "update", **{k: v for k, v in change.props.items() if k in set_props and k != "value"}}
        if change.has_value:
            update["value"] = value
        values.append(jsonable(update))
    return values


def _add_file_urls(value: Any, file_route: str, stream_origin: str = "") -> None:
    """Give every served FileData in ``value`` (a fresh copy) its download URL."""
    from urllib.parse import quote

    from ..files import is_url, map_file_data

    def add_url(item: Any) -> Any:
        path = item.get("path") if isinstance(item, dict) else None
        if isinstance(path, str) and item.get("url") is None and not is_url(path):
            item["url"] = (stream_origin if item.get("is_stream") else "") + file_route + quote(path, safe="/")
        return item

    map_file_data(value, add_url)


def error_output(job: Job, show_error: bool) -> dict[str, Any]:
    """The ``output`` of a failed event as Gradio sends it (only keys gradio_client accepts):
    a ``gr.Error`` (and the app's own refusals) with its title and duration; any other
    exception as ``str(exc)`` with ``show_error``, else ``{"error": None}``."""
    if job.exception is not None:
        return {"error": str(job.exception), "visible": True} if show_error else {"error": None}
    return {
        "error": job.error or "Error",
        "duration": job.error_duration,
        "visible": job.error_visible,
        "title": job.error_title,
    }


# -- rendering -----------------------------------------------------------------------------


def dumps(value: Any) -> str:
    """JSON every client parses: NaN and Infinity go as ``null`` (``json_values``)."""
    try:
        return json.dumps(value, separators=(",", ":"), default=_fallback, allow_nan=False)
    except ValueError:
        from ..json_values import for_clients

        return json.dumps(for_clients(json.loads(json.dumps(value, default=_fallback))), separators=(",", ":"))


def queue_message(item: Item, sent: dict[str, list[Any]]) -> dict[str, Any] | None:
    """The ``/queue/data`` message for an item; ``sent`` holds each event's last full values."""
    event_id, kind, payload = item
    if kind == "estimation":
        return {"msg": "estimation", "event_id": event_id, "rank": payload["rank"], "queue_size": None, "rank_eta": None}
    if kind == "progress":
        return {"msg": "progress", "event_id": event_id, "progress_data": payload}
    if kind == "log":
        return {"msg": "log", "event_id": event_id, **payload}
    if kind == "generating":
        previous = sent.get(event_id)
        if previous is None or len(previous) != len(payload):
            data: list[Any] = payload
        else:
            data = [diff(old, new) for old, new in zip(previous, payload)]
        sent[event_id] = payload
        return {"msg": "process_generating", "event_id": event_id, "output": {"data": data, "is_generating": True}, "success": True}
    if kind == "completed":
        sent.pop(event_id, None)
        if payload.get("cancelled"):
            return {"msg": "process_completed", "event_id": event_id, "output": {}, "success": True}
        if payload["success"]:
            duration = payload["duration"]
            output = {"data": payload["data"], "is_generating": False, "duration": duration, "average_duration": duration}
            return {"msg": "process_completed", "event_id": event_id, "output": output, "success": True}
        return {"msg": "process_completed", "event_id": event_id, "output": payload["error"], "success": False}
    return None


def call_message(item: Item) -> tuple[str, Any] | None:
    """The ``/call`` stream's ``(event, data)`` for an item: full values, no diffs."""
    _, kind, payload = item
    if kind == "generating":
        return "generating", payload
    if kind == "completed":
        if payload.get("cancelled"):
            return "error", "Cancelled"
        if payload["success"]:
            return "complete", payload["data"]
        return "error", payload["error"]
    return None
