"""The shared runtime: chrome, status, toasts, module and style caching, the view
contract as a custom component uses it, and cleanup."""

from __future__ import annotations

import re

from frontend_harness import clear, kernel_send, kernel_set, messages, mount, settle, wire


def test_label_info_and_root_attributes(page):
    mount(page, {"view": "textbox", "key": "tb",
                 "props": {"elem_id": "tb", "elem_classes": ["one", "two"], "label": "Name", "info": "Your name"}})
    root = page.locator("#tb")
    assert root.get_attribute("data-nbblocks-view") == "textbox"
    assert root.get_attribute("data-nbblocks-name") == "textbox"
    assert re.search(r"\bone\b.*\btwo\b", root.get_attribute("class"))
    assert "nbb-container" in root.get_attribute("class")
    assert page.locator('#tb [data-nbblocks-part="label"]').inner_text() == "Name"
    assert page.locator('#tb [data-nbblocks-part="info"]').inner_text() == "Your name"
    props = page.evaluate("nb.model('tb').get('props')")
    kernel_set(page, "tb", {"props": {**props, "show_label": False, "elem_classes": ["two"], "container": False}})
    assert page.locator('#tb [data-nbblocks-part="label"]').is_hidden()
    classes = root.get_attribute("class").split()
    assert "one" not in classes and "two" in classes and "nbb-container" not in classes


def test_visibility(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb", "label": "x"}})
    props = page.evaluate("nb.model('tb').get('props')")
    kernel_set(page, "tb", {"props": {**props, "visible": False}})
    assert page.locator("#tb").evaluate("el => getComputedStyle(el).display") == "none"
    kernel_set(page, "tb", {"props": {**props, "visible": "hidden"}})
    style = page.locator("#tb").evaluate(
        "el => { const s = getComputedStyle(el); return [s.display, s.visibility, el.getBoundingClientRect().height] }")
    assert style[0] != "none" and style[1] == "hidden" and style[2] <= 1
    assert page.locator('#tb [data-nbblocks-part="input"]').count() == 1
    kernel_set(page, "tb", {"props": {**props, "visible": True}})
    assert page.locator("#tb").is_visible()


def test_pending_status_shows_spinner_and_elapsed_time(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb", "label": "Out"}})
    assert page.locator('#tb [data-nbblocks-part="status"]').is_hidden()
    kernel_set(page, "tb", {"status": {"state": "pending", "show_progress": "full", "message": None,
                                       "progress": None, "queue_position": None}})
    assert page.locator("#tb").get_attribute("data-nbblocks-state") == "pending"
    assert page.locator('#tb [data-nbblocks-part="spinner"]').is_visible()
    timer = page.locator('#tb [data-nbblocks-part="timer"]')
    page.wait_for_function("() => parseFloat(document.querySelector('#tb [data-nbblocks-part=timer]').textContent) >= 0.3")
    assert re.fullmatch(r"\d+\.\ds", timer.inner_text())
    kernel_set(page, "tb", {"status": {"state": "pending", "show_progress": "full", "message": None,
                                       "progress": [{"progress": 0.5, "index": None, "length": None,
                                                     "unit": "steps", "desc": "Thinking"}],
                                       "queue_position": None}})
    assert page.locator('#tb [data-nbblocks-part="progress"]').is_visible()
    assert "Thinking" in page.locator('#tb [data-nbblocks-part="progress-desc"]').inner_text()
    assert page.locator("#tb .nbb-progress-fill").evaluate("el => el.style.width") == "50%"
    kernel_set(page, "tb", {"status": {"state": "idle", "show_progress": "full", "message": None,
                                       "progress": None, "queue_position": None}})
    assert page.locator('#tb [data-nbblocks-part="status"]').is_hidden()


def _pending(progress=None, eta=None):
    return {"status": {"state": "pending", "show_progress": "full", "message": None,
                       "progress": progress, "queue_position": None, "eta": eta}}


def _level(desc, index=None, length=None, progress=None):
    return {"desc": desc, "index": index, "length": length, "progress": progress, "unit": "steps"}


def test_nested_progress_shows_the_innermost_level_as_gradio_does(page):
    """Gradio's status tracker: every level is named with its percentage, the innermost
    one fills the bar, and step counts go before the timer ("6/12 steps | 1.7s")."""
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb", "label": "Out"}})
    desc = page.locator('#tb [data-nbblocks-part="progress-desc"]')
    steps = page.locator('#tb [data-nbblocks-part="progress-steps"]')
    fill = page.locator("#tb .nbb-progress-fill")
    bar = page.locator('#tb .nbb-progress-bar')

    kernel_set(page, "tb", _pending([_level("Working", 6, 12)]))
    assert desc.inner_text() == "Working - 50.0%"
    assert fill.evaluate("el => el.style.width") == "50%"
    assert steps.inner_text().strip() == "6/12 steps |"
    assert re.fullmatch(r"6/12 steps \| \d+\.\ds", " ".join(page.locator('#tb .nbb-status-meta').inner_text().split()))
    assert bar.get_attribute("aria-valuenow") == "50"
    assert bar.get_attribute("aria-valuetext") == "Working: 6 / 12 steps"
    assert page.locator('#tb [data-nbblocks-part="spinner"]').is_hidden()

    kernel_set(page, "tb", _pending([_level("Epoch", 1, 2), _level("Batch", 1, 4)]))
    assert desc.inner_text() == "Epoch - 50.0% / Batch - 25.0%"
    assert fill.evaluate("el => el.style.width") == "25%"
    assert steps.inner_text().strip() == "1/2 steps | 1/4 steps |"

    # A level with neither a description nor a fraction is not named; with no fraction at
    # the innermost level the spinner turns instead of a bar.
    kernel_set(page, "tb", _pending([_level("Loading", progress=0.3), _level(None, 5)]))
    assert desc.inner_text() == "Loading - 30.0%"
    assert bar.is_hidden() and page.locator('#tb [data-nbblocks-part="spinner"]').is_visible()
    assert steps.inner_text().strip() == "5 steps |"

    kernel_set(page, "tb", _pending([_level("Saving", 1234, 5000)]))
    assert steps.inner_text().strip() == "1.2k/5k steps |"


def test_the_timer_shows_the_expected_time_and_fills_the_block(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb", "label": "Out"}})
    timer = page.locator('#tb [data-nbblocks-part="timer"]')
    eta_bar = page.locator('#tb [data-nbblocks-part="eta-bar"]')
    kernel_set(page, "tb", _pending(eta=None))
    assert re.fullmatch(r"\d+\.\ds", timer.inner_text()) and eta_bar.is_hidden()
    kernel_set(page, "tb", _pending(eta=30.0))
    # "elapsed/expected s", the expected time counted from when the event started.
    page.wait_for_function("() => /^\\d+\\.\\d\\/3\\d\\.\\ds$/.test(document.querySelector('#tb [data-nbblocks-part=timer]').textContent)")
    assert eta_bar.is_visible()
    # With progress levels, the bar says more than the time: no filling block.
    kernel_set(page, "tb", _pending([_level("Working", 1, 4)], eta=30.0))
    assert eta_bar.is_hidden()
    assert re.fullmatch(r"\d+\.\d/3\d\.\ds", timer.inner_text())
    kernel_set(page, "tb", {"status": {"state": "idle", "show_progress": "full", "message": None,
                                       "progress": None, "queue_position": None, "eta": None}})
    kernel_set(page, "tb", _pending())
    assert re.fullmatch(r"\d+\.\ds", timer.inner_text())


def test_minimal_and_hidden_progress(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb"}})
    kernel_set(page, "tb", {"status": {"state": "pending", "show_progress": "minimal"}})
    assert page.locator('#tb [data-nbblocks-part="timer"]').is_visible()
    assert page.locator('#tb [data-nbblocks-part="spinner"]').is_hidden()
    kernel_set(page, "tb", {"status": {"state": "pending", "show_progress": "hidden"}})
    assert page.locator('#tb [data-nbblocks-part="status"]').is_hidden()


def test_error_status_shows_message(page):
    mount(page, {"view": "number", "key": "n", "props": {"elem_id": "n", "label": "Result"}})
    kernel_set(page, "n", {"status": {"state": "error", "message": "Division by zero", "show_progress": "full"}})
    error = page.locator('#n [data-nbblocks-part="error"]')
    assert error.is_visible()
    assert "Division by zero" in error.inner_text()
    assert "nbb-has-error" in page.locator("#n").get_attribute("class")
    kernel_set(page, "n", {"status": {"state": "pending", "message": None, "show_progress": "full"}})
    assert error.is_hidden()


def test_toast_messages_on_the_app(page):
    mount(page, {"view": "blocks", "key": "app", "props": {"elem_id": "app"},
                 "children": [{"view": "textbox", "props": {"label": "In"}}]})
    kernel_send(page, "app", {"type": "toast", "level": "error", "title": "Error", "message": "Bad input", "duration": None})
    kernel_send(page, "app", {"type": "toast", "level": "success", "title": "", "message": "Saved", "duration": 0.4})
    toasts = page.locator('#app [data-nbblocks-part="toast"]')
    assert toasts.count() == 2
    assert toasts.nth(0).get_attribute("data-level") == "error"
    assert "Bad input" in toasts.nth(0).inner_text()
    assert "Success" in toasts.nth(1).inner_text()
    page.wait_for_function("document.querySelectorAll('#app [data-nbblocks-part=toast]').length === 1")  # 0.4 s elapsed
    page.click('#app [data-nbblocks-part="toast-close"]')
    page.wait_for_function("document.querySelectorAll('#app [data-nbblocks-part=toast]').length === 0")
    assert wire(page) == []


def test_each_view_is_asked_for_and_evaluated_once_per_page(page):
    before = page.evaluate("nb.blobUrlCount()")
    mount(page, {"view": "column", "children": [{"view": "textbox", "props": {"label": f"t{i}"}} for i in range(20)]})
    mount(page, {"view": "textbox", "props": {"label": "another app"}})
    assert page.locator('[data-nbblocks-view="textbox"]').count() == 21
    # The runtime asked its model once for each view; one module for the column, one for all textboxes.
    assert page.evaluate("nb.viewRequests()") == ["column", "textbox"]
    assert page.evaluate("nb.blobUrlCount()") - before == 2
    assert page.locator("#nbblocks-style").count() == 1
    assert page.locator("style#nbblocks-style").evaluate("el => el.parentElement.tagName") == "HEAD"


def test_a_view_brings_its_own_stylesheets_once_in_a_fixed_order(page):
    mount(page, {"view": "slider", "props": {"elem_id": "s"}})
    sheets = lambda: page.evaluate(  # noqa: E731
        "[...document.head.querySelectorAll('style[id=nbblocks-style], style[data-nbblocks-stylesheet]')]"
        ".map((s) => s.id || s.dataset.nbblocksStylesheet)")
    assert sheets() == ["nbblocks-style", "inputs", "slider"]
    # A view shown later puts its stylesheet where its rank says, not at the end; none twice.
    mount(page, {"view": "button", "value": "Go"})
    mount(page, {"view": "number"})
    mount(page, {"view": "dropdown", "props": {"choices": [["a", "a"]]}})
    assert sheets() == ["nbblocks-style", "buttons", "inputs", "dropdown", "slider"]
    # The shared stylesheet holds no view's rules; the views' rules apply.
    shared_css = page.evaluate("document.getElementById('nbblocks-style').textContent")
    assert ".nbb-block" in shared_css and ".nbb-slider" not in shared_css and ".nbb-editor" not in shared_css
    assert page.locator("#s .nbb-slider-number").evaluate("el => getComputedStyle(el).width") != "auto"


def test_heavy_views_load_only_when_shown(page):
    mount(page, {"view": "blocks", "children": [{"view": "textbox"}, {"view": "image"}]})
    requested = page.evaluate("nb.viewRequests()")
    assert "imageeditor" not in requested and "markdown" not in requested
    assert page.locator("style[data-nbblocks-stylesheet=editor]").count() == 0
    mount(page, {"view": "imageeditor", "props": {"elem_id": "ed"}})
    assert page.evaluate("nb.viewRequests()").count("imageeditor") == 1
    assert page.locator("style[data-nbblocks-stylesheet=editor]").count() == 1


def test_ids_are_unique_on_the_page_whatever_the_number_of_runtimes(page):
    """Two kernels on one page (two runtime models, two copies of the runtime and views):
    label ids, radio group names and app scopes never repeat."""
    for runtime in ("runtime", "second"):
        mount(page, {"view": "blocks", "runtime": runtime, "children": [
            {"view": "textbox", "props": {"label": "Name"}}, {"view": "number", "props": {"label": "Age"}},
            {"view": "radio", "props": {"label": "Side", "choices": [["l", "l"], ["r", "r"]]}}]})
    labels = page.evaluate("[...document.querySelectorAll('[data-nbblocks-part=label]')].map((el) => el.id)")
    assert len(labels) >= 6 and len(set(labels)) == len(labels)
    groups = page.evaluate("[...new Set([...document.querySelectorAll('input[type=radio]')].map((el) => el.name))]")
    assert len(groups) == 2
    apps = page.evaluate("[...document.querySelectorAll('[data-nbblocks-app]')].map((el) => el.dataset.nbblocksApp)")
    assert len(apps) == 2 and len(set(apps)) == 2
    # Each runtime asked its own kernel for its views.
    assert page.evaluate("nb.viewRequests()").count("textbox") == 2
    # Picking in one radio group leaves the other alone.
    radios = page.locator("input[type=radio]")
    radios.nth(0).check()
    radios.nth(3).check()
    assert radios.nth(0).is_checked() and radios.nth(3).is_checked()


def test_a_block_says_what_it_waits_for_until_its_view_arrives(page):
    page.evaluate("nb.holdView('textbox')")
    page.evaluate("() => { nb.mount({view: 'textbox', props: {elem_id: 'late', label: 'Late'}}); }")  # it waits: not awaited
    waiting = page.locator('[data-nbblocks-part="view-waiting"]')
    waiting.wait_for()  # shown after a few seconds without an answer
    assert 'the "textbox" view' in waiting.inner_text()
    page.evaluate("nb.releaseView('textbox')")
    page.locator('#late [data-nbblocks-part="input"]').wait_for()
    assert waiting.count() == 0
    assert page.locator('#late [data-nbblocks-part="label"]').inner_text() == "Late"


def test_a_view_the_kernel_does_not_have_shows_an_error(page):
    page.js_errors.clear()
    mount(page, {"view": "nosuchview", "props": {"elem_id": "missing"}})
    assert "has no view" in page.locator('#missing [data-nbblocks-part="view-error"]').inner_text()
    page.js_errors.clear()


CUSTOM_VIEW = """
export default {
  render(ctx) {
    const button = ctx.h("button", { class: "counter", dataset: { nbblocksPart: "counter" } });
    const draw = () => { button.textContent = `${ctx.props().prefix}: ${ctx.value()}`; };
    ctx.listen(button, "click", () => {
      ctx.setValue(ctx.value() + 1);
      ctx.dispatch("bump", { by: 1 });
      draw();  // ctx.on("value") reports values this view did not set itself
    });
    ctx.on("value", draw);
    ctx.on("props", draw);
    draw();
    ctx.el.append(button);
    return () => { window.__customCleaned = (window.__customCleaned ?? 0) + 1; };
  },
};
"""
CUSTOM_CSS = ".counter { color: rgb(1, 2, 3); }"


def test_custom_view_uses_the_same_contract(page):
    spec = {"view": "custom", "view_src": CUSTOM_VIEW, "view_css": CUSTOM_CSS, "value": 1,
            "props": {"prefix": "n", "label": "Counter", "name": "counter"}}
    mount(page, {**spec, "key": "c1", "props": {**spec["props"], "elem_id": "c1"}})
    mount(page, {**spec, "key": "c2", "props": {**spec["props"], "elem_id": "c2"}})
    counter = page.locator('#c1 [data-nbblocks-part="counter"]')
    assert counter.inner_text() == "n: 1"
    assert page.locator("#c1").get_attribute("data-nbblocks-view") == "custom"
    assert page.locator("#c1").get_attribute("data-nbblocks-name") == "counter"
    assert page.locator('#c1 [data-nbblocks-part="label"]').inner_text() == "Counter"
    assert counter.evaluate("el => getComputedStyle(el).color") == "rgb(1, 2, 3)"
    assert page.locator("style[data-nbblocks-view-css]").count() == 1
    counter.click()
    assert wire(page, "c1") == [
        ("update", {"value": 2}), ("event", "input", None), ("event", "change", None), ("event", "bump", {"by": 1}),
    ]
    assert counter.inner_text() == "n: 2"
    counter.click()  # again, now that the kernel echoed the first value with this page's origin
    assert counter.inner_text() == "n: 3"
    kernel_set(page, "c1", {"value": 10})
    assert counter.inner_text() == "n: 10"


def test_abort_removes_listeners_and_runs_cleanup(page):
    mount(page, {"view": "custom", "view_src": CUSTOM_VIEW, "value": 0, "props": {"prefix": "x"}})
    mount(page, {"view": "blocks", "children": [{"view": "row", "children": [
        {"view": "textbox"}, {"view": "dropdown", "props": {"choices": [["a", "a"]]}}, {"view": "slider", "value": 3}]}]})
    assert page.evaluate("nb.handlerCount()") > 0
    page.evaluate("nb.unmountAll()")
    # What remains is each block model's own (its stub queues streamed value edits)...
    assert page.evaluate("nb.handlerCount()") == page.evaluate("nb.models.size")
    page.evaluate("nb.closeModels()")  # ...until the models close
    assert page.evaluate("nb.handlerCount()") == 0
    assert page.evaluate("window.__customCleaned") == 1


def test_a_new_view_id_rerenders(page):
    mount(page, {"view": "custom", "key": "c", "view_src": CUSTOM_VIEW, "value": 3, "props": {"prefix": "v", "elem_id": "c"}})
    new_id = page.evaluate("(src) => nb.registerView(src)", CUSTOM_VIEW.replace("${ctx.props().prefix}", "new ${ctx.props().prefix}"))
    kernel_set(page, "c", {"view_id": new_id})
    page.wait_for_function("document.querySelector('#c [data-nbblocks-part=counter]')?.textContent === 'new v: 3'")
    assert page.evaluate("window.__customCleaned") == 1
    assert page.locator('#c [data-nbblocks-part="counter"]').count() == 1


def test_broken_view_shows_an_error_in_the_block(page):
    page.js_errors.clear()
    mount(page, {"view": "custom", "view_src": "export default {}", "props": {"elem_id": "bad"}})
    assert "must export default" in page.locator('#bad [data-nbblocks-part="view-error"]').inner_text()
    page.js_errors.clear()


def test_no_messages_without_user_action(page):
    mount(page, {"view": "blocks", "children": [
        {"view": "textbox", "value": "a"}, {"view": "slider", "value": 5}, {"view": "dropdown", "value": "x",
                                                                            "props": {"choices": [["x", "x"]]}},
        {"view": "tabs", "children": [{"view": "tab", "props": {"label": "A"}}]}, {"view": "accordion"}]})
    clear(page)
    settle(page)
    assert wire(page) == []


def test_plain_keys_stay_inside_the_block(page):
    """Notebook command-mode shortcuts listen on the document: plain keys pressed in a
    block must not reach it, Ctrl/Cmd shortcuts must."""
    mount(page, {"view": "button", "value": "Go", "props": {"elem_id": "b"}})
    page.evaluate("window.__keys = []; document.addEventListener('keydown', (e) => __keys.push(e.key))")
    page.focus('#b [data-nbblocks-part="button"]')
    page.keyboard.press("a")
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("Control+s")
    assert page.evaluate("window.__keys") == ["Control", "s"]


def test_messages_carry_page_app_and_increasing_sequence_numbers(page):
    """The kernel orders a page's messages by (page, seq); see docs/protocol.md."""
    mount(page, {"view": "textbox", "key": "a", "props": {"label": "A", "elem_id": "a"}, "app": "app-1"})
    mount(page, {"view": "button", "key": "b", "value": "Go", "props": {"elem_id": "b"}, "app": "app-1"})
    clear(page)
    page.locator('#a [data-nbblocks-part="input"]').press_sequentially("x")
    page.locator('#b [data-nbblocks-part="button"]').click()
    sent = [m["content"] for m in messages(page) if m["kind"] == "custom"]
    events = [m for m in sent if m.get("type") == "event" and m["event"] in ("input", "change", "click")]
    assert [m["event"] for m in events] == ["input", "change", "click"]
    assert {m["page"] for m in events} == {events[0]["page"]} and events[0]["page"]
    assert {m["app"] for m in events} == {"app-1"}
    seqs = [m["seq"] for m in sent]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert events[0]["value"] == "x" and "value" not in events[2]


def test_own_echoes_are_ignored_values_from_elsewhere_are_shown(page):
    mount(page, {"view": "textbox", "key": "t", "props": {"label": "T", "elem_id": "t"}, "app": "app-e"})
    box = page.locator('#t [data-nbblocks-part="input"]')
    box.click()
    box.press_sequentially("abc")
    own = page.evaluate("globalThis.__nbblocks.page")
    sent = [m["content"] for m in messages(page, "t") if m["kind"] == "custom"]
    first_seq = sent[0]["seq"]
    # The kernel's echo of the first keystroke arrives late: the box keeps "abc".
    kernel_set(page, "t", {"value": "a", "value_origin": {"page": own, "seq": first_seq}})
    assert box.input_value() == "abc"
    assert page.evaluate("nb.model('t').get('value')") == "a"
    # Another page (or the headless Frontend) set a value: it is shown.
    kernel_set(page, "t", {"value": "from elsewhere", "value_origin": {"page": "other-page", "seq": 1}})
    assert box.input_value() == "from elsewhere"
    # A function's output (no origin) is shown too.
    kernel_set(page, "t", {"value": "from the kernel", "value_origin": {}})
    assert box.input_value() == "from the kernel"


def test_custom_css_is_scoped_to_its_blocks_and_outranks_page_rules(page):
    # A page rule like JupyterLab's `.jp-ThemedContainer button` must not beat `.counter`.
    page.evaluate("""() => {
        const style = document.createElement('style');
        style.textContent = 'body button { color: rgb(9, 9, 9); }';
        document.head.append(style);
        const outside = document.createElement('span');
        outside.className = 'counter';
        outside.id = 'outside';
        document.body.append(outside);
    }""")
    mount(page, {"view": "custom", "view_src": CUSTOM_VIEW, "view_css": CUSTOM_CSS,
                 "value": 1, "props": {"prefix": "n", "elem_id": "scoped"}})
    mount(page, {"view": "custom", "view_src": CUSTOM_VIEW, "view_css": CUSTOM_CSS, "value": 2, "props": {"prefix": "m"}})
    counter = page.locator('#scoped [data-nbblocks-part="counter"]')
    assert counter.evaluate("el => getComputedStyle(el).color") == "rgb(1, 2, 3)"
    assert page.locator("#outside").evaluate("el => getComputedStyle(el).color") != "rgb(1, 2, 3)"
    assert page.locator("style[data-nbblocks-view-css]").count() == 1
    scope = page.locator("#scoped").get_attribute("data-nbblocks-css")
    assert scope and page.locator(f'style[data-nbblocks-view-css="{scope}"]').count() == 1


def test_value_callbacks_skip_the_view_that_set_the_value_but_not_other_views(page):
    view = """
export default {
  render(ctx) {
    const out = ctx.h("span", { dataset: { nbblocksPart: "seen" } }, "none");
    const button = ctx.h("button", { dataset: { nbblocksPart: "set" } }, "set");
    ctx.on("value", (v) => { out.textContent = `callback ${v}`; });
    ctx.listen(button, "click", () => ctx.setValue(ctx.value() + 1, { events: [] }));
    ctx.el.append(out, button);
  },
};
"""
    mount(page, {"view": "custom", "key": "twice", "view_src": view, "value": 1})
    page.evaluate("nb.mountAgain('twice')")
    views = page.locator('[data-nbblocks-view="custom"]')
    views.nth(0).locator('[data-nbblocks-part="set"]').click()
    assert views.nth(0).locator('[data-nbblocks-part="seen"]').inner_text() == "none"
    assert views.nth(1).locator('[data-nbblocks-part="seen"]').inner_text() == "callback 2"
