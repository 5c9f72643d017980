"""Custom components written as a Gradio author writes them, driven through the widget protocol.

``Frontend`` sends exactly what the custom view's ``ctx.setValue``/``ctx.dispatch`` send,
so these tests take the path a click in the page takes.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, List, Optional

import pytest

import nbblocks as gr
from nbblocks import files
from nbblocks.blocks import BlockContext
from nbblocks.component_meta import ComponentMeta
from nbblocks.components import Component, FormComponent
from nbblocks.data_classes import FileData, GradioModel, GradioRootModel
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
    assert widget.view == "custom"
    assert Frontend(demo).view_source(people) == (ESM, CSS)  # asked for as the page does
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
    assert param["component"] == "Nameinput" and param["example_input"] == {"names": ["freddy", "pete"]}
    assert param["python_type"]["type"] == "dict(names: list[str])"
    assert endpoint["returns"][0]["python_type"]["type"] == "list[str]"


def test_a_component_whose_api_info_fails_is_described_untyped_and_logged(caplog):
    from nbblocks.server.api_info import build_info

    class Broken(NameInput):
        def api_info(self) -> dict[str, Any]:
            raise RuntimeError("no schema here")

        def example_payload(self) -> Any:
            raise RuntimeError("no example here")

    with gr.Blocks() as demo:
        broken = Broken(label="Broken")
        out = gr.Textbox()
        gr.Button().click(lambda names: str(names), broken, out, api_name="echo")
    with caplog.at_level("WARNING", logger="nbblocks"):
        (param,) = build_info(demo)["named_endpoints"]["/echo"]["parameters"]
    assert param["type"] == {} and param["python_type"]["type"] == "Any" and param["example_input"] is None
    messages = [r.getMessage() for r in caplog.records]
    assert any("Broken" in m and "api_info_as_input() failed" in m for m in messages), messages
    assert any("Broken" in m and "example_inputs() failed" in m for m in messages), messages


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
    ui = Frontend(demo)
    assert ui.view_source(a) == (ESM, CSS)
    assert ui.view_source(b) == (ESM, CSS)  # _css inherited from NameInput


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
    assert pw.view == "custom" and Frontend(demo).view_source(panel) == (CONTAINER_ESM, "") and pw.props["title"] == "Inputs"
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


# -- a data model with files (the guide's video + subtitles) ---------------------------------

VIDEO_ESM = """
export default {
  render(ctx) {
    const input = ctx.h("input", { type: "file", multiple: true, dataset: { nbblocksPart: "file-input" } });
    ctx.listen(input, "change", async () => {
      const [video, subtitles] = await Promise.all([...input.files].map((f) => ctx.upload(f)));
      ctx.setValue({ video, subtitles: subtitles ?? null }, { events: ["upload", "change"] });
    });
    ctx.el.append(input);
  },
};
"""


class VideoData(GradioModel):
    video: FileData
    subtitles: Optional[FileData] = None


class Video(Component):
    EVENTS = [Events.change, Events.upload]
    data_model = VideoData
    _esm = VIDEO_ESM

    def __init__(self, value: Any = None, *, file_types: list[str] | None = None, **kwargs: Any):
        self.file_types = file_types
        super().__init__(value, **kwargs)

    def preprocess(self, payload: VideoData | None) -> tuple[str, str | None] | None:
        if payload is None:
            return None
        return payload.video.path, payload.subtitles.path if payload.subtitles else None

    def postprocess(self, value: Any) -> VideoData | None:
        if value is None:
            return None
        video, subtitles = value if isinstance(value, tuple) else (value, None)
        return VideoData(video=FileData(path=str(video)), subtitles=FileData(path=str(subtitles)) if subtitles else None)

    def example_payload(self) -> Any:
        return {"video": {"path": "https://example.com/clip.mp4", "meta": {"_type": "gradio.FileData"}}}

    def example_value(self) -> Any:
        return "https://example.com/clip.mp4"


def video_app(tmp_path):
    with gr.Blocks() as demo:
        original = Video(label="Original")
        louder = Video(label="Louder")
        sizes = gr.JSON()

        def process(clip: tuple[str, str | None]):
            video, subtitles = clip
            data = Path(video).read_bytes()
            out = tmp_path / "louder.mp4"
            out.write_bytes(data.upper())
            subs = tmp_path / "louder.srt"
            subs.write_text(Path(subtitles).read_text().upper())
            return (str(out), str(subs)), {"video": len(data), "subtitles": Path(subtitles).name}

        original.upload(process, original, [louder, sizes])
    return demo, original, louder, sizes


def test_files_in_a_custom_data_model_are_uploaded_cached_and_served(tmp_path):
    demo, original, louder, sizes = video_app(tmp_path)
    ui = Frontend(demo)
    video = ui.upload_file(original, b"frames of a clip", "clip.mp4")
    subtitles = ui.upload_file(original, b"1\n00:00:01 --> 00:00:02\nhello\n", "clip.srt")
    assert video["orig_name"] == "clip.mp4" and video["meta"] == {"_type": "gradio.FileData"}
    assert not Path(video["path"]).is_absolute()  # an opaque handle, not a path on disk
    ui.trigger(original, "upload", value={"video": video, "subtitles": subtitles})
    assert ui.value(sizes) == {"video": 16, "subtitles": "clip.srt"}  # preprocess got files on disk
    shown = ui.value(louder)
    assert shown["video"]["path"] != str(tmp_path / "louder.mp4")  # the app's paths never reach the page
    assert demo.files.get(shown["video"]["path"]) is not None and demo.files.get(shown["subtitles"]["path"]) is not None
    assert ui.file_bytes(louder, file=shown["video"]) == b"FRAMES OF A CLIP"
    assert ui.file_bytes(louder, file=shown["subtitles"]).startswith(b"1\n00:00:01 --> 00:00:02\nHELLO")
    demo.close()


def test_a_file_the_app_did_not_issue_is_refused_naming_the_component(tmp_path):
    demo, original, louder, sizes = video_app(tmp_path)
    ui = Frontend(demo)
    stolen = {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}
    ui.trigger(original, "upload", value={"video": stolen})
    assert ui.value(sizes) is None
    assert "Video 'Original'" in (ui.error(original) or "") and "refused" in ui.error(original)
    demo.close()


def test_uploads_go_only_to_components_with_files_and_of_accepted_types(tmp_path):
    with gr.Blocks() as demo:
        names = NameInput(label="Names")
        clip = Video(label="Clip", file_types=[".mp4"])
    ui = Frontend(demo)
    with pytest.raises(AssertionError, match="does not take uploads"):
        ui.upload_file(names, b"x", "x.txt")
    with pytest.raises(AssertionError, match="not an accepted file type"):
        ui.upload_file(clip, b"x", "x.txt")
    assert ui.upload_file(clip, b"x", "x.mp4")["orig_name"] == "x.mp4"
    demo.close()


def test_flagging_copies_a_custom_models_files_and_reads_them_back(tmp_path):
    demo, original, louder, sizes = video_app(tmp_path / "work")
    (tmp_path / "work").mkdir()
    ui = Frontend(demo)
    video = ui.upload_file(original, b"clip bytes", "clip.mp4")
    subtitles = ui.upload_file(original, b"subs", "clip.srt")
    ui.trigger(original, "upload", value={"video": video, "subtitles": subtitles})
    logger = gr.CSVLogger(verbose=False)
    logger.setup([original, louder], tmp_path / "flags")
    with files.bind(demo.files):
        logger.flag([ui.value(original), ui.value(louder)])
        (sample,) = logger.read()
    with open(logger.dataset_filepath, newline="") as f:
        cell = json.loads(list(csv.reader(f))[1][0])
    copied = Path(cell["video"]["path"])
    assert copied.read_bytes() == b"clip bytes" and (tmp_path / "flags" / "Original") in copied.parents
    back = sample.values[0]
    assert isinstance(back, VideoData)
    # The files come back issued again by the app's cache: the same bytes and names (an
    # upload is a file of its own, so the copy read back has a handle of its own).
    read_back, shown = back.model_dump(mode="json"), ui.value(original)
    for key in ("video", "subtitles"):
        assert {**read_back[key], "path": None} == {**shown[key], "path": None}
        assert demo.files.read(read_back[key]["path"]) == demo.files.read(shown[key]["path"])
    assert demo.files.read(sample.values[1].video.path) == b"CLIP BYTES"
    demo.close()


def test_api_info_of_a_file_model_describes_its_files():
    from nbblocks.server.api_info import build_info, python_type

    with gr.Blocks() as demo:
        original = Video(label="Original")
        gr.Button().click(lambda c: c, original, original, api_name="copy")
    schema = original.api_info()
    assert set(schema["properties"]) == {"video", "subtitles"} and "FileData" in schema["$defs"]
    (param,) = build_info(demo)["named_endpoints"]["/copy"]["parameters"]
    assert param["python_type"]["type"].startswith("dict(video: dict(path: str")
    assert param["example_input"]["video"]["path"] == "https://example.com/clip.mp4"
    assert python_type({"type": {}}) == "Any"  # gr.JSON's schema


def test_gradio_client_uploads_into_a_custom_file_model(tmp_path):
    pytest.importorskip("uvicorn")
    client_mod = pytest.importorskip("gradio_client")
    clip = tmp_path / "in.mp4"
    clip.write_bytes(b"abc")
    subs = tmp_path / "in.srt"
    subs.write_text("hello")
    demo, original, louder, sizes = video_app(tmp_path)
    with demo:
        gr.Button().click(lambda c: (c, {"video": Path(c[0]).read_text()}), original, [louder, sizes], api_name="copy")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        client = client_mod.Client(demo.local_url, verbose=False, analytics_enabled=False, download_files=False)
        clip_in = {"video": client_mod.handle_file(str(clip)), "subtitles": client_mod.handle_file(str(subs))}
        out, info = client.predict(clip_in, api_name="/copy")
        assert info == {"video": "abc"}
        assert out["video"]["orig_name"] == "in.mp4" and out["subtitles"]["orig_name"] == "in.srt"
        assert demo.files.read(out["video"]["path"]) == b"abc"
    finally:
        demo.close()
