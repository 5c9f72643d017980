"""Input components in a real browser: what the user does and what goes over the wire."""

from __future__ import annotations

from frontend_harness import clear, kernel_set, messages, mount, wire


def test_typing_sends_update_then_input_then_change(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"label": "Name", "elem_id": "tb"}})
    box = page.locator('#tb [data-nbblocks-part="input"]')
    assert box.evaluate("el => el.tagName") == "INPUT"
    box.click()
    clear(page)
    box.press_sequentially("hi")
    assert wire(page, "tb") == [
        ("update", {"value": "h"}), ("event", "input", None), ("event", "change", None),
        ("update", {"value": "hi"}), ("event", "input", None), ("event", "change", None),
    ]

    # The value travels once, in the gesture's first message; the next names it.
    sent = [entry["content"] for entry in messages(page, "tb") if entry["kind"] != "update"]
    first, second = sent[-2:]
    assert (first["event"], first["value"]) == ("input", "hi") and "value_of" not in first
    assert second["event"] == "change" and "value" not in second and second["value_of"] == first["seq"]


def test_focus_and_blur_are_sent(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb"}})
    page.click('#tb [data-nbblocks-part="input"]')
    page.keyboard.press("Tab")
    assert wire(page, "tb", skip=()) == [("event", "focus", None), ("event", "blur", None)]


def test_enter_in_one_line_textbox_submits(page):
    mount(page, {"view": "textbox", "key": "tb", "value": "ok", "props": {"elem_id": "tb"}})
    page.click('#tb [data-nbblocks-part="input"]')
    clear(page)
    page.keyboard.press("Enter")
    assert wire(page, "tb") == [("event", "submit", None)]
    clear(page)
    page.keyboard.press("Shift+Enter")
    assert wire(page, "tb") == []


def test_enter_in_multi_line_textbox_does_not_submit(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb", "lines": 3}})
    area = page.locator('#tb [data-nbblocks-part="input"]')
    assert area.evaluate("el => el.tagName") == "TEXTAREA"
    area.click()
    area.press_sequentially("a")
    clear(page)
    page.keyboard.press("Enter")
    events = [m for m in wire(page, "tb") if m[0] == "event"]
    assert ("event", "submit", None) not in events
    assert page.evaluate("nb.model('tb').get('value')") == "a\n"


def test_textarea_grows_up_to_max_lines(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb", "lines": 2, "max_lines": 4}})
    area = page.locator('#tb [data-nbblocks-part="input"]')
    start = area.bounding_box()["height"]
    area.click()
    area.press_sequentially("1\n2\n3")
    three = area.bounding_box()["height"]
    area.press_sequentially("\n4\n5\n6\n7")
    capped = area.bounding_box()["height"]
    assert start < three < capped or three < capped
    assert capped == area.evaluate("el => parseFloat(el.style.height)")
    assert area.evaluate("el => el.style.overflowY") == "auto"


def test_read_only_textbox_and_placeholder(page):
    mount(page, {"view": "textbox", "key": "tb", "value": "fixed",
                 "props": {"elem_id": "tb", "interactive": False, "placeholder": "type"}})
    box = page.locator('#tb [data-nbblocks-part="input"]')
    assert box.evaluate("el => el.readOnly") is True
    assert box.get_attribute("placeholder") == "type"
    box.click()
    page.keyboard.type("zz")
    page.keyboard.press("Enter")
    assert wire(page, "tb") == []
    assert box.input_value() == "fixed"


def test_password_textbox_and_submit_button(page):
    mount(page, {"view": "textbox", "key": "tb",
                 "props": {"elem_id": "tb", "type": "password", "submit_btn": "Send", "max_length": 5}})
    box = page.locator('#tb [data-nbblocks-part="input"]')
    assert box.get_attribute("type") == "password"
    assert box.evaluate("el => el.maxLength") == 5
    page.click('#tb [data-nbblocks-part="submit-button"]')
    assert wire(page, "tb") == [("event", "submit", None)]


def test_kernel_value_change_keeps_focused_input(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb"}})
    box = page.locator('#tb [data-nbblocks-part="input"]')
    box.click()
    box.press_sequentially("abc")
    page.evaluate("window.__box = document.querySelector('#tb [data-nbblocks-part=input]')")
    page.evaluate("document.querySelector('#tb [data-nbblocks-part=input]').setSelectionRange(1, 1)")
    kernel_set(page, "tb", {"value": "abcd", "props": {**page.evaluate("nb.model('tb').get('props')"), "placeholder": "new"}})
    assert page.evaluate("window.__box === document.querySelector('#tb [data-nbblocks-part=input]')")
    assert page.evaluate("document.activeElement === window.__box")
    assert box.input_value() == "abcd"
    assert box.get_attribute("placeholder") == "new"
    assert page.evaluate("window.__box.selectionStart") == 1
    page.keyboard.type("X")
    assert box.input_value() == "aXbcd"


def test_kernel_value_change_sends_nothing(page):
    mount(page, {"view": "textbox", "key": "tb", "props": {"elem_id": "tb"}})
    kernel_set(page, "tb", {"value": "from kernel"})
    assert page.locator('#tb [data-nbblocks-part="input"]').input_value() == "from kernel"
    assert wire(page) == []


def test_number_typing_and_submit(page):
    mount(page, {"view": "number", "key": "n", "value": None, "props": {"elem_id": "n", "minimum": 0, "maximum": 10}})
    box = page.locator('#n [data-nbblocks-part="input"]')
    box.click()
    box.press_sequentially("4.5")
    values = [m[1]["value"] for m in wire(page, "n") if m[0] == "update"]
    assert values[-1] == 4.5
    clear(page)
    page.keyboard.press("Enter")
    assert wire(page, "n") == [("event", "submit", None)]
    kernel_set(page, "n", {"value": 7})
    page.keyboard.press("Tab")
    assert box.input_value() == "7"


def test_slider_drag_release_and_number_box(page):
    mount(page, {"view": "slider", "key": "s", "value": 20,
                 "props": {"elem_id": "s", "label": "Angle", "minimum": 0, "maximum": 100, "step": 1}})
    rng = page.locator('#s [data-nbblocks-part="range"]')
    box = rng.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=4)
    page.mouse.up()
    messages = wire(page, "s")
    updates = [m for m in messages if m[0] == "update"]
    assert len(updates) >= 2
    assert messages[:3] == [updates[0], ("event", "input", None), ("event", "change", None)]
    final = page.evaluate("nb.model('s').get('value')")
    assert 40 <= final <= 60
    assert messages[-1] == ("event", "release", final)
    assert page.locator('#s [data-nbblocks-part="number"]').input_value() == str(final)
    clear(page)
    number = page.locator('#s [data-nbblocks-part="number"]')
    number.fill("75")
    assert wire(page, "s")[0] == ("update", {"value": 75})
    assert rng.input_value() == "75"


def test_slider_reset_button(page):
    mount(page, {"view": "slider", "key": "s", "value": 10, "props": {"elem_id": "s", "show_reset_button": True}})
    kernel_set(page, "s", {"value": 50})
    page.click('#s [data-nbblocks-part="reset"]')
    assert wire(page, "s")[0] == ("update", {"value": 10})


def test_checkbox(page):
    mount(page, {"view": "checkbox", "key": "c", "value": False, "props": {"elem_id": "c", "label": "Accept", "info": "Required"}})
    assert page.locator('#c [data-nbblocks-part="checkbox-label"]').inner_text() == "Accept"
    assert page.locator('#c [data-nbblocks-part="label"]').is_hidden()
    assert page.locator('#c [data-nbblocks-part="info"]').inner_text() == "Required"
    page.click('#c [data-nbblocks-part="checkbox-label"]')
    assert wire(page, "c") == [
        ("update", {"value": True}), ("event", "input", None), ("event", "change", None),
        ("event", "select", {"index": None, "value": "Accept", "selected": True}),
    ]


def test_radio(page):
    mount(page, {"view": "radio", "key": "r", "value": "b",
                 "props": {"elem_id": "r", "choices": [["Apple", "a"], ["Banana", "b"], ["Cherry", "c"]]}})
    assert page.locator('#r [data-nbblocks-part="choice"][data-index="1"]').is_checked()
    page.click('#r [data-nbblocks-part="choice-label"][data-index="2"]')
    assert wire(page, "r") == [
        ("update", {"value": "c"}), ("event", "input", None), ("event", "change", None),
        ("event", "select", {"index": 2, "value": "c", "selected": True}),
    ]


def test_checkboxgroup(page):
    mount(page, {"view": "checkboxgroup", "key": "g", "value": ["b"],
                 "props": {"elem_id": "g", "choices": [["A", "a"], ["B", "b"], ["C", "c"]]}})
    page.click('#g [data-nbblocks-part="choice-label"][data-index="0"]')
    page.click('#g [data-nbblocks-part="choice-label"][data-index="1"]')
    assert wire(page, "g") == [
        ("update", {"value": ["a", "b"]}), ("event", "input", None), ("event", "change", None),
        ("event", "select", {"index": 0, "value": "a", "selected": True}),
        ("update", {"value": ["a"]}), ("event", "input", None), ("event", "change", None),
        ("event", "select", {"index": 1, "value": "b", "selected": False}),
    ]


def test_button_click(page):
    mount(page, {"view": "button", "key": "b", "value": "Run", "props": {"elem_id": "b", "variant": "primary"}})
    button = page.locator('#b [data-nbblocks-part="button"]')
    assert button.inner_text() == "Run"
    assert page.locator('#b [data-nbblocks-part="label"]').count() == 0 or page.locator('#b [data-nbblocks-part="label"]').is_hidden()
    button.click()
    assert wire(page, "b") == [("event", "click", None)]
    kernel_set(page, "b", {"value": "Again"})
    assert button.inner_text() == "Again"


def test_disabled_button_sends_nothing(page):
    mount(page, {"view": "button", "key": "b", "value": "Run", "props": {"elem_id": "b", "interactive": False}})
    button = page.locator('#b [data-nbblocks-part="button"]')
    assert button.is_disabled()
    button.click(force=True)
    button.dispatch_event("click")
    assert wire(page) == []


def test_dropdown_select_sends_value_then_select(page):
    mount(page, {"view": "dropdown", "key": "d", "value": "a",
                 "props": {"elem_id": "d", "label": "Fruit", "choices": [["Apple", "a"], ["Banana", "b"], ["Cherry", "c"]]}})
    field = page.locator('#d [data-nbblocks-part="input"]')
    assert field.input_value() == "Apple"
    field.click()
    options = page.locator('#d [data-nbblocks-part="option"]')
    assert options.count() == 3
    options.nth(1).click()
    assert wire(page, "d") == [
        ("update", {"value": "b"}), ("event", "input", None), ("event", "change", None),
        ("event", "select", {"index": 1, "value": "b", "selected": True}),
    ]
    assert field.input_value() == "Banana"
    assert page.locator('#d [data-nbblocks-part="options"]').is_hidden()


def test_dropdown_filter_keyboard_and_key_up(page):
    mount(page, {"view": "dropdown", "key": "d", "value": None,
                 "props": {"elem_id": "d", "choices": [["Apple", "a"], ["Banana", "b"], ["Blueberry", "bb"]]}})
    field = page.locator('#d [data-nbblocks-part="input"]')
    field.click()
    clear(page)
    field.press_sequentially("b")
    assert page.locator('#d [data-nbblocks-part="option"]').count() == 2
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    messages = wire(page, "d", skip=("focus", "blur"))
    assert messages[0] == ("event", "key_up", {"key": "b", "input_value": "b"})
    assert ("update", {"value": "bb"}) in messages
    assert ("event", "select", {"index": 2, "value": "bb", "selected": True}) in messages


def test_dropdown_multiselect_chips(page):
    mount(page, {"view": "dropdown", "key": "d", "value": ["a"],
                 "props": {"elem_id": "d", "multiselect": True, "max_choices": 2,
                           "choices": [["Apple", "a"], ["Banana", "b"], ["Cherry", "c"]]}})
    assert page.locator('#d [data-nbblocks-part="chip"]').all_inner_texts() == ["Apple"]
    page.click('#d [data-nbblocks-part="input"]')
    page.locator('#d [data-nbblocks-part="option"]').nth(2).click()
    page.locator('#d [data-nbblocks-part="option"]').nth(1).click(force=True)  # max_choices reached
    assert page.evaluate("nb.model('d').get('value')") == ["a", "c"]
    page.locator('#d [data-nbblocks-part="chip-remove"]').first.click()
    assert page.evaluate("nb.model('d').get('value')") == ["c"]
    selects = [m for m in wire(page, "d") if m[:2] == ("event", "select")]
    assert selects == [
        ("event", "select", {"index": 2, "value": "c", "selected": True}),
        ("event", "select", {"index": 0, "value": "a", "selected": False}),
    ]


def test_dropdown_custom_value(page):
    mount(page, {"view": "dropdown", "key": "d", "value": None,
                 "props": {"elem_id": "d", "allow_custom_value": True, "choices": [["Apple", "a"]]}})
    field = page.locator('#d [data-nbblocks-part="input"]')
    field.click()
    field.press_sequentially("Kiwi")
    page.keyboard.press("Enter")
    assert page.evaluate("nb.model('d').get('value')") == "Kiwi"
    assert field.input_value() == "Kiwi"


def test_dropdown_not_filterable_opens_on_click(page):
    mount(page, {"view": "dropdown", "key": "d", "value": None,
                 "props": {"elem_id": "d", "filterable": False, "placeholder": "Choose",
                           "choices": [["One", 1], ["Two", 2]]}})
    field = page.locator('#d [data-nbblocks-part="input"]')
    assert field.get_attribute("placeholder") == "Choose"
    assert field.evaluate("el => el.readOnly") is True
    field.click()
    options = page.locator('#d [data-nbblocks-part="options"]')
    assert options.is_visible()
    page.locator('#d .nbb-dropdown-chevron').click()
    assert options.is_hidden()
    page.locator('#d .nbb-dropdown-chevron').click()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert page.evaluate("nb.model('d').get('value')") == 2
    assert field.input_value() == "Two"
