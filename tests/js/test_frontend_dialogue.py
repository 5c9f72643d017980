"""gr.Dialogue's view in the harness page: a line per turn (a speaker select and the text),
lines added and removed with the keyboard, tags offered after ":", the plain-text switch
and the text mode (their text made and read by a real ``gr.Dialogue``'s ``format`` and
``unformat``, answered here as the kernel answers them), submit, copy, a static dialogue's
speaker colours, and the app served in Chromium end to end. The kernel side is covered by
tests/test_dialogue.py."""

from __future__ import annotations

from typing import Any

import pytest

import nbblocks as gr
from frontend_harness import at_rest, axe_violations, clear, kernel_set, messages, mount, open_harness, wire
from nbblocks.components.base import serialize

LINES = [{"speaker": "Ann", "text": "Hello, how are you?"}, {"speaker": "Bob", "text": "Fine, thanks."}]
TAGS = ["(laughs)", "(sighs)", "(coughs)"]


def mount_dialogue(page, key: str, comp: gr.Dialogue, value: Any = None, **props: Any) -> str:
    """Mount ``comp`` with the props its ``get_config()`` gives, as the kernel sends them."""
    config = {k: v for k, v in comp.get_config().items() if k != "value"}
    shown = serialize(comp.postprocess(value)) if value is not None else comp.value
    return mount(page, {"view": "dialogue", "key": key, "value": shown, "props": {**config, "elem_id": key, **props}})


def answer_server(page, key: str, comp: gr.Dialogue, answered: set[str]) -> dict[str, Any]:
    """Wait for the view's next server call and answer it with ``comp``'s own method, as
    the kernel does; returns the call."""
    page.wait_for_function(
        "([key, done]) => nb.messages(key).some(m => m.content && m.content.type === 'server_call' && !done.includes(m.content.id))",
        arg=[key, sorted(answered)])
    call = next(m["content"] for m in messages(page, key)
                if m["content"].get("type") == "server_call" and m["content"]["id"] not in answered)
    answered.add(call["id"])
    try:
        reply = {"value": getattr(comp, call["fn"])(*call["args"])}
    except Exception as exc:  # noqa: BLE001 - the kernel sends the error back to the view
        reply = {"error": str(exc)}
    page.evaluate("([key, message]) => nb.model(key).kernelSend(message)",
                  [key, {"type": "server_result", "id": call["id"], "page": call["page"], **reply}])
    return call


def value_of(page, key: str) -> Any:
    return page.evaluate("(key) => nb.model(key).get('value')", key)


def events(page, key: str) -> list[Any]:
    return [e for e in wire(page, key) if e[0] == "event"]


def server_calls(page, key: str) -> list[dict[str, Any]]:
    return [m["content"] for m in messages(page, key) if m["content"].get("type") == "server_call"]


def test_lines_are_edited_added_and_removed_with_the_keyboard(page):
    comp = gr.Dialogue(speakers=["Ann", "Bob"], interactive=True, placeholder="Say something")
    mount_dialogue(page, "dl", comp, [LINES[0]])
    rows = page.locator('#dl [data-nbblocks-part="line"]')
    assert rows.count() == 1
    assert page.get_by_label("Speaker of line 1", exact=True).input_value() == "Ann"
    assert [o.strip() for o in page.get_by_label("Speaker of line 1", exact=True).locator("option").all_inner_texts()] == ["Ann", "Bob"]
    first = page.get_by_label("Line 1", exact=True)
    assert first.input_value() == "Hello, how are you?"
    assert page.locator('#dl [data-nbblocks-part="plain-text-toggle"]').get_attribute("aria-checked") == "false"
    assert page.locator('#dl [data-nbblocks-part="text"]').is_hidden()
    # "info" shows on an interactive=True dialogue (Gradio 6.31's rule)
    assert "Type colon (:)" in page.locator('#dl [data-nbblocks-part="info"]').inner_text()

    first.focus()
    page.keyboard.press("End")
    page.keyboard.type("!")
    assert value_of(page, "dl") == [{"speaker": "Ann", "text": "Hello, how are you?!"}]
    assert events(page, "dl")[-2:] == [("event", "input", None), ("event", "change", None)]

    # Tab to "add a line after line 1", Enter: a new line for the first speaker, focused
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Add a line after line 1"
    clear(page)
    page.keyboard.press("Enter")
    assert rows.count() == 2
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Line 2"
    assert value_of(page, "dl")[1] == {"speaker": "Ann", "text": ""}
    assert [e[1] for e in events(page, "dl")] == ["input", "change"]
    assert page.get_by_label("Line 2", exact=True).get_attribute("placeholder") == "Say something"
    page.keyboard.type("Not bad.")
    # the speaker of line 2, chosen with the keyboard
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Speaker of line 2"
    page.get_by_label("Speaker of line 2", exact=True).select_option("Bob")
    assert value_of(page, "dl") == [{"speaker": "Ann", "text": "Hello, how are you?!"}, {"speaker": "Bob", "text": "Not bad."}]

    # remove line 1: line 2 moves up and takes the focus; the last line cannot be removed
    page.get_by_label("Remove line 1", exact=True).focus()
    page.keyboard.press("Enter")
    assert value_of(page, "dl") == [{"speaker": "Bob", "text": "Not bad."}]
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Line 1"
    assert page.get_by_label("Speaker of line 1", exact=True).input_value() == "Bob"
    assert page.get_by_label("Remove line 1", exact=True).is_disabled()
    assert server_calls(page, "dl") == []  # editing lines needs no kernel round trip

    # a value from the kernel is drawn and not sent back; a speaker it names that is not
    # among `speakers` is offered too
    clear(page)
    kernel_set(page, "dl", {"value": [{"speaker": "Cy", "text": "New"}, *LINES]})
    assert rows.count() == 3
    assert page.get_by_label("Speaker of line 1", exact=True).input_value() == "Cy"
    assert page.get_by_label("Line 3", exact=True).input_value() == "Fine, thanks."
    assert wire(page, "dl") == []


def test_max_lines_stops_adding_and_an_empty_dialogue_shows_one_line(page):
    comp = gr.Dialogue(speakers=["Ann", "Bob"], max_lines=2)
    mount_dialogue(page, "mx", comp)
    assert page.locator('#mx [data-nbblocks-part="line"]').count() == 1
    assert page.get_by_label("Speaker of line 1", exact=True).input_value() == "Ann"
    assert value_of(page, "mx") is None  # shown, not sent until someone edits it
    page.get_by_label("Add a line after line 1", exact=True).click()
    assert page.get_by_label("Add a line after line 1", exact=True).is_disabled()
    assert page.get_by_label("Add a line after line 2", exact=True).is_disabled()
    assert len(value_of(page, "mx")) == 2


def test_tags_are_offered_after_a_colon(page):
    comp = gr.Dialogue(speakers=["Ann"], tags=TAGS, interactive=True)
    mount_dialogue(page, "tg", comp, [{"speaker": "Ann", "text": ""}])
    line = page.get_by_label("Line 1", exact=True)
    menu = page.locator('[data-nbblocks-part="tags"]')
    line.focus()
    page.keyboard.type("Well :")
    assert menu.is_visible()
    assert page.locator('[data-nbblocks-part="tag"]').all_inner_texts() == TAGS
    page.keyboard.type("s")
    assert page.locator('[data-nbblocks-part="tag"]').all_inner_texts() == TAGS  # all three hold an "s"
    page.keyboard.type("i")
    assert page.locator('[data-nbblocks-part="tag"]').all_inner_texts() == ["(sighs)"]
    page.keyboard.press("Backspace")
    page.keyboard.press("ArrowDown")  # the second match is the active one
    active = line.get_attribute("aria-activedescendant")
    assert page.locator(f"#{active}").inner_text() == "(sighs)"
    assert line.get_attribute("aria-controls") == menu.get_attribute("id")
    page.keyboard.press("Enter")
    assert menu.is_hidden()
    assert line.input_value() == "Well (sighs) "
    assert value_of(page, "tg") == [{"speaker": "Ann", "text": "Well (sighs) "}]
    assert page.evaluate("document.activeElement.selectionStart") == len("Well (sighs) ")
    # a space ends the tag; Escape closes the list; a click on a tag puts it in
    page.keyboard.type("and :")
    assert menu.is_visible()
    page.keyboard.press("Escape")
    assert menu.is_hidden() and line.get_attribute("aria-activedescendant") is None
    page.keyboard.type("co")
    page.locator('[data-nbblocks-part="tag"]', has_text="(coughs)").click()
    assert line.input_value() == "Well (sighs) and (coughs) "
    page.keyboard.type("x :zz")
    assert menu.is_hidden()  # no tag matches


def test_the_plain_text_switch_turns_lines_into_text_and_back_through_the_kernel(page):
    comp = gr.Dialogue(speakers=["Ann", "Bob"], interactive=True, tags=TAGS)
    mount_dialogue(page, "pt", comp, LINES)
    toggle = page.locator('#pt [data-nbblocks-part="plain-text-toggle"]')
    assert toggle.get_attribute("role") == "switch" and toggle.inner_text().strip() == "Plain text"
    answered: set[str] = set()
    toggle.focus()
    page.keyboard.press(" ")
    call = answer_server(page, "pt", comp, answered)
    assert (call["fn"], call["args"]) == ("format", [LINES])
    plain = page.locator('#pt [data-nbblocks-part="text"]')
    plain.wait_for()
    assert toggle.get_attribute("aria-checked") == "true"
    assert plain.input_value() == "[Ann] Hello, how are you?\n[Bob] Fine, thanks."
    assert page.locator('#pt [data-nbblocks-part="lines"]').is_hidden()
    assert wire(page, "pt") == []  # switching shows the same value another way

    # typing in the text sends the text (a string value, as in Gradio)
    plain.focus()
    page.keyboard.press("Control+End")
    page.keyboard.type("\n[Ann] Bye :la")
    assert page.locator('[data-nbblocks-part="tag"]').all_inner_texts() == ["(laughs)"]
    page.keyboard.press("Tab")
    text = "[Ann] Hello, how are you?\n[Bob] Fine, thanks.\n[Ann] Bye (laughs) "
    assert plain.input_value() == text and value_of(page, "pt") == text
    assert events(page, "pt")[-2:] == [("event", "input", None), ("event", "change", None)]

    # switched back: the kernel splits the text into lines, which become the value (change)
    clear(page)
    toggle.click()
    call = answer_server(page, "pt", comp, answered)
    assert (call["fn"], call["args"]) == ("unformat", [{"text": text}])
    page.wait_for_function("() => document.querySelectorAll('#pt [data-nbblocks-part=line]').length === 3")
    assert toggle.get_attribute("aria-checked") == "false"
    assert page.get_by_label("Line 3", exact=True).input_value() == "Bye (laughs)"
    assert value_of(page, "pt") == [*LINES, {"speaker": "Ann", "text": "Bye (laughs)"}]
    assert [e[1] for e in events(page, "pt")] == ["change"]

    # a string from the kernel shows as plain text at once
    kernel_set(page, "pt", {"value": "[Bob] From the kernel"})
    assert toggle.get_attribute("aria-checked") == "true"
    assert plain.input_value() == "[Bob] From the kernel"


def test_a_kernel_that_refuses_shows_the_error_and_keeps_the_lines(page):
    comp = gr.Dialogue(speakers=["Ann"], interactive=True,
                       formatter=lambda speaker, text: 1)  # type: ignore[arg-type, return-value]
    mount_dialogue(page, "er", comp, [{"speaker": "Ann", "text": "Hi"}])
    page.locator('#er [data-nbblocks-part="plain-text-toggle"]').click()
    answer_server(page, "er", comp, set())
    error = page.locator('#er [data-nbblocks-part="dialogue-error"]')
    error.wait_for()
    assert "formatter must return a string" in error.inner_text() and error.get_attribute("role") == "alert"
    assert page.locator('#er [data-nbblocks-part="plain-text-toggle"]').get_attribute("aria-checked") == "false"
    assert page.get_by_label("Line 1", exact=True).input_value() == "Hi"


def test_text_mode_and_a_dialogue_without_speakers_are_one_text_area(page):
    comp = gr.Dialogue(speakers=["Ann", "Bob"], ui_mode="text", interactive=True)
    mount_dialogue(page, "tx", comp, LINES)
    call = answer_server(page, "tx", comp, set())
    assert call["fn"] == "format"
    plain = page.locator('#tx [data-nbblocks-part="text"]')
    page.wait_for_function("() => document.querySelector('#tx [data-nbblocks-part=text]').value.startsWith('[Ann]')")
    assert page.locator('#tx [data-nbblocks-part="plain-text-toggle"]').is_hidden()
    assert page.locator('#tx [data-nbblocks-part="lines"]').is_hidden()
    assert plain.get_attribute("aria-labelledby")  # named by the label
    plain.fill("[Bob] typed")
    assert value_of(page, "tx") == "[Bob] typed"

    free = gr.Dialogue(interactive=True, tags=TAGS, placeholder="Your script")  # no speakers: plain text
    mount_dialogue(page, "fr", free, "Once upon a time")
    box = page.locator('#fr [data-nbblocks-part="text"]')
    assert box.input_value() == "Once upon a time" and box.get_attribute("placeholder") == "Your script"
    assert page.locator('#fr [data-nbblocks-part="plain-text-toggle"]').is_hidden()
    box.focus()
    page.keyboard.press("End")
    page.keyboard.type(" :co")
    page.keyboard.press("Enter")
    assert box.input_value() == "Once upon a time (coughs) " and value_of(page, "fr") == "Once upon a time (coughs) "
    assert server_calls(page, "fr") == []


def test_dialogue_mode_splits_a_string_from_the_kernel_into_lines(page):
    comp = gr.Dialogue(speakers=["Ann", "Bob"], ui_mode="dialogue", interactive=False)
    mount_dialogue(page, "dm", comp, "[Ann] One\n[Bob] Two")
    call = answer_server(page, "dm", comp, set())
    assert call == {**call, "fn": "unformat", "args": [{"text": "[Ann] One\n[Bob] Two"}]}
    page.wait_for_function("() => document.querySelectorAll('#dm [data-nbblocks-part=line]').length === 2")
    assert page.locator('#dm [data-nbblocks-part="speaker-name"]').all_inner_texts() == ["Ann", "Bob"]
    assert page.locator('#dm [data-nbblocks-part="plain-text-toggle"]').is_hidden()
    assert value_of(page, "dm") == "[Ann] One\n[Bob] Two"  # shown as lines, the value unchanged


def test_a_static_dialogue_tints_each_speaker(page, artifacts):
    comp = gr.Dialogue(speakers=["Ann", "Bob", "Cy"], interactive=False)
    mount_dialogue(page, "st", comp, [*LINES, {"speaker": "Cy", "text": "Me too."}, {"speaker": "Zed", "text": "?"}],
                   interactive=False)
    rows = page.locator('#st [data-nbblocks-part="line"]')
    assert rows.count() == 4
    assert page.locator('#st [data-nbblocks-part="speaker-name"]').all_inner_texts() == ["Ann", "Bob", "Cy", "Zed"]
    assert page.locator('#st [data-nbblocks-part="speaker"]:visible').count() == 0
    assert page.locator('#st [data-nbblocks-part="add-line"]:visible, #st [data-nbblocks-part="remove-line"]:visible').count() == 0
    assert page.get_by_label("Line 1", exact=True).get_attribute("readonly") is not None
    assert page.locator('#st [data-nbblocks-part="info"]').count() == 0 or page.locator('#st [data-nbblocks-part="info"]').is_hidden()
    border = [rows.nth(i).evaluate("el => getComputedStyle(el).borderLeftColor") for i in range(4)]
    # Gradio's palette in the order of `speakers`: red, green, blue; a speaker not listed has none
    assert border[:3] == ["rgb(239, 68, 68)", "rgb(34, 197, 94)", "rgb(59, 130, 246)"]
    assert border[3] == "rgba(0, 0, 0, 0)"
    # the pointer on a speaker keeps only that speaker's lines tinted
    page.locator('#st .nbb-dialogue-speaker').nth(1).hover()
    at_rest(page, "#st")
    assert rows.nth(0).evaluate("el => getComputedStyle(el).backgroundColor") == "rgba(0, 0, 0, 0)"
    assert rows.nth(1).evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.mouse.move(0, 0)
    at_rest(page, "#st")
    assert rows.nth(0).evaluate("el => getComputedStyle(el).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.locator("#st").screenshot(path=str(artifacts / "dialogue_static.png"))

    mapped = gr.Dialogue(color_map={"Bob": "#00ff00"}, interactive=False)  # no speakers: those of the lines
    mount_dialogue(page, "cm", mapped, LINES, interactive=False)
    rows = page.locator('#cm [data-nbblocks-part="line"]')
    assert rows.count() == 2  # a static dialogue shows its lines even without `speakers`
    assert rows.nth(0).evaluate("el => getComputedStyle(el).borderLeftColor") == "rgba(0, 0, 0, 0)"
    assert rows.nth(1).evaluate("el => getComputedStyle(el).borderLeftColor") == "rgb(0, 255, 0)"
    assert wire(page) == []


def test_submit_turns_plain_text_into_lines_first_and_copy_uses_the_formatter(page):
    comp = gr.Dialogue(speakers=["Ann", "Bob"], interactive=True, submit_btn="Speak", buttons=["copy"],
                       formatter=lambda speaker, text: f"{speaker}: {text}")
    mount_dialogue(page, "sb", comp, LINES)
    submit = page.locator('#sb [data-nbblocks-part="submit-button"]')
    assert submit.inner_text() == "Speak"
    submit.click()
    assert events(page, "sb") == [("event", "submit", None)]

    # copy: the lines as the kernel's formatter writes them
    answered: set[str] = set()
    page.locator('#sb [data-nbblocks-part="copy"]').click()
    call = answer_server(page, "sb", comp, answered)
    assert call["fn"] == "format"
    page.wait_for_function("() => navigator.clipboard.readText().then(t => t.startsWith('Ann:'))")
    assert page.evaluate("navigator.clipboard.readText()") == "Ann: Hello, how are you?\nBob: Fine, thanks."

    # in plain text, submit asks the kernel for the lines, sets them (change), then submits
    page.locator('#sb [data-nbblocks-part="plain-text-toggle"]').click()
    answer_server(page, "sb", comp, answered)
    page.locator('#sb [data-nbblocks-part="text"]').wait_for()
    page.locator('#sb [data-nbblocks-part="text"]').fill("[Bob] Only me")
    clear(page)
    submit.click()
    call = answer_server(page, "sb", comp, answered)
    assert (call["fn"], call["args"]) == ("unformat", [{"text": "[Bob] Only me"}])
    page.wait_for_function("() => nb.messages('sb').some(m => m.content && m.content.event === 'submit')")
    assert events(page, "sb") == [("event", "change", None), ("event", "submit", None)]
    assert value_of(page, "sb") == [{"speaker": "Bob", "text": "Only me"}]

    # a static dialogue has no submit button; submit_btn=True is an icon button named "Submit"
    kernel_set(page, "sb", {"props": {**page.evaluate("() => nb.model('sb').get('props')"), "submit_btn": True}})
    assert page.get_by_role("button", name="Submit").count() == 1
    kernel_set(page, "sb", {"props": {**page.evaluate("() => nb.model('sb').get('props')"), "interactive": False}})
    assert submit.count() == 0 or submit.is_hidden()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_nothing_to_fix(browser, server_url, theme):
    page = open_harness(browser, server_url, theme=theme)
    try:
        mount_dialogue(page, "ax", gr.Dialogue(speakers=["Ann", "Bob"], interactive=True, tags=TAGS, submit_btn=True,
                                               buttons=["copy"]), LINES)
        mount_dialogue(page, "ay", gr.Dialogue(speakers=["Ann", "Bob", "Cy"], interactive=False),
                       [*LINES, {"speaker": "Cy", "text": "Me too."}], interactive=False)
        mount_dialogue(page, "az", gr.Dialogue(interactive=True, tags=TAGS), "Plain")
        page.locator("#ax").get_by_label("Line 1", exact=True).focus()
        page.keyboard.press("End")
        page.keyboard.type(" :")
        page.locator('#ax [data-nbblocks-part="tags"]').wait_for()
        assert axe_violations(page, ["#ax", "#ay", "#az"]) == []
        assert page.js_errors == []
    finally:
        page.context.close()


def test_in_the_served_web_page_a_function_receives_the_dialogue(browser):
    """The whole path: the app served by uvicorn, its web page in Chromium (the notebook's
    runtime and view), the plain-text switch answered by the kernel's format/unformat, and
    the lines reaching a function as one formatted string."""
    pytest.importorskip("uvicorn")
    from playwright.sync_api import expect

    from support.chromium import ACTION_TIMEOUT_MS
    from support.servers import serving

    with gr.Blocks() as demo:
        script = gr.Dialogue(LINES, speakers=["Ann", "Bob"], tags=TAGS, submit_btn=True, elem_id="script")
        out = gr.Textbox(lines=3, elem_id="out")
        script.submit(lambda text: text.upper(), script, out)
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    try:
        with serving(demo):
            page = context.new_page()
            page.goto(demo.local_url)
            page.wait_for_selector('#nbb-page[data-nbblocks-ready="true"]')
            page.get_by_label("Add a line after line 2", exact=True).click()
            page.get_by_label("Speaker of line 3", exact=True).select_option("Ann")
            page.get_by_label("Line 3", exact=True).focus()
            page.keyboard.type("Good :si")
            page.keyboard.press("Enter")
            page.get_by_role("button", name="Submit").click()
            expect(page.locator('#out [data-nbblocks-part="input"]')).to_have_value(
                "[ANN] HELLO, HOW ARE YOU?\n[BOB] FINE, THANKS.\n[ANN] GOOD (SIGHS) ")
            page.locator('#script [data-nbblocks-part="plain-text-toggle"]').click()
            expect(page.locator('#script [data-nbblocks-part="text"]')).to_have_value(
                "[Ann] Hello, how are you?\n[Bob] Fine, thanks.\n[Ann] Good (sighs) ")
    finally:
        context.close()
