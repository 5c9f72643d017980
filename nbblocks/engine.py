"""Runs one dependency for one session: inputs → preprocess → fn → postprocess → outputs.

Transport-agnostic: it reads and writes values in the ``Session`` and reports every
status change and output to the session's sink (the widget view, or an HTTP stream).
All jobs run on the engine loop (``_loop``); sync functions in worker threads.
"""

from __future__ import annotations

import asyncio
import contextvars
import copy
import functools
import inspect
import logging
import time
import uuid
from typing import Any, Callable

from . import _loop, reporting
from .block import Block, BlockContext
from .blocks import Blocks, event_data_params
from .events import Dependency, EventData, EventListener
from .exceptions import Error, InvalidComponentError
from .sessions import OutputChange, Session, SessionStore
from .updates import is_update

log = logging.getLogger("nbblocks")

_STOP = object()


class Job:
    """One run of one dependency in one session."""

    def __init__(self, dep: Dependency, session: Session, event_data: EventData | None):
        self.id = uuid.uuid4().hex
        self.dep = dep
        self.session = session
        self.event_data = event_data
        self.state = "pending"  # pending | running | success | error
        self.error: str | None = None
        self.error_title = "Error"
        self.error_duration: float | None = 10
        self.error_visible = True
        self.outputs: list[Any] = []
        self.created = time.monotonic()
        self.started: float | None = None
        self.finished: float | None = None

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

    def __repr__(self) -> str:
        return f"Job({getattr(self.dep.fn, '__name__', None)}, {self.state})"


class Engine:
    """Executes an app's dependencies; one per app, shared by all its sessions."""

    def __init__(self, app: Blocks):
        self.app = app
        self.sessions = SessionStore(app)
        self._limits: dict[str, asyncio.Semaphore] = {}
        self._event_params: dict[int, dict[str, type[EventData]]] = {}
        self.closed = False
        self._sweeper: Any = None
        if any(getattr(b, "time_to_live", None) for b in app.blocks.values()):
            self._sweeper = _loop.submit(self._sweep_states())

    # -- entry points ------------------------------------------------------------------

    def start_session(self, session_id: str, sink: Any, *, cascade: bool = True) -> Session:
        """A new viewer: fresh values, then the app's ``load`` listeners."""
        session = self.sessions.create(session_id, sink, cascade=cascade)
        if cascade:
            self.dispatch(session, None, "load")
        return session

    def dispatch(self, session: Session, block: Block | None, event: str, data: Any = None) -> list[Job]:
        """An event happened on ``block``: submit every listener of it."""
        deps = self.app.listeners_for(block, event)
        if not deps:
            return []
        listener = getattr(type(block), event, None) if block is not None else None
        data_class = listener.data_class if isinstance(listener, EventListener) else EventData
        event_data = data_class(block, data)
        jobs = []
        for dep in deps:
            job = self.submit(dep, session, event_data)
            if job is not None:
                jobs.append(job)
        return jobs

    def submit(self, dep: Dependency, session: Session, event_data: EventData | None = None) -> Job | None:
        """Queue one run, honouring ``trigger_mode`` for this session.

        "once" ignores a trigger while a run is pending; "always_last" keeps only the
        latest trigger and runs it when the pending run ends; "multiple" queues all.
        """
        if self.closed or session.closed:
            return None
        with session.lock:
            pending = session.pending.setdefault(dep.id, [])
            if pending and dep.trigger_mode == "once":
                return None
            if pending and dep.trigger_mode == "always_last":
                if dep.id not in session.deferred:
                    session.begin()
                session.deferred[dep.id] = event_data
                return None
            job = Job(dep, session, event_data)
            pending.append(job)
            session.begin()
        if session.sink is not None:
            session.sink.job_pending(job)
        _loop.submit(self._run(job))
        return job

    def close(self) -> None:
        self.closed = True
        if self._sweeper is not None:
            self._sweeper.cancel()
        self.sessions.close_all()

    # -- running -----------------------------------------------------------------------

    def _semaphore(self, dep: Dependency) -> asyncio.Semaphore | None:
        if not dep.queue:
            return None
        key = f"id:{dep.concurrency_id}" if dep.concurrency_id else f"dep:{dep.id}"
        sem = self._limits.get(key)
        if sem is None:
            group = [d for d in self.app.dependencies if d.concurrency_id == dep.concurrency_id] if dep.concurrency_id else [dep]
            limits = [self._limit_of(d) for d in group]
            finite = [n for n in limits if n is not None]
            if not finite:
                return None
            sem = self._limits[key] = asyncio.Semaphore(min(finite))
        return sem

    def _limit_of(self, dep: Dependency) -> int | None:
        return self.app.default_concurrency_limit if dep.concurrency_limit == "default" else dep.concurrency_limit  # type: ignore[return-value]

    async def _run(self, job: Job) -> None:
        token = reporting.current_job.set(job)
        try:
            sem = self._semaphore(job.dep)
            if sem is not None:
                await sem.acquire()
            try:
                job.state = "running"
                job.started = time.monotonic()
                await self._execute(job)
                job.state = "success"
            finally:
                if sem is not None:
                    sem.release()
        except Error as exc:
            job.fail(exc.message, title=exc.title, duration=exc.duration, visible=exc.visible)
        except InvalidComponentError as exc:
            job.fail(str(exc))
        except Exception as exc:
            log.error("Error in %s", getattr(job.dep.fn, "__name__", "event"), exc_info=exc)
            job.fail(f"{type(exc).__name__}: {exc}")
        finally:
            reporting.current_job.reset(token)
            job.finished = time.monotonic()
            self._finish(job)

    def _finish(self, job: Job) -> None:
        session, dep = job.session, job.dep
        try:
            if session.sink is not None:
                session.sink.job_finished(job)
                if job.state == "error" and job.error_visible:
                    session.sink.toast("error", job.error or "Error", job.error_title, job.error_duration)
            if session.cascade:
                ok = job.state == "success"
                for follower in self.app.followers_of(dep):
                    if (follower.trigger_only_on_success and not ok) or (follower.trigger_only_on_failure and ok):
                        continue
                    self.submit(follower, session, None)
            with session.lock:
                pending = session.pending.get(dep.id, [])
                if job in pending:
                    pending.remove(job)
                deferred = dep.id in session.deferred and not pending
                data = session.deferred.pop(dep.id, None) if deferred else None
            if deferred:
                self.submit(dep, session, data)
                session.end()  # the deferred trigger's count moves to the job it became
        except Exception:
            log.exception("nbblocks: finishing %r failed", job)
        finally:
            session.end()

    async def _execute(self, job: Job) -> None:
        dep = job.dep
        fn = dep.fn
        if fn is None:
            return
        args = self._inputs(job)
        kwargs = {name: job.event_data or cls(None, None) for name, cls in self._params(dep).items()}
        if dep.inputs_as_dict:
            args = [dict(zip(dep.inputs, args))]
        ctx = contextvars.copy_context()
        loop = asyncio.get_running_loop()

        async def in_thread(f: Callable, *a: Any, **kw: Any) -> Any:
            return await loop.run_in_executor(_loop.get_executor(), functools.partial(ctx.run, f, *a, **kw))

        if inspect.isasyncgenfunction(fn):
            result: Any = fn(*args, **kwargs)
        elif inspect.iscoroutinefunction(fn) or inspect.isgeneratorfunction(fn):
            result = fn(*args, **kwargs)
        else:
            result = await in_thread(fn, *args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        if inspect.isasyncgen(result):
            async for item in result:
                self._apply(job, item, final=False)
            self._done_streaming(job)
        elif inspect.isgenerator(result):
            while True:
                item = await in_thread(next, result, _STOP)
                if item is _STOP:
                    break
                self._apply(job, item, final=False)
            self._done_streaming(job)
        else:
            self._apply(job, result, final=True)

    def _done_streaming(self, job: Job) -> None:
        if job.session.sink is not None:
            job.session.sink.job_output(job, [], True)

    def _params(self, dep: Dependency) -> dict[str, type[EventData]]:
        params = self._event_params.get(dep.id)
        if params is None:
            params = self._event_params[dep.id] = event_data_params(dep.fn) if dep.fn else {}
        return params

    # -- values in and out -------------------------------------------------------

    def _inputs(self, job: Job) -> list[Any]:
        from .components.base import Component
        from .components.state import State

        session = job.session
        values = []
        for block in job.dep.inputs:
            raw = session.get(block)
            if isinstance(block, State):
                values.append(raw)
                continue
            if isinstance(raw, (dict, list)):
                raw = copy.deepcopy(raw)
            comp = session.component(block)
            if job.dep.preprocess and isinstance(comp, Component):
                values.append(comp.preprocess(comp.payload_from_json(raw)))
            else:
                values.append(raw)
        return values

    def _apply(self, job: Job, result: Any, *, final: bool) -> None:
        changes = self._postprocess(job, result)
        session = job.session
        if session.sink is not None:
            session.sink.job_output(job, changes, final)
        if session.cascade:
            for change in changes:
                if change.has_value and change.changed:
                    self.dispatch(session, change.block, "change")

    def _postprocess(self, job: Job, result: Any) -> list[OutputChange]:
        from .components.base import component_name

        dep = job.dep
        outputs = dep.outputs
        if not outputs:
            return []
        fn_name = getattr(dep.fn, "__name__", "fn")
        if isinstance(result, dict) and result and not is_update(result) and all(isinstance(k, Block) for k in result):
            pairs = []
            for block, value in result.items():
                if block not in outputs:
                    raise Error(f"{fn_name}() returned a value for {component_name(block)}, which is not one of its outputs")
                pairs.append((block, value))
        elif len(outputs) == 1:
            pairs = [(outputs[0], result)]
        else:
            if not isinstance(result, (tuple, list)) or len(result) != len(outputs):
                got = len(result) if isinstance(result, (tuple, list)) else 1
                raise Error(f"{fn_name}() returned {got} value{'s' if got != 1 else ''} but the listener has {len(outputs)} outputs")
            pairs = list(zip(outputs, result))
        job.outputs = []
        changes = [self._postprocess_one(job, block, value) for block, value in pairs]
        return [c for c in changes if c is not None]

    def _postprocess_one(self, job: Job, block: Block, value: Any) -> OutputChange | None:
        from .components.base import Component, component_name, serialize
        from .components.state import State

        session = job.session
        props = None
        if isinstance(value, Block) and not isinstance(value, State):
            value = _as_update(value)
        if is_update(value):
            upd = {k: v for k, v in value.items() if k != "__type__"}
            has_value = "value" in upd
            new_value = upd.pop("value", None)
            if upd:
                try:
                    session.update_props(block, upd)
                except (TypeError, ValueError) as exc:
                    raise Error(f"{component_name(block)}: invalid update {sorted(upd)}: {exc}") from None
                props = session.config(block)
            if not has_value:
                return OutputChange(block, props=props) if props is not None else None
            value = new_value
        if isinstance(block, BlockContext):
            raise Error(f"{type(block).__name__} is a layout: return gr.update(...) to change it, not a value")
        comp = session.component(block)
        if isinstance(block, State) or not job.dep.postprocess or not isinstance(comp, Component):
            payload = value
        else:
            payload = serialize(comp.postprocess(value))
        old = session.get(block)
        session.set(block, payload)
        return OutputChange(block, payload, True, props, changed=_differs(old, payload))

    # -- State time_to_live ---------------------------------------------------------

    async def _sweep_states(self) -> None:
        while not self.closed:
            now = time.monotonic()
            nearest = None
            for session in self.sessions.all():
                session.expire_states(now)
                nxt = session.next_expiry()
                if nxt is not None and (nearest is None or nxt < nearest):
                    nearest = nxt
            delay = 0.5 if nearest is None else max(0.01, min(0.5, nearest - time.monotonic()))
            await asyncio.sleep(delay)


def _as_update(block: Block) -> dict[str, Any]:
    """A component returned from a function updates the props its constructor was given."""
    args = dict(getattr(block, "_constructor_args", {}))
    args.pop("render", None)
    return {"__type__": "update", **args}


_IMMUTABLE = (str, int, float, bool, bytes, tuple, frozenset, type(None))


def _differs(old: Any, new: Any) -> bool:
    """Whether ``change`` should fire. The same mutable object counts as changed: a
    function may have mutated a State value in place and returned it."""
    if old is new:
        return not isinstance(new, _IMMUTABLE)
    try:
        return bool(old != new)
    except Exception:
        return True
