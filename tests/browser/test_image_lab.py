"""gr.Image in JupyterLab, in Chromium: upload through the file chooser, paste from the
clipboard, a webcam snapshot and a stream from Chromium's fake camera, a click that
selects a pixel, and the download button saving the file in the Image's ``format``."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from lab_harness import run_cell
from PIL import Image as PILImage
from playwright.sync_api import Locator, Page, expect

from pages import open_app as open_app_in, part
from support import chromium
from support.images import gradient, png_of

pytestmark = pytest.mark.browser


APP = '''\
import tempfile
from pathlib import Path

import numpy as np
import nbblocks as gr


def describe(img):
    return "none" if img is None else f"{img.shape[1]}x{img.shape[0]}"


def flip(img):
    return None if img is None else img[:, ::-1]


def where(evt: gr.SelectData):
    return f"{evt.index[0]},{evt.index[1]}"


with gr.Blocks() as demo:
    with gr.Row():
        inp = gr.Image(label="Input", elem_id="inp")
        out = gr.Image(label="Output", elem_id="out", format="png", height=120, interactive=False)
    info = gr.Textbox(label="Info", elem_id="info")
    spot = gr.Textbox(label="Spot", elem_id="spot")
    inp.change(describe, inp, info)
    inp.change(flip, inp, out)
    out.select(where, None, spot)
    with gr.Row():
        cam = gr.Image(label="Cam", elem_id="cam", streaming=True)
        frames = gr.Number(label="Frames", elem_id="frames", value=0)
        size = gr.Textbox(label="Frame size", elem_id="size")
    cam.stream(lambda f, n: (n + 1, describe(f)), [cam, frames], [frames, size], stream_every=0.3)
    small = gr.Image(label="Small", elem_id="small", sources=["webcam"],
                     webcam_options=gr.WebcamOptions(mirror=False, constraints={"width": 320, "height": 240}))
    small_info = gr.Textbox(label="Small info", elem_id="small_info")
    small.change(describe, small, small_info)
    docs = gr.File(label="Docs", elem_id="docs")
    docs_info = gr.Textbox(label="Docs info", elem_id="docs_info")
    copy = gr.File(label="Copy", elem_id="copy", interactive=False)
    docs.upload(lambda p: f"{Path(p).name} {Path(p).stat().st_size}", docs, docs_info)

    def copy_file(p):
        target = Path(tempfile.mkdtemp()) / "copy.bin"
        target.write_bytes(Path(p).read_bytes())
        return target

    docs.upload(copy_file, docs, copy)
demo
'''


@pytest.fixture(scope="module")
def browser():
    """Chromium with a fake camera (replaces the harness's browser for this module)."""
    with chromium.launched(*chromium.FAKE_CAMERA) as browser:
        yield browser


def gradient_png(width: int, height: int) -> tuple[bytes, np.ndarray]:
    arr = gradient(width, height)
    return png_of(arr), arr


def open_app(page: Page, open_and_run, lab_server, name: str, *after: str) -> Locator:
    return open_app_in(page, open_and_run, lab_server, name, APP, *after, permissions=["clipboard-read", "clipboard-write", "camera"])


def test_upload_select_and_download(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    app = open_app(page, open_and_run, lab_server, "image_upload_lab.ipynb")
    inp, out = app.locator("#inp"), app.locator("#out")
    info, spot = part(app.locator("#info"), "input"), part(app.locator("#spot"), "input")

    # Upload through the file chooser: the dropzone opens it.
    data, arr = gradient_png(320, 240)
    with page.expect_file_chooser() as chooser:
        part(inp, "dropzone").click()
    chooser.value.set_files(files=[{"name": "gradient.png", "mimeType": "image/png", "buffer": data}])
    expect(info).to_have_value("320x240")
    # The flipped output arrives as raw pixels, drawn into a canvas.
    canvas = out.locator('canvas[data-nbblocks-part="image"]')
    expect(canvas).to_have_attribute("data-kind", "pixels")
    drawn = page.evaluate("""() => { const c = document.querySelector('#out canvas');
        return [c.width, c.height, Array.from(c.getContext('2d').getImageData(0, 0, 1, 1).data)]; }""")
    assert drawn[:2] == [320, 240] and drawn[2][:3] == list(arr[0, -1])
    inp.screenshot(path=artifacts / "image-lab-upload.png")

    # A click on the (scaled) output selects the image pixel under the pointer.
    box = canvas.bounding_box()
    assert abs(box["height"] - 120) < 2 and abs(box["width"] - 160) < 2  # height=120: drawn at half size
    # (A pointer lands on whole device pixels, so allow the rounding of one screen pixel,
    # which is two image pixels at this scale.)
    def clicked_at(x: float, y: float) -> tuple[int, int]:
        before = spot.input_value()
        canvas.click(position={"x": x, "y": y})
        expect(spot).not_to_have_value(before)
        sx, sy = (int(v) for v in spot.input_value().split(","))
        return sx, sy

    x, y = clicked_at(40, 30)
    assert abs(x - 80) <= 2 and abs(y - 60) <= 2
    x, y = clicked_at(box["width"] - 3, box["height"] - 3)
    assert 312 <= x <= 319 and 232 <= y <= 239

    # The download button saves the file the kernel encodes now, in the Image's format.
    with page.expect_download() as info_download:
        part(out, "download").click()
    download = info_download.value
    assert download.suggested_filename == "image.png"
    saved = PILImage.open(download.path())
    assert saved.format == "PNG" and saved.size == (320, 240)
    assert np.array_equal(np.array(saved.convert("RGB")), arr[:, ::-1])
    app.screenshot(path=artifacts / "image-lab-app.png")


def test_paste_from_the_clipboard(page: Page, open_and_run, lab_server) -> None:
    app = open_app(page, open_and_run, lab_server, "image_paste_lab.ipynb")
    inp, info = app.locator("#inp"), part(app.locator("#info"), "input")
    data, _ = gradient_png(48, 36)
    # Put a PNG on the system clipboard, then use the Image's "paste from clipboard" source.
    page.evaluate("""async (bytes) => {
        const blob = new Blob([new Uint8Array(bytes)], {type: 'image/png'});
        await navigator.clipboard.write([new ClipboardItem({'image/png': blob})]);
    }""", list(data))
    part(inp, "source-clipboard").click()
    expect(info).to_have_value("48x36")
    expect(inp.locator('img[data-nbblocks-part="image"]')).to_be_visible()
    # Clearing brings the drop zone back and sends `change` with no picture.
    part(inp, "clear").click()
    expect(info).to_have_value("none")
    expect(part(inp, "dropzone")).to_be_visible()


def test_webcam_snapshot_and_stream(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    app = open_app(page, open_and_run, lab_server, "image_webcam_lab.ipynb")
    inp, info = app.locator("#inp"), part(app.locator("#info"), "input")
    part(inp, "source-webcam").click()
    part(inp, "webcam-start").click()
    expect(part(inp, "webcam-video")).to_be_visible()
    page.wait_for_function("document.querySelector('#inp video').videoWidth > 0")
    width, height = page.evaluate("() => { const v = document.querySelector('#inp video'); return [v.videoWidth, v.videoHeight]; }")
    inp.screenshot(path=artifacts / "image-lab-webcam.png")
    expect(part(inp, "webcam-video")).to_have_class("nbb-webcam-video nbb-mirrored")
    part(inp, "capture").click()
    expect(info).to_have_value(f"{width}x{height}")
    expect(inp.locator('img[data-nbblocks-part="image"]')).to_be_visible()

    # webcam_options: constraints reach getUserMedia, mirror=False shows the camera as is.
    small = app.locator("#small")
    part(small, "webcam-start").click()
    expect(part(small, "webcam-video")).to_have_class("nbb-webcam-video")
    page.wait_for_function("document.querySelector('#small video').videoWidth > 0")
    part(small, "capture").click()
    expect(part(app.locator("#small_info"), "input")).to_have_value("320x240")

    cam = app.locator("#cam")
    part(cam, "webcam-start").click()
    expect(part(cam, "stream-toggle")).to_be_visible()
    part(cam, "stream-toggle").click()
    frames = part(app.locator("#frames"), "input")
    page.wait_for_function("Number(document.querySelector('#frames input').value) >= 3", timeout=30_000)
    part(cam, "stream-toggle").click()
    expect(part(cam, "stream-toggle")).to_have_attribute("aria-pressed", "false")
    expect(part(app.locator("#size"), "input")).to_have_value(f"{width}x{height}")
    stopped = int(frames.input_value())
    # Four ticks of a page timer at the stream's period (stream_every=0.3): the stream's
    # own timer, had it kept running, would have sent a frame on each of them too.
    page.evaluate("""(every) => new Promise((done) => {
        let ticks = 0;
        const timer = setInterval(() => { if (++ticks === 4) { clearInterval(timer); done(); } }, every);
    })""", 300)
    assert int(frames.input_value()) <= stopped + 1  # at most a frame that was on its way


def test_a_large_file_goes_both_ways_in_chunks(page: Page, open_and_run, lab_server) -> None:
    app = open_app(page, open_and_run, lab_server, "file_large_lab.ipynb")
    docs = app.locator("#docs")
    data = np.random.default_rng(7).integers(0, 256, 6 * 1024 * 1024 + 123, dtype=np.uint8).tobytes()
    part(docs, "file-input").set_input_files(files=[{"name": "big.bin", "mimeType": "application/octet-stream", "buffer": data}])
    expect(part(app.locator("#docs_info"), "input")).to_have_value(f"big.bin {len(data)}", timeout=60_000)
    expect(part(docs, "file-size")).to_have_text("6.0 MB")
    # The copy was made in the kernel: the page has no bytes for it and asks (4 MiB chunks).
    copy = app.locator("#copy")
    expect(part(copy, "file-name")).to_have_text("copy.bin")
    with page.expect_download() as info:
        part(copy, "file-link").click()
    assert info.value.suggested_filename == "copy.bin"
    assert Path(info.value.path()).read_bytes() == data


FORGE = '''\
from nbblocks.testing import Frontend

forged = {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}
check = Frontend(demo)
check.set(inp, forged)
assert "was not issued by this app" in check.error(inp)
'''


def test_a_refused_value_clears_on_clear_and_on_a_valid_upload(page: Page, open_and_run, lab_server) -> None:
    """A value the kernel refused shows its error on the component until the next value:
    the clear button or a valid upload removes it (it used to stay until an event had the
    component as an output)."""
    app = open_app(page, open_and_run, lab_server, "image_refused_lab.ipynb", FORGE)
    inp = app.locator("#inp")
    error = part(inp, "error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("Image 'Input': the file '/etc/passwd' was not issued by this app")

    data, _ = gradient_png(32, 24)
    with page.expect_file_chooser() as chooser:
        part(inp, "dropzone").click()
    chooser.value.set_files(files=[{"name": "ok.png", "mimeType": "image/png", "buffer": data}])
    expect(part(app.locator("#info"), "input")).to_have_value("32x24")
    expect(error).to_be_hidden()
    expect(inp).not_to_have_class(re.compile(r"\bnbb-has-error\b"))

    # Refused again, then the clear button.
    run_cell(page, "image_refused_lab.ipynb", "check.set(inp, forged)")
    expect(error).to_be_visible()
    part(inp, "clear").click()
    expect(part(app.locator("#info"), "input")).to_have_value("none")
    expect(error).to_be_hidden()
