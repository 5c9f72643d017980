"""gr.ImageSlider: the constructor, preprocess/postprocess and api_info as gradio 6.31
behaves (measured with gradio 6.31.0: each side converts as gr.Image does, a side may be
None, a cleared slider gives (None, None)), the events through Frontend, and the HTTP API
through the real gradio_client."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from nbblocks import files
from nbblocks.components.imageslider import SliderData
from nbblocks.exceptions import Error
from nbblocks.testing import Frontend
from support.images import png

RED = png((6, 4), (200, 0, 0))
BLUE = png((6, 4), (0, 0, 200))
URL = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"


def rgb(value) -> tuple[int, int, int]:
    """The first pixel of an image the function got or the page was sent."""
    arr = np.asarray(value if not isinstance(value, (str, Path)) else PILImage.open(value).convert("RGB"))
    return tuple(int(c) for c in arr[0, 0, :3])


# -- constructor ----------------------------------------------------------------------------


def test_defaults_and_props_are_gradios():
    with gr.Blocks() as demo:
        slider = gr.ImageSlider()
    props = Frontend(demo).props(slider)
    # gradio 6.31.0's get_config() of gr.ImageSlider(), for these keys
    assert {k: props[k] for k in ("format", "height", "width", "image_mode", "type", "buttons", "slider_position",
                                  "max_height")} == {
        "format": "webp", "height": None, "width": None, "image_mode": "RGB", "type": "numpy",
        "buttons": ["download", "fullscreen"], "slider_position": 50, "max_height": 500,
    }
    assert props["name"] == "imageslider" and props["interactive"] is True
    assert [str(e) for e in gr.ImageSlider.EVENTS] == ["clear", "change", "stream", "select", "upload", "input"]
    demo.close()


def test_constructor_validation():
    with pytest.raises(ValueError, match="ImageSlider 'X': type must be one of numpy, pil, filepath"):
        gr.ImageSlider(type="bytes", label="X")
    with pytest.raises(ValueError, match="ImageSlider: image_mode must be None or one of"):
        gr.ImageSlider(image_mode="RGBX")
    with pytest.raises(ValueError, match="format 'nope' cannot be saved by Pillow"):
        gr.ImageSlider(format="nope")
    with pytest.raises(ValueError, match="unknown button 'share'"):
        gr.ImageSlider(buttons=["share"])  # Gradio's ImageSlider has download and fullscreen only
    with pytest.raises(ValueError, match="slider_position must be a number"):
        gr.ImageSlider(slider_position="middle")
    with pytest.raises(ValueError, match="max_height must be a number of pixels"):
        gr.ImageSlider(max_height="500px")
    assert gr.ImageSlider(buttons=["fullscreen"]).buttons == ["fullscreen"]
    assert gr.ImageSlider(buttons=[]).buttons == []
    assert gr.ImageSlider(slider_position=150).slider_position == 150  # kept; the page clamps it, as Gradio's
    # Gradio 5's flags still work (gradio 6.31 dropped them)
    assert gr.ImageSlider(show_download_button=False).buttons == ["fullscreen"]
    assert gr.ImageSlider(show_fullscreen_button=False).buttons == ["download"]


# -- postprocess ------------------------------------------------------------------------------


def test_postprocess_takes_a_pair_of_any_image_kind(tmp_path):
    path = tmp_path / "a.png"
    path.write_bytes(RED)
    comp = gr.ImageSlider()
    arr = np.zeros((4, 6, 3), np.uint8)
    with files.bind(files.FileCache()) as cache:
        out = comp.postprocess((arr, PILImage.new("RGB", (6, 4))))
        assert isinstance(out, SliderData)
        first, second = out.root
        # gradio 6.31: arrays and PIL images become image.webp (format), each side separately
        assert first.orig_name == second.orig_name == "image.webp" and first.path != second.path
        assert cache.get(first.path).is_pending  # the fast path: no encoding yet
        from_path = comp.postprocess((str(path), None)).root
        assert from_path[0].orig_name == "a.png" and from_path[1] is None
        assert cache.read(from_path[0].path) == RED
        from_list = comp.postprocess([path, path]).root  # a list works as in Gradio
        assert from_list[0].orig_name == "a.png"
        urls = comp.postprocess((URL, "https://example.org/b.jpg")).root
        assert [u.path for u in urls] == [URL, "https://example.org/b.jpg"]
        assert comp.postprocess(None) is None
        assert comp.postprocess((None, None)).root == (None, None)
        png_comp = gr.ImageSlider(format="png")
        assert png_comp.postprocess((arr, arr)).root[0].orig_name == "image.png"


@pytest.mark.parametrize("bad, got", [
    (np.zeros((4, 6, 3), np.uint8), "got a ndarray"),  # Gradio would take its first two rows as images
    ((np.zeros((2, 2, 3), np.uint8),), "got 1 items"),
    ("a.png", "got a str"),
    (3, "got a int"),
    ((1, 2, 3), "got 3 items"),  # Gradio would drop the third
])
def test_postprocess_refuses_what_is_not_a_pair(bad, got):
    with files.bind(files.FileCache()), pytest.raises(Error, match=f"ImageSlider: the value must be a pair of images .*{got}"):
        gr.ImageSlider().postprocess(bad)


# -- preprocess -------------------------------------------------------------------------------


def _payload(cache, *images: bytes | None) -> SliderData:
    sides = []
    for i, data in enumerate(images):
        if data is None:
            sides.append(None)
            continue
        entry = cache.put_bytes(data, f"side{i}.png", "image/png")
        sides.append(cache.file_data(entry).model_dump())
    return gr.ImageSlider().payload_from_json(sides)


@pytest.mark.parametrize("kind, check", [
    ("numpy", lambda v: isinstance(v, np.ndarray) and v.shape == (4, 6, 3)),
    ("pil", lambda v: isinstance(v, PILImage.Image) and v.size == (6, 4) and v.mode == "RGB"),
    ("filepath", lambda v: isinstance(v, str) and Path(v).name == "side0.png"),
])
def test_preprocess_gives_a_pair_of_type(kind, check):
    with files.bind(files.FileCache()) as cache:
        first, second = gr.ImageSlider(type=kind).preprocess(_payload(cache, RED, BLUE))
        assert check(first) and rgb(first) == (200, 0, 0) and rgb(second) == (0, 0, 200)
        one, none = gr.ImageSlider(type=kind).preprocess(_payload(cache, RED, None))
        assert check(one) and none is None  # gradio 6.31: a missing side is None


def test_preprocess_image_mode_and_empty_values():
    with files.bind(files.FileCache()) as cache:
        payload = _payload(cache, RED, RED)
        assert gr.ImageSlider(image_mode="L").preprocess(payload)[0].shape == (4, 6)
        path = gr.ImageSlider(image_mode="L", type="filepath", format="png").preprocess(payload)[0]
        assert PILImage.open(path).mode == "L"  # converted and saved again, as gr.Image does
        comp = gr.ImageSlider()
        assert comp.preprocess(None) is None
        assert comp.preprocess(comp.payload_from_json([None, None])) == (None, None)
        with pytest.raises(Error, match="ImageSlider: the value holds no pair of images"):
            comp.preprocess(SliderData(None))  # gradio 6.31: ValueError("Payload is None.")


def test_a_forged_path_is_refused_naming_the_component():
    comp = gr.ImageSlider(label="Compare")
    with files.bind(files.FileCache()):
        forged = comp.payload_from_json([{"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, None])
        with pytest.raises(Exception, match="ImageSlider 'Compare'"):
            comp.preprocess(forged)


# -- api_info and examples --------------------------------------------------------------------


def test_api_info_has_gradios_shape():
    info = gr.ImageSlider().api_info()
    # gradio 6.31.0: anyOf [a 2-item array of (ImageData | null), null], titled SliderData
    assert info["title"] == "SliderData"
    pair, null = info["anyOf"]
    assert null == {"type": "null"}
    assert pair["type"] == "array" and pair["minItems"] == 2 and pair["maxItems"] == 2
    assert pair["prefixItems"] == [{"anyOf": [{"$ref": "#/$defs/ImageData"}, {"type": "null"}]}] * 2
    assert info["$defs"]["ImageData"] == gr.Image().api_info()  # each side is gr.Image's value
    comp = gr.ImageSlider()
    assert comp.api_info_as_input() == comp.api_info_as_output() == info


def test_example_payload_and_value_are_gradios():
    comp = gr.ImageSlider()
    one = {"path": URL, "meta": {"_type": "gradio.FileData"}, "orig_name": "bus.png", "url": URL}
    assert comp.example_payload() == (one, one)
    assert comp.example_value() == (URL, URL)


# -- through Frontend -------------------------------------------------------------------------


def test_a_function_returning_two_images_shows_both_as_pixels():
    before = np.full((8, 10, 3), (10, 20, 30), np.uint8)
    with gr.Blocks() as demo:
        btn = gr.Button("Go")
        slider = gr.ImageSlider(label="Compare", interactive=False)
        seen = gr.Textbox()
        btn.click(lambda: (before, PILImage.new("RGB", (10, 8), (200, 100, 0))), None, slider)
        slider.change(lambda pair: f"{rgb(pair[0])} {rgb(pair[1])}", slider, seen)
    ui = Frontend(demo)
    ui.click(btn)
    first, second = ui.value(slider)
    assert first["orig_name"] == second["orig_name"] == "image.webp"
    assert ui.displayed(slider) == [{"kind": "pixels", "width": 10, "height": 8, "channels": 3, "bytes": before.nbytes}] * 2
    held = ui._held(slider)["blobs"]
    assert held[first["path"]]["data"] == before.tobytes()
    assert ui.value(seen) == "(10, 20, 30) (200, 100, 0)"  # change fired and the pair came back in
    data = ui.file_bytes(slider, 1)  # the download button saves the second image
    assert data[:4] == b"RIFF" and rgb(PILImage.open(io.BytesIO(data)).convert("RGB"))[0] > 150
    demo.close()


def test_initial_value_update_and_slider_position_update(tmp_path):
    path = tmp_path / "before.png"
    path.write_bytes(RED)
    with gr.Blocks() as demo:
        slider = gr.ImageSlider((str(path), np.zeros((4, 6, 3), np.uint8)), slider_position=25)
        btn = gr.Button()
        btn.click(lambda: gr.update(value=(None, str(path)), slider_position=75), None, slider)
    ui = Frontend(demo)
    first, second = ui.value(slider)
    assert first["orig_name"] == "before.png" and second["orig_name"] == "image.webp"
    assert [shown["kind"] for shown in ui.displayed(slider)] == ["file", "pixels"]
    assert ui.props(slider)["slider_position"] == 25
    ui.click(btn)
    assert ui.value(slider)[0] is None and ui.value(slider)[1]["orig_name"] == "before.png"
    assert ui.props(slider)["slider_position"] == 75
    demo.close()


def test_upload_fills_the_first_image_and_fires_upload_input_change():
    log: list[str] = []
    with gr.Blocks() as demo:
        slider = gr.ImageSlider(type="pil")
        for event in ("upload", "input", "change", "clear"):
            getattr(slider, event)(lambda pair, e=event: log.append(f"{e}:{pair[0] is not None},{pair[1] is not None}"),
                                   slider, None)
    ui = Frontend(demo)
    ui.upload(slider, RED, "red.png")
    assert sorted(log) == ["change:True,False", "input:True,False", "upload:True,False"]
    assert ui.value(slider)[0]["orig_name"] == "red.png" and ui.value(slider)[1] is None
    log.clear()
    ui.clear(slider)  # the x: both images go, the function gets (None, None)
    assert ui.value(slider) == [None, None]
    assert sorted(log) == ["change:False,False", "clear:False,False", "input:False,False"]
    demo.close()


def test_an_image_in_and_the_pair_original_processed_out():
    with gr.Blocks() as demo:
        photo = gr.Image(type="pil")
        slider = gr.ImageSlider()
        photo.upload(lambda img: (img, img.convert("L").convert("RGB")), photo, slider)
    ui = Frontend(demo)
    ui.upload(photo, RED, "red.png")
    # both came back as PIL images: shown from their pixels, as gradio 6.31 saves them as image.webp
    assert [side["orig_name"] for side in ui.value(slider)] == ["image.webp", "image.webp"]
    assert [shown["kind"] for shown in ui.displayed(slider)] == ["pixels", "pixels"]
    first, second = (PILImage.open(io.BytesIO(ui.file_bytes(slider, i))).convert("RGB") for i in (0, 1))
    assert rgb(first) == (200, 0, 0) and len(set(rgb(second))) == 1  # the original, then its gray
    demo.close()


def test_bad_output_fails_clearly_and_the_app_keeps_working():
    with gr.Blocks() as demo:
        bad = gr.Button("Bad")
        good = gr.Button("Good")
        slider = gr.ImageSlider()
        bad.click(lambda: np.zeros((2, 2, 3), np.uint8), None, slider)
        good.click(lambda: (np.zeros((2, 2, 3), np.uint8), None), None, slider)
    ui = Frontend(demo)
    ui.click(bad)
    assert "ImageSlider: the value must be a pair of images (first, second), got a ndarray" in (ui.error(slider) or "")
    ui.click(good)
    assert ui.error(slider) is None
    assert ui.value(slider)[0]["orig_name"] == "image.webp" and ui.value(slider)[1] is None
    demo.close()


def test_the_saved_snapshot_shows_both_images():
    import base64
    import re

    with gr.Blocks() as demo:
        gr.ImageSlider((np.full((30, 40, 3), (250, 0, 0), np.uint8), np.full((30, 40, 3), (0, 0, 250), np.uint8)))
        gr.ImageSlider(label="Empty")
    out = demo.to_html()
    uris = re.findall(r'src="data:image/[a-z]+;base64,([A-Za-z0-9+/=]+)"', out)
    assert [rgb(PILImage.open(io.BytesIO(base64.b64decode(u))).convert("RGB"))[2] > 200 for u in uris] == [False, True]
    assert "(no image)" in out


# -- the HTTP API through gradio_client ---------------------------------------------------------


def test_gradio_client_gets_the_pair_as_two_files(tmp_path):
    from gradio_client import Client, handle_file

    from nbblocks.server.api_info import python_type

    source = tmp_path / "in.png"
    source.write_bytes(RED)
    with gr.Blocks() as demo:
        inp = gr.ImageSlider(type="numpy")
        out = gr.ImageSlider()
        inp.change(lambda pair: (pair[0], 255 - pair[0]), inp, out, api_name="invert")
    _, url, _ = demo.launch(prevent_thread_lock=True, quiet=True)
    try:
        client = Client(url, verbose=False, download_files=str(tmp_path / "dl"))
        info = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/invert"]
        # as gradio 6.31.0 describes the same app
        assert info["returns"][0]["component"] == "Imageslider"
        # gradio 6.31.0: "tuple[filepath | None, filepath | None] | None"; nbblocks spells a
        # file out as the dict it is, as for gr.Image
        side = python_type(gr.Image().api_info())
        assert info["returns"][0]["python_type"]["type"] == f"tuple[{side} | None, {side} | None] | None"
        result = client.predict((handle_file(str(source)), None), api_name="/invert")
        # gradio 6.31.0 returns the same for the same app: a list of the two downloaded files
        assert isinstance(result, list) and len(result) == 2
        assert rgb(result[0]) == (200, 0, 0) and rgb(result[1]) == (55, 255, 255)
        assert all(Path(p).suffix == ".webp" for p in result)
    finally:
        demo.close()
