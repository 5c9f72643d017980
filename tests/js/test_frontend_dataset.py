"""gr.Dataset / gr.Examples view: a table or a gallery of samples, pages, clicks."""

from __future__ import annotations

from frontend_harness import b64, clear, kernel_set, mount, wire
from support.images import png

SAMPLES = [["Ada", 3, True], ["=Bob", 7, False], ["Cy", None, True]]


def test_table_shows_headers_and_samples_and_a_click_sends_the_index(page):
    mount(page, {"view": "dataset", "key": "d", "value": None, "props": {
        "elem_id": "d", "label": "Examples", "components": ["textbox", "number", "checkbox"],
        "headers": ["Name", "Level", "Ok"], "samples": SAMPLES, "layout": "table", "samples_per_page": 10}})
    assert page.locator('#d [data-nbblocks-part="label"]').inner_text() == "Examples"
    assert page.locator('#d [data-nbblocks-part="column-header"]').all_inner_texts() == ["Name", "Level", "Ok"]
    rows = page.locator('#d [data-nbblocks-part="sample"]')
    assert rows.count() == 3
    assert rows.nth(0).locator('[data-nbblocks-part="cell"]').all_inner_texts() == ["Ada", "3", "✓"]
    assert rows.nth(2).locator('[data-nbblocks-part="cell"]').all_inner_texts() == ["Cy", "", "✓"]
    rows.nth(1).click()
    assert wire(page, "d") == [
        ("update", {"value": 1}), ("event", "click", None),
        ("event", "select", {"index": 1, "value": ["=Bob", 7, False], "selected": True}),
    ]
    assert rows.nth(1).get_attribute("aria-selected") == "true"
    clear(page)
    rows.nth(2).press("Enter")
    assert wire(page, "d")[0] == ("update", {"value": 2})


def test_gallery_labels_and_pages(page):
    samples = [[f"s{i}"] for i in range(7)]
    mount(page, {"view": "dataset", "key": "g", "value": None, "props": {
        "elem_id": "g", "components": ["textbox"], "samples": samples, "layout": "gallery", "samples_per_page": 3}})
    buttons = page.locator('#g [data-nbblocks-part="sample"]')
    assert buttons.all_inner_texts() == ["s0", "s1", "s2"]
    pages = page.locator('#g [data-nbblocks-part="page-button"]')
    assert pages.all_inner_texts() == ["1", "2", "3"]
    pages.nth(2).click()
    assert buttons.all_inner_texts() == ["s6"]
    buttons.first.click()
    assert wire(page, "g")[0] == ("update", {"value": 6})
    kernel_set(page, "g", {"props": {"elem_id": "g", "components": ["textbox"], "samples": samples[:2], "samples_per_page": 3,
                                     "sample_labels": ["first", "second"], "layout": "gallery"}})
    assert buttons.all_inner_texts() == ["first", "second"]
    assert page.locator('#g [data-nbblocks-part="pages"]').is_hidden()


def test_values_of_every_kind_are_shown_as_text(page):
    file = {"path": "x/cat.png", "orig_name": "cat.png", "meta": {"_type": "gradio.FileData"}}
    mount(page, {"view": "dataset", "props": {"elem_id": "k", "layout": "table",
        "components": ["checkboxgroup", "json", "label", "file"],
        "samples": [[["a", "b"], {"k": 1}, {"label": "cat", "confidences": None}, file]]}})
    cells = page.locator('#k [data-nbblocks-part="cell"]').all_inner_texts()
    assert cells == ["a, b", '{"k":1}', "cat", "cat.png"]


def test_not_interactive_ignores_clicks(page):
    mount(page, {"view": "dataset", "key": "n", "props": {"elem_id": "n", "interactive": False, "layout": "table",
                                                          "components": ["textbox"], "samples": [["a"]]}})
    page.locator('#n [data-nbblocks-part="sample"]').click()
    assert wire(page, "n") == []


def test_image_files_are_drawn_as_thumbnails_from_their_bytes(page):
    cat = page.evaluate("([n, d]) => nb.addFile(n, d, 'image/png')", ["cat.png", b64(png((6, 4), (200, 10, 10)))])
    doc = {"path": "abc/notes.txt", "orig_name": "notes.txt", "mime_type": "text/plain", "meta": {"_type": "gradio.FileData"}}
    mount(page, {"view": "dataset", "props": {"elem_id": "t", "layout": "table", "components": ["image", "file"],
                                              "samples": [[cat, doc]]}})
    thumb = page.locator('#t [data-nbblocks-part="example-image"]')
    thumb.wait_for()
    assert thumb.evaluate("el => [el.tagName, el.naturalWidth, el.naturalHeight]") == ["IMG", 6, 4]
    assert page.locator('#t [data-nbblocks-part="cell"]').nth(1).inner_text() == "notes.txt"
