"""gr.Image: every parameter, every type x input kind, image_mode, format, GIF, SVG,
refused files, bad input, the fast display path and the events, through Frontend."""

from __future__ import annotations

import io
import struct
import warnings
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from nbblocks import files
from nbblocks.events import SelectData
from nbblocks.testing import Frontend, FrontendError
from support.images import png


def encoded(img: PILImage.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def gif_frames(n=3, size=(5, 4)) -> bytes:
    frames = [PILImage.new("RGB", size, (i * 80, 0, 0)) for i in range(n)]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=50, loop=0)
    return buf.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>'


def echo_app(**image_kwargs):
    """An input Image whose value the function stores and describes."""
    seen: dict = {}
    with gr.Blocks() as demo:
        img = gr.Image(label="Photo", **image_kwargs)
        out = gr.Textbox(label="Out")

        def describe(value):
            seen["value"] = value
            if value is None:
                return "none"
            if isinstance(value, np.ndarray):
                return f"numpy {value.shape} {value.dtype}"
            if isinstance(value, PILImage.Image):
                return f"pil {value.mode} {value.size} frames={getattr(value, 'n_frames', 1)}"
            return f"path {Path(value).name}"

        img.change(describe, img, out)
    return demo, img, out, seen


def output_app(fn, **image_kwargs):
    with gr.Blocks() as demo:
        btn = gr.Button("Go")
        out = gr.Image(label="Result", **image_kwargs)
        btn.click(fn, None, out)
    return demo, btn, out


# -- constructor ----------------------------------------------------------------------------


def test_defaults_and_props():
    with gr.Blocks() as demo:
        img = gr.Image()
    props = Frontend(demo).props(img)
    assert {k: props[k] for k in ("format", "image_mode", "sources", "type", "buttons", "streaming", "webcam_options",
                                  "placeholder", "height", "width")} == {
        "format": "webp", "image_mode": "RGB", "sources": ["upload", "webcam", "clipboard"], "type": "numpy",
        "buttons": ["download", "share", "fullscreen"], "streaming": False,
        "webcam_options": {"mirror": True, "constraints": None}, "placeholder": None, "height": None, "width": None,
    }
    assert props["name"] == "image" and props["interactive"] is True
    demo.close()


def test_constructor_validation():
    with pytest.raises(ValueError, match="Image 'X': type must be one of numpy, pil, filepath"):
        gr.Image(type="tensor", label="X")
    with pytest.raises(ValueError, match="image_mode must be None or one of"):
        gr.Image(image_mode="RGBX")
    with pytest.raises(ValueError, match="format 'nope' cannot be saved by Pillow"):
        gr.Image(format="nope")
    with pytest.raises(ValueError, match="sources must be a list of upload, webcam, clipboard"):
        gr.Image(sources=["scanner"])
    with pytest.raises(ValueError, match="streaming=True needs sources=\\['webcam'\\]"):
        gr.Image(streaming=True, sources=["upload"])
    with pytest.raises(ValueError, match="unknown button 'print'"):
        gr.Image(buttons=["print"])
    with pytest.raises(ValueError, match="custom buttons are not supported"):
        gr.Image(buttons=[gr.Button("x", render=False)])
    assert gr.Image(sources="webcam").sources == ["webcam"]
    assert gr.Image(streaming=True).sources == ["webcam"]
    assert gr.Image(format="jpg").format == "jpg"
    assert gr.Image(buttons=[]).buttons == []
    assert gr.Image(show_download_button=False).buttons == ["share", "fullscreen"]
    legacy = gr.Image(mirror_webcam=False, webcam_constraints={"width": 320})
    assert legacy.webcam_options == gr.WebcamOptions(mirror=False, constraints={"width": 320})
    with pytest.raises(ValueError, match="position must be one of"):
        gr.WatermarkOptions(position="middle")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        marked = gr.Image(watermark=np.zeros((2, 2, 3), np.uint8))
    assert isinstance(marked.watermark, gr.WatermarkOptions) and "WatermarkOptions" in str(caught[0].message)


# -- outputs: the fast path --------------------------------------------------------------------


def test_numpy_output_reaches_the_page_as_raw_pixels_without_encoding():
    arr = np.random.default_rng(0).integers(0, 255, (32, 48, 3), dtype=np.uint8)
    demo, btn, out = output_app(lambda: arr)
    ui = Frontend(demo)
    stored = files._store.stored()
    ui.click(btn)
    value = ui.value(out)
    assert value["orig_name"] == "image.webp" and value["mime_type"] == "image/webp" and value["size"] is None
    assert ui.displayed(out) == [{"kind": "pixels", "width": 48, "height": 32, "channels": 3, "bytes": arr.nbytes}]
    held = ui._held(out)["blobs"][value["path"]]["data"]
    assert held == arr.tobytes()
    entry = demo.files.get(value["path"])
    assert entry.is_pending and files._store.stored() == stored  # nothing encoded, nothing written
    data = ui.file_bytes(out)  # the download encodes it now, in `format`
    assert data[:4] == b"RIFF" and data[8:12] == b"WEBP"
    assert np.array_equal(np.array(PILImage.open(io.BytesIO(data)).convert("RGB")).shape, arr.shape)
    assert not entry.is_pending and entry.size == len(data)
    demo.close()


def test_the_array_is_copied_when_returned():
    arr = np.zeros((4, 4, 3), np.uint8)
    demo, btn, out = output_app(lambda: arr)
    ui = Frontend(demo)
    ui.click(btn)
    arr[:] = 255  # the function's array changes later: the shown image does not
    assert ui._held(out)["blobs"][ui.value(out)["path"]]["data"] == bytes(48)
    demo.close()


@pytest.mark.parametrize("value, channels, first", [
    (np.full((3, 4), 7, np.uint8), 1, [7]),
    (np.full((3, 4, 1), 9, np.uint8), 1, [9]),
    (np.full((3, 4, 4), 200, np.uint8), 4, [200, 200, 200, 200]),
    (np.full((3, 4, 3), 0.5, np.float32), 3, [128, 128, 128]),
    (np.full((3, 4, 3), -1.0), 3, [0, 0, 0]),
    (np.ones((3, 4), bool), 1, [255]),
    (np.full((3, 4, 3), 65535, np.uint16), 3, [255, 255, 255]),
    (np.full((3, 4, 3), 100, np.int64), 3, [100, 100, 100]),
    (PILImage.new("RGB", (4, 3), (1, 2, 3)), 3, [1, 2, 3]),
    (PILImage.new("RGBA", (4, 3), (1, 2, 3, 4)), 4, [1, 2, 3, 4]),
    (PILImage.new("L", (4, 3), 60), 1, [60]),
    (PILImage.new("1", (4, 3), 1), 1, [255]),
    (PILImage.new("CMYK", (4, 3), (0, 0, 0, 0)), 3, [255, 255, 255]),
    (PILImage.new("P", (4, 3), 0), 3, [0, 0, 0]),
    (PILImage.new("LAB", (4, 3), (100, 128, 128)), 3, None),
    (PILImage.new("HSV", (4, 3), (0, 0, 255)), 3, [255, 255, 255]),
    (PILImage.fromarray(np.full((3, 4), 65535, np.uint16)), 1, [255]),
    (PILImage.fromarray(np.full((3, 4), 0.5, np.float32)), 1, [128]),
])
def test_array_and_pil_outputs(value, channels, first):
    demo, btn, out = output_app(lambda: value)
    ui = Frontend(demo)
    ui.click(btn)
    shown = ui.displayed(out)[0]
    assert (shown["kind"], shown["width"], shown["height"], shown["channels"]) == ("pixels", 4, 3, channels)
    if first is not None:
        assert list(ui._held(out)["blobs"][ui.value(out)["path"]]["data"][:channels]) == first
    demo.close()


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("jpeg", b"\xff\xd8\xff"), ("gif", b"GIF8"), ("bmp", b"BM")])
def test_format_is_used_when_a_file_is_needed(fmt, magic):
    demo, btn, out = output_app(lambda: np.full((5, 5, 4), 128, np.uint8), format=fmt)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out)["orig_name"].startswith("image.") and ui.file_bytes(out).startswith(magic)
    demo.close()


def test_path_url_and_file_data_outputs(tmp_path):
    src = tmp_path / "dog.png"
    src.write_bytes(png((7, 3), (0, 255, 0)))
    svg = tmp_path / "logo.svg"
    svg.write_bytes(SVG)
    results = iter([str(src), src, "https://example.com/cat.png", str(svg), None])
    demo, btn, out = output_app(lambda: next(results))
    ui = Frontend(demo)
    for expected_name in ("dog.png", "dog.png"):
        ui.click(btn)
        value = ui.value(out)
        assert value["orig_name"] == expected_name and value["mime_type"] == "image/png" and str(tmp_path) not in value["path"]
        assert ui.displayed(out) == [{"kind": "file", "mime": "image/png", "bytes": src.stat().st_size}]
        assert ui.file_bytes(out) == src.read_bytes()
    ui.click(btn)
    assert ui.value(out)["path"] == ui.value(out)["url"] == "https://example.com/cat.png"
    assert ui.displayed(out) == [{"kind": "url", "url": "https://example.com/cat.png"}]
    with pytest.raises(FrontendError, match="the browser loads it itself"):
        ui.file_bytes(out)
    ui.click(btn)
    assert ui.displayed(out)[0]["mime"] == "image/svg+xml" and ui.file_bytes(out) == SVG
    ui.click(btn)
    assert ui.value(out) is None and ui.displayed(out) == []
    demo.close()


def test_an_input_file_data_can_be_returned_as_is():
    with gr.Blocks() as demo:
        a = gr.Image(type="filepath")
        b = gr.Image()
        a.upload(None, a, b, js="(x) => x")
        a.upload(lambda x: x, a, b, preprocess=False, postprocess=True)
    ui = Frontend(demo, js=lambda code, args: args[0])
    fd = ui.upload(a, png(), "red.png")
    assert ui.value(b)["path"] == fd["path"]
    demo.close()


@pytest.mark.parametrize("bad, message", [
    (np.zeros((2, 2, 5), np.uint8), "cannot show an array of shape (2, 2, 5)"),
    (np.zeros((0, 4, 3), np.uint8), "the image is empty"),
    (np.full((2, 2), np.nan), "NaN or infinite"),
    ({"not": "an image"}, "a dict value must be a FileData with a 'path'"),
    (12, "cannot show a int"),
    ("/no/such/file.png", "no such file"),
])
def test_bad_outputs_fail_clearly_and_the_app_keeps_working(bad, message):
    values = iter([bad, np.zeros((2, 2, 3), np.uint8)])
    demo, btn, out = output_app(lambda: next(values))
    ui = Frontend(demo)
    ui.click(btn)
    assert message in (ui.error(out) or "") or message in str(ui.toasts)
    assert "Image 'Result'" in (ui.error(out) or "")
    ui.click(btn)
    assert ui.error(out) is None and ui.displayed(out)[0]["kind"] == "pixels"
    demo.close()


def test_huge_outputs_are_refused():
    class Huge:
        shape = (100_000, 100_000, 3)
        ndim = 3

        def __array__(self, *a, **k):
            return np.lib.stride_tricks.as_strided(np.zeros(1, np.uint8), shape=self.shape, strides=(0, 0, 0))

    demo, btn, out = output_app(lambda: Huge())
    ui = Frontend(demo)
    ui.click(btn)
    assert "100000x100000 pixels, more than the limit" in ui.error(out)
    demo.close()


def test_watermark_is_drawn_bottom_right():
    mark = np.zeros((2, 3, 3), np.uint8)
    mark[:] = (0, 0, 255)
    demo, btn, out = output_app(lambda: np.full((20, 30, 3), 255, np.uint8), watermark=gr.WatermarkOptions(watermark=mark))
    ui = Frontend(demo)
    ui.click(btn)
    data = np.frombuffer(ui._held(out)["blobs"][ui.value(out)["path"]]["data"], np.uint8).reshape(20, 30, 3)
    assert tuple(data[20 - 10 - 1, 30 - 10 - 1]) == (0, 0, 255)  # 10 px from the bottom-right corner
    assert tuple(data[20 - 10, 30 - 10]) == (255, 255, 255) and tuple(data[0, 0]) == (255, 255, 255)
    demo.close()


def test_initial_value_and_callable_value():
    arr = np.full((2, 3, 3), 9, np.uint8)
    with gr.Blocks() as demo:
        fixed = gr.Image(arr)
        made = gr.Image(lambda: np.full((4, 4), 1, np.uint8))
    ui = Frontend(demo)
    assert ui.displayed(fixed) == [{"kind": "pixels", "width": 3, "height": 2, "channels": 3, "bytes": 18}]
    assert ui.displayed(made)[0]["channels"] == 1
    demo.close()


# -- inputs: type x input kind, image_mode -----------------------------------------------------


RGBA_PNG = encoded(PILImage.new("RGBA", (6, 4), (10, 20, 30, 40)), "PNG")
JPEG = encoded(PILImage.new("RGB", (6, 4), (200, 100, 50)), "JPEG")
PALETTE_PNG = encoded(PILImage.new("P", (6, 4), 3), "PNG")
GRAY_PNG = encoded(PILImage.new("L", (6, 4), 77), "PNG")


@pytest.mark.parametrize("data, name, image_mode, expected", [
    (RGBA_PNG, "a.png", "RGB", "numpy (4, 6, 3) uint8"),
    (RGBA_PNG, "a.png", None, "numpy (4, 6, 4) uint8"),
    (RGBA_PNG, "a.png", "L", "numpy (4, 6) uint8"),
    (JPEG, "b.jpg", None, "numpy (4, 6, 3) uint8"),
    (PALETTE_PNG, "c.png", None, "numpy (4, 6, 3) uint8"),
    (GRAY_PNG, "d.png", "RGB", "numpy (4, 6, 3) uint8"),
    (GRAY_PNG, "d.png", None, "numpy (4, 6) uint8"),
    (gif_frames(), "anim.gif", "RGB", "numpy (4, 5, 3) uint8"),
])
def test_numpy_inputs(data, name, image_mode, expected):
    demo, img, out, seen = echo_app(image_mode=image_mode)
    ui = Frontend(demo)
    ui.upload(img, data, name)
    assert ui.value(out) == expected
    assert seen["value"].flags.writeable
    demo.close()


@pytest.mark.parametrize("data, name, image_mode, expected", [
    (RGBA_PNG, "a.png", "RGB", "pil RGB (6, 4) frames=1"),
    (RGBA_PNG, "a.png", None, "pil RGBA (6, 4) frames=1"),
    (JPEG, "b.jpg", "L", "pil L (6, 4) frames=1"),
    (JPEG, "b.jpg", "CMYK", "pil CMYK (6, 4) frames=1"),
    (gif_frames(4), "anim.gif", "RGB", "pil P (5, 4) frames=4"),
])
def test_pil_inputs(data, name, image_mode, expected):
    demo, img, out, seen = echo_app(type="pil", image_mode=image_mode)
    ui = Frontend(demo)
    ui.upload(img, data, name)
    assert ui.value(out) == expected
    demo.close()


def test_filepath_inputs_keep_or_convert_the_file():
    demo, img, out, seen = echo_app(type="filepath", image_mode=None, format="png")
    ui = Frontend(demo)
    ui.upload(img, JPEG, "holiday.jpg")
    assert ui.value(out) == "path holiday.jpg" and Path(seen["value"]).read_bytes() == JPEG
    ui.upload(img, gif_frames(), "anim.gif")
    assert ui.value(out) == "path anim.gif" and PILImage.open(seen["value"]).n_frames == 3
    demo.close()
    demo, img, out, seen = echo_app(type="filepath", image_mode="L", format="png")
    ui = Frontend(demo)
    ui.upload(img, JPEG, "holiday.jpg")
    assert ui.value(out) == "path holiday.png"  # converted to L, saved in `format`
    assert PILImage.open(seen["value"]).mode == "L"
    demo.close()


@pytest.mark.parametrize("image_type", ["numpy", "pil", "filepath"])
def test_svg_is_always_a_filepath(image_type):
    demo, img, out, seen = echo_app(type=image_type)
    ui = Frontend(demo)
    ui.upload(img, SVG, "logo.svg")
    assert ui.value(out) == "path logo.svg" and Path(seen["value"]).read_bytes() == SVG
    demo.close()


@pytest.mark.parametrize("image_type, check", [
    ("numpy", lambda v: isinstance(v, np.ndarray) and v.shape == (3, 5, 3) and v[0, 0, 1] == 9),
    ("pil", lambda v: isinstance(v, PILImage.Image) and v.mode == "RGB" and v.getpixel((0, 0)) == (9, 9, 9)),
    ("filepath", lambda v: Path(v).suffix == ".png" and PILImage.open(v).size == (5, 3)),
])
def test_an_output_used_as_an_input_needs_no_decoding(image_type, check):
    seen = {}
    with gr.Blocks() as demo:
        a = gr.Image(format="png")
        b = gr.Image(type=image_type, format="png")
        go = gr.Button()
        go.click(lambda: np.full((3, 5, 3), 9, np.uint8), None, a).then(lambda x: seen.setdefault("v", x), a, None)
        a.change(lambda x: x, a, b)
        b.change(lambda x: seen.setdefault("b", x), b, None)
    ui = Frontend(demo)
    ui.click(go)
    assert check(seen["b"])
    demo.close()


# -- refused and bad input -------------------------------------------------------------------------


def test_forged_image_values_are_refused(tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(png())
    demo, img, out, seen = echo_app()
    ui = Frontend(demo)
    for forged in (str(secret), "../" * 5 + "etc/passwd", "https://evil.example/x.png",
                   "0123456789abcdef0123456789abcdef/x.png"):
        ui.set(img, {"path": forged, "meta": {"_type": "gradio.FileData"}})
        assert ui.error(img) == f"Image 'Photo': the file {forged[:80]!r} was not issued by this app and is refused"
        assert "value" not in seen and ui.state_value(img) is None
    ui.upload(img, png(), "ok.png")
    assert ui.value(out) == "numpy (6, 8, 3) uint8"
    demo.close()


def test_corrupt_and_huge_uploads_give_a_clear_error():
    demo, img, out, seen = echo_app()
    ui = Frontend(demo)
    ui.upload(img, b"\x89PNG\r\n\x1a\nthis is not a png", "broken.png")
    assert ui.error(out) == "Image 'Photo': the file 'broken.png' is not an image Pillow can read (UnidentifiedImageError)"
    noise = PILImage.fromarray(np.random.default_rng(1).integers(0, 255, (64, 64, 3), dtype=np.uint8))
    whole = encoded(noise, "PNG")
    ui.upload(img, whole[: len(whole) // 2], "cut.png")
    assert "Image 'Photo'" in ui.error(out) and ("damaged" in ui.error(out) or "cannot read" in ui.error(out))
    # a valid PNG header claiming 100000 x 100000 pixels: refused before decoding
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    bomb = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)) + chunk(b"IEND", b"")
    ui.upload(img, bomb, "bomb.png")
    assert "Image 'Photo'" in ui.error(out) and "too large" in ui.error(out)
    ui.upload(img, png(), "fine.png")
    assert ui.value(out) == "numpy (6, 8, 3) uint8" and ui.error(out) is None
    demo.close()


def test_non_images_are_refused_at_upload():
    demo, img, out, seen = echo_app()
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match=r"Image 'Photo': 'notes.txt' is not an accepted file type \(image\)"):
        ui.upload(img, b"hello", "notes.txt")
    demo.close()


def test_max_file_size_bounds_image_uploads():
    demo, img, out, seen = echo_app()
    demo.max_file_size = 100
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="larger than max_file_size"):
        ui.upload(img, png((64, 64)) + b"\x00" * 200, "big.png")
    assert ui.value(img) is None and "value" not in seen
    demo.close()


def test_url_values_are_never_fetched():
    with gr.Blocks() as demo:
        url_img = gr.Image("https://example.com/cat.png", type="numpy")
        url_path = gr.Image("https://example.com/cat.png", type="filepath")
        out = gr.Textbox()
        gr.Button("a").click(lambda x: "got", url_img, out)
        gr.Button("b").click(lambda x: x, url_path, out)
    ui = Frontend(demo)
    a, b = [blk for blk in demo.blocks.values() if isinstance(blk, gr.Button)]
    ui.click(a)
    assert "the kernel does not fetch URLs" in ui.error(out)
    ui.click(b)
    assert ui.value(out) == "https://example.com/cat.png"
    demo.close()


# -- events --------------------------------------------------------------------------------------


def test_upload_select_clear_events():
    log = []
    with gr.Blocks() as demo:
        img = gr.Image(label="Photo")
        # Listeners of one action run at once in worker threads, so the order their
        # functions start in is the queue's only when they share a concurrency slot.
        one = {"concurrency_id": "log"}
        img.upload(lambda x: log.append(("upload", x.shape)), img, None, **one)
        img.input(lambda x: log.append(("input", None if x is None else x.shape)), img, None, **one)
        img.change(lambda x: log.append(("change", None if x is None else x.shape)), img, None, **one)
        img.clear(lambda: log.append(("clear",)), None, None, **one)

        def picked(evt: gr.SelectData):
            log.append(("select", evt.index, evt.value, evt.selected, isinstance(evt, SelectData)))

        img.select(picked, None, None, **one)
    ui = Frontend(demo)
    ui.upload(img, png((8, 6)), "a.png")
    ui.select(img, [3, 4])
    ui.clear(img)
    assert log == [("upload", (6, 8, 3)), ("input", (6, 8, 3)), ("change", (6, 8, 3)),
                   ("select", [3, 4], None, True, True), ("clear",), ("input", None), ("change", None)]
    assert ui.value(img) is None
    demo.close()


def test_streaming_webcam_frames():
    frames = []
    with gr.Blocks() as demo:
        cam = gr.Image(streaming=True, label="Cam")
        out = gr.Image(label="Flipped")
        cam.stream(lambda f: (frames.append(f.shape), f[:, ::-1])[1], cam, out, stream_every=0.2, time_limit=30)
    ui = Frontend(demo)
    props = ui.props(cam)
    assert props["sources"] == ["webcam"] and props["stream_every"] == 0.2 and props["time_limit"] == 30
    before = len(demo.files)
    for i in range(6):
        ui.stream(cam, np.full((4, 5, 3), i * 10, np.uint8))
    assert frames == [(4, 5, 3)] * 6
    assert ui.displayed(out)[0]["kind"] == "pixels"
    frame_entries = [e for e in demo.files._entries.values() if e.name == "frame.png"]
    assert len(frame_entries) == 4  # only the last frames are kept
    assert len(demo.files) - before <= 4 + 6
    demo.close()


def test_each_uploaded_image_is_a_file_of_its_own():
    demo, img, out, seen = echo_app()
    ui = Frontend(demo)
    first = ui.upload(img, png(), "same.png")
    count = files._store.stored()
    second = ui.upload(img, png(), "same.png")
    assert first["path"] != second["path"] and files._store.stored() == count + 1
    demo.close()


def test_frontend_upload_refuses_what_a_user_cannot_do():
    with gr.Blocks() as demo:
        shown = gr.Image(interactive=False)
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="not interactive"):
        ui.upload(shown, png(), "a.png")
    with pytest.raises(FrontendError, match="one file at a time"):
        gr_img = demo.blocks[shown._id]
        ui._require_interactive = lambda *a: None  # past the page's own check: the view still takes one file
        ui.upload(gr_img, [png(), png()], "a.png")
    demo.close()
