"""gr.Dataframe view: cells by datatype, sort/search/filter in the page, editing and its
events, rows and columns, selection, copy; a big table asked from the kernel in windows
(the kernel's answers are played here, as tests/test_dataframe_frontend.py checks them)."""

from __future__ import annotations

from frontend_harness import clear, image_settled, kernel_send, kernel_set, messages, mount, settle, wire

TABLE = '[data-nbblocks-part="table"]'
VALUE = {"headers": ["name", "n", "ok"], "data": [["b", 2, True], ["a", 10, False], ["C", None, True]], "metadata": None}
PROPS = {"elem_id": "d", "label": "T", "datatype": ["str", "number", "bool"], "show_search": "filter", "interactive": True}


def show(page, value=VALUE, events=("select",), key="d", **props):
    mount(page, {"view": "dataframe", "key": key, "value": value, "props": {**PROPS, "elem_id": key, **props},
                 "events": list(events)})
    return page.locator(f"#{key}")


def column(table, c):
    return table.locator(f'tr[data-nbblocks-part="row"] td[data-column="{c}"]').all_inner_texts()


def cell(table, row, c):
    return table.locator(f'td[data-nbblocks-part="cell"][data-row="{row}"][data-column="{c}"]')


def sent(page, key="d", kind=None):
    out = [m["content"] for m in messages(page, key) if m["kind"] == "custom"]
    return [m for m in out if kind is None or m.get("type") == kind]


def test_cells_follow_their_datatype(page):
    value = {"headers": ["md", "html", "n", "ok", "long"],
             "data": [["**bold**", '<b class="x">hi</b><img src="data:," onerror="window.__pwned=1">', 1.5, True, "abcdefghij"]],
             "metadata": None}
    t = show(page, value, datatype=["markdown", "html", "number", "bool", "str"], max_chars=4, interactive=False)
    assert t.locator('[data-nbblocks-part="header-text"]').all_inner_texts() == ["md", "html", "n", "ok", "long"]
    assert cell(t, 0, 0).locator("strong").inner_text() == "bold"
    assert cell(t, 0, 1).locator("b.x").inner_text() == "hi"
    assert cell(t, 0, 1).locator("img").get_attribute("onerror") is None
    image_settled(cell(t, 0, 1).locator("img"))  # an onerror handler would have run by now
    assert page.evaluate("window.__pwned") is None
    assert "nbb-df-number" in cell(t, 0, 2).get_attribute("class")
    box = cell(t, 0, 3).locator('[data-nbblocks-part="checkbox"]')
    assert box.is_checked() and box.is_disabled()
    assert cell(t, 0, 4).inner_text() == "abcd…" and cell(t, 0, 4).get_attribute("title") == "abcdefghij"
    assert t.locator('[data-nbblocks-part="add-row"]').is_hidden()


def test_display_values_styles_row_numbers_and_pinned_columns(page):
    value = {"headers": ["a", "b"], "data": [[1.23456, "x"], [2.5, "y"]],
             "metadata": {"display_value": [["1.23", "x"], ["2.50", "y"]], "styling": [["", ""], ["background-color: yellow", ""]]}}
    t = show(page, value, datatype="str", show_row_numbers=True, pinned_columns=1, column_widths=["120px", "80px"])
    assert column(t, 0) == ["1.23", "2.50"]
    assert "yellow" in cell(t, 1, 0).get_attribute("style")
    assert t.locator('[data-nbblocks-part="row-number"]').all_inner_texts() == ["1", "2"]
    pinned = cell(t, 0, 0)
    assert "nbb-df-pinned" in pinned.get_attribute("class") and pinned.evaluate("el => getComputedStyle(el).position") == "sticky"
    assert float(pinned.evaluate("el => parseFloat(el.style.left)")) > 0  # after the row numbers


def test_sort_cycles_and_sorts_by_several_columns(page):
    value = {"headers": ["k", "v"], "data": [["b", 1], ["a", 2], ["B", None], ["a", 1]], "metadata": None}
    t = show(page, value, datatype=["str", "number"])
    sort_k = t.locator('[data-nbblocks-part="sort"][data-column="0"]')
    sort_k.click()
    assert column(t, 0) == ["a", "a", "b", "B"] and sort_k.get_attribute("data-direction") == "asc"
    t.locator('[data-nbblocks-part="sort"][data-column="1"]').click(modifiers=["Shift"])
    assert [r for r in t.locator('tr[data-nbblocks-part="row"]').all_inner_texts()] == ["a\t1", "a\t2", "b\t1", "B\t"]
    sort_k.click(modifiers=["Shift"])  # k descending, still sorted by v within
    assert sort_k.get_attribute("data-direction") == "desc"
    assert [r for r in t.locator('tr[data-nbblocks-part="row"]').all_inner_texts()] == ["b\t1", "B\t", "a\t1", "a\t2"]
    sort_k.click()  # a plain click after descending: no sort at all
    assert sort_k.get_attribute("data-direction") == "none" and column(t, 0) == ["b", "a", "B", "a"]
    t.locator('[data-nbblocks-part="sort"][data-column="1"]').click()
    assert column(t, 1) == ["1", "1", "2", ""]  # missing last
    assert sent(page, kind="event") == []  # sorting never changes the value


def test_search_and_filters_narrow_what_is_shown(page):
    t = show(page)
    search = t.locator('[data-nbblocks-part="search"]')
    search.fill("A")
    assert column(t, 0) == ["a"] and t.locator('[data-nbblocks-part="row-count"]').inner_text() == "1 of 3 rows"
    search.fill("")
    t.locator('[data-nbblocks-part="column-menu"][data-column="1"]').click()
    t.locator('[data-nbblocks-part="menu-item"][data-action="filter"]').click()
    t.locator('[data-nbblocks-part="filter-op"]').select_option(">")
    t.locator('[data-nbblocks-part="filter-value"]').fill("3")
    t.locator('[data-nbblocks-part="filter-apply"]').click()
    assert column(t, 0) == ["a"]
    assert t.locator('[data-nbblocks-part="filter-chip"]').inner_text().startswith("n > 3")
    t.locator('[data-nbblocks-part="filter-remove"]').click()
    assert column(t, 0) == ["b", "a", "C"]
    assert sent(page, kind="event") == []


def test_editing_a_cell_sends_the_value_then_edit_change_input(page):
    t = show(page, events=())
    cell(t, 1, 1).dblclick()
    editor = t.locator('[data-nbblocks-part="cell-editor"]')
    assert editor.input_value() == "10"
    editor.fill("12.5")
    editor.press("Enter")
    assert wire(page, "d") == [
        ("update", {"value": {"headers": ["name", "n", "ok"], "data": [["b", 2, True], ["a", 12.5, False], ["C", None, True]], "metadata": None}}),
        ("event", "edit", {"index": [1, 1], "value": 12.5, "previous_value": 10}),
        ("event", "change", None), ("event", "input", None),
    ]
    assert cell(t, 1, 1).inner_text() == "12.5"
    clear(page)
    cell(t, 0, 0).click()
    page.keyboard.type("z")  # typing on a selected cell starts an edit with that key
    page.keyboard.press("Enter")
    assert wire(page, "d")[1] == ("event", "edit", {"index": [0, 0], "value": "z", "previous_value": "b"})
    clear(page)
    cell(t, 2, 0).dblclick()
    page.keyboard.type("zzz")
    page.keyboard.press("Escape")
    assert wire(page, "d") == [] and cell(t, 2, 0).inner_text() == "C"
    cell(t, 0, 1).click()
    page.keyboard.press("Delete")
    assert wire(page, "d")[1] == ("event", "edit", {"index": [0, 1], "value": None, "previous_value": 2})
    clear(page)
    cell(t, 1, 2).locator('[data-nbblocks-part="checkbox"]').click()
    assert wire(page, "d")[1] == ("event", "edit", {"index": [1, 2], "value": True, "previous_value": False})


def test_a_value_from_the_kernel_is_drawn_and_not_sent_back(page):
    t = show(page)
    kernel_set(page, "d", {"value": {"headers": ["x"], "data": [["new"]], "metadata": None}})
    assert t.locator('[data-nbblocks-part="header-text"]').all_inner_texts() == ["x"] and column(t, 0) == ["new"]
    assert sent(page) == []


def test_rows_and_columns_from_menus(page):
    t = show(page, events=(), row_limits=[None, 4])
    t.locator('[data-nbblocks-part="add-row"]').click()
    assert wire(page, "d")[0][1]["value"]["data"][3] == ["", None, None]
    assert t.locator('[data-nbblocks-part="add-row"]').is_hidden()  # row_limits: at most 4 rows
    clear(page)
    cell(t, 0, 0).click(button="right")
    actions = t.locator('[data-nbblocks-part="menu-item"]')
    assert "add-row-above" not in [a.get_attribute("data-action") for a in actions.all()]  # the limit again
    t.locator('[data-nbblocks-part="menu-item"][data-action="delete-row"]').click()
    assert [r[0] for r in wire(page, "d")[0][1]["value"]["data"]] == ["a", "C", ""]
    clear(page)
    t.locator('[data-nbblocks-part="column-menu"][data-column="0"]').click()
    t.locator('[data-nbblocks-part="menu-item"][data-action="add-column-right"]').click()
    assert wire(page, "d")[0][1]["value"]["headers"] == ["name", "Header 4", "n", "ok"]
    clear(page)
    t.locator('[data-nbblocks-part="column-menu"][data-column="1"]').click()
    t.locator('[data-nbblocks-part="menu-item"][data-action="delete-column"]').click()
    assert wire(page, "d")[0][1]["value"]["headers"] == ["name", "n", "ok"]
    clear(page)
    t.locator('[data-nbblocks-part="header-text"]').first.dblclick()
    t.locator('[data-nbblocks-part="header-editor"]').fill("item")
    t.locator('[data-nbblocks-part="header-editor"]').press("Enter")
    assert wire(page, "d")[0][1]["value"]["headers"] == ["item", "n", "ok"]


def test_fixed_static_and_read_only_tables(page):
    t = show(page, events=(), row_count=[3, "fixed"], static_columns=[0])
    assert t.locator('[data-nbblocks-part="add-row"]').is_hidden()
    cell(t, 0, 0).dblclick()
    assert t.locator('[data-nbblocks-part="cell-editor"]').count() == 0
    cell(t, 0, 1).click(button="right")
    assert t.locator('[data-nbblocks-part="menu"]').is_hidden()  # no row or column may be added or deleted
    cell(t, 0, 1).dblclick()
    assert t.locator('[data-nbblocks-part="cell-editor"]').count() == 1


def test_select_sends_selectdata_once_per_cell(page):
    t = show(page, events=("select",))
    cell(t, 1, 0).click()
    cell(t, 1, 0).click()
    assert wire(page, "d") == [("event", "select", {"index": [1, 0], "value": "a", "row_value": ["a", 10, False],
                                                     "col_value": ["b", "a", "C"], "selected": True})]
    assert cell(t, 1, 0).get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowDown")
    assert cell(t, 2, 0).get_attribute("aria-selected") == "true"
    assert wire(page, "d")[-1][2]["index"] == [2, 0]


def test_copy_puts_csv_on_the_clipboard(page):
    value = {"headers": ["a", "b"], "data": [["x, y", 1], ["z", None]], "metadata": None}
    t = show(page, value, events=(), datatype="str", show_search="search")
    t.locator('[data-nbblocks-part="copy"]').click()
    page.wait_for_function("navigator.clipboard.readText().then((t) => t.length > 0)")
    assert page.evaluate("navigator.clipboard.readText()") == '"x, y",1\nz,'
    cell(t, 1, 0).click()
    t.locator('[data-nbblocks-part="copy"]').click()
    page.wait_for_function("navigator.clipboard.readText().then((t) => t === 'z')")


def test_buttons_prop(page):
    t = show(page, buttons=[])
    assert t.locator('[data-nbblocks-part="copy"]').count() == 0 and t.locator('[data-nbblocks-part="fullscreen"]').count() == 0
    t2 = show(page, key="e", buttons=["fullscreen"])
    assert t2.locator('[data-nbblocks-part="copy"]').count() == 0 and t2.locator('[data-nbblocks-part="fullscreen"]').count() == 1


# -- a big table, in windows ----------------------------------------------------------------


def rows_of(start, stop, *, total=100_000, order=None):
    index = [order(i) if order else i for i in range(start, min(stop, total))]
    return {"total": total, "start": start, "index": index, "rows": [[i, f"row {i}"] for i in index], "metadata": None}


def windowed(version=1, total=100_000):
    return {"headers": ["id", "name"], "window": {"version": version, "columns": 2, "first": rows_of(0, 100, total=total)}}


def answer(page, request, part, version=1, key="w"):
    kernel_send(page, key, {"type": "table_rows", "id": request["id"], "page": request["page"], "version": version,
                            "columns": 2, **part})


def test_a_big_table_asks_the_kernel_for_the_rows_it_scrolls_to(page):
    t = show(page, windowed(), key="w", datatype="str", show_search="search", max_height=300)
    assert column(t, 1)[:2] == ["row 0", "row 1"]
    assert t.locator('[data-nbblocks-part="row-count"]').inner_text() == "100,000 rows"
    assert t.locator('tr[data-nbblocks-part="row"]').count() < 40  # only the rows in view (and a few more)
    height = t.locator('[data-nbblocks-part="scroll"]').evaluate("el => el.scrollHeight")
    assert height > 100_000 * 30  # a scrollbar for every row
    t.locator('[data-nbblocks-part="scroll"]').evaluate("el => { el.scrollTop = el.scrollHeight / 2; }")
    page.wait_for_function("nb.messages('w').some((m) => m.content && m.content.type === 'table_rows')")
    requests = sent(page, "w", "table_rows")
    assert {r["start"] for r in requests} <= {b * 100 for b in range(1000)} and all(r["stop"] - r["start"] == 100 for r in requests)
    assert all(r["version"] == 1 and r["sort"] is None and r["search"] is None for r in requests)
    for r in requests:
        answer(page, r, rows_of(r["start"], r["stop"]))
    shown = [int(i) for i in t.locator('tr[data-nbblocks-part="row"][data-index]').evaluate_all("rs => rs.map((r) => r.dataset.index)")]
    assert shown and 45_000 < shown[0] < 55_000 and shown == list(range(shown[0], shown[0] + len(shown)))
    assert t.locator('tr.nbb-df-loading').count() == 0


def test_sort_and_search_of_a_big_table_happen_in_the_kernel(page):
    t = show(page, windowed(), key="w", datatype="str", show_search="search")
    clear(page)
    t.locator('[data-nbblocks-part="sort"][data-column="0"]').click()
    page.wait_for_function("nb.messages('w').some((m) => m.content && m.content.type === 'table_rows')")
    request = sent(page, "w", "table_rows")[0]
    assert request["sort"] == [[0, "asc"]] and request["start"] == 0
    answer(page, request, rows_of(0, 100, order=lambda i: 99_999 - i))
    assert column(t, 1)[0] == "row 99999"
    clear(page)
    t.locator('[data-nbblocks-part="search"]').fill("row 7")
    page.wait_for_function("nb.messages('w').some((m) => m.content && m.content.type === 'table_rows')")
    request = sent(page, "w", "table_rows")[-1]
    assert request["search"] == "row 7" and request["sort"] == [[0, "asc"]]
    answer(page, request, {"total": 2, "start": 0, "index": [7, 70], "rows": [[7, "row 7"], [70, "row 70"]], "metadata": None})
    assert column(t, 1) == ["row 7", "row 70"]
    assert t.locator('[data-nbblocks-part="row-count"]').inner_text() == "2 of 100,000 rows"


def test_an_edit_of_a_big_table_is_an_operation_on_the_kernels_copy(page):
    t = show(page, windowed(), key="w", datatype="str", events=("select",))
    clear(page)
    cell(t, 3, 1).click()
    assert sent(page, "w") == [{**sent(page, "w")[0], "type": "table_select", "row": 3, "column": 1}]
    cell(t, 3, 1).dblclick()
    t.locator('[data-nbblocks-part="cell-editor"]').fill("renamed")
    t.locator('[data-nbblocks-part="cell-editor"]').press("Enter")
    edit = sent(page, "w", "table_edit")[0]
    assert {k: edit[k] for k in ("op", "row", "column", "value", "version", "events")} == {
        "op": "set", "row": 3, "column": 1, "value": "renamed", "version": 1, "events": ["edit", "change", "input"]}
    assert cell(t, 3, 1).inner_text() == "renamed"  # shown at once
    kernel_send(page, "w", {"type": "table_edited", "id": edit["id"], "page": edit["page"], "version": 2})
    # The kernel's echo of the new version does not make this page fetch again.
    clear(page)
    kernel_set(page, "w", {"value": windowed(version=2), "value_origin": {"page": edit["page"], "seq": edit["seq"]}})
    settle(page)  # what the new value made the view do has been done
    assert sent(page, "w", "table_rows") == []
    # A new value from elsewhere (another page, a function) does.
    kernel_set(page, "w", {"value": windowed(version=3, total=50), "value_origin": {}})
    assert t.locator('[data-nbblocks-part="row-count"]').inner_text() == "50 rows"
    t.locator('[data-nbblocks-part="add-row"]').click()
    insert = sent(page, "w", "table_edit")[-1]
    assert {k: insert[k] for k in ("op", "at", "values", "version")} == {"op": "insert_row", "at": 50, "values": ["", ""], "version": 3}


def test_a_refused_edit_shows_why(page):
    t = show(page, windowed(), key="w", datatype="str")
    cell(t, 0, 1).dblclick()
    t.locator('[data-nbblocks-part="cell-editor"]').fill("x")
    t.locator('[data-nbblocks-part="cell-editor"]').press("Enter")
    edit = sent(page, "w", "table_edit")[0]
    kernel_send(page, "w", {"type": "table_error", "id": edit["id"], "page": edit["page"], "version": 5,
                            "message": "the table changed meanwhile; the edit was not applied (the table shows the new value)"})
    error = t.locator('[data-nbblocks-part="table-error"]')
    assert error.inner_text().startswith("the table changed meanwhile")
    page.wait_for_function("nb.messages('w').some((m) => m.content && m.content.type === 'table_rows')")
    assert sent(page, "w", "table_rows")[-1]["version"] == 5  # the rows are asked again, of the kernel's version


def test_a_refused_column_change_puts_the_headers_back(page):
    t = show(page, windowed(), key="w", datatype="str")
    t.locator('[data-nbblocks-part="column-menu"][data-column="1"]').click()
    t.locator('[data-nbblocks-part="menu-item"][data-action="delete-column"]').click()
    assert t.locator('[data-nbblocks-part="header-text"]').all_inner_texts() == ["id"]  # at once
    edit = sent(page, "w", "table_edit")[0]
    assert edit["op"] == "delete_column" and edit["column"] == 1
    kernel_send(page, "w", {"type": "table_error", "id": edit["id"], "page": edit["page"], "version": 1,
                            "message": "Dataframe has a fixed set of columns"})
    t.locator('[data-nbblocks-part="header-text"]').nth(1).wait_for()
    assert t.locator('[data-nbblocks-part="header-text"]').all_inner_texts() == ["id", "name"]
    assert t.locator('[data-nbblocks-part="table-error"]').inner_text() == "Dataframe has a fixed set of columns"
