"""gr.State and sessions: deep copies, callables, isolation, time_to_live, delete callbacks."""

from __future__ import annotations

import threading

import nbblocks as gr
from nbblocks.testing import Frontend
from support.waiting import WAIT


def counter_app(initial=None, **state_kwargs):
    with gr.Blocks() as demo:
        state = gr.State(initial if initial is not None else [], **state_kwargs)
        out = gr.JSON()
        btn = gr.Button()

        def add(items):
            items = items + [len(items)]
            return items, items

        btn.click(add, state, [state, out])
    return demo, state, out, btn


def test_state_keeps_value_across_events():
    demo, state, out, btn = counter_app()
    ui = Frontend(demo)
    ui.click(btn)
    ui.click(btn)
    assert ui.value(out) == [0, 1]
    assert ui.state_value(state) == [0, 1]


def test_state_initial_value_is_deep_copied_per_app_and_session():
    shared = {"items": []}
    with gr.Blocks() as demo:
        st = gr.State(shared)
        btn = gr.Button()

        def mutate(d):
            d["items"].append("x")
            return d

        btn.click(mutate, st, st)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.state_value(st) == {"items": ["x"]}
    assert shared == {"items": []}  # the author's object is untouched
    other = demo.engine.sessions.create("other", sink=None)
    assert other.get(st) == {"items": []}


def test_two_apps_do_not_share_state():
    demo1, s1, out1, b1 = counter_app()
    demo2, s2, out2, b2 = counter_app()
    ui1, ui2 = Frontend(demo1), Frontend(demo2)
    ui1.click(b1)
    ui1.click(b1)
    ui2.click(b2)
    assert ui1.value(out1) == [0, 1]
    assert ui2.value(out2) == [0]


def test_sessions_of_one_app_are_isolated():
    demo, state, out, btn = counter_app()
    ui = Frontend(demo)
    ui.click(btn)
    other = demo.engine.sessions.create("client-2", sink=None, cascade=False)
    demo.engine.submit(demo.dependencies[0], other)
    assert other.wait_idle(10)
    assert other.get(state) == [0]
    ui.click(btn)
    assert ui.state_value(state) == [0, 1]


def test_callable_state_value_is_called_per_session():
    calls = []

    def make():
        calls.append(1)
        return {"n": len(calls)}

    with gr.Blocks() as demo:
        st = gr.State(make)
    ui = Frontend(demo)
    assert ui.state_value(st) == {"n": 1}
    demo.engine.sessions.create("another", sink=None)
    assert len(calls) == 2


def test_state_change_event_fires_when_value_changes():
    seen = []
    demo, state, out, btn = counter_app()
    with demo:
        state.change(lambda v: seen.append(list(v)), state, None)
    ui = Frontend(demo)
    ui.click(btn)
    ui.click(btn)
    assert seen == [[0], [0, 1]]


def test_delete_callback_runs_once_when_app_is_closed():
    deleted = []
    demo, state, out, btn = counter_app(delete_callback=deleted.append)
    ui = Frontend(demo)
    ui.click(btn)
    demo.close()
    demo.close()
    assert deleted == [[0]]


def test_time_to_live_expires_value_and_calls_delete_callback_once():
    deleted = []
    gone = threading.Event()

    def on_delete(value):
        deleted.append(value)
        if value:  # the initial [] has a time to live too: on a slow machine it may expire first
            gone.set()

    demo, state, out, btn = counter_app(time_to_live=0.2, delete_callback=on_delete)
    ui = Frontend(demo)
    ui.click(btn)
    assert gone.wait(WAIT), "time_to_live did not expire the State"
    assert [v for v in deleted if v] == [[0]]
    # A read after expiry starts again from the initial value.
    assert ui.state_value(state) == []
    demo.close()
    # [0] was deleted once; any other call was for an initial value that expired or was closed.
    assert deleted.count([0]) == 1 and all(v in ([], [0]) for v in deleted)


def test_time_to_live_is_reset_by_updates():
    demo, state, out, btn = counter_app(time_to_live=30)
    ui = Frontend(demo)
    session = demo.view().session
    first = session.next_expiry()
    ui.click(btn)
    assert session.next_expiry() >= first


def test_component_callable_value_called_per_session():
    n = []
    with gr.Blocks() as demo:
        box = gr.Textbox(lambda: n.append(1) or f"session {len(n)}")
    ui = Frontend(demo)
    assert ui.value(box) == "session 1"
    s2 = demo.engine.sessions.create("x", sink=None)
    assert s2.get(box) == "session 2"


def test_load_event_runs_when_the_app_is_shown():
    with gr.Blocks() as demo:
        out = gr.Textbox()
        demo.load(lambda: "loaded", None, out)
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(out) == "loaded"


def test_props_updates_are_per_session():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="orig")
        btn = gr.Button()
        btn.click(lambda: gr.update(label="changed"), None, box)
    ui = Frontend(demo)
    ui.click(btn)
    other = demo.engine.sessions.create("other", sink=None)
    assert ui.props(box)["label"] == "changed"
    assert other.config(box)["label"] == "orig"
    assert box.label == "orig"
