"""The image editor's view in the harness page: drawing with the pointer, erasing, undo
and redo, crop with crop_size, resize, layers, apply, clear, sources, a value from the
kernel, the static view.

The harness stands in for the kernel's file transport (tests/js/harness/harness.js), so
these tests read back exactly the PNG files the view uploaded; the real kernel path is
covered by tests/test_image_editor.py and tests/browser/test_image_editor_lab.py.
"""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest
from PIL import Image as PILImage

from frontend_harness import b64, clear, kernel_set, messages, mount
from support import chromium
from support.images import png, png_of

BLACK_PEN = {"default_size": 3, "colors": ["#000000"], "default_color": "#000000", "color_mode": "fixed"}


def part(key: str, name: str) -> str:
    return f'#{key} [data-nbblocks-part="{name}"]'


def sent(page, key):
    """(event, value) of every value message of the view, in order; a gesture's later
    events carry its value by naming the message that did (``value_of``)."""
    out, by_seq = [], {}
    for m in messages(page, key):
        content = m["content"] if m["kind"] == "custom" else {}
        if "value" in content:
            by_seq[content["seq"]] = value = content["value"]
        elif "value_of" in content:
            value = by_seq[content["value_of"]]
        else:
            continue
        out.append((content["event"] if content["type"] == "event" else "value", value))
    return out


def upload_names(page, key):
    return [m["content"]["name"] for m in messages(page, key)
            if m["kind"] == "custom" and m["content"]["type"] == "upload" and m["content"]["index"] == 0]


def wait_events(page, key, event, count):
    page.wait_for_function(
        "([key, event, count]) => nb.messages(key).filter(m => m.content && m.content.event === event).length >= count",
        arg=[key, event, count])


def last_value(page, key, event="change"):
    return [v for e, v in sent(page, key) if e == event][-1]


def image_of(page, fd) -> PILImage.Image:
    data = page.evaluate("(p) => nb.fileB64(p)", fd["path"])
    assert data is not None, f"the view did not upload {fd['path']}"
    return PILImage.open(io.BytesIO(base64.b64decode(data))).convert("RGBA")


def canvas_size(page, key):
    return page.evaluate("(key) => { const c = document.querySelector(`#${key} canvas`); return [c.width, c.height]; }", key)


def pixel(page, key, x, y):
    return page.evaluate("([key, x, y]) => Array.from(document.querySelector(`#${key} canvas`).getContext('2d').getImageData(x, y, 1, 1).data)",
                         [key, x, y])


def drag(page, key, points, *, steps=8):
    """Press, move through `points` (image pixels) and release, as a mouse would."""
    box = page.locator(f"#{key} canvas").bounding_box()
    w, h = canvas_size(page, key)
    screen = [(box["x"] + (x + 0.5) * box["width"] / w, box["y"] + (y + 0.5) * box["height"] / h) for x, y in points]
    page.mouse.move(*screen[0])
    page.mouse.down()
    for p in screen[1:]:
        page.mouse.move(*p, steps=steps)
    page.mouse.up()


def sketchpad(page, key="pad", **props):
    mount(page, {"view": "imageeditor", "key": key, "props": {"elem_id": key, "sources": [], "canvas_size": [100, 60],
                                                              "brush": BLACK_PEN, "transforms": ["crop"], **props}})
    page.locator(f"#{key} canvas").wait_for()


# -- drawing -----------------------------------------------------------------------------------


def test_a_stroke_uploads_its_layer_and_the_white_sheet(page, artifacts):
    sketchpad(page)
    assert canvas_size(page, "pad") == [100, 60]
    assert page.locator(part("pad", "tool-brush")).get_attribute("aria-pressed") == "true"  # no sources: the brush is ready
    assert page.locator(part("pad", "dropzone")).count() == 0
    drag(page, "pad", [(10, 30), (90, 30)])
    wait_events(page, "pad", "change", 1)
    assert [e for e, _ in sent(page, "pad")] == ["input", "change"]
    assert sorted(upload_names(page, "pad")) == ["background.png", "layer_0.png"]
    value = last_value(page, "pad")
    assert value["composite"] is None  # drawn on: the kernel composes it
    layer, background = image_of(page, value["layers"][0]), image_of(page, value["background"])
    assert layer.size == (100, 60)
    assert layer.getpixel((50, 30)) == (0, 0, 0, 255) and layer.getpixel((50, 10))[3] == 0
    assert background.getextrema() == ((255, 255), (255, 255), (255, 255), (255, 255))  # a white sheet
    assert pixel(page, "pad", 50, 30) == [0, 0, 0, 255] and pixel(page, "pad", 50, 10) == [255, 255, 255, 255]
    page.locator("#pad").screenshot(path=artifacts / "editor-harness-stroke.png")
    # the download button saves the composite as shown
    with page.expect_download() as info:
        page.locator(part("pad", "download")).click()
    saved = PILImage.open(info.value.path()).convert("RGBA")
    assert info.value.suggested_filename == "image.png" and saved.size == (100, 60)
    assert saved.getpixel((50, 30)) == (0, 0, 0, 255) and saved.getpixel((50, 10)) == (255, 255, 255, 255)


def test_eraser_undo_redo_and_keyboard_shortcuts(page):
    sketchpad(page, eraser={"default_size": 6})
    drag(page, "pad", [(10, 30), (90, 30)])
    wait_events(page, "pad", "change", 1)
    page.locator(part("pad", "tool-eraser")).click()
    drag(page, "pad", [(50, 5), (50, 55)])
    wait_events(page, "pad", "change", 2)
    erased = last_value(page, "pad")
    assert pixel(page, "pad", 50, 30) == [255, 255, 255, 255]
    assert image_of(page, erased["layers"][0]).getpixel((50, 30))[3] == 0
    assert image_of(page, erased["layers"][0]).getpixel((20, 30)) == (0, 0, 0, 255)
    assert erased["background"] == last_value(page, "pad")["background"]
    page.locator(part("pad", "undo")).click()
    wait_events(page, "pad", "change", 3)
    assert image_of(page, last_value(page, "pad")["layers"][0]).getpixel((50, 30)) == (0, 0, 0, 255)
    page.locator(part("pad", "redo")).click()
    wait_events(page, "pad", "change", 4)
    assert image_of(page, last_value(page, "pad")["layers"][0]).getpixel((50, 30))[3] == 0
    page.locator("#pad").focus()
    page.keyboard.press("Control+z")
    page.keyboard.press("Control+z")  # before the stroke too: nothing drawn, the composite is the background
    wait_events(page, "pad", "change", 6)
    undone = last_value(page, "pad")
    assert undone["composite"] == undone["background"] and pixel(page, "pad", 50, 30) == [255, 255, 255, 255]
    assert page.locator(part("pad", "undo")).is_disabled()
    page.keyboard.press("Control+Shift+z")
    wait_events(page, "pad", "change", 7)
    assert pixel(page, "pad", 50, 30) == [0, 0, 0, 255]


def test_brush_colours_opacity_and_size(page):
    brush = {"default_size": 2, "colors": ["#ff0000", ["#0000ff", 0.5]], "default_color": "#ff0000", "color_mode": "defaults"}
    sketchpad(page, brush=brush)
    swatches = page.locator(part("pad", "color"))
    assert swatches.count() == 2 and swatches.first.get_attribute("aria-pressed") == "true"
    assert page.locator(part("pad", "color-picker")).count() == 1
    swatches.nth(1).click()
    drag(page, "pad", [(10, 20), (90, 20)])
    wait_events(page, "pad", "change", 1)
    layer = image_of(page, last_value(page, "pad")["layers"][0])
    r, g, b, a = layer.getpixel((50, 20))
    assert (r, g, b) == (0, 0, 255) and 120 <= a <= 135  # half opacity, once: overlapping segments do not add up
    assert layer.getpixel((50, 23))[3] == 0  # radius 2
    page.locator(part("pad", "brush-size")).fill("10")
    page.locator(part("pad", "color-picker")).evaluate("(el) => { el.value = '#00ff00'; el.dispatchEvent(new Event('input')); }")
    drag(page, "pad", [(10, 45), (90, 45)])
    wait_events(page, "pad", "change", 2)
    layer = image_of(page, last_value(page, "pad")["layers"][0])
    assert layer.getpixel((50, 45)) == (0, 255, 0, 255) and layer.getpixel((50, 36))[3] == 255  # radius 10
    sketchpad(page, key="fixed")
    assert page.locator(part("fixed", "color-picker")).count() == 0  # color_mode "fixed": the palette only


# -- backgrounds, crop, resize --------------------------------------------------------------------


def test_an_untouched_upload_is_sent_as_it_is(page):
    mount(page, {"view": "imageeditor", "key": "ed", "props": {"elem_id": "ed"}})
    assert page.locator(part("ed", "tool-brush")).get_attribute("aria-pressed") == "false"
    data = png((30, 20), (0, 0, 255))
    page.set_input_files(part("ed", "file-input"), files=[{"name": "blue.png", "mimeType": "image/png", "buffer": data}])
    wait_events(page, "ed", "change", 1)
    assert [e for e, _ in sent(page, "ed")] == ["upload", "input", "change"]
    value = last_value(page, "ed")
    assert value["background"]["orig_name"] == "blue.png" and value["composite"] == value["background"]
    assert sorted(upload_names(page, "ed")) == ["blue.png", "layer_0.png"]
    assert canvas_size(page, "ed") == [30, 20] and pixel(page, "ed", 5, 5) == [0, 0, 255, 255]
    assert page.locator(part("ed", "tool-brush")).get_attribute("aria-pressed") == "true"  # ready to draw on it
    # drawing then uploads the layer only
    drag(page, "ed", [(2, 10), (28, 10)])
    wait_events(page, "ed", "change", 2)
    assert sorted(upload_names(page, "ed")) == ["blue.png", "layer_0.png", "layer_0.png"]
    assert last_value(page, "ed")["background"]["orig_name"] == "blue.png" and last_value(page, "ed")["composite"] is None


def test_crop_size_ratio_on_upload_and_in_the_crop_tool(page, artifacts):
    mount(page, {"view": "imageeditor", "key": "sq", "props": {"elem_id": "sq", "crop_size": "1:1"}})
    img = np.zeros((60, 120, 3), np.uint8)
    img[:, :, 0] = np.arange(120, dtype=np.uint8)[None, :] * 2
    page.set_input_files(part("sq", "file-input"), files=[{"name": "wide.png", "mimeType": "image/png", "buffer": png_of(img)}])
    wait_events(page, "sq", "change", 1)
    assert canvas_size(page, "sq") == [60, 60]
    value = last_value(page, "sq")
    background = image_of(page, value["background"])
    assert value["background"]["orig_name"] == "background.png" and background.size == (60, 60)
    assert background.getpixel((0, 0))[0] == 60 and background.getpixel((59, 0))[0] == 2 * 89  # the centre 60 columns
    page.locator(part("sq", "tool-crop")).click()
    frame = page.locator(part("sq", "crop-box"))
    assert frame.get_attribute("data-box") == "0,0,60,60"
    assert page.locator(part("sq", "crop-handle")).evaluate_all("(hs) => hs.filter(h => !h.hidden).map(h => h.dataset.handle)") == ["nw", "ne", "se", "sw"]
    handle = page.locator(part("sq", "crop-handle") + '[data-handle="se"]').bounding_box()
    page.mouse.move(handle["x"] + 5, handle["y"] + 5)
    page.mouse.down()
    page.mouse.move(handle["x"] - 150, handle["y"] - 60, steps=6)
    page.mouse.up()
    x, y, w, h = map(int, frame.get_attribute("data-box").split(","))
    assert (x, y) == (0, 0) and w == h and 20 <= w <= 50
    page.locator("#sq").screenshot(path=artifacts / "editor-harness-crop.png")
    # drag the box itself, then crop
    inner = frame.bounding_box()
    page.mouse.move(inner["x"] + inner["width"] / 2, inner["y"] + inner["height"] / 2)
    page.mouse.down()
    page.mouse.move(inner["x"] + inner["width"] / 2 + 2000, inner["y"] + inner["height"] / 2 + 2000, steps=4)
    page.mouse.up()
    assert frame.get_attribute("data-box") == f"{60 - w},{60 - w},{w},{w}"
    page.locator(part("sq", "crop-apply")).click()
    wait_events(page, "sq", "change", 2)
    assert canvas_size(page, "sq") == [w, w]
    cropped = last_value(page, "sq")
    assert cropped["composite"] == cropped["background"] and image_of(page, cropped["layers"][0]).size == (w, w)
    assert image_of(page, cropped["background"]).getpixel((0, 0))[0] == 2 * (30 + 60 - w)


def test_crop_size_in_pixels_fixes_the_box(page):
    mount(page, {"view": "imageeditor", "key": "px", "props": {"elem_id": "px", "crop_size": [20, 10]}})
    page.set_input_files(part("px", "file-input"), files=[{"name": "a.png", "mimeType": "image/png", "buffer": png((50, 40))}])
    wait_events(page, "px", "change", 1)
    assert canvas_size(page, "px") == [20, 10]


def test_fixed_canvas_and_resize(page):
    mount(page, {"view": "imageeditor", "key": "fx", "props": {"elem_id": "fx", "fixed_canvas": True, "canvas_size": [80, 80]}})
    page.set_input_files(part("fx", "file-input"), files=[{"name": "a.png", "mimeType": "image/png", "buffer": png((100, 50), (0, 200, 0))}])
    wait_events(page, "fx", "change", 1)
    assert canvas_size(page, "fx") == [80, 80]
    assert pixel(page, "fx", 40, 10)[3] == 0 and pixel(page, "fx", 40, 40) == [0, 200, 0, 255]
    assert last_value(page, "fx")["background"]["orig_name"] == "background.png"  # scaled: a new file
    page.locator(part("fx", "tool-resize")).click()
    assert page.locator(part("fx", "resize-width")).input_value() == "80"
    page.locator(part("fx", "resize-width")).fill("40")
    page.locator(part("fx", "resize-height")).fill("20")
    page.locator(part("fx", "resize-apply")).click()
    wait_events(page, "fx", "change", 2)
    assert canvas_size(page, "fx") == [40, 20]
    assert image_of(page, last_value(page, "fx")["background"]).size == (40, 20)
    page.locator(part("fx", "tool-resize")).click()
    page.locator(part("fx", "resize-width")).fill("60")
    page.locator(part("fx", "resize-scale")).uncheck()
    page.locator(part("fx", "resize-apply")).click()
    wait_events(page, "fx", "change", 3)
    assert canvas_size(page, "fx") == [60, 20] and pixel(page, "fx", 2, 10)[3] == 0  # kept its size, centred


# -- layers ---------------------------------------------------------------------------------------


def test_layers_add_select_remove(page):
    sketchpad(page, layers={"allow_additional_layers": True, "layers": ["Ink"], "disabled": False})
    assert page.locator(part("pad", "layer")).all_inner_texts() == ["Ink"]
    assert page.locator(part("pad", "layer-remove")).count() == 0  # the last layer stays
    drag(page, "pad", [(10, 10), (90, 10)])
    wait_events(page, "pad", "change", 1)
    page.locator(part("pad", "layer-add")).click()
    wait_events(page, "pad", "change", 2)
    assert page.locator(part("pad", "layer")).all_inner_texts() == ["Ink", "Layer 2"]
    assert page.locator(part("pad", "layer") + '[data-index="1"]').get_attribute("aria-pressed") == "true"
    drag(page, "pad", [(10, 50), (90, 50)])
    wait_events(page, "pad", "change", 3)
    value = last_value(page, "pad")
    ink, second = image_of(page, value["layers"][0]), image_of(page, value["layers"][1])
    assert ink.getpixel((50, 10))[3] == 255 and ink.getpixel((50, 50))[3] == 0
    assert second.getpixel((50, 50))[3] == 255 and second.getpixel((50, 10))[3] == 0
    assert upload_names(page, "pad").count("layer_0.png") == 1  # the first layer did not change: not sent again
    page.locator(part("pad", "layer") + '[data-index="0"]').click()
    page.locator(part("pad", "layer-remove") + '[data-index="0"]').click()
    wait_events(page, "pad", "change", 4)
    value = last_value(page, "pad")
    assert len(value["layers"]) == 1 and image_of(page, value["layers"][0]).getpixel((50, 50))[3] == 255
    assert pixel(page, "pad", 50, 10) == [255, 255, 255, 255]
    sketchpad(page, key="one", layers={"allow_additional_layers": True, "layers": ["Layer 1"], "disabled": True})
    assert page.locator(part("one", "layers")).is_hidden()


# -- apply, clear, values from the kernel, the static view ------------------------------------------


def test_apply_sends_the_value_without_uploading_again_and_clear_sends_null(page):
    sketchpad(page)
    drag(page, "pad", [(10, 30), (90, 30)])
    wait_events(page, "pad", "change", 1)
    uploads_before = len(upload_names(page, "pad"))
    page.locator(part("pad", "apply")).click()
    wait_events(page, "pad", "apply", 1)
    assert sent(page, "pad")[-1] == ("apply", last_value(page, "pad"))
    assert len(upload_names(page, "pad")) == uploads_before
    clear(page)
    page.locator(part("pad", "clear")).click()
    assert sent(page, "pad") == [("clear", None), ("input", None), ("change", None)]
    assert pixel(page, "pad", 50, 30) == [255, 255, 255, 255] and page.locator(part("pad", "undo")).is_disabled()


def test_clear_brings_back_the_drop_zone(page):
    mount(page, {"view": "imageeditor", "key": "ed", "props": {"elem_id": "ed"}})
    page.locator(part("ed", "dropzone")).wait_for()
    page.set_input_files(part("ed", "file-input"), files=[{"name": "a.png", "mimeType": "image/png", "buffer": png((9, 9))}])
    wait_events(page, "ed", "change", 1)
    assert page.locator(part("ed", "dropzone")).is_hidden()
    page.locator(part("ed", "clear")).click()
    page.locator(part("ed", "dropzone")).wait_for()


def test_a_value_from_the_kernel_is_drawn_and_edited_on(page):
    bg = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["bg.png", b64(png((40, 20), (200, 200, 0)))])
    handle = "e" * 32 + "/image.webp"
    layer = {"path": handle, "url": None, "size": None, "orig_name": "image.webp", "mime_type": "image/webp", "is_stream": False,
             "meta": {"_type": "gradio.FileData"}}
    rgba = np.zeros((20, 40, 4), np.uint8)
    rgba[0:5, 0:5] = (255, 0, 255, 255)
    mount(page, {"view": "imageeditor", "key": "kv", "props": {"elem_id": "kv"},
                 "value": {"background": bg, "layers": [layer], "composite": None},
                 "blobs": {handle: {"kind": "pixels", "width": 40, "height": 20, "channels": 4, "data": {"b64": b64(rgba.tobytes())}}}})
    page.wait_for_function("document.querySelector('#kv canvas').width === 40")
    assert pixel(page, "kv", 2, 2) == [255, 0, 255, 255] and pixel(page, "kv", 20, 10) == [200, 200, 0, 255]
    assert sent(page, "kv") == []  # a value from the kernel is drawn, never sent back
    drag(page, "kv", [(10, 15), (35, 15)])
    wait_events(page, "kv", "change", 1)
    value = last_value(page, "kv")
    assert value["background"] == bg and upload_names(page, "kv") == ["layer_0.png"]
    assert image_of(page, value["layers"][0]).getpixel((2, 2)) == (255, 0, 255, 255)
    # a new value from the kernel replaces the document and its history
    other = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["other.png", b64(png((12, 12), (0, 0, 0)))])
    kernel_set(page, "kv", {"value": {"background": other, "layers": [], "composite": other}})
    page.wait_for_function("document.querySelector('#kv canvas').width === 12")
    assert page.locator(part("kv", "undo")).is_disabled()
    assert page.locator(part("kv", "layer")).all_inner_texts() == ["Layer 1"]


def test_the_static_view_shows_the_composite_and_sends_select(page):
    composite = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["c.png", b64(png((200, 100), (0, 0, 0)))])
    mount(page, {"view": "imageeditor", "key": "st", "props": {"elem_id": "st", "interactive": False, "width": 300},
                 "value": {"background": None, "layers": [], "composite": composite}, "events": ["select"]})
    page.wait_for_function("document.querySelector('#st canvas').width === 200")
    for name in ("tools", "sources", "apply", "clear", "layers", "tool-options"):
        assert page.locator(part("st", name)).is_hidden(), name
    assert page.locator(part("st", "download")).is_visible()
    canvas = page.locator("#st canvas")
    box = canvas.bounding_box()
    canvas.click(position={"x": box["width"] * 0.75, "y": box["height"] * 0.5})
    select = [m["content"] for m in messages(page, "st") if m["content"].get("event") == "select"]
    x, y = select[0]["data"]["index"]
    assert abs(x - 150) <= 2 and abs(y - 50) <= 2
    mount(page, {"view": "imageeditor", "key": "none", "props": {"elem_id": "none", "interactive": False}})
    assert page.locator(part("none", "empty")).is_visible() and page.locator(part("none", "stage")).is_hidden()


def test_paste_a_background(page):
    mount(page, {"view": "imageeditor", "key": "ps", "props": {"elem_id": "ps"}})
    page.evaluate("""(b) => {
        const bytes = Uint8Array.from(atob(b), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], "image.png", {type: "image/png"}));
        document.querySelector('#ps').dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true}));
    }""", b64(png((7, 5))))
    wait_events(page, "ps", "change", 1)
    assert upload_names(page, "ps")[0] == "clipboard.png" and canvas_size(page, "ps") == [7, 5]
    assert [e for e, _ in sent(page, "ps")] == ["upload", "input", "change"]


# -- the webcam, with Chromium's fake camera ---------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    """The harness's Chromium, plus a fake camera it grants without asking."""
    with chromium.launched(*chromium.FAKE_CAMERA) as browser:
        yield browser


def test_a_webcam_picture_becomes_the_background(page, server_url):
    page.context.grant_permissions(["camera"], origin=server_url)
    mount(page, {"view": "imageeditor", "key": "cam", "props": {"elem_id": "cam", "webcam_options": {"mirror": False, "constraints": None}}})
    page.locator(part("cam", "source-webcam")).click()
    page.wait_for_function("document.querySelector('#cam video').videoWidth > 0")
    w, h = page.evaluate("() => { const v = document.querySelector('#cam video'); return [v.videoWidth, v.videoHeight]; }")
    page.locator(part("cam", "capture")).click()
    wait_events(page, "cam", "change", 1)
    assert [e for e, _ in sent(page, "cam")] == ["input", "change"]  # a snapshot is not an upload event
    assert canvas_size(page, "cam") == [w, h] and upload_names(page, "cam")[0] == "webcam.png"
    assert page.locator(part("cam", "webcam-video")).is_hidden()


def test_touch_draws_like_a_mouse(page):
    sketchpad(page)
    page.evaluate("""() => {
        const c = document.querySelector('#pad canvas');
        const r = c.getBoundingClientRect();
        const at = (x) => ({clientX: r.left + (x + 0.5) * r.width / c.width, clientY: r.top + 30.5 * r.height / c.height});
        const fire = (type, x) => c.dispatchEvent(new PointerEvent(type, {...at(x), pointerId: 7, pointerType: 'touch',
            isPrimary: true, button: type === 'pointermove' ? -1 : 0, buttons: type === 'pointerup' ? 0 : 1, bubbles: true}));
        fire('pointerdown', 10);
        for (let x = 10; x <= 90; x += 10) fire('pointermove', x);
        fire('pointerup', 90);
    }""")
    wait_events(page, "pad", "change", 1)
    layer = image_of(page, last_value(page, "pad")["layers"][0])
    assert layer.getpixel((50, 30)) == (0, 0, 0, 255) and layer.getpixel((50, 10))[3] == 0
    assert page.locator("#pad canvas").evaluate("(c) => getComputedStyle(c).touchAction") == "none"


SEPARATORS = """(key) => Array.from(document.querySelectorAll(`#${key} .nbb-editor-group`))
    .filter((g) => !g.hidden)
    .map((g) => [Math.round(g.offsetTop), getComputedStyle(g).borderLeftStyle !== 'none'
                 && getComputedStyle(g).borderLeftColor !== 'rgba(0, 0, 0, 0)'])"""


def test_toolbar_separators_only_between_groups_on_one_row(page):
    """A separator stands between two visible groups of one row: none before a group that
    begins a wrapped row, and none in a read-only editor with one group left."""
    mount(page, {"view": "imageeditor", "key": "wide", "props": {"elem_id": "wide", "width": 700}})
    wide = page.evaluate(SEPARATORS, "wide")
    assert len(wide) == 4 and len({top for top, _ in wide}) == 1  # one row
    assert [sep for _, sep in wide] == [False, True, True, True]

    mount(page, {"view": "imageeditor", "key": "narrow", "props": {"elem_id": "narrow", "width": 230}})
    narrow = page.evaluate(SEPARATORS, "narrow")
    assert len({top for top, _ in narrow}) > 1  # wrapped
    for (top_before, _), (top, sep) in zip(narrow, narrow[1:]):
        assert sep == (top == top_before), narrow
    assert narrow[0][1] is False

    mount(page, {"view": "imageeditor", "key": "ro", "props": {"elem_id": "ro", "interactive": False, "width": 300}})
    assert page.evaluate(SEPARATORS, "ro") == [[page.evaluate(SEPARATORS, "ro")[0][0], False]]


def test_the_white_sheet_has_a_visible_edge(page):
    """The sketchpad's white sheet on a white card: its edge differs enough from white to
    be seen (contrast at least 1.4:1; the old edge was 1.26:1)."""
    mount(page, {"view": "imageeditor", "key": "sheet", "props": {"elem_id": "sheet", "sources": [], "canvas_size": [120, 80]}})
    shadow = page.locator("#sheet .nbb-editor-surface").evaluate("el => getComputedStyle(el).boxShadow")
    r, g, b = (int(v) / 255 for v in shadow.split("rgb(")[1].split(")")[0].split(",")[:3])
    lum = sum(w * (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4) for w, c in zip((0.2126, 0.7152, 0.0722), (r, g, b)))
    assert 1.05 / (lum + 0.05) >= 1.4, shadow
