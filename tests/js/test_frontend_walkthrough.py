"""gr.Walkthrough's view: a numbered stepper over its gr.Step children, in Chromium. With
fake models (what each click sends, what a kernel's `selected` does) and, at the end, with
a real kernel behind the app's web page (Next, back, Next)."""

from __future__ import annotations

import pytest
from frontend_harness import axe_violations, kernel_set, mount, open_harness, wire

STEPS = '#wt [data-nbblocks-part="step"]'
BUTTONS = '#wt [data-nbblocks-part="step-button"]'


def _walkthrough(page, selected=None, hidden=False):
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "demo"}, "children": [
        {"view": "walkthrough", "key": "wt", "props": {"elem_id": "wt", **({"selected": selected} if selected is not None else {})},
         "children": [
             {"view": "step", "key": "s0", "props": {"label": "Pick", "id": 1, "elem_id": "pick"},
              "children": [{"view": "button", "value": "Next", "props": {"elem_id": "next0"}}]},
             {"view": "step", "key": "s1", "props": {"label": "Check", "id": 2},
              "children": [{"view": "textbox", "props": {"elem_id": "x1", "label": "Answer"}}]},
             {"view": "step", "key": "hidden", "props": {"label": "Skipped", "id": 3, "visible": not hidden}},
             {"view": "step", "key": "s3", "props": {"id": 4},
              "children": [{"view": "textbox", "props": {"elem_id": "x3", "label": "Last"}}]},
         ]},
    ]})


def _states(page):
    return page.locator(STEPS).evaluate_all("""els => els.filter(e => !e.hidden).map(e => {
        const b = e.querySelector('button');
        return [b.innerText.replace(/\\s+/g, ' ').trim(), e.dataset.state, b.disabled, b.getAttribute('aria-current')];
    })""")


def _select(page, selected):
    kernel_set(page, "wt", {"props": {**page.evaluate("nb.model('wt').get('props')"), "selected": selected}})


def test_steps_are_numbered_and_only_the_open_one_shows(page):
    _walkthrough(page, hidden=True)
    # A hidden step is left out and the others are numbered in order; a step without a
    # label is "Step n"; later steps wait (disabled) until a function opens them.
    assert _states(page) == [
        ["1 Pick", "current", False, "step"],
        ["2 Check", "todo", True, None],
        ["3 Step 3", "todo", True, None],
    ]
    assert page.locator("#next0").is_visible() and page.locator("#x1").is_hidden() and page.locator("#x3").is_hidden()
    assert page.locator("#pick-button").get_attribute("aria-controls") == "pick"  # Gradio's "<elem_id>-button"
    assert page.locator('#wt [data-nbblocks-part="steps"]').get_attribute("aria-label") == "Steps"
    page.locator(BUTTONS).nth(1).click(force=True)  # a disabled later step: nothing happens
    page.locator(BUTTONS).nth(0).click()  # the open step: nothing happens, as in Gradio
    assert wire(page, "wt") == [] and wire(page, "s0") == []

    _select(page, 2)  # a function returned gr.Walkthrough(selected=2)
    assert _states(page)[:2] == [["Pick (completed)", "done", False, None], ["2 Check", "current", False, "step"]]
    assert page.locator("#x1").is_visible() and page.locator("#next0").is_hidden()
    assert page.locator('#wt [data-nbblocks-part="step"][data-state="done"] svg').count() == 1  # a tick, not a number
    _select(page, 4)
    assert [s[1] for s in _states(page)] == ["done", "done", "current"]
    assert page.locator("#x3").is_visible()
    assert wire(page, "wt") == []  # what the kernel changes sends nothing back
    assert axe_violations(page, ["#demo"]) == []


def test_clicking_an_earlier_step_goes_back_and_sends_gradios_events(page):
    _walkthrough(page, selected=4)
    page.locator(BUTTONS).nth(1).click()
    assert page.locator("#x1").is_visible() and page.locator("#x3").is_hidden()
    assert [s[1] for s in _states(page)] == ["done", "current", "todo", "todo"]
    data = {"index": 1, "value": "Check", "id": 2, "selected": True}
    assert wire(page, "wt") == [("event", "select", data), ("event", "change", None)]
    assert wire(page, "s1") == [("event", "select", {"index": 1, "value": "Check", "selected": True})]
    assert wire(page, "s0") == [] and wire(page, "s3") == []
    # The kernel keeps the choice (selected=2) and may then move on again.
    _select(page, 2)
    assert page.locator("#x1").is_visible()
    _select(page, 4)
    assert page.locator("#x3").is_visible()


def test_steps_work_from_the_keyboard_and_next_moves_the_focus_to_the_stepper(page):
    _walkthrough(page, selected=2)
    page.locator("#pick-button").focus()
    page.keyboard.press("Tab")  # the open step is reachable too; later steps are not
    assert page.evaluate("document.activeElement.innerText").split() == ["2", "Check"]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert page.locator("#next0").is_visible()
    assert wire(page, "s0") == [("event", "select", {"index": 0, "value": "Pick", "selected": True})]
    _select(page, 1)  # the kernel keeps the pick
    page.locator('#next0 [data-nbblocks-part="button"]').focus()
    _select(page, 2)  # "Next": the focused button's step closes
    assert page.evaluate("document.activeElement.getAttribute('aria-current')") == "step"
    assert page.evaluate("document.activeElement.innerText").split() == ["2", "Check"]


def test_a_step_the_kernel_hides_or_makes_non_interactive(page):
    _walkthrough(page, selected=4)
    props = page.evaluate("nb.model('s0').get('props')")
    kernel_set(page, "s0", {"props": {**props, "interactive": False}})
    assert page.locator("#pick-button").is_disabled()
    kernel_set(page, "s3", {"props": {**page.evaluate("nb.model('s3').get('props')"), "visible": False}})
    # The open step is hidden: the first visible one shows, and the rest wait again.
    assert _states(page) == [["1 Pick", "current", True, "step"], ["2 Check", "todo", True, None], ["3 Skipped", "todo", True, None]]
    assert page.locator("#next0").is_visible()


@pytest.mark.parametrize("theme", ["dark", "none"])
def test_the_stepper_passes_axe_in_other_themes(browser, server_url, theme):
    page = open_harness(browser, server_url, theme=theme)
    _walkthrough(page, selected=2)
    assert axe_violations(page, ["#demo"]) == []
    assert page.js_errors == []
    page.context.close()


def test_next_back_and_next_again_in_the_web_page_with_a_kernel(browser):
    """The classic walkthrough served as a page: a Next button in each step, a person going
    back by clicking the first step, then Next again; the kernel hears every event."""
    pytest.importorskip("uvicorn")
    from playwright.sync_api import expect
    from support.servers import serving
    from support.waiting import eventually

    import nbblocks as gr

    heard: list[str] = []
    with gr.Blocks() as demo:
        with gr.Walkthrough(selected=1, elem_id="wt") as wt:
            with gr.Step("Pick", id=1) as first:
                next1 = gr.Button("Next", elem_id="next1")
            with gr.Step("Check", id=2) as second:
                gr.Markdown("Second step", elem_id="second")
        next1.click(lambda: gr.Walkthrough(selected=2), None, wt)

        @wt.select
        def picked(evt: gr.SelectData) -> None:
            heard.append(f"wt.select {evt.index}")

        @first.select
        def first_opened(evt: gr.SelectData) -> None:
            heard.append(f"first.select {evt.value}")

        @second.select
        def second_opened(evt: gr.SelectData) -> None:
            heard.append(f"second.select {evt.value}")

        wt.change(lambda: heard.append("change"))

    def heard_after(*expected: str) -> bool:
        return sorted(heard) == sorted(expected)

    page = browser.new_context().new_page()
    with serving(demo):
        page.goto(demo.local_url)
        page.wait_for_selector('#nbb-page[data-nbblocks-ready="true"]')
        steps = page.locator('#wt [data-nbblocks-part="step-button"]')
        page.locator('#next1 [data-nbblocks-part="button"]').click()
        expect(page.locator("#second")).to_be_visible()
        assert eventually(lambda: heard_after("change", "second.select Check")), heard
        heard.clear()
        steps.nth(0).click()
        expect(page.locator("#next1")).to_be_visible()
        assert eventually(lambda: heard == ["wt.select 0", "first.select Pick", "change"]), heard
        heard.clear()
        page.locator('#next1 [data-nbblocks-part="button"]').click()  # the session knows the step was left
        expect(page.locator("#second")).to_be_visible()
        expect(steps.nth(1)).to_have_attribute("aria-current", "step")
        assert eventually(lambda: heard_after("change", "second.select Check")), heard
    page.context.close()
