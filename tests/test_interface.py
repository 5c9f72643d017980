"""gr.Interface and gr.TabbedInterface: built from Blocks, driven through the widget protocol."""

from __future__ import annotations

import asyncio
import threading
from io import BytesIO as io_bytes

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from nbblocks.block import BlockContext
from nbblocks.interface import InterfaceTypes
from nbblocks.testing import Frontend
from support.images import png_file
from support.waiting import WAIT


def greet(name, intensity):
    return "Hello, " + name + "!" * int(intensity)


def buttons(app) -> dict[str, gr.Button]:
    return {b.value: b for b in app.blocks.values() if isinstance(b, gr.Button)}


def tree(block, depth=0) -> list[tuple[int, str]]:
    out = []
    for child in getattr(block, "children", []):
        out.append((depth, type(child).__name__))
        if isinstance(child, BlockContext):
            out += tree(child, depth + 1)
    return out


# -- shortcuts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "shortcut, cls, props",
    [
        ("text", gr.Textbox, {}),
        ("textbox", gr.Textbox, {}),
        ("TextBox", gr.Textbox, {}),
        ("textarea", gr.Textbox, {"lines": 7}),
        ("number", gr.Number, {}),
        ("slider", gr.Slider, {}),
        ("checkbox", gr.Checkbox, {}),
        ("checkboxgroup", gr.CheckboxGroup, {}),
        ("dropdown", gr.Dropdown, {}),
        ("radio", gr.Radio, {}),
        ("json", gr.JSON, {}),
        ("label", gr.Label, {}),
        ("markdown", gr.Markdown, {}),
        ("html", gr.HTML, {}),
        ("state", gr.State, {}),
    ],
)
def test_string_shortcuts(shortcut, cls, props):
    from nbblocks.components import get_component_instance

    comp = get_component_instance(shortcut)
    assert type(comp) is cls
    assert comp.root is None and comp.parent is None
    for name, value in props.items():
        assert getattr(comp, name) == value


def test_dict_shortcut_and_unknown_names():
    from nbblocks.components import get_component_instance

    comp = get_component_instance({"name": "slider", "minimum": 2, "maximum": 4})
    assert (comp.minimum, comp.maximum) == (2, 4)
    with pytest.raises(ValueError, match="no component is called 'sliders'.*slider"):
        get_component_instance("sliders")
    with pytest.raises(TypeError, match="Slider"):
        get_component_instance({"name": "slider", "bogus": 1})


def test_custom_component_classes_are_found_by_name():
    from nbblocks.components import get_component_instance

    class Stars(gr.Component):
        def preprocess(self, payload):
            return payload

        def postprocess(self, value):
            return value

        def api_info(self):
            return {"type": "integer"}

        def flag(self, payload, flag_dir=""):
            return str(payload)

        def read_from_flag(self, payload):
            return int(payload)

        def example_payload(self):
            return 3

        def example_value(self):
            return 3

    assert type(get_component_instance("stars")) is Stars
    io = gr.Interface(lambda n: n, "stars", "number")
    assert isinstance(io.input_components[0], Stars)


# -- layout and labels --------------------------------------------------------------------


def test_standard_layout_follows_gradio():
    io = gr.Interface(greet, ["text", "slider"], "text", title="Greeter", description="Say hi", article="Bye")
    assert io.interface_type == InterfaceTypes.STANDARD
    assert io.mode == "interface"
    assert tree(io) == [
        (0, "Markdown"), (0, "Markdown"),
        (0, "Row"),
        (1, "Column"), (2, "Column"), (3, "Textbox"), (3, "Slider"), (2, "Row"), (3, "ClearButton"), (3, "Button"),
        (1, "Column"), (2, "Textbox"), (2, "Row"), (3, "Button"),
        (0, "Markdown"),
    ]
    title, description = io.children[0], io.children[1]
    assert "Greeter" in title.value and "<h1" in title.value
    assert description.value == "Say hi" and io.children[-1].value == "Bye"
    assert list(buttons(io)) == ["Clear", "Submit", "Flag"]
    assert buttons(io)["Submit"].variant == "primary"


def test_labels_come_from_parameter_names_and_outputs_are_read_only():
    def f(name, count: int, evt: gr.EventData = None, progress=gr.Progress()):
        return name, count

    io = gr.Interface(f, [gr.Textbox(), gr.Number(label="Kept")], ["text", "number"])
    (name, count), (out0, out1) = io.input_components, io.output_components
    assert (name.label, count.label, out0.label, out1.label) == ("name", "Kept", "output 0", "output 1")
    ui = Frontend(io)
    assert ui.props(name)["interactive"] is True
    assert ui.props(out0)["interactive"] is False  # flagging reads it, yet it stays an output
    assert gr.Interface(lambda x: x, "text", "text").output_components[0].label == "output"


def test_a_label_set_by_the_interface_survives_a_props_update():
    io = gr.Interface(lambda s: gr.update(placeholder="typed"), "text", gr.Textbox())
    ui = Frontend(io)
    out = io.output_components[0]
    ui.set(io.input_components[0], "x")
    ui.click(buttons(io)["Submit"])
    assert ui.props(out)["placeholder"] == "typed"
    assert ui.props(out)["label"] == "output"
    assert ui.props(out)["interactive"] is False


def test_submit_runs_fn_and_enter_submits_too():
    io = gr.Interface(greet, ["text", gr.Slider(0, 5, value=1, step=1)], "text")
    ui = Frontend(io)
    name, slider = io.input_components
    out = io.output_components[0]
    ui.set(name, "Ada")
    ui.set(slider, 3)
    ui.click(buttons(io)["Submit"])
    assert ui.value(out) == "Hello, Ada!!!"
    ui.set(name, "Bob")
    ui.trigger(name, "submit")
    assert ui.value(out) == "Hello, Bob!!!"
    assert public(io) == ["greet"]  # Gradio 6.31: the function's name by default


def public(app) -> list[str]:
    return [d.api_name for d in app.dependencies if d.api_visibility == "public"]


def test_api_name_options():
    named = gr.Interface(greet, ["text", "number"], "text", api_name="hello")
    assert public(named) == ["hello"]
    by_fn = gr.Interface(greet, ["text", "number"], "text", api_name=None)
    assert public(by_fn) == ["greet"]
    hidden = gr.Interface(greet, ["text", "number"], "text", api_name=False)
    assert public(hidden) == [] and hidden.dependencies[0].api_visibility == "private"


def test_clear_empties_inputs_and_outputs_and_resets_flag_buttons():
    io = gr.Interface(greet, ["text", gr.Slider(1, 5, value=2, step=1)], "text")
    ui = Frontend(io)
    name, slider = io.input_components
    out = io.output_components[0]
    ui.set(name, "Ada")
    ui.set(slider, 4)
    ui.click(buttons(io)["Submit"])
    ui.click(buttons(io)["Clear"])
    assert (ui.value(name), ui.value(slider), ui.value(out)) == ("", 1, "")


def test_live_runs_on_every_change_without_a_submit_button():
    io = gr.Interface(lambda a, b: a + b, ["number", "number"], "number", live=True)
    assert "Submit" not in buttons(io) and "Clear" in buttons(io)
    ui = Frontend(io)
    a, b = io.input_components
    ui.set(a, 2)
    ui.set(b, 5)
    assert ui.value(io.output_components[0]) == 7
    (dep,) = [d for d in io.dependencies if d.api_name == "lambda"]
    assert {event for _, event in dep.targets} == {"change"} and dep.trigger_mode == "always_last"


def test_output_only_has_a_generate_button_and_live_loads():
    calls = []

    def roll():
        calls.append(1)
        return len(calls)

    io = gr.Interface(roll, None, "number")
    assert io.interface_type == InterfaceTypes.OUTPUT_ONLY
    assert "Generate" in buttons(io)
    ui = Frontend(io)
    ui.click(buttons(io)["Generate"])
    assert ui.value(io.output_components[0]) == 1
    live = gr.Interface(roll, None, "number", live=True)
    ui = Frontend(live)
    ui.wait()
    assert ui.value(live.output_components[0]) == 2  # computed when the app loaded


def test_input_only_and_unified_interfaces():
    seen = []
    sink = gr.Interface(lambda s: seen.append(s), "text", None)
    assert sink.interface_type == InterfaceTypes.INPUT_ONLY
    assert "Flag" not in buttons(sink)
    ui = Frontend(sink)
    ui.set(sink.input_components[0], "kept")
    ui.click(buttons(sink)["Submit"])
    assert seen == ["kept"]

    box = gr.Textbox()
    unified = gr.Interface(lambda s: s.upper(), box, box)
    assert unified.interface_type == InterfaceTypes.UNIFIED
    ui = Frontend(unified)
    ui.set(box, "shout")
    ui.click(buttons(unified)["Submit"])
    assert ui.value(box) == "SHOUT"
    assert ui.props(box)["interactive"] is True


def test_generator_gets_a_stop_button_that_cancels():
    started, release = threading.Event(), threading.Event()

    def count(n):
        for i in range(int(n)):
            yield i
            started.set()
            release.wait(WAIT)

    io = gr.Interface(count, "number", "number")
    btns = buttons(io)
    submit, stop = btns["Submit"], btns["Stop"]
    ui = Frontend(io)
    assert ui.props(stop)["visible"] is False
    ui.set(io.input_components[0], 5)
    ui.click(submit, wait=False)
    assert started.wait(WAIT)
    assert ui.props(stop)["visible"] is True and ui.props(submit)["visible"] is False
    ui.click(stop, wait=False)
    release.set()
    ui.wait()
    assert ui.props(stop)["visible"] is False and ui.props(submit)["visible"] is True
    assert ui.value(io.output_components[0]) in (0, 1)


def test_state_shortcut_links_input_and_output_with_fn_default():
    def add(word, history=["start"]):
        history = history + [word]
        return " ".join(history), history

    io = gr.Interface(add, ["text", "state"], ["text", "state"])
    state = io.input_components[1]
    assert isinstance(state, gr.State) and io.output_components[1] is state
    ui = Frontend(io)
    text, out = io.input_components[0], io.output_components[0]
    for word in ("a", "b"):
        ui.set(text, word)
        ui.click(buttons(io)["Submit"])
    assert ui.value(out) == "start a b"
    assert ui.state_value(state) == ["start", "a", "b"]
    with pytest.raises(ValueError, match="exactly one state input and one state output"):
        gr.Interface(add, ["text", "state"], "text")


def test_additional_inputs_sit_in_an_accordion():
    io = gr.Interface(lambda a, b: f"{a}{b}", "text", "text", additional_inputs=[gr.Number(2)], additional_inputs_accordion="More")
    (acc,) = [b for b in io.blocks.values() if isinstance(b, gr.Accordion)]
    assert acc.label == "More" and acc.open is True
    assert isinstance(acc.children[0], gr.Number)
    ui = Frontend(io)
    ui.set(io.input_components[0], "x")
    ui.click(buttons(io)["Submit"])
    assert ui.value(io.output_components[0]) == "x2"  # the int the page sent stays an int
    default = gr.Interface(lambda a, b: a, "text", "text", additional_inputs="number")
    (acc,) = [b for b in default.blocks.values() if isinstance(b, gr.Accordion)]
    assert (acc.label, acc.open) == ("Additional Inputs", False)


def test_buttons_given_as_strings_or_buttons():
    io = gr.Interface(greet, ["text", "number"], "text", submit_btn="Go", clear_btn=None,
                      stop_btn=gr.Button("Halt", variant="secondary"))
    btns = buttons(io)
    assert btns["Go"].variant == "primary"
    assert btns["Clear"].visible is False
    with pytest.raises(TypeError, match="submit_btn"):
        gr.Interface(greet, ["text", "number"], "text", submit_btn=3)


def test_batch_interface():
    io = gr.Interface(lambda names: ([n.upper() for n in names],), "text", "text", batch=True, max_batch_size=8)
    ui = Frontend(io)
    ui.set(io.input_components[0], "ada")
    ui.click(buttons(io)["Submit"])
    assert ui.value(io.output_components[0]) == "ADA"
    (dep,) = [d for d in io.dependencies if d.api_name == "lambda"]
    assert dep.batch and dep.max_batch_size == 8


def test_async_fn_and_errors_are_shown():
    async def shout(s):
        await asyncio.sleep(0)
        if not s:
            raise gr.Error("say something")
        return s.upper()

    io = gr.Interface(shout, "text", "text")
    ui = Frontend(io)
    ui.click(buttons(io)["Submit"])
    assert ui.error(io.output_components[0]) == "say something"
    ui.set(io.input_components[0], "hi")
    ui.click(buttons(io)["Submit"])
    assert ui.value(io.output_components[0]) == "HI"


def test_bad_arguments_are_explained():
    with pytest.raises(ValueError, match="at least one of inputs or outputs"):
        gr.Interface(lambda: 1, None, None)
    with pytest.raises(TypeError, match="fn must be callable"):
        gr.Interface("nope", "text", "text")
    with pytest.raises(ValueError, match="flagging_mode"):
        gr.Interface(greet, "text", "text", flagging_mode="always")
    with pytest.raises(ValueError, match="flagging_options"):
        gr.Interface(greet, "text", "text", flagging_options="bad")
    with pytest.raises(ValueError, match="examples need input components"):
        gr.Interface(lambda: 1, None, "number", examples=[[1]])


def test_repr_is_gradios_and_deterministic():
    io = gr.Interface(greet, ["text", "slider"], "text")
    assert repr(io) == (
        "Gradio Interface for: greet\n"
        "---------------------------\n"
        "inputs:\n"
        "|-Textbox(label='name')\n"
        "|-Slider(label='intensity')\n"
        "outputs:\n"
        "|-Textbox(interactive=False, label='output')"
    )


def test_interface_is_served_over_http_by_its_function_name():
    pytest.importorskip("uvicorn")
    client_mod = pytest.importorskip("gradio_client")
    io = gr.Interface(greet, ["text", gr.Slider(0, 5, step=1)], "text", examples=[["Ada", 1]])
    io.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        client = client_mod.Client(io.local_url, verbose=False, analytics_enabled=False)
        assert client.predict("Ada", 2, api_name="/greet") == "Hello, Ada!!"
        info = client.view_api(return_format="dict", print_info=False)
        assert list(info["named_endpoints"]) == ["/greet"]
    finally:
        io.close()


# -- TabbedInterface ---------------------------------------------------------------------


def test_tabbed_interface_holds_each_app_in_a_tab_and_runs_them():
    hello = gr.Interface(greet, ["text", "number"], "text")
    double = gr.Interface(lambda x: x * 2, "number", "number")
    tabs = gr.TabbedInterface([hello, double], ["Hello", "Double"], title="Tools")
    assert tabs.mode == "tabbed_interface" and tabs.fill_height is True
    (tabset,) = [b for b in tabs.children if isinstance(b, gr.Tabs)]
    assert [t.label for t in tabset.children] == ["Hello", "Double"]
    assert hello.rendered_in is tabs and double.rendered_in is tabs
    assert public(tabs) == ["greet", "lambda_1"]  # the first "lambda" is hello's flag feedback, as in Gradio
    ui = Frontend(tabs)
    ui.set(double.input_components[0], 21)
    ui.click(buttons(double)["Submit"])
    assert ui.value(double.output_components[0]) == 42
    ui.set(hello.input_components[0], "Ada")
    ui.set(hello.input_components[1], 1)
    ui.click(buttons(hello)["Submit"])
    assert ui.value(hello.output_components[0]) == "Hello, Ada!"


def test_tabbed_interface_default_names_and_blocks_apps():
    with gr.Blocks() as plain:
        box = gr.Textbox()
        gr.Button("Up").click(lambda s: s.upper(), box, box, api_name="up")
    io = gr.Interface(greet, ["text", "number"], "text")
    tabs = gr.TabbedInterface([plain, io])
    (tabset,) = tabs.children
    assert [t.label for t in tabset.children] == ["Tab 0", "Tab 1"]
    ui = Frontend(tabs)
    ui.set(box, "abc")
    ui.click(buttons(tabs)["Up"])
    assert ui.value(box) == "ABC"
    with pytest.raises(ValueError, match="2 apps"):
        gr.TabbedInterface([gr.Interface(greet, ["text", "number"], "text")] * 1 + [plain], ["only one"])


def test_rendering_an_app_twice_or_with_render_functions_is_refused():
    io = gr.Interface(greet, ["text", "number"], "text")
    gr.TabbedInterface([io])
    with pytest.raises(ValueError, match="already rendered"):
        gr.TabbedInterface([io])
    with gr.Blocks() as dynamic:
        @gr.render()
        def show():
            gr.Markdown("x")
    with pytest.raises(NotImplementedError, match="@gr.render"):
        gr.TabbedInterface([dynamic])


def test_apps_built_by_one_run_of_a_cell_stay_open(monkeypatch):
    from nbblocks import _kernel

    monkeypatch.setattr(_kernel, "current_cell_id", lambda: "cell-tabs")
    monkeypatch.setattr(_kernel, "current_execution_id", lambda: "run-1")
    a = gr.Interface(greet, ["text", "number"], "text")
    b = gr.Interface(greet, ["text", "number"], "text")
    tabs = gr.TabbedInterface([a, b])
    assert not (a.closed or b.closed or tabs.closed)
    monkeypatch.setattr(_kernel, "current_execution_id", lambda: "run-2")
    again = gr.Interface(greet, ["text", "number"], "text")
    assert a.closed and b.closed and tabs.closed and not again.closed


def test_an_interface_built_inside_blocks_is_placed_where_it_stands():
    calls = []

    def square(x):
        calls.append(x)
        return x * x

    with gr.Blocks() as demo:
        gr.Markdown("above")
        with gr.Row() as row:
            io = gr.Interface(square, "number", "number", examples=[[3]], cache_examples=True, flagging_mode="never")
            assert calls == []  # examples are cached when the whole app is built
        with gr.Blocks() as inner:
            box = gr.Textbox()
            box.submit(lambda s: s[::-1], box, box)
        gr.Markdown("below")
    assert calls == [3.0]
    assert [type(c).__name__ for c in demo.children] == ["Markdown", "Row", "Textbox", "Markdown"]
    assert row.children[0] is io.children[0] and io.rendered_in is demo and inner.rendered_in is demo
    ui = Frontend(demo)
    ui.set(box, "abc")
    ui.trigger(box, "submit")
    assert ui.value(box) == "cba"
    ui.click_sample(io.examples_handler, 0)
    assert ui.value(io.output_components[0]) == 9
    assert public(demo) == ["square", "lambda"]


# -- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("shortcut, cls, props", [
    ("image", gr.Image, {}), ("file", gr.File, {"file_count": "single"}), ("files", gr.Files, {"file_count": "multiple"}),
    ("gallery", gr.Gallery, {}), ("uploadbutton", gr.UploadButton, {}), ("downloadbutton", gr.DownloadButton, {}),
])
def test_file_shortcuts(shortcut, cls, props):
    from nbblocks.components import get_component_instance

    comp = get_component_instance(shortcut)
    assert type(comp) is cls
    for name, value in props.items():
        assert getattr(comp, name) == value


def test_image_interface_runs_on_uploads_and_serves_its_output(tmp_path):
    io = gr.Interface(lambda img: 255 - img, "image", gr.Image(format="png"), flagging_mode="never")
    ui = Frontend(io)
    photo, inverted = io.input_components[0], io.output_components[0]
    assert photo.label == "img"
    ui.upload(photo, png_file(tmp_path / "red.png", (6, 4), (200, 30, 30)))
    ui.click(buttons(io)["Submit"])
    (shown,) = ui.displayed(inverted)
    assert (shown["kind"], shown["width"], shown["height"]) == ("pixels", 6, 4)
    pixels = np.asarray(PILImage.open(io_bytes(ui.file_bytes(inverted))).convert("RGB"))
    assert tuple(int(c) for c in pixels[0, 0]) == (55, 225, 225)
    io.close()


def test_file_interface_passes_paths_and_returns_files(tmp_path):
    source = tmp_path / "notes.txt"
    source.write_text("hello")

    def shout(path):
        out = tmp_path / "loud.txt"
        out.write_text(open(path).read().upper())
        return str(out)

    io = gr.Interface(shout, "file", "file", flagging_mode="never")
    ui = Frontend(io)
    ui.upload(io.input_components[0], str(source))
    ui.click(buttons(io)["Submit"])
    assert ui.value(io.output_components[0])["orig_name"] == "loud.txt"
    assert ui.file_bytes(io.output_components[0]) == b"HELLO"
    io.close()


def test_files_of_an_app_rendered_into_tabs_are_served_by_the_tabs(tmp_path):
    logo = png_file(tmp_path / "logo.png", (6, 4), (200, 30, 30))
    shown = gr.Interface(lambda x: x, gr.Image(logo, label="Logo"), "image", flagging_mode="never")
    handle = shown.input_components[0].value["path"]
    tabs = gr.TabbedInterface([shown])
    assert tabs.files.get(handle) is not None and shown.files is tabs.files
    ui = Frontend(tabs)
    assert ui.file_bytes(shown.input_components[0]) == open(logo, "rb").read()
    tabs.close()


def test_a_clear_button_made_outside_an_app_clears_once_rendered_in_one():
    box = gr.Textbox("kept", interactive=True, render=False)
    clear = gr.ClearButton([box], render=False)
    with gr.Blocks() as demo:
        box.render()
        clear.render()
    ui = Frontend(demo)
    ui.set(box, "typed")
    ui.click(clear)
    assert ui.value(box) == ""
