"""gr.File, gr.Files, gr.UploadButton, gr.DownloadButton and gr.Gallery on the file cache."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from nbblocks import files
from nbblocks.testing import Frontend, FrontendError
from support.images import png


# -- gr.File / gr.Files -----------------------------------------------------------------------


def test_file_constructor_and_props():
    with pytest.raises(ValueError, match="File 'Doc': file_count must be one of single, multiple, directory"):
        gr.File(file_count="many", label="Doc")
    with pytest.raises(ValueError, match="type must be 'filepath' or 'binary'"):
        gr.File(type="file")
    with pytest.raises(ValueError, match="file_types must be a list"):
        gr.File(file_types=".pdf")
    with gr.Blocks() as demo:
        f = gr.File(file_count="directory", file_types=["image"], height=200, allow_reordering=True)
        many = gr.Files()
    ui = Frontend(demo)
    props = ui.props(f)
    assert {k: props[k] for k in ("file_count", "file_types", "type", "height", "allow_reordering", "buttons")} == {
        "file_count": "directory", "file_types": ["image"], "type": "filepath", "height": 200,
        "allow_reordering": True, "buttons": ["download"]}
    assert ui.props(many)["file_count"] == "multiple" and isinstance(many, gr.File)
    assert [e.event_name for e in gr.File.EVENTS] == ["change", "select", "clear", "upload", "delete", "download"]
    demo.close()


def test_file_outputs(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.csv"
    a.write_text("A")
    b.write_text("B")
    with gr.Blocks() as demo:
        one = gr.File()
        many = gr.File(file_count="multiple")
        go = gr.Button()
        go.click(lambda: (a, [str(a), b, "https://example.com/c.pdf"]), None, [one, many])
        bad = gr.Button()
        bad.click(lambda: [a, b], None, one)
    ui = Frontend(demo)
    ui.click(go)
    assert ui.value(one)["orig_name"] == "a.txt" and ui.file_bytes(one) == b"A"
    names = [v["orig_name"] for v in ui.value(many)]
    assert names == ["a.txt", "b.csv", "c.pdf"] and ui.value(many)[2]["url"] == "https://example.com/c.pdf"
    assert ui.value(one)["path"] == ui.value(many)[0]["path"]  # same bytes and name: one handle
    assert ui.file_bytes(many, index=1) == b"B"
    ui.click(bad)
    assert ui.error(one) == "File shows one file (file_count='single') but got 2"
    demo.close()


def test_file_events_select_delete_download_clear():
    log = []
    with gr.Blocks() as demo:
        f = gr.File(file_count="multiple", label="Docs")
        def selected(evt: gr.SelectData):
            log.append(("select", evt.index, evt.value))

        f.select(selected, None, None)
        f.clear(lambda: log.append(("clear",)), None, None)
        f.change(lambda v: log.append(("change", None if v is None else [Path(p).name for p in v])), f, None)
    ui = Frontend(demo)
    ui.upload(f, [b"1", b"2"], "x.txt")
    ui.upload(f, b"3", "y.txt")
    ui.select(f, 2)
    ui.clear(f)
    assert log == [("change", ["x.txt", "x.txt"]), ("change", ["x.txt", "x.txt", "y.txt"]),
                   ("select", 2, "y.txt"), ("clear",), ("change", None)]
    with pytest.raises(FrontendError, match="has no item 5"):
        ui.select(f, 5)
    demo.close()


def test_flagging_copies_files(tmp_path):
    with gr.Blocks() as demo:
        f = gr.File(value=__file__)
        img = gr.Image(np.full((3, 4, 3), 7, np.uint8), format="png")
    with files.bind(demo.files):
        cell = f.flag(f.value, tmp_path)
        copied = json.loads(cell)["path"]
        assert Path(copied).read_bytes() == Path(__file__).read_bytes() and str(tmp_path) in copied
        back = f.read_from_flag(cell)
        assert files.current().read(back.path) == Path(__file__).read_bytes()
        image_cell = json.loads(img.flag(img.value, tmp_path))
        assert Path(image_cell["path"]).read_bytes()[:4] == b"\x89PNG"  # encoded for the flag, in `format`
    demo.close()


def test_api_info_is_the_file_data_schema():
    schema = gr.File().api_info()
    assert set(schema["properties"]) >= {"path", "url", "size", "orig_name", "mime_type", "meta"}
    assert gr.File(file_count="multiple").api_info()["type"] == "array"
    assert "path" in gr.Image().api_info()["properties"]


# -- buttons ------------------------------------------------------------------------------------


def test_upload_button():
    got = []
    with gr.Blocks() as demo:
        up = gr.UploadButton("Add data", file_types=[".csv"], type="binary")
        many = gr.UploadButton(file_count="multiple")
        up.upload(lambda v: got.append(v), up, None)
        many.upload(lambda v: got.append([Path(p).name for p in v]), many, None)
        up.click(lambda: got.append("click"), None, None)
    ui = Frontend(demo)
    props = ui.props(up)
    assert props["label"] == "Add data" and props["variant"] == "secondary" and props["interactive"] is True
    assert props["file_types"] == [".csv"] and props["type"] == "binary" and props["show_label"] is False
    ui.click(up)
    ui.upload(up, b"a,b\n", "t.csv")
    ui.upload(many, [b"1", b"2"], "n.txt")
    assert got == ["click", b"a,b\n", ["n.txt", "n.txt"]]
    with pytest.raises(FrontendError, match="not an accepted file type"):
        ui.upload(up, b"x", "t.txt")
    with pytest.raises(FrontendError, match="one file at a time"):
        ui.upload(up, [b"1", b"2"], "t.csv")
    with pytest.raises(ValueError, match="variant must be"):
        gr.UploadButton(variant="loud")
    demo.close()


def test_download_button(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("done")
    seen = []
    with gr.Blocks() as demo:
        make = gr.Button("Make")
        get = gr.DownloadButton("Get report")
        make.click(lambda: str(report), None, get)
        get.click(lambda p: seen.append(Path(p).name), get, None)
    ui = Frontend(demo)
    assert ui.value(get) is None
    ui.click(make)
    assert ui.value(get)["orig_name"] == "report.txt" and ui.file_bytes(get) == b"done"
    ui.click(get)
    assert seen == ["report.txt"]
    with pytest.raises(FrontendError, match="no file picker"):
        ui.upload(get, b"x", "x.txt")
    assert ui.props(get)["label"] == "Get report"
    demo.close()


# -- gr.Gallery ------------------------------------------------------------------------------------


def test_gallery_outputs_captions_and_the_fast_path(tmp_path):
    path = tmp_path / "blue.png"
    path.write_bytes(png((4, 3), (0, 0, 255)))
    items = [
        np.full((4, 5, 3), 10, np.uint8),
        (PILImage.new("RGBA", (3, 3), (1, 2, 3, 4)), "pil"),
        (str(path), "from disk"),
        ("https://example.com/x.png", None),
        {"image": path, "caption": "dict"},
    ]
    with gr.Blocks() as demo:
        g = gr.Gallery(label="Pics", columns=3, object_fit="contain")
        go = gr.Button()
        go.click(lambda: items, None, g)
    ui = Frontend(demo)
    ui.click(go)
    value = ui.value(g)
    assert [v["caption"] for v in value] == [None, "pil", "from disk", None, "dict"]
    kinds = [d["kind"] for d in ui.displayed(g)]
    assert kinds == ["pixels", "pixels", "file", "url", "file"]
    assert value[2]["image"]["path"] == value[4]["image"]["path"]
    assert ui.file_bytes(g, index=2) == path.read_bytes()
    assert ui.file_bytes(g, index=0)[:4] == b"RIFF"  # webp, encoded for the download
    assert ui.props(g)["columns"] == 3 and ui.props(g)["object_fit"] == "contain"
    demo.close()


@pytest.mark.parametrize("gallery_type, check", [
    ("filepath", lambda v: Path(v).name == "red.png"),
    ("numpy", lambda v: isinstance(v, np.ndarray) and v.shape == (3, 4, 3)),
    ("pil", lambda v: isinstance(v, PILImage.Image) and v.size == (4, 3)),
])
def test_gallery_inputs_and_upload(gallery_type, check):
    got = []
    with gr.Blocks() as demo:
        g = gr.Gallery(type=gallery_type)
        g.upload(lambda items: got.append(items), g, None)
    ui = Frontend(demo)
    ui.upload(g, png((4, 3)), "red.png")
    ui.upload(g, [png((4, 3), (0, 255, 0)), png((4, 3), (0, 0, 255))], "more.png")
    assert len(got) == 2 and len(got[1]) == 3
    image, caption = got[0][0]
    assert check(image) and caption is None
    with pytest.raises(FrontendError, match=r"'notes.txt' is not an accepted file type \(image\)"):
        ui.upload(g, b"hi", "notes.txt")
    demo.close()


def test_gallery_select_and_bad_values():
    picked = []
    with gr.Blocks() as demo:
        g = gr.Gallery([(np.zeros((2, 2, 3), np.uint8), "a"), (np.ones((2, 2, 3), np.uint8), "b")], label="G")

        def on_select(evt: gr.SelectData):
            picked.append((evt.index, evt.value["caption"]))

        g.select(on_select, None, None)
        bad = gr.Button()
        bad.click(lambda: "not a list", None, g)
    ui = Frontend(demo)
    ui.select(g, 1)
    assert picked == [(1, "b")]
    ui.click(bad)
    assert ui.error(g) == "Gallery 'G': a gallery shows a list of images, got str"
    with pytest.raises(ValueError, match="object_fit must be one of"):
        gr.Gallery(object_fit="stretch")
    demo.close()


def test_gallery_forged_items_are_refused(tmp_path):
    secret = tmp_path / "s.png"
    secret.write_bytes(png((4, 3)))
    with gr.Blocks() as demo:
        g = gr.Gallery(label="G")
    ui = Frontend(demo)
    ui.set(g, [{"image": {"path": str(secret), "meta": {"_type": "gradio.FileData"}}, "caption": None}])
    assert "was not issued by this app and is refused" in ui.error(g) and ui.state_value(g) is None
    demo.close()


# -- a custom component with FileData in its data_model ------------------------------------------


class Document(gr.data_classes.GradioModel):
    file: gr.FileData
    title: str = ""


class DocumentViewer(gr.components.Component):
    """A custom component written as for Gradio: it returns FileData with a path on disk
    and reads ``payload.file.path`` itself."""

    data_model = Document
    EVENTS = ["change"]
    _esm = "export default { render(ctx) {} }"

    def preprocess(self, payload):
        return None if payload is None else (Path(payload.file.path).read_text(), payload.title)

    def postprocess(self, value):
        if value is None:
            return None
        path, title = value
        return Document(file=gr.FileData(path=str(path), orig_name=Path(path).name), title=title)

    def example_payload(self):
        return None

    def example_value(self):
        return None


def test_a_custom_component_gets_gradios_file_handling(tmp_path):
    doc = tmp_path / "doc.txt"
    doc.write_text("hello")
    secret = tmp_path / "secret.txt"
    secret.write_text("secret")
    got = []
    with gr.Blocks() as demo:
        viewer = DocumentViewer(label="Viewer")
        go = gr.Button()
        go.click(lambda: (doc, "Doc"), None, viewer)
        again = gr.Button()
        again.click(lambda v: got.append(v), viewer, None)
    ui = Frontend(demo)
    ui.click(go)
    value = ui.value(viewer)
    assert value["title"] == "Doc" and value["file"]["orig_name"] == "doc.txt"
    assert str(tmp_path) not in value["file"]["path"] and demo.files.get(value["file"]["path"]) is not None
    ui.click(again)
    assert got == [("hello", "Doc")]  # preprocess read the file from its path on disk
    forged = {**value, "file": {**value["file"], "path": str(secret)}}
    ui.set(viewer, forged)
    assert ui.error(viewer) == f"DocumentViewer 'Viewer': the file {str(secret)!r} was not issued by this app and is refused"
    assert ui.state_value(viewer) == value
    demo.close()
