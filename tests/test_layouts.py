"""Layouts: ``with`` nesting builds the tree; their props reach the front end."""

from __future__ import annotations

import pytest

import nbblocks as gr

LAYOUTS = [gr.Row, gr.Column, gr.Group, gr.Tabs, gr.Tab, gr.Accordion, gr.Walkthrough, gr.Step]


def tree(ctx) -> list:
    """The app tree as nested ``(repr, children)`` tuples; leaves are reprs."""
    out = []
    for child in ctx.children:
        is_layout = hasattr(child, "children") and not isinstance(child, gr.Component)  # gr.HTML can hold children too
        out.append((repr(child), tree(child)) if is_layout else repr(child))
    return out


def test_with_nesting_builds_the_tree_in_order():
    with gr.Blocks() as demo:
        gr.Markdown("top")
        with gr.Row():
            with gr.Column():
                gr.Textbox(label="a")
                with gr.Group():
                    gr.Number(label="b")
                    gr.Checkbox(label="c")
            with gr.Column():
                with gr.Accordion("More"):
                    gr.Slider(label="d")
        with gr.Tabs():
            with gr.Tab("One"):
                gr.HTML("<p>1</p>")
            with gr.Tab("Two"):
                gr.Button("Go")
        gr.JSON(label="e")

    assert tree(demo) == [
        "Markdown(value='top')",
        ("Row()", [
            ("Column()", [
                "Textbox(label='a')",
                ("Group()", ["Number(label='b')", "Checkbox(label='c')"]),
            ]),
            ("Column()", [("Accordion(label='More')", ["Slider(label='d')"])]),
        ]),
        ("Tabs()", [
            ("Tab(label='One')", ["HTML(value='<p>1</p>')"]),
            ("Tab(label='Two')", ["Button(value='Go')"]),
        ]),
        "JSON(label='e')",
    ]


def test_blocks_are_registered_with_their_parent_and_app():
    with gr.Blocks() as demo:
        with gr.Row() as row:
            with gr.Column() as col:
                text = gr.Textbox()
    assert text.parent is col and col.parent is row and row.parent is demo
    for block in (row, col, text):
        assert block.root is demo
        assert demo.blocks[block._id] is block


def test_layout_outside_blocks_holds_nothing_and_belongs_nowhere():
    row = gr.Row()
    assert row.children == [] and row.root is None and row.parent is None


def test_render_false_then_render_inside_another_container():
    text = gr.Textbox(label="late", render=False)
    assert text.parent is None and text.root is None
    with gr.Blocks() as demo:
        gr.Markdown("first")
        with gr.Row() as row:
            gr.Number(label="n")
            text.render()
    assert row.children[-1] is text
    assert text.parent is row and text.root is demo
    assert tree(demo) == ["Markdown(value='first')", ("Row()", ["Number(label='n')", "Textbox(label='late')"])]


def test_render_false_inside_blocks_is_placed_where_rendered():
    with gr.Blocks() as demo:
        text = gr.Textbox(label="t", render=False)
        gr.Markdown("before")
        with gr.Column() as col:
            text.render()
    assert demo.children[0] is not text
    assert col.children == [text]


def test_render_false_container_keeps_its_children():
    with gr.Blocks() as demo:
        with gr.Column(render=False) as col:
            inner = gr.Textbox(label="inner")
        gr.Markdown("x")
        with gr.Row():
            col.render()
    assert col.children == [inner]
    assert tree(demo) == ["Markdown(value='x')", ("Row()", [("Column()", ["Textbox(label='inner')"])])]
    assert inner.root is demo


def test_container_built_outside_blocks_keeps_its_children():
    with gr.Column(render=False) as col:
        inner = gr.Textbox()
    assert col.children == [inner]
    assert inner.root is None
    with gr.Blocks() as demo:
        col.render()
    assert demo.children == [col]
    assert inner.root is demo and inner._id in demo.blocks


def test_rendering_twice_in_one_app_places_once():
    with gr.Blocks() as demo:
        text = gr.Textbox()
        text.render()
    assert demo.children == [text]


def test_rendering_into_a_second_app_is_an_error():
    with gr.Blocks():
        text = gr.Textbox()
    with gr.Blocks():
        with pytest.raises(ValueError, match="already rendered in another Blocks app"):
            text.render()


def test_unrender_removes_from_the_parent():
    with gr.Blocks() as demo:
        text = gr.Textbox()
        gr.Markdown("m")
    text.unrender()
    assert tree(demo) == ["Markdown(value='m')"]
    assert text.parent is None


# -- Tabs --------------------------------------------------------------------------------------


def test_tab_outside_tabs_is_gathered_into_an_implicit_tabs():
    with gr.Blocks() as demo:
        with gr.Tab("a") as a:
            gr.Textbox()
        with gr.Tab("b") as b:
            pass
    assert len(demo.children) == 1
    tabs = demo.children[0]
    assert isinstance(tabs, gr.Tabs)
    assert tabs.children == [a, b]
    assert a.parent is tabs and tabs.root is demo


def test_tabs_separated_by_another_block_get_separate_tabs():
    with gr.Blocks() as demo:
        with gr.Tab("a"):
            pass
        gr.Markdown("between")
        with gr.Tab("b"):
            pass
        with gr.Tab("c"):
            pass
    assert tree(demo) == [
        ("Tabs()", [("Tab(label='a')", [])]),
        "Markdown(value='between')",
        ("Tabs()", [("Tab(label='b')", []), ("Tab(label='c')", [])]),
    ]


def test_tab_after_an_explicit_tabs_is_not_added_to_it():
    with gr.Blocks() as demo:
        with gr.Tabs() as explicit:
            with gr.Tab("a"):
                pass
        with gr.Tab("b"):
            pass
    assert len(explicit.children) == 1
    assert len(demo.children) == 2
    assert [t.label for t in demo.children[1].children] == ["b"]


def test_tabs_inside_a_row_are_gathered_there():
    with gr.Blocks() as demo:
        with gr.Row() as row:
            with gr.Tab("a"):
                pass
            with gr.Tab("b"):
                pass
    assert tree(demo) == [("Row()", [("Tabs()", [("Tab(label='a')", []), ("Tab(label='b')", [])])])]
    assert len(row.children) == 1


def test_tab_render_false_then_render_is_gathered():
    tab = gr.Tab("late", render=False)
    with gr.Blocks() as demo:
        tab.render()
    assert isinstance(demo.children[0], gr.Tabs)
    assert demo.children[0].children == [tab]


def test_tab_item_is_tab():
    assert gr.TabItem is gr.Tab


# -- props ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda: gr.Row(), {"variant": "default", "equal_height": False, "height": None, "max_height": None, "min_height": None, "show_progress": False, "scale": None}),
        (lambda: gr.Row(variant="panel", equal_height=True, height=200, scale=2), {"variant": "panel", "equal_height": True, "height": 200, "scale": 2}),
        (lambda: gr.Column(), {"scale": 1, "min_width": 320, "variant": "default", "show_progress": False}),
        (lambda: gr.Column(scale=2, min_width=100, variant="compact"), {"scale": 2, "min_width": 100, "variant": "compact"}),
        (lambda: gr.Group(), {"name": "group"}),
        (lambda: gr.Tabs(), {"overflow_behavior": "menu"}),
        (lambda: gr.Tabs(selected="two"), {"selected": "two"}),
        (lambda: gr.Tab(), {"label": None, "interactive": True, "scale": None}),
        (lambda: gr.Tab("Two", id="two", interactive=False, scale=1), {"label": "Two", "id": "two", "interactive": False, "scale": 1}),
        (lambda: gr.Accordion(), {"label": None, "open": True}),
        (lambda: gr.Accordion("More", open=False), {"label": "More", "open": False}),
    ],
)
def test_layout_props_reach_the_config(make, expected):
    config = make().get_config()
    assert {k: config[k] for k in expected} == expected


@pytest.mark.parametrize("cls", LAYOUTS, ids=lambda c: c.__name__)
def test_shared_layout_props(cls):
    config = cls(elem_id="box", elem_classes="wide", key="k").get_config()
    assert config["name"] == cls.__name__.lower()
    assert config["elem_id"] == "box"
    assert config["elem_classes"] == ["wide"]
    assert config["key"] == "k"
    assert config["visible"] is True


@pytest.mark.parametrize("cls", LAYOUTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("visible", [True, False, "hidden"])
def test_layout_visible(cls, visible):
    assert cls(visible=visible).get_config()["visible"] == visible


@pytest.mark.parametrize("cls", LAYOUTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("visible", ["no", None, 0.5])
def test_layout_other_visible_values_raise(cls, visible):
    with pytest.raises(ValueError, match=f"{cls.__name__}: visible must be True, False or 'hidden'"):
        cls(visible=visible)


def test_column_scale_must_be_an_integer():
    with pytest.raises(ValueError, match="Column: scale must be an integer"):
        gr.Column(scale=1.5)


def test_component_scale_and_min_width_in_a_row():
    with gr.Blocks():
        with gr.Row():
            wide = gr.Textbox(scale=3, min_width=50)
            narrow = gr.Textbox()
    assert (wide.get_config()["scale"], wide.get_config()["min_width"]) == (3, 50)
    assert (narrow.get_config()["scale"], narrow.get_config()["min_width"]) == (None, 160)


def test_layout_events():
    assert [e.event_name for e in gr.Tabs.EVENTS] == ["change", "select"]
    assert [e.event_name for e in gr.Tab.EVENTS] == ["select"]
    assert [e.event_name for e in gr.Accordion.EVENTS] == ["expand", "collapse"]


def test_layout_cannot_be_an_input():
    with gr.Blocks():
        row = gr.Row()
        out = gr.Textbox()
        with pytest.raises(TypeError, match="inputs must be components, not the layout Row"):
            out.change(lambda x: x, row, out)


# -- Blocks repr ---------------------------------------------------------------------------------


def build_app() -> gr.Blocks:
    with gr.Blocks(title="Demo") as demo:
        with gr.Row():
            name = gr.Textbox(label="Name")
            n = gr.Number(label="Times", precision=0)
        with gr.Accordion("Details", open=False):
            gr.Markdown("Say hello")
        out = gr.Textbox(label="Out")
        gr.Button("Go").click(lambda s, k: s * k, [name, n], out, api_name="greet")
    return demo


def test_blocks_repr_is_a_deterministic_tree():
    first, second = build_app(), build_app()
    assert repr(first) == repr(second)
    assert repr(first) == (
        "Blocks(title='Demo')\n"
        "├── Row()\n"
        "│   ├── Textbox(label='Name')\n"
        "│   └── Number(precision=0, label='Times')\n"
        "├── Accordion(label='Details', open=False)\n"
        "│   └── Markdown(value='Say hello')\n"
        "├── Textbox(label='Out')\n"
        "└── Button(value='Go')\n"
        "1 event listener:\n"
        "  #0 Button('Go').click -> <lambda>([Textbox('Name'), Number('Times')]) -> [Textbox('Out')] api_name='greet'"
    )
    assert "0x" not in repr(first)


def test_empty_blocks_repr():
    with gr.Blocks() as demo:
        pass
    assert repr(demo) == "Blocks()"


def test_tabs_change_fires_when_a_function_opens_another_tab():
    from nbblocks.testing import Frontend

    seen = []
    with gr.Blocks() as demo:
        with gr.Tabs(selected="a") as tabs:
            with gr.Tab("A", id="a"):
                gr.Markdown("a")
            with gr.Tab("B", id="b"):
                gr.Markdown("b")
        to_b = gr.Button("B")
        retitle = gr.Button("Retitle")
        to_b.click(lambda: gr.Tabs(selected="b"), None, tabs)
        retitle.click(lambda: gr.update(elem_classes=["wide"]), None, tabs)
        tabs.change(lambda: seen.append("change"))
    ui = Frontend(demo)
    ui.click(to_b)
    assert ui.props(tabs)["selected"] == "b" and seen == ["change"]
    ui.click(to_b)  # already open: nothing changed
    ui.click(retitle)  # other props: not a change of the open tab
    assert seen == ["change"]
