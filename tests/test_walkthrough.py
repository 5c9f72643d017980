"""gr.Walkthrough and gr.Step: a stepper whose steps a function opens ("Next") and a person
may go back through, with Gradio 6.31's events, event data, config and API info."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, FrontendError


def _params(cls: type) -> list[tuple[str, str, Any]]:
    return [(p.name, p.kind.name, p.default) for p in inspect.signature(cls).parameters.values()]


# -- construction --------------------------------------------------------------------------


def test_constructors_take_gradios_parameters():
    # gradio 6.31: Walkthrough(*, selected=None, visible=True, elem_id=None, elem_classes=None,
    # render=True, key=None, preserved_by_key=None); Step(label=None, visible=True,
    # interactive=True, *, id=None, elem_id=None, elem_classes=None, scale=None, render=True,
    # key=None, preserved_by_key=None). The shared ones are keyword-only **props here.
    assert _params(gr.Walkthrough)[0] == ("selected", "KEYWORD_ONLY", None)
    assert _params(gr.Step)[:5] == [
        ("label", "POSITIONAL_OR_KEYWORD", None), ("visible", "POSITIONAL_OR_KEYWORD", True),
        ("interactive", "POSITIONAL_OR_KEYWORD", True), ("id", "KEYWORD_ONLY", None), ("scale", "KEYWORD_ONLY", None),
    ]
    with gr.Blocks():
        with gr.Walkthrough(selected=2, elem_id="wt", elem_classes="guide", key="w") as wt:
            with gr.Step("Pick", False, False, id=1, elem_id="s1", scale=2) as s1:
                box = gr.Textbox()
            with gr.Step() as s2:
                pass
    assert box.parent is s1 and s1.parent is wt and wt.children == [s1, s2]
    config = wt.get_config()
    assert (config["name"], config["selected"], config["elem_id"], config["elem_classes"], config["key"]) == (
        "walkthrough", 2, "wt", ["guide"], "w")
    step = s1.get_config()
    assert (step["name"], step["label"], step["visible"], step["interactive"], step["id"], step["scale"], step["elem_id"]) == (
        "step", "Pick", False, False, 1, 2, "s1")
    # As Gradio: no "selected" until one is given, no "id" for a step without one.
    assert "selected" not in gr.Walkthrough(render=False).get_config()
    assert "id" not in s2.get_config() and s2.get_config()["label"] is None


def test_layout_events():
    assert [str(e) for e in gr.Walkthrough.EVENTS] == ["change", "select"]
    assert [str(e) for e in gr.Step.EVENTS] == ["select"]


@pytest.mark.parametrize("cls", [gr.Walkthrough, gr.Step], ids=lambda c: c.__name__)
def test_visible_takes_what_every_layout_takes(cls):
    assert cls(visible="hidden", render=False).get_config()["visible"] == "hidden"
    with pytest.raises(ValueError, match=f"{cls.__name__}: visible must be True, False or 'hidden'"):
        cls(visible="no", render=False)


def test_steps_outside_a_walkthrough_are_gathered_into_an_implicit_one():
    with gr.Blocks() as demo:
        with gr.Step("a") as a:
            gr.Textbox()
        with gr.Step("b") as b:
            pass
        gr.Markdown("between")
        with gr.Step("c", key="k") as c:
            pass
        with gr.Row() as row:
            with gr.Step("d") as d:
                pass
    first, _, second, _ = demo.children
    assert isinstance(first, gr.Walkthrough) and first.children == [a, b]
    assert isinstance(second, gr.Walkthrough) and second.children == [c]
    assert second.key == ("k", "_parent")  # as Gradio keys the implicit parent of a keyed step
    assert first.key is None and a.parent is first and first.root is demo
    assert isinstance(row.children[0], gr.Walkthrough) and row.children[0].children == [d]


def test_a_step_rendered_later_is_gathered_and_an_explicit_walkthrough_is_not_extended():
    late = gr.Step("late", render=False)
    with gr.Blocks() as demo:
        with gr.Walkthrough() as explicit:
            with gr.Step("a"):
                pass
        late.render()
    assert len(explicit.children) == 1
    assert isinstance(demo.children[1], gr.Walkthrough) and demo.children[1].children == [late]


# -- which step shows ------------------------------------------------------------------------


def _shown(wt: gr.Walkthrough) -> int | None:
    return wt.shown_index(lambda block: block.get_config())


def test_selected_is_a_step_id_else_an_index_else_the_first_visible_step():
    def walkthrough(selected: Any, *steps: dict[str, Any]) -> gr.Walkthrough:
        with gr.Walkthrough(selected=selected, render=False) as wt:
            for kwargs in steps:
                gr.Step(**kwargs)
        return wt

    assert _shown(walkthrough(None, {"id": 1}, {"id": 2})) == 0
    assert _shown(walkthrough(2, {"id": 1}, {"id": 2}, {"id": 3})) == 1  # by id
    assert _shown(walkthrough(1, {}, {}, {})) == 1  # no step has that id: an index
    assert _shown(walkthrough(0, {"id": 1}, {"id": 0})) == 1  # an id wins over an index
    assert _shown(walkthrough(None, {"visible": False}, {})) == 1  # the first visible step
    assert _shown(walkthrough(2, {"id": 1}, {"id": 2, "visible": "hidden"})) == 0
    assert _shown(walkthrough(True, {"id": 1}, {"id": 2})) == 0  # True is no id and no index
    assert _shown(walkthrough(9, {}, {})) == 0
    assert _shown(walkthrough(None, {"visible": False})) is None
    assert _shown(gr.Walkthrough(render=False)) is None


def test_a_pick_is_an_earlier_visible_interactive_step_of_a_visible_walkthrough():
    with gr.Walkthrough(selected=3, render=False) as wt:
        first = gr.Step(id=1)
        second = gr.Step()  # no id: the pick is its index
        gr.Step(id=3)
        gr.Step(id=4)
    props = {block._id: block.get_config() for block in [wt, *wt.children]}

    def config(block: Any) -> dict[str, Any]:
        return props[block._id]

    assert wt.picked_props("select", {"index": 0}, config) == {"selected": 1}
    # A step without an id is picked by its index, unless that is another step's id: then
    # the click stands and `selected` stays, since no value of it names that step.
    assert wt.picked_props("select", {"index": 1, "value": None}, config) == {}
    props[first._id]["id"] = 7
    assert wt.picked_props("select", {"index": 1}, config) == {"selected": 1}
    props[first._id]["id"] = 1
    for data in ({"index": 2}, {"index": 3}, {"index": -1}, {"index": True}, {"index": "0"}, {}, None, [0]):
        assert wt.picked_props("select", data, config) is None, data
    props[second._id]["interactive"] = False
    props[first._id]["visible"] = "hidden"
    assert wt.picked_props("select", {"index": 1}, config) is None and wt.picked_props("select", {"index": 0}, config) is None
    props[first._id]["visible"] = True
    props[wt._id]["visible"] = False
    assert wt.picked_props("select", {"index": 0}, config) is None


# -- events in a session ---------------------------------------------------------------------


def guide() -> tuple[gr.Blocks, dict[str, Any], list[Any]]:
    """Gradio's classic walkthrough: a Next button in each step, every event logged."""
    log: list[Any] = []

    def logged(kind: str):
        def record(evt: gr.SelectData) -> None:
            log.append((kind, evt.index, evt.value, evt.selected, type(evt.target).__name__))
        return record

    with gr.Blocks() as demo:
        with gr.Walkthrough(selected=1) as wt:
            with gr.Step("Pick", id=1) as s1:
                n1 = gr.Button("Next")
            with gr.Step("Check", id=2) as s2:
                n2 = gr.Button("Next")
            with gr.Step("Done", id=3) as s3:
                gr.Markdown("done")
        n1.click(lambda: gr.Walkthrough(selected=2), None, wt)
        n2.click(lambda: gr.Walkthrough(selected=3), None, wt)
        wt.select(logged("wt.select"))
        wt.change(lambda: log.append("wt.change"))
        for step, name in ((s1, "s1"), (s2, "s2"), (s3, "s3")):
            step.select(logged(f"{name}.select"))
    return demo, {"wt": wt, "s1": s1, "s2": s2, "s3": s3, "n1": n1, "n2": n2}, log


def test_next_buttons_open_the_next_step_with_gradios_events():
    """What gradio 6.31's page fires (measured in Chromium): a function opening a step fires
    the Walkthrough's change and that Step's select ({"value": label, "index": i})."""
    demo, b, log = guide()
    ui = Frontend(demo)
    assert log == []  # nothing on load (Gradio's page also selects the first step then)
    ui.click(b["n1"])
    assert ui.props(b["wt"])["selected"] == 2
    assert sorted(log, key=str) == sorted(["wt.change", ("s2.select", 1, "Check", True, "Step")], key=str)
    log.clear()
    ui.click(b["n2"])
    assert ui.props(b["wt"])["selected"] == 3
    assert sorted(log, key=str) == sorted(["wt.change", ("s3.select", 2, "Done", True, "Step")], key=str)
    log.clear()
    ui.click(b["n2"])  # the step is open already: nothing changed
    assert log == []
    demo.close()


def test_a_person_goes_back_by_clicking_an_earlier_step_and_next_works_again():
    demo, b, log = guide()
    ui = Frontend(demo)
    ui.click(b["n1"])
    ui.click(b["n2"])
    log.clear()
    ui.click_step(b["wt"], b["s1"])
    # As gradio 6.31: the Walkthrough's select (the step's label and index), the Step's, then change.
    assert log == [("wt.select", 0, "Pick", True, "Walkthrough"), ("s1.select", 0, "Pick", True, "Step"), "wt.change"]
    assert ui.props(b["wt"])["selected"] == 1  # the session keeps the person's choice
    log.clear()
    # So the first Next opens step 2 again (it was the kernel's last `selected`).
    ui.click(b["n1"])
    assert ui.props(b["wt"])["selected"] == 2
    assert sorted(log, key=str) == sorted(["wt.change", ("s2.select", 1, "Check", True, "Step")], key=str)
    demo.close()


def test_select_data_carries_the_steps_id_as_gradio_sends_it():
    seen: list[Any] = []
    with gr.Blocks() as demo:
        with gr.Walkthrough(selected="b") as wt:
            with gr.Step("A", id="a"):
                pass
            with gr.Step("B", id="b"):
                pass

        @wt.select
        def picked(evt: gr.SelectData) -> None:
            seen.append((evt.index, evt.value, evt._data["id"]))

    ui = Frontend(demo)
    ui.click_step(wt, 0)
    assert seen == [(0, "A", "a")] and ui.props(wt)["selected"] == "a"
    demo.close()


def test_only_an_earlier_visible_interactive_step_can_be_clicked():
    with gr.Blocks() as demo:
        with gr.Walkthrough(selected=2) as wt:
            with gr.Step("A", interactive=False) as a:
                pass
            with gr.Step("B", visible=False) as hidden:
                pass
            with gr.Step("C") as c:
                pass
            with gr.Step("D") as d:
                pass
        changes: list[str] = []
        wt.change(lambda: changes.append("change"))
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match=r"step 3 of .* comes after the open step"):
        ui.click_step(wt, d)
    with pytest.raises(FrontendError, match="not interactive"):
        ui.click_step(wt, a)
    with pytest.raises(FrontendError, match="hidden"):
        ui.click_step(wt, hidden)
    with pytest.raises(FrontendError, match="no step 7"):
        ui.click_step(wt, 7)
    ui.click_step(wt, c)  # the open step: nothing happens, as on the page
    assert changes == []
    demo.close()


def test_a_pick_no_page_could_make_is_refused(caplog):
    demo, b, log = guide()
    ui = Frontend(demo)
    ui.trigger(b["wt"], "select", {"index": 2, "value": "Done", "id": 3, "selected": True})  # a later step
    ui.trigger(b["wt"], "select", {"index": "0"})
    ui.trigger(b["wt"], "select", None)
    assert log == [] and ui.props(b["wt"])["selected"] == 1
    assert caplog.text.count("refused a pick no page could make") == 3
    demo.close()


def test_opening_the_step_already_shown_changes_nothing():
    log: list[str] = []
    with gr.Blocks() as demo:
        with gr.Walkthrough() as wt:  # the first step shows
            with gr.Step("A", id=1) as first:
                pass
            with gr.Step("B", id=2):
                pass
        same = gr.Button("Same")
        same.click(lambda: gr.Walkthrough(selected=1), None, wt)
        wt.change(lambda: log.append("change"))
        first.select(lambda: log.append("select"))
    ui = Frontend(demo)
    ui.click(same)
    assert ui.props(wt)["selected"] == 1 and log == []
    demo.close()


def test_visibility_of_the_walkthrough_and_of_its_steps():
    with gr.Blocks() as demo:
        with gr.Walkthrough() as wt:
            with gr.Step("A", id=1) as a:
                pass
            with gr.Step("B", id=2) as b:
                pass
        hide_a = gr.Button("Hide A")
        hide_all = gr.Button("Hide all")
        hide_a.click(lambda: gr.Step(visible=False), None, a)
        hide_all.click(lambda: gr.Walkthrough(visible=False), None, wt)
    ui = Frontend(demo)
    ui.click(hide_a)
    assert ui.props(a)["visible"] is False and ui.props(b)["visible"] is True
    assert wt.shown_index(ui.props) == 1  # the first visible step shows
    ui.click(hide_all)
    assert ui.props(wt)["visible"] is False
    with pytest.raises(FrontendError, match="not visible"):
        ui.click_step(wt, a)
    demo.close()


def test_returning_a_value_to_a_walkthrough_says_how_to_change_it():
    with gr.Blocks() as demo:
        with gr.Walkthrough() as wt:
            gr.Step("A")
        bad = gr.Button()
        bad.click(lambda: 3, None, wt)
    ui = Frontend(demo)
    ui.click(bad)
    assert "Walkthrough is a layout: return gr.update(...)" in (ui.error(wt) or "".join(t["message"] for t in ui.toasts))
    demo.close()


# -- HTTP: /config and /gradio_api/info as gradio 6.31 serves them ------------------------------


def test_http_config_and_info_match_gradio():
    pytest.importorskip("uvicorn")
    from support.servers import http_client, serving

    demo, b, _ = guide()
    with serving(demo), http_client(demo) as http:
        config = http.get("/config").json()
        info = http.get("/gradio_api/info").json()
    by_id = {c["id"]: c for c in config["components"]}
    wt, s1 = by_id[b["wt"]._id], by_id[b["s1"]._id]
    # Read from gradio 6.31's /config for the same app.
    assert (wt["type"], wt["skip_api"], wt["props"]["selected"], wt["props"]["visible"]) == ("walkthrough", True, 1, True)
    assert (s1["type"], s1["skip_api"]) == ("walkthroughstep", True)
    assert {k: s1["props"][k] for k in ("label", "visible", "interactive", "id")} == {
        "label": "Pick", "visible": True, "interactive": True, "id": 1}
    assert "api_info" not in wt and "api_info" not in s1

    def tree(node: dict[str, Any]) -> list[Any]:
        return [(by_id[c["id"]]["type"], tree(c)) for c in node.get("children", [])]

    assert tree(config["layout"])[0] == ("walkthrough", [
        ("walkthroughstep", [("button", [])]),
        ("walkthroughstep", [("button", [])]),
        ("walkthroughstep", [("markdown", [])]),
    ])
    targets = [([(by_id[t]["type"], e) for t, e in dep["targets"]], dep["api_name"]) for dep in config["dependencies"]]
    assert targets == [
        ([("button", "click")], "lambda"), ([("button", "click")], "lambda_1"),
        ([("walkthrough", "select")], "record"), ([("walkthrough", "change")], "lambda_2"),
        ([("walkthroughstep", "select")], "record_1"), ([("walkthroughstep", "select")], "record_2"),
        ([("walkthroughstep", "select")], "record_3"),
    ]
    # The layouts take no part in an endpoint's parameters or returns, as in gradio 6.31.
    endpoints = info["named_endpoints"]
    assert list(endpoints) == ["/lambda", "/lambda_1", "/record", "/lambda_2", "/record_1", "/record_2", "/record_3"]
    assert {(e["api_visibility"], str(e["parameters"]), str(e["returns"])) for e in endpoints.values()} == {("public", "[]", "[]")}
    assert info["unnamed_endpoints"] == {}


def test_http_call_returns_the_walkthrough_update_as_gradio():
    pytest.importorskip("uvicorn")
    from call_route import call_route
    from support.servers import serving
    from support.waiting import WAIT

    demo, _, _ = guide()
    with serving(demo):
        # gradio 6.31 answers POST /gradio_api/call/lambda with [{"selected": 2, "__type__": "update"}].
        events = call_route(demo.local_url, "lambda", {"data": []}, WAIT)
    assert events[-1][0] == "complete"
    assert events[-1][1] == [{"__type__": "update", "selected": 2}]
