"""gr.Examples and gr.Dataset: clicking a sample fills the inputs; cached outputs come along."""

from __future__ import annotations

import threading

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, FrontendError
from support.images import png_file
from support.waiting import WAIT


# -- Dataset ---------------------------------------------------------------------------


def test_dataset_shows_samples_as_their_components_show_examples():
    ds = gr.Dataset(
        components=[gr.Textbox(label="Name"), gr.Dropdown([("One", 1), ("Two", 2)], label="N"), "checkbox"],
        samples=[["a", 2, True], ["b", 1, False]],
    )
    config = ds.get_config()
    assert config["samples"] == [["a", "Two", True], ["b", "One", False]]
    assert config["headers"] == ["Name", "N", ""]
    assert config["components"] == ["textbox", "dropdown", "checkbox"]
    assert config["layout"] == "table" and config["samples_per_page"] == 10
    assert ds.raw_samples == [["a", 2, True], ["b", 1, False]]
    single = gr.Dataset(components=["number"], samples=[1, 2, 3])
    assert single.raw_samples == [[1], [2], [3]] and single.get_config()["layout"] == "gallery"
    assert single.get_config()["headers"] == []


@pytest.mark.parametrize("kind, expected", [("values", ["b", 1]), ("index", 1), ("tuple", (1, ["b", 1]))])
def test_dataset_types(kind, expected):
    ds = gr.Dataset(components=["text", "number"], samples=[["a", 0], ["b", 1]], type=kind)
    assert ds.preprocess(1) == expected
    assert ds.preprocess(None) is None


def test_dataset_refuses_bad_samples_and_indices():
    with pytest.raises(ValueError, match="sample 1 has 1 values but there are 2"):
        gr.Dataset(components=["text", "number"], samples=[["a", 1], ["b"]])
    with pytest.raises(TypeError, match="list of lists"):
        gr.Dataset(components=["text", "number"], samples=["a", "b"])
    with pytest.raises(ValueError, match="samples_per_page"):
        gr.Dataset(components=["text"], samples_per_page=0)
    ds = gr.Dataset(components=["text"], samples=[["a"]], label="Pick")
    with pytest.raises(gr.exceptions.InvalidComponentError, match="Dataset 'Pick' has no sample 3"):
        ds.preprocess(3)


def test_dataset_click_passes_the_sample_and_a_returned_list_replaces_samples():
    with gr.Blocks() as demo:
        ds = gr.Dataset(components=[gr.Textbox(visible=False), gr.Number(visible=False)], samples=[["a", 1], ["b", 2]])
        picked = gr.JSON()
        ds.click(lambda sample: sample, ds, picked)
        more = gr.Button("More")
        more.click(lambda: [["c", 3]], None, ds)
    ui = Frontend(demo)
    ui.click_sample(ds, 1)
    assert ui.value(picked) == ["b", 2]
    assert ui.value(ds) == 1
    ui.click(more)
    assert ui.props(ds)["samples"] == [["c", 3]]
    with pytest.raises(FrontendError, match="no sample 4"):
        ui.click_sample(ds, 4)


def test_dataset_select_carries_index_and_shown_value():
    with gr.Blocks() as demo:
        ds = gr.Dataset(components=[gr.Radio([("Yes", "y"), ("No", "n")])], samples=[["y"], ["n"]])
        out = gr.Textbox()

        def show(evt: gr.SelectData):
            return f"{evt.index}:{evt.value}"

        ds.select(show, None, out)
    ui = Frontend(demo)
    ui.click_sample(ds, 1)
    assert ui.value(out) == "1:['No']"


# -- Examples ---------------------------------------------------------------------------


def test_clicking_an_example_fills_the_inputs_with_postprocessed_values():
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        level = gr.Slider(0, 10, step=1, label="Level")
        labels = gr.Label()
        ex = gr.Examples([["Ada", 3], ["Bob", 7.0]], [name, level])
        ex2 = gr.Examples([{"cat": 0.9, "dog": 0.1}], labels, label="Labels")
    assert ex.dataset.label == "Examples" and ex.dataset.headers == ["Name", "Level"]
    ui = Frontend(demo)
    ui.click_sample(ex, 1)
    assert (ui.value(name), ui.value(level)) == ("Bob", 7)
    ui.click_sample(ex2, 0)
    assert ui.value(labels)["label"] == "cat"
    assert repr(ex) == "Examples(2 examples)"


def test_run_on_click_runs_fn_after_filling():
    with gr.Blocks() as demo:
        a = gr.Number()
        out = gr.Number()
        ex = gr.Examples([[4], [9]], a, out, fn=lambda x: x * x, run_on_click=True)
    ui = Frontend(demo)
    ui.click_sample(ex, 1)
    assert (ui.value(a), ui.value(out)) == (9, 81)
    assert ex.cache == {}


def test_eager_cache_runs_every_example_once_when_the_app_is_built():
    calls = []

    def square(x):
        calls.append(x)
        return x * x

    with gr.Blocks() as demo:
        a = gr.Number()
        out = gr.Number(label="Square")
        ex = gr.Examples([[2], [3]], a, out, fn=square, cache_examples=True)
        assert calls == []  # not before the app is complete
    assert calls == [2.0, 3.0]
    assert ex.cache == {0: [4.0], 1: [9.0]}
    ui = Frontend(demo)
    ui.click_sample(ex, 1)
    assert (ui.value(a), ui.value(out)) == (3, 9)
    other = Frontend(demo)  # another view of the notebook session, same cache
    other.click_sample(ex, 0)
    assert calls == [2.0, 3.0]


def test_lazy_cache_computes_on_first_click_only():
    calls = []
    gate = threading.Event()

    def slow_upper(s):
        calls.append(s)
        assert gate.wait(WAIT)
        return s.upper()

    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        ex = gr.Examples(["ab", "cd"], box, out, fn=slow_upper, cache_examples="lazy")
    assert calls == []
    ui = Frontend(demo)
    ui.click_sample(ex, 0, wait=False)
    gate.set()
    ui.wait()
    assert (ui.value(box), ui.value(out)) == ("ab", "AB")
    ui.click_sample(ex, 1)
    assert ui.value(out) == "CD"
    ui.click_sample(ex, 0)
    assert ui.value(out) == "AB" and calls == ["ab", "cd"]
    assert ex.cache == {0: ["AB"], 1: ["CD"]}


def test_cache_mode_lazy_and_environment(monkeypatch):
    with gr.Blocks():
        box = gr.Textbox()
        ex = gr.Examples(["x"], box, box, fn=str.upper, cache_examples=True, cache_mode="lazy")
    assert ex.cache_mode == "lazy" and ex.cache == {}
    monkeypatch.setenv("GRADIO_CACHE_EXAMPLES", "true")
    with gr.Blocks():
        box = gr.Textbox()
        ex = gr.Examples(["x"], box, box, fn=str.upper)
    assert ex.cache == {0: ["X"]}


def test_cached_example_failure_names_the_example():
    def fail(x):
        raise ValueError("bad input")

    with pytest.raises(gr.Error, match="running example 1 failed: ValueError: bad input"):
        with gr.Blocks():
            a = gr.Number()
            gr.Examples([[1]], a, a, fn=fail, cache_examples=True)


def test_batch_fn_examples_are_cached_one_by_one():
    with gr.Blocks():
        box = gr.Textbox()
        out = gr.Textbox()
        ex = gr.Examples(["a", "b"], box, out, fn=lambda xs: ([x * 2 for x in xs],), batch=True, cache_examples=True)
    assert ex.cache == {0: ["aa"], 1: ["bb"]}


def test_examples_argument_errors():
    with gr.Blocks():
        box = gr.Textbox()
        state = gr.State()
        with pytest.raises(ValueError, match="cannot fill a gr.State"):
            gr.Examples([["a", 1]], [box, state])
        with pytest.raises(ValueError, match="needs both fn and outputs"):
            gr.Examples(["a"], box, cache_examples=True)
        with pytest.raises(ValueError, match="preload"):
            gr.Examples(["a"], box, preload=5)
    with pytest.raises(AttributeError, match="inside `with gr.Blocks"):
        gr.Examples(["a"], gr.Textbox())


def test_labels_pages_and_preload():
    with gr.Blocks() as demo:
        box = gr.Textbox()
        ex = gr.Examples([[str(i)] for i in range(12)], box, examples_per_page=5,
                         example_labels=[f"#{i}" for i in range(12)], preload=3)
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(box) == "3"
    props = ui.props(ex.dataset)
    assert props["samples_per_page"] == 5 and props["sample_labels"][11] == "#11"


def test_examples_from_a_folder(tmp_path):
    folder = tmp_path / "ex"
    folder.mkdir()
    (folder / "log.csv").write_text("text,number\nhello,3\nbye,4\n")
    with gr.Blocks() as demo:
        text, number = gr.Textbox(), gr.Number()
        ex = gr.Examples(str(folder), [text, number])
    ui = Frontend(demo)
    ui.click_sample(ex, 1)
    assert (ui.value(text), ui.value(number)) == ("bye", 4)


def test_interface_examples_under_the_inputs_with_cached_outputs():
    def greet(name, n):
        return f"Hi {name}" + "!" * int(n)

    io = gr.Interface(greet, ["text", gr.Number(precision=0)], "text", examples=[["Ada", 1], ["Bob", 2]], cache_examples=True)
    ex = io.examples_handler
    inputs_column = io.children[0].children[0]
    assert ex.dataset.parent is inputs_column
    assert ex.cache == {0: ["Hi Ada!"], 1: ["Hi Bob!!"]}
    ui = Frontend(io)
    ui.click_sample(ex, 1)
    assert [ui.value(c) for c in io.input_components + io.output_components] == ["Bob", 2, "Hi Bob!!"]


def test_interface_with_state_does_not_cache(recwarn):
    io = gr.Interface(lambda s, st=0: (s, st), ["text", "state"], ["text", "state"], examples=[["a"]], cache_examples=True)
    assert io.examples_handler.cache_mode is None
    assert any("cannot be cached" in str(w.message) for w in recwarn)


# -- files ------------------------------------------------------------------------------------


def test_image_examples_are_shown_loaded_and_cached_as_the_apps_files(tmp_path):
    red, blue = png_file(tmp_path / "red.png", (5, 3), (255, 0, 0)), png_file(tmp_path / "blue.png", (5, 3), (0, 0, 255))
    calls = []

    def first_pixel(img):
        calls.append(img.shape)
        return img, str(tuple(int(c) for c in img[0, 0]))

    with gr.Blocks() as demo:
        photo = gr.Image(label="Photo")
        echo = gr.Image(format="png")
        pixel = gr.Textbox()
        ex = gr.Examples([red, blue], photo, [echo, pixel], fn=first_pixel, cache_examples=True)
    assert calls == [(3, 5, 3), (3, 5, 3)]
    shown = ex.dataset.get_config()["samples"]
    assert [s[0]["orig_name"] for s in shown] == ["red.png", "blue.png"]
    assert all(demo.files.get(s[0]["path"]) is not None for s in shown)  # the page may ask for them
    assert ex.cache[1][1] == "(0, 0, 255)" and demo.files.get(ex.cache[1][0]["path"]) is not None
    ui = Frontend(demo)
    ui.click_sample(ex, 1)
    assert ui.value(photo)["orig_name"] == "blue.png"
    assert ui.file_bytes(photo) == open(blue, "rb").read()
    assert ui.value(pixel) == "(0, 0, 255)"
    assert ui.displayed(echo)[0]["kind"] == "pixels"
    assert len(calls) == 2
    demo.close()


def test_examples_from_a_folder_of_files(tmp_path):
    folder = tmp_path / "pics"
    folder.mkdir()
    png_file(folder / "a.png", (5, 3), (1, 2, 3))
    png_file(folder / "b.png", (5, 3), (4, 5, 6))
    with gr.Blocks() as demo:
        photo = gr.Image(type="filepath")
        ex = gr.Examples(str(folder), photo)
    assert [s[0]["orig_name"] for s in ex.dataset.get_config()["samples"]] == ["a.png", "b.png"]
    ui = Frontend(demo)
    ui.click_sample(ex, 0)
    assert ui.file_bytes(photo) == (folder / "a.png").read_bytes()
    demo.close()
