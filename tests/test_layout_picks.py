"""What a person changes on a layout (a tab clicked, an Accordion or a Sidebar opened or
closed) is kept in the session, as Gradio 6.31's page keeps it: a function that later
sets the same state again changes the page, and fires the events Gradio's page fires."""

from __future__ import annotations

import logging

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, FrontendError


def tabs_app():
    heard: list[str] = []
    with gr.Blocks() as demo:
        with gr.Tabs() as tabs:
            with gr.Tab("A", id="a") as tab_a:
                gr.Markdown("a")
            with gr.Tab("B", id="b") as tab_b:
                gr.Markdown("b")
            with gr.Tab("C") as tab_c:  # no id: picked by its index
                gr.Markdown("c")
        to_b = gr.Button("B")
        to_b.click(lambda: gr.Tabs(selected="b"), None, tabs)
        lock = gr.Button("Lock")  # hides tab b, makes tab c unclickable
        lock.click(lambda: (gr.Tab(visible=False), gr.Tab(interactive=False)), None, [tab_b, tab_c])
        hide = gr.Button("Hide")
        hide.click(lambda: gr.Tabs(visible=False), None, tabs)

        @tabs.select
        def tabs_selected(evt: gr.SelectData) -> None:
            heard.append(f"tabs.select {evt.index} {evt.value}")

        @tab_a.select
        def a_selected(evt: gr.SelectData) -> None:
            heard.append(f"a.select {evt.index} {evt.value}")

        @tab_b.select
        def b_selected(evt: gr.SelectData) -> None:
            heard.append(f"b.select {evt.index} {evt.value}")

        tabs.change(lambda: heard.append("tabs.change"))
    return demo, {"tabs": tabs, "a": tab_a, "b": tab_b, "c": tab_c, "to_b": to_b, "lock": lock, "hide": hide}, heard


def test_a_function_opens_the_tab_again_after_a_person_went_back():
    demo, b, heard = tabs_app()
    ui = Frontend(demo)
    assert heard == []  # nothing fires when the page loads (Gradio's page fires the first tab's select)
    ui.click(b["to_b"])
    # As Gradio 6.31's page: the Tabs' change, then the opened Tab's select.
    assert ui.props(b["tabs"])["selected"] == "b" and heard == ["tabs.change", "b.select 1 B"]
    heard.clear()
    ui.click_tab(b["tabs"], b["a"])
    assert ui.props(b["tabs"])["selected"] == "a"  # the session keeps the person's tab
    assert sorted(heard) == ["a.select 0 A", "tabs.change", "tabs.select 0 A"]
    heard.clear()
    ui.click(b["to_b"])  # "b" again: the page goes back to b, as in Gradio
    assert ui.props(b["tabs"])["selected"] == "b" and heard == ["tabs.change", "b.select 1 B"]
    heard.clear()
    ui.click(b["to_b"])  # already open: nothing changes, nothing fires
    assert heard == []
    demo.close()


def test_a_tab_without_an_id_is_kept_by_its_index_and_clicking_the_open_tab_changes_nothing():
    demo, b, heard = tabs_app()
    ui = Frontend(demo)
    ui.click_tab(b["tabs"], b["c"])
    assert ui.props(b["tabs"])["selected"] == 2 and b["tabs"].shown(ui.props) is b["c"]
    heard.clear()
    ui.click_tab(b["tabs"], 2)  # the open tab: its select fires again, no change
    assert heard == ["tabs.select 2 C"] and ui.props(b["tabs"])["selected"] == 2
    demo.close()


def test_the_pick_reaches_every_view_of_the_session():
    demo, b, _ = tabs_app()
    first, second = Frontend(demo), Frontend(demo)
    first.click_tab(b["tabs"], b["b"])
    assert second.props(b["tabs"])["selected"] == "b"
    demo.close()


def test_a_tab_pick_no_page_could_make_is_refused_with_its_event(caplog):
    demo, b, heard = tabs_app()
    ui = Frontend(demo)
    ui.click(b["lock"])
    with caplog.at_level(logging.WARNING, logger="nbblocks"):
        for data in ({"index": 1, "value": "B"}, {"index": 2, "value": "C"}, {"index": 3}, {"index": "0"}, None):
            ui.trigger(b["tabs"], "select", data)
    assert heard == [] and "selected" not in ui.props(b["tabs"])
    assert caplog.text.count("Tabs") >= 5 and caplog.text.count("refused a pick no page could make") == 5
    with pytest.raises(FrontendError, match="hidden"):
        ui.click_tab(b["tabs"], b["b"])
    with pytest.raises(FrontendError, match="not interactive"):
        ui.click_tab(b["tabs"], b["c"])
    demo.close()


def test_a_pick_in_a_hidden_tabs_is_refused(caplog):
    demo, b, heard = tabs_app()
    ui = Frontend(demo)
    ui.click(b["hide"])
    ui.trigger(b["tabs"], "select", {"index": 1, "value": "B", "selected": True})
    assert heard == [] and "selected" not in ui.props(b["tabs"])
    assert "refused a pick no page could make" in caplog.text
    with pytest.raises(FrontendError, match="not visible"):
        ui.click_tab(b["tabs"], 0)
    demo.close()


def fold_app(layout: type):
    heard: list[str] = []
    with gr.Blocks() as demo:
        with layout(label="More", open=False) as fold:
            gr.Markdown("inside")
        opener = gr.Button("Open")
        opener.click(lambda: layout(open=True), None, fold)
        hide = gr.Button("Hide")
        hide.click(lambda: layout(visible=False), None, fold)
        fold.expand(lambda: heard.append("expand"))
        fold.collapse(lambda: heard.append("collapse"))
    return demo, fold, opener, hide, heard


def test_an_accordion_opens_again_after_a_person_closed_it_and_fires_expand():
    demo, acc, opener, _, heard = fold_app(gr.Accordion)
    ui = Frontend(demo)
    ui.click(opener)
    # Gradio 6.31's page fires expand when a function opens an Accordion, too.
    assert ui.props(acc)["open"] is True and heard == ["expand"]
    ui.trigger(acc, "collapse")
    assert ui.props(acc)["open"] is False and heard == ["expand", "collapse"]
    ui.click(opener)
    assert ui.props(acc)["open"] is True and heard == ["expand", "collapse", "expand"]
    ui.click(opener)  # already open: nothing fires
    assert heard == ["expand", "collapse", "expand"]
    demo.close()


def test_a_sidebar_opens_again_after_a_person_closed_it_without_firing():
    demo, side, opener, _, heard = fold_app(gr.Sidebar)
    ui = Frontend(demo)
    ui.click(opener)
    assert ui.props(side)["open"] is True and heard == []  # as in Gradio: no expand from a function
    ui.trigger(side, "collapse")
    assert ui.props(side)["open"] is False and heard == ["collapse"]
    ui.click(opener)
    assert ui.props(side)["open"] is True and heard == ["collapse"]
    demo.close()


@pytest.mark.parametrize("layout", [gr.Accordion, gr.Sidebar])
def test_a_fold_of_a_hidden_layout_is_refused(layout, caplog):
    demo, fold, _, hide, heard = fold_app(layout)
    ui = Frontend(demo)
    ui.click(hide)
    ui.trigger(fold, "expand")
    assert heard == [] and ui.props(fold)["open"] is False
    assert f"{layout.__name__}(" in caplog.text and "refused a pick no page could make" in caplog.text
    demo.close()
