"""@gr.render: blocks built per session, replaced on every trigger, keys preserved."""

from __future__ import annotations

import threading

import nbblocks as gr
from nbblocks.testing import Frontend
from support.waiting import WAIT


def letters_app():
    with gr.Blocks() as demo:
        text = gr.Textbox(label="Text")

        @gr.render(inputs=text)
        def show(s):
            if not s:
                gr.Markdown("## No input")
                return
            with gr.Row():
                for ch in s:
                    gr.Textbox(ch, label=f"Letter {ch}")

    return demo, text, show


def rendered(ui, renderable):
    """The blocks the browser shows inside a render container, in order."""
    view = ui._view
    container = view.widgets[renderable.id]
    by_model = {w.model_id: bid for bid, w in view.widgets.items()}
    return [view.app.blocks[by_model[ref.split(":", 1)[1]]] for ref in ui._held(renderable.container)["children"]]


def test_render_runs_on_load_and_on_input_change():
    demo, text, show = letters_app()
    ui = Frontend(demo)
    ui.wait()
    top = rendered(ui, show)
    assert [type(b).__name__ for b in top] == ["Markdown"]
    ui.set(text, "abc")
    (row,) = rendered(ui, show)
    letters = row.children
    assert [ui.value(b) for b in letters] == ["a", "b", "c"]
    assert [ui.props(b)["label"] for b in letters] == ["Letter a", "Letter b", "Letter c"]
    ui.set(text, "")
    assert [type(b).__name__ for b in rendered(ui, show)] == ["Markdown"]
    for b in letters:  # the old blocks are gone from the app and their widgets closed
        assert b._id not in demo.blocks


def test_a_frontend_sees_what_a_load_render_builds_while_it_attaches(monkeypatch):
    """The render that the load event runs may build its blocks while Frontend attaches to
    the app's widgets; here it builds them exactly while Frontend starts to watch for new
    widgets (it once missed them then: a click on one raised KeyError)."""
    from nbblocks.widgets.app_view import AppView

    go = threading.Event()
    watch = AppView.add_observer

    def add_observer_once_rendered(self, observer):
        go.set()  # the render builds its buttons now...
        assert self.session.wait_idle(WAIT)  # ...and has built them
        watch(self, observer)

    monkeypatch.setattr(AppView, "add_observer", add_observer_once_rendered)
    with gr.Blocks() as demo:
        count = gr.Number(value=2, precision=0)
        out = gr.Textbox()

        @gr.render(inputs=count)
        def buttons(n):
            assert go.wait(WAIT)
            for i in range(n):
                gr.Button(f"b{i}").click(lambda i=i: f"clicked {i}", None, out)

    ui = Frontend(demo)
    ui.wait()
    btns = [b for b in demo.blocks.values() if type(b).__name__ == "Button"]
    ui.click(btns[1])
    assert ui.value(out) == "clicked 1"
    demo.close()


def test_listeners_inside_a_render_work_and_are_replaced():
    with gr.Blocks() as demo:
        count = gr.Number(value=2, precision=0)
        out = gr.Textbox()

        @gr.render(inputs=count)
        def buttons(n):
            for i in range(n):
                btn = gr.Button(f"b{i}")
                btn.click(lambda i=i: f"clicked {i}", None, out)

    ui = Frontend(demo)
    ui.wait()
    btns = [b for b in demo.blocks.values() if type(b).__name__ == "Button"]
    assert len(btns) == 2
    ui.click(btns[1])
    assert ui.value(out) == "clicked 1"
    ui.set(count, 3)
    btns = [b for b in demo.blocks.values() if type(b).__name__ == "Button"]
    assert len(btns) == 3
    ui.click(btns[2])
    assert ui.value(out) == "clicked 2"
    assert len([d for d in demo.dependencies if d.scope is not None]) == 3


def test_keyed_blocks_keep_their_value_and_widget():
    with gr.Blocks() as demo:
        n = gr.Number(value=1, precision=0)

        @gr.render(inputs=n)
        def boxes(k):
            for i in range(k):
                gr.Textbox(f"default {i}", key=f"box-{i}")

    ui = Frontend(demo)
    ui.wait()
    (first,) = [b for b in demo.blocks.values() if getattr(b, "key", None) == "box-0"]
    ui.set(first, "typed by user")
    model_before = demo.view().widgets[first._id].model_id
    ui.set(n, 2)
    new_first = next(b for b in demo.blocks.values() if getattr(b, "key", None) == "box-0")
    assert new_first is not first
    assert ui.value(new_first) == "typed by user"
    assert demo.view().widgets[new_first._id].model_id == model_before
    second = next(b for b in demo.blocks.values() if getattr(b, "key", None) == "box-1")
    assert ui.value(second) == "default 1"


def test_renders_are_per_session():
    demo, text, show = letters_app()
    ui = Frontend(demo)
    ui.set(text, "xy")
    other = demo.engine.sessions.create("other", sink=None)
    demo.engine.dispatch(other, None, "load")
    assert other.wait_idle(10)
    mine = [b for b in demo.blocks.values() if type(b).__name__ == "Textbox" and b is not text]
    assert [b.value for b in mine if b.label.startswith("Letter")] == ["x", "y"]
    demo.engine.sessions.close("other")
    ui.set(text, "z")
    assert [ui.value(b) for b in rendered(ui, show)[0].children] == ["z"]


def test_explicit_triggers():
    runs = []
    with gr.Blocks() as demo:
        text = gr.Textbox()
        go = gr.Button()

        @gr.render(inputs=text, triggers=[go.click])
        def show(s):
            runs.append(s)
            gr.Markdown(s)

    ui = Frontend(demo)
    ui.set(text, "typed")
    assert runs == []
    ui.click(go)
    assert runs == ["typed"]


def test_preserved_by_key_none_resets_the_value_on_each_render():
    with gr.Blocks() as demo:
        n = gr.Number(value=1, precision=0)

        @gr.render(inputs=n)
        def boxes(k):
            gr.Textbox("kept", key="kept")
            gr.Textbox("reset", key="reset", preserved_by_key=None)

    ui = Frontend(demo)
    ui.wait()

    def keyed(key):
        return next(b for b in demo.blocks.values() if getattr(b, "key", None) == key)

    ui.set(keyed("kept"), "typed 1")
    ui.set(keyed("reset"), "typed 2")
    ui.set(n, 2)
    assert ui.value(keyed("kept")) == "typed 1"
    assert ui.value(keyed("reset")) == "reset"


def test_then_listeners_made_by_a_render_follow_only_while_that_run_lasts():
    """A render run's ``.then`` follows its listener; once the run is replaced, its
    listeners and their followers are gone and the new run's follow instead."""
    ran: list[str] = []
    with gr.Blocks() as demo:
        text = gr.Textbox()
        log = gr.Textbox()

        @gr.render(inputs=text)
        def show(s):
            btn = gr.Button(f"go {s}")
            btn.click(lambda: f"clicked {s}", None, log).then(lambda: ran.append(f"then {s}"))

    ui = Frontend(demo)
    ui.set(text, "one")
    (first,) = rendered(ui, show)
    ui.click(first)
    assert ui.value(log) == "clicked one" and ran == ["then one"]
    ui.set(text, "two")
    (second,) = rendered(ui, show)
    ui.click(second)
    assert ui.value(log) == "clicked two"
    assert ran == ["then one", "then two"]
    for dep in demo.dependencies:  # the followers' index says what a scan of the listeners says
        assert demo.followers_of(dep) == [
            f for f in demo.dependencies if f.trigger_after == dep.id and (f.scope is None or f.scope == dep.scope)
        ]
