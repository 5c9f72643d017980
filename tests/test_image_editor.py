"""gr.ImageEditor, gr.Sketchpad, gr.Paint, gr.ImageMask: parameters, preprocess of each
type for background, layers and composite, postprocess, crop_size, fixed_canvas, layers,
events and refused input, through the headless Frontend (the same comm path as the page)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from nbblocks import _editor
from nbblocks.components.image_editor import EditorData
from nbblocks.testing import Frontend, FrontendError
from support.images import png


def stroke(size, box, color=(0, 0, 0, 255)) -> np.ndarray:
    """A transparent layer of ``size`` (w, h) with an opaque rectangle at ``box`` (x0, y0, x1, y1)."""
    w, h = size
    layer = np.zeros((h, w, 4), np.uint8)
    x0, y0, x1, y1 = box
    layer[y0:y1, x0:x1] = color
    return layer


def editor_app(make=None, **kwargs):
    """An editor (``make()``, or an ImageEditor of ``kwargs``) whose value each event
    stores (by event name) in ``seen``."""
    seen: dict = {}
    with gr.Blocks() as demo:
        editor = make() if make else gr.ImageEditor(label="Editor", **kwargs)
        out = gr.Textbox(label="Out")
        for name in ("upload", "input", "change", "apply", "clear"):
            # One concurrency slot: the functions start in the queue's order (upload, input, change).
            getattr(editor, name)(lambda v, name=name: seen.setdefault("log", []).append(name) or seen.__setitem__(name, v),
                                  editor, None, concurrency_id="log")
        editor.change(lambda v: "none" if v is None else "ok", editor, out)
    return demo, editor, out, seen


# -- constructor and props -------------------------------------------------------------------


def test_defaults_and_props():
    with gr.Blocks() as demo:
        editor = gr.ImageEditor()
    props = Frontend(demo).props(editor)
    assert {k: props[k] for k in ("image_mode", "sources", "type", "buttons", "crop_size", "transforms", "format",
                                  "canvas_size", "fixed_canvas", "placeholder", "_selectable", "webcam_options")} == {
        "image_mode": "RGBA", "sources": ["upload", "webcam", "clipboard"], "type": "numpy",
        "buttons": ["download", "share", "fullscreen"], "crop_size": None, "transforms": ["crop", "resize"],
        "format": "webp", "canvas_size": [800, 800], "fixed_canvas": False, "placeholder": None, "_selectable": False,
        "webcam_options": {"mirror": True, "constraints": None},
    }
    assert props["brush"] == {"default_size": "auto", "color_mode": "defaults", "default_color": "rgb(204, 50, 50)",
                              "colors": ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)",
                                         "rgb(50, 112, 204)", "rgb(173, 50, 204)"]}
    assert props["eraser"] == {"default_size": "auto"}
    assert props["layers"] == {"allow_additional_layers": True, "layers": ["Layer 1"], "disabled": False}
    assert props["name"] == "imageeditor"
    assert [e.event_name for e in gr.ImageEditor.EVENTS] == ["clear", "change", "input", "select", "upload", "apply"]
    demo.close()


def test_sketchpad_paint_and_imagemask_defaults():
    with gr.Blocks() as demo:
        sketch = gr.Sketchpad()
        paint = gr.Paint()
        mask = gr.ImageMask()
        own = gr.Sketchpad(brush=gr.Brush(colors=["#ff0000"], default_size=3))
    ui = Frontend(demo)
    black = {"default_size": "auto", "colors": ["#000000"], "default_color": "#000000", "color_mode": "fixed"}
    s, p, m = ui.props(sketch), ui.props(paint), ui.props(mask)
    assert (s["sources"], s["brush"], s["transforms"], s["name"], s["layers"]["disabled"]) == ([], black, ["crop"], "sketchpad", False)
    assert (p["sources"], p["brush"]["colors"][0], p["brush"]["color_mode"], p["transforms"]) == ([], "rgb(204, 50, 50)", "defaults", ["crop"])
    assert (m["sources"], m["brush"], m["layers"]["disabled"]) == (["upload", "webcam", "clipboard"], black, True)
    assert ui.props(own)["brush"]["colors"] == ["#ff0000"] and ui.props(own)["brush"]["default_size"] == 3
    assert all(isinstance(c, gr.ImageEditor) for c in (sketch, paint, mask))
    demo.close()


def test_options_objects():
    brush = gr.Brush(default_size=8, colors=["red", ("#00ff00", 0.5)], color_mode="fixed")
    assert brush.to_json() == {"default_size": 8, "colors": ["red", ["#00ff00", 0.5]], "default_color": "red",
                               "color_mode": "fixed"}
    assert gr.Brush(colors="blue").colors == ["blue"] and gr.Brush(colors=("blue", 0.3)).colors == [("blue", 0.3)]
    assert gr.Brush(default_color=("pink", 1)).default_color == ("pink", 1.0)
    assert gr.Eraser(4).to_json() == {"default_size": 4}
    assert gr.LayerOptions().layers == ["Layer 1"] and gr.LayerOptions(layers=[]).layers == ["Layer 1"]
    assert gr.LayerOptions(allow_additional_layers=False, layers=["A", "B"]).to_json() == {
        "allow_additional_layers": False, "layers": ["A", "B"], "disabled": False}
    for bad, message in [
        (lambda: gr.Brush(color_mode="any"), "color_mode must be 'fixed' or 'defaults'"),
        (lambda: gr.Brush(colors=[("red", 2)]), "the opacity of 'red' must be a number from 0 to 1"),
        (lambda: gr.Brush(colors=[3]), "a colour is a CSS colour string"),
        (lambda: gr.Brush(colors=[]), "colors must be a non-empty list"),
        (lambda: gr.Eraser(default_size=0), "default_size must be a positive number of pixels or 'auto'"),
        (lambda: gr.LayerOptions(layers="Layer 1"), "layers must be a list of layer names"),
    ]:
        with pytest.raises(ValueError, match=message):
            bad()


def test_constructor_validation():
    cases = [
        (dict(type="bytes"), ValueError, "ImageEditor: type must be one of numpy, pil, filepath"),
        (dict(image_mode="XYZ"), ValueError, "ImageEditor: image_mode must be None or one of"),
        (dict(sources=["upload", "scanner"]), ValueError, "ImageEditor: sources must be a list of upload, webcam, clipboard"),
        (dict(transforms=["rotate"]), ValueError, "ImageEditor: transforms must be a list of crop, resize"),
        (dict(crop_size="16x9"), ValueError, "crop_size must be a ratio 'width:height'"),
        (dict(crop_size="a:b"), ValueError, "crop_size must be a ratio 'width:height'"),
        (dict(crop_size=(0, 10)), ValueError, r"crop_size must be \(width, height\) in pixels"),
        (dict(canvas_size=(800,)), ValueError, r"canvas_size must be \(width, height\) in pixels"),
        (dict(brush="red"), TypeError, "brush must be a gr.Brush, None or False"),
        (dict(eraser=gr.Brush()), ValueError, None),
        (dict(layers="yes"), TypeError, "layers must be True, False or a gr.LayerOptions"),
        (dict(format="nope"), ValueError, "format 'nope' cannot be saved by Pillow"),
        (dict(buttons=["print"]), ValueError, "unknown button 'print'"),
    ]
    for kwargs, exc, message in cases:
        if message is None:  # a Brush is an Eraser (it has default_size): accepted, as in Gradio
            gr.ImageEditor(**kwargs)
            continue
        with pytest.raises(exc, match=message):
            gr.ImageEditor(**kwargs)
    with pytest.raises(ValueError, match="ImageEditor 'Draw': transforms"):
        gr.ImageEditor(label="Draw", transforms="flip")
    editor = gr.ImageEditor(sources="upload", transforms=None, brush=False, eraser=False, layers=False, crop_size=(64, 48.0))
    assert (editor.sources, editor.transforms, editor.brush, editor.eraser) == (["upload"], [], None, None)
    assert editor.layers.disabled and editor.get_config()["crop_size"] == [64, 48.0]
    assert gr.ImageEditor(sources=None).sources == []


def test_older_parameter_names():
    editor = gr.ImageEditor(show_download_button=False, show_share_button=False, mirror_webcam=False)
    assert editor.buttons == ["fullscreen"] and editor.webcam_options.mirror is False
    assert gr.ImageEditor(buttons=["download"], show_fullscreen_button=True).buttons == ["download"]


# -- preprocess: each type, each part ---------------------------------------------------------------


def _drawn(ui, editor, **kw):
    """Background 40x30 dark blue, a red square on layer 0 at (5..15, 5..15)."""
    bg = np.zeros((30, 40, 3), np.uint8)
    bg[..., 2] = 120
    layer = stroke((40, 30), (5, 5, 15, 15), (255, 0, 0, 255))
    return ui.set_editor(editor, background=bg, layers=[layer], **kw)


def test_numpy_preprocess_of_background_layers_and_composite():
    demo, editor, out, seen = editor_app()
    ui = Frontend(demo)
    _drawn(ui, editor)
    value = seen["change"]
    assert set(value) == {"background", "layers", "composite"}
    bg, layers, composite = value["background"], value["layers"], value["composite"]
    assert bg.shape == (30, 40, 4) and bg.dtype == np.uint8 and list(bg[0, 0]) == [0, 0, 120, 255]
    assert len(layers) == 1 and layers[0].shape == (30, 40, 4)
    assert list(layers[0][10, 10]) == [255, 0, 0, 255] and layers[0][20, 20, 3] == 0
    assert list(composite[10, 10]) == [255, 0, 0, 255] and list(composite[20, 20]) == [0, 0, 120, 255]
    assert seen["log"] == ["upload", "input", "change"] and ui.value(out) == "ok"
    demo.close()


def test_the_kernel_composes_the_composite_the_page_did_not_send():
    demo, editor, out, seen = editor_app(type="filepath")
    ui = Frontend(demo)
    value = _drawn(ui, editor)
    assert value["composite"] is None and ui.value(editor)["composite"] is None
    composite = PILImage.open(seen["change"]["composite"])
    assert composite.format == "PNG" and composite.getpixel((10, 10)) == (255, 0, 0, 255)
    assert composite.getpixel((20, 20)) == (0, 0, 120, 255)
    saved = PILImage.open(io.BytesIO(ui.file_bytes(editor)))  # the download button saves it as shown
    assert saved.getpixel((10, 10)) == (255, 0, 0, 255) and saved.size == (40, 30)
    # a client may send layers only: they are composed over nothing
    layer = ui._upload_one(ui._widget(editor), editor, png((6, 4), (0, 255, 0, 128), "RGBA"), "l.png", "image/png")
    ui.set(editor, {"background": None, "layers": [layer], "composite": None})
    assert PILImage.open(seen["change"]["composite"]).getpixel((1, 1)) == (0, 255, 0, 128)
    demo.close()


def test_pil_preprocess():
    demo, editor, out, seen = editor_app(type="pil")
    ui = Frontend(demo)
    _drawn(ui, editor)
    value = seen["change"]
    assert all(isinstance(img, PILImage.Image) and img.mode == "RGBA" and img.size == (40, 30)
               for img in (value["background"], value["composite"], *value["layers"]))
    assert value["composite"].getpixel((10, 10)) == (255, 0, 0, 255)
    demo.close()


def test_filepath_preprocess_gives_files_to_read():
    demo, editor, out, seen = editor_app(type="filepath")
    ui = Frontend(demo)
    _drawn(ui, editor)
    value = seen["change"]
    paths = [value["background"], value["composite"], *value["layers"]]
    assert all(isinstance(p, str) and Path(p).is_file() for p in paths)
    assert PILImage.open(value["composite"]).convert("RGBA").getpixel((10, 10)) == (255, 0, 0, 255)
    assert PILImage.open(value["layers"][0]).convert("RGBA").getpixel((20, 20))[3] == 0
    demo.close()


def test_image_mode_rgb_puts_background_and_composite_on_white_and_drops_layer_alpha():
    demo, editor, out, seen = editor_app(image_mode="RGB", fixed_canvas=True, canvas_size=(40, 40))
    ui = Frontend(demo)
    _drawn(ui, editor)  # 40x30 into a fixed 40x40 canvas: 5 transparent rows above and below
    value = seen["change"]
    bg, composite, layer = value["background"], value["composite"], value["layers"][0]
    assert bg.shape == (40, 40, 3) and composite.shape == (40, 40, 3) and layer.shape == (40, 40, 3)
    assert list(bg[0, 0]) == [255, 255, 255] and list(composite[0, 0]) == [255, 255, 255]
    assert list(bg[20, 20]) == [0, 0, 120]
    assert list(layer[30, 30]) == [0, 0, 0]  # a layer's transparent pixels only lose their alpha
    demo.close()


def test_image_mode_l_and_none():
    demo, editor, out, seen = editor_app(image_mode="L")
    ui = Frontend(demo)
    _drawn(ui, editor)
    assert seen["change"]["composite"].shape == (30, 40) and seen["change"]["background"].ndim == 2
    demo.close()
    demo, editor, out, seen = editor_app(image_mode=None, type="pil")
    ui = Frontend(demo)
    ui.set_editor(editor, background=png((10, 8), mode="RGB"))
    assert seen["change"]["background"].mode == "RGB"  # the file's own mode: the upload itself
    demo.close()


def test_an_untouched_background_is_the_upload_itself_and_the_composite_too():
    demo, editor, out, seen = editor_app(type="filepath")
    ui = Frontend(demo)
    data = png((12, 9), (10, 200, 30, 255), "RGBA")  # already in image_mode: passed on as it is
    value = ui.set_editor(editor, background=data, filename="green.png")
    assert value["background"]["orig_name"] == "green.png" and value["composite"] == value["background"]
    assert Path(seen["change"]["background"]).read_bytes() == data
    assert len(value["layers"]) == 1 and value["layers"][0]["orig_name"] == "layer_0.png"
    # ui.upload is the same action: the upload source
    assert ui.upload(editor, data, "again.png")["orig_name"] == "again.png"
    demo.close()


def test_drawing_on_the_blank_canvas_of_a_sketchpad():
    demo, pad, out, seen = editor_app(lambda: gr.Sketchpad(canvas_size=(64, 48), label="Pad"))
    ui = Frontend(demo)
    ui.set_editor(pad, layers=[stroke((64, 48), (10, 10, 20, 12))])
    value = seen["change"]
    assert value["background"].shape == (48, 64, 4) and (value["background"] == 255).all()  # a white sheet
    assert list(value["composite"][11, 15]) == [0, 0, 0, 255] and list(value["composite"][30, 30]) == [255] * 4
    assert seen["log"] == ["input", "change"]
    with pytest.raises(FrontendError, match="Sketchpad 'Pad' has no image sources"):
        ui.set_editor(pad, background=png())
    with pytest.raises(FrontendError, match="has no upload source"):
        ui.upload(pad, png(), "a.png")
    demo.close()


def test_paint_draws_over_the_background_it_holds():
    with gr.Blocks() as demo:
        paint = gr.Paint(label="Paint", value=np.full((20, 30, 3), 90, np.uint8))
        seen = {}
        paint.change(lambda v: seen.update(v=v), paint, None)
    ui = Frontend(demo)
    held = ui.value(paint)
    value = ui.set_editor(paint, layers=[stroke((30, 20), (0, 0, 5, 5), (0, 255, 0, 255))])
    assert value["background"] == held["background"]  # the page keeps its background file
    assert list(seen["v"]["composite"][2, 2]) == [0, 255, 0, 255] and list(seen["v"]["composite"][10, 10]) == [90, 90, 90, 255]
    demo.close()


# -- crop_size and fixed_canvas ----------------------------------------------------------------------


def test_crop_size_ratio_cuts_the_background_and_its_layers_around_the_centre():
    demo, editor, out, seen = editor_app(crop_size="1:1")
    ui = Frontend(demo)
    bg = np.zeros((30, 40, 3), np.uint8)
    bg[:, :, 0] = np.arange(40, dtype=np.uint8)[None, :]  # red = x
    value = ui.set_editor(editor, background=bg, layers=[stroke((40, 30), (5, 0, 10, 3))])
    got = seen["change"]
    assert got["composite"].shape == (30, 30, 4) and got["background"].shape == (30, 30, 4)
    assert got["background"][0, 0, 0] == 5 and got["background"][0, 29, 0] == 34  # columns 5..34 kept
    assert list(got["composite"][1, 0]) == [0, 0, 0, 255] and got["composite"][1, 5, 0] == 10  # the layer was cut alike
    assert value["background"]["orig_name"] == "background.png"  # a cut background is a new file
    demo.close()


@pytest.mark.parametrize("crop_size, image, expected", [
    ((20, 10), (40, 30), (20, 10)),  # exact pixels when the image is large enough
    ((50, 25), (40, 30), (40, 20)),  # else the largest box of that ratio
    ("16:9", (100, 100), (100, 56)),
    ("9:16", (100, 100), (56, 100)),
])
def test_crop_size_boxes(crop_size, image, expected):
    demo, editor, out, seen = editor_app(crop_size=crop_size)
    ui = Frontend(demo)
    ui.set_editor(editor, background=np.zeros((image[1], image[0], 3), np.uint8))
    assert seen["change"]["composite"].shape[:2] == (expected[1], expected[0])
    assert _editor.allows(*expected, _editor.parse_crop_size(crop_size, "x"))
    demo.close()


def test_crop_size_is_enforced_on_values_that_did_not_come_from_the_page():
    """An HTTP client (or any page) may send parts of any size: the kernel cuts them as the page would."""
    demo, editor, out, seen = editor_app(crop_size="1:1")
    ui = Frontend(demo)
    uploaded = ui._upload_one(ui._widget(editor), editor, png((40, 30), (7, 8, 9)), "wide.png", "image/png")
    ui.set(editor, {"background": uploaded, "layers": [], "composite": uploaded})
    got = seen["change"]
    assert got["background"].shape == (30, 30, 4) and got["composite"].shape == (30, 30, 4)
    assert list(got["composite"][0, 0]) == [7, 8, 9, 255]
    demo.close()


def test_crop_size_sets_the_blank_canvas():
    demo, pad, out, seen = editor_app(lambda: gr.Sketchpad(crop_size="2:1", canvas_size=(60, 60)))
    ui = Frontend(demo)
    ui.set_editor(pad, layers=[None])
    assert seen["change"]["composite"].shape == (30, 60, 4)
    demo.close()
    demo, pad, out, seen = editor_app(lambda: gr.Sketchpad(crop_size=(24, 12)))
    ui = Frontend(demo)
    ui.set_editor(pad)
    assert seen["change"]["composite"].shape == (12, 24, 4)
    demo.close()


def test_fixed_canvas_scales_the_background_to_fit_and_centres_it():
    demo, editor, out, seen = editor_app(fixed_canvas=True, canvas_size=(80, 80))
    ui = Frontend(demo)
    big = np.zeros((50, 100, 3), np.uint8)
    big[...] = (200, 10, 10)
    layer_at_image_size = stroke((100, 50), (0, 0, 100, 50), (0, 0, 255, 128))
    ui.set_editor(editor, background=big, layers=[layer_at_image_size])
    bg, composite, layer = seen["change"]["background"], seen["change"]["composite"], seen["change"]["layers"][0]
    assert bg.shape == (80, 80, 4)
    assert bg[0, 40, 3] == 0 and bg[19, 40, 3] == 0 and bg[20, 40, 3] == 255 and bg[59, 40, 3] == 255 and bg[60, 40, 3] == 0
    assert list(bg[40, 40]) == [200, 10, 10, 255]
    assert layer[40, 40, 3] == 128 and layer[10, 40, 3] == 0  # a layer at the image's size moves with it
    assert composite[40, 40, 2] > 100
    demo.close()


def test_geometry_rules():
    spec = _editor.parse_crop_size("4:3", "x")
    assert _editor.crop_box(100, 100, spec) == (0, 12, 100, 75)
    assert _editor.allows(100, 75, spec) and _editor.allows(101, 75, spec) and not _editor.allows(100, 100, spec)
    pixels = _editor.parse_crop_size((30, 20), "x")
    assert _editor.allows(30, 20, pixels) and _editor.allows(15, 10, pixels) and not _editor.allows(60, 40, pixels)
    assert _editor.blank_canvas(None, (800, 600)) == (800, 600) and _editor.blank_canvas(spec, (800, 800)) == (800, 600)
    assert _editor.place((100, 50), None, (80, 80), True).target == (0, 20, 80, 40)
    assert _editor.place((100, 50), None, (80, 80), False).identity


# -- layers -------------------------------------------------------------------------------------


def test_layer_options_decide_how_many_layers_the_page_sends():
    demo, editor, out, seen = editor_app(layers=gr.LayerOptions(layers=["Sky", "Ground"], allow_additional_layers=False))
    ui = Frontend(demo)
    ui.set_editor(editor, background=png((10, 10)), layers=[stroke((10, 10), (0, 0, 2, 2))])
    assert len(seen["change"]["layers"]) == 2 and seen["change"]["layers"][1][..., 3].max() == 0
    with pytest.raises(FrontendError, match="has 2 layer\\(s\\) and no button to add more; got 3 layers"):
        ui.set_editor(editor, layers=[None, None, None])
    with pytest.raises(FrontendError, match="layer 0 is 3x3; draw it at the canvas size 10x10"):
        ui.set_editor(editor, layers=[np.zeros((3, 3, 4), np.uint8)])
    demo.close()
    demo, editor, out, seen = editor_app(layers=True)
    ui = Frontend(demo)
    ui.set_editor(editor, background=png((10, 10)), layers=[None, None, stroke((10, 10), (0, 0, 1, 1))])
    assert len(seen["change"]["layers"]) == 3  # added with the + button
    demo.close()
    demo, editor, out, seen = editor_app(layers=False)
    with pytest.raises(FrontendError, match="no button to add more"):
        Frontend(demo).set_editor(editor, layers=[None, None])
    demo.close()


# -- postprocess -------------------------------------------------------------------------------


def test_a_single_image_output_is_the_background_and_the_composite():
    with gr.Blocks() as demo:
        go = gr.Button()
        editor = gr.ImageEditor(label="Out")
        go.click(lambda: np.full((6, 8, 3), 50, np.uint8), None, editor)
    ui = Frontend(demo)
    ui.click(go)
    value = ui.value(editor)
    assert value["background"] == value["composite"] and value["layers"] == []
    assert ui.displayed(editor) == [{"kind": "pixels", "width": 8, "height": 6, "channels": 3, "bytes": 144}] * 2
    demo.close()


@pytest.mark.parametrize("single", [
    lambda tmp: PILImage.new("RGB", (8, 6), "red"),
    lambda tmp: (tmp / "x.png").write_bytes(png()) and str(tmp / "x.png"),
    lambda tmp: (tmp / "x.png").write_bytes(png()) and tmp / "x.png",
])
def test_single_image_kinds(single, tmp_path):
    editor = gr.ImageEditor()
    out = editor.postprocess(single(tmp_path))
    assert out.background is not None and out.composite == out.background and out.layers == []


def test_a_full_dict_output():
    with gr.Blocks() as demo:
        go = gr.Button()
        editor = gr.ImageEditor(label="Out", format="png")
        seen = {}

        def make():
            return {"background": np.zeros((4, 5, 3), np.uint8),
                    "layers": [stroke((5, 4), (0, 0, 1, 1)), PILImage.new("RGBA", (5, 4))],
                    "composite": np.ones((4, 5, 4), np.uint8)}

        go.click(make, None, editor)
        editor.change(lambda v: seen.update(v=v), editor, None)
    ui = Frontend(demo)
    ui.click(go)
    value = ui.value(editor)
    assert len(value["layers"]) == 2 and value["background"]["orig_name"] == "image.png"
    assert [d["channels"] for d in ui.displayed(editor)] == [3, 4, 4, 4]
    # the output is used as the input: the pixels pass on without decoding
    assert seen["v"]["background"].shape == (4, 5, 4) and seen["v"]["composite"].shape == (4, 5, 4)
    saved = PILImage.open(io.BytesIO(ui.file_bytes(editor)))  # the download button: the composite, in `format`
    assert saved.format == "PNG" and saved.size == (5, 4)
    demo.close()


def test_partial_dicts_and_returning_an_input():
    editor = gr.ImageEditor(label="E")
    out = editor.postprocess({"background": np.zeros((2, 2, 3), np.uint8)})
    assert out.layers == [] and out.composite is None
    assert editor.postprocess({"layers": [None, np.zeros((2, 2, 4), np.uint8)]}).layers[0].path
    assert editor.postprocess(None) is None
    with gr.Blocks() as demo:
        src = gr.ImageEditor(label="Source")
        copy = gr.ImageEditor(label="Copy")
        src.apply(lambda v: v, src, copy, preprocess=False)
    ui = Frontend(demo)
    sent = ui.set_editor(src, background=png((6, 6)), layers=[stroke((6, 6), (0, 0, 2, 2))], apply=True)
    assert {k: ui.value(copy)[k] for k in ("background", "layers", "composite")} == sent
    demo.close()


@pytest.mark.parametrize("bad, message", [
    (42, "ImageEditor 'E': cannot show a int"),
    ({"background": None, "mask": 1}, "the value has the keys background, layers and composite; got \\['mask'\\]"),
    ({"layers": "x.png"}, "'layers' must be a list of images, got str"),
    ({"background": np.zeros((2, 2, 7), np.uint8)}, "cannot show an array of shape"),
])
def test_bad_outputs_fail_clearly_and_the_app_keeps_working(bad, message):
    with gr.Blocks() as demo:
        go = gr.Button()
        ok = gr.Button()
        editor = gr.ImageEditor(label="E")
        go.click(lambda: bad, None, editor)
        ok.click(lambda: np.zeros((2, 2, 3), np.uint8), None, editor)
    ui = Frontend(demo)
    ui.click(go)
    assert ui.error(editor) is not None and __import__("re").search(message, ui.error(editor))
    ui.click(ok)
    assert ui.error(editor) is None and ui.value(editor)["background"] is not None
    demo.close()


# -- events, apply, clear, select ---------------------------------------------------------------


def test_apply_and_clear_events():
    demo, editor, out, seen = editor_app()
    ui = Frontend(demo)
    _drawn(ui, editor, apply=True)
    assert seen["log"] == ["upload", "input", "change", "apply"]
    assert seen["apply"]["composite"].shape == (30, 40, 4)
    ui.apply(editor)
    assert seen["log"][-1] == "apply"
    ui.clear(editor)
    assert seen["log"][-3:] == ["clear", "input", "change"] and seen["change"] is None
    assert ui.value(editor) is None and ui.value(out) == "none"
    demo.close()


def test_a_static_editor_shows_the_composite_and_sends_select():
    picked = []
    with gr.Blocks() as demo:
        editor = gr.ImageEditor(value=np.zeros((10, 20, 3), np.uint8), interactive=False, label="Shown")

        def where(evt: gr.SelectData):
            picked.append(evt.index)

        editor.select(where, None, None)
    ui = Frontend(demo)
    assert ui.props(editor)["interactive"] is False
    ui.select(editor, [15, 3])
    assert picked == [[15, 3]]
    with pytest.raises(FrontendError, match="not interactive"):
        ui.set_editor(editor, layers=[None])
    with pytest.raises(FrontendError, match="not interactive"):
        ui.apply(editor)
    demo.close()


def test_an_initial_value_and_a_callable_value():
    with gr.Blocks() as demo:
        fixed = gr.ImageEditor({"background": np.zeros((3, 3, 3), np.uint8), "layers": [], "composite": None})
        computed = gr.ImageEditor(lambda: np.ones((2, 4, 3), np.uint8))
    ui = Frontend(demo)
    assert ui.value(fixed)["background"]["orig_name"] == "image.webp" and ui.value(fixed)["composite"] is None
    assert ui.displayed(computed)[0]["width"] == 4
    demo.close()


# -- refused input, the API, flagging ---------------------------------------------------------------


def test_forged_parts_are_refused(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png())
    demo, editor, out, seen = editor_app()
    ui = Frontend(demo)
    forged = {"path": str(secret), "meta": {"_type": "gradio.FileData"}}
    for value in ({"background": forged, "layers": [], "composite": None},
                  {"background": None, "layers": [forged], "composite": None},
                  {"background": None, "layers": [], "composite": forged}):
        ui.set(editor, value)
        assert ui.error(editor) == f"ImageEditor 'Editor': the file {str(secret)!r} was not issued by this app and is refused"
        assert "change" not in seen
    ui.set(editor, {"background": 5})
    assert "ImageEditor 'Editor' received an invalid value (field 'background" in ui.error(editor)
    _drawn(ui, editor)
    assert seen["change"]["composite"].shape == (30, 40, 4)
    demo.close()


def test_non_images_are_refused_at_upload():
    demo, editor, out, seen = editor_app()
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="'notes.txt' is not an accepted file type"):
        ui.upload(editor, b"hello", "notes.txt")
    with pytest.raises(FrontendError, match="one file at a time"):
        ui.upload(editor, [png(), png()], "a.png")
    with pytest.raises(FrontendError, match="could not be read as an image"):
        ui.upload(editor, b"\x89PNG\r\n\x1a\nnot really", "broken.png")
    assert "change" not in seen
    demo.close()


def test_api_info_examples_and_url_values():
    editor = gr.ImageEditor()
    schema = editor.api_info()
    assert set(schema["properties"]) >= {"background", "layers", "composite"}
    assert EditorData.model_validate(editor.example_payload()).background.orig_name == "bus.png"
    assert editor.example_value()["layers"] == []
    with gr.Blocks() as demo:
        url = gr.ImageEditor(editor.example_value(), type="filepath")
        numpy = gr.ImageEditor(editor.example_value())
        out = gr.Textbox()
        gr.Button("a").click(lambda v: v["background"], url, out)
        gr.Button("b").click(lambda v: "got", numpy, out)
    ui = Frontend(demo)
    a, b = [blk for blk in demo.blocks.values() if isinstance(blk, gr.Button)]
    ui.click(a)
    assert ui.value(out).endswith("bus.png")
    ui.click(b)
    assert "the kernel does not fetch URLs" in ui.error(out)
    demo.close()


def test_flag_and_read_from_flag(tmp_path):
    demo, editor, out, seen = editor_app()
    ui = Frontend(demo)
    value = _drawn(ui, editor)
    from nbblocks import files

    with files.bind(demo.files):
        cell = editor.flag(value, tmp_path)
        stored = json.loads(cell)
        assert stored["composite"] is None  # drawn on: the page sent no composite
        assert all(Path(p["path"]).is_file() for p in [stored["background"], *stored["layers"]])
        back = editor.read_from_flag(cell)
        assert isinstance(back, EditorData) and back.layers[0].orig_name == "layer_0.png"
        assert list(editor.preprocess(back)["composite"][10, 10]) == [255, 0, 0, 255]
    demo.close()


# -- gr.Interface's string shortcuts -------------------------------------------------------------


@pytest.mark.parametrize("shortcut, cls, sources, brush_colors", [
    ("imageeditor", gr.ImageEditor, ["upload", "webcam", "clipboard"], 5),
    ("sketchpad", gr.Sketchpad, [], ["#000000"]),
    ("paint", gr.Paint, [], 5),
    ("imagemask", gr.ImageMask, ["upload", "webcam", "clipboard"], ["#000000"]),
])
def test_interface_string_shortcuts(shortcut, cls, sources, brush_colors):
    from nbblocks.components import get_component_instance

    comp = get_component_instance(shortcut)
    assert type(comp) is cls and comp.sources == sources
    assert comp.brush.colors == brush_colors if isinstance(brush_colors, list) else len(comp.brush.colors) == brush_colors


def test_an_interface_with_a_sketchpad():
    io = gr.Interface(lambda v: int((v["composite"][..., :3] < 128).all(axis=-1).sum()), "sketchpad", "number")
    ui = Frontend(io)
    pad, out = io.input_components[0], io.output_components[0]
    ui.set_editor(pad, layers=[stroke((800, 800), (0, 0, 10, 20))])
    ui.click(next(b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Submit"))
    assert ui.value(out) == 200
    io.close()


def test_option_objects_are_not_components():
    from nbblocks.components import get_component_instance

    for name in ("brush", "eraser", "layeroptions", "webcamoptions"):
        with pytest.raises(ValueError, match=f"no component is called '{name}'"):
            get_component_instance(name)


def test_examples_show_the_composite_and_load_the_whole_value(tmp_path):
    example = tmp_path / "ex.png"
    example.write_bytes(png((10, 8), (255, 0, 0)))
    io = gr.Interface(lambda v: v["composite"], "imageeditor", "image", examples=[[str(example)]])
    ui = Frontend(io)
    dataset = next(b for b in io.blocks.values() if type(b).__name__ == "Dataset")
    shown = ui.props(dataset)["samples"][0][0]
    assert shown["orig_name"] == "ex.png" and shown["meta"]["_type"] == "gradio.FileData"  # drawn as a thumbnail
    ui.click_sample(dataset, 0)
    editor = io.input_components[0]
    assert ui.value(editor)["background"]["orig_name"] == "ex.png" and ui.value(editor)["layers"] == []
    ui.click(next(b for b in io.blocks.values() if isinstance(b, gr.Button) and b.value == "Submit"))
    assert ui.displayed(io.output_components[0])[0]["width"] == 10
    io.close()
