"""gr.Sidebar and gr.BrowserState in a real JupyterLab: the sidebar is a side column that
toggles and fires its events in the kernel; a BrowserState's value is kept in the
notebook page's localStorage, sealed, and comes back to the kernel when the page is
loaded again and the cell runs again."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pages import APP, open_app, part

pytestmark = pytest.mark.browser

SOURCE = """
import nbblocks as gr

with gr.Blocks() as demo:
    with gr.Sidebar("Settings", width=260, elem_id="side") as side:
        mood = gr.Textbox(label="Mood", elem_id="mood")
    notes = gr.BrowserState([], storage_key={key!r}, secret="lab secret")
    note = gr.Textbox(label="Note", elem_id="note")
    listing = gr.Textbox(label="Notes", elem_id="listing")
    events = gr.Textbox(label="Events", elem_id="events")
    show = gr.Button("Show", elem_id="show")
    note.submit(lambda text, items: items + [text], [note, notes], notes)
    notes.change(lambda items: ", ".join(items), notes, listing)
    show.click(lambda items: ", ".join(items) or "(none)", notes, listing)
    side.collapse(lambda text: text + "collapse ", events, events)
    side.expand(lambda text: text + "expand ", events, events)
demo
"""


def _add(app, text: str) -> None:
    box = part(app, "#note", "input")
    box.fill(text)
    box.press("Enter")


def test_sidebar_toggles_and_browser_state_survives_a_reload(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    key = "lab-" + secrets.token_hex(4)
    name = "sidebar_browser_state.ipynb"
    app = open_app(page, open_and_run, lab_server, name, SOURCE.format(key=key))
    listing = part(app, "#listing", "input")

    # The sidebar: a column left of the app's other blocks, toggled by its button.
    toggle = part(app, "#side", "sidebar-toggle")
    mood = app.locator("#mood")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(mood).to_be_visible()
    side, note = app.locator("#side").bounding_box(), app.locator("#note").bounding_box()
    assert side is not None and note is not None and side["x"] + side["width"] <= note["x"]
    app.screenshot(path=artifacts / "sidebar-lab.png")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(mood).to_be_hidden()
    expect(part(app, "#events", "input")).to_have_value("collapse ")
    toggle.click()
    expect(mood).to_be_visible()
    expect(part(app, "#events", "input")).to_have_value("collapse expand ")

    # BrowserState: each output is stored, sealed, in this page's localStorage.
    _add(app, "milk")
    expect(listing).to_have_value("milk")
    _add(app, "bread")
    expect(listing).to_have_value("milk, bread")
    stored = page.evaluate("(key) => localStorage.getItem(key)", key)
    assert stored.startswith("nbb1.") and "milk" not in stored

    # Load the page again and run the cells again: a new app, the same key and secret.
    open_and_run(page, name)
    app = page.locator(APP).first
    listing = part(app, "#listing", "input")
    # The stored value reached the functions: its change fired (as in Gradio) ...
    expect(listing).to_have_value("milk, bread")
    part(app, "#show", "button").click()
    expect(listing).to_have_value("milk, bread")  # ... and a click's function reads it
    _add(app, "eggs")
    expect(listing).to_have_value("milk, bread, eggs")
