"""Code, ColorPicker, DateTime, HighlightedText and AnnotatedImage views in a real browser:
what they draw and what goes over the wire."""

from __future__ import annotations

import base64
import io
import time

import numpy as np
import pytest
from PIL import Image as PILImage

from frontend_harness import clear, kernel_set, mount, open_harness, wire

# -- Code -----------------------------------------------------------------------------------

PYTHON = "def greet(name):\n    # say hello\n    return 'Hello ' + name\n"

# A snippet per language of gr.Code.languages, each with something to highlight.
SAMPLES = {
    "python": "def f(): pass", "c": "int main() { return 0; }", "cpp": "class A { public: int x; };",
    "markdown": "# Title\n\n*em*", "latex": "\\section{A} % note", "json": '{"a": 1}',
    "html": '<div class="a">x</div>', "css": "a { color: red; }", "javascript": "const a = 1; // c",
    "jinja2": "{% if x %}y{% endif %}", "typescript": "let a: number = 1;", "yaml": "a: 1 # c",
    "dockerfile": "FROM python:3\nRUN echo hi", "shell": "echo 'hi' # c", "r": "x <- c(1, 2) # c",
    **{f"sql{suffix}": "SELECT a FROM t WHERE b = 'x'; -- c" for suffix in (
        "", "-msSQL", "-mySQL", "-mariaDB", "-sqlite", "-cassandra", "-plSQL", "-hive", "-pgSQL", "-gql",
        "-gpSQL", "-sparkSQL", "-esper")},
}


def code_part(page, name):
    return page.locator(f'#code [data-nbblocks-part="{name}"]')


def tokens(page, cls):
    """Texts of the tokens with class `cls` (CodeMirror may finish parsing after a frame)."""
    page.locator(f"#code .cm-content .{cls}").first.wait_for()
    return page.evaluate("(cls) => [...document.querySelectorAll(`#code .cm-content .${cls}`)].map((e) => e.textContent)", cls)


def test_code_highlights_python_with_token_classes(page):
    mount(page, {"view": "code", "key": "c", "value": PYTHON, "props": {"elem_id": "code", "language": "python", "label": "Source"}})
    assert "def" in tokens(page, "tok-keyword") and "return" in tokens(page, "tok-keyword")
    assert tokens(page, "tok-string") == ["'Hello '"]
    assert tokens(page, "tok-comment") == ["# say hello"]
    assert "greet" in tokens(page, "tok-definition")
    # Line numbers by default; the editor is labelled by the block's label.
    assert page.locator("#code .cm-lineNumbers .cm-gutterElement").filter(has_text="3").count() == 1
    labelled = code_part(page, "input").get_attribute("aria-labelledby")
    assert page.locator(f"#{labelled}").inner_text() == "Source"
    assert wire(page) == []


def test_code_token_colours_follow_the_jupyterlab_theme(browser, server_url):
    colours = {}
    for theme in ("light", "dark"):
        page = open_harness(browser, server_url, theme=theme)
        try:
            mount(page, {"view": "code", "value": "import os  # c", "props": {"elem_id": "code", "language": "python"}})
            page.locator("#code .tok-comment").wait_for()
            colours[theme] = page.evaluate("""() => {
                const probe = document.createElement('span');
                document.body.append(probe);
                const css = (v) => { probe.style.color = `var(${v})`; return getComputedStyle(probe).color; };
                const kw = document.querySelector('#code .tok-keyword');
                const comment = document.querySelector('#code .tok-comment');
                return {keyword: getComputedStyle(kw).color, comment: getComputedStyle(comment).color,
                        lab_keyword: css('--jp-mirror-editor-keyword-color'), lab_comment: css('--jp-mirror-editor-comment-color')};
            }""")
            assert not page.js_errors
        finally:
            page.context.close()
    for theme in ("light", "dark"):
        assert colours[theme]["keyword"] == colours[theme]["lab_keyword"]
        assert colours[theme]["comment"] == colours[theme]["lab_comment"]
    assert colours["light"]["keyword"] != colours["dark"]["keyword"]
    # A page without JupyterLab's variables gets JupyterLab-like colours.
    page = open_harness(browser, server_url, theme="none")
    try:
        mount(page, {"view": "code", "value": "import os", "props": {"elem_id": "code", "language": "python"}})
        keyword = page.locator("#code .tok-keyword")
        keyword.wait_for()
        assert keyword.evaluate("el => getComputedStyle(el).color") == "rgb(0, 128, 0)"
    finally:
        page.context.close()


def test_code_typing_sends_input_and_change_with_the_text(page):
    mount(page, {"view": "code", "key": "c", "value": "a = 1", "props": {"elem_id": "code", "language": "python"}})
    content = code_part(page, "input")
    content.click()
    page.keyboard.press("End")
    clear(page)
    page.keyboard.type("0")
    assert wire(page, "c") == [("update", {"value": "a = 10"}), ("event", "input", None), ("event", "change", None)]
    # A new line keeps the indentation CodeMirror gives it, and the text arrives as typed.
    page.keyboard.press("Enter")
    page.keyboard.type("if a:")
    page.keyboard.press("Enter")
    page.keyboard.type("pass")
    assert page.evaluate("nb.model('c').get('value')") == "a = 10\nif a:\n    pass"
    assert "if" in tokens(page, "tok-keyword")


def test_code_focus_and_blur(page):
    mount(page, {"view": "textbox", "key": "t", "props": {"elem_id": "t"}})
    mount(page, {"view": "code", "key": "c", "value": "x", "props": {"elem_id": "code"}})
    code_part(page, "input").click()
    page.click('#t [data-nbblocks-part="input"]')
    assert wire(page, "c", skip=()) == [("event", "focus", None), ("event", "blur", None)]


def test_code_value_from_the_kernel_sends_nothing_and_keeps_the_caret(page):
    mount(page, {"view": "code", "key": "c", "value": "first line\nsecond", "props": {"elem_id": "code"}})
    code_part(page, "input").click()
    page.keyboard.press("Control+End")
    clear(page)
    kernel_set(page, "c", {"value": "new first line\nsecond"})
    assert page.locator("#code .cm-content").inner_text() == "new first line\nsecond"
    page.keyboard.type("!")
    assert page.evaluate("nb.model('c').get('value')") == "new first line\nsecond!"
    assert [m for m in wire(page, "c") if m[0] == "event"] == [("event", "input", None), ("event", "change", None)]
    kernel_set(page, "c", {"value": None})
    assert page.evaluate("document.querySelector('#code .cm-content').textContent") == ""


def test_code_static_view_cannot_be_edited(page):
    mount(page, {"view": "code", "key": "c", "value": "x = 1", "props": {"elem_id": "code", "language": "python", "interactive": False}})
    content = code_part(page, "input")
    assert content.get_attribute("contenteditable") == "false"
    content.click()
    page.keyboard.type("zz")
    assert page.evaluate("nb.model('c').get('value')") == "x = 1"
    assert wire(page, "c") == []
    kernel_set(page, "c", {"props": {**page.evaluate("nb.model('c').get('props')"), "interactive": True}})
    assert content.get_attribute("contenteditable") == "true"


def test_code_lines_max_lines_wrap_and_line_numbers(page):
    mount(page, {"view": "code", "key": "c", "value": "x", "props": {"elem_id": "code", "lines": 3, "max_lines": 6}})
    scroller = page.locator("#code .cm-scroller")
    line = page.locator("#code .cm-line").first.bounding_box()["height"]
    small = scroller.bounding_box()["height"]
    assert 3 * line <= small < 4.5 * line
    kernel_set(page, "c", {"value": "\n".join(str(i) for i in range(40))})
    tall = scroller.bounding_box()["height"]
    assert 6 * line <= tall < 7.5 * line
    assert scroller.evaluate("el => el.scrollHeight > el.clientHeight")
    props = page.evaluate("nb.model('c').get('props')")
    kernel_set(page, "c", {"props": {**props, "max_lines": None, "show_line_numbers": False, "wrap_lines": True}})
    assert scroller.bounding_box()["height"] > 30 * line
    assert page.locator("#code .cm-lineNumbers").count() == 0
    assert page.locator("#code .cm-content.cm-lineWrapping").count() == 1


def test_code_copy_and_download_buttons(page):
    mount(page, {"view": "code", "key": "c", "value": PYTHON, "props": {"elem_id": "code", "language": "python"}})
    code_part(page, "copy").click()
    assert page.evaluate("navigator.clipboard.readText()") == PYTHON
    with page.expect_download() as download:
        code_part(page, "download").click()
    assert download.value.suggested_filename == "file.py"
    assert open(download.value.path(), encoding="utf-8").read() == PYTHON
    kernel_set(page, "c", {"props": {**page.evaluate("nb.model('c').get('props')"), "buttons": ["download"], "language": "sql-pgSQL"}})
    assert code_part(page, "copy").count() == 0
    with page.expect_download() as download:
        code_part(page, "download").click()
    assert download.value.suggested_filename == "file.txt"
    kernel_set(page, "c", {"props": {**page.evaluate("nb.model('c').get('props')"), "buttons": []}})
    assert code_part(page, "toolbar").is_hidden()


def test_code_every_gradio_language_highlights(page):
    mount(page, {"view": "code", "key": "c", "value": "", "props": {"elem_id": "code"}})
    props = page.evaluate("nb.model('c').get('props')")
    unhighlighted = []
    for language, sample in SAMPLES.items():
        kernel_set(page, "c", {"props": {**props, "language": language}, "value": sample})
        try:
            page.locator('#code .cm-content [class*="tok-"]').first.wait_for()
        except Exception:
            unhighlighted.append(language)
    assert unhighlighted == []
    # None is plain text: no token classes.
    kernel_set(page, "c", {"props": {**props, "language": None}, "value": "def f(): pass"})
    assert page.evaluate("() => document.querySelectorAll('#code .cm-content [class*=\"tok-\"]').length") == 0


def test_code_autocomplete_offers_completions_when_enabled(page):
    mount(page, {"view": "code", "key": "c", "value": "", "props": {"elem_id": "code", "language": "python", "autocomplete": True}})
    code_part(page, "input").click()
    page.keyboard.type("value_one = 1\nval")
    page.keyboard.press("Control+Space")
    option = page.locator(".cm-tooltip-autocomplete li").filter(has_text="value_one").first
    # CodeMirror ignores clicks for a moment after the list opens: click until it takes one.
    deadline = time.monotonic() + 30
    while page.evaluate("nb.model('c').get('value')") != "value_one = 1\nvalue_one":
        assert time.monotonic() < deadline, "the completion was not accepted"
        option.click()


# -- ColorPicker -------------------------------------------------------------------------------


def pick(page, selector, colour, *, close=True):
    """What the browser's own picker does: `input` while choosing, `change` when closed."""
    page.evaluate("""([sel, colour, close]) => { const el = document.querySelector(sel); el.value = colour;
        el.dispatchEvent(new Event('input', {bubbles: true}));
        if (close) el.dispatchEvent(new Event('change', {bubbles: true})); }""", [selector, colour, close])


def test_colorpicker_shows_the_value_and_picks(page):
    mount(page, {"view": "colorpicker", "key": "cp", "value": "#ff0000", "props": {"elem_id": "cp", "label": "Colour"}})
    picker = page.locator('#cp [data-nbblocks-part="picker"]')
    text = page.locator('#cp [data-nbblocks-part="input"]')
    assert picker.get_attribute("type") == "color"
    assert picker.input_value() == "#ff0000" and text.input_value() == "#ff0000"
    pick(page, '#cp [data-nbblocks-part="picker"]', "#00ff00")
    page.wait_for_function("nb.messages('cp').some((m) => m.content && m.content.event === 'release')")
    assert wire(page, "cp") == [("update", {"value": "#00ff00"}), ("event", "input", None), ("event", "change", None),
                                ("event", "release", "#00ff00")]
    assert text.input_value() == "#00ff00"


def test_colorpicker_coalesces_picker_moves_into_one_value_a_frame(page):
    mount(page, {"view": "colorpicker", "key": "cp", "value": "#000000", "props": {"elem_id": "cp"}})
    page.evaluate("""() => { const el = document.querySelector('#cp [data-nbblocks-part="picker"]');
        for (const c of ['#100000', '#200000', '#300000']) { el.value = c; el.dispatchEvent(new Event('input', {bubbles: true})); } }""")
    page.wait_for_function("nb.messages('cp').length >= 2")
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")
    assert wire(page, "cp") == [("update", {"value": "#300000"}), ("event", "input", None), ("event", "change", None)]


def test_colorpicker_typed_colours(page):
    mount(page, {"view": "colorpicker", "key": "cp", "value": "#ff0000", "props": {"elem_id": "cp"}})
    text = page.locator('#cp [data-nbblocks-part="input"]')
    text.fill("blue")
    text.press("Enter")
    assert text.input_value() == "#0000ff"
    assert page.locator('#cp [data-nbblocks-part="picker"]').input_value() == "#0000ff"
    assert wire(page, "cp") == [("update", {"value": "#0000ff"}), ("event", "input", None), ("event", "change", None),
                                ("event", "submit", None)]
    clear(page)
    text.fill("not a colour")
    text.press("Enter")
    assert text.get_attribute("aria-invalid") == "true"
    assert wire(page, "cp") == []
    text.fill("#ABC")
    text.blur()
    assert text.input_value() == "#aabbcc" and text.get_attribute("aria-invalid") is None
    assert wire(page, "cp") == [("update", {"value": "#aabbcc"}), ("event", "input", None), ("event", "change", None)]


def test_colorpicker_value_from_the_kernel_focus_blur_and_static(page):
    mount(page, {"view": "colorpicker", "key": "cp", "value": None, "props": {"elem_id": "cp"}})
    text = page.locator('#cp [data-nbblocks-part="input"]')
    picker = page.locator('#cp [data-nbblocks-part="picker"]')
    assert text.input_value() == "" and picker.input_value() == "#000000"
    kernel_set(page, "cp", {"value": "orange"})
    assert text.input_value() == "orange" and picker.input_value() == "#ffa500"
    # Moving between the two fields is neither blur nor focus of the component.
    text.focus()
    picker.focus()
    page.evaluate("document.activeElement.blur()")
    assert wire(page, "cp", skip=()) == [("event", "focus", None), ("event", "blur", None)]
    kernel_set(page, "cp", {"props": {**page.evaluate("nb.model('cp').get('props')"), "interactive": False}})
    assert picker.is_disabled() and text.evaluate("el => el.readOnly")


# -- DateTime ----------------------------------------------------------------------------------


def test_datetime_typed_date_on_enter_and_blur(page):
    mount(page, {"view": "datetime", "key": "d", "value": "2024-01-02 03:04:05", "props": {"elem_id": "d", "label": "When"}})
    text = page.locator('#d [data-nbblocks-part="input"]')
    assert text.input_value() == "2024-01-02 03:04:05"
    assert text.get_attribute("placeholder") == "YYYY-MM-DD HH:MM:SS"
    text.fill("2024-02-03 04:05:06")
    assert wire(page, "d") == []  # nothing while typing
    text.press("Enter")
    assert wire(page, "d") == [("update", {"value": "2024-02-03 04:05:06"}), ("event", "change", None), ("event", "submit", None)]
    clear(page)
    text.fill("now - 5m")
    text.blur()
    assert wire(page, "d") == [("update", {"value": "now - 5m"}), ("event", "change", None)]
    clear(page)
    text.fill("2024/01/01")
    assert text.get_attribute("aria-invalid") == "true"
    text.press("Enter")
    text.blur()
    assert wire(page, "d") == []
    text.fill("")
    text.blur()
    assert wire(page, "d") == [("update", {"value": ""}), ("event", "change", None)]


def test_datetime_picker(page):
    mount(page, {"view": "datetime", "key": "d", "value": "2024-01-02 03:04:05", "props": {"elem_id": "d"}})
    picker = page.locator('#d [data-nbblocks-part="picker"]')
    assert picker.get_attribute("type") == "datetime-local" and picker.get_attribute("step") == "1"
    # The button opens the browser's picker at the current value.
    page.locator('#d [data-nbblocks-part="picker-button"]').click()
    assert picker.input_value() == "2024-01-02T03:04:05"
    page.keyboard.press("Escape")
    pick(page, '#d [data-nbblocks-part="picker"]', "2025-06-07T08:09:10")
    assert page.locator('#d [data-nbblocks-part="input"]').input_value() == "2025-06-07 08:09:10"
    assert wire(page, "d") == [("update", {"value": "2025-06-07 08:09:10"}), ("event", "change", None)]
    clear(page)
    kernel_set(page, "d", {"props": {**page.evaluate("nb.model('d').get('props')"), "include_time": False}, "value": "2024-03-04"})
    assert picker.get_attribute("type") == "date"
    assert page.locator('#d [data-nbblocks-part="input"]').get_attribute("placeholder") == "YYYY-MM-DD"
    pick(page, '#d [data-nbblocks-part="picker"]', "2024-05-06")
    assert wire(page, "d") == [("update", {"value": "2024-05-06"}), ("event", "change", None)]
    kernel_set(page, "d", {"props": {**page.evaluate("nb.model('d').get('props')"), "interactive": False}})
    assert page.locator('#d [data-nbblocks-part="picker-button"]').is_hidden()
    assert page.locator('#d [data-nbblocks-part="input"]').evaluate("el => el.readOnly")


# -- HighlightedText ----------------------------------------------------------------------------

NER = [{"token": "Ada ", "class_or_confidence": None}, {"token": "Lovelace", "class_or_confidence": "PER"},
       {"token": " lived in ", "class_or_confidence": None}, {"token": "London", "class_or_confidence": "LOC"},
       {"token": ".", "class_or_confidence": None}]


def token_styles(page, sel="#ht"):
    return page.evaluate("""(sel) => [...document.querySelectorAll(`${sel} [data-nbblocks-part="token"]`)].map((t) => [
        t.querySelector('[data-nbblocks-part="token-text"]').textContent, getComputedStyle(t).backgroundColor,
        t.classList.contains('nbb-ht-dimmed')])""", sel)


def test_highlightedtext_categories_palette_and_inline_labels(page):
    mount(page, {"view": "highlightedtext", "key": "h", "value": NER,
                 "props": {"elem_id": "ht", "color_map": {"LOC": "#00ff00"}, "interactive": False}})
    styles = token_styles(page)
    # color_map first (at half opacity), then Gradio's palette in order: LOC is mapped, PER
    # takes the second palette colour (green's 100 shade).
    assert styles[3][:2] == ["London", "rgba(0, 255, 0, 0.5)"]
    assert styles[1][:2] == ["Lovelace", "rgb(220, 252, 231)"]
    assert styles[0][1] == "rgba(0, 0, 0, 0)"
    labels = page.locator('#ht [data-nbblocks-part="token-label"]')
    assert labels.all_inner_texts() == ["PER", "LOC"]
    assert page.locator('#ht [data-nbblocks-part="legend"]').is_hidden()
    # Nothing is clickable when no listener wants select and it is not interactive.
    assert page.locator('#ht [role="button"]').count() == 0
    kernel_set(page, "h", {"props": {**page.evaluate("nb.model('h').get('props')"), "show_inline_category": False}})
    assert labels.count() == 0


def test_highlightedtext_legend_singles_out_a_category(page):
    mount(page, {"view": "highlightedtext", "key": "h", "value": NER, "props": {"elem_id": "ht", "show_legend": True, "interactive": False}})
    items = page.locator('#ht [data-nbblocks-part="legend-item"]')
    assert items.all_inner_texts() == ["PER", "LOC"]
    assert page.locator('#ht [data-nbblocks-part="token-label"]').count() == 0  # the legend replaces them
    items.nth(1).hover()
    styles = {s[0]: s for s in token_styles(page)}
    assert styles["London"][2] is False and styles["Lovelace"][2] is True
    assert styles["Lovelace"][1] == "rgba(0, 0, 0, 0)"
    page.mouse.move(0, 0)
    assert not any(s[2] for s in token_styles(page))


def test_highlightedtext_scores_and_whitespace(page):
    value = [{"token": "good", "class_or_confidence": 0.5}, {"token": " ", "class_or_confidence": None},
             {"token": "bad", "class_or_confidence": -1}, {"token": "\nnext line", "class_or_confidence": None}]
    mount(page, {"view": "highlightedtext", "key": "h", "value": value, "props": {"elem_id": "ht", "show_legend": True, "interactive": False}})
    styles = token_styles(page)
    assert styles[0][1] == "rgba(239, 68, 60, 0.5)" and styles[2][1] == "rgb(128, 90, 213)"
    assert page.locator('#ht [data-nbblocks-part="score-legend"]').inner_text().split() == ["-1", "0", "+1"]
    assert [s[0] for s in styles] == ["good", " ", "bad", "next line"]
    assert page.locator("#ht br").count() == 1
    kernel_set(page, "h", {"props": {**page.evaluate("nb.model('h').get('props')"), "show_whitespaces": False}})
    assert [s[0] for s in token_styles(page)] == ["good", "bad", "next line"]


def test_highlightedtext_click_sends_select(page):
    mount(page, {"view": "highlightedtext", "key": "h", "value": NER, "events": ["select"], "props": {"elem_id": "ht", "interactive": False}})
    page.locator('#ht [data-nbblocks-part="token"][data-index="3"]').click()
    page.locator('#ht [data-nbblocks-part="token"][data-index="0"]').click()
    assert wire(page, "h") == [("event", "select", {"index": 3, "value": ["London", "LOC"], "selected": True}),
                               ("event", "select", {"index": 0, "value": ["Ada ", None], "selected": True})]
    # Keyboard: a focused token is selected with Enter.
    page.locator('#ht [data-nbblocks-part="token"][data-index="1"]').focus()
    clear(page)
    page.keyboard.press("Enter")
    assert wire(page, "h") == [("event", "select", {"index": 1, "value": ["Lovelace", "PER"], "selected": True})]


def test_highlightedtext_interactive_relabel_remove_and_label_a_selection(page):
    mount(page, {"view": "highlightedtext", "key": "h", "value": NER, "props": {"elem_id": "ht", "interactive": True}})
    # Click a labelled token: its label becomes an editor; Enter takes the new label.
    page.locator('#ht [data-nbblocks-part="token"][data-index="3"]').click()
    editor = page.locator('#ht [data-nbblocks-part="label-input"]')
    assert editor.input_value() == "LOC"
    editor.fill("CITY")
    editor.press("Enter")
    assert page.evaluate("nb.model('h').get('value')")[3] == {"token": "London", "class_or_confidence": "CITY"}
    assert [m for m in wire(page, "h") if m[0] == "event"] == [("event", "change", None)]
    clear(page)
    # × removes a label; neighbours with the same (no) label merge.
    page.locator('#ht [data-nbblocks-part="token"][data-index="1"]').hover()
    page.locator('#ht [data-nbblocks-part="token-remove"][data-index="1"]').click()
    value = page.evaluate("nb.model('h').get('value')")
    assert value[0] == {"token": "Ada Lovelace lived in ", "class_or_confidence": None}
    assert [t["token"] for t in value] == ["Ada Lovelace lived in ", "London", "."]
    clear(page)
    # Selecting text inside an unlabelled token labels it ("label"), then the editor opens.
    page.evaluate("""() => {
        const text = document.querySelector('#ht [data-nbblocks-part="token"][data-index="0"] [data-nbblocks-part="token-text"]').firstChild;
        const range = document.createRange(); range.setStart(text, 4); range.setEnd(text, 12);
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        text.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""")
    editor.wait_for()
    assert editor.input_value() == "label"
    editor.fill("PER")
    editor.press("Enter")
    assert [(t["token"], t["class_or_confidence"]) for t in page.evaluate("nb.model('h').get('value')")] == [
        ("Ada ", None), ("Lovelace", "PER"), (" lived in ", None), ("London", "CITY"), (".", None)]
    assert [m for m in wire(page, "h") if m[0] == "event"] == [("event", "change", None), ("event", "change", None)]


# -- AnnotatedImage -------------------------------------------------------------------------------


def png(arr: np.ndarray) -> bytes:
    buf = io.BytesIO()
    PILImage.fromarray(arr).save(buf, "PNG")
    return buf.getvalue()


def file_blob(data: bytes) -> dict:
    return {"kind": "file", "mime": "image/png", "data": {"b64": base64.b64encode(data).decode()}}


def fd(handle: str) -> dict:
    return {"path": handle, "url": None, "size": None, "orig_name": handle.split("/")[-1], "mime_type": "image/png",
            "is_stream": False, "meta": {"_type": "gradio.FileData"}}


def mask(box: tuple[int, int, int, int], color=(255, 0, 0), size=(100, 50)) -> np.ndarray:
    x1, y1, x2, y2 = box
    arr = np.zeros((size[1], size[0], 4), dtype=np.uint8)
    arr[y1:y2, x1:x2] = (*color, 255)
    return arr


def annotated(page, color_map=None, events=(), height=None):
    base = np.full((50, 100, 3), 200, dtype=np.uint8)
    blobs = {"b/base.png": {"kind": "pixels", "width": 100, "height": 50, "channels": 3,
                            "data": {"b64": base64.b64encode(base.tobytes()).decode()}},
             "m/cat.png": file_blob(png(mask((10, 10, 40, 40)))),
             "m/dog.png": file_blob(png(mask((30, 20, 70, 45), color=(0, 0, 255)))),
             "m/cat2.png": file_blob(png(mask((80, 5, 95, 15))))}
    value = {"image": fd("b/base.png"), "annotations": [
        {"image": fd("m/cat.png"), "label": "cat"}, {"image": fd("m/dog.png"), "label": "dog"},
        {"image": fd("m/cat2.png"), "label": "cat"}]}
    props = {"elem_id": "ai", "color_map": color_map, "height": height}
    mount(page, {"view": "annotatedimage", "key": "a", "value": value, "blobs": blobs, "events": list(events), "props": props})
    page.locator('#ai [data-nbblocks-part="mask"]').nth(2).wait_for()


def test_annotatedimage_draws_masks_over_the_image_with_a_legend(page):
    annotated(page, color_map={"dog": "#0000ff"})
    base = page.locator('#ai [data-nbblocks-part="image"]')
    assert base.get_attribute("data-kind") == "pixels"
    masks = page.locator('#ai [data-nbblocks-part="mask"]')
    assert masks.count() == 3
    assert [masks.nth(i).get_attribute("data-label") for i in range(3)] == ["cat", "dog", "cat"]
    # Masks cover the image exactly; labels without a colour get their own hue.
    for i in range(3):
        assert masks.nth(i).bounding_box() == base.bounding_box()
    assert masks.nth(0).evaluate("el => el.style.filter") == "hue-rotate(0deg)"
    assert masks.nth(1).evaluate("el => el.style.filter") == ""
    legend = page.locator('#ai [data-nbblocks-part="legend-item"]')
    assert legend.all_inner_texts() == ["cat", "dog"]  # one entry per label
    assert legend.nth(1).evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 255, 0.53)"
    assert wire(page) == []


def test_annotatedimage_hover_and_click_select_the_annotation_under_the_pointer(page):
    annotated(page, events=["select"])
    stage = page.locator('#ai [data-nbblocks-part="stage"]')
    base = page.locator('#ai [data-nbblocks-part="image"]').bounding_box()
    at = lambda x, y: (base["x"] + (x + 0.5) * base["width"] / 100, base["y"] + (y + 0.5) * base["height"] / 50)  # noqa: E731
    masks = page.locator('#ai [data-nbblocks-part="mask"]')
    page.mouse.move(*at(20, 20))
    assert masks.nth(0).evaluate("el => el.classList.contains('nbb-ann-active')")
    assert masks.nth(2).evaluate("el => el.classList.contains('nbb-ann-active')")  # same label
    assert not masks.nth(1).evaluate("el => el.classList.contains('nbb-ann-active')")
    assert stage.get_attribute("title") == "cat"
    page.mouse.click(*at(35, 30))  # cat and dog overlap here: dog is on top
    page.mouse.click(*at(85, 10))
    page.mouse.click(*at(90, 40))  # no annotation here
    assert wire(page, "a") == [("event", "select", {"index": 1, "value": "dog", "selected": True}),
                               ("event", "select", {"index": 2, "value": "cat", "selected": True})]
    clear(page)
    page.locator('#ai [data-nbblocks-part="legend-item"]').nth(0).click()
    assert wire(page, "a") == [("event", "select", {"index": 0, "value": "cat", "selected": True})]


def test_annotatedimage_legend_hover_height_empty_and_show_legend(page):
    annotated(page, height=100)
    stage = page.locator('#ai [data-nbblocks-part="stage"]')
    assert abs(stage.bounding_box()["height"] - 100) < 1
    page.locator('#ai [data-nbblocks-part="legend-item"]').nth(1).hover()
    masks = page.locator('#ai [data-nbblocks-part="mask"]')
    assert masks.nth(1).evaluate("el => el.classList.contains('nbb-ann-active')")
    page.wait_for_function("""() => getComputedStyle(document.querySelector('#ai [data-nbblocks-part="mask"]')).opacity < 0.5""")
    props = page.evaluate("nb.model('a').get('props')")
    kernel_set(page, "a", {"props": {**props, "show_legend": False}})
    assert page.locator('#ai [data-nbblocks-part="legend"]').is_hidden()
    assert page.locator('#ai [data-nbblocks-part="fullscreen"]').count() == 1
    kernel_set(page, "a", {"value": None})
    assert page.locator('#ai [data-nbblocks-part="empty"]').is_visible()


@pytest.mark.parametrize("view", ["code", "colorpicker", "datetime", "highlightedtext", "annotatedimage"])
def test_views_leave_no_listeners_behind(page, view):
    mount(page, {"view": view, "props": {"elem_id": "x"}})
    assert page.evaluate("nb.handlerCount()") > 0
    page.evaluate("nb.unmountAll(); nb.closeModels()")  # the model's own queue of value edits goes with it
    assert page.evaluate("nb.handlerCount()") == 0
    assert wire(page) == []
