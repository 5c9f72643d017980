"""Calling user functions: arguments, threads vs the loop, generators, batches."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import functools
import inspect
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING, Any, cast

from ..component_meta import is_a
from ..events import EventData, event_data_params
from ..exceptions import Error
from ..progress import Progress, enable_tqdm_tracking
from ..route_utils import Request
from . import loop as _loop

if TYPE_CHECKING:
    from ..components._files import FileValue
    from ..components.base import Component
    from ..components.state import State
    from .contract import Job

_STOP = object()


class Signature:
    """What a function asks for besides its inputs: event data and Progress parameters."""

    def __init__(self, fn: Callable[..., Any] | None):
        self.event_params: dict[str, type] = event_data_params(fn) if fn else {}
        self.progress_params: dict[str, Progress] = {}
        if fn is not None:
            params: Iterable[inspect.Parameter]
            try:
                params = inspect.signature(fn).parameters.values()
            except (TypeError, ValueError):
                params = []
            for p in params:
                if isinstance(p.default, Progress):
                    self.progress_params[p.name] = p.default
        self.track_tqdm = any(p.track_tqdm for p in self.progress_params.values())
        #: A plain synchronous function (no coroutine or generator function): the engine
        #: may run it, with its pre- and postprocessing, in one worker thread (``Engine``'s
        #: fast path).
        self.plain = fn is not None and not _runs_on_loop(fn)
        if self.track_tqdm:
            enable_tqdm_tracking()

    def kwargs(self, job: Job) -> dict[str, Any]:
        if not self.event_params and not self.progress_params:
            return {}  # the usual function: its inputs only
        out: dict[str, Any] = {
            name: _request(job) if issubclass(cls, Request) else _as_event_data(job.event_data, cast("type[EventData]", cls))
            for name, cls in self.event_params.items()
        }
        for name, declared in self.progress_params.items():
            bound = declared._bind(job)
            out[name] = bound
            if declared.track_tqdm:
                job.tracking_progress = bound
        return out


@functools.cache
def _kinds() -> tuple[Any, type[FileValue], type[Component], Callable[[Any], str], type[State]]:
    """What ``read_inputs`` asks of each input, imported once (the components layer sits
    above the engine; an import statement per event costs about a microsecond each)."""
    from .. import files
    from ..components._files import FileValue
    from ..components.base import Component, component_name
    from ..components.state import State

    return files, FileValue, Component, component_name, State


def read_inputs(job: Job) -> list[Any]:
    """Input values for the function: from the request or the session, preprocessed."""
    files, FileValue, Component, component_name, State = _kinds()
    session = job.session
    values = []
    for i, block in enumerate(job.dep.inputs):
        if is_a(block, State):
            values.append(session.get(block))
            continue
        raw = job.inputs[i] if job.inputs is not None else session.get(block)
        if isinstance(raw, (dict, list)):
            raw = copy.deepcopy(raw)
        comp = session.component(block)
        if job.dep.preprocess and is_a(comp, Component):
            payload = comp.payload_from_json(raw)
            if payload is not None and files.holds_files(comp) and not isinstance(comp, FileValue):
                payload = files.localize(payload, files.current(), component_name(comp))
            values.append(comp.preprocess(payload))
        else:
            if isinstance(raw, (dict, list)):
                files.keep_files(raw, files.current())  # the function may keep the handles
            values.append(raw)
    return values


def in_thread(ctx: contextvars.Context) -> Callable[..., Any]:
    loop = asyncio.get_running_loop()

    async def run(f: Callable[..., Any], *a: Any, **kw: Any) -> Any:
        return await loop.run_in_executor(_loop.get_executor(), functools.partial(ctx.run, f, *a, **kw))

    return run


async def call(fn: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Any:
    """Call ``fn``: a coroutine on the loop, anything else in a worker thread.

    Returns the value, or a (sync or async) generator still to be iterated.
    """
    if _runs_on_loop(fn):
        result = fn(*args, **kwargs)
    else:
        result = await in_thread(contextvars.copy_context())(fn, *args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result


def _runs_on_loop(fn: Callable[..., Any]) -> bool:
    """Coroutine and generator functions are called on the loop (a generator's steps then
    go to worker threads); anything else is called in a worker thread."""
    return inspect.isasyncgenfunction(fn) or inspect.iscoroutinefunction(fn) or inspect.isgeneratorfunction(fn)


def is_stream(result: Any) -> bool:
    return inspect.isgenerator(result) or inspect.isasyncgen(result)


async def iterate(result: Any) -> AsyncIterator[Any]:
    """Items of a sync generator (each step in a worker thread) or an async generator."""
    if inspect.isasyncgen(result):
        try:
            async for item in result:
                yield item
        finally:
            await result.aclose()
        return
    run = in_thread(contextvars.copy_context())
    try:
        while True:
            item = await run(next, result, _STOP)
            if item is _STOP:
                return
            yield item
    finally:
        await run(result.close)


def split_batch(job: Job, result: Any, size: int) -> list[Any]:
    """A batch function returns one list per output; give each caller its own values."""
    fn_name = getattr(job.dep.fn, "__name__", "fn")
    n_out = len(job.dep.outputs)
    if n_out == 0:
        return [None] * size
    if not isinstance(result, (tuple, list)) or len(result) != n_out or not all(isinstance(col, (list, tuple)) for col in result):
        raise Error(f"{fn_name}() runs with batch=True: it must return a tuple of {n_out} list(s), one per output")
    for col in result:
        if len(col) != size:
            raise Error(f"{fn_name}() got a batch of {size} but returned a list of {len(col)}")
    rows = list(zip(*result))
    return [row[0] if n_out == 1 else tuple(row) for row in rows]


def _as_event_data(data: EventData | None, cls: type[EventData]) -> EventData:
    """The event's data as the class a parameter is annotated with (Gradio rebuilds it the
    same way), so ``evt: gr.SelectData`` works whichever listener class carried it."""
    if data is None:
        return cls(None, None)
    if isinstance(data, cls):
        return data
    return cls(data.target, data._data)


def _request(job: Job) -> Request:
    """The HTTP call's ``gr.Request`` (or the web page tab's); in the notebook one with the
    session's id only."""
    request = job.request if job.request is not None else job.session.request
    return request if isinstance(request, Request) else Request(session_hash=job.session.id)
