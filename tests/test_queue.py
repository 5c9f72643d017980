"""Queue semantics through the headless front end: limits, trigger modes, cancels,
batches, timers, time limits, validators, progress. Ordered with events and barriers."""

from __future__ import annotations

import shutil
import threading

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, run_js_with_node
from support.frontend import received_updates
from support.waiting import WAIT, eventually


def queued(demo, dep, session=None):
    """``dep``'s jobs that the engine put in a queue (they have a position), in order."""
    session = session or demo.view().session
    return [job for job in session.pending.get(dep.id, []) if job.queue_position is not None]


class Gate:
    """Lets a test hold a running function and know when it started."""

    def __init__(self):
        self.started = threading.Semaphore(0)
        self.release = threading.Event()

    def __call__(self):
        self.started.release()
        assert self.release.wait(WAIT)

    def wait_started(self, n=1):
        for _ in range(n):
            assert self.started.acquire(timeout=WAIT)


def test_concurrency_limit_one_runs_clicks_one_after_the_other_across_sessions():
    gate = Gate()
    order = []
    with gr.Blocks() as demo:
        btn = gr.Button()

        def work(tag=None):
            order.append("start")
            gate()
            order.append("end")

        dep = btn.click(work, trigger_mode="multiple")
    ui = Frontend(demo)
    other = demo.engine.sessions.create("other", sink=None, cascade=False)
    ui.click(btn, wait=False)
    gate.wait_started()
    job = demo.engine.submit(dep, other)
    assert eventually(lambda: job.queue_position == 0)  # the second run waits for the slot
    assert job.state == "pending" and not gate.started.acquire(blocking=False)
    gate.release.set()
    ui.wait()
    assert other.wait_idle(WAIT)
    assert order == ["start", "end", "start", "end"]


def test_concurrency_limit_two_lets_two_run_together():
    gate = Gate()
    with gr.Blocks() as demo:
        btn = gr.Button()
        dep = btn.click(gate, trigger_mode="multiple", concurrency_limit=2)
    ui = Frontend(demo)
    for _ in range(3):
        ui.click(btn, wait=False)
    gate.wait_started(2)
    assert eventually(lambda: len(queued(demo, dep)) == 1)  # the third waits
    assert not gate.started.acquire(blocking=False)
    gate.release.set()
    ui.wait()


def test_concurrency_id_shares_the_lowest_limit():
    gate = Gate()
    with gr.Blocks() as demo:
        a, b = gr.Button("a"), gr.Button("b")
        a.click(gate, concurrency_id="gpu", concurrency_limit=3)
        on_b = b.click(gate, concurrency_id="gpu", concurrency_limit=1)
    ui = Frontend(demo)
    ui.click(a, wait=False)
    gate.wait_started()
    ui.click(b, wait=False)
    assert eventually(lambda: queued(demo, on_b))  # b waits for a's slot
    assert not gate.started.acquire(blocking=False)
    gate.release.set()
    ui.wait()


def test_queue_false_bypasses_the_limit():
    gate = Gate()
    with gr.Blocks() as demo:
        a, b = gr.Button("a"), gr.Button("b")
        a.click(gate, concurrency_id="x")
        b.click(gate, concurrency_id="x", queue=False)
    ui = Frontend(demo)
    ui.click(a, wait=False)
    gate.wait_started()
    ui.click(b, wait=False)
    gate.wait_started()  # started although a holds the only slot
    gate.release.set()
    ui.wait()


def test_queue_position_is_shown_while_waiting():
    gate = Gate()
    with gr.Blocks() as demo:
        btn = gr.Button()
        out1, out2, out3 = gr.Textbox(), gr.Textbox(), gr.Textbox()
        btn.click(lambda: gate() or "1", None, out1)
        btn.click(lambda: "2", None, out2, concurrency_id="q")
        btn.click(lambda: "3", None, out3, concurrency_id="q")
        gr.Button("other").click(gate, concurrency_id="q")
    ui = Frontend(demo)
    holder = demo.dependencies[3]
    demo.engine.submit(holder, demo.view().session)
    gate.wait_started()
    ui.click(btn, wait=False)
    gate.wait_started()
    ui.wait_for(lambda: (ui.queue_position(out2), ui.queue_position(out3)) == (0, 1))
    gate.release.set()
    ui.wait()
    assert ui.queue_position(out2) is None and ui.value(out3) == "3"


def test_multiple_runs_every_click():
    calls = []
    gate = Gate()
    with gr.Blocks() as demo:
        btn = gr.Button()

        def fn():
            calls.append(1)
            gate()

        btn.click(fn, trigger_mode="multiple")
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    gate.wait_started()
    ui.click(btn, wait=False)
    ui.click(btn, wait=False)
    gate.release.set()
    ui.wait()
    assert len(calls) == 3


def test_a_listener_waiting_for_its_slot_holds_up_no_later_listener_of_the_session():
    gate = Gate()
    with gr.Blocks() as demo:
        btn = gr.Button()
        box = gr.Textbox()
        out = gr.Textbox()
        slow = btn.click(gate, trigger_mode="multiple")
        box.submit(lambda text: text.upper(), box, out)
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    gate.wait_started()
    ui.click(btn, wait=False)  # waits for the slot the first click holds
    assert eventually(lambda: len(queued(demo, slow)) == 1)
    ui.trigger(box, "submit", value="later", wait=False)
    assert eventually(lambda: ui.value(out) == "LATER")  # ran while the second click waits
    assert len(queued(demo, slow)) == 1
    gate.release.set()
    ui.wait()


def test_cancel_drops_queued_events_and_stops_a_generator_at_next_yield():
    step = threading.Semaphore(0)
    produced = []
    with gr.Blocks() as demo:
        out = gr.Number()
        start, stop = gr.Button("start"), gr.Button("stop")

        def count():
            for i in range(100):
                assert step.acquire(timeout=WAIT)
                produced.append(i)
                yield i

        ev = start.click(count, None, out, trigger_mode="multiple")
        stop.click(None, None, None, cancels=[ev])
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.click(start, wait=False)
    ui.click(start, wait=False)  # queued behind the first (limit 1)
    step.release()
    step.release()
    assert eventually(lambda: len(produced) >= 2)
    ui.click(stop, wait=False)
    step.release()  # lets the running generator reach its next yield
    ui.wait()
    assert produced[-1] <= 2 and len(produced) <= 3
    assert ui.value(out) <= 2
    assert ui._held(out)["status"].get("cancelled") is True
    # The cancelled status is the last thing the browser got for `out`: no value after it.
    cancelled = [i for i, state in enumerate(updates) if state.get("status", {}).get("cancelled")]
    assert cancelled and not any("value" in state for state in updates[cancelled[0]:])


def test_cancel_lets_a_running_plain_function_finish():
    gate = Gate()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        go, stop = gr.Button("go"), gr.Button("stop")

        def fn():
            gate()
            return "finished"

        ev = go.click(fn, None, out)
        stop.click(None, cancels=ev)
    ui = Frontend(demo)
    ui.click(go, wait=False)
    gate.wait_started()
    ui.click(stop, wait=False)
    gate.release.set()
    ui.wait()
    assert ui.value(out) == "finished"


def test_batches_of_four_are_formed():
    gate = Gate()
    batches = []
    with gr.Blocks() as demo:
        inp = gr.Number()
        out = gr.Number()
        blocker = gr.Button("block")
        btn = gr.Button("go")
        blocker.click(gate, concurrency_id="model")

        def double(xs):
            batches.append(list(xs))
            return ([x * 2 for x in xs],)

        btn.click(double, inp, out, batch=True, max_batch_size=4, trigger_mode="multiple", concurrency_id="model")
    ui = Frontend(demo)
    ui.click(blocker, wait=False)
    gate.wait_started()
    sessions = [demo.engine.sessions.create(f"s{i}", sink=None, cascade=False) for i in range(6)]
    jobs = [demo.engine.submit(demo.dependencies[1], s, inputs=[i]) for i, s in enumerate(sessions)]
    gate.release.set()
    for s in sessions:
        assert s.wait_idle(WAIT)
    assert [len(b) for b in batches] == [4, 2]
    assert [s.get(out) for s in sessions] == [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    assert all(j.state == "success" for j in jobs)


def test_batch_function_with_wrong_shape_is_an_error_for_every_caller():
    with gr.Blocks() as demo:
        inp, out = gr.Number(value=1), gr.Number()
        btn = gr.Button()
        btn.click(lambda xs: xs, inp, out, batch=True)
    ui = Frontend(demo)
    ui.click(btn)
    assert "batch=True" in ui.error(out)


def test_timer_ticks_and_stops():
    ticks, clock_ticks = [], []
    stopped = threading.Event()
    with gr.Blocks() as demo:
        timer = gr.Timer(0.05)
        count = gr.Number(value=0)
        clock = gr.Timer(0.05)  # keeps ticking: the time base that shows the other stopped
        clock.tick(lambda: clock_ticks.append(1))

        def tick(n):
            ticks.append(n)
            if n + 1 >= 3:
                stopped.set()
                return n + 1, gr.Timer(active=False)
            return n + 1, gr.skip()

        timer.tick(tick, count, [count, timer])
    ui = Frontend(demo)
    assert stopped.wait(WAIT)
    ui.wait()
    seen, base = len(ticks), len(clock_ticks)
    assert eventually(lambda: len(clock_ticks) >= base + 6)  # six intervals: an inactive timer must not tick
    ui.wait()
    assert len(ticks) == seen == 3
    assert ui.value(count) == 3
    demo.close()


def test_timer_stops_when_app_is_closed():
    ticked = threading.Event()
    calls, clock_ticks = [], []
    with gr.Blocks() as demo:
        timer = gr.Timer(0.05)
        timer.tick(lambda: calls.append(1) or ticked.set())
    with gr.Blocks() as other:  # another app's timer on the same engine loop: the time base
        clock = gr.Timer(0.05)
        clock.tick(lambda: clock_ticks.append(1))
    Frontend(demo)
    assert ticked.wait(WAIT)
    Frontend(other)
    demo.close()
    n, base = len(calls), len(clock_ticks)
    assert eventually(lambda: len(clock_ticks) >= base + 6)
    other.close()
    assert len(calls) <= n + 1  # at most a tick that was already running


def test_every_on_a_listener_repeats_until_cancelled():
    runs, other_runs = [], []
    three = threading.Event()
    with gr.Blocks() as demo:
        out = gr.Number()
        other = gr.Number()
        stop = gr.Button("stop")
        # Not cancelled: it keeps repeating, the time base that shows the other stopped.
        demo.load(lambda: other_runs.append(1) or len(other_runs), None, other, every=0.05)

        def poll():
            runs.append(1)
            if len(runs) >= 3:
                three.set()
            return len(runs)

        ev = demo.load(poll, None, out, every=0.05)
        stop.click(None, cancels=[ev])
    ui = Frontend(demo)
    assert three.wait(WAIT)
    ui.click(stop)
    n, base = len(runs), len(other_runs)
    assert eventually(lambda: len(other_runs) >= base + 6)
    demo.close()
    assert len(runs) <= n + 1


def test_component_callable_value_with_inputs_and_every():
    with gr.Blocks() as demo:
        name = gr.Textbox(value="a")
        shout = gr.Textbox(lambda s: s.upper(), inputs=name)
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(shout) == "A"
    ui.set(name, "bc")
    assert ui.value(shout) == "BC"

    ticks = []
    enough = threading.Event()

    def clock():
        ticks.append(1)
        if len(ticks) >= 2:
            enough.set()
        return str(len(ticks))

    with gr.Blocks() as demo2:
        shown = gr.Textbox(clock, every=0.05)
    ui2 = Frontend(demo2)
    assert enough.wait(WAIT)
    demo2.close()


def test_time_limit_stops_a_stream():
    with gr.Blocks() as demo:
        out = gr.Number()
        btn = gr.Button()

        def forever():
            i = 0
            while True:
                i += 1
                yield i
                threading.Event().wait(0.01)

        btn.click(forever, None, out, time_limit=0.5)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.status(out) == "idle" and ui.value(out) >= 1


def test_validator_blocks_fn_and_shows_message_on_the_input():
    called = []
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        age = gr.Number(label="Age", value=5)
        out = gr.Textbox()
        btn = gr.Button()

        def check(n, a):
            return [gr.validate(len(n) > 0, "Enter a name"), gr.validate(a >= 0, "Age must be positive")]

        btn.click(lambda n, a: called.append(1) or f"{n}:{a}", [name, age], out, validator=check)
    ui = Frontend(demo)
    ui.click(btn)
    assert called == []
    assert ui.error(name) == "Enter a name"
    assert ui.error(age) is None
    assert ui.status(out) == "idle"
    ui.set(name, "Ada")
    ui.click(btn)
    assert called == [1] and ui.value(out) == "Ada:5"
    assert ui.error(name) is None


def test_progress_is_shown_on_outputs():
    gate = Gate()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def work(progress=gr.Progress()):
            progress(0.3, desc="Loading")
            gate()
            for _ in progress.tqdm(range(4), desc="Steps"):
                pass
            return "done"

        btn.click(work, None, out)
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    gate.wait_started()
    ui.wait_for(lambda: ui.progress(out))
    units = ui.progress(out)
    assert units[0]["progress"] == pytest.approx(0.3) and units[0]["desc"] == "Loading"
    gate.release.set()
    ui.wait()
    assert ui.progress(out) is None and ui.value(out) == "done"


def test_nested_progress_sends_the_levels_gradio_shows():
    """``progress(0, desc="Starting")`` then a loop: the loop replaces the one-off level, as
    Gradio's callback does; nested loops are sent outermost first."""
    gate = Gate()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def work(progress=gr.Progress()):
            progress(0, desc="Starting")
            gate()
            for i in progress.tqdm(range(12), desc="Working"):
                if i == 6:
                    gate()
            for _ in progress.tqdm(range(2), desc="Epoch"):
                for j in progress.tqdm(range(4), desc="Batch"):
                    if j == 1:
                        gate()
            return "done"

        btn.click(work, None, out)
    ui = Frontend(demo)
    ui.click(btn, wait=False)

    def levels():
        return [(u["desc"], u["index"], u["length"], u["progress"]) for u in ui.progress(out) or []]

    gate.wait_started()
    assert eventually(lambda: levels() == [("Starting", None, None, 0.0)]), levels()
    gate.release.set()
    gate.release.clear()
    gate.wait_started()
    # The sixth step is done, the seventh runs: 6/12, and no "Starting" level.
    assert eventually(lambda: levels() == [("Working", 6, 12, 0.5)]), levels()
    gate.release.set()
    gate.release.clear()
    gate.wait_started()
    assert eventually(lambda: levels() == [("Epoch", 0, 2, 0.0), ("Batch", 1, 4, 0.25)]), levels()
    gate.release.set()
    ui.wait()
    assert ui.progress(out) is None and ui.value(out) == "done"


def test_the_expected_run_time_comes_from_earlier_successful_runs():
    """Gradio's ETA: the mean duration of the listener's earlier successful runs, sent
    with the pending status; none before the first run finished, none for failures."""
    gate = Gate()
    with gr.Blocks() as demo:
        fail = gr.Checkbox(value=True)
        out = gr.Textbox()
        btn = gr.Button()

        def work(should_fail):
            gate()
            if should_fail:
                raise gr.Error("no")
            return "ok"

        btn.click(work, fail, out)
    ui = Frontend(demo)

    def run():
        ui.click(btn, wait=False)
        gate.wait_started()
        ui.wait_for(lambda: ui.status(out) == "pending")  # shown once the event outlasts PENDING_DELAY
        eta = ui._held(out)["status"].get("eta")
        gate.release.set()
        ui.wait()
        gate.release.clear()
        return eta

    assert run() is None  # nothing known yet
    assert run() is None  # a failed run teaches nothing
    ui.set(fail, False)
    assert run() is None
    first = run()
    assert first is not None and first > 0
    assert ui._held(out)["status"].get("eta") is None  # idle again


def test_progress_track_tqdm():
    tqdm = pytest.importorskip("tqdm")
    gate = Gate()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def work(progress=gr.Progress(track_tqdm=True)):
            bar = tqdm.tqdm(total=10, desc="external")
            bar.update(5)
            gate()
            bar.close()
            return "ok"

        btn.click(work, None, out)
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    gate.wait_started()
    ui.wait_for(lambda: (ui.progress(out) or [{}])[0].get("index") == 5)
    unit = ui.progress(out)[0]
    assert (unit["index"], unit["length"], unit["desc"]) == (5, 10, "external")
    gate.release.set()
    ui.wait()
    assert ui.value(out) == "ok"


def test_max_size_refuses_events_when_the_queue_is_full():
    gate = Gate()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda: gate() or "ran", None, out, trigger_mode="multiple")
    demo.queue(max_size=1)
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    gate.wait_started()
    ui.click(btn, wait=False)  # waits: the queue now holds 1
    ui.click(btn, wait=False)  # refused
    ui.wait_for(lambda: ui.toasts)
    assert "queue is full" in ui.toasts[-1]["message"]
    gate.release.set()
    ui.wait()


def test_unload_runs_when_the_session_ends():
    ended = []
    with gr.Blocks() as demo:
        gr.Textbox()
        demo.unload(lambda: ended.append("bye"))
    Frontend(demo)
    demo.close()
    assert ended == ["bye"]


def test_js_runs_in_the_front_end_before_fn():
    with gr.Blocks() as demo:
        inp = gr.Textbox(value="shout")
        out = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda s: s + "!", inp, out, js="(x) => [x.toUpperCase()]")
        only_js = gr.Button("only js")
        only_js.click(None, inp, out, js="(x, current) => [x + ' and ' + current]")
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed")
    seen = []

    def node_recording(code, args):
        seen.append((code, args))
        return run_js_with_node(code, args)

    ui = Frontend(demo, js=node_recording)
    ui.click(btn)
    assert ui.value(out) == "SHOUT!"
    assert seen[0][1] == ["shout", ""]  # inputs then outputs
    ui.click(only_js)
    assert ui.value(out) == "shout and SHOUT!"


def test_js_error_is_shown_and_js_true_runs_in_the_kernel():
    with gr.Blocks() as demo:
        inp = gr.Textbox(value="x")
        out = gr.Textbox()
        bad, kernel = gr.Button("bad"), gr.Button("kernel")
        bad.click(lambda s: s, inp, out, js="(x) => { throw new Error('boom') }")
        kernel.click(lambda s: s * 2, inp, out, js=True)

    def browser(code, args):
        raise RuntimeError("boom")

    ui = Frontend(demo, js=browser)
    ui.click(bad)
    assert "boom" in ui.error(out)
    ui.click(kernel)
    assert ui.value(out) == "xx"


def test_api_sessions_skip_js():
    with gr.Blocks() as demo:
        inp = gr.Textbox()
        out = gr.Textbox()
        btn = gr.Button()
        dep = btn.click(lambda s: s + "?", inp, out, js="(x) => [x.toUpperCase()]")
    api = demo.engine.sessions.create("api", sink=None, cascade=False)
    job = demo.engine.submit(dep, api, inputs=["q"])
    assert api.wait_idle(WAIT) and job.state == "success"
    assert api.get(out) == "q?"


def test_show_progress_on_moves_the_pending_state_off_the_outputs():
    started, release = threading.Event(), threading.Event()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        spinner_here = gr.Markdown("working area")
        btn = gr.Button()

        def slow():
            started.set()
            release.wait(WAIT)
            return "done"

        btn.click(slow, None, out, show_progress_on=spinner_here)
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    assert started.wait(WAIT)
    ui.wait_for(lambda: ui.status(spinner_here) == "pending")  # shown once the event outlasts PENDING_DELAY
    assert ui.status(out) == "idle"
    release.set()
    ui.wait()
    assert ui.status(spinner_here) == "idle" and ui.value(out) == "done"


def test_scroll_to_output_is_asked_for_only_after_success():
    with gr.Blocks() as demo:
        out = gr.Textbox()
        ok, bad = gr.Button("ok"), gr.Button("bad")
        ok.click(lambda: "fine", None, out, scroll_to_output=True)

        def fail():
            raise gr.Error("no")

        bad.click(fail, None, out, scroll_to_output=True)
    ui = Frontend(demo)
    ui.click(ok)
    assert ui._held(out)["status"].get("scroll_to_output") is True
    ui.click(bad)
    assert ui.error(out) == "no"
    assert not ui._held(out)["status"].get("scroll_to_output")


def _api_sessions(demo, n):
    return [demo.engine.sessions.create(f"api{i}", sink=None, cascade=False) for i in range(n)]


def test_jobs_waiting_for_the_slot_start_in_order_in_worker_threads_with_their_positions():
    # Each job is alone in its session: it waits for the slot without a task on the loop,
    # and the worker thread that gives the slot back runs the next one.
    gate = Gate()
    started = []
    with gr.Blocks() as demo:
        btn = gr.Button()

        def work(tag):
            started.append((tag, threading.current_thread().name))
            if tag == "holder":
                gate()
            return tag

        dep = btn.click(work, gr.Textbox(), gr.Textbox(), trigger_mode="multiple")
    sessions = _api_sessions(demo, 4)
    holder = demo.engine.submit(dep, sessions[0], inputs=["holder"])
    gate.wait_started()
    jobs = [demo.engine.submit(dep, s, inputs=[f"q{i}"]) for i, s in enumerate(sessions[1:], 1)]
    assert eventually(lambda: [j.queue_position for j in jobs] == [0, 1, 2])
    assert all(j.state == "pending" for j in jobs)
    gate.release.set()
    for job in (holder, *jobs):
        assert job.done.wait(WAIT)
    assert [tag for tag, _ in started] == ["holder", "q1", "q2", "q3"]
    assert all(thread.startswith("nbblocks-worker") for _, thread in started)
    assert all(j.state == "success" and j.queue_position is None for j in jobs)
    assert [s.get(dep.outputs[0]) for s in sessions] == ["holder", "q1", "q2", "q3"]


def test_a_cancelled_job_leaves_the_queue_and_the_slot_goes_to_the_next():
    gate = Gate()
    ran = []
    with gr.Blocks() as demo:
        go, stop = gr.Button("go"), gr.Button("stop")

        def work(tag):
            ran.append(tag)
            if tag == "holder":
                gate()

        dep = go.click(work, gr.Textbox(), None, trigger_mode="multiple")
        stop.click(None, cancels=dep)
    sessions = _api_sessions(demo, 4)
    holder = demo.engine.submit(dep, sessions[0], inputs=["holder"])
    gate.wait_started()
    jobs = [demo.engine.submit(dep, s, inputs=[f"q{i}"]) for i, s in enumerate(sessions[1:], 1)]
    assert eventually(lambda: [j.queue_position for j in jobs] == [0, 1, 2])
    demo.engine.dispatch(sessions[2], stop, "click")  # cancels q2, which waits
    assert jobs[1].done.wait(WAIT) and jobs[1].state == "cancelled"
    assert eventually(lambda: [jobs[0].queue_position, jobs[2].queue_position] == [0, 1])
    gate.release.set()
    for job in (holder, jobs[0], jobs[2]):
        assert job.done.wait(WAIT) and job.state == "success"
    assert ran == ["holder", "q1", "q3"]
    later = demo.engine.submit(dep, sessions[2], inputs=["later"])  # no slot was lost
    assert later.done.wait(WAIT) and later.state == "success"
    assert all(s.wait_idle(WAIT) for s in sessions)


def test_jobs_waiting_on_the_loop_and_in_the_queue_alone_keep_one_order():
    # An async function waits for its slot as a task on the loop, a plain one without a
    # task: the slot still passes first come, first served.
    gate = Gate()
    ran = []
    with gr.Blocks() as demo:
        a, b = gr.Button("a"), gr.Button("b")

        def plain(tag):
            ran.append(tag)
            if tag == "holder":
                gate()

        async def coroutine(tag):
            ran.append(tag)

        sync_dep = a.click(plain, gr.Textbox(), None, concurrency_id="one", trigger_mode="multiple")
        async_dep = b.click(coroutine, gr.Textbox(), None, concurrency_id="one", trigger_mode="multiple")
    sessions = _api_sessions(demo, 5)
    holder = demo.engine.submit(sync_dep, sessions[0], inputs=["holder"])
    gate.wait_started()
    jobs = []
    for i, dep in enumerate((async_dep, sync_dep, async_dep, sync_dep), 1):
        jobs.append(demo.engine.submit(dep, sessions[i], inputs=[f"q{i}"]))
        assert eventually(lambda i=i: jobs[-1].queue_position == i - 1)
    gate.release.set()
    for job in (holder, *jobs):
        assert job.done.wait(WAIT) and job.state == "success"
    assert ran == ["holder", "q1", "q2", "q3", "q4"]


def test_no_slot_is_lost_when_worker_threads_give_slots_back_as_tasks_queue_for_them():
    # Plain functions give their slot back from worker threads while coroutine functions
    # queue for it on the loop: a slot given back between a waiter's check for a free one
    # and its entry in the queue would be lost, and every later job would wait forever.
    with gr.Blocks() as demo:
        a, b = gr.Button("a"), gr.Button("b")
        box = gr.Textbox()

        async def coroutine(text):
            return text

        plain = a.click(lambda text: text, box, box, concurrency_id="one", trigger_mode="multiple")
        awaited = b.click(coroutine, box, box, concurrency_id="one", trigger_mode="multiple")
    sessions = _api_sessions(demo, 8)
    jobs = []
    for round_ in range(40):
        for i, session in enumerate(sessions):
            jobs.append(demo.engine.submit(awaited if (i + round_) % 2 else plain, session, inputs=[f"{round_}-{i}"]))
    for job in jobs:
        assert job.done.wait(WAIT) and job.state == "success"
