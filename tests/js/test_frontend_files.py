"""File views in the harness page: Image, File, UploadButton, DownloadButton, Gallery.

The harness stands in for the kernel's file transfer (tests/js/harness/harness.js), so
these tests check what the views send and draw; the real kernel path is covered by
tests/test_files.py, tests/test_image.py and the JupyterLab browser tests.
"""

from __future__ import annotations

import pytest

from frontend_harness import b64, clear, kernel_set, messages, mount, wire
from support.images import png

PNG_RED = None


def fd(path: str, name: str = "image.webp", mime: str = "image/webp", url: str | None = None) -> dict:
    return {"path": path, "url": url, "size": None, "orig_name": name, "mime_type": mime, "is_stream": False,
            "meta": {"_type": "gradio.FileData"}}


def pixels(width: int, height: int, rgb: tuple[int, int, int]) -> dict:
    return {"kind": "pixels", "width": width, "height": height, "channels": 3, "data": {"b64": b64(bytes(rgb) * (width * height))}}


def uploads(page, key):
    return [m for m in messages(page, key) if m["kind"] == "custom" and m["content"]["type"] == "upload"]


def requests_sent(page, key=None):
    return [m for m in messages(page, key) if m["kind"] == "custom" and m["content"]["type"] == "file_request"]


def events(page, key):
    return [e for e in wire(page, key) if e[0] == "event"]


# -- gr.Image -------------------------------------------------------------------------------


def test_image_draws_raw_pixels_into_a_canvas_without_asking(page):
    handle = "a" * 32 + "/image.webp"
    mount(page, {"view": "image", "key": "im", "props": {"elem_id": "im", "interactive": False},
                 "value": fd(handle), "blobs": {handle: pixels(40, 20, (10, 200, 30))}})
    canvas = page.locator('#im canvas[data-nbblocks-part="image"]')
    canvas.wait_for()
    assert canvas.get_attribute("data-kind") == "pixels"
    size = page.evaluate("() => { const c = document.querySelector('#im canvas'); return [c.width, c.height]; }")
    assert size == [40, 20]
    rgba = page.evaluate("() => Array.from(document.querySelector('#im canvas').getContext('2d').getImageData(5, 5, 1, 1).data)")
    assert rgba == [10, 200, 30, 255]
    assert requests_sent(page) == []
    # a new value from the kernel comes with its own pixels
    other = "b" * 32 + "/image.webp"
    kernel_set(page, "im", {"value": fd(other), "blobs": {other: {"kind": "pixels", "width": 3, "height": 2, "channels": 1,
                                                                  "data": {"b64": b64(bytes([0, 50, 100, 150, 200, 250]))}}}})
    page.wait_for_function("document.querySelector('#im canvas').width === 3")
    gray = page.evaluate("() => Array.from(document.querySelector('#im canvas').getContext('2d').getImageData(2, 1, 1, 1).data)")
    assert gray == [250, 250, 250, 255]
    assert page.locator('#im [data-nbblocks-part="clear"]').count() == 0  # not interactive


def test_image_shows_file_bytes_urls_and_asks_for_missing_bytes(page):
    data = png((12, 7), (0, 0, 255))
    handle = "c" * 32 + "/blue.png"
    mount(page, {"view": "image", "key": "f", "props": {"elem_id": "f"}, "value": fd(handle, "blue.png", "image/png"),
                 "blobs": {handle: {"kind": "file", "mime": "image/png", "data": {"b64": b64(data)}}}})
    img = page.locator('#f img[data-nbblocks-part="image"]')
    img.wait_for()
    assert img.get_attribute("data-kind") == "file"
    assert page.evaluate("() => document.querySelector('#f img').naturalWidth") == 12
    url = "data:image/png;base64," + b64(png((5, 5)))
    mount(page, {"view": "image", "key": "u", "props": {"elem_id": "u"}, "value": fd(url, "x.png", "image/png", url=url)})
    page.locator('#u img[data-kind="url"]').wait_for()
    assert page.locator("#u img").get_attribute("src") == url
    assert requests_sent(page) == []
    stored = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["late.png", b64(png((9, 4)))])
    mount(page, {"view": "image", "key": "late", "props": {"elem_id": "late"}, "value": stored})
    page.wait_for_function("document.querySelector('#late img') && document.querySelector('#late img').naturalWidth === 9")
    assert [m["content"]["path"] for m in requests_sent(page, "late")] == [stored["path"]]


def test_image_click_sends_select_with_image_pixel_coordinates(page):
    handle = "d" * 32 + "/image.webp"
    mount(page, {"view": "image", "key": "s", "props": {"elem_id": "s", "width": 200}, "events": ["select"],
                 "value": fd(handle), "blobs": {handle: pixels(400, 200, (1, 2, 3))}})
    canvas = page.locator("#s canvas")
    canvas.wait_for()
    box = canvas.bounding_box()
    assert box["width"] < 400  # drawn smaller than its pixels: coordinates must be scaled
    clear(page)
    canvas.click(position={"x": box["width"] * 0.25, "y": box["height"] * 0.5})
    canvas.click(position={"x": 1.5, "y": box["height"] - 2})
    sent = events(page, "s")
    assert [e[1] for e in sent] == ["select", "select"]
    x, y = sent[0][2]["index"]
    assert abs(x - 100) <= 2 and abs(y - 100) <= 2
    assert sent[0][2]["value"] is None and sent[0][2]["selected"] is True
    x, y = sent[1][2]["index"]
    assert x <= 3 and 194 <= y <= 199


def test_image_upload_through_the_file_chooser(page):
    mount(page, {"view": "image", "key": "up", "props": {"elem_id": "up"}})
    data = png((8, 6), (0, 255, 0))
    page.locator('#up [data-nbblocks-part="dropzone"]').wait_for()
    page.set_input_files('#up [data-nbblocks-part="file-input"]', files=[{"name": "green.png", "mimeType": "image/png", "buffer": data}])
    page.locator('#up img[data-nbblocks-part="image"]').wait_for()
    sent = uploads(page, "up")
    assert len(sent) == 1 and sent[0]["buffers"] == [len(data)]
    first = sent[0]["content"]
    assert first["name"] == "green.png" and first["mime"] == "image/png" and first["size"] == len(data) and first["final"] is True
    names = [e[1] for e in events(page, "up")]
    assert names == ["upload", "input", "change"]
    value = [e for e in wire(page, "up") if e[0] == "update"][-1][1]["value"]
    assert value["orig_name"] == "green.png" and page.evaluate("(p) => nb.fileB64(p)", value["path"]) == b64(data)
    assert requests_sent(page, "up") == []  # drawn from the page's own copy
    page.locator('#up [data-nbblocks-part="clear"]').click()
    assert [e[1] for e in events(page, "up")][-3:] == ["clear", "input", "change"]
    page.locator('#up [data-nbblocks-part="dropzone"]').wait_for()


def test_image_drag_and_drop(page):
    mount(page, {"view": "image", "key": "dd", "props": {"elem_id": "dd"}})
    page.evaluate("""(b) => {
        const bytes = Uint8Array.from(atob(b), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], "dropped.png", {type: "image/png"}));
        const zone = document.querySelector('#dd [data-nbblocks-part="dropzone"]');
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", b64(png((5, 5))))
    page.locator('#dd img[data-nbblocks-part="image"]').wait_for()
    assert uploads(page, "dd")[0]["content"]["name"] == "dropped.png"
    assert [e[1] for e in events(page, "dd")] == ["upload", "input", "change"]


def test_image_paste_from_the_clipboard(page):
    mount(page, {"view": "image", "key": "p", "props": {"elem_id": "p"}})
    data = png((4, 4))
    page.evaluate("""(b) => {
        const bytes = Uint8Array.from(atob(b), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], "image.png", {type: "image/png"}));
        document.querySelector('#p').dispatchEvent(new ClipboardEvent('paste', {clipboardData: dt, bubbles: true}));
    }""", b64(data))
    page.locator('#p img[data-nbblocks-part="image"]').wait_for()
    assert uploads(page, "p")[0]["content"]["name"] == "clipboard.png"
    assert [e[1] for e in events(page, "p")] == ["upload", "input", "change"]


def test_a_refused_upload_shows_the_kernels_message(page):
    page.evaluate("nb.fileSettings.refuse = \"Image 'Photo': cat.png is larger than max_file_size (1.0 KB); nothing was stored\"")
    mount(page, {"view": "image", "key": "r", "props": {"elem_id": "r"}})
    page.set_input_files('#r [data-nbblocks-part="file-input"]', files=[{"name": "cat.png", "mimeType": "image/png", "buffer": png()}])
    error = page.locator('#r [data-nbblocks-part="upload-error"]')
    error.wait_for()
    assert "larger than max_file_size" in error.inner_text()
    assert events(page, "r") == []
    page.evaluate("nb.fileSettings.refuse = null")


def test_image_download_saves_the_file_the_kernel_encodes(page):
    data = png((3, 3))
    stored = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/webp')", ["image.webp", b64(data)])
    mount(page, {"view": "image", "key": "d", "props": {"elem_id": "d"},
                 "value": stored, "blobs": {stored["path"]: pixels(3, 3, (0, 0, 0))}})
    page.locator("#d canvas").wait_for()
    with page.expect_download() as info:
        page.locator('#d [data-nbblocks-part="download"]').click()
    download = info.value
    assert download.suggested_filename == "image.webp"
    with open(download.path(), "rb") as f:
        assert f.read() == data
    assert [m["content"]["path"] for m in requests_sent(page, "d")] == [stored["path"]]


def test_image_sources_bar_and_placeholder(page):
    mount(page, {"view": "image", "key": "src", "props": {"elem_id": "src", "placeholder": "# Your photo\nPNG or JPEG"}})
    assert page.locator('#src [data-nbblocks-part="source-upload"]').get_attribute("aria-pressed") == "true"
    assert page.locator("#src .nbb-drop-heading").inner_text() == "Your photo"
    page.locator('#src [data-nbblocks-part="source-webcam"]').click()
    page.locator('#src [data-nbblocks-part="webcam-start"]').wait_for()
    mount(page, {"view": "image", "key": "one", "props": {"elem_id": "one", "sources": ["upload"]}})
    assert page.locator('#one [data-nbblocks-part="sources"]').is_hidden()


# -- gr.File --------------------------------------------------------------------------------


def test_file_uploads_in_chunks_and_lists_files(page):
    mount(page, {"view": "file", "key": "f", "props": {"elem_id": "f", "file_count": "multiple"}})
    big = bytes(range(256)) * (10 * 1024)  # 2.5 MiB
    page.set_input_files('#f [data-nbblocks-part="file-input"]', files=[
        {"name": "big.bin", "mimeType": "application/octet-stream", "buffer": big},
        {"name": "notes.txt", "mimeType": "text/plain", "buffer": b"hello"},
    ])
    page.wait_for_function("document.querySelectorAll('#f [data-nbblocks-part=\"file\"]').length === 2")
    sent = uploads(page, "f")
    assert [m["buffers"][0] for m in sent] == [1 << 20, 1 << 20, len(big) - (2 << 20), 5]
    assert [m["content"]["index"] for m in sent] == [0, 1, 2, 0]
    assert [e[1] for e in events(page, "f")] == ["upload", "change"]
    value = [e for e in wire(page, "f") if e[0] == "update"][-1][1]["value"]
    assert [v["orig_name"] for v in value] == ["big.bin", "notes.txt"]
    assert page.evaluate("(p) => nb.fileB64(p)", value[0]["path"]) == b64(big)
    assert page.locator('#f [data-nbblocks-part="file-size"]').first.inner_text() == "2.5 MB"
    clear(page)
    page.locator('#f [data-nbblocks-part="file-name"]').nth(1).click()
    assert events(page, "f") == [("event", "select", {"index": 1, "value": "notes.txt", "selected": True})]
    clear(page)
    page.locator('#f [data-nbblocks-part="file-delete"]').first.click()
    sent = wire(page, "f")
    assert sent[0][0] == "update" and [v["orig_name"] for v in sent[0][1]["value"]] == ["notes.txt"]
    assert [e[1] for e in sent if e[0] == "event"] == ["change", "delete"]
    with page.expect_download() as info:
        page.locator('#f [data-nbblocks-part="file-link"]').first.click()
    assert info.value.suggested_filename == "notes.txt"
    with open(info.value.path(), "rb") as fh:
        assert fh.read() == b"hello"


def test_file_output_and_accept_attribute(page):
    stored = page.evaluate("([n, d]) => nb.addFile(n, d, 'text/csv')", ["report.csv", b64(b"a,b\n")])
    mount(page, {"view": "file", "key": "o", "props": {"elem_id": "o", "interactive": False}, "value": stored})
    assert page.locator('#o [data-nbblocks-part="file-name"]').inner_text() == "report.csv"
    assert page.locator('#o [data-nbblocks-part="dropzone"]').is_hidden()
    mount(page, {"view": "file", "key": "a", "props": {"elem_id": "a", "file_types": ["image", ".pdf"]}})
    assert page.locator('#a [data-nbblocks-part="file-input"]').get_attribute("accept") == "image/*,.pdf"


# -- buttons ------------------------------------------------------------------------------


def test_upload_button_and_download_button(page):
    mount(page, {"view": "uploadbutton", "key": "ub", "props": {"elem_id": "ub", "label": "Add data"}})
    assert page.locator('#ub [data-nbblocks-part="button"]').inner_text() == "Add data"
    page.set_input_files('#ub [data-nbblocks-part="file-input"]', files=[{"name": "d.json", "mimeType": "application/json", "buffer": b"{}"}])
    page.wait_for_function("nb.messages('ub').some(m => m.content && m.content.event === 'upload')")
    sent = wire(page, "ub")
    assert sent[0][0] == "update" and sent[0][1]["value"]["orig_name"] == "d.json"
    assert [e[1] for e in sent if e[0] == "event"] == ["upload"]

    mount(page, {"view": "downloadbutton", "key": "db0", "props": {"elem_id": "db0", "label": "Get it"}})
    assert page.locator('#db0 [data-nbblocks-part="button"]').is_disabled()
    stored = page.evaluate("([n, d]) => nb.addFile(n, d, 'text/plain')", ["result.txt", b64(b"42\n")])
    mount(page, {"view": "downloadbutton", "key": "db", "props": {"elem_id": "db", "label": "Get it"}, "value": stored})
    with page.expect_download() as info:
        page.locator('#db [data-nbblocks-part="button"]').click()
    assert info.value.suggested_filename == "result.txt"
    with open(info.value.path(), "rb") as fh:
        assert fh.read() == b"42\n"
    assert events(page, "db") == [("event", "click", None)]


# -- gr.Gallery ---------------------------------------------------------------------------------


def test_gallery_thumbnails_select_preview_and_upload(page):
    a, b = "e" * 32 + "/image.webp", "f" * 32 + "/image.webp"
    value = [{"image": fd(a), "caption": "red"}, {"image": fd(b), "caption": None}]
    mount(page, {"view": "gallery", "key": "g", "props": {"elem_id": "g", "columns": 3},
                 "events": ["select"], "value": value,
                 "blobs": {a: pixels(4, 4, (255, 0, 0)), b: pixels(4, 4, (0, 0, 255))}})
    page.wait_for_function("document.querySelectorAll('#g [data-nbblocks-part=\"thumbnail-image\"]').length === 2")
    assert page.locator('#g [data-nbblocks-part="caption"]').inner_text() == "red"
    page.locator('#g [data-nbblocks-part="thumbnail"]').nth(1).click()
    page.locator('#g [data-nbblocks-part="preview-image"]').wait_for()
    sent = events(page, "g")
    assert sent[0] == ("event", "select", {"index": 1, "value": value[1], "selected": True})
    assert sent[1] == ("event", "preview_open", None)
    page.locator('#g [data-nbblocks-part="preview-close"]').click()
    assert events(page, "g")[-1] == ("event", "preview_close", None)
    clear(page)
    page.set_input_files('#g [data-nbblocks-part="file-input"]', files=[{"name": "new.png", "mimeType": "image/png", "buffer": png()}])
    page.wait_for_function("document.querySelectorAll('#g [data-nbblocks-part=\"thumbnail\"]').length === 3")
    sent = wire(page, "g")
    new_value = sent[0][1]["value"]
    assert new_value[:2] == value and new_value[2]["image"]["orig_name"] == "new.png" and new_value[2]["caption"] is None
    assert [e[1] for e in sent if e[0] == "event"] == ["upload", "change"]


@pytest.mark.parametrize("theme", ["light"])
def test_file_views_screenshot(page, artifacts, theme):
    handle = "9" * 32 + "/image.webp"
    mount(page, {"view": "row", "children": [
        {"view": "image", "props": {"label": "Input", "elem_id": "shot-in"}},
        {"view": "image", "props": {"label": "Output", "interactive": False}, "value": fd(handle),
         "blobs": {handle: pixels(64, 48, (249, 115, 22))}},
        {"view": "file", "props": {"label": "Files", "file_count": "multiple"}},
    ]})
    page.locator('#shot-in [data-nbblocks-part="dropzone"]').wait_for()
    page.screenshot(path=str(artifacts / "frontend-files.png"), full_page=True)


def test_a_small_gallery_picture_fills_the_preview(page):
    """As Gradio: a 4x4 picture is scaled up to the preview's width, its ratio kept."""
    a = "e" * 32 + "/image.webp"
    page.set_viewport_size({"width": 900, "height": 900})
    mount(page, {"view": "gallery", "key": "gs", "props": {"elem_id": "gs", "columns": 3},
                 "value": [{"image": fd(a), "caption": None}], "blobs": {a: pixels(4, 4, (255, 0, 0))}})
    page.locator('#gs [data-nbblocks-part="thumbnail"]').first.click()
    shown = page.locator('#gs [data-nbblocks-part="preview-image"]')
    shown.wait_for()
    box = shown.bounding_box()
    frame = page.locator("#gs .nbb-gallery-preview").bounding_box()
    assert box["width"] > frame["width"] * 0.8  # not 4 pixels wide
    assert shown.evaluate("el => getComputedStyle(el).objectFit") == "contain"
