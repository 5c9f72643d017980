"""gr.ImageSlider's view in the harness page: both images drawn from raw pixels, the second
clipped at the handle, the handle dragged with the pointer and moved with the keyboard
(role="slider"), slider_position honoured, the upload of the first image, download and
fullscreen as `buttons` says. The kernel side is covered by tests/test_image_slider.py."""

from __future__ import annotations

from frontend_harness import axe_violations, b64, clear, kernel_set, messages, mount, wire
from support.images import png


def fd(path: str, name: str = "image.webp", mime: str = "image/webp") -> dict:
    return {"path": path, "url": None, "size": None, "orig_name": name, "mime_type": mime, "is_stream": False,
            "meta": {"_type": "gradio.FileData"}}


def pixels(width: int, height: int, rgb: tuple[int, int, int]) -> dict:
    return {"kind": "pixels", "width": width, "height": height, "channels": 3, "data": {"b64": b64(bytes(rgb) * (width * height))}}


FIRST = "a" * 32 + "/image.webp"
SECOND = "b" * 32 + "/image.webp"


def mount_pair(page, key: str, props: dict | None = None) -> None:
    mount(page, {"view": "imageslider", "key": key, "props": {"elem_id": key, "interactive": False, **(props or {})},
                 "value": [fd(FIRST), fd(SECOND)],
                 "blobs": {FIRST: pixels(200, 100, (250, 0, 0)), SECOND: pixels(200, 100, (0, 0, 250))}})
    page.locator(f'#{key} [data-nbblocks-part="handle"]').wait_for()


def color_at(page, key: str, fraction: float) -> tuple[int, int, int]:
    """What the user sees at `fraction` of the slider's width, mid-height: the topmost
    element there (the second image where it is not clipped away, else the first)."""
    return tuple(page.evaluate("""([key, fraction]) => {
        const stage = document.querySelector(`#${key} [data-nbblocks-part="stage"]`);
        const r = stage.getBoundingClientRect();
        const x = r.left + r.width * fraction, y = r.top + r.height / 2;
        const canvas = document.elementsFromPoint(x, y).find((el) => el.tagName === "CANVAS");
        const cr = canvas.getBoundingClientRect();
        const px = Math.floor((x - cr.left) * canvas.width / cr.width), py = Math.floor((y - cr.top) * canvas.height / cr.height);
        return Array.from(canvas.getContext("2d").getImageData(px, py, 1, 1).data.slice(0, 3));
    }""", [key, fraction]))


def test_both_images_show_split_at_slider_position(page):
    mount_pair(page, "sp", {"slider_position": 30})
    handle = page.locator('#sp [data-nbblocks-part="handle"]')
    assert handle.get_attribute("role") == "slider" and handle.get_attribute("aria-valuenow") == "30"
    assert page.locator("#sp canvas").count() == 2
    assert color_at(page, "sp", 0.2) == (250, 0, 0)  # left of the handle: the first image
    assert color_at(page, "sp", 0.4) == (0, 0, 250)  # right of it: the second
    stage = page.locator('#sp [data-nbblocks-part="stage"]').bounding_box()
    box = handle.bounding_box()
    assert abs(box["x"] + box["width"] / 2 - (stage["x"] + 0.3 * stage["width"])) <= 1.5
    # a new slider_position from the kernel moves the handle
    kernel_set(page, "sp", {"props": {**page.evaluate("() => nb.model('sp').get('props')"), "slider_position": 80}})
    page.wait_for_function("document.querySelector('#sp [data-nbblocks-part=handle]').getAttribute('aria-valuenow') === '80'")
    assert color_at(page, "sp", 0.7) == (250, 0, 0)
    assert page.js_errors == []


def test_dragging_the_handle_reveals_one_or_the_other(page):
    mount_pair(page, "dr")
    handle = page.locator('#dr [data-nbblocks-part="handle"]')
    assert handle.get_attribute("aria-valuenow") == "50"
    stage = page.locator('#dr [data-nbblocks-part="stage"]').bounding_box()
    box = handle.bounding_box()
    y = stage["y"] + stage["height"] / 2
    page.mouse.move(box["x"] + box["width"] / 2, y)
    page.mouse.down()
    page.mouse.move(stage["x"] + stage["width"] * 0.9, y, steps=5)
    page.mouse.up()
    now = float(handle.get_attribute("aria-valuenow"))
    assert 88 <= now <= 92
    assert color_at(page, "dr", 0.85) == (250, 0, 0)  # most of it now shows the first image
    page.mouse.move(stage["x"] + stage["width"] * 0.6, y)
    page.mouse.down()  # pressing anywhere on the images moves the handle there
    page.mouse.move(stage["x"] - 40, y, steps=4)  # past the edge: stops at 0
    page.mouse.up()
    assert handle.get_attribute("aria-valuenow") == "0"
    assert color_at(page, "dr", 0.05) == (0, 0, 250)  # all second image
    sent = [m for m in wire(page, "dr") if m[0] == "event"]
    assert sent == []  # moving the handle changes no value and sends nothing
    assert page.js_errors == []


def test_the_keyboard_moves_the_handle(page):
    mount_pair(page, "kb")
    handle = page.locator('#kb [data-nbblocks-part="handle"]')
    handle.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert handle.get_attribute("aria-valuenow") == "52"
    page.keyboard.press("Shift+ArrowLeft")
    assert handle.get_attribute("aria-valuenow") == "42"
    page.keyboard.press("PageUp")
    assert handle.get_attribute("aria-valuenow") == "52"
    page.keyboard.press("Home")
    assert handle.get_attribute("aria-valuenow") == "0" and color_at(page, "kb", 0.5) == (0, 0, 250)
    page.keyboard.press("End")
    assert handle.get_attribute("aria-valuenow") == "100" and color_at(page, "kb", 0.5) == (250, 0, 0)
    assert handle.get_attribute("aria-valuetext") == "100%"
    assert page.js_errors == []


def test_buttons_download_the_second_image_and_go_fullscreen(page):
    data = png((20, 10), (0, 0, 250))
    second = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["after.png", b64(data)])
    mount(page, {"view": "imageslider", "key": "bt", "props": {"elem_id": "bt", "interactive": False},
                 "value": [fd(FIRST), second], "blobs": {FIRST: pixels(20, 10, (250, 0, 0))}})
    page.locator('#bt [data-nbblocks-part="second-image"]').wait_for()
    assert page.locator('#bt [data-nbblocks-part="fullscreen"]').count() == 1
    assert page.locator('#bt [data-nbblocks-part="clear"]').count() == 0  # not interactive
    with page.expect_download() as info:
        page.locator('#bt [data-nbblocks-part="download"]').click()
    download = info.value
    assert download.suggested_filename == "after.png"  # Gradio's download button saves the second image
    with open(download.path(), "rb") as f:
        assert f.read() == data
    page.locator('#bt [data-nbblocks-part="fullscreen"]').click()
    page.wait_for_function("document.fullscreenElement && document.fullscreenElement.matches('#bt [data-nbblocks-part=frame]')")
    page.evaluate("document.exitFullscreen()")
    mount_pair(page, "nb", {"buttons": []})
    assert page.locator('#nb [data-nbblocks-part="toolbar"] button').count() == 0
    mount_pair(page, "fs", {"buttons": ["fullscreen"]})
    assert page.locator('#fs [data-nbblocks-part="toolbar"] button').evaluate_all(
        "(bs) => bs.map((b) => b.dataset.nbblocksPart)") == ["fullscreen"]


def test_a_static_slider_missing_an_image_shows_the_empty_box(page):
    mount(page, {"view": "imageslider", "key": "em", "props": {"elem_id": "em", "interactive": False},
                 "value": [fd(FIRST), None], "blobs": {FIRST: pixels(20, 10, (1, 2, 3))}})
    page.locator('#em [data-nbblocks-part="empty"]').wait_for()
    assert page.locator("#em canvas").count() == 0
    kernel_set(page, "em", {"value": [fd(FIRST), fd(SECOND)],
                            "blobs": {FIRST: pixels(20, 10, (1, 2, 3)), SECOND: pixels(20, 10, (4, 5, 6))}})
    page.locator('#em [data-nbblocks-part="handle"]').wait_for()
    assert page.locator("#em canvas").count() == 2


def test_an_uploaded_image_becomes_the_first_and_clear_empties_both(page):
    mount(page, {"view": "imageslider", "key": "up", "props": {"elem_id": "up"}, "value": None})
    page.locator('#up [data-nbblocks-part="dropzone"]').wait_for()
    data = png((8, 6), (0, 255, 0))
    page.set_input_files('#up [data-nbblocks-part="file-input"]', files=[{"name": "green.png", "mimeType": "image/png", "buffer": data}])
    page.locator('#up [data-nbblocks-part="first-image"]').wait_for()
    assert page.locator('#up [data-nbblocks-part="pending"]').count() == 1  # the second is still to come
    assert [e[1] for e in wire(page, "up") if e[0] == "event"] == ["upload", "input", "change"]
    value = [e for e in wire(page, "up") if e[0] == "update"][-1][1]["value"]
    assert value[0]["orig_name"] == "green.png" and value[1] is None
    assert page.evaluate("(p) => nb.fileB64(p)", value[0]["path"]) == b64(data)
    # the app answers with (original, processed): the slider compares them
    kernel_set(page, "up", {"value": [value[0], fd(SECOND)], "blobs": {SECOND: pixels(8, 6, (0, 0, 250))}})
    page.locator('#up [data-nbblocks-part="second-image"]').wait_for()
    clear(page)
    page.locator('#up [data-nbblocks-part="clear"]').click()
    page.locator('#up [data-nbblocks-part="dropzone"]').wait_for()
    assert [e[1] for e in wire(page, "up") if e[0] == "event"] == ["clear", "input", "change"]
    assert [e for e in wire(page, "up") if e[0] == "update"][-1][1]["value"] == [None, None]
    assert not [m for m in messages(page, "up") if m["kind"] == "custom" and m["content"]["type"] == "upload"]
    assert page.js_errors == []


def test_axe_finds_nothing_to_fix(page):
    mount_pair(page, "ax", {"label": "Before and after"})
    mount(page, {"view": "imageslider", "key": "ay", "props": {"elem_id": "ay", "label": "Yours"}, "value": None})
    page.locator('#ay [data-nbblocks-part="dropzone"]').wait_for()
    assert axe_violations(page, ["#ax", "#ay"]) == []


def test_an_examples_table_draws_both_images_of_a_pair(page):
    before = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["before.png", b64(png((6, 4), (200, 10, 10)))])
    after = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["after.png", b64(png((8, 4), (10, 10, 200)))])
    mount(page, {"view": "dataset", "props": {"elem_id": "ex", "layout": "table", "components": ["imageslider"],
                                              "samples": [[[before, after]], [[before, None]]]}})
    page.wait_for_function("document.querySelectorAll('#ex [data-nbblocks-part=example-image]').length === 3")
    widths = page.locator('#ex [data-nbblocks-part="example-image"]').evaluate_all("(els) => els.map((el) => el.naturalWidth)")
    assert widths == [6, 8, 6]


def test_max_height_scales_both_images_together(page):
    mount(page, {"view": "imageslider", "key": "mh", "props": {"elem_id": "mh", "interactive": False, "max_height": 120},
                 "value": [fd(FIRST), fd(SECOND)],
                 "blobs": {FIRST: pixels(400, 300, (250, 0, 0)), SECOND: pixels(400, 300, (0, 0, 250))}})
    page.locator('#mh [data-nbblocks-part="handle"]').wait_for()
    first = page.locator('#mh [data-nbblocks-part="first-image"]').bounding_box()
    second = page.locator('#mh [data-nbblocks-part="second-image"]').bounding_box()
    assert first["height"] == 120 and abs(first["width"] - 160) <= 1  # the aspect ratio is kept
    assert second == first  # the second lies exactly over the first
    assert color_at(page, "mh", 0.25) == (250, 0, 0) and color_at(page, "mh", 0.75) == (0, 0, 250)
