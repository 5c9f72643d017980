"""The image editor in JupyterLab, in Chromium, with the real kernel: a brush stroke whose
pixels reach the kernel in the composite, the eraser, undo, apply, and a crop kept to a
crop_size ratio."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from pages import open_app as open_app_in, part
from support.images import gradient, png_of

pytestmark = pytest.mark.browser

APP = '''\
import numpy as np
import nbblocks as gr


def describe(v):
    if v is None:
        return "none"
    c = v["composite"]
    return f"{c.shape[1]}x{c.shape[0]} layers={len(v['layers'])}"


def probe(v):
    """The composite's pixels on the stroke and beside it, and the layer's alpha on it."""
    if v is None:
        return "none"
    c, layer = v["composite"], v["layers"][0]
    return f"on={tuple(int(x) for x in c[60, 100])} off={tuple(int(x) for x in c[15, 100])} alpha={int(layer[60, 100, 3])}"


with gr.Blocks() as demo:
    pad = gr.Sketchpad(label="Pad", elem_id="pad", canvas_size=(200, 120), brush=gr.Brush(default_size=4, colors=["#000000"],
                       color_mode="fixed"), eraser=gr.Eraser(default_size=10))
    info = gr.Textbox(label="Info", elem_id="info")
    pixels = gr.Textbox(label="Pixels", elem_id="pixels")
    applied = gr.Textbox(label="Applied", elem_id="applied")
    pad.change(describe, pad, info)
    pad.change(probe, pad, pixels)
    pad.apply(lambda v: "applied " + describe(v), pad, applied)

    photo = gr.ImageEditor(label="Photo", elem_id="photo", crop_size="4:3")
    size = gr.Textbox(label="Size", elem_id="size")
    photo.change(describe, photo, size)
demo
'''


def open_app(page: Page, open_and_run, lab_server, name: str) -> Locator:
    return open_app_in(page, open_and_run, lab_server, name, APP)


def drag(page: Page, canvas: Locator, points: list[tuple[float, float]]) -> None:
    """Press, move through `points` (image pixels) and release."""
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    width, height = canvas.evaluate("(c) => [c.width, c.height]")
    screen = [(box["x"] + (x + 0.5) * box["width"] / width, box["y"] + (y + 0.5) * box["height"] / height) for x, y in points]
    page.mouse.move(*screen[0])
    page.mouse.down()
    for point in screen[1:]:
        page.mouse.move(*point, steps=10)
    page.mouse.up()


def test_draw_erase_undo_and_apply_reach_the_kernel(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    app = open_app(page, open_and_run, lab_server, "image_editor_draw_lab.ipynb")
    pad = app.locator("#pad")
    canvas = part(pad, "canvas")
    info, pixels, applied = (part(app.locator(f"#{key}"), "input") for key in ("info", "pixels", "applied"))
    expect(canvas).to_be_visible()
    assert canvas.evaluate("(c) => [c.width, c.height]") == [200, 120]

    # A black stroke across the middle: the kernel's composite has its pixels, the sheet stays white.
    drag(page, canvas, [(20, 60), (180, 60)])
    expect(info).to_have_value("200x120 layers=1")
    expect(pixels).to_have_value("on=(0, 0, 0, 255) off=(255, 255, 255, 255) alpha=255")
    pad.screenshot(path=artifacts / "image-editor-lab-stroke.png")

    # The eraser takes the stroke off its layer where it passes.
    part(pad, "tool-eraser").click()
    drag(page, canvas, [(100, 10), (100, 110)])
    expect(pixels).to_have_value("on=(255, 255, 255, 255) off=(255, 255, 255, 255) alpha=0")

    # Undo brings the erased part back.
    part(pad, "undo").click()
    expect(pixels).to_have_value("on=(0, 0, 0, 255) off=(255, 255, 255, 255) alpha=255")

    # Apply sends the value with `apply`.
    part(pad, "apply").click()
    expect(applied).to_have_value("applied 200x120 layers=1")
    app.screenshot(path=artifacts / "image-editor-lab-app.png")


def test_crop_keeps_the_crop_size_ratio(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    app = open_app(page, open_and_run, lab_server, "image_editor_crop_lab.ipynb")
    photo = app.locator("#photo")
    size = part(app.locator("#size"), "input")
    with page.expect_file_chooser() as chooser:
        part(photo, "dropzone").click()
    chooser.value.set_files(files=[{"name": "wide.png", "mimeType": "image/png", "buffer": png_of(gradient(320, 160))}])
    # 320x160 cut to 4:3 around its centre on arrival.
    expect(size).to_have_value("213x160 layers=1")

    part(photo, "tool-crop").click()
    frame = part(photo, "crop-box")
    expect(frame).to_have_attribute("data-box", "0,0,213,160")
    corner = photo.locator('[data-nbblocks-part="crop-handle"][data-handle="nw"]')
    corner.scroll_into_view_if_needed()
    handle = corner.bounding_box()
    page.mouse.move(handle["x"] + 5, handle["y"] + 5)
    page.mouse.down()
    page.mouse.move(handle["x"] + 120, handle["y"] + 40, steps=8)
    page.mouse.up()
    x0, y0, w, h = map(int, frame.get_attribute("data-box").split(","))
    assert abs(w - h * 4 / 3) <= 1 and w < 213 and (x0 + w, y0 + h) == (213, 160)  # anchored at the opposite corner
    photo.screenshot(path=artifacts / "image-editor-lab-crop.png")
    part(photo, "crop-apply").click()
    expect(size).to_have_value(f"{w}x{h} layers=1")
