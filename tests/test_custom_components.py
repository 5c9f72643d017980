"""Custom components written as a Gradio author writes them, driven through the widget protocol.

``Frontend`` sends exactly what the custom view's ``ctx.setValue``/``ctx.dispatch`` send,
so these tests take the path a click in the page takes.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, List

import pytest

import nbblocks as gr
from nbblocks.blocks import BlockContext
from nbblocks.component_meta import ComponentMeta
from nbblocks.components import FormComponent
from nbblocks.data_classes import GradioModel, GradioRootModel
from nbblocks.events import Events
from nbblocks.testing import Frontend

ESM = """
export default {
  render(ctx) {
    const input = ctx.h("input", { dataset: { nbblocksPart: "names" } });
    const draw = () => ctx.setInputValue(input, (ctx.value()?.names ?? []).join(", "));
    ctx.listen(input, "keydown", (event) => {
      if (event.key !== "Enter") return;
      const names = input.value.split(",").map((s) => s.trim()).filter(Boolean);
      ctx.setValue({ names }, { events: ["change"] });
      ctx.dispatch("text_submit", { count: names.length });
    });
    ctx.on("value", draw);
    draw();
    ctx.el.append(input);
  },
};
"""
CSS = ".nbb-view-custom input { font-weight: 600; }"


class Names(GradioModel):
    names: List[str]


class NamesRoot(GradioRootModel):
    root: List[str]


class NameInput(FormComponent):
    """A custom component: a data model, custom events next to a standard one, a view."""

    EVENTS = ["text_submit", "file_upload", Events.change]
    data_model = Names
    _esm = ESM
    _css = CSS

    def __init__(self, value: list[str] | None = None, *, separator: str = ", ", **kwargs: Any):
        self.separator = separator
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Names | None) -> list[str] | None:
        return None if payload is None else payload.names

    def postprocess(self, value: list[str] | str | None) -> Names | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        return Names(names=list(value))

    def example_payload(self) -> Any:
        return {"names": ["freddy", "pete"]}

    def example_value(self) -> Any:
        return ["freddy", "pete"]

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"separator": self.separator}


class NameList(NameInput):
    """The same with a root model: the value travels as a bare list."""

    data_model = NamesRoot

    def preprocess(self, payload: NamesRoot | None) -> list[str] | None:
        return None if payload is None else payload.root

    def postprocess(self, value: list[str] | None) -> NamesRoot | None:
        return None if value is None else NamesRoot(list(value))

    def example_payload(self) -> Any:
        return ["freddy", "pete"]


def build():
    with gr.Blocks() as demo:
        people = NameInput(["ada"], label="People")
        roster = NameList(label="Roster")
        log = gr.Textbox(label="Log")

        def submitted(names: list[str], evt: gr.EventData):
            return sorted(names), f"{len(names)} names, view counted {evt._data['count']}"

        people.text_submit(submitted, people, [roster, log])
        people.change(lambda names: ", ".join(names), people, log)
    return demo, people, roster, log


def test_custom_view_source_and_css_reach_the_front_end():
    demo, people, roster, log = build()
    widget = demo.view().widgets[people._id]
    assert (widget.view, widget.view_src, widget.view_css) == ("custom", ESM, CSS)
    assert widget.props["separator"] == ", " and widget.props["name"] == "nameinput"
    assert widget.props["label"] == "People"
    assert sorted(widget.events) == ["change", "text_submit"]  # only events with listeners


def test_model_and_root_model_serialise_differently_on_the_wire():
    demo, people, roster, log = build()
    ui = Frontend(demo)
    assert ui.value(people) == {"names": ["ada"]}
    ui.trigger(people, "text_submit", {"count": 2}, value={"names": ["pete", "freddy"]})
    assert ui.value(roster) == ["freddy", "pete"]
    assert ui.value(log) == "2 names, view counted 2"


def test_standard_event_next_to_custom_ones():
    demo, people, roster, log = build()
    ui = Frontend(demo)
    ui.trigger(people, "change", value={"names": ["x", "y"]})
    assert ui.value(log) == "x, y"
    with pytest.raises(AssertionError, match="has no event 'click'"):
        ui.trigger(people, "click")


def test_a_malformed_value_names_the_component_and_field_and_the_app_keeps_working():
    demo, people, roster, log = build()
    ui = Frontend(demo)
    ui.trigger(people, "text_submit", {"count": 1}, value={"names": "not a list"})
    assert ui.error(roster) is not None and "NameInput 'People'" in ui.error(roster)
    assert "field 'names'" in ui.error(roster)
    ui.trigger(people, "text_submit", {"count": 1}, value={"names": ["ok"]})
    assert ui.value(roster) == ["ok"] and ui.error(roster) is None


def test_returning_the_custom_component_updates_its_props():
    with gr.Blocks() as demo:
        people = NameInput(label="People")
        btn = gr.Button("Relabel")
        btn.click(lambda: NameInput(label="Crew", separator="; "), None, people)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.props(people)["label"] == "Crew" and ui.props(people)["separator"] == "; "


def test_what_a_data_model_gives_for_free():
    comp = NameInput(label="People")
    assert comp.api_info() == Names.model_json_schema()
    assert json.loads(comp.flag({"names": ["a"]})) == {"names": ["a"]}
    assert comp.read_from_flag(comp.flag({"names": ["a"]})) == Names(names=["a"])
    assert comp.process_example(["a", "b"]) == {"names": ["a", "b"]}
    assert NameList().flag(["a"]) == '["a"]'


def test_api_info_and_examples_reach_http_clients():
    from nbblocks.server.api_info import build_info

    demo, people, roster, log = build()
    with demo:
        gr.Button().click(lambda names: names, people, roster, api_name="echo")
    endpoint = build_info(demo)["named_endpoints"]["/echo"]
    (param,) = endpoint["parameters"]
    assert param["component"] == "NameInput" and param["example_input"] == {"names": ["freddy", "pete"]}
    assert param["python_type"]["type"] == "dict(names: list[str])"
    assert endpoint["returns"][0]["python_type"]["type"] == "list[str]"


def test_custom_components_work_in_interface_and_examples(tmp_path):
    io = gr.Interface(lambda names: sorted(names), NameInput(), NameList(), examples=[[["b", "a"]]],
                      cache_examples=True, flagging_dir=str(tmp_path))
    assert io.examples_handler.dataset.get_config()["samples"] == [[{"names": ["b", "a"]}]]
    assert io.examples_handler.cache == {0: [["a", "b"]]}
    ui = Frontend(io)
    ui.click_sample(io.examples_handler, 0)
    assert ui.value(io.input_components[0]) == {"names": ["b", "a"]}
    assert ui.value(io.output_components[0]) == ["a", "b"]


def test_esm_and_css_from_files(tmp_path: Path):
    (tmp_path / "view.js").write_text(ESM)
    (tmp_path / "view.css").write_text(CSS)

    class FromPath(NameInput):
        _esm = tmp_path / "view.js"
        _css = tmp_path / "view.css"

    class FromString(NameInput):
        _esm = str(tmp_path / "view.js")

    with gr.Blocks() as demo:
        a, b = FromPath(), FromString()
    widgets = demo.view().widgets
    assert widgets[a._id].view_src == ESM and widgets[a._id].view_css == CSS
    assert widgets[b._id].view_src == ESM


CONTAINER_ESM = """
export default {
  chrome: { label: false, container: false },
  async render(ctx) {
    const box = ctx.h("fieldset", { dataset: { nbblocksPart: "children" } }, ctx.h("legend", null, ctx.props().title));
    ctx.el.append(box);
    await ctx.renderChildren(box);
  },
};
"""


class Panel(BlockContext, metaclass=ComponentMeta):
    """A custom layout: other components go inside it with ``with``."""

    _esm = CONTAINER_ESM

    def __init__(self, title: str = "", **kwargs: Any):
        self.title = title
        super().__init__(**kwargs)

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"title": self.title}


class Plain(BlockContext, metaclass=ComponentMeta):
    pass


def test_block_context_made_with_component_meta_holds_components():
    with gr.Blocks() as demo:
        with Panel("Inputs") as panel:
            a = gr.Textbox(label="a")
            b = NameInput(label="b")
        with Plain() as plain:
            c = gr.Number(label="c")
        a.change(lambda s: s.upper(), a, a)
    assert panel.children == [a, b] and plain.children == [c]
    view = demo.view()
    pw = view.widgets[panel._id]
    assert pw.view == "custom" and pw.view_src == CONTAINER_ESM and pw.props["title"] == "Inputs"
    assert pw.children == [f"anywidget:{view.widgets[a._id].model_id}", f"anywidget:{view.widgets[b._id].model_id}"]
    assert view.widgets[plain._id].view == "column"  # a container without a view stacks its children
    ui = Frontend(demo)
    ui.set(a, "inside")
    assert ui.value(a) == "INSIDE"


def test_a_component_without_a_view_shows_its_value_as_json():
    class Bare(gr.Component):
        data_model = Names

        def preprocess(self, payload):
            return payload

        def postprocess(self, value):
            return value

        def example_payload(self):
            return {"names": []}

        def example_value(self):
            return {"names": []}

    with gr.Blocks() as demo:
        bare = Bare({"names": ["z"]})
    assert demo.view().widgets[bare._id].view == "json"
    assert Frontend(demo).value(bare) == {"names": ["z"]}
