"""gr.Sidebar's view (a side column that toggles) and gr.BrowserState's view (a value in
the page's localStorage that survives a reload and reaches the kernel)."""

from __future__ import annotations

import nbblocks as gr
from frontend_harness import axe_violations, kernel_set, mount, open_harness, wire
from nbblocks.testing import Frontend


def _app_with_sidebar(page, position="left", open_=True):
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "demo"}, "children": [
        {"view": "sidebar", "key": "side", "props": {"elem_id": "side", "label": "Filters", "open": open_,
                                                     "width": 240, "position": position},
         "children": [{"view": "textbox", "props": {"elem_id": "inner", "label": "Query"}}]},
        {"view": "textbox", "props": {"elem_id": "main", "label": "Main"}},
        {"view": "button", "value": "Go", "props": {"elem_id": "go"}},
    ]})


def test_sidebar_is_a_side_column_that_toggles_and_fires_events(page):
    _app_with_sidebar(page)
    toggle = page.locator('#side [data-nbblocks-part="sidebar-toggle"]')
    side, main, go = (page.locator(f"#{k}").bounding_box() for k in ("side", "main", "go"))
    assert abs(side["width"] - 240) <= 1
    assert side["x"] + side["width"] <= main["x"]  # a column beside the content, not above it
    assert side["y"] <= main["y"] + 1 and main["x"] == go["x"]
    assert toggle.get_attribute("aria-expanded") == "true"
    assert toggle.get_attribute("aria-label") == "Close Filters"
    assert page.locator('#side [data-nbblocks-part="sidebar"]').get_attribute("aria-label") == "Filters"
    assert page.locator("#inner").is_visible()

    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-label") == "Open Filters"
    assert page.locator("#inner").is_hidden()
    narrow = page.locator("#main").bounding_box()
    assert narrow["x"] < main["x"] and narrow["width"] > main["width"]  # the content takes the room
    toggle.click()
    assert page.locator("#inner").is_visible()
    assert wire(page, "side") == [("event", "collapse", None), ("event", "expand", None)]

    props = page.evaluate("nb.model('side').get('props')")
    kernel_set(page, "side", {"props": {**props, "open": False}})
    assert page.locator("#inner").is_hidden()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert wire(page, "side") == [("event", "collapse", None), ("event", "expand", None)]  # no event for the kernel's change
    assert axe_violations(page, ["#demo"]) == []
    kernel_set(page, "side", {"props": {**props, "visible": False}})
    assert page.locator("#side").is_hidden()
    assert page.locator("#main").bounding_box()["x"] < narrow["x"]  # a hidden sidebar takes no room


def test_sidebar_on_the_right_and_closed_at_first(page):
    _app_with_sidebar(page, position="right", open_=False)
    main = page.locator("#main").bounding_box()
    toggle = page.locator('#side [data-nbblocks-part="sidebar-toggle"]')
    assert page.locator("#inner").is_hidden()
    toggle.click()
    side = page.locator("#side").bounding_box()
    opened = page.locator("#main").bounding_box()
    assert side["x"] >= opened["x"] + opened["width"]  # on the right of the content
    assert opened["width"] < main["width"]
    assert wire(page, "side") == [("event", "expand", None)]


def test_sidebar_taller_than_the_content_gives_the_app_its_height(page):
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "demo"}, "children": [
        {"view": "sidebar", "props": {"elem_id": "side"}, "children": [
            {"view": "textbox", "props": {"elem_id": f"s{i}", "label": f"S{i}"}} for i in range(6)]},
        {"view": "textbox", "props": {"elem_id": "main"}},
    ]})
    app, last = page.locator("#demo").bounding_box(), page.locator("#s5").bounding_box()
    assert app["y"] + app["height"] >= last["y"] + last["height"]


def _browser_state_spec(text, key="notes"):
    return {"view": "blocks", "key": "app", "children": [
        {"view": "browserstate", "key": "bs", "value": text, "props": {"storage_key": key, "visible": False}}]}


def test_browser_state_survives_a_reload_and_reaches_the_function(browser, server_url):
    def app():
        with gr.Blocks() as demo:
            notes = gr.BrowserState(["default"], storage_key="notes", secret="harness-secret")
            shown = gr.JSON()
            show = gr.Button()
            show.click(lambda items: items, notes, shown)
        return demo, notes, show, shown

    demo, notes, *_ = app()
    page = open_harness(browser, server_url)
    page.evaluate("localStorage.clear()")
    mount(page, _browser_state_spec(notes.notebook_value(["default"])))
    assert page.locator('[data-nbblocks-view="browserstate"]').is_hidden()
    assert notes.read_notebook_value(page.evaluate("localStorage.getItem('notes')")) == ["default"]
    assert wire(page, "bs") == []  # nothing stored yet: nothing to send

    sealed = notes.notebook_value(["kept", "across", "reloads"])  # a function's output, sealed by the kernel
    kernel_set(page, "bs", {"value": sealed})
    assert page.evaluate("localStorage.getItem('notes')") == sealed
    assert "kept" not in sealed

    page.reload()
    page.wait_for_function("window.nbReady === true")
    mount(page, _browser_state_spec(notes.notebook_value(["default"])))  # a new session: the default again
    page.wait_for_function("nb.messages('bs').length > 0")
    assert page.evaluate("localStorage.getItem('notes')") == sealed  # not overwritten by the default
    assert wire(page, "bs") == [("update", {"value": sealed}), ("event", "change", None)]  # as Gradio: change on load
    assert page.js_errors == []
    page.context.close()
    demo.close()

    # What the page sent becomes the session's value in a kernel that runs the cell again.
    demo, notes, show, shown = app()
    ui = Frontend(demo, local_storage={"notes": sealed})
    ui.click(show)
    assert ui.value(shown) == ["kept", "across", "reloads"]
    demo.close()
