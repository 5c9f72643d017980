"""gr.AnnotatedImage: masks and boxes become RGBA PNG masks in the app's file cache
(pixel for pixel as Gradio 6.31 makes them), the base image takes the fast path, the
function receives file paths, and select works through the widget protocol."""

from __future__ import annotations

import inspect
import io
from pathlib import Path

import numpy as np
import PIL.Image
import pytest

import nbblocks as gr
from nbblocks import files
from nbblocks.exceptions import Error, InvalidComponentError
from nbblocks.testing import Frontend, FrontendError

BASE = np.zeros((20, 30, 3), dtype=np.uint8)
BASE[..., 1] = 90


def rgba(path: str) -> np.ndarray:
    img = PIL.Image.open(path)
    assert img.format == "PNG" and img.mode == "RGBA"
    return np.asarray(img)


def masks_of(comp, value):
    """(base path, [(mask pixels, label)]) as a function would receive them."""
    base, annotations = comp.preprocess(comp.postprocess(value))
    return base, [(rgba(path), label) for path, label in annotations]


def test_signature_config_and_alias():
    params = inspect.signature(gr.AnnotatedImage.__init__).parameters
    defaults = {"format": "webp", "show_legend": True, "height": None, "width": None, "color_map": None, "buttons": None}
    for name, default in defaults.items():
        assert params[name].default == default
    config = gr.AnnotatedImage(color_map={"a": "#00ff00"}, height=200).get_config()
    assert {k: config[k] for k in defaults} == {**defaults, "color_map": {"a": "#00ff00"}, "height": 200, "buttons": ["fullscreen"]}
    assert gr.Annotatedimage is gr.AnnotatedImage
    assert [e.event_name for e in gr.AnnotatedImage.EVENTS] == ["change", "select"]
    assert gr.AnnotatedImage(buttons=[]).buttons == []
    with pytest.raises(ValueError, match="unknown button 'download'"):
        gr.AnnotatedImage(buttons=["download"])
    with pytest.raises(ValueError, match="format 'nope' cannot be saved"):
        gr.AnnotatedImage(format="nope")


def test_a_box_becomes_a_mask_with_a_border():
    comp = gr.AnnotatedImage()
    _, [(mask, label)] = masks_of(comp, (BASE, [((1, 2, 10, 12), "a")]))
    assert label == "a" and mask.shape == (20, 30, 4)
    red, half, clear = [255, 0, 0, 255], [255, 0, 0, 127], [0, 0, 0, 0]
    assert list(mask[2, 1]) == red and list(mask[11, 9]) == red  # corners: border
    assert list(mask[4, 5]) == red  # 3-pixel border: rows 2..4
    assert list(mask[5, 5]) == half  # inside
    assert list(mask[12, 9]) == clear and list(mask[1, 1]) == clear  # outside (end exclusive)
    assert int((mask[..., 3] == 255).sum()) == 2 * 3 * 9 + 2 * 3 * (10 - 6)


def test_masks_take_color_map_colours_and_confidence():
    comp = gr.AnnotatedImage(color_map={"b": "#00ff00", "c": "navy", "d": "#f00"})
    soft = np.zeros((20, 30))
    soft[2:5, 3:9] = 0.5
    soft[10, 10] = 1.0
    soft[0, 0] = 3.0  # above 1: clipped
    flags = np.zeros((20, 30), dtype=bool)
    flags[0:2, 0:2] = True
    levels = np.zeros((20, 30, 1), dtype=np.uint8)
    levels[5, 5, 0] = 200
    ones = np.zeros((20, 30), dtype=np.int64)
    ones[6, 6] = 1
    _, masks = masks_of(comp, (BASE, [(soft, "b"), (flags, "c"), (levels, "d"), (ones, "e")]))
    (b, _), (c, _), (d, _), (e, _) = masks
    assert list(b[3, 4]) == [0, 255, 0, 127] and list(b[10, 10]) == [0, 255, 0, 255] and list(b[0, 0]) == [0, 255, 0, 255]
    assert list(b[15, 15]) == [0, 0, 0, 0]
    assert list(c[1, 1]) == [0, 0, 128, 255] and list(c[5, 5]) == [0, 0, 0, 0]  # CSS names work
    assert list(d[5, 5]) == [255, 0, 0, 200]  # 0-255 integers are the alpha; short hex works
    assert list(e[6, 6]) == [255, 0, 0, 255]  # 0/1 integers


def test_base_image_forms(tmp_path: Path):
    comp = gr.AnnotatedImage()
    # numpy and PIL: the fast path (raw pixels, encoded only when a file is needed).
    for base in (BASE, PIL.Image.fromarray(BASE)):
        data = comp.postprocess((base, [((0, 0, 5, 5), "x")]))
        entry = files.current().get(data.image.path)
        assert entry.pending is not None and (entry.pending.width, entry.pending.height) == (30, 20)
        path, _ = comp.preprocess(data)
        assert PIL.Image.open(path).format == "WEBP" and PIL.Image.open(path).size == (30, 20)
    # A file path is stored as it is.
    source = tmp_path / "photo.png"
    PIL.Image.fromarray(BASE).save(source)
    data = comp.postprocess((str(source), [((0, 0, 5, 5), "x")]))
    path, [(mask_path, label)] = comp.preprocess(data)
    assert Path(path).read_bytes() == source.read_bytes() and data.image.orig_name == "photo.png"
    # A URL is never fetched: fine with array masks, refused with boxes (they need the size).
    url = "https://example.com/cat.png"
    data = comp.postprocess((url, [(np.ones((4, 4)), "m")]))
    assert data.image.path == url and data.image.url == url
    assert comp.preprocess(data)[0] == url
    with pytest.raises(Error, match="the kernel does not fetch URLs, so boxes cannot be sized"):
        comp.postprocess((url, [((0, 0, 2, 2), "b")]))


def test_boxes_are_clipped_and_may_be_floats_or_reversed():
    comp = gr.AnnotatedImage()
    _, [(m1, _), (m2, _)] = masks_of(comp, (BASE, [((-5, -5, 100, 100), "all"), ((12.4, 9.6, 2.2, 0.4), "rev")]))
    assert int((m1[..., 3] > 0).sum()) == 20 * 30 and list(m1[0, 0]) == [255, 0, 0, 255] and list(m1[10, 15]) == [255, 0, 0, 127]
    assert list(m2[0, 2]) == [255, 0, 0, 255] and list(m2[9, 11]) == [255, 0, 0, 255] and m2[10, 12, 3] == 0


def test_returning_what_the_function_received_shows_the_same_masks():
    comp = gr.AnnotatedImage(color_map={"a": "#0000ff"})
    base, [(path, label)] = comp.preprocess(comp.postprocess((BASE, [((1, 1, 9, 9), "a")])))
    again = comp.postprocess((base, [(path, label)]))
    assert np.array_equal(rgba(comp.preprocess(again)[1][0][0]), rgba(path))
    # Gradio's serialised form (FileData dicts) is taken too.
    dumped = again.model_dump()
    assert comp.postprocess(dumped).annotations[0].image.path == again.annotations[0].image.path


def test_bad_values_name_the_component():
    comp = gr.AnnotatedImage(label="Detections", color_map={"bad": "not-a-colour"})
    cases = [
        ((5, []), "the image must be a file path, a URL, a numpy array or a PIL image, got int"),
        ("just a path", "expected \\(image, \\[\\(mask or box, label\\), ...\\]\\), got str"),
        ((BASE, "x"), "the annotations must be a list"),
        ({"image": {"path": "x"}}, "a dict value must be"),
        ((BASE, [(np.zeros((5, 5)), "c")]), "annotation 0 \\('c'\\): the mask is 5x5 pixels but the image is 30x20"),
        ((BASE, [(np.zeros((20, 30, 3)), "c")]), "annotation 0 \\('c'\\): a mask must be a 2-D array"),
        ((BASE, [((1, 2, 3), "c")]), "annotation 0 \\('c'\\) must be a mask array, a box"),
        ((BASE, [((1, 2, 3, 4),)]), "annotation 0 must be a \\(mask or box, label\\) pair"),
        ((BASE, [((1, 2, 3, 4), None)]), "annotation 0 needs a label"),
        ((BASE, [((1, 2, 3, 4), "bad")]), "color_map\\['bad'\\] = 'not-a-colour' is not a colour"),
        ((BASE, [(np.full((20, 30), np.nan), "c")]), "NaN"),
        ((BASE, [("/no/such/mask.png", "c")]), "no such mask file"),
    ]
    for value, message in cases:
        with pytest.raises(Error, match=f"^AnnotatedImage 'Detections'.*{message}"):
            comp.postprocess(value)
    assert comp.postprocess((BASE, [((0, 0, 1, 1), 7)])).annotations[0].label == "7"  # labels become text


def test_forged_values_are_refused():
    comp = gr.AnnotatedImage()
    forged = {"image": {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, "annotations": []}
    with pytest.raises(InvalidComponentError, match="AnnotatedImage"):
        comp.preprocess(comp.payload_from_json(forged))


def test_through_the_widgets_masks_are_files_and_select_names_the_annotation():
    picked = []

    def detect(img):
        return img, [((2, 2, 12, 12), "cat"), ((10, 5, 25, 18), "dog")]

    def on_select(evt: gr.SelectData):
        picked.append((evt.index, evt.value))
        return f"{evt.value} #{evt.index}"

    with gr.Blocks() as demo:
        photo = gr.Image(value=BASE)
        shown = gr.AnnotatedImage(color_map={"dog": "#0000ff"})
        said = gr.Textbox()
        received = gr.Textbox()
        button = gr.Button("Detect")
        button.click(detect, photo, shown)
        shown.select(on_select, None, said)
        shown.change(lambda v: f"{Path(v[0]).suffix} {[(Path(p).suffix, label) for p, label in v[1]]}", shown, received)
    ui = Frontend(demo)
    assert ui.value(shown) is None
    ui.click(button)
    assert ui.error(shown) is None
    value = ui.value(shown)
    assert [a["label"] for a in value["annotations"]] == ["cat", "dog"]
    # The base image travels as raw pixels, each mask as its PNG file's bytes (binary buffers).
    assert ui.displayed(shown)[0]["kind"] == "pixels"
    assert [d["kind"] for d in ui.displayed(shown)[1:]] == ["file", "file"]
    dog = PIL.Image.open(io.BytesIO(ui.file_bytes(shown, file=value["annotations"][1]["image"])))
    assert dog.mode == "RGBA" and dog.getpixel((10, 5)) == (0, 0, 255, 255)
    assert ui.value(received) == ".webp [('.png', 'cat'), ('.png', 'dog')]"
    ui.select(shown, 1)
    assert picked == [(1, "dog")] and ui.value(said) == "dog #1"
    with pytest.raises(FrontendError, match="has no item 5 to select"):
        ui.select(shown, 5)
    demo.close()


def test_masks_are_written_as_plain_png_that_any_reader_takes():
    from nbblocks import _images

    rng = np.random.default_rng(3)
    for shape in ((1, 1, 4), (7, 13, 4), (64, 3, 4)):
        arr = rng.integers(0, 256, shape, dtype=np.uint8)
        data = _images.rgba_png(arr)
        img = PIL.Image.open(io.BytesIO(data))
        assert img.format == "PNG" and img.mode == "RGBA" and np.array_equal(np.asarray(img), arr)
    with pytest.raises(ValueError, match="needs a \\(height, width, 4\\) uint8 array"):
        _images.rgba_png(np.zeros((2, 2, 3), dtype=np.uint8))


def test_an_example_shows_its_image():
    comp = gr.AnnotatedImage()
    shown = comp.process_example((BASE, [((0, 0, 5, 5), "x")]))
    assert shown["meta"] == {"_type": "gradio.FileData"} and shown["orig_name"].startswith("image.")
    assert comp.process_example(None) is None
    with gr.Blocks() as demo:
        inp = gr.AnnotatedImage()
        examples = gr.Examples([[(BASE, [((0, 0, 5, 5), "x")])]], inp)
    ui = Frontend(demo)
    sample = ui.props(examples.dataset)["samples"][0][0]
    thumbnail = PIL.Image.open(io.BytesIO(ui.file_bytes(examples.dataset, file=sample)))  # as the table asks for it
    assert thumbnail.size == (30, 20)
    ui.click_sample(examples, 0)
    assert [a["label"] for a in ui.value(inp)["annotations"]] == ["x"]
    demo.close()
