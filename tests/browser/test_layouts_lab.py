"""Layouts in JupyterLab: tabs, an accordion and a column shown and hidden, driven by clicks;
a folder browsed with FileExplorer and a ParamViewer's table.

The notebook's own cells already moved the apps through Frontend (the notebook is one
session); this continues from there in the page and checks that the kernel heard it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Locator, Page, expect

from pages import APP

pytestmark = pytest.mark.browser


def block(app: Locator, view: str, label: str) -> Locator:
    """The ``view`` block whose label (a checkbox's own label) is ``label``."""
    labels = '[data-nbblocks-part="label"], [data-nbblocks-part="checkbox-label"]'
    return app.locator(f'[data-nbblocks-view="{view}"]').filter(
        has=app.page.locator(labels, has_text=label)
    ).first


def test_tabs_and_accordion_events(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "layouts_and_components.ipynb")
    wizard = page.locator(APP).filter(has_text="Welcome! Press").first
    tabs = wizard.locator('[data-nbblocks-part="tab-button"]')
    where = block(wizard, "textbox", "You are on").locator('[data-nbblocks-part="input"]')
    switches = block(wizard, "number", "Tab switches").locator('[data-nbblocks-part="input"]')

    # Where the notebook's cells left it: "Next" opened Details, the person's click went back
    # to Start, and "Next" opened Details again (three switches).
    expect(tabs.filter(has_text="Details")).to_have_attribute("aria-selected", "true")
    expect(where).to_have_value("tab 0: Start")
    expect(switches).to_have_value("3")
    expect(tabs.filter(has_text="Done")).to_be_disabled()

    tabs.filter(has_text="Start").click()
    expect(where).to_have_value("tab 0: Start")  # Tabs.select with its SelectData
    expect(switches).to_have_value("4")  # Tabs.change
    tabs.filter(has_text="Details").click()
    expect(where).to_have_value("tab 1: Details")
    expect(switches).to_have_value("5")
    tabs.filter(has_text="Details").click()
    expect(where).to_have_value("tab 1: Details")
    expect(switches).to_have_value("5")  # the open tab again: no change (checked again at the end)
    toggle = wizard.locator('[data-nbblocks-part="accordion-toggle"]')
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(toggle).to_contain_text("Help (open)")  # expand -> gr.update(label=...)
    expect(wizard.get_by_text("Fill in what you know.")).to_be_visible()
    wizard.screenshot(path=artifacts / "layouts-wizard.png")
    toggle.click()
    expect(toggle).to_have_text("Help")  # collapse
    expect(wizard.get_by_text("Fill in what you know.")).to_be_hidden()
    # After these round trips to the kernel, a change sent for the open tab would have
    # counted too (the listener runs one event at a time, in order): still 5.
    expect(switches).to_have_value("5")


def test_a_checkbox_shows_and_hides_a_column(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "layouts_and_components.ipynb")
    travel = page.locator(APP).filter(has_text="Advanced options").first
    advanced = block(travel, "checkbox", "Advanced options").locator('[data-nbblocks-part="checkbox"]')
    nights = block(travel, "slider", "Nights")

    # The notebook's cells ticked it through Frontend: the page shows the same session.
    expect(advanced).to_be_checked()
    expect(nights).to_be_visible()
    advanced.uncheck()
    expect(nights).to_be_hidden()  # gr.Column(visible=False) from the change listener
    advanced.check()
    expect(nights).to_be_visible()
    travel.screenshot(path=artifacts / "layouts-travel.png")


def test_a_folder_is_browsed_and_ticked_files_reach_the_kernel(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "layouts_and_components.ipynb")
    tables = page.locator(APP).filter(has_text="Rows of data").first
    rows = block(tables, "number", "Rows of data").locator('[data-nbblocks-part="input"]')
    expect(rows).to_have_value("0")  # the cells unticked what they ticked

    # Each folder is listed by the kernel's `ls` when it is opened.
    tables.locator('[data-path="sales"] > .nbb-fe-row').click()
    tables.locator('[data-path="sales/2024"] > .nbb-fe-row').click()
    tables.locator('[data-path="sales/prices.csv"] [data-nbblocks-part="checkbox"]').click()
    expect(rows).to_have_value("3")
    tables.locator('[data-path="sales/2024/january.csv"] [data-nbblocks-part="checkbox"]').click()
    expect(rows).to_have_value("5")
    tables.locator('[data-path="notes"] > .nbb-fe-row').click()
    expect(tables.locator('[data-path="notes"] [data-nbblocks-part="empty"]')).to_be_visible()  # ideas.md: not *.csv
    tables.screenshot(path=artifacts / "layouts-file-explorer.png")


def test_the_parameter_table_shows_the_tool_the_cells_left(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "layouts_and_components.ipynb")
    tools = page.locator(APP).filter(has_text="Parameters of resize").first
    params = tools.locator('[data-nbblocks-part="param"]')
    # The cells picked blur, then resize again. Both tables reach the page as edits of the
    # value, which wait for the view when the cells ran before JupyterLab drew the app;
    # applied in order, they leave resize's.
    expect(params).to_have_count(3)
    expect(params.first).to_contain_text("width: int")
    params.nth(1).locator("summary").click()
    expect(params.nth(1).locator('[data-nbblocks-part="default"]')).to_contain_text("= None")
    expect(params.nth(1).locator('[data-nbblocks-part="description"]')).to_have_text("The new height; None follows keep_aspect.")
    tools.screenshot(path=artifacts / "layouts-param-viewer.png")
