"""What nbblocks apps look like in JupyterLab, and the steps a person takes in them.

Selectors follow docs/frontend.md: every block root is ``[data-nbblocks-view="<view>"]``
with ``id=<elem_id>`` when set; the elements inside it carry ``data-nbblocks-part``.
Shared by the tests that drive the same notebook in different JupyterLab setups.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Locator, Page, expect

APP = '[data-nbblocks-view="blocks"]'


def part(app: Locator, block: str, name: str) -> Locator:
    """The element ``name`` (a data-nbblocks-part) inside the block matched by ``block``."""
    return app.locator(block).locator(f'[data-nbblocks-part="{name}"]')


def use_quickstart(page: Page, screenshot: Path | None = None) -> None:
    """notebooks/quickstart.ipynb after "run all": check what its cells did, then type a
    name, move the slider and click Greet as a person would."""
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
    if screenshot is not None:
        app.screenshot(path=screenshot)
