"""Gradio code runs unchanged: behaviours a user's code can see, checked against gradio 6.31."""

from __future__ import annotations

import json

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend


# -- numbers keep the type the page sent ------------------------------------------------


def test_an_int_from_the_page_reaches_the_function_as_an_int():
    with gr.Blocks() as demo:
        age = gr.Number(label="Age")
        out = gr.Textbox()
        go = gr.Button("Go")
        go.click(lambda n: f"{n} y/o", age, out)
    ui = Frontend(demo)
    ui.set(age, 0)
    ui.click(go)
    assert ui.value(out) == "0 y/o"
    ui.set(age, 2.5)
    ui.click(go)
    assert ui.value(out) == "2.5 y/o"


def test_a_slider_passes_and_shows_ints_as_ints():
    seen = []
    with gr.Blocks() as demo:
        s = gr.Slider(0, 10, value=4, label="S")
        shown = gr.Slider(0, 10, label="Shown")
        s.change(lambda v: (seen.append(v), v)[1], s, shown)
    ui = Frontend(demo)
    ui.set(s, 7)
    assert seen == [7] and type(seen[0]) is int
    assert ui.value(shown) == 7 and type(ui.value(shown)) is int
    assert gr.Slider(0, 10, precision=1).postprocess(2.345) == 2.3
    assert gr.Slider(0, 10, precision=0).postprocess(2.6) == 3


# -- class-level listeners are callable, as Gradio's -----------------------------------


def test_class_level_listener_attributes_are_callable():
    assert callable(gr.Textbox.change)
    assert callable(gr.Button.click)
    with gr.Blocks() as demo:
        box = gr.Textbox(label="In")
        out = gr.Textbox(label="Out")
        dep = gr.Textbox.change(box, lambda s: s.upper(), box, out)
    assert dep.fn is not None
    ui = Frontend(demo)
    ui.set(box, "hey")
    assert ui.value(out) == "HEY"


# -- Gradio 5 idioms: themes, aliases -------------------------------------------------


def test_themes_are_built_like_gradios_and_give_the_app_its_accent():
    theme = gr.themes.Soft(primary_hue="emerald", font=[gr.themes.GoogleFont("Inter"), "sans-serif"])
    assert theme.primary_500 == "#10b981" and theme.primary_hue is gr.themes.colors.emerald
    assert theme.set(button_primary_background_fill="*primary_700") is theme  # chainable
    with gr.Blocks(theme=theme) as demo:
        gr.Textbox()
    tokens = demo.get_config()["theme"]
    assert tokens["--nbb-accent"] == "#10b981"
    assert tokens["--nbb-primary"] == gr.themes.colors.emerald.c700
    assert Frontend(demo).props(demo)["theme"] == tokens


@pytest.mark.parametrize("name, hue", [
    ("Base", "#3b82f6"), ("Default", "#f97316"), ("Soft", "#6366f1"), ("Glass", "#3b82f6"),
    ("Monochrome", "#737373"), ("Ocean", "#10b981"), ("Origin", "#f97316"), ("Citrus", "#f59e0b"),
])
def test_named_themes_have_gradios_primary_hues(name, hue):
    theme = getattr(gr.themes, name)()
    assert theme.primary_500 == hue
    assert gr.themes.css_variables(theme)["--nbb-accent"] == hue


def test_a_theme_by_name_or_class_and_no_theme():
    assert gr.Blocks(theme="soft").theme.name == "soft"
    assert isinstance(gr.Blocks(theme=gr.themes.Monochrome).theme, gr.themes.Monochrome)
    with gr.Blocks() as plain:
        gr.Textbox()
    assert plain.get_config()["theme"] is None  # the app follows the notebook's colours
    with pytest.warns(UserWarning, match="downloads nothing"):
        assert gr.Blocks(theme="someone/fancy-theme").theme.name == "default"


def test_theme_set_refuses_unknown_variables_and_themes_round_trip(tmp_path):
    with pytest.raises(TypeError, match="nope"):
        gr.themes.Base().set(nope="red")
    theme = gr.themes.Ocean().set(button_primary_text_color="black")
    theme.dump(tmp_path / "theme.json")
    loaded = gr.themes.Base.load(tmp_path / "theme.json")
    assert gr.themes.css_variables(loaded) == gr.themes.css_variables(theme)
    assert gr.Theme is gr.themes.Base
    assert [c.name for c in gr.themes.colors.all_colors][:3] == ["slate", "gray", "zinc"]
    assert gr.themes.sizes.radius_sm.md == "4px"


def test_text_and_textarea_aliases():
    assert gr.Text is gr.Textbox
    area = gr.TextArea(label="Notes")
    assert isinstance(area, gr.Textbox) and area.lines == 7 and area.max_lines == 20
    assert area.get_config()["name"] == "textbox"
    with gr.Blocks() as demo:
        notes = gr.TextArea(label="Notes")
        out = gr.Text(label="Out")
        notes.change(lambda s: s[::-1], notes, out)
    ui = Frontend(demo)
    ui.set(notes, "abc")
    assert ui.value(out) == "cba"


def test_queue_chains_into_launch_settings():
    demo = gr.Blocks()
    assert demo.queue(default_concurrency_limit=2) is demo


# -- Gradio 6.31 constructor parameters -----------------------------------------------


def test_gradio_6_layout_and_component_parameters_reach_the_page():
    with gr.Blocks() as demo:
        with gr.Tabs(overflow_behavior="wrap") as tabs:
            with gr.Tab("A", id="a", alignment="right", height=200, max_height="50vh", render_children=True) as tab:
                gr.Textbox()
        with gr.Accordion("More", height=120, max_height=300) as acc:
            gr.Markdown("x")
        link = gr.Button("Docs", link="https://example.org", link_target="_blank")
        drop = gr.Dropdown(["a", "b"], num_choices_shown=5)
        img = gr.Image(alt_text="a photo")
        gal = gr.Gallery(fit_columns=False, sources=["upload", "clipboard"])
    ui = Frontend(demo)
    assert ui.props(tabs)["overflow_behavior"] == "wrap"
    assert {k: ui.props(tab)[k] for k in ("alignment", "height", "max_height", "render_children")} == {
        "alignment": "right", "height": 200, "max_height": "50vh", "render_children": True}
    assert (ui.props(acc)["height"], ui.props(acc)["max_height"]) == (120, 300)
    assert ui.props(link)["link_target"] == "_blank"
    assert ui.props(drop)["num_choices_shown"] == 5
    assert ui.props(img)["alt_text"] == "a photo"
    assert (ui.props(gal)["fit_columns"], ui.props(gal)["sources"]) == (False, ["upload", "clipboard"])
    for bad in (lambda: gr.Tab("x", alignment="middle"), lambda: gr.Tabs(overflow_behavior="scroll"),
                lambda: gr.Button(link_target="new"), lambda: gr.Gallery(sources=["webcam", "mic"]),
                lambda: gr.Dropdown(num_choices_shown=0)):
        with pytest.raises(ValueError):
            bad()


def test_interface_api_visibility_validator_and_tabbed_tabs_kwargs():
    io = gr.Interface(lambda x: x, "text", "text", api_visibility="undocumented",
                      validator=lambda x: gr.validate(len(x) < 5, "too long"))
    dep = next(d for d in io.dependencies if d.fn is io.fn)
    assert dep.api_visibility == "undocumented" and dep.validator is not None
    ui = Frontend(io)
    ui.set(io.input_components[0], "toolong")
    ui.click(next(b for b in io.blocks.values() if type(b).__name__ == "Button" and b.value == "Submit"))
    assert ui.value(io.output_components[0]) in ("", None)
    assert "too long" in (ui.error(io.input_components[0]) or "")
    tabbed = gr.TabbedInterface([gr.Interface(lambda x: x, "text", "text")], ["A"], tabs_kwargs={"overflow_behavior": "wrap"})
    tabs = next(b for b in tabbed.blocks.values() if type(b).__name__ == "Tabs")
    assert tabs.overflow_behavior == "wrap"


def test_tabs_config_has_selected_and_ids_only_when_set():
    """Gradio 6.31's config: ``gr.Tabs()`` has no "selected" key, a ``gr.Tab`` no "id" without
    one; a str id stays a str."""
    assert "selected" not in gr.Tabs().get_config()
    assert gr.Tabs(selected="b").get_config()["selected"] == "b"
    assert gr.Tabs(selected=1).get_config()["selected"] == 1
    assert "id" not in gr.Tab("A").get_config()
    assert gr.Tab("B", id="b").get_config()["id"] == "b"


def test_gr_on_takes_the_apps_load_among_its_triggers():
    with gr.Blocks() as demo:
        out = gr.Textbox()
        go = gr.Button("Go")
        runs = []
        gr.on([demo.load, go.click], lambda: runs.append(1) or str(len(runs)), None, out)
    dep = demo.dependencies[-1]
    assert [(b, e) for b, e in dep.targets] == [(None, "load"), (go, "click")]
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(out) == "1"  # ran when the session started
    ui.click(go)
    assert ui.value(out) == "2"


def test_a_request_parameter_in_the_notebook_has_the_session_hash():
    seen = []
    with gr.Blocks() as demo:
        name = gr.Textbox()
        out = gr.Textbox()

        def greet(text: str, request: gr.Request) -> str:
            seen.append(request)
            return f"{text}:{request.username}:{dict(request.headers)}"

        name.submit(greet, name, out)
    ui = Frontend(demo)
    ui.set(name, "Ada")
    ui.trigger(name, "submit")
    assert ui.value(out) == "Ada:None:{}"
    (request,) = seen
    assert isinstance(request.session_hash, str) and request.session_hash
    assert request.client is None and dict(request.query_params) == {} and dict(request.cookies) == {}


def test_a_clear_button_rendered_later_clears_what_it_was_given():
    with gr.Blocks() as demo:
        box = gr.Textbox("x", interactive=True)
        clear = gr.ClearButton(box, render=False)
        clear.render()
    ui = Frontend(demo)
    ui.set(box, "typed")
    ui.click(clear)
    assert ui.value(box) == ""


# -- what /info shows for a component -----------------------------------------------------


def test_example_inputs_of_file_components_are_gradios_with_their_key_order():
    """Measured in gradio 6.31 (``example_inputs()``); the key order shows in /info's code
    snippets, which are compared byte for byte."""
    bus = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
    pdf = "https://github.com/gradio-app/gradio/raw/main/test/test_files/sample_file.pdf"

    def file(url: str, name: str) -> dict:
        return {"path": url, "meta": {"_type": "gradio.FileData"}, "orig_name": name, "url": url}

    for component, expected in [
        (gr.Image(), file(bus, "bus.png")),
        (gr.File(), file(pdf, "sample_file.pdf")),
        (gr.DownloadButton(), file(pdf, "sample_file.pdf")),
        (gr.UploadButton(), file(pdf, "sample_file.pdf")),
        (gr.Files(), [file(pdf, "sample_file.pdf")]),
        (gr.Gallery(), [{"image": file(bus, "bus.png")}]),
        (gr.MultimodalTextbox(), {"text": "Describe this image", "files": [file(bus, "bus.png")]}),
    ]:
        example = component.example_inputs()
        assert example == expected and json.dumps(example) == json.dumps(expected), type(component).__name__


def test_api_defaults_are_the_initial_values_of_gradios_config():
    """Gradio 6.31's /config value (what /info offers as a parameter's default): an empty
    Textbox or Markdown has None, an empty Gallery ``[]``, an empty Label ``{}``."""
    assert [gr.Textbox().api_default(), gr.Textbox(None).api_default(), gr.Textbox("").api_default()] == [None, None, ""]
    assert [gr.Markdown().api_default(), gr.Markdown("").api_default(), gr.Markdown("# x").api_default()] == [None, "", "# x"]
    assert [gr.Gallery().api_default(), gr.Label().api_default(), gr.Label(None).api_default()] == [[], {}, {}]
    assert [gr.Checkbox().api_default(), gr.Slider().api_default(), gr.Number().api_default()] == [False, 0, None]
