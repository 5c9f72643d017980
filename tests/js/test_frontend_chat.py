"""The chat views in the harness page: gr.Chatbot (Markdown, code, math, sanitising,
thoughts, components and files in messages, feedback, retry/undo/edit, examples, options,
auto-scroll, streamed edits) and gr.MultimodalTextbox (files, Enter, stop)."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest

from frontend_harness import clear, kernel_send, kernel_set, messages, mount, open_harness, wire

CHAT = "#chat"


def text(role: str, body: str, **extra):
    return {"role": role, "metadata": extra.pop("metadata", None), "content": [{"type": "text", "text": body}],
            "options": extra.pop("options", None)}


def png_b64(color=(255, 0, 0), size=(6, 4)) -> str:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format="PNG")
    return base64.b64encode(out.getvalue()).decode()


def part(page, name: str):
    return page.locator(f'{CHAT} [data-nbblocks-part="{name}"]')


def settle(page):
    """Two animation frames: the view draws at most once per frame."""
    page.evaluate("() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))")


def test_messages_render_markdown_code_and_roles(page, artifacts: Path):
    value = [
        text("user", "What is **bold**?"),
        text("assistant", "It is *emphasis*.\n\n```python\ndef f(x):\n    return x + 1  # add\n```\n\nDone."),
    ]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "props": {"elem_id": "chat", "label": "Chat"}})
    rows = part(page, "row")
    assert rows.count() == 2
    assert rows.nth(0).get_attribute("data-role") == "user"
    assert rows.nth(0).locator("strong").inner_text() == "bold"
    code = rows.nth(1).locator("pre code")
    # Highlighting comes from a library the view loads the first time it shows code.
    page.wait_for_function("() => document.querySelector('#chat pre code')?.dataset.highlighted === 'python'")
    assert code.locator(".hljs-keyword").first.inner_text() == "def"
    assert code.locator(".hljs-comment").inner_text() == "# add"
    assert rows.nth(1).locator('pre [data-nbblocks-part="copy"]').count() == 1
    # ... through the page runtime, as every library (no asset request of the chat's own).
    assert [r for r in page.evaluate("nb.viewRequests()") if r.startswith("library-")] == ["library-highlight"]
    assert page.evaluate("nb.assetSettings.requests") == []
    page.locator(CHAT).screenshot(path=artifacts / "chat-light.png")


def test_html_is_sanitised_unless_told_and_custom_tags_show_as_text(page):
    evil = 'Hi <img src="data:," onerror="window.__pwned=1"> <script>window.__pwned=2</script> <a href="javascript:window.__pwned=3">x</a> <thinking>hmm</thinking>'
    mount(page, {"view": "chatbot", "value": [text("assistant", evil)], "props": {"elem_id": "chat"}})
    body = part(page, "text")
    assert body.locator("img").count() == 1 and body.locator("img").get_attribute("onerror") is None
    assert body.locator("script").count() == 0
    assert (body.locator("a").get_attribute("href") or "").startswith("javascript") is False
    assert "<thinking>hmm</thinking>" in body.inner_text()  # allow_tags=True: custom tags as text
    page.wait_for_timeout(100)
    assert page.evaluate("window.__pwned") is None


def test_sanitize_html_false_keeps_raw_html(page):
    mount(page, {"view": "chatbot", "value": [text("assistant", '<b class="mine" data-x="1">raw</b>')],
                 "props": {"elem_id": "chat", "sanitize_html": False}})
    assert page.locator(f"{CHAT} b.mine").inner_text() == "raw"


def test_math_between_delimiters_is_drawn_as_mathml(page):
    mount(page, {"view": "chatbot", "value": [text("assistant", "Euler: $$e^{i\\pi} + 1 = 0$$ and `$$not math$$`.")],
                 "props": {"elem_id": "chat"}})
    page.wait_for_function("() => document.querySelector('#chat [data-nbblocks-part=\"math\"]')?.dataset.rendered === 'mathml'")
    math = part(page, "math")
    assert math.count() == 1
    assert math.locator("math").count() == 1
    assert part(page, "text").locator("code").inner_text() == "$$not math$$"


def test_math_source_stays_readable_without_the_library(page):
    page.evaluate("nb.refusedViews.add('library-math')")
    mount(page, {"view": "chatbot", "value": [text("assistant", "$$x_1^2$$")],
                 "props": {"elem_id": "chat", "latex_delimiters": [{"left": "$$", "right": "$$", "display": True}]}})
    page.wait_for_function("() => nb.viewRequests().includes('library-math')")
    page.wait_for_timeout(50)
    assert part(page, "math").inner_text() == "x_1^2"
    assert part(page, "math").get_attribute("data-rendered") is None


def test_thoughts_fold_nest_and_show_status(page, artifacts: Path):
    value = [
        text("user", "Plan a trip"),
        text("assistant", "Looking up flights", metadata={"title": "Searching", "id": 1, "status": "pending"}),
        text("assistant", "Found 3", metadata={"title": "Flights API", "parent_id": 1, "status": "done", "duration": 1.25}),
        text("assistant", "Here is the plan."),
    ]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "props": {"elem_id": "chat"}})
    thoughts = part(page, "thought")
    assert thoughts.count() == 2
    outer, inner = thoughts.nth(0), thoughts.nth(1)
    assert outer.locator('[data-nbblocks-part="thought-pending"]').count() == 1
    assert inner.locator("xpath=ancestor::*[@data-nbblocks-part='thought']").count() == 1  # nested by parent_id
    assert inner.locator('[data-nbblocks-part="thought-duration"]').inner_text() == "(1.2s)" or \
        inner.locator('[data-nbblocks-part="thought-duration"]').inner_text() == "(1.3s)"
    assert outer.locator('[data-nbblocks-part="thought-body"]').first.is_visible()  # pending: open
    assert not inner.locator('[data-nbblocks-part="thought-body"]').is_visible()  # done: folded
    inner.locator('[data-nbblocks-part="thought-header"]').click()
    assert inner.locator('[data-nbblocks-part="thought-body"]').is_visible()
    page.locator(CHAT).screenshot(path=artifacts / "chat-thoughts.png")
    # The reader's choice survives a new value (a streamed update).
    value[3] = text("assistant", "Here is the plan. Day 1")
    kernel_set(page, "c", {"value": value})
    settle(page)
    assert part(page, "thought").nth(1).locator('[data-nbblocks-part="thought-body"]').is_visible()


def test_images_files_and_components_in_messages_use_the_app_views(page, artifacts: Path):
    image = page.evaluate("([b64]) => nb.addFile('cat.png', b64, 'image/png')", [png_b64()])
    doc = page.evaluate("([b64]) => nb.addFile('notes.txt', b64, 'text/plain')", [base64.b64encode(b"hello").decode()])
    value = [
        {"role": "user", "metadata": None, "options": None, "content": [
            {"type": "file", "file": image, "alt_text": None}, {"type": "text", "text": "What is this?"}]},
        {"role": "assistant", "metadata": None, "options": None, "content": [
            {"type": "file", "file": doc, "alt_text": None},
            {"type": "component", "component": "json", "value": {"answer": 42}, "constructor_args": {}, "props": {"name": "json"}},
            {"type": "component", "component": "html", "value": "<b class='h'>hi</b>", "constructor_args": {}, "props": {"name": "html"}},
            {"type": "component", "component": "nosuchthing", "value": 1, "constructor_args": {}, "props": {}},
        ]},
    ]
    mount(page, {"view": "chatbot", "value": value, "props": {"elem_id": "chat"}})
    page.wait_for_function("() => document.querySelector('#chat [data-nbblocks-view=\"image\"] img')?.naturalWidth === 6")
    assert page.locator(f'{CHAT} [data-nbblocks-view="file"] [data-nbblocks-part="file-name"]').inner_text() == "notes.txt"
    assert '"answer"' in page.locator(f'{CHAT} [data-nbblocks-view="json"]').inner_text()
    assert page.locator(f'{CHAT} [data-nbblocks-view="html"] b.h').inner_text() == "hi"
    assert page.locator(f'{CHAT} .nbb-chat-unknown').inner_text() == "(nosuchthing)"
    page.locator(CHAT).screenshot(path=artifacts / "chat-components.png")
    # Their files came over the comm from the app's file cache, through the chat's model.
    sent = [m["content"] for m in messages(page) if m["kind"] == "custom"]
    assert {"type": "file_request", "path": image["path"]}.items() <= next(c for c in sent if c.get("path") == image["path"]).items()
    requested = {(r["kind"], r["name"]) for r in page.evaluate("nb.assetSettings.requests")}
    assert {("component", "image"), ("component", "file"), ("component", "json"), ("component", "html")} <= requested


def test_streamed_edits_update_only_the_growing_message(page):
    value = [text("user", "hi"), text("assistant", "He")]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "value_origin": {"version": 1}, "props": {"elem_id": "chat"}})
    page.evaluate("() => { document.querySelectorAll('#chat [data-nbblocks-part=\"text\"]')[0].dataset.mark = 'kept'; }")
    for i, token in enumerate(["llo", " there", "!"]):
        page.evaluate("([edits]) => nb.model('c').kernelDiff(edits)", [[["append", [1, "content", 0, "text"], token]]])
    settle(page)
    texts = part(page, "text")
    assert texts.nth(1).inner_text() == "Hello there!"
    assert texts.nth(0).get_attribute("data-mark") == "kept"  # the user message was not drawn again
    assert page.evaluate("nb.model('c').get('value_origin')") == {"version": 4}
    # An edit that arrives before the value it edits waits for it (a state update in flight).
    page.evaluate("() => nb.model('c').kernelDiff([['add', [2], {role: 'user', metadata: null, content: [{type: 'text', text: 'next'}], options: null}]], {base: 5})")
    settle(page)
    assert part(page, "row").count() == 2
    kernel_set(page, "c", {"value": [text("user", "hi"), text("assistant", "Hello there!!")], "value_origin": {"version": 5}})
    settle(page)
    assert part(page, "row").count() == 3
    assert part(page, "text").nth(2).inner_text() == "next"
    assert page.evaluate("nb.model('c').resyncs ?? 0") == 0


def test_an_edit_whose_base_never_comes_asks_for_the_whole_value(page):
    mount(page, {"view": "chatbot", "key": "c", "value": [text("user", "hi")], "value_origin": {"version": 3}, "props": {"elem_id": "chat"}})
    clear(page)
    page.evaluate("() => nb.model('c').kernelDiff([['append', [0, 'content', 0, 'text'], '!']], {base: 7})")
    page.wait_for_function("() => (nb.model('c').resyncs ?? 0) === 1", timeout=10_000)
    assert [m["content"]["type"] for m in messages(page, "c") if m["kind"] == "custom"] == ["value_resync"]
    assert part(page, "text").inner_text() == "hi"


def test_feedback_retry_undo_and_copy(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    value = [text("user", "q1"), text("assistant", "a1"), text("user", "q2"), text("assistant", "a2"), text("assistant", "a2 more")]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "events": ["like", "retry", "undo", "copy"],
                 "props": {"elem_id": "chat", "feedback_options": ["Like", "Dislike", "Spam"], "watermark": "(AI)"}})
    rows = part(page, "row")
    assert rows.count() == 4  # the two last assistant messages share a bubble
    assert rows.nth(0).locator('[data-nbblocks-part="like"]').count() == 0  # no feedback on user messages
    rows.nth(3).locator('[data-nbblocks-part="like"]').click()
    settle(page)
    assert part(page, "row").nth(3).locator('[data-nbblocks-part="like"]').get_attribute("aria-pressed") == "true"
    part(page, "row").nth(1).locator('[data-nbblocks-part="dislike"]').click()
    part(page, "row").nth(1).locator('[data-nbblocks-part="flag"]').click()
    part(page, "row").nth(1).locator('[data-nbblocks-part="flag-option"]').click()
    assert part(page, "row").nth(1).locator('[data-nbblocks-part="retry"]').count() == 0  # only under the last reply
    part(page, "row").nth(3).locator('[data-nbblocks-part="retry"]').click()
    part(page, "row").nth(3).locator('[data-nbblocks-part="undo"]').click()
    part(page, "row").nth(3).locator('[data-nbblocks-part="message-copy"]').click()
    page.wait_for_function("() => nb.messages('c').some((m) => m.content?.event === 'copy')")
    assert page.evaluate("navigator.clipboard.readText()") == "a2\na2 more\n\n(AI)"
    events = [e for e in wire(page, "c") if e[0] == "event"]
    assert events == [
        ("event", "like", {"index": 3, "value": [[{"type": "text", "text": "a2"}], [{"type": "text", "text": "a2 more"}]], "liked": True}),
        ("event", "like", {"index": 1, "value": [[{"type": "text", "text": "a1"}]], "liked": False}),
        ("event", "like", {"index": 1, "value": [[{"type": "text", "text": "a1"}]], "liked": "Spam"}),
        ("event", "retry", {"index": 2, "value": [{"type": "text", "text": "q2"}]}),
        ("event", "undo", {"index": 2, "value": [{"type": "text", "text": "q2"}]}),
        ("event", "copy", {"value": "a2\na2 more"}),  # as Gradio: the text without the watermark
    ]


def test_copy_all_writes_the_conversation_as_gradio_does(page):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    picture = {"path": "cat.png", "url": "http://127.0.0.1/cat.png", "orig_name": "cat.png", "mime_type": "image/png", "meta": {"_type": "gradio.FileData"}}
    value = [text("user", "q1"), {"role": "assistant", "metadata": None, "options": None,
                                   "content": [{"type": "text", "text": "a1"}, {"type": "file", "file": picture, "alt_text": None}]}]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "events": ["copy"], "props": {"elem_id": "chat", "watermark": "(AI)"}})
    part(page, "copy-all").click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()).endsWith('(AI)')")
    assert page.evaluate("navigator.clipboard.readText()") == "user: q1\n\nassistant: a1\n\nassistant: http://127.0.0.1/cat.png\n\n(AI)"
    assert [e for e in wire(page, "c") if e[0] == "event"] == []  # as in Gradio, copy-all fires no copy event


def test_edit_clear_select_examples_and_options(page):
    value = [text("user", "first"), text("assistant", "answer", options=[{"value": "yes", "label": "Yes!"}, {"value": "no"}])]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "events": ["select", "clear", "edit", "option_select"],
                 "props": {"elem_id": "chat", "editable": "user"}})
    options = part(page, "option")
    assert options.all_inner_texts() == ["Yes!", "no"]
    options.nth(1).click()
    part(page, "message").nth(1).click()
    assert part(page, "row").nth(1).locator('[data-nbblocks-part="edit"]').count() == 0  # editable="user"
    part(page, "row").nth(0).locator('[data-nbblocks-part="edit"]').click()
    editor = part(page, "edit-input")
    editor.fill("second")
    part(page, "edit-submit").click()
    settle(page)
    assert part(page, "text").nth(0).inner_text() == "second"
    part(page, "clear").click()
    settle(page)
    assert part(page, "row").count() == 0
    out = wire(page, "c")
    edited = [text("user", "second") | {"content": [{"type": "text", "text": "second"}]}, value[1]]
    assert out == [
        ("event", "option_select", {"index": 1, "value": "no"}),
        ("event", "select", {"index": 1, "value": "answer", "selected": True}),
        ("update", {"value": edited}),
        ("event", "edit", {"index": 0, "value": "second", "previous_value": "first"}),
        ("update", {"value": []}),
        ("event", "clear", None),
    ]


def test_empty_chat_shows_placeholder_and_examples(page):
    icon = page.evaluate("([b64]) => nb.addFile('icon.png', b64, 'image/png')", [png_b64((0, 0, 255))])
    mount(page, {"view": "chatbot", "key": "c", "value": [], "events": ["example_select"], "props": {
        "elem_id": "chat", "placeholder": "## Ask me anything",
        "examples": [{"text": "Hello", "display_text": "Say hello", "icon": icon}, {"text": "Describe", "files": [icon]}]}})
    assert part(page, "placeholder").locator("h2").inner_text() == "Ask me anything"
    examples = part(page, "example")
    assert examples.nth(0).inner_text() == "Say hello"
    examples.nth(1).click()
    examples.nth(0).click()
    assert [e for e in wire(page, "c")] == [
        ("event", "example_select", {"index": 1, "value": {"text": "Describe", "files": [icon]}}),
        ("event", "example_select", {"index": 0, "value": {"text": "Hello"}}),
    ]
    kernel_set(page, "c", {"value": [text("user", "Hello")]})
    settle(page)
    assert part(page, "empty").is_hidden()


def test_pending_reply_shows_typing_dots_not_an_overlay(page):
    mount(page, {"view": "chatbot", "key": "c", "value": [text("user", "hi")], "props": {"elem_id": "chat"},
                 "status": {"state": "pending", "show_progress": "full"}})
    assert part(page, "pending").is_visible()
    assert page.locator(f'{CHAT} [data-nbblocks-part="status"]').get_attribute("data-mode") == "minimal"
    kernel_set(page, "c", {"value": [text("user", "hi"), text("assistant", "He")]})
    settle(page)
    assert part(page, "pending").count() == 0


def test_autoscroll_follows_until_the_reader_scrolls_up(page):
    many = [text("user" if i % 2 == 0 else "assistant", f"message {i}\n\n" + "line\n\n" * 4) for i in range(30)]
    mount(page, {"view": "chatbot", "key": "c", "value": many, "props": {"elem_id": "chat", "height": 300}})
    settle(page)
    at_bottom = "() => { const s = document.querySelector('#chat [data-nbblocks-part=\"scroll\"]'); return s.scrollHeight - s.scrollTop - s.clientHeight < 5; }"
    page.wait_for_function(at_bottom)
    kernel_set(page, "c", {"value": many + [text("assistant", "new")]})
    page.wait_for_function(at_bottom)
    page.evaluate("() => { const s = document.querySelector('#chat [data-nbblocks-part=\"scroll\"]'); s.scrollTop = 0; s.dispatchEvent(new Event('scroll')); }")
    kernel_set(page, "c", {"value": many + [text("assistant", "new"), text("assistant", "newer")]})
    settle(page)
    assert page.evaluate("document.querySelector('#chat [data-nbblocks-part=\"scroll\"]').scrollTop") == 0
    assert part(page, "scroll-down").is_visible()
    part(page, "scroll-down").click()
    page.wait_for_function(at_bottom)
    assert part(page, "scroll-down").is_hidden()


def test_avatars_layout_and_dark_theme(browser, server_url, artifacts: Path):
    page = open_harness(browser, server_url, theme="dark")
    try:
        avatar = page.evaluate("([b64]) => nb.addFile('bot.png', b64, 'image/png')", [png_b64((0, 200, 0), (8, 8))])
        value = [text("user", "Hi there"), text("assistant", "Hello! Here is `code` and\n\n```js\nconst x = 1;\n```")]
        mount(page, {"view": "chatbot", "value": value, "props": {"elem_id": "chat", "avatar_images": [None, avatar], "label": "Dark"}})
        page.wait_for_function("() => document.querySelector('#chat [data-nbblocks-part=\"avatar\"]')?.naturalWidth === 8")
        assert page.locator(f'{CHAT} [data-nbblocks-part="avatar"]').get_attribute("data-role") == "assistant"
        bubble_bg = page.evaluate("getComputedStyle(document.querySelector('#chat .nbb-chat-assistant .nbb-chat-bubble-box')).backgroundColor")
        text_color = page.evaluate("getComputedStyle(document.querySelector('#chat .nbb-chat-text')).color")
        assert _luminance(bubble_bg) < 0.3 < _luminance(text_color)  # dark bubble, light text
        page.locator(CHAT).screenshot(path=artifacts / "chat-dark.png")
        assert not page.js_errors
    finally:
        page.context.close()


@pytest.mark.parametrize("count, props, expected", [
    (40, {"height": None, "max_height": 200}, 200),   # a long chat stops growing and scrolls
    (1, {"height": None, "min_height": 150}, 150),    # a short one keeps its room
    (40, {"height": 300, "max_height": 500}, 300),    # a set height holds below max_height
    (1, {"height": "180px"}, 180),
])
def test_heights_bound_the_chat(page, count, props, expected):
    value = [text("user" if i % 2 == 0 else "assistant", f"message {i}") for i in range(count)]
    mount(page, {"view": "chatbot", "value": value, "props": {"elem_id": "chat", "layout": "panel", **props}})
    part(page, "text").first.wait_for()
    settle(page)
    box = page.evaluate("(() => { const w = document.querySelector('#chat .nbb-chatbot');"
                        " return { height: w.getBoundingClientRect().height, panel: w.classList.contains('nbb-chat-panel') }; })()")
    assert box == {"height": expected, "panel": True}


def _luminance(css: str) -> float:
    """0 (black) to 1 (white) for a computed colour: rgb(...) or color(srgb ...)."""
    import re

    numbers = [float(x) for x in re.findall(r"[\d.]+", css)[:3]]
    r, g, b = numbers if css.startswith("color(") else [n / 255 for n in numbers]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


# -- gr.MultimodalTextbox -------------------------------------------------------------------


def test_multimodal_textbox_types_attaches_and_submits(page, tmp_path: Path):
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mm", "file_types": ["image"], "placeholder": "Ask"}})
    box = page.locator('#mm [data-nbblocks-part="input"]')
    assert box.get_attribute("placeholder") == "Ask"
    assert page.locator('#mm [data-nbblocks-part="file-input"]').get_attribute("accept") == "image/*"
    path = tmp_path / "dot.png"
    path.write_bytes(base64.b64decode(png_b64()))
    page.locator('#mm [data-nbblocks-part="file-input"]').set_input_files(str(path))
    chip = page.locator('#mm [data-nbblocks-part="file"]')
    chip.wait_for()
    page.wait_for_function("() => document.querySelector('#mm [data-nbblocks-part=\"file\"] img')?.naturalWidth === 6")
    box.fill("what is it")
    box.press("Shift+Enter")
    box.type("?")
    box.press("Enter")
    value = page.evaluate("nb.model('m').get('value')")
    assert value["text"] == "what is it\n?"
    assert value["files"][0]["orig_name"] == "dot.png"
    events = [e[1] for e in wire(page, "m") if e[0] == "event"]
    assert events[-1] == "submit" and events.count("submit") == 1
    page.locator('#mm [data-nbblocks-part="file-remove"]').click()
    assert page.evaluate("nb.model('m').get('value').files") == []


def test_multimodal_textbox_pastes_files_and_stops(page):
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mm", "stop_btn": True, "submit_btn": False}})
    page.evaluate("""([b64]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], "pasted.png", { type: "image/png" }));
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      document.querySelector('#mm [data-nbblocks-part="input"]').dispatchEvent(event);
    }""", [png_b64()])
    page.locator('#mm [data-nbblocks-part="file"]').wait_for()
    assert page.locator('#mm [data-nbblocks-part="submit-button"]').count() == 0
    page.locator('#mm [data-nbblocks-part="stop-button"]').click()
    events = [e[1] for e in wire(page, "m") if e[0] == "event"]
    assert events[-1] == "stop"
    # Enter with nothing typed and no file sends nothing.
    kernel_set(page, "m", {"value": {"text": "", "files": []}})
    clear(page)
    page.locator('#mm [data-nbblocks-part="input"]').press("Enter")
    assert [e for e in wire(page, "m") if e[0] == "event" and e[1] == "submit"] == []


def test_multimodal_textbox_takes_dropped_files_and_autofocuses(page):
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mm", "autofocus": True}})
    box = page.locator('#mm [data-nbblocks-part="input"]')
    page.wait_for_function("() => document.activeElement === document.querySelector('#mm [data-nbblocks-part=\"input\"]')")
    dropped = page.evaluate("""([b64]) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], "dropped.png", { type: "image/png" }));
      const target = document.querySelector('#mm [data-nbblocks-part="input"]');
      const over = new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true });
      target.dispatchEvent(over);
      const drop = new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true });
      target.dispatchEvent(drop);
      return { overTaken: over.defaultPrevented, dropTaken: drop.defaultPrevented };
    }""", [png_b64()])
    assert dropped == {"overTaken": True, "dropTaken": True}  # the browser does not open the file
    page.wait_for_function("() => document.querySelector('#mm [data-nbblocks-part=\"file\"] img')?.naturalWidth === 6")
    box.press("Enter")
    assert page.evaluate("nb.model('m').get('value').files[0].orig_name") == "dropped.png"
    assert [e[1] for e in wire(page, "m") if e[0] == "event"][-1] == "submit"


def test_multimodal_textbox_without_autofocus_leaves_focus_alone(page):
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mm", "autofocus": False}})
    page.locator('#mm [data-nbblocks-part="input"]').wait_for()
    settle(page)
    assert page.evaluate("document.activeElement?.dataset?.nbblocksPart") != "input"


@pytest.mark.parametrize("refused", [True])
def test_multimodal_textbox_shows_a_refused_upload(page, refused):
    page.evaluate("nb.fileSettings.refuse = 'MultimodalTextbox: big.bin is not an accepted file type (image)'")
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []}, "props": {"elem_id": "mm"}})
    page.locator('#mm [data-nbblocks-part="file-input"]').set_input_files(
        files=[{"name": "big.bin", "mimeType": "application/octet-stream", "buffer": b"x" * 10}])
    error = page.locator('#mm [data-nbblocks-part="upload-error"]')
    error.wait_for()
    assert "not an accepted file type" in error.inner_text()
    assert page.evaluate("nb.model('m').get('value').files") == []


def test_edits_wait_while_the_user_changed_the_value_and_misfits_ask_for_the_value(page):
    value = [text("user", "hi"), text("assistant", "He")]
    mount(page, {"view": "chatbot", "key": "c", "value": value, "value_origin": {"version": 1}, "events": ["clear"],
                 "props": {"elem_id": "chat"}})
    part(page, "clear").click()  # the page sets [] while the kernel still streams into the old value
    page.evaluate("([edits]) => nb.model('c').kernelDiff(edits)", [[["append", [1, "content", 0, "text"], "llo"]]])
    settle(page)
    assert part(page, "row").count() == 0  # not applied onto the user's value
    # The kernel's echo of the cleared value arrives; later edits apply to it.
    kernel_set(page, "c", {"value": [], "value_origin": {"version": 3, "page": "p", "seq": 1}})
    page.evaluate("() => nb.model('c').kernelDiff([['add', [0], {role: 'user', metadata: null, content: [{type: 'text', text: 'new'}], options: null}]])")
    settle(page)
    assert part(page, "text").all_inner_texts() == ["new"]
    # Edits that do not fit what the page holds make it ask for the whole value.
    page.evaluate("() => nb.model('c').kernelDiff([['append', [5, 'content', 0, 'text'], '?']])")
    page.wait_for_function("() => (nb.model('c').resyncs ?? 0) === 1")


def test_edits_that_come_before_the_view_loaded_are_applied(page):
    # The block's stub queues value edits from the moment its model exists: a reply that
    # starts streaming while the page is still loading the chat view is not lost.
    page.evaluate("nb.holdView('chatbot')")
    page.evaluate("""() => { window.__mounted = nb.mount({view: "chatbot", key: "c", value: [], value_origin: {version: 1},
      props: {elem_id: "chat"}}); }""")
    page.wait_for_function("() => nb.model('c') !== undefined")
    page.evaluate("""() => {
      nb.model('c').kernelDiff([['add', [0], {role: 'user', metadata: null, content: [{type: 'text', text: 'hi'}], options: null}]]);
      nb.model('c').kernelDiff([['add', [1], {role: 'assistant', metadata: null, content: [{type: 'text', text: 'Hel'}], options: null}]]);
      nb.model('c').kernelDiff([['append', [1, 'content', 0, 'text'], 'lo']]);
    }""")
    page.evaluate("nb.releaseView('chatbot')")
    page.evaluate("() => window.__mounted")
    settle(page)
    assert part(page, "text").all_inner_texts() == ["hi", "Hello"]
    assert page.evaluate("nb.model('c').get('value_origin')") == {"version": 4}


def test_edits_queued_while_no_view_was_shown_apply_in_order(page):
    # Edits that wait in the stub's queue are applied one after the other when a view
    # shows the block: applying one changes value_origin before value, and that change
    # must not start the next edit on the value the first has not replaced yet.
    mount(page, {"view": "chatbot", "key": "c", "value": [], "value_origin": {"version": 1}, "props": {"elem_id": "chat"}})
    page.evaluate("nb.unmountAll()")
    page.evaluate("""() => {
      const m = nb.model('c');
      m.kernelDiff([['add', [0], {role: 'user', metadata: null, content: [{type: 'text', text: 'hi'}], options: null}]], {base: 1});
      m.kernelDiff([['add', [1], {role: 'assistant', metadata: null, content: [{type: 'text', text: 'Hello'}], options: null}]], {base: 2});
      m.kernelDiff([['delete', [0], null]], {base: 3});
    }""")
    page.evaluate("nb.mountAgain('c')")
    settle(page)
    assert part(page, "text").all_inner_texts() == ["Hello"]
    assert page.evaluate("nb.model('c').get('value_origin')") == {"version": 4}
    assert page.evaluate("nb.model('c').resyncs ?? 0") == 0


def test_a_status_ahead_of_the_value_asks_for_the_value(page):
    # Edits sent before the model's stub listened are lost; the output's status after the
    # event names the kernel's version, and the page asks for the whole value.
    mount(page, {"view": "chatbot", "key": "c", "value": [], "value_origin": {"version": 1}, "props": {"elem_id": "chat"}})
    clear(page)
    kernel_set(page, "c", {"status": {"state": "idle", "value_version": 1}})
    assert page.evaluate("nb.model('c').resyncs ?? 0") == 0
    kernel_set(page, "c", {"status": {"state": "idle", "value_version": 3}})
    page.wait_for_function("() => (nb.model('c').resyncs ?? 0) === 1")
