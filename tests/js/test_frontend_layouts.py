"""Layouts: rows, columns, groups, tabs, accordions and the app root."""

from __future__ import annotations

import pytest
from frontend_harness import kernel_set, messages, mount, open_harness, wire


def _boxes(page, selector):
    return page.locator(selector).evaluate_all("els => els.map(e => e.getBoundingClientRect().toJSON())")


def test_children_render_in_a_row(page):
    mount(page, {"view": "row", "key": "row", "props": {"elem_id": "row"}, "children": [
        {"view": "textbox", "props": {"label": "A", "elem_id": "a", "scale": 2}},
        {"view": "textbox", "props": {"label": "B", "elem_id": "b", "scale": 1}},
        {"view": "button", "value": "Go", "props": {"elem_id": "c"}},
    ]})
    children = page.locator('#row [data-nbblocks-part="children"] [data-nbblocks-child]')
    assert children.count() == 3
    a, b, c = (page.locator(f"#{k}").bounding_box() for k in "abc")
    assert a["y"] == b["y"]
    assert abs(a["y"] - c["y"]) <= 1  # A and B sit inside their form panel's 1px border
    assert a["x"] < b["x"] < c["x"]
    assert abs(a["width"] - 2 * b["width"]) < 30
    assert page.locator("#a").evaluate("el => getComputedStyle(el).flexGrow") == "2"


def test_row_wraps_when_narrow(browser, server_url):
    page = open_harness(browser, server_url, width=360)
    mount(page, {"view": "row", "children": [
        {"view": "textbox", "props": {"elem_id": "a", "min_width": 200}},
        {"view": "textbox", "props": {"elem_id": "b", "min_width": 200}},
    ]})
    a, b = page.locator("#a").bounding_box(), page.locator("#b").bounding_box()
    assert b["y"] > a["y"]
    page.context.close()


def test_dynamic_children_keep_existing_ones(page):
    mount(page, {"view": "column", "key": "col", "props": {"elem_id": "col"},
                 "children": [{"view": "textbox", "key": "t1", "props": {"elem_id": "t1"}}]})
    page.click('#t1 [data-nbblocks-part="input"]')
    page.evaluate("window.__t1 = document.querySelector('#t1 [data-nbblocks-part=input]')")
    page.evaluate("""async () => {
      const id = await nb.mount({ view: 'textbox', props: { elem_id: 't0' } }, '#app');
      const first = nb.model('col').get('children')[0];
      document.querySelector('#t0').closest('.harness-output').remove();
      nb.model('col').kernelSet({ children: ['anywidget:' + id, first] });
    }""")
    page.wait_for_selector("#col #t0")
    ids = page.locator('#col [data-nbblocks-part="children"] [data-nbblocks-child]').evaluate_all("els => els.map(e => e.id)")
    assert ids == ["t0", "t1"]
    assert page.evaluate("window.__t1 === document.querySelector('#t1 [data-nbblocks-part=input]')")
    assert page.evaluate("document.activeElement === window.__t1")


def test_group_joins_children(page):
    mount(page, {"view": "group", "props": {"elem_id": "g"}, "children": [
        {"view": "textbox", "props": {"elem_id": "a", "label": "A"}},
        {"view": "textbox", "props": {"elem_id": "b", "label": "B"}},
    ]})
    a, b = page.locator("#a").bounding_box(), page.locator("#b").bounding_box()
    assert b["y"] - (a["y"] + a["height"]) <= 1.5
    assert page.locator("#a").evaluate("el => getComputedStyle(el).borderTopWidth") == "0px"


def test_tabs_switch_and_send_select(page):
    mount(page, {"view": "tabs", "key": "tabs", "props": {"elem_id": "tabs", "selected": None}, "children": [
        {"view": "tab", "key": "t0", "props": {"label": "First"}, "children": [{"view": "textbox", "props": {"elem_id": "x0"}}]},
        {"view": "tab", "key": "t1", "props": {"label": "Second", "id": "second"},
         "children": [{"view": "textbox", "props": {"elem_id": "x1"}}]},
        {"view": "tab", "key": "t2", "props": {"label": "Hidden", "visible": False}},
    ]})
    buttons = page.locator('#tabs [data-nbblocks-part="tab-button"]:visible')
    assert buttons.all_inner_texts() == ["First", "Second"]
    assert page.locator("#x0").is_visible() and page.locator("#x1").is_hidden()
    buttons.nth(1).click()
    assert page.locator("#x1").is_visible() and page.locator("#x0").is_hidden()
    data = {"index": 1, "value": "Second", "selected": True}
    assert wire(page, "t1") == [("event", "select", data)]
    assert wire(page, "tabs") == [("event", "select", data), ("event", "change", None)]
    assert wire(page, "t0") == []
    buttons.nth(1).click()  # the open tab again: select, but no change
    assert wire(page, "tabs")[2:] == [("event", "select", data)]
    kernel_set(page, "tabs", {"props": {**page.evaluate("nb.model('tabs').get('props')"), "selected": 0}})
    assert page.locator("#x0").is_visible()
    kernel_set(page, "tabs", {"props": {**page.evaluate("nb.model('tabs').get('props')"), "selected": "second"}})
    assert page.locator("#x1").is_visible()


def test_accordion_toggle(page):
    mount(page, {"view": "accordion", "key": "acc", "props": {"elem_id": "acc", "label": "More", "open": True},
                 "children": [{"view": "textbox", "props": {"elem_id": "inner"}}]})
    toggle = page.locator('#acc [data-nbblocks-part="accordion-toggle"]')
    assert "More" in toggle.inner_text()
    assert page.locator("#inner").is_visible()
    toggle.click()
    assert page.locator("#inner").is_hidden()
    toggle.click()
    assert page.locator("#inner").is_visible()
    assert wire(page, "acc") == [("event", "collapse", None), ("event", "expand", None)]
    kernel_set(page, "acc", {"props": {**page.evaluate("nb.model('acc').get('props')"), "open": False}})
    assert page.locator("#inner").is_hidden()


def test_blocks_scopes_user_css(page):
    css = "& { --nbb-primary: rgb(1, 2, 3) } .dim { opacity: 0.5 } @keyframes pulse { to { opacity: 1 } }"
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "app", "css": css}, "children": [
        {"view": "textbox", "props": {"elem_id": "inside", "elem_classes": ["dim"]}},
        {"view": "button", "value": "Go", "props": {"elem_id": "go", "variant": "primary"}}]})
    mount(page, {"view": "textbox", "props": {"elem_id": "outside", "elem_classes": ["dim"]}})
    assert page.locator("#inside").evaluate("el => getComputedStyle(el).opacity") == "0.5"
    assert page.locator("#outside").evaluate("el => getComputedStyle(el).opacity") == "1"
    button = page.locator('#go [data-nbblocks-part="button"]')
    assert button.evaluate("el => getComputedStyle(el).backgroundColor") == "rgb(1, 2, 3)"
    assert page.evaluate("[...document.styleSheets].some(s => [...s.cssRules].some(r => r.name === 'pulse'))")
    assert page.locator('#app [data-nbblocks-part="footer"]').is_hidden()
    props = page.evaluate("nb.model('app').get('props')")
    kernel_set(page, "app", {"props": {**props, "css": ""}})
    assert page.locator("#inside").evaluate("el => getComputedStyle(el).opacity") == "1"


def test_blocks_footer_shows_how_to_call_the_api(page):
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "app"}, "children": [{"view": "textbox"}]})
    footer = page.locator('#app [data-nbblocks-part="footer"]')
    assert footer.is_hidden()
    snippet = "from gradio_client import Client\n\nclient = Client('http://127.0.0.1:7861/')\nresult = client.predict(\n    text='Hello!!',\n    api_name='/echo',\n)"
    api = {"url": "http://127.0.0.1:7861/", "page": "http://127.0.0.1:7861/", "api_page": "http://127.0.0.1:7861/?view=api",
           "endpoints": [{"api_name": "/echo", "snippet": snippet}, {"api_name": "/count", "snippet": "x"}]}
    props = page.evaluate("nb.model('app').get('props')")
    kernel_set(page, "app", {"props": {**props, "footer": api}})
    assert footer.is_visible()
    # The same app as a web page, one click away.
    link = footer.locator('[data-nbblocks-part="page-link"]')
    assert link.get_attribute("href") == "http://127.0.0.1:7861/" and link.get_attribute("target") == "_blank"
    assert footer.locator("summary").inner_text() == "Use via API (2 endpoints)"
    footer.locator("summary").click()
    assert footer.locator('[data-nbblocks-part="api-url"]').get_attribute("href") == "http://127.0.0.1:7861/"
    assert footer.locator('[data-nbblocks-part="api-page"]').get_attribute("href") == "http://127.0.0.1:7861/?view=api"
    echo = footer.locator('[data-nbblocks-part="api-endpoint"][data-api-name="/echo"]')
    assert echo.locator("pre").inner_text() == snippet
    echo.locator('[data-nbblocks-part="copy"]').click()
    assert page.evaluate("navigator.clipboard.readText()") == snippet
    kernel_set(page, "app", {"props": {**props, "footer": None}})
    assert footer.is_hidden()


def _overlaps(a, b) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


def _inside(inner, outer) -> bool:
    return (outer["x"] <= inner["x"] and outer["y"] <= inner["y"]
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 0.5
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 0.5)


def test_adjacent_form_components_of_a_row_share_one_panel(page):
    mount(page, {"view": "row", "key": "row", "props": {"elem_id": "row"}, "children": [
        {"view": "textbox", "props": {"elem_id": "t", "label": "Text"}},
        {"view": "number", "value": 1, "props": {"elem_id": "n", "label": "Number"}},
        {"view": "slider", "value": 3, "props": {"elem_id": "s", "label": "Slider", "minimum": 0, "maximum": 10}},
        {"view": "button", "value": "Go", "props": {"elem_id": "go"}},
        {"view": "dropdown", "value": "a", "props": {"elem_id": "d", "label": "Pick", "choices": [["a", "a"]]}},
        {"view": "checkbox", "value": True, "props": {"elem_id": "c", "label": "Check"}},
    ]})
    panels = page.locator('#row [data-nbblocks-part="form"]')
    assert panels.count() == 2  # the button splits the form components into two panels
    first = panels.nth(0).locator(":scope > [data-nbblocks-child]").evaluate_all("els => els.map(e => e.id)")
    second = panels.nth(1).locator(":scope > [data-nbblocks-child]").evaluate_all("els => els.map(e => e.id)")
    assert (first, second) == (["t", "n", "s"], ["d", "c"])
    assert page.locator("#go").evaluate("el => el.parentElement.dataset.nbblocksPart") == "children"
    # One border box around the three: the panel draws the border, its members draw none
    # and sit side by side inside it.
    panel = panels.nth(0)
    assert panel.evaluate("el => getComputedStyle(el).borderTopWidth") == "1px"
    boxes = [page.locator(f"#{k}").bounding_box() for k in "tns"]
    outer = panel.bounding_box()
    for key, box in zip("tns", boxes, strict=True):
        assert page.locator(f"#{key}").evaluate("el => getComputedStyle(el).borderTopWidth") == "0px"
        assert _inside(box, outer)
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    # The members share the panel's edges: no gap between neighbours but the 1px line.
    assert boxes[1]["x"] - (boxes[0]["x"] + boxes[0]["width"]) <= 1.5
    assert not _overlaps(outer, page.locator("#go").bounding_box())


def test_form_panel_follows_changes_and_keeps_focus(page):
    mount(page, {"view": "column", "key": "col", "props": {"elem_id": "col"}, "children": [
        {"view": "textbox", "key": "a", "props": {"elem_id": "a"}},
        {"view": "button", "key": "b", "value": "Go", "props": {"elem_id": "b"}},
        {"view": "textbox", "key": "c", "props": {"elem_id": "c"}},
    ]})
    assert page.locator('#col [data-nbblocks-part="form"]').count() == 0  # a single one keeps its card
    page.click('#c [data-nbblocks-part="input"]')
    page.evaluate("window.__c = document.querySelector('#c [data-nbblocks-part=input]')")
    # Without the button, the two textboxes become adjacent and share a panel.
    page.evaluate("""() => {
      const [a, , c] = nb.model('col').get('children');
      nb.model('col').kernelSet({ children: [a, c] });
    }""")
    page.wait_for_function("document.querySelectorAll('#col [data-nbblocks-part=form] > [data-nbblocks-child]').length === 2")
    assert page.locator("#b").count() == 0
    assert page.evaluate("window.__c === document.querySelector('#c [data-nbblocks-part=input]')")


def test_group_keeps_its_look_around_form_components(page):
    mount(page, {"view": "group", "props": {"elem_id": "g"}, "children": [
        {"view": "textbox", "props": {"elem_id": "a", "label": "A"}},
        {"view": "number", "value": 2, "props": {"elem_id": "b", "label": "B"}},
    ]})
    assert page.locator('#g [data-nbblocks-part="form"]').count() == 0
    group = page.locator("#g .nbb-group")
    assert group.evaluate("el => getComputedStyle(el).borderTopWidth") == "1px"
    a, b = page.locator("#a").bounding_box(), page.locator("#b").bounding_box()
    assert b["y"] - (a["y"] + a["height"]) <= 1.5
    assert _inside(a, group.bounding_box()) and _inside(b, group.bounding_box())


def test_blocks_says_once_when_the_whole_app_is_drawn(page):
    """The app's `drawn` message (docs/protocol.md): once, after every block in it."""
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "app"}, "children": [
        {"view": "row", "children": [{"view": "textbox", "props": {"elem_id": "deep"}}, {"view": "button", "value": "Go"}]}]})
    page.wait_for_function("nb.messages('app').some((m) => m.content && m.content.type === 'drawn')")
    drawn = [m["content"] for m in messages(page, "app") if m["kind"] == "custom" and m["content"].get("type") == "drawn"]
    assert len(drawn) == 1 and drawn[0]["page"] and drawn[0]["seq"] >= 1
    assert page.locator('#deep [data-nbblocks-part="input"]').count() == 1
    assert wire(page, "app") == []  # no event besides it


def test_tab_and_accordion_clicked_back_then_set_again_by_a_function_in_the_web_page(browser):
    """A person goes back to tab A (and closes an Accordion) on the served page; a button
    that opens tab B (and the Accordion) works again, as on Gradio's page: the session
    keeps what the person chose."""
    pytest.importorskip("uvicorn")
    from playwright.sync_api import expect
    from support.servers import serving
    from support.waiting import eventually

    import nbblocks as gr

    heard: list[str] = []
    with gr.Blocks() as demo:
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("A", id="a") as tab_a:
                gr.Markdown("Panel A", elem_id="panel-a")
            with gr.Tab("B", id="b") as tab_b:
                gr.Markdown("Panel B", elem_id="panel-b")
        with gr.Accordion("More", open=False, elem_id="acc") as acc:
            gr.Markdown("Inside", elem_id="inside")
        to_b = gr.Button("To B", elem_id="to-b")
        to_b.click(lambda: (gr.Tabs(selected="b"), gr.Accordion(open=True)), None, [tabs, acc])
        tabs.change(lambda: heard.append("tabs.change"))
        tab_a.select(lambda: heard.append("a.select"))
        tab_b.select(lambda: heard.append("b.select"))
        acc.expand(lambda: heard.append("expand"))
        acc.collapse(lambda: heard.append("collapse"))

    def heard_after(*expected: str) -> bool:
        return sorted(heard) == sorted(expected)

    page = browser.new_context().new_page()
    with serving(demo):
        page.goto(demo.local_url)
        page.wait_for_selector('#nbb-page[data-nbblocks-ready="true"]')
        tab_buttons = page.locator('#tabs [data-nbblocks-part="tab-button"]')
        button = page.locator('#to-b [data-nbblocks-part="button"]')
        toggle = page.locator('#acc [data-nbblocks-part="accordion-toggle"]')
        button.click()
        expect(page.locator("#panel-b")).to_be_visible()
        expect(page.locator("#inside")).to_be_visible()
        assert eventually(lambda: heard_after("tabs.change", "b.select", "expand")), heard
        heard.clear()
        tab_buttons.nth(0).click()
        toggle.click()
        expect(page.locator("#panel-a")).to_be_visible()
        expect(page.locator("#inside")).to_be_hidden()
        assert eventually(lambda: heard_after("a.select", "tabs.change", "collapse")), heard
        heard.clear()
        button.click()  # the session knows the page left tab B and closed the Accordion
        expect(page.locator("#panel-b")).to_be_visible()
        expect(tab_buttons.nth(1)).to_have_attribute("aria-selected", "true")
        expect(page.locator("#inside")).to_be_visible()
        assert eventually(lambda: heard_after("tabs.change", "b.select", "expand")), heard
    page.context.close()
