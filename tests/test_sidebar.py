"""gr.Sidebar: a collapsible side column with expand/collapse events."""

from __future__ import annotations

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend


def test_constructor_and_config():
    with gr.Blocks():
        with gr.Sidebar("Filters", open=False, width="25%", position="right", elem_id="side") as side:
            box = gr.Textbox()
    assert box.parent is side
    config = side.get_config()
    assert config["name"] == "sidebar"
    assert (config["label"], config["open"], config["width"], config["position"]) == ("Filters", False, "25%", "right")
    assert config["elem_id"] == "side"
    default = gr.Sidebar(render=False).get_config()
    assert (default["open"], default["width"], default["position"]) == (True, 320, "left")


def test_bad_arguments_name_the_layout():
    with pytest.raises(ValueError, match="Sidebar: position must be 'left' or 'right'"):
        gr.Sidebar(position="top")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Sidebar: width"):
        gr.Sidebar(width=[1])  # type: ignore[arg-type]


def test_expand_collapse_events_and_open_update():
    with gr.Blocks() as demo:
        with gr.Sidebar(open=True) as side:
            gr.Markdown("menu")
        log = gr.Textbox()
        close = gr.Button("Close")
        side.collapse(lambda text: text + "collapsed;", log, log)
        side.expand(lambda text: text + "expanded;", log, log)
        close.click(lambda: gr.Sidebar(open=False), None, side)
    page = Frontend(demo)
    page.trigger(side, "collapse")
    page.trigger(side, "expand")
    assert page.value(log) == "collapsed;expanded;"
    assert page.props(side)["open"] is True
    page.click(close)
    assert page.props(side)["open"] is False
    demo.close()


def test_http_config_lists_sidebar_as_gradio():
    from nbblocks.server.api_info import component_config

    with gr.Blocks():
        side = gr.Sidebar(width=200, position="right")
    config = component_config(side)
    assert config["type"] == "sidebar" and config["skip_api"] is True
    assert config["props"]["width"] == 200 and config["props"]["position"] == "right" and config["props"]["open"] is True
