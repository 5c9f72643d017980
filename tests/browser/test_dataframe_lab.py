"""gr.Dataframe in JupyterLab, in Chromium (notebooks/data_and_code.ipynb): edit a cell,
sort, search, select a cell of a small table held in the page; scroll, sort, search, edit
and select in a 1,000,000-row frame the kernel sends in windows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pages import APP
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

NOTEBOOK = "data_and_code.ipynb"


def textbox(app: Locator, elem_id: str) -> Locator:
    return app.locator(f'#{elem_id} [data-nbblocks-part="input"]')


def cell(table: Locator, row: int, column: int) -> Locator:
    return table.locator(f'td[data-nbblocks-part="cell"][data-row="{row}"][data-column="{column}"]')


def visible_row(table: Locator, k: int) -> int:
    """The position in the value of the k-th row fully in view (virtual rows above and
    below the view are drawn too)."""
    return int(table.locator('[data-nbblocks-part="scroll"]').evaluate("""(el, k) => {
      const box = el.getBoundingClientRect();
      const head = el.querySelector('thead th').getBoundingClientRect().bottom;  // the sticky header cells
      const rows = [...el.querySelectorAll('tr[data-nbblocks-part="row"][data-index]')].filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.top >= head && r.bottom <= box.bottom;
      });
      return rows[k].dataset.index;
    }""", k))


def first_column(table: Locator) -> Locator:
    return table.locator('tr[data-nbblocks-part="row"] td[data-column="0"]')


def test_small_table_edit_sort_search_select(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, NOTEBOOK)
    app = page.locator(APP).filter(has=page.locator("#orders")).first
    orders = app.locator("#orders")
    summary = textbox(app, "summary")
    # Where the notebook's own cells (Frontend) left the table: a fifth row, Coffee paid.
    expect(summary).to_have_value("5 lines, total 31.75, unpaid 7.00")
    expect(orders.locator('tr[data-nbblocks-part="row"]')).to_have_count(5)
    expect(cell(orders, 1, 3).locator('[data-nbblocks-part="checkbox"]')).to_be_checked()

    # Edit: double-click Tea's quantity, type, Enter. The kernel gets a number.
    cell(orders, 0, 2).dblclick()
    editor = orders.locator('[data-nbblocks-part="cell-editor"]')
    expect(editor).to_be_focused()
    editor.fill("10")
    editor.press("Enter")
    expect(summary).to_have_value("5 lines, total 51.75, unpaid 7.00")
    expect(textbox(app, "last-edit")).to_have_value("2 -> 10 at [0, 2]")
    expect(cell(orders, 0, 2)).to_have_text("10")

    # A checkbox cell toggles with a click.
    cell(orders, 4, 3).locator('[data-nbblocks-part="checkbox"]').click()
    expect(summary).to_have_value("5 lines, total 51.75, unpaid 0.00")

    # Sort by price (the header's sort button), descending on a second click; the value keeps its order.
    sort = orders.locator('[data-nbblocks-part="sort"][data-column="1"]')
    sort.click()
    expect(first_column(orders)).to_have_text(["Water", "Tea", "Coffee", "Scone", "Cake"])
    sort.click()
    expect(sort).to_have_attribute("data-direction", "desc")
    expect(first_column(orders)).to_have_text(["Cake", "Scone", "Coffee", "Tea", "Water"])

    # Search narrows what is shown, not the value.
    orders.locator('[data-nbblocks-part="search"]').fill("co")
    expect(first_column(orders)).to_have_text(["Scone", "Coffee"])
    expect(orders.locator('[data-nbblocks-part="row-count"]')).to_have_text("2 of 5 rows")
    expect(summary).to_have_value("5 lines, total 51.75, unpaid 0.00")

    # Select: SelectData with the row's position in the value.
    cell(orders, 1, 1).click()
    expect(textbox(app, "clicked")).to_have_value("3 at [1, 1] (row Coffee)")  # a JavaScript number: 3.0 is 3
    orders.locator('[data-nbblocks-part="search"]').fill("")
    expect(orders.locator('tr[data-nbblocks-part="row"]')).to_have_count(5)
    orders.screenshot(path=artifacts / "dataframe-orders.png")


def test_a_million_rows_scroll_sort_search_edit_select(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, NOTEBOOK)
    app = page.locator(APP).filter(has=page.locator("#big")).first
    big = app.locator("#big")
    described = textbox(app, "described")
    count = big.locator('[data-nbblocks-part="row-count"]')
    scroll = big.locator('[data-nbblocks-part="scroll"]')
    expect(count).to_have_text("1,000,000 rows")
    # The notebook's cells edited the last row far down the frame through Frontend.
    expect(described).to_have_value("1,000,000 rows, last id 999999, x0 of the last row 123.5")
    expect(cell(big, 0, 1)).to_have_text("row 0")
    # Only the rows in view are in the page.
    assert big.locator('tr[data-nbblocks-part="row"]').count() < 60

    # Scroll to the very end: the kernel sends the last rows.
    scroll.evaluate("el => { el.scrollTop = el.scrollHeight; }")
    expect(cell(big, 999_999, 1)).to_have_text("row 999999")
    expect(cell(big, 999_999, 2)).to_have_text("123.5")
    expect(big.locator('td[data-nbblocks-part="row-number"]').last).to_have_text("1000000")

    # Then to the middle.
    scroll.evaluate("el => { el.scrollTop = el.scrollHeight / 2; }")
    expect(big.locator('tr[data-nbblocks-part="row"][data-index]').first).to_have_attribute(
        "data-index", re.compile(r"^(4|5)\d{5}$"))

    # Edit a cell far down (here, in the middle): the function gets the whole edited frame.
    scroll.scroll_into_view_if_needed()  # the whole table in the window: clicks move no scroll position
    index = visible_row(big, 3)
    cell(big, index, 2).dblclick()
    editor = big.locator('[data-nbblocks-part="cell-editor"]')
    editor.fill("-7.25")
    editor.press("Enter")
    expect(cell(big, index, 2)).to_have_text("-7.25")

    # Select a cell: the kernel fills in the row and column values.
    cell(big, index, 1).click()
    expect(textbox(app, "chosen")).to_have_value(f"row {index} at [{index}, 1]")

    # Sort by x0 ascending over the whole frame: the edited -7.25 comes first.
    big.locator('[data-nbblocks-part="sort"][data-column="2"]').click()
    expect(cell(big, index, 2)).to_have_text("-7.25")
    expect(big.locator('tr[data-nbblocks-part="row"][data-index]').first).to_have_attribute("data-index", str(index))

    # Search over every row in the kernel.
    big.locator('[data-nbblocks-part="search"]').fill("row 99999")
    expect(count).to_have_text("11 of 1,000,000 rows")
    expect(big.locator('tr[data-nbblocks-part="row"][data-index]')).to_have_count(11)
    big.screenshot(path=artifacts / "dataframe-million.png")
