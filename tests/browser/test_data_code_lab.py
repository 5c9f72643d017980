"""notebooks/data_and_code.ipynb in JupyterLab, in Chromium: type in a Code editor and see
it highlighted (and its colours follow a switch to the dark theme), pick a colour and a
date, click a HighlightedText token and an AnnotatedImage annotation and see what the
select listeners got."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser


def part(root: Locator, name: str) -> Locator:
    return root.locator(f'[data-nbblocks-part="{name}"]')


def text_of(page: Page, elem_id: str) -> Locator:
    return part(page.locator(f"#{elem_id}").first, "input")


def test_data_and_code_notebook_in_jupyterlab(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "data_and_code.ipynb")

    # -- Code: the Frontend cells left the broken function in the editor, highlighted.
    source = page.locator("#source").first
    content = source.locator(".cm-content")
    expect(content).to_contain_text("def broken(:")
    expect(content.locator(".tok-keyword").first).to_have_text("def")
    summary = page.locator("#outline").first.locator(".cm-content")
    expect(summary).to_contain_text('"error": "invalid syntax"')
    expect(summary.locator(".tok-propertyName").first).to_have_text('"error"')

    # Type a new definition as a person would: highlighted as it is typed, sent to the kernel.
    content.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("def area(w, h):\nreturn w * h\n")
    expect(content.locator(".tok-definition")).to_have_text(["area"])
    expect(content.locator(".tok-keyword")).to_have_text(["def", "return"])
    expect(summary).to_contain_text('"functions": [')
    expect(summary).to_contain_text('"area"')
    # Keys typed in the editor stay there: Shift+Enter starts a line, it does not run the
    # cell (nor move to the next one).
    prompt = page.locator(".jp-CodeCell", has=page.locator("#source")).locator(".jp-InputPrompt")
    ran = prompt.inner_text()
    active = "() => window.jupyterapp.shell.currentWidget.content.activeCellIndex"
    before = page.evaluate(active)
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("# done")
    expect(content.locator(".tok-comment")).to_have_text(["# done"])
    expect(summary).to_contain_text('"area"')
    assert page.evaluate(active) == before and prompt.inner_text() == ran
    source.screenshot(path=artifacts / "data-code-lab-code.png")

    # The editor follows the Lab's theme as it changes.
    keyword = content.locator(".tok-keyword").first
    light = keyword.evaluate("el => getComputedStyle(el).color")
    page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', {theme: 'JupyterLab Dark'})")
    expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "false")
    expect(keyword).not_to_have_css("color", light)
    dark = page.evaluate("""() => { const p = document.createElement('span'); document.body.append(p);
        p.style.color = 'var(--jp-mirror-editor-keyword-color)'; const c = getComputedStyle(p).color; p.remove(); return c; }""")
    expect(keyword).to_have_css("color", dark)
    source.screenshot(path=artifacts / "data-code-lab-code-dark.png")
    page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', {theme: 'JupyterLab Light'})")
    expect(page.locator("body")).to_have_attribute("data-jp-theme-light", "true")

    # -- ColorPicker and DateTime.
    said = text_of(page, "said")
    expect(said).to_have_value("a light colour, Tuesday 24 December 2024 at 21:00 (CET)")
    colour = page.locator("#colour").first
    part(colour, "picker").fill("#102030")  # what the browser's picker does when a colour is chosen
    expect(part(colour, "input")).to_have_value("#102030")
    expect(said).to_have_value("a dark colour, Tuesday 24 December 2024 at 21:00 (CET)")
    part(colour, "input").fill("white")
    part(colour, "input").press("Enter")
    expect(part(colour, "input")).to_have_value("#ffffff")
    expect(said).to_have_value("a light colour, Tuesday 24 December 2024 at 21:00 (CET)")
    when = page.locator("#when").first
    part(when, "input").fill("2025-07-14 09:15:00")
    part(when, "input").press("Enter")
    expect(said).to_have_value("a light colour, Monday 14 July 2025 at 09:15 (CEST)")
    part(when, "picker").fill("2025-01-02T03:04:05")  # the browser's date picker
    expect(part(when, "input")).to_have_value("2025-01-02 03:04:05")
    expect(said).to_have_value("a light colour, Thursday 02 January 2025 at 03:04 (CET)")

    # -- HighlightedText: clicking a labelled token runs the select listener.
    entities = page.locator("#entities").first
    london = part(entities, "token").filter(has_text="London")
    expect(part(london, "token-label")).to_have_text("NAME")
    london.click()
    expect(text_of(page, "token-clicked")).to_have_value("token 7: 'London' (NAME)")
    part(entities, "token").filter(has_text="Ada").click()
    expect(text_of(page, "token-clicked")).to_have_value("token 1: 'Ada' (NAME)")
    entities.screenshot(path=artifacts / "data-code-lab-entities.png")

    # -- AnnotatedImage: pointing singles out an annotation, clicking selects it.
    found = page.locator("#found").first
    image = part(found, "image")
    expect(part(found, "mask")).to_have_count(3)
    found.scroll_into_view_if_needed()

    def at(x: float, y: float) -> tuple[float, float]:
        """Page coordinates of image pixel (x, y), read where the image is now (a
        screenshot or a change above it can move it)."""
        box = image.bounding_box()
        assert box is not None
        return box["x"] + (x + 0.5) * box["width"] / 200, box["y"] + (y + 0.5) * box["height"] / 120

    page.mouse.move(*at(140, 90))
    expect(part(found, "mask").nth(1)).to_have_class("nbb-ann-mask nbb-ann-active")
    found.screenshot(path=artifacts / "data-code-lab-annotated.png")
    # The notebook's own cells chose the blue square: the sky first, so each click changes it.
    page.mouse.move(*at(5, 5))
    expect(part(found, "mask").nth(2)).to_have_class("nbb-ann-mask nbb-ann-active")
    page.mouse.click(*at(5, 5))  # the sky mask
    expect(text_of(page, "annotation-chosen")).to_have_value("annotation 2: sky")
    page.mouse.click(*at(140, 90))
    expect(text_of(page, "annotation-chosen")).to_have_value("annotation 1: blue square")
    part(found, "legend-item").filter(has_text="red square").click()
    expect(text_of(page, "annotation-chosen")).to_have_value("annotation 0: red square")
