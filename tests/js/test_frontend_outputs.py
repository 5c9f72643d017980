"""Output components: Markdown, HTML, JSON, Label and ParamViewer."""

from __future__ import annotations

from frontend_harness import image_settled, kernel_set, mount, wire


def test_markdown_renders_and_sanitises(page):
    mount(page, {"view": "markdown", "key": "md", "props": {"elem_id": "md", "header_links": True},
                 "value": "# Title\n\nSome **bold** [link](https://example.com)\n\n<img src=\"data:,\" onerror=\"window.__pwned=1\">"})
    content = page.locator('#md [data-nbblocks-part="content"]')
    assert content.locator("h1").inner_text().startswith("Title")
    assert content.locator("h1").get_attribute("id") == "title"
    assert content.locator("strong").inner_text() == "bold"
    assert content.locator("a[href='https://example.com']").get_attribute("target") == "_blank"
    assert content.locator("img").get_attribute("onerror") is None
    image_settled(content.locator("img"))  # an onerror handler would have run by now
    assert page.evaluate("window.__pwned") is None
    assert "nbb-container" not in page.locator("#md").get_attribute("class")
    kernel_set(page, "md", {"value": "line one\nline two"})
    assert content.locator("br").count() == 0
    kernel_set(page, "md", {"props": {**page.evaluate("nb.model('md').get('props')"), "line_breaks": True}})
    assert content.locator("br").count() == 1


def test_markdown_without_sanitising(page):
    mount(page, {"view": "markdown", "props": {"elem_id": "md", "sanitize_html": False},
                 "value": '<span data-x="1" onclick="void 0">raw</span>'})
    assert page.locator("#md span[onclick]").count() == 1


def test_html_is_set_as_is(page):
    mount(page, {"view": "html", "key": "h", "value": "<b class='x'>Hi</b>", "props": {"elem_id": "h", "padding": True}})
    assert page.locator("#h b.x").inner_text() == "Hi"
    kernel_set(page, "h", {"value": "<i>Bye</i>"})
    assert page.locator("#h i").inner_text() == "Bye"


def test_json_tree(page):
    mount(page, {"view": "json", "key": "j", "props": {"elem_id": "j", "label": "Data", "show_indices": True},
                 "value": {"name": "x", "n": 3, "ok": True, "none": None, "list": [1, 2, {"deep": {"deeper": {"deepest": 1}}}]}})
    tree = page.locator('#j [data-nbblocks-part="tree"]')
    text = tree.inner_text()
    assert '"name"' in text and '"x"' in text and "true" in text and "null" in text
    assert tree.locator(".nbb-json-string").first.inner_text() == '"x"'
    assert tree.locator(".nbb-json-index").count() == 3
    assert page.locator('#j [data-nbblocks-part="label"]').inner_text() == "Data"
    # Nodes deeper than three levels start folded; clicking a toggle folds/unfolds.
    assert "deepest" not in tree.inner_text()
    toggles = page.locator('#j [data-nbblocks-part="json-toggle"]')
    toggles.first.click()
    assert '"name"' not in tree.inner_text()
    assert wire(page) == []


def test_label_heading_bars_and_select(page):
    mount(page, {"view": "label", "key": "l", "props": {"elem_id": "l", "num_top_classes": 2, "label": "Prediction"},
                 "value": {"label": "cat", "confidences": [{"label": "cat", "confidence": 0.8},
                                                            {"label": "dog", "confidence": 0.15},
                                                            {"label": "fox", "confidence": 0.05}]}})
    assert page.locator('#l [data-nbblocks-part="heading"]').inner_text() == "cat"
    rows = page.locator('#l [data-nbblocks-part="confidence"]')
    assert rows.count() == 2
    assert "80%" in rows.nth(0).inner_text()
    rows.nth(1).click()
    assert wire(page, "l") == [("event", "select", {"index": 1, "value": "dog", "selected": True})]
    kernel_set(page, "l", {"value": None})
    assert page.locator('#l [data-nbblocks-part="empty"]').is_visible()


def test_param_viewer_rows_open_highlight_and_link(page):
    params = {
        "value": {"type": "str | None", "description": "The text. See [docs](https://example.com) and Blocks.", "default": "None"},
        "lines": {"type": "int", "description": "How many lines.", "default": 1},
        "<b>odd</b>": {"type": "bool", "description": "<img src=\"data:,\" onerror=\"window.__pwned=1\">", "default": False},
    }
    mount(page, {"view": "paramviewer", "key": "p", "value": params,
                 "props": {"elem_id": "p", "linkify": ["Blocks"], "anchor_links": "tb", "header": "Textbox"}})
    rows = page.locator('#p [data-nbblocks-part="param"]')
    assert rows.count() == 3
    assert page.locator('#p [data-nbblocks-part="params-header"]').inner_text().startswith("Textbox")
    assert rows.nth(0).locator("summary").inner_text().startswith("value: str | None")
    assert rows.nth(2).locator(".nbb-param-name").inner_text() == "<b>odd</b>"  # a name is text
    # Highlighted once the library is in: Python's None is a literal.
    page.wait_for_function("() => !!document.querySelector('#p .nbb-param-type .hljs-literal, #p .nbb-param-type .hljs-keyword')")
    # Rows start closed; a click opens one, the header's button opens or closes them all.
    toggle = page.locator('#p [data-nbblocks-part="toggle-all"]')
    assert toggle.inner_text() == "Open all"
    assert not rows.nth(1).locator('[data-nbblocks-part="default"]').is_visible()
    rows.nth(1).locator("summary").click()
    assert rows.nth(1).locator('[data-nbblocks-part="default"]').inner_text() == "default = 1"
    toggle.click()
    assert all(rows.nth(i).evaluate("d => d.open") for i in range(3))
    assert toggle.inner_text() == "Close all"
    assert rows.nth(2).locator('[data-nbblocks-part="default"]').inner_text() == "default = False"
    description = rows.nth(0).locator('[data-nbblocks-part="description"]')
    assert description.locator("a[href='https://example.com']").get_attribute("target") == "_blank"
    assert description.locator("a.nbb-param-link").get_attribute("href") == "#h-blocks"
    assert rows.nth(2).locator("img").get_attribute("onerror") is None
    image_settled(rows.nth(2).locator("img"))
    assert page.evaluate("window.__pwned") is None
    assert rows.nth(0).get_attribute("id") == "tb-param-value"
    toggle.click()
    assert not any(rows.nth(i).evaluate("d => d.open") for i in range(3))
    # A new value keeps the rows the person opened; None shows the empty state.
    rows.nth(1).locator("summary").click()
    kernel_set(page, "p", {"value": {**params, "extra": {"type": "float", "description": "", "default": None}}})
    assert rows.count() == 4 and rows.nth(1).evaluate("d => d.open") and not rows.nth(0).evaluate("d => d.open")
    assert rows.nth(3).locator('[data-nbblocks-part="default"]').count() == 0
    kernel_set(page, "p", {"value": None})
    assert page.locator('#p [data-nbblocks-part="empty"]').is_visible()
    assert toggle.is_disabled()
    assert wire(page) == []
