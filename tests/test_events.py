"""Every event form, driven through the headless front end (the same messages the JS sends)."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import threading
import time

import pytest

import nbblocks as gr
from nbblocks.engine import STREAM_INTERVAL
from nbblocks.testing import Frontend, FrontendError
from support.frontend import received_updates
from support.waiting import WAIT, eventually


def greet_app():
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        out = gr.Textbox(label="Out")
        btn = gr.Button("Go")
        btn.click(lambda s: f"Hello, {s}!", name, out)
    return demo, name, out, btn


def test_click_runs_fn_with_preprocessed_inputs():
    demo, name, out, btn = greet_app()
    ui = Frontend(demo)
    ui.set(name, "Ada")
    ui.click(btn)
    assert ui.value(out) == "Hello, Ada!"
    assert ui.status(out) == "idle"
    assert ui.error(out) is None


def test_functions_run_in_a_copy_of_the_context_the_event_came_from():
    # The kernel keeps the request being answered in a context variable; whatever thread
    # runs a function (and publishes its outputs) must see it, as Gradio's threads see
    # their caller's context.
    request = contextvars.ContextVar("request")
    seen = []
    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        box.submit(lambda text: seen.append(request.get("missing")) or text, box, out)  # plain: a worker thread at once
        box.change(lambda text: seen.append(request.get("missing")), box, None, js="(x) => x")  # through the loop
    ui = Frontend(demo, js=lambda code, args: args[0])
    token = request.set("cell 7")
    try:
        ui.set(box, "hi")  # change
        ui.trigger(box, "submit")
    finally:
        request.reset(token)
    assert ui.value(out) == "hi"
    assert seen == ["cell 7", "cell 7"]
    demo.close()


def test_decorator_form_and_inputs_as_list():
    with gr.Blocks() as demo:
        a = gr.Number(value=2)
        b = gr.Number(value=3)
        total = gr.Number()
        btn = gr.Button()

        @btn.click(inputs=[a, b], outputs=total)
        def add(x, y):
            return x + y

    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(total) == 5.0
    assert add(1, 1) == 2  # the decorator returns the function unchanged


def test_inputs_as_set_passes_a_dict():
    seen = {}
    with gr.Blocks() as demo:
        a = gr.Textbox(value="x")
        b = gr.Slider(0, 10, value=4)
        out = gr.Textbox()
        btn = gr.Button()

        def fn(data):
            seen.update(data)
            return f"{data[a]}-{data[b]}"

        btn.click(fn, {a, b}, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out) == "x-4"
    assert set(seen) == {a, b}


def test_tuple_return_fills_outputs_in_order():
    with gr.Blocks() as demo:
        inp = gr.Textbox(value="ab")
        o1, o2 = gr.Textbox(), gr.Number()
        btn = gr.Button()
        btn.click(lambda s: (s.upper(), len(s)), inp, [o1, o2])
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(o1) == "AB" and ui.value(o2) == 2.0


def test_dict_return_updates_only_named_outputs():
    with gr.Blocks() as demo:
        o1 = gr.Textbox(value="keep")
        o2 = gr.Textbox(value="old")
        btn = gr.Button()
        btn.click(lambda: {o2: "new"}, None, [o1, o2])
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(o1) == "keep" and ui.value(o2) == "new"


def test_dict_return_with_foreign_key_is_an_error():
    with gr.Blocks() as demo:
        o1 = gr.Textbox()
        other = gr.Textbox(label="Other")
        btn = gr.Button()
        btn.click(lambda: {other: "x"}, None, o1)
    ui = Frontend(demo)
    ui.click(btn)
    assert "Other" in ui.error(o1) and "not one of its outputs" in ui.error(o1)


def test_wrong_number_of_outputs_is_a_clear_error():
    with gr.Blocks() as demo:
        o1, o2 = gr.Textbox(), gr.Textbox()
        btn = gr.Button()
        btn.click(lambda: "only one", None, [o1, o2])
    ui = Frontend(demo)
    ui.click(btn)
    assert "returned 1 value but the listener has 2 outputs" in ui.error(o1)


def test_gr_update_changes_props_and_value():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Before", value="v0")
        dd = gr.Dropdown(["a", "b"], label="Pick")
        btn = gr.Button()
        btn.click(
            lambda: (gr.update(label="After", visible=False, value="v1"), gr.update(choices=["x", ("Why", "y")], value="y")),
            None,
            [box, dd],
        )
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.props(box)["label"] == "After"
    assert ui.props(box)["visible"] is False
    assert ui.value(box) == "v1"
    assert ui.props(dd)["choices"] == [["x", "x"], ["Why", "y"]]
    assert ui.value(dd) == "y"


def test_updated_choices_are_used_by_preprocess():
    with gr.Blocks() as demo:
        dd = gr.Dropdown(["a"], type="index")
        idx = gr.Number()
        load = gr.Button("load")
        read = gr.Button("read")
        load.click(lambda: gr.update(choices=["a", "b", "c"]), None, dd)
        read.click(lambda i: i, dd, idx)
    ui = Frontend(demo)
    ui.click(load)
    ui.set(dd, "c")
    ui.click(read)
    assert ui.value(idx) == 2.0


def test_returning_a_component_updates_its_given_props():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="L", value="x")
        btn = gr.Button()
        btn.click(lambda: gr.Textbox(visible=False), None, box)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.props(box)["visible"] is False
    assert ui.props(box)["label"] == "L"
    assert ui.value(box) == "x"


def test_skip_keeps_the_output():
    with gr.Blocks() as demo:
        a, b = gr.Textbox(value="a"), gr.Textbox(value="b")
        btn = gr.Button()
        btn.click(lambda: (gr.skip(), "B"), None, [a, b])
    ui = Frontend(demo)
    ui.click(btn)
    assert (ui.value(a), ui.value(b)) == ("a", "B")


def test_invalid_update_names_the_component():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Target")
        btn = gr.Button()
        btn.click(lambda: gr.update(visible="sometimes"), None, box)
    ui = Frontend(demo)
    ui.click(btn)
    assert "Textbox 'Target'" in ui.error(box)


def test_layout_visibility_update():
    with gr.Blocks() as demo:
        with gr.Row() as row:
            gr.Textbox()
        btn = gr.Button()
        btn.click(lambda: gr.Row(visible=False), None, row)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.props(row)["visible"] is False


def test_then_success_failure_chains():
    log = []
    with gr.Blocks() as demo:
        flag = gr.Checkbox(value=True)
        out = gr.Textbox()
        btn = gr.Button()

        def first(ok):
            log.append("first")
            if not ok:
                raise gr.Error("nope")
            return "ran"

        ev = btn.click(first, flag, out)
        ev.then(lambda: log.append("then"))
        ev.success(lambda: log.append("success"))
        ev.failure(lambda: log.append("failure"))
    ui = Frontend(demo)
    ui.click(btn)
    assert sorted(log) == ["first", "success", "then"]
    log.clear()
    ui.set(flag, False)
    ui.click(btn)
    assert sorted(log) == ["failure", "first", "then"]
    assert ui.error(out) == "nope"


def test_then_chain_passes_values_along():
    with gr.Blocks() as demo:
        a = gr.Textbox(value="a")
        b = gr.Textbox()
        c = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda s: s + "b", a, b).then(lambda s: s + "c", b, c)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(c) == "abc"


def test_gr_on_several_triggers():
    calls = []
    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        btn = gr.Button()

        @gr.on([btn.click, box.submit], inputs=box, outputs=out)
        def shout(s):
            calls.append(s)
            return s.upper()

    ui = Frontend(demo)
    ui.set(box, "hi")
    ui.trigger(box, "submit")
    assert ui.value(out) == "HI"
    ui.set(box, "yo")
    ui.click(btn)
    assert ui.value(out) == "YO"
    assert calls == ["hi", "yo"]


def test_gr_on_without_triggers_follows_input_changes():
    with gr.Blocks() as demo:
        a = gr.Number(value=1)
        b = gr.Number(value=2)
        total = gr.Number()
        gr.on(inputs=[a, b], outputs=total, fn=lambda x, y: x + y)
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(total) == 3.0  # ran on load
    ui.set(b, 10)
    assert ui.value(total) == 11.0


def test_change_fires_on_user_input_and_on_function_updates_input_only_on_user():
    fired = []
    with gr.Blocks() as demo:
        src = gr.Textbox()
        mid = gr.Textbox()
        btn = gr.Button()
        mid.change(lambda s: fired.append(("change", s)), mid, None)
        mid.input(lambda s: fired.append(("input", s)), mid, None)
        btn.click(lambda s: s * 2, src, mid)
    ui = Frontend(demo)
    ui.set(src, "ab")
    ui.click(btn)
    assert fired == [("change", "abab")]
    fired.clear()
    ui.set(mid, "typed")
    assert sorted(fired) == [("change", "typed"), ("input", "typed")]
    fired.clear()
    ui.click(btn)  # same value again: no change
    ui.click(btn)
    assert fired == [("change", "abab")]


def test_change_cascade_across_components():
    with gr.Blocks() as demo:
        a = gr.Number(value=1)
        b = gr.Number()
        c = gr.Number()
        a.change(lambda x: x * 2, a, b)
        b.change(lambda x: x + 1, b, c)
    ui = Frontend(demo)
    ui.set(a, 5)
    assert ui.value(b) == 10.0 and ui.value(c) == 11.0


def test_async_function_runs_on_the_engine_loop():
    loops = []
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        async def fn():
            loops.append(asyncio.get_running_loop())
            await asyncio.sleep(0)
            return "async done"

        btn.click(fn, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out) == "async done"
    assert loops and loops[0].is_running()


def test_sync_function_runs_in_a_worker_thread():
    threads = []
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda: threads.append(threading.current_thread().name) or "ok", None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert threads[0].startswith("nbblocks-worker")
    assert threads[0] != threading.main_thread().name


def test_generator_streams_successive_outputs():
    seen = []
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def count():
            for i in range(3):
                time.sleep(2 * STREAM_INTERVAL)  # a generator slower than the front end's pace
                yield str(i)

        btn.click(count, None, out)
        out.change(lambda s: seen.append(s), out, None, trigger_mode="multiple")
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.click(btn)
    assert ui.value(out) == "2"
    sent = [s["value"] for s in updates if "value" in s]
    assert sent == ["0", "1", "2"]
    assert seen[-1] == "2"


def test_a_fast_generator_is_shown_at_a_bounded_pace_and_its_last_yield_exactly():
    """Every yield reaches the session (``change`` runs for each); the front end hears
    the first at once, then at most once per STREAM_INTERVAL, and always the last."""
    seen = []
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def flood():
            for i in range(2000):
                yield str(i)

        btn.click(flood, None, out)
        out.change(lambda s: seen.append(s), out, None, trigger_mode="multiple")
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    started = time.monotonic()
    ui.click(btn)
    elapsed = time.monotonic() - started
    sent = [s["value"] for s in updates if "value" in s]
    assert ui.value(out) == "1999" and sent[-1] == "1999"
    assert sent[0] == "0"
    assert len(sent) <= 2 + elapsed / STREAM_INTERVAL
    assert len(sent) < 2000
    assert len(seen) == 2000  # `change` ran once per yield (reading the value when it ran)
    assert seen[-1] == "1999"


def test_async_generator_streams():
    with gr.Blocks() as demo:
        out = gr.Number()
        btn = gr.Button()

        async def gen():
            for i in range(4):
                await asyncio.sleep(2 * STREAM_INTERVAL)
                yield i

        btn.click(gen, None, out)
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.click(btn)
    assert ui.value(out) == 3.0
    assert [s["value"] for s in updates if "value" in s] == [0.0, 1.0, 2.0, 3.0]


def test_gr_error_shows_on_outputs_and_app_keeps_working():
    with gr.Blocks() as demo:
        inp = gr.Number(value=0)
        out = gr.Number()
        btn = gr.Button()

        def inv(x):
            if x == 0:
                raise gr.Error("Cannot divide by zero", title="Math")
            return 1 / x

        btn.click(inv, inp, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.status(out) == "error"
    assert ui.error(out) == "Cannot divide by zero"
    assert ui.toasts[-1]["level"] == "error" and ui.toasts[-1]["title"] == "Math"
    ui.set(inp, 4)
    ui.click(btn)
    assert ui.status(out) == "idle" and ui.value(out) == 0.25


def test_unexpected_exception_is_reported_with_its_type():
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda: {}["missing"], None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.error(out).startswith("KeyError")


def test_invalid_input_names_component_and_field():
    with gr.Blocks() as demo:
        num = gr.Number(label="Age")
        out = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda x: str(x), num, out)
    ui = Frontend(demo)
    ui.set(num, "not a number")
    ui.click(btn)
    assert "Number 'Age'" in ui.error(out) and "expects a number" in ui.error(out)
    ui.set(num, 3)
    ui.click(btn)
    assert ui.value(out) == "3"  # an int stays an int (precision=None), as in Gradio


def test_invalid_data_model_payload_names_field():
    with gr.Blocks() as demo:
        lab = gr.Label(label="Pred")
        out = gr.JSON()
        btn = gr.Button()
        btn.click(lambda v: v, lab, out)
    ui = Frontend(demo)
    demo.view().session.set(lab, {"label": "x", "confidences": [{"label": "a", "confidence": "high"}]})
    ui.click(btn)
    assert "Label 'Pred'" in ui.error(out) and "confidences.0.confidence" in ui.error(out)


def test_warning_and_info_toasts():
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def fn():
            gr.Warning("careful", duration=3)
            gr.Info("fyi")
            return "done"

        btn.click(fn, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert [(t["level"], t["message"]) for t in ui.toasts] == [("warning", "careful"), ("info", "fyi")]
    assert ui.toasts[0]["duration"] == 3
    assert ui.value(out) == "done"


def test_warning_outside_an_event_warns():
    with pytest.warns(UserWarning, match="outside"):
        gr.Warning("outside")


def test_event_data_injected_by_annotation():
    got = []
    with gr.Blocks() as demo:
        radio = gr.Radio(["a", "b"])
        out = gr.Textbox()

        def on_select(value, evt: gr.SelectData):
            got.append((value, evt.index, evt.value, evt.selected))
            return f"{evt.index}:{evt.value}"

        radio.select(on_select, radio, out)
    ui = Frontend(demo)
    ui.set(radio, "b")
    ui.trigger(radio, "select", {"index": 1, "value": "b", "selected": True})
    assert got == [("b", 1, "b", True)]
    assert ui.value(out) == "1:b"


def test_preprocess_false_and_postprocess_false():
    with gr.Blocks() as demo:
        lab = gr.Label(value={"cat": 0.7, "dog": 0.3})
        out = gr.JSON()
        raw = gr.Label()
        btn = gr.Button()
        btn.click(lambda v: v, lab, out, preprocess=False)
        btn.click(lambda: {"label": "raw"}, None, raw, postprocess=False)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out)["label"] == "cat"  # the data_model payload, not the dict of confidences
    assert ui.value(raw) == {"label": "raw"}


def test_non_interactive_component_cannot_be_set():
    demo, name, out, btn = greet_app()
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="not interactive"):
        ui.set(out, "x")
    assert ui.props(out)["interactive"] is False
    assert ui.props(name)["interactive"] is True


def test_unknown_event_is_refused_by_frontend_and_ignored_by_kernel(caplog):
    demo, name, out, btn = greet_app()
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="no event 'explode'"):
        ui.trigger(btn, "explode")
    widget = demo.view().widgets[btn._id]
    widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": {"method": "custom", "content": {"type": "event", "event": "explode"}}}, "buffers": []})
    widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": {"method": "custom", "content": ["garbage"]}}, "buffers": []})
    assert "no event 'explode'" in caplog.text and "malformed" in caplog.text
    ui.set(name, "still works")
    ui.click(btn)
    assert ui.value(out) == "Hello, still works!"


def test_frontend_may_not_change_props_or_children():
    demo, name, out, btn = greet_app()
    ui = Frontend(demo)
    widget = demo.view().widgets[name._id]
    widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": {"method": "update", "state": {"props": {"label": "hacked"}, "children": ["x"]}, "buffer_paths": []}}, "buffers": []})
    assert widget.props["label"] == "Name"
    assert ui.props(name)["label"] == "Name"


def test_pending_status_while_running():
    started, release = threading.Event(), threading.Event()
    with gr.Blocks() as demo:
        out = gr.Textbox()
        btn = gr.Button()

        def slow():
            started.set()
            release.wait(WAIT)
            return "late"

        btn.click(slow, None, out, show_progress="minimal")
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.click(btn, wait=False)
    assert started.wait(WAIT)
    ui.wait_for(lambda: ui.status(out) == "pending")  # shown once the event outlasts PENDING_DELAY
    assert ui._held(out)["status"]["show_progress"] == "minimal"
    release.set()
    ui.wait()
    assert ui.status(out) == "idle" and ui.value(out) == "late"
    assert [u["status"]["state"] for u in updates if "status" in u] == ["pending", "idle"]


def test_an_event_that_ends_before_the_pending_delay_sends_one_update(monkeypatch):
    """The pending state waits ``PENDING_DELAY``; an event that ended by then reaches the
    browser as one update per output: its value (the page's status stays idle, so none is
    sent) (the delay is made an hour so the test does not depend on how fast this machine
    runs the event)."""
    from nbblocks.widgets import app_view

    monkeypatch.setattr(app_view, "PENDING_DELAY", 3600.0)
    with gr.Blocks() as demo:
        inp = gr.Textbox()
        out = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda s: s + "!", inp, out)
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.set(inp, "hi")
    ui.click(btn)
    assert ui.value(out) == "hi!" and ui.status(out) == "idle"
    assert len(updates) == 1 and updates[0]["value"] == "hi!" and "status" not in updates[0]


def test_trigger_mode_once_ignores_clicks_while_pending():
    started, release = threading.Event(), threading.Event()
    calls = []
    with gr.Blocks() as demo:
        btn = gr.Button()

        def slow():
            calls.append(1)
            started.set()
            release.wait(WAIT)

        btn.click(slow)
    ui = Frontend(demo)
    ui.click(btn, wait=False)
    assert started.wait(WAIT)
    ui.click(btn, wait=False)
    release.set()
    ui.wait()
    assert calls == [1]


def test_change_is_always_last_by_default():
    release = threading.Event()
    started = threading.Event()
    seen = []
    with gr.Blocks() as demo:
        box = gr.Textbox()

        def on_change(s):
            seen.append(s)
            started.set()
            release.wait(WAIT)

        box.change(on_change, box, None)
    ui = Frontend(demo)
    ui.set(box, "a", wait=False)
    assert started.wait(WAIT)
    for s in ("b", "c", "d"):
        ui.set(box, s, wait=False)
    release.set()
    ui.wait()
    assert seen == ["a", "d"]


def test_listener_options_are_validated():
    with gr.Blocks():
        btn = gr.Button()
        with pytest.raises(TypeError, match="js"):
            btn.click(lambda: None, js=42)
        with pytest.raises(TypeError, match="unexpected"):
            btn.click(lambda: None, bogus=1)
        with pytest.raises(ValueError, match="every"):
            btn.click(lambda: None, every=0)
        with pytest.raises(TypeError, match="cancels"):
            btn.click(lambda: None, cancels=["not an event"])
        with pytest.raises(ValueError, match="generator"):
            btn.click(lambda: (yield 1), batch=True)
        with pytest.raises(ValueError, match="trigger_mode"):
            btn.click(lambda: None, trigger_mode="sometimes")


def test_listener_outside_blocks_is_a_clear_error():
    btn = gr.Button()
    with pytest.raises(AttributeError, match="outside a Blocks app"):
        btn.click(lambda: None)


def test_api_names_default_to_function_names_and_are_unique():
    with gr.Blocks() as demo:
        btn = gr.Button()

        def predict():
            return None

        d1 = btn.click(predict)
        d2 = btn.click(predict)
        d3 = btn.click(lambda: None, api_name="custom")
        d4 = btn.click(lambda: None, api_name=False)
    assert (d1.api_name, d2.api_name, d3.api_name, d4.api_name) == ("predict", "predict_1", "custom", None)
    assert d4.api_visibility == "private"
    assert len(demo.dependencies) == 4


def test_arity_mismatch_warns_at_registration():
    with gr.Blocks():
        a = gr.Textbox()
        with pytest.warns(UserWarning, match="positional"):
            gr.Button().click(lambda x, y: None, a, None)


def test_concurrent_handlers_are_thread_safe():
    """Many events fired from several threads at once (as kernel subshells do) all land."""
    n = 8
    with gr.Blocks() as demo:
        boxes = [gr.Number(value=i) for i in range(n)]
        outs = [gr.Number() for _ in range(n)]
        btns = [gr.Button(str(i)) for i in range(n)]
        for b, i, o in zip(btns, boxes, outs):
            b.click(lambda x: x * 10, i, o, concurrency_limit=None)
    ui = Frontend(demo)
    barrier = threading.Barrier(n)

    def fire(k):
        barrier.wait()
        ui.click(btns[k], wait=False)

    threads = [threading.Thread(target=fire, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ui.wait()
    assert [ui.value(o) for o in outs] == [i * 10.0 for i in range(n)]


def test_default_concurrency_limit_runs_one_at_a_time_across_listeners_of_one_fn():
    active, peak, runs = [0], [0], [0]
    lock = threading.Lock()
    with gr.Blocks() as demo:
        btn = gr.Button()

        def work():
            with lock:
                active[0] += 1
                peak[0] = max(peak[0], active[0])
                first = runs[0] == 0
                runs[0] += 1
            if first:  # holds its slot until the other three are queued behind it (or one got in)
                assert eventually(lambda: peak[0] > 1 or len(queued()) == 3)
            with lock:
                active[0] -= 1

        dep = btn.click(work, trigger_mode="multiple")
    session = demo.view().session

    def queued():
        return [job for job in session.pending.get(dep.id, []) if job.queue_position is not None]

    ui = Frontend(demo)
    for _ in range(4):
        ui.click(btn, wait=False)
    ui.wait()
    assert peak[0] == 1 and runs[0] == 4


def test_a_value_set_by_one_page_reaches_the_others():
    demo, name, out, btn = greet_app()
    first, second = Frontend(demo), Frontend(demo)
    first.set(name, "from the first page")
    assert second.value(name) == "from the first page"
    assert first.value(name) == "from the first page"
    widget = demo.view().widgets[name._id]
    assert widget.value_origin["page"] == first._page


def test_older_messages_do_not_overwrite_newer_values():
    demo, name, out, btn = greet_app()
    ui = Frontend(demo)
    widget = demo.view().widgets[name._id]
    stamp = {"app": demo.view().token, "page": "p1"}

    def send(seq, value):
        content = {"type": "event", "event": "input", "data": None, "value": value, "seq": seq, **stamp}
        widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": {"method": "custom", "content": content}}, "buffers": []})

    send(1, "a")
    send(3, "abc")  # arrives early: waits for 2
    send(2, "ab")
    ui.wait()
    assert demo.view().session.get(name) == "abc"
    assert ui.value(name) == "abc"


def test_a_fast_event_ends_in_one_message_with_the_value_and_its_version(monkeypatch):
    # "Fast" means done before the pending state is due; a loaded machine may take longer
    # than the real 30 ms, so the delay is made long enough for any machine.
    monkeypatch.setattr("nbblocks.widgets.app_view.PENDING_DELAY", 600.0)
    with gr.Blocks() as demo:
        inp, out = gr.Textbox(), gr.Textbox()
        btn = gr.Button()
        btn.click(lambda s: s.upper(), inp, out)
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.set(inp, "hello")
    ui.click(btn)
    assert len(updates) == 1
    (update,) = updates
    assert update["value"] == "HELLO"
    # The page's status was idle and stays so: the value travels whole with its version,
    # which is all a page needs to know it has the kernel's value (no ``value_version``).
    assert "status" not in update and ui.status(out) == "idle"
    assert update["value_origin"]["version"] == ui._widget(out)._version
    ui.click(btn)  # the value the page already has: nothing to send
    assert len(updates) == 1
    ui.set(inp, "again")
    ui.click(btn)
    assert len(updates) == 2 and updates[1]["value"] == "AGAIN" and "status" not in updates[1]
    assert updates[1]["value_origin"]["version"] == update["value_origin"]["version"] + 1


def test_an_event_after_streamed_edits_says_which_version_the_page_should_have(monkeypatch):
    """Edits (``value_diff``) can be missed by a page whose model did not listen yet: the
    idle status after them carries ``value_version``; once a value went whole again the
    status is plain idle."""
    monkeypatch.setattr("nbblocks.widgets.app_view.PENDING_DELAY", 600.0)
    long = "x" * 400
    with gr.Blocks() as demo:
        inp, out = gr.Textbox(), gr.Textbox()
        grow, short = gr.Button(), gr.Button()
        grow.click(lambda s: long + s, inp, out)
        short.click(lambda s: s, inp, out)
    ui = Frontend(demo)
    updates = received_updates(ui, out)
    ui.set(inp, "a")
    ui.click(grow)  # the first long text goes whole (its edits would replace it all)
    ui.set(inp, "ab")
    ui.click(grow)  # a long text that grew: sent as edits
    widget = ui._widget(out)
    assert not widget._whole
    assert ui._held(out)["status"]["value_version"] == widget._version
    assert updates[-1]["status"]["value_version"] == widget._version
    ui.click(short)
    assert widget._whole and "value_version" not in ui._held(out)["status"]
    assert updates[-1]["value"] == "ab" and updates[-1]["status"]["state"] == "idle"
    assert "value_version" not in updates[-1]["status"]


def _reversed(text: str) -> str:
    if not text:
        raise gr.Error("nothing to reverse")
    return text[::-1]


def test_python_observers_of_an_output_model_hear_its_new_value_and_status():
    with gr.Blocks() as demo:
        inp, out = gr.Textbox(), gr.Textbox()
        btn = gr.Button()
        btn.click(_reversed, inp, out)
    ui = Frontend(demo)
    widget = ui._widget(out)
    heard: list[tuple[str, object]] = []
    widget.observe(lambda change: heard.append((change["name"], change["new"])), names=["value", "status"])
    updates = received_updates(ui, out)
    ui.set(inp, "abc")
    ui.click(btn)
    assert ("value", "cba") in heard
    assert updates[-1]["value"] == "cba"
    ui.set(inp, "")
    ui.click(btn)  # fails: the status changes
    assert [new["state"] for name, new in heard if name == "status"] == ["error"]  # type: ignore[index]
    assert updates[-1]["status"]["state"] == "error"


def test_more_sync_functions_at_once_than_warm_threads_all_run_at_once():
    """Warm threads never queue work: once every one is busy, the executor runs the next."""
    count = 6
    barrier = threading.Barrier(count, timeout=WAIT)
    with gr.Blocks() as demo:
        inp, out = gr.Number(), gr.Number()
        btn = gr.Button()

        def meet(x):
            barrier.wait()  # raises BrokenBarrierError unless all of them run at the same time
            return x

        btn.click(meet, inp, out, concurrency_limit=None)
    sessions = [demo.engine.sessions.create(f"api-{i}", sink=None, cascade=False) for i in range(count)]
    jobs = [demo.engine.submit(demo.dependencies[0], s, inputs=[i]) for i, s in enumerate(sessions)]
    for s in sessions:
        assert s.wait_idle(WAIT)
    assert [j.state for j in jobs] == ["success"] * count
    assert [s.get(out) for s in sessions] == [float(i) for i in range(count)]


@pytest.mark.parametrize(
    "value",
    [
        "text", 3.5, None, float("nan"), "lone \ud800 surrogate",
        {"role": "user", "content": [{"type": "text", "text": "hi"}], "score": float("inf")},
        {"raw": b"\x00\x01", "n": [1, memoryview(b"ab")]},
    ],
)
def test_an_events_message_is_the_one_ipywidgets_would_build(value):
    """``BlockWidget.send_state`` sends an event's traits its own short way: the message
    (state, buffer paths, buffers) must stay the one ipywidgets builds, whatever its
    version does inside."""
    import ipywidgets

    with gr.Blocks() as demo:
        out = gr.Textbox()
    ui = Frontend(demo)
    widget = ui._widget(out)
    widget._trait_values["value"] = value  # any JSON-able value, bytes included, as a trait holds it
    sent: list[tuple[Any, Any]] = []
    real_send = widget.comm.send
    widget.comm.send = lambda data=None, buffers=None, **_: sent.append((data, [bytes(b) for b in buffers or []]))
    try:
        keys = ["value", "value_origin", "status"]
        widget.send_state(keys)
        ipywidgets.Widget.send_state(widget, keys)
    finally:
        widget.comm.send = real_send
    ours, theirs = sent
    assert ours == theirs
