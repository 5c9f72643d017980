"""Runs one dependency for one session: inputs → preprocess → fn → postprocess → outputs.

Transport-agnostic: it reads and writes values in the ``Session`` and reports every
status change and output to the session's sink (``contract.Sink``: the widget view, an
HTTP stream, or nobody). All jobs run on the engine loop (``loop``); sync functions in
worker threads. Queue semantics follow Gradio: trigger modes, concurrency limits and
ids, cancels, batches, validators, ``every``, ``time_limit``, ``max_size``.

The commonest event, a plain sync function with a free concurrency slot and nothing to
await first (no ``js``, validator, render or batch), takes a fast path: it is handed
once to a warm worker thread, which preprocesses, calls it, postprocesses and reports
its outputs with the job's end in one message per model. Everything else, and any job
that must wait for its turn, runs on the loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import functools
import inspect
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import files, reporting
from ..block import Block, BlockContext
from ..events import Dependency, EventData, EventListener
from ..exceptions import Error, InvalidComponentError
from ..sessions import Session, SessionStore
from ..validation import is_validation
from . import loop as _loop
from .calling import Signature, call, in_thread, is_stream, iterate, read_inputs, split_batch
from .contract import Job, OutputChange, Turn
from .limiter import Handed, Limiter
from .outputs import MediaStreams, apply_output, differs, split_result
from .render import rerender
from .timers import schedule_every, start_timers

if TYPE_CHECKING:
    from ..blocks import Blocks

log = logging.getLogger("nbblocks")

#: What most functions return: never a coroutine or a generator to go on with.
_PLAIN_RESULTS = frozenset({str, int, float, bool, type(None), tuple, list, dict})

#: Seconds between two reports of a generator's outputs to a front end (at most 50 a second).
STREAM_INTERVAL = 0.02


class Engine:
    """Executes an app's dependencies; one per app, shared by all its sessions."""

    def __init__(self, app: Blocks):
        self.app = app
        self.sessions = SessionStore(app)
        self._limiters: dict[str, Limiter | None] = {}
        #: The same by dependency id: the lookup every event makes.
        self._dep_limiters: dict[int, Limiter | None] = {}
        self._signatures: dict[int, Signature] = {}
        self._batches: dict[int, list[tuple[Job, list[Any], asyncio.Future[Any]]]] = {}
        self._run_times: dict[int, tuple[int, float]] = {}  # dep id -> (runs, mean seconds)
        self._waiting = 0  # jobs accepted but not started, for Blocks.queue(max_size=)
        self._lock = threading.Lock()
        #: Per session (by ``id``): the turn of its last submitted job (``_Turns``).
        self._turns: dict[int, Turn] = {}
        self.closed = False
        self._sweeper: Any = None
        if any(getattr(b, "time_to_live", None) for b in app.blocks.values()):
            self._sweeper = _loop.submit(self._sweep_states())
        self._file_sweeper: Any = None
        if app.delete_cache is not None:
            self._file_sweeper = _loop.submit(self._sweep_files(*app.delete_cache))

    def prepare(self) -> None:
        """What the app's first event needs and showing the app does not: the loop and a
        worker thread started, the modules an event reads imported, the functions'
        signatures read, the app's file cache made. ``AppRuntime`` runs this in a thread
        of its own once the app is shown, while the page draws it; every part is also
        made on first use."""
        from . import calling, outputs

        _loop.warm()
        calling._kinds()
        outputs._kinds()
        for dep in list(self.app.dependencies):
            if dep.fn is not None and not self.closed:
                self._signature(dep)
        if not self.app.closed:
            self.app.files  # noqa: B018  # made on first use

    # -- entry points ------------------------------------------------------------------

    def start_session(self, session: Session) -> None:
        """A live front end is ready: run ``load`` listeners and start its timers."""
        if session.cascade:
            self.dispatch(session, None, "load")
            start_timers(self, session)

    def dispatch(self, session: Session, block: Block | None, event: str, data: Any = None) -> list[Job]:
        """An event happened on ``block``: submit every listener of it."""
        deps = self.app.listeners_for(block, event, session.id)
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

    def rerun_load(self, session: Session, block: Block) -> list[Job]:
        """Run again the ``load`` listeners that read ``block``, whose value came from the
        page after the session started (a BrowserState's stored value): Gradio's page runs
        load after reading its storage. A run still pending is followed, not dropped."""
        jobs = []
        for dep in self.app.listeners_for(None, "load", session.id):
            if any(inp is block for inp in dep.inputs):
                job = self.submit(dep, session, EventData(None, None), trigger_mode="always_last")
                if job is not None:
                    jobs.append(job)
        return jobs

    def submit(
        self,
        dep: Dependency,
        session: Session,
        event_data: EventData | None = None,
        *,
        inputs: list[Any] | None = None,
        request: Any = None,
        trigger_mode: str | None = None,
    ) -> Job | None:
        """Queue one run, honouring ``trigger_mode`` for a live front end's session.

        "once" ignores a trigger while a run is pending; "always_last" keeps only the
        latest trigger and runs it when the pending run ends; "multiple" queues all.
        API sessions (``cascade=False``) queue every call, as Gradio's server does.
        ``inputs`` are payloads sent with the call (State positions are ignored and
        read from the session). ``cancels`` of the listener take effect first.
        ``trigger_mode`` overrides the listener's own for this trigger.
        """
        if self.closed or session.closed:
            return None
        if inputs is not None and len(inputs) != len(dep.inputs):
            raise ValueError(f"expected {len(dep.inputs)} input value(s), got {len(inputs)}")
        for target in dep.cancels:
            self.cancel(session, target)
        if dep.fn is None and not dep.outputs:
            return None
        with session.lock:
            pending = session.pending.setdefault(dep.id, [])
            mode = trigger_mode or dep.trigger_mode
            if pending and session.cascade and mode == "once":
                return None
            if pending and session.cascade and mode == "always_last":
                if dep.id not in session.deferred:
                    session.begin()
                session.deferred[dep.id] = event_data
                return None
            job = Job(dep, session, event_data, inputs)
            self._take_turn(job)
            job.request = request
            job.accepted = True
            job.eta = self._run_times[dep.id][1] if dep.id in self._run_times else None
            job.periodic_generation = session.periodic.get(dep.id, 0)
            pending.append(job)
            # _alone, while the lock is held: no list is left empty, so one list of one
            # job is this job alone (were one left empty, the job would take the loop).
            alone = len(pending) == 1 and len(session.pending) == 1
            session.begin()
        max_size = self.app.max_size
        with self._lock:
            full = dep.queue and max_size is not None and self._waiting >= max_size
            if not full:
                self._waiting += 1
        job.sink.job_pending(job)
        if full:
            job.fail("The queue is full, try again later.", title="Queue full")
            _loop.get_loop().call_soon_threadsafe(self._finish, job)
        elif not (alone and self._run_fast(job)):
            _loop.submit(self._run(job))
        return job

    def cancel(self, session: Session, dep: Dependency) -> list[Job]:
        """Cancel ``dep``'s events in this session: queued ones are dropped, running
        generators stop at their next yield, running functions finish."""
        with session.lock:
            jobs = list(session.pending.get(dep.id, []))
            if session.deferred.pop(dep.id, None) is not None or dep.id in session.deferred:
                session.end()
            session.periodic[dep.id] = session.periodic.get(dep.id, 0) + 1
        for job in jobs:
            job.cancel_requested = True
            _loop.get_loop().call_soon_threadsafe(self._cancel_waiting, job)
        return jobs

    def close(self) -> None:
        self.closed = True
        if self._sweeper is not None:
            self._sweeper.cancel()
        if self._file_sweeper is not None:
            self._file_sweeper.cancel()
        self.sessions.close_all()

    # -- running -----------------------------------------------------------------------

    def _limiter(self, dep: Dependency) -> Limiter | None:
        if not dep.queue:
            return None
        if dep.id in self._dep_limiters:
            return self._dep_limiters[dep.id]
        key = f"id:{dep.concurrency_id}" if dep.concurrency_id else f"dep:{dep.id}"
        with self._lock:  # made once, from the loop or from the thread of the fast path
            if key not in self._limiters:
                group = [d for d in self.app.dependencies if d.concurrency_id == dep.concurrency_id] if dep.concurrency_id else [dep]
                finite = [n for n in (self._limit_of(d) for d in group) if n is not None]
                self._limiters[key] = Limiter(min(finite), self._on_position, self._slot_came) if finite else None
            self._dep_limiters[dep.id] = self._limiters[key]
            return self._limiters[key]

    def _limit_of(self, dep: Dependency) -> int | None:
        return self.app.default_concurrency_limit if dep.concurrency_limit == "default" else dep.concurrency_limit

    def _on_position(self, job: Job, position: int | None) -> None:
        job.queue_position = position
        job.sink.job_status(job)

    def _cancel_waiting(self, job: Job) -> None:
        if job.state != "pending":
            return
        if job._task is not None:
            job._task.cancel()
            return
        limiter = self._limiter(job.dep)
        context = limiter.discard(job) if limiter is not None else None
        if context is not None:  # it was queued for a slot without a task: it ends as a task would
            job.state = "cancelled"
            with self._lock:
                self._waiting -= 1
            context.run(self._finish, job)

    def _signature(self, dep: Dependency) -> Signature:
        sig = self._signatures.get(dep.id)
        if sig is None:
            sig = self._signatures[dep.id] = Signature(dep.fn)
        return sig

    async def _run(self, job: Job, holding: bool = False) -> None:
        """Run the job on the loop; ``holding``: it waited for its slot without a task
        (``_run_fast``) and holds it now."""
        job._task = asyncio.current_task()
        token = reporting.current_job.set(job)
        files_token = files.use(self.app.files)  # pre/postprocess (and fn's threads) use the app's cache
        started = handed = False
        try:
            if job.cancel_requested and not holding:
                raise asyncio.CancelledError
            if job.dep.batch:
                self._end_turn(job)  # a batch gathers jobs in the order they come
                await self._run_batched(job)
            else:
                limiter = self._limiter(job.dep)
                if not holding:
                    after = self._wait_for(job.turn[1]) if job.turn is not None else None
                    if after is not None:
                        await asyncio.wrap_future(after)
                    if limiter is not None and not limiter.try_acquire():
                        self._end_turn(job)  # waiting for a slot holds up no other listener
                        await limiter.acquire(job)
                if self._plain(job.dep) and self._alone(job):
                    # Its turn came: the rest runs in one worker thread, as on the fast path.
                    handed = self._hand_over(job, limiter)
                    if handed:
                        return
                try:
                    started = self._start(job)
                    self._end_turn(job)  # the loop preprocesses it now: its fn starts before the next job's
                    await self._execute(job)
                finally:
                    if limiter is not None:
                        limiter.release()
            if job.state == "running":
                job.state = "success"
        except (asyncio.CancelledError, Exception) as exc:  # noqa: BLE001 - _failed logs what it does not expect
            _failed(job, exc)
        finally:
            reporting.current_job.reset(token)
            files.unuse(files_token)
            if not handed:
                if not started and job.started is None:
                    with self._lock:
                        self._waiting -= 1
                self._finish(job)

    def _plain(self, dep: Dependency) -> bool:
        """A plain sync function with nothing to await before it (no ``js``, validator,
        render or batch): all of its run can happen in one worker thread."""
        if dep.fn is None or dep.batch or dep.renderable is not None or dep.validator is not None or isinstance(dep.js, str):
            return False
        return self._signature(dep).plain

    def _run_fast(self, job: Job) -> bool:
        """Hand a plain sync function's job, alone in its session (``_alone``, checked by
        ``submit``), to a worker thread, which runs all of it
        (``_run_in_thread``): one thread hand-off per event instead of three (to the
        loop, to a worker, back to the loop). When its concurrency slot is taken, it
        waits in the limiter's queue (positions announced as for any waiter) and the
        worker thread of the job that gives the slot back runs it. False when the job
        must take the loop: it awaits something first."""
        if not self._plain(job.dep):
            return False
        limiter = self._limiter(job.dep)
        context = contextvars.copy_context()
        if limiter is not None and not limiter.try_acquire():
            # Its place in the queue is kept without a task on the loop: the job that
            # gives the slot back runs it next in its own worker thread (``_run_chain``).
            self._end_turn(job)  # waiting for a slot holds up no other listener (as in _run)
            if limiter.wait_in_thread(job, context):
                return True
        if not self._hand_over(job, limiter, context):
            if limiter is not None:
                self._release_to_next(limiter)
            return False
        return True

    @staticmethod
    def _alone(job: Job) -> bool:
        """No other job of the session is in flight. Jobs submitted together (an upload's
        ``upload``, ``input`` and ``change`` listeners) take the loop, which preprocesses
        them in turn and so starts their functions in the order they came, as Gradio's
        queue does; handed to threads at once, the order their functions start in would
        depend on how long each one's preprocessing took."""
        session = job.session
        with session.lock:
            return sum(len(jobs) for jobs in session.pending.values()) <= 1

    def _hand_over(self, job: Job, limiter: Limiter | None, context: contextvars.Context | None = None) -> bool:
        """Run the job (its concurrency slot taken) in a worker thread; False when the
        executor takes no more work (the interpreter is shutting down). The thread runs in
        a copy of the submitter's context, as the loop's tasks do: the kernel keeps the
        request a message answers in a context variable (ipykernel 7.0 has no fallback for
        threads without it), and functions see their caller's context as in Gradio."""
        try:
            _loop.hand_off(self._run_chain, context or contextvars.copy_context(), job, limiter)
        except RuntimeError:
            return False
        return True

    def _run_chain(self, context: contextvars.Context, job: Job, limiter: Limiter | None) -> None:
        """In a worker thread: run the job, then each queued job its end handed the
        concurrency slot to (``Limiter.release_threadsafe``), each in its own context:
        the next one in line starts without a round through the loop."""
        while True:
            handed = context.run(self._run_in_thread, job, limiter)
            if handed is None or not self._slot_came(*handed, here=True):
                return
            job, context = handed

    def _slot_came(self, job: Job, context: contextvars.Context, *, here: bool = False) -> bool:
        """A job queued without a task got its slot: it runs as the loop runs a job
        after ``Limiter.acquire``, in a worker thread when it is still alone, else on the
        loop. True when ``here`` and the caller, a worker thread, should run it."""
        context.run(self._on_position, job, None)
        if self._alone(job):
            if here:
                return True
            if self._hand_over(job, self._limiter(job.dep), context):
                return False
        context.run(_loop.submit, self._run(job, holding=True))
        return False

    def _release_to_next(self, limiter: Limiter) -> None:
        """Give a slot back from any thread; a queued job it goes to starts as usual."""
        handed = limiter.release_threadsafe(_loop.get_loop)
        if handed is not None:
            self._slot_came(*handed)

    # -- the order functions start in ------------------------------------------------------
    # Jobs of one session start their functions in the order they were submitted, as
    # Gradio's queue does: each job has a turn (a future), done once it has called its
    # function or ended; the loop runs a job only after the turn of the job before it.
    # A job takes the fast path only when it is alone, so it never waits.

    def _take_turn(self, job: Job) -> None:
        turn = Turn()
        with self._lock:
            job.turn = (turn, self._turns.get(id(job.session)))
            self._turns[id(job.session)] = turn

    def _wait_for(self, turn: Turn | None) -> concurrent.futures.Future[None] | None:
        """A future done when ``turn`` is over; None when it is (or there is none)."""
        if turn is None:
            return None
        with self._lock:
            if turn.over:
                return None
            if turn.future is None:
                turn.future = concurrent.futures.Future()
            return turn.future

    def _end_turn(self, job: Job) -> None:
        turn = job.turn[0] if job.turn is not None else None
        if turn is None or turn.over:
            return
        with self._lock:
            turn.over = True
            future = turn.future
            if self._turns.get(id(job.session)) is turn:
                del self._turns[id(job.session)]
        if future is not None and not future.done():  # done: cancelled with the job that waited
            future.set_result(None)

    def _run_in_thread(self, job: Job, limiter: Limiter | None) -> Handed | None:
        """The fast path in its worker thread: inputs, fn, outputs, end; the same steps
        and reports as ``_run`` on the loop. The concurrency slot is given back once the
        outputs are reported, so a later job's outputs never arrive before this one's;
        returns the queued job it went to (``_run_chain`` runs it next)."""
        token = reporting.current_job.set(job)
        files_token = files.use(self.app.files)
        changes: list[OutputChange] | None = None
        handed = None
        try:
            self._start(job)
            changes = self._call_in_thread(job)
            if job.state == "running":
                job.state = "success"
        except (asyncio.CancelledError, Exception) as exc:  # noqa: BLE001 - _failed logs what it does not expect
            changes = None
            _failed(job, exc)
        finally:
            self._end_turn(job)
            if job.started is None:
                with self._lock:
                    self._waiting -= 1
            reporting.current_job.reset(token)
            files.unuse(files_token)
            release = functools.partial(limiter.release_threadsafe, _loop.get_loop) if limiter is not None else None
            handed = self._finish(job, changes, release)
        return handed

    def _call_in_thread(self, job: Job) -> list[OutputChange] | None:
        """Read the inputs, call fn and apply its result to the session; the changes are
        reported by ``_finish``. A callable that returned a coroutine or a generator (an
        object whose ``__call__`` is async) goes on on the loop, as ``_execute`` does."""
        dep = job.dep
        args = read_inputs(job)
        if dep.inputs_as_dict:
            args = [dict(zip(dep.inputs, args))]
        assert dep.fn is not None  # checked by _run_fast
        self._end_turn(job)
        result = dep.fn(*args, **self._signature(dep).kwargs(job))
        if type(result) not in _PLAIN_RESULTS and (inspect.isawaitable(result) or is_stream(result)):
            _loop.submit(self._resume(job, result)).result()
            return None
        return self._changes(job, result)

    async def _resume(self, job: Job, result: Any) -> None:
        token = reporting.current_job.set(job)
        files_token = files.use(self.app.files)
        try:
            if inspect.isawaitable(result):
                result = await result
            if is_stream(result):
                await self._stream(job, result)
            else:
                self._apply(job, result, final=True)
        finally:
            reporting.current_job.reset(token)
            files.unuse(files_token)

    def _start(self, job: Job) -> bool:
        if job.cancel_requested:
            raise asyncio.CancelledError
        with self._lock:
            self._waiting -= 1
        job.state = "running"
        job.started = time.monotonic()
        return True

    def _finish(
        self, job: Job, changes: list[OutputChange] | None = None, release: Callable[[], Handed | None] | None = None
    ) -> Handed | None:
        """The job ended. ``changes``: its final outputs, not reported yet (the fast path),
        sent with its end in one message per model where the sink can (``hold``);
        ``release`` gives its concurrency slot back once they are reported (what it
        returns, the queued job the slot went to, is returned).

        A successful job's chain (``_follow``) is set off while its message is still held:
        what it starts reports to the same front end only after that message (the sink's
        lock is held), and the message leaves as the job's last step but its end. A
        thread waiting to send it (in a kernel, the IOPub thread) gets the interpreter
        that much sooner, instead of after the bookkeeping. A failed or cancelled job sets
        off its chain after its message and its error toast, as before."""
        session, dep = job.session, job.dep
        handed = None
        self._end_turn(job)
        job.finished = time.monotonic()
        if job.state == "success" and job.started is not None:
            runs, mean = self._run_times.get(dep.id, (0, 0.0))
            self._run_times[dep.id] = (runs + 1, mean + (job.finished - job.started - mean) / (runs + 1))
        try:
            deferred: tuple[EventData | None] | None = None
            try:
                sink = job.sink
                with _held(job):
                    if changes is not None:
                        sink.job_output(job, changes, True)
                    sink.job_finished(job)
                    if job.state == "success":
                        deferred = self._follow(job, changes)
            finally:
                if release is not None:
                    handed = release()
            if job.state == "error" and job.error_visible and not job.validation:
                job.toast("error", job.error or "Error", job.error_title, job.error_duration)
            if job.state != "success":
                deferred = self._follow(job, changes)
            if deferred:
                # Submitted outside the hold: a job that may take the fast path can wait
                # for a slot, and announcing queue positions takes the sink's lock.
                self.submit(dep, session, deferred[0])
                session.end()  # the deferred trigger's count moves to the job it became
        except Exception:
            log.exception("nbblocks: finishing %r failed", job)
        finally:
            job.end()
            session.end()
        return handed

    def _follow(self, job: Job, changes: list[OutputChange] | None) -> tuple[EventData | None] | None:
        """What a finished job sets off (its outputs' ``change`` listeners, its followers,
        its next ``every`` run; each still sees the job pending, so none of them takes the
        fast path here), and its removal from its session's pending list; returns the
        deferred ``always_last`` trigger's data (in a 1-tuple) that must run now."""
        session, dep = job.session, job.dep
        if changes:
            self._cascade(job, changes)
        # `.then` follows a finished event, a failed or a cancelled one (as Gradio's front
        # end does: a Stop button's cancel still lets the chain tidy up); `.success` and
        # `.failure` only their case.
        if session.cascade and job.state in ("success", "error", "cancelled"):
            ok = job.state == "success"
            for follower in self.app.followers_of(dep):
                if (follower.trigger_only_on_success and not ok) or (follower.trigger_only_on_failure and job.state != "error"):
                    continue
                self.submit(follower, session, None)
        if session.cascade and job.state in ("success", "error") and dep.every is not None:
            schedule_every(self, session, dep, job.periodic_generation)
        with session.lock:
            pending = session.pending.get(dep.id, [])
            if job in pending:
                pending.remove(job)
            if not pending:
                session.pending.pop(dep.id, None)  # a long-lived session keeps no empty lists
            if dep.id in session.deferred and not pending:
                return (session.deferred.pop(dep.id),)
        return None

    async def _execute(self, job: Job) -> None:
        dep = job.dep
        if isinstance(dep.js, str) and not await self._run_js(job, dep.js):
            return
        if dep.fn is None:
            return
        args = read_inputs(job)
        if dep.renderable is not None:
            await rerender(job, dep.renderable, args)
            return
        if dep.inputs_as_dict:
            args = [dict(zip(dep.inputs, args))]
        if dep.validator is not None and not await self._validate(job, args):
            return
        result = await call(dep.fn, args, self._signature(dep).kwargs(job))
        if is_stream(result):
            await self._stream(job, result)
        else:
            self._apply(job, result, final=True)

    async def _run_js(self, job: Job, code: str) -> bool:
        """Run the listener's ``js`` in the front end first (Gradio's semantics): its
        arguments are the input then output values; what it returns replaces the inputs,
        or becomes the outputs when there is no ``fn``. Sessions without a browser (API
        clients) skip it, as Gradio's API does. Returns whether ``fn`` should run."""
        sink = job.sink
        if not sink.runs_js:
            return True
        session, dep = job.session, job.dep
        args = [
            job.inputs[i] if job.inputs is not None else session.get(b)
            for i, b in enumerate(dep.inputs)
        ] + [session.get(b) for b in dep.outputs if not _is_layout(b)]
        result = await sink.run_js(job, code, args)
        targets = dep.inputs if dep.fn is not None else dep.outputs
        if len(targets) == 1 and not (isinstance(result, list) and len(result) == 1):
            result = [result]
        if not isinstance(result, list) or len(result) != len(targets):
            raise Error(f"the js function returned {result!r}; expected a list of {len(targets)} value(s)")
        if dep.fn is not None:
            job.inputs = result
            return True
        changes = []
        for block, payload in zip(targets, result):
            old = session.get(block)
            session.set(block, payload)
            changes.append(OutputChange(block, payload, True, None, changed=differs(old, payload)))
        self._report(job, changes, final=True)
        return False

    async def _validate(self, job: Job, args: list[Any]) -> bool:
        """Run the listener's validator; failed inputs show their message, fn is skipped."""
        verdicts = await call(job.dep.validator, args, {})  # type: ignore[arg-type]  # called only when the dep has a validator
        if not isinstance(verdicts, (list, tuple)):
            verdicts = [verdicts]
        failed = [
            (block, v.get("message") or "Invalid value")
            for block, v in zip(job.dep.inputs, verdicts)
            if is_validation(v) and not v["is_valid"]
        ]
        if failed:
            job.validation = failed
            job.fail("; ".join(m for _, m in failed), title="Validation error")
            return False
        return True

    async def _stream(self, job: Job, result: Any) -> None:
        pacer = _Pacer(job, asyncio.get_running_loop())
        job.media_streams = MediaStreams()
        try:
            if inspect.isasyncgen(result):
                async for item in iterate(result):
                    if self._streamed(job, item, pacer):
                        break
            else:
                # A sync generator (most model clients) runs in one worker thread that also
                # applies its yields: no hop back to the loop per token.
                await in_thread(contextvars.copy_context())(self._drain, job, result, pacer)
        finally:
            pacer.flush()  # what the function yielded last is shown, even when it failed or was stopped
            # Streamed media outputs (gr.Audio/gr.Video(streaming=True)) end as one file of
            # their chunks, also when the function failed or was stopped. Final: it is the
            # run's result (the last yield with those outputs replaced).
            joined = job.media_streams.finish(job)
            if joined:  # nothing to send when no output streamed media (a plain generator)
                self._report(job, joined, final=True)
        job.sink.job_output(job, [], True)

    def _drain(self, job: Job, generator: Any, pacer: _Pacer) -> None:
        try:
            for item in generator:
                if self._streamed(job, item, pacer):
                    break
        finally:
            generator.close()

    def _streamed(self, job: Job, item: Any, pacer: _Pacer) -> bool:
        """Apply one yield (the session and ``change`` listeners see every one); True
        when the stream should stop (cancelled, or past ``time_limit``)."""
        changes = self._changes(job, item)
        self._cascade(job, changes)
        pacer.offer(changes)
        if job.cancel_requested:
            job.state = "cancelled"
            return True
        limit = job.dep.time_limit
        return limit is not None and job.started is not None and time.monotonic() - job.started >= limit

    async def _run_batched(self, job: Job) -> None:
        """Queue this call's inputs; a batch worker calls fn with up to ``max_batch_size``."""
        args = read_inputs(job)
        fut = asyncio.get_running_loop().create_future()
        queue = self._batches.setdefault(job.dep.id, [])
        queue.append((job, args, fut))
        if len(queue) == 1:
            asyncio.get_running_loop().create_task(self._batch_worker(job.dep))
        try:
            result = await fut
        except asyncio.CancelledError:
            queue[:] = [entry for entry in queue if entry[0] is not job]
            raise
        self._apply(job, result, final=True)

    async def _batch_worker(self, dep: Dependency) -> None:
        queue = self._batches[dep.id]
        limiter = self._limiter(dep)
        while queue:
            if limiter is not None:
                await limiter.acquire(queue[0][0])
            try:
                batch = [e for e in queue[: dep.max_batch_size] if not e[2].done()]
                del queue[: dep.max_batch_size]
                if not batch:
                    continue
                for job, _, _ in batch:
                    self._start_quietly(job)
                columns = [list(col) for col in zip(*(args for _, args, _ in batch))] or [[] for _ in dep.inputs]
                try:
                    result = await call(dep.fn, columns, {})  # type: ignore[arg-type]  # a batch dep has a fn
                    rows = split_batch(batch[0][0], result, len(batch))
                except BaseException as exc:  # noqa: BLE001 - every caller of the batch gets the error
                    for _, _, fut in batch:
                        if not fut.done():
                            fut.set_exception(exc)
                    continue
                for (_, _, fut), row in zip(batch, rows):
                    if not fut.done():
                        fut.set_result(row)
            finally:
                if limiter is not None:
                    limiter.release()

    def _start_quietly(self, job: Job) -> None:
        try:
            self._start(job)
        except asyncio.CancelledError:
            pass

    def _apply(self, job: Job, result: Any, *, final: bool) -> None:
        self._report(job, self._changes(job, result), final=final)

    @staticmethod
    def _changes(job: Job, result: Any) -> list[OutputChange]:
        return [c for c in (apply_output(job, b, v) for b, v in split_result(job, result)) if c is not None]

    def _report(self, job: Job, changes: list[OutputChange], *, final: bool) -> None:
        job.sink.job_output(job, changes, final)
        self._cascade(job, changes)

    def _cascade(self, job: Job, changes: list[OutputChange]) -> None:
        session = job.session
        if session.cascade:
            for change in changes:
                if change.changed:
                    self._fire_changed(session, change.block)

    def _fire_changed(self, session: Session, block: Block) -> None:
        """An output changed: its ``change`` fires; for a layout whose shown state a function
        changed (``shown_events``, nbblocks/layouts/picks.py), the events Gradio's page
        fires then (a Tabs' ``change`` and the opened Tab's ``select``, an Accordion's
        ``expand`` or ``collapse``)."""
        shown_events = getattr(block, "shown_events", None)
        fired = shown_events(session.config) if callable(shown_events) else [(block, "change", None)]
        for target, event, data in fired:
            self.dispatch(session, target, event, data)

    # -- State time_to_live, delete_cache ---------------------------------------------------

    async def _sweep_files(self, frequency: float, age: float) -> None:
        """``Blocks(delete_cache=(frequency, age))``: every ``frequency`` seconds, delete the
        app's files issued more than ``age`` seconds ago."""
        while not self.closed:
            await asyncio.sleep(frequency)
            if not self.app.closed:
                self.app.files.delete_older_than(age)

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


def _failed(job: Job, exc: BaseException) -> None:
    """What an exception out of a run means for the job (loop or fast path alike)."""
    if isinstance(exc, asyncio.CancelledError):
        job.state = "cancelled"
    elif isinstance(exc, Error):
        job.fail(exc.message, title=exc.title, duration=exc.duration, visible=exc.visible)
    elif isinstance(exc, InvalidComponentError):
        job.fail(str(exc))
    else:
        log.error("Error in %s", getattr(job.dep.fn, "__name__", "event"), exc_info=exc)
        job.exception = exc
        job.fail(f"{type(exc).__name__}: {exc}")


def _held(job: Job) -> contextlib.AbstractContextManager[Any]:
    """The sink's ``hold(job)`` when it has one (the widget view sends what happens inside
    as one message per model), else nothing."""
    hold = getattr(job.sink, "hold", None)
    return hold(job) if hold is not None else contextlib.nullcontext()


class _Pacer:
    """Tells the sink about a generator's outputs at most every ``STREAM_INTERVAL``.

    A generator may yield far faster than anyone can watch (a local model streaming
    thousands of tokens a second). Each yield is applied to the session at once (its
    value, ``change`` listeners); the sink, which draws or sends it, hears about the
    first yield at once and then at most once per interval, with the latest value of
    each output. Yields slower than the interval are all reported, each as it comes.
    Offers come from the loop or from the thread running a sync generator.
    """

    __slots__ = ("armed", "job", "lock", "loop", "pending", "sent", "timer")

    def __init__(self, job: Job, loop: asyncio.AbstractEventLoop):
        self.job = job
        self.loop = loop
        self.lock = threading.Lock()
        self.pending: dict[int, OutputChange] = {}
        self.sent = -STREAM_INTERVAL
        self.armed = False
        self.timer: asyncio.TimerHandle | None = None

    def offer(self, changes: list[OutputChange]) -> None:
        with self.lock:
            for change in changes:
                earlier = self.pending.get(change.block._id)
                if earlier is not None and _is_media_chunk(earlier):
                    self._send_locked()  # every streamed media chunk is played: none is merged away
                    earlier = None
                self.pending[change.block._id] = _merge(earlier, change)
            if not self.pending or self.armed:
                return
            wait = self.sent + STREAM_INTERVAL - time.monotonic()
            if wait <= 0:
                self._send_locked()
                return
            self.armed = True
        self.loop.call_soon_threadsafe(self._arm, wait)

    def _arm(self, wait: float) -> None:
        with self.lock:
            if self.armed and self.timer is None:
                self.timer = self.loop.call_later(wait, self.flush)

    def flush(self) -> None:
        with self.lock:
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
            self.armed = False
            self._send_locked()

    def _send_locked(self) -> None:
        # Sent under the lock: reports of one job reach the sink in the order they were made.
        if not self.pending:
            return
        changes, self.pending = list(self.pending.values()), {}
        self.sent = time.monotonic()
        self.job.sink.job_output(self.job, changes, False)


def _is_media_chunk(change: OutputChange) -> bool:
    """A chunk of a streamed Audio or Video (``outputs.MediaStreams``)."""
    return change.has_value and isinstance(change.value, dict) and change.value.get("is_stream") is True


def _merge(earlier: OutputChange | None, later: OutputChange) -> OutputChange:
    """One output's changes since the sink last heard: the latest value and props."""
    if earlier is None:
        return later
    has_value = later.has_value or earlier.has_value
    value = later.value if later.has_value else earlier.value
    props = later.props if later.props is not None else earlier.props
    return OutputChange(later.block, value, has_value, props, changed=earlier.changed or later.changed)


__all__ = ["Engine", "STREAM_INTERVAL"]


def _is_layout(block: Block) -> bool:
    """A container without a value (a ``gr.HTML`` holding children has one)."""
    from ..components.base import Component

    return isinstance(block, BlockContext) and not isinstance(block, Component)

