"""Small custom components written the ways published Gradio backends are written
(their imports, helpers and constructor patterns; this project's own code), built
inside ``gr.Blocks``, pre/postprocessed and driven through ``Frontend``."""

from __future__ import annotations

import io
import wave
from pathlib import Path
from typing import Any, Optional, Tuple

import numpy as np
import PIL.Image
import pytest

import nbblocks as gr
from nbblocks import image_utils, processing_utils, utils, wasm_utils
from nbblocks.components.base import Component, FormComponent, server
from nbblocks.context import Context
from nbblocks.data_classes import FileData, GradioModel, GradioRootModel
from nbblocks.events import Events
from nbblocks.exceptions import Error
from nbblocks.files import FileRefused
from nbblocks.i18n import I18n, I18nData
from nbblocks.testing import Frontend, FrontendError
from support.servers import http_client, serving


# -- a document viewer: FileData, move_resource_to_block_cache, only example_inputs -----------


class DocViewer(Component):
    EVENTS = ["change", "upload"]
    data_model = FileData

    def __init__(self, value: Any = None, *, height: int | None = None, label: str | None = None,
                 render: bool = True, every: float | None = None, load_fn: Any = None):
        super().__init__(value, label=label, render=render, every=every, load_fn=load_fn)
        self.height = height

    def preprocess(self, payload: FileData) -> str:
        return payload.path

    def postprocess(self, value: str | None) -> FileData | None:
        if not value:
            return None
        return FileData(path=processing_utils.move_resource_to_block_cache(value, self))

    def example_inputs(self) -> Any:
        return "https://example.com/guide.pdf"


def test_a_file_moved_to_the_block_cache_is_issued_and_served(tmp_path):
    doc = tmp_path / "report.pdf"
    doc.write_bytes(b"%PDF-1.4 report")
    with gr.Blocks() as demo:
        viewer = DocViewer(label="Doc")
        name = gr.Textbox()
        gr.Button("Show").click(lambda: str(doc), None, viewer)
        viewer.change(lambda path: Path(path).read_bytes().decode(), viewer, name)
    ui = Frontend(demo)
    ui.click([b for b in demo.blocks.values() if isinstance(b, gr.Button)][0])
    shown = ui.value(viewer)
    assert shown["path"] != str(doc) and demo.files.get(shown["path"]) is not None  # a handle, not the app's path
    assert ui.file_bytes(viewer) == b"%PDF-1.4 report"
    assert ui.value(name) == "%PDF-1.4 report"  # preprocess got the file on disk
    assert viewer.example_payload() == viewer.example_value() == "https://example.com/guide.pdf"
    demo.close()


def test_a_url_is_allowed_for_the_browser_and_never_fetched():
    with gr.Blocks() as demo:
        viewer = DocViewer("https://example.com/a.pdf")
    assert viewer.value["path"] == "https://example.com/a.pdf"
    assert demo.files.is_allowed_url("https://example.com/a.pdf")
    demo.close()


# -- an image comparison slider: root model of two files, arrays and PIL images cached -------


class PairData(GradioRootModel):
    root: Tuple[Optional[FileData], Optional[FileData]]


class ImagePair(Component):
    EVENTS = [Events.change, Events.upload]
    data_model = PairData

    def __init__(self, value: Any = None, position: float = 0.5, *, type: str = "numpy", image_format: str = "png", **kwargs: Any):
        self.type, self.position, self.image_format = type, position, image_format
        super().__init__(value=value, **kwargs)

    def _one_out(self, image: Any) -> FileData:
        if isinstance(image, np.ndarray):
            path = processing_utils.save_img_array_to_cache(image, cache_dir=self.GRADIO_CACHE, format=self.image_format)
        elif isinstance(image, PIL.Image.Image):
            path = processing_utils.save_pil_to_cache(image, cache_dir=self.GRADIO_CACHE, format=self.image_format)
        else:
            path = str(utils.abspath(image))
        return FileData(path=path)

    def postprocess(self, value: Any) -> PairData | None:
        return None if value is None else PairData(root=(self._one_out(value[0]), self._one_out(value[1])))

    def preprocess(self, payload: PairData | None) -> Any:
        if payload is None:
            return None
        return tuple(image_utils.format_image(PIL.Image.open(f.path), self.type, self.GRADIO_CACHE) for f in payload.root)

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        return None


def test_arrays_and_pil_images_saved_to_the_cache_reach_the_page_and_come_back():
    red = np.zeros((4, 6, 3), np.uint8)
    red[..., 0] = 255
    with gr.Blocks() as demo:
        pair = ImagePair(label="Before / after")
        widths = gr.JSON()
        gr.Button("Go").click(lambda: (red, PIL.Image.new("RGB", (2, 3), "blue")), None, pair)
        pair.change(lambda images: [im.shape for im in images], pair, widths)
    ui = Frontend(demo)
    ui.click([b for b in demo.blocks.values() if isinstance(b, gr.Button)][0])
    before, after = ui.value(pair)
    assert before["orig_name"] == "image.png" and demo.files.get(before["path"]) is not None
    assert ui.value(widths) == [[4, 6, 3], [3, 2, 3]]
    with PIL.Image.open(io.BytesIO(ui.file_bytes(pair, file=before))) as im:
        assert im.size == (6, 4) and im.getpixel((0, 0)) == (255, 0, 0)
    demo.close()


def test_the_helpers_path_is_the_issued_copy_and_maps_back_to_its_handle():
    with gr.Blocks() as demo:
        path = processing_utils.save_bytes_to_cache(b"abc", "notes.txt", cache_dir="/ignored")
    handle = demo.files.handle_of_local_path(path)
    assert handle is not None and demo.files.read(handle) == b"abc" and Path(path).name == "notes.txt"
    with demo:
        assert processing_utils.save_file_to_cache(path) == path  # the same bytes and name are stored once
    assert demo.files.handle_of_local_path("/etc/passwd") is None
    demo.close()


def test_move_files_to_cache_checks_what_a_page_sent(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    with gr.Blocks() as demo:
        out = processing_utils.move_files_to_cache({"file": {"path": str(tmp_path / "a.txt"), "meta": {"_type": "gradio.FileData"}}}, None, postprocess=True)
        with pytest.raises(FileRefused, match="was not issued by this app"):
            processing_utils.move_files_to_cache({"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, None, check_in_upload_folder=True)
        again = processing_utils.move_files_to_cache(out["file"], None, check_in_upload_folder=True)
    assert again["path"] == out["file"]["path"] and Path(again["path"]).read_text() == "x"
    demo.close()


def test_audio_saved_as_wav():
    tone = (np.sin(np.linspace(0, 2 * np.pi * 440, 800)) * 0.5).astype(np.float32)
    with gr.Blocks() as demo:
        path = processing_utils.save_audio_to_cache(tone, 8000, "wav")
    with wave.open(path) as w:
        assert (w.getframerate(), w.getnchannels(), w.getnframes()) == (8000, 1, 800)
    demo.close()


# -- a date field: FormComponent, no data_model, api_info, I18nData label, example_inputs --------


class DateField(FormComponent):
    EVENTS = [Events.change, Events.input, Events.submit]

    def __init__(self, value: str | None = "", *, type: str = "date", label: str | I18nData | None = None, **kwargs: Any):
        self.type = type
        super().__init__(value=value, label=label, **kwargs)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def api_info(self) -> dict[str, Any]:
        return {"type": "string"}

    def example_inputs(self) -> Any:
        return "2026-01-31"


def test_a_form_component_without_data_model_runs_with_gradios_defaults(monkeypatch):
    monkeypatch.setenv("NBBLOCKS_LOCALE", "fr_FR.UTF-8")
    i18n = I18n(en={"when": "When"}, fr={"when": "Quand"})
    with gr.Blocks() as demo:
        when = DateField(label=i18n("when"))
        echo = gr.Textbox()
        when.submit(lambda d: d[::-1], when, echo)
    ui = Frontend(demo)
    assert ui.props(when)["label"] == "Quand" and isinstance(when.label, str) and when.label.key == "when"
    ui.trigger(when, "submit", value="2026-12-06")
    assert ui.value(echo) == "60-21-6202"
    assert when.flag("2026-12-06") == "2026-12-06" and when.read_from_flag("2026-12-06") == "2026-12-06"
    assert when.example_payload() == "2026-01-31"


# -- server functions ---------------------------------------------------------------------


class Script(Component):
    EVENTS = [Events.change]
    data_model = None

    def __init__(self, value: Any = None, *, separator: str = " / ", **kwargs: Any):
        self.separator = separator
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "string"}}

    @server
    def join(self, lines: list[str]) -> str:
        return self.separator.join(lines)

    @server
    async def split(self, text: str) -> list[str]:
        return text.split(self.separator)

    @server
    def broken(self) -> None:
        raise KeyError("nope")


def test_server_functions_are_called_from_the_view():
    with gr.Blocks() as demo:
        script = Script(["a"], separator=" | ")
    ui = Frontend(demo)
    assert ui.props(script)["server_fns"] == ["broken", "join", "split"]
    assert ui.call_server(script, "join", ["x", "y"]) == "x | y"
    assert ui.call_server(script, "split", "x | y") == ["x", "y"]  # a coroutine runs on the loop
    with pytest.raises(FrontendError, match=r"Script: server function broken\(\) failed: KeyError"):
        ui.call_server(script, "broken")
    with pytest.raises(FrontendError, match="Script has no server function 'nothing'"):
        ui.call_server(script, "nothing")
    assert ui.call_server(script, "join", ["still", "works"]) == "still | works"
    demo.close()


# -- a gr.HTML subclass: templates, props, a custom event --------------------------------------


class Chips(gr.HTML):
    def __init__(self, choices: list[str], *, value: list[str] | None = None, **kwargs: Any):
        super().__init__(
            value=value or [],
            html_template="{{#each choices}}<button>{{this}}</button>{{/each}}<p>${value.join(', ')}</p>",
            css_template="button { margin: 2px; }",
            js_on_load="element.addEventListener('click', (e) => { props.value = [...props.value, e.target.textContent]; trigger('pick'); });",
            choices=choices,
            **kwargs,
        )

    def api_info(self) -> dict[str, Any]:
        return {"type": "array", "items": {"type": "string", "enum": self.props["choices"]}}


def shout(text: str) -> str:
    return text.upper()


def test_an_html_subclass_carries_its_templates_props_and_custom_events():
    with gr.Blocks() as demo:
        chips = Chips(["ai", "ml"], label="Tags", server_functions=[shout])
        picked = gr.Textbox()
        chips.pick(lambda tags: "+".join(tags), chips, picked)
    ui = Frontend(demo)
    props = ui.props(chips)
    assert props["props"] == {"choices": ["ai", "ml"]} and props["component_class_name"] == "Chips"
    assert props["html_template"].startswith("{{#each choices}}") and props["server_fns"] == ["shout"]
    assert chips.custom_events == ["pick"]
    ui.trigger(chips, "pick", value=["ml"])
    assert ui.value(picked) == "ml"
    assert ui.call_server(chips, "shout", "loud") == "LOUD"
    with pytest.raises(AttributeError, match="name it \\(in quotes\\) in js_on_load"):
        chips.nothing  # noqa: B018
    with pytest.warns(UserWarning, match="<script> tag"):
        gr.HTML("<script>alert(1)</script>")
    demo.close()


# -- names backends import ----------------------------------------------------------------------


class LoadCounter(FormComponent):
    """Attaches a load listener to the app being built (``Context.root_block``)."""

    def __init__(self, **kwargs: Any):
        super().__init__(value=0, **kwargs)
        if not wasm_utils.IS_WASM and Context.root_block is not None:
            Context.root_block.load(lambda n: n + 1, self, self)

    def postprocess(self, value: Any) -> Any:
        return value

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer"}


def test_context_root_block_and_the_small_names():
    assert Context.root_block is None
    with gr.Blocks() as demo:
        assert Context.root_block is demo
        counter = LoadCounter()
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(counter) == 1
    named = utils.NamedString("/tmp/x.txt")
    assert named == "/tmp/x.txt" and named.name == "/tmp/x.txt"
    assert utils.get_space() is None and wasm_utils.IS_WASM is False
    assert utils.validate_url("https://example.com") and not utils.validate_url("file.txt")
    assert gr.Request is not None and gr.I18n is I18n
    demo.close()


def test_a_missing_postprocess_is_refused_naming_it():
    class NoOut(Component):
        def preprocess(self, payload: Any) -> Any:
            return payload

    with pytest.raises(TypeError, match=r"NoOut can't be created: it does not define postprocess\(\)"):
        NoOut()
    assert isinstance(Error("x"), Exception)


# -- a ported backend without _esm is usable at once ------------------------------------------


def test_without_esm_the_value_type_picks_a_built_in_view(tmp_path):
    class Word(GradioRootModel):
        root: Optional[str] = None

    class WordBox(FormComponent):
        data_model = Word

        def postprocess(self, value: Any) -> Any:
            return value

    with gr.Blocks() as demo:
        doc = DocViewer(label="Doc")                 # FileData -> the file view, uploads included
        date = DateField(label="When")               # no data_model, api_info string -> a textbox
        word = WordBox("hi")                         # root model of str -> a textbox
        script = Script(["a"])                       # api_info array -> JSON
        size = gr.Number()
        doc.upload(lambda path: Path(path).stat().st_size, doc, size)
    widgets = demo.view().widgets
    assert [widgets[c._id].view for c in (doc, date, word, script)] == ["file", "textbox", "textbox", "json"]
    ui = Frontend(demo)
    assert ui.props(doc)["file_count"] == "single"
    ui.upload(doc, b"12345", "a.pdf")
    assert ui.value(size) == 5
    ui.set(date, "2026-01-02")
    assert ui.value(date) == "2026-01-02"
    demo.close()


def test_api_pages_show_the_older_example_inputs():
    from nbblocks.server.api_info import build_info

    with gr.Blocks() as demo:
        viewer = DocViewer(label="Doc")
        date = DateField(label="When")
        gr.Button().click(lambda path, d: path, [viewer, date], viewer, api_name="show")
    params = build_info(demo)["named_endpoints"]["/show"]["parameters"]
    assert [p["example_input"] for p in params] == ["https://example.com/guide.pdf", "2026-01-31"]
    assert params[1]["python_type"]["type"] == "str"
    demo.close()


def test_server_functions_over_http_as_gradios_component_server_route():
    pytest.importorskip("httpx")
    pytest.importorskip("uvicorn")
    with gr.Blocks() as demo:
        script = Script(["a"], separator=" | ")
        gr.Textbox()
    url = "/gradio_api/component_server/"
    with serving(demo), http_client(demo) as http:
        ok = http.post(url, json={"component_id": script._id, "fn_name": "join", "data": ["x", "y"], "session_hash": "s1"})
        assert ok.status_code == 200 and ok.json() == "x | y"
        assert http.post(url, json={"component_id": script._id, "fn_name": "split", "data": "p | q"}).json() == ["p", "q"]
        missing = http.post(url, json={"component_id": script._id, "fn_name": "preprocess", "data": 1})
        assert missing.status_code == 404  # only server functions, never other methods
        failed = http.post(url, json={"component_id": script._id, "fn_name": "broken", "data": None})
        assert failed.status_code == 500 and "broken() failed" in failed.text


def test_gradio_block_attributes_can_be_set_and_appended_to_as_in_gradio(tmp_path):
    def extra(x: int) -> int:
        return x * 2

    with gr.Blocks() as demo:
        script = Script(["a"])
        script.server_fns.append(extra)  # as gr.HTML does in Gradio
        script.GRADIO_CACHE = str(tmp_path)
        script.temp_files.add("x")
    ui = Frontend(demo)
    assert ui.call_server(script, "extra", 21) == 42
    assert script.GRADIO_CACHE == str(tmp_path) and script.temp_files == {"x"} and script.keep_in_cache == set()
    assert "extra" in ui.props(script)["server_fns"]
    demo.close()


class Foldout(gr.HTML):
    """A container written as a gr.HTML subclass (its children go where @children stands)."""

    def __init__(self, label: str = "", *, open: bool = True, **kwargs: Any):
        super().__init__(html_template="<button>${label}</button>@children", label=label, open=open,
                         js_on_load="element.querySelector('button').onclick = () => { props.open = !props.open; trigger('toggle'); }",
                         apply_default_css=False, **kwargs)


def test_an_html_component_holds_children_and_keeps_its_value():
    with gr.Blocks() as demo:
        with Foldout("Details") as fold:
            name = gr.Textbox(label="Name")
            shout = gr.Textbox(label="Shout")
        count = gr.Number()
        name.submit(lambda s: s.upper(), name, shout)
        fold.toggle(lambda: 1, None, count)
        gr.Button("Relabel").click(lambda: "<b>new</b>", None, fold)
    assert fold.children == [name, shout] and name.parent is fold
    widgets = demo.view().widgets
    assert widgets[fold._id].view == "html" and len(widgets[fold._id].children) == 2
    ui = Frontend(demo)
    ui.trigger(name, "submit", value="ada")
    assert ui.value(shout) == "ADA"
    ui.trigger(fold, "toggle")
    assert ui.value(count) == 1
    ui.click([b for b in demo.blocks.values() if isinstance(b, gr.Button)][0])
    assert ui.value(fold) == "<b>new</b>"  # an HTML with children still takes a value
    demo.close()
