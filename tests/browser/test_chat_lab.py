"""notebooks/chat.ipynb in a real JupyterLab: type and press Enter, watch a streamed reply
grow token by token, stop one, retry, like a reply, attach an image in a multimodal chat;
code highlighting and math drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pages import APP

pytestmark = pytest.mark.browser

CHATBOT = '[data-nbblocks-view="chatbot"]'
TEXTBOX = '[data-nbblocks-view="textbox"]'

# Records every length the last assistant message's text had, as the page drew it.
WATCH = """(chat) => {
  window.__lengths = [];
  const record = () => {
    const rows = chat.querySelectorAll('[data-nbblocks-part="row"][data-role="assistant"]');
    const last = rows[rows.length - 1];
    const length = last ? last.innerText.length : 0;
    if (window.__lengths[window.__lengths.length - 1] !== length) window.__lengths.push(length);
  };
  window.__watch?.disconnect();
  window.__watch = new MutationObserver(record);
  window.__watch.observe(chat, { childList: true, subtree: true, characterData: true });
}"""


def png(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (40, 30), (30, 160, 90)).save(path)
    return path


def test_chat_streams_stops_retries_likes_and_takes_an_image(page: Page, open_and_run, artifacts: Path, tmp_path: Path) -> None:
    open_and_run(page, "chat.ipynb")
    app = page.locator(APP).first
    chat = app.locator(CHATBOT)
    box = app.locator(TEXTBOX).locator('[data-nbblocks-part="input"]')
    # The notebook's cells drove this very app (the notebook's session) with Frontend.
    expect(chat.locator('[data-nbblocks-part="row"]')).to_have_count(2)

    # Type, press Enter: the message shows at once and the reply streams in word by word.
    chat.evaluate(WATCH)
    box.fill("Tell me a long story")
    box.press("Enter")
    user = chat.locator('[data-nbblocks-part="row"][data-role="user"]').last
    expect(user).to_contain_text("Tell me a long story")
    stop = app.locator(TEXTBOX).locator('[data-nbblocks-part="stop-button"]')
    expect(stop).to_be_visible()
    page.wait_for_function("() => (window.__lengths || []).length >= 7")
    lengths = page.evaluate("window.__lengths")[1:]  # the first is the earlier reply's
    assert lengths == sorted(lengths) and len(set(lengths)) >= 5, lengths  # the new one grew, step by step
    app.screenshot(path=artifacts / "chat-lab-streaming.png")

    # Stop: the reply stays as far as it got, the send button comes back.
    stop.click()
    expect(chat).to_have_attribute("data-nbblocks-state", "idle")
    expect(stop).to_have_count(0)
    expect(app.locator(TEXTBOX).locator('[data-nbblocks-part="submit-button"]')).to_be_visible()
    last = chat.locator('[data-nbblocks-part="row"][data-role="assistant"]').last
    stopped = last.inner_text()
    assert stopped.startswith("You said 'Tell me a long story'")
    page.wait_for_timeout(500)  # nothing arrives after a stop
    assert last.inner_text() == stopped
    assert stopped.count("rest of it.") < 8  # the whole story says it 8 times

    # Retry writes the reply again.
    chat.evaluate(WATCH)
    chat.locator('[data-nbblocks-part="retry"]').click()
    page.wait_for_function("() => (window.__lengths || []).length >= 3")
    stop.click()
    expect(chat).to_have_attribute("data-nbblocks-state", "idle")
    expect(chat.locator('[data-nbblocks-part="row"][data-role="user"]')).to_have_count(2)

    # Markdown: highlighted code and math, in the bare Chatbot of the notebook.
    shown = page.locator(CHATBOT).filter(has_text="Show me some code")
    expect(shown.locator("pre code .hljs-keyword").first).to_have_text("def")
    expect(shown.locator('[data-nbblocks-part="math"] math')).to_have_count(1)
    expect(shown.locator('[data-nbblocks-part="text"] img')).to_have_count(1)
    assert shown.locator('[data-nbblocks-part="text"] img').get_attribute("onerror") is None

    # The multimodal chat: attach an image, ask, like the reply.
    mm_chat, mm_box = page.locator("#mm-chat"), page.locator("#mm-box")
    mm_box.scroll_into_view_if_needed()
    mm_box.locator('[data-nbblocks-part="file-input"]').set_input_files(str(png(tmp_path / "leaf.png")))
    expect(mm_box.locator('[data-nbblocks-part="file"]')).to_have_count(1)
    mm_input = mm_box.locator('[data-nbblocks-part="input"]')
    mm_input.fill("What colour is this?")
    mm_input.press("Enter")
    images = mm_chat.locator('[data-nbblocks-view="image"] img')
    expect(images).to_have_count(2)  # the notebook's own turn showed one already
    expect(images.last).to_be_visible()
    page.wait_for_function("(img) => img.naturalWidth === 40", arg=images.last.element_handle())
    reply = mm_chat.locator('[data-nbblocks-part="row"][data-role="assistant"]').last
    expect(reply).to_contain_text("You said '2 image(s)'")  # the notebook's turn had one too
    expect(mm_chat).to_have_attribute("data-nbblocks-state", "idle")
    reply.locator('[data-nbblocks-part="like"]').click()
    expect(page.locator('#mm-liked [data-nbblocks-part="input"]')).to_have_value("liked message 5")
    mm_chat.screenshot(path=artifacts / "chat-lab-multimodal.png")
