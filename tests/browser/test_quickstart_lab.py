"""The quickstart notebook, used the way a person would: type a name, click, read the greeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

# Selectors from docs/frontend.md: every block root is [data-nbblocks-view="<view>"] with
# id=<elem_id> when set; the elements inside it carry data-nbblocks-part.
APP = '[data-nbblocks-view="blocks"]'


def part(app: Locator, block: str, name: str) -> Locator:
    """The element ``name`` (a data-nbblocks-part) inside the block matched by ``block``."""
    return app.locator(block).locator(f'[data-nbblocks-part="{name}"]')


def test_quickstart_greets_ada(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "quickstart.ipynb")

    app = page.locator(APP).first
    expect(app).to_be_visible()
    # A Textbox's "input" part is an <input> (one line) or a <textarea>.
    name, greeting = part(app, "#name", "input"), part(app, "#greeting", "input")
    greet = part(app, "#greet", "button")
    expect(name).to_be_editable()
    expect(greet).to_be_enabled()

    # Later cells drive the same app (the notebook session) through the headless
    # nbblocks.testing.Frontend: what it set must show on this page too.
    intensity = part(app, '[data-nbblocks-view="slider"]', "number")
    expect(name).to_have_value("Grace")
    expect(intensity).to_have_value("4")
    expect(greeting).to_have_value("Hello, Grace!!!!")

    # Now as a person: move the slider back, type key by key, click at once. The page's
    # messages may reach the kernel on several threads; they must be handled in order.
    intensity.fill("2")
    expect(intensity).to_have_value("2")
    name.fill("")
    name.press_sequentially("Ada")
    greet.click()

    # Intensity 2: two exclamation marks.
    expect(greeting).to_have_value("Hello, Ada!!")
    app.screenshot(path=artifacts / "quickstart-app.png")
