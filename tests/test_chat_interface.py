"""gr.ChatInterface through the headless front end: the history fn receives, streaming,
Stop, retry, undo, edit, clear, examples (run and cached), options, multimodal messages,
additional inputs and outputs, errors in fn, save_history, and rendering it in other apps."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend

DEADLINE = 30


def wait_until(condition, what: str):
    """Wait for something the app does (checked as it happens, within a generous deadline)."""
    end = time.monotonic() + DEADLINE
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.005)
    raise AssertionError(f"timed out waiting for {what}")


def texts(ui, chatbot):
    """Each message as (role, its text parts joined)."""
    return [(m["role"], " ".join(p.get("text", f"<{p['type']}>") for p in m["content"])) for m in ui.value(chatbot)]


def test_two_turns_give_fn_the_history_before_each_message():
    seen = []

    def respond(message, history):
        seen.append((message, history))
        history.append({"role": "user", "content": "appending changes nothing"})
        return f"You said {message}"

    demo = gr.ChatInterface(respond)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "hello")
    ui.submit(demo.textbox, "again")
    assert texts(ui, demo.chatbot) == [("user", "hello"), ("assistant", "You said hello"), ("user", "again"), ("assistant", "You said again")]
    assert seen[0][0] == "hello"
    message, history = seen[1]
    assert message == "again"
    assert history[:2] == [
        {"role": "user", "metadata": None, "content": [{"text": "hello", "type": "text"}], "options": None},
        {"role": "assistant", "metadata": None, "content": [{"text": "You said hello", "type": "text"}], "options": None},
    ]
    assert seen[0][1] == [{"role": "user", "content": "appending changes nothing"}]  # the first turn got []
    assert len(ui.state_value(demo.chatbot_state)) == 4
    # The textbox was cleared and is usable again, with its submit button.
    assert ui.value(demo.textbox) == ""
    props = ui.props(demo.textbox)
    assert props["interactive"] is True and props["submit_btn"] is True and props["stop_btn"] is False


def test_streaming_shows_the_reply_growing_and_sends_only_the_new_tokens():
    tokens = ["Hel", "lo ", "the", "re!"]

    def stream(message, history):
        text = ""
        for token in tokens:
            time.sleep(0.05)  # a model slower than the page's 20 ms pace: every yield is shown
            text += token
            yield text

    demo = gr.ChatInterface(stream)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "hi")
    assert texts(ui, demo.chatbot) == [("user", "hi"), ("assistant", "Hello there!")]
    widget = ui._widget(demo.chatbot)
    diffs = [c["edits"] for mid, c in ui.messages if mid == widget.model_id and c.get("type") == "value_diff"]
    appends = [e for edits in diffs for e in edits if e[0] == "append"]
    assert [e[2] for e in appends] == tokens[1:]
    assert all(e[1] == [1, "content", 0, "text"] for e in appends)


def test_stop_cancels_the_reply_keeps_what_was_written_and_the_chat_goes_on():
    release = threading.Event()
    produced = []

    def slow(message, history):
        for word in ["one", "two", "three", "four"]:
            produced.append(word)
            yield " ".join(produced[-(len(produced)):])
            if word == "one":
                release.wait(DEADLINE)

    demo = gr.ChatInterface(slow)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "count", wait=False)
    wait_until(lambda: texts(ui, demo.chatbot)[-1:] == [("assistant", "one")], "the first token")
    # The buttons swap in a listener of their own, beside the reply's.
    wait_until(lambda: ui.props(demo.textbox)["stop_btn"] is True, "the stop button")
    props = ui.props(demo.textbox)
    assert props["submit_btn"] is False and props["interactive"] is False
    ui.stop(demo.textbox, wait=False)
    release.set()  # the generator stops at its next yield
    ui.wait()
    assert produced == ["one", "two"]
    assert texts(ui, demo.chatbot) == [("user", "count"), ("assistant", "one two")]
    props = ui.props(demo.textbox)
    assert props["stop_btn"] is False and props["submit_btn"] is True and props["interactive"] is True
    assert len(ui.state_value(demo.chatbot_state)) == 2  # the stopped reply is in the history
    produced.clear()
    release.set()
    ui.submit(demo.textbox, "more")
    assert texts(ui, demo.chatbot)[-2:] == [("user", "more"), ("assistant", "one two three four")]


def test_title_description_and_button_labels_reach_the_page():
    release = threading.Event()

    def slow(message, history):
        yield "thinking"
        release.wait(DEADLINE)
        yield "done"

    demo = gr.ChatInterface(slow, title="My bot", description="Ask *anything*", submit_btn="Send", stop_btn="Halt")
    ui = Frontend(demo)
    markdown = [ui.value(b) for b in demo.blocks.values() if isinstance(b, gr.Markdown)]
    assert any("My bot" in m for m in markdown) and "Ask *anything*" in markdown
    assert ui.props(demo.textbox)["submit_btn"] == "Send" and ui.props(demo.textbox)["stop_btn"] is False
    ui.submit(demo.textbox, "hi", wait=False)
    wait_until(lambda: ui.props(demo.textbox)["stop_btn"] == "Halt", "the stop button with its label")
    release.set()
    ui.wait()
    assert ui.props(demo.textbox)["submit_btn"] == "Send" and ui.props(demo.textbox)["stop_btn"] is False

    quiet = gr.ChatInterface(slow, stop_btn=False)
    release.clear()
    ui = Frontend(quiet)
    ui.submit(quiet.textbox, "hi", wait=False)
    wait_until(lambda: ui.props(quiet.textbox)["submit_btn"] is False, "the buttons of a streaming reply")
    assert ui.props(quiet.textbox)["stop_btn"] is False  # no stop button at all
    release.set()
    ui.wait()


def test_retry_undo_edit_and_clear():
    calls = []

    def respond(message, history):
        calls.append((message, len(history)))
        return f"#{len(calls)} {message}"

    demo = gr.ChatInterface(respond, editable=True)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "a")
    ui.submit(demo.textbox, "b")
    ui.retry(demo.chatbot)
    assert texts(ui, demo.chatbot) == [("user", "a"), ("assistant", "#1 a"), ("user", "b"), ("assistant", "#3 b")]
    assert calls[-1] == ("b", 2)
    ui.undo(demo.chatbot)
    assert texts(ui, demo.chatbot) == [("user", "a"), ("assistant", "#1 a")]
    assert ui.value(demo.textbox) == "b"  # the undone message is back in the textbox
    ui.edit(demo.chatbot, 0, "z")
    assert texts(ui, demo.chatbot) == [("user", "z"), ("assistant", "#4 z")]
    assert calls[-1] == ("z", 0)
    ui.clear(demo.chatbot)
    assert ui.value(demo.chatbot) == [] and ui.state_value(demo.chatbot_state) == []
    ui.submit(demo.textbox, "fresh")
    assert calls[-1] == ("fresh", 0)


def test_examples_run_on_click_with_an_empty_history_or_only_fill_the_textbox():
    seen = []

    def respond(message, history):
        seen.append(history)
        return message.upper()

    demo = gr.ChatInterface(respond, examples=["hi", "yo"], example_labels=["Say hi", "Say yo"])
    assert [e["display_text"] for e in demo.chatbot.examples] == ["Say hi", "Say yo"]
    ui = Frontend(demo)
    ui.click_example(demo.chatbot, 1)
    assert texts(ui, demo.chatbot) == [("user", "yo"), ("assistant", "YO")]
    assert seen == [[]]
    ui.submit(demo.textbox, "next")
    assert len(seen[-1]) == 2

    filling = gr.ChatInterface(respond, examples=["hi"], run_examples_on_click=False)
    ui = Frontend(filling)
    ui.click_example(filling.chatbot, 0)
    assert ui.value(filling.textbox) == "hi" and ui.value(filling.chatbot) == []


def test_cached_examples_show_the_cached_conversation():
    calls = []

    def stream(message, history):
        calls.append(message)
        yield "thinking"
        yield f"answer to {message}"

    demo = gr.ChatInterface(stream, examples=["q1", "q2"], cache_examples=True)
    assert sorted(calls) == ["q1", "q2"]  # cached when the app was built
    ui = Frontend(demo)
    ui.click_example(demo.chatbot, 1)
    assert texts(ui, demo.chatbot) == [("user", "q2"), ("assistant", "answer to q2")]
    assert sorted(calls) == ["q1", "q2"]


def test_returns_of_every_kind():
    picture = Path(__file__).parent / "artifacts" / "chat-return.png"
    picture.parent.mkdir(exist_ok=True)
    from PIL import Image

    Image.new("RGB", (3, 3), (1, 2, 3)).save(picture)

    def respond(message, history):
        if message == "list":
            return [gr.ChatMessage("checking", metadata={"title": "Tool"}), "done"]
        if message == "image":
            return gr.Image(str(picture))
        if message == "dict":
            return {"role": "assistant", "content": "as a dict", "options": [{"value": "again"}]}
        if message == "file":
            return {"role": "assistant", "content": {"path": str(picture)}}
        return message

    demo = gr.ChatInterface(respond)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "list")
    value = ui.value(demo.chatbot)
    assert value[1]["metadata"] == {"title": "Tool"} and value[2]["content"] == [{"text": "done", "type": "text"}]
    ui.submit(demo.textbox, "image")
    assert ui.value(demo.chatbot)[-1]["content"][0]["component"] == "image"
    ui.submit(demo.textbox, "file")
    assert ui.value(demo.chatbot)[-1]["content"][0]["file"]["orig_name"] == "chat-return.png"
    ui.submit(demo.textbox, "dict")
    assert ui.value(demo.chatbot)[-1]["options"] == [{"value": "again"}]
    ui.click_option(demo.chatbot, 0)  # an option is sent as the next message
    assert texts(ui, demo.chatbot)[-2:] == [("user", "again"), ("assistant", "again")]


def test_additional_inputs_in_an_accordion_and_additional_outputs():
    with gr.Blocks() as demo:
        extra = gr.Textbox(label="Extra out")

        def respond(message, history, prefix, times):
            return f"{prefix}{message * int(times)}", f"called with {prefix}"

        chat = gr.ChatInterface(respond, additional_inputs=[gr.Textbox("> ", label="Prefix", render=False), "number"],
                                additional_outputs=[extra])
    accordions = [b for b in demo.blocks.values() if isinstance(b, gr.Accordion)]
    assert len(accordions) == 1 and accordions[0].label == "Additional Inputs" and accordions[0].open is False
    prefix, times = chat.additional_inputs
    assert prefix.parent is accordions[0]
    assert times.label == "times" or times.label is None
    ui = Frontend(demo)
    ui.set(times, 3)
    ui.submit(chat.textbox, "ab")
    assert texts(ui, chat.chatbot)[-1] == ("assistant", "> ababab")
    assert ui.value(extra) == "called with > "


def test_additional_inputs_rendered_elsewhere_are_left_there():
    with gr.Blocks() as demo:
        temperature = gr.Slider(0, 1, 0.5, label="Temperature")
        chat = gr.ChatInterface(lambda m, h, t: f"{m} at {t}", additional_inputs=[temperature])
    assert not any(isinstance(b, gr.Accordion) for b in demo.blocks.values())
    ui = Frontend(demo)
    ui.submit(chat.textbox, "go")
    assert texts(ui, chat.chatbot)[-1] == ("assistant", "go at 0.5")


def test_multimodal_messages_put_files_first_and_fn_gets_paths(tmp_path):
    from PIL import Image

    picture = tmp_path / "dot.png"
    Image.new("RGB", (2, 2), (9, 9, 9)).save(picture)
    seen = []

    def respond(message, history):
        seen.append((message, history))
        return f"{message['text']} with {len(message['files'])} file(s)"

    demo = gr.ChatInterface(respond, multimodal=True)
    assert isinstance(demo.textbox, gr.MultimodalTextbox)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "look", files=[picture])
    message, history = seen[0]
    assert message["text"] == "look" and Path(message["files"][0]).read_bytes() == picture.read_bytes()
    value = ui.value(demo.chatbot)
    assert [p["type"] for p in value[0]["content"]] == ["file", "text"]  # one user message: files, then text
    assert value[0]["content"][0]["file"]["orig_name"] == "dot.png"
    assert ui.value(demo.textbox) == {"text": "", "files": []}
    ui.submit(demo.textbox, "and now")
    assert seen[1][1][0]["content"][0]["type"] == "file"
    ui.undo(demo.chatbot)
    back = ui.value(demo.textbox)
    assert back["text"] == "and now" and back["files"] == []


def test_errors_in_fn_show_in_the_chat_and_the_chat_keeps_working():
    def fragile(message, history):
        if message == "boom":
            raise gr.Error("The model is unavailable")
        if message == "crash":
            raise RuntimeError("bug")
        return "fine"

    demo = gr.ChatInterface(fragile)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "boom")
    assert ui.toasts[-1]["message"] == "The model is unavailable"
    assert ui.error(demo.chatbot) == "The model is unavailable"
    assert texts(ui, demo.chatbot) == [("user", "boom")]
    assert ui.props(demo.textbox)["interactive"] is True
    ui.submit(demo.textbox, "crash")
    assert "RuntimeError: bug" in ui.toasts[-1]["message"]
    ui.submit(demo.textbox, "hello")
    assert texts(ui, demo.chatbot)[-1] == ("assistant", "fine")
    assert ui.error(demo.chatbot) is None


def test_async_and_async_generator_functions():
    async def answer(message, history):
        await asyncio.sleep(0)
        return f"async {message}"

    async def stream(message, history):
        for i in range(3):
            await asyncio.sleep(0.03)
            yield f"{message} {i}"

    for fn, expected in ((answer, "async hi"), (stream, "hi 2")):
        demo = gr.ChatInterface(fn)
        ui = Frontend(demo)
        ui.submit(demo.textbox, "hi")
        assert texts(ui, demo.chatbot)[-1] == ("assistant", expected)


def test_a_generator_that_yields_nothing_leaves_the_message_alone():
    def nothing(message, history):
        return
        yield

    demo = gr.ChatInterface(nothing)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "hello")
    assert texts(ui, demo.chatbot) == [("user", "hello")]


def test_save_history_keeps_past_conversations_for_the_session():
    demo = gr.ChatInterface(lambda m, h: m[::-1], save_history=True)
    ui = Frontend(demo)
    ui.submit(demo.textbox, "first chat")
    ui.click(demo.new_chat_button)
    assert ui.value(demo.chatbot) == []
    ui.submit(demo.textbox, "second chat")
    samples = ui.props(demo.chat_history_dataset)["samples"]
    assert [s[0] for s in samples] == ["second chat", "first chat"]
    ui.click_sample(demo.chat_history_dataset, 1)
    assert texts(ui, demo.chatbot) == [("user", "first chat"), ("assistant", "tahc tsrif")]


def test_flagging_likes_writes_the_conversation(tmp_path):
    demo = gr.ChatInterface(lambda m, h: "ok", flagging_mode="manual", flagging_dir=str(tmp_path))
    assert demo.chatbot.feedback_options == ["Like", "Dislike"]
    ui = Frontend(demo)
    ui.submit(demo.textbox, "=HYPERLINK(1)")
    ui.like(demo.chatbot, 1, liked=False)
    import csv

    rows = list(csv.reader((tmp_path / "log.csv").open()))
    assert rows[0] == ["conversation", "index", "value", "flag", "timestamp"]
    assert rows[1][3] == "Dislike" and "=HYPERLINK" in rows[1][0]


def test_inside_blocks_with_a_custom_chatbot_and_in_a_tabbed_interface():
    with gr.Blocks() as outer:
        gr.Markdown("# My app")
        bot = gr.Chatbot(height=250, placeholder="Say something")
        chat = gr.ChatInterface(lambda m, h: f"[{m}]", chatbot=bot, textbox=gr.Textbox(placeholder="Here"))
    assert chat.chatbot is bot and bot.root is outer
    ui = Frontend(outer)
    ui.submit(chat.textbox, "x")
    assert texts(ui, bot) == [("user", "x"), ("assistant", "[x]")]

    a = gr.ChatInterface(lambda m, h: "A says " + m)
    b = gr.Interface(lambda s: s * 2, "text", "text")
    tabs = gr.TabbedInterface([a, b], ["Chat", "Double"])
    ui = Frontend(tabs)
    ui.submit(a.textbox, "hi")
    assert texts(ui, a.chatbot)[-1] == ("assistant", "A says hi")


def test_custom_textbox_settings_win_with_a_warning():
    with pytest.warns(UserWarning, match="submit_btn"):
        gr.ChatInterface(lambda m, h: m, textbox=gr.Textbox(submit_btn="Go"), submit_btn="Send")


@pytest.mark.parametrize("multimodal", [False, True])
def test_autofocus_reaches_the_textbox_the_page_draws(multimodal):
    for autofocus in (True, False):
        demo = gr.ChatInterface(lambda m, h: "", multimodal=multimodal, autofocus=autofocus)
        assert Frontend(demo).props(demo.textbox)["autofocus"] is autofocus


def test_chatbot_value_can_be_set_by_other_events():
    with gr.Blocks() as demo:
        chat = gr.ChatInterface(lambda m, h: f"{len(h)} before")
        load = gr.Button("Load")
        load.click(lambda: [{"role": "user", "content": "old"}, {"role": "assistant", "content": "reply"}], None, chat.chatbot_value)
    ui = Frontend(demo)
    ui.click(load)
    assert texts(ui, chat.chatbot) == [("user", "old"), ("assistant", "reply")]
    ui.submit(chat.textbox, "new")
    assert texts(ui, chat.chatbot)[-1] == ("assistant", "2 before")


def test_multimodal_examples_give_fn_files_on_disk(tmp_path):
    from PIL import Image

    picture = tmp_path / "ex.png"
    Image.new("RGB", (2, 2), (1, 1, 1)).save(picture)
    seen = []

    def respond(message, history):
        seen.append(message)
        return f"{len(message['files'])} file(s)"

    demo = gr.ChatInterface(respond, multimodal=True, examples=[{"text": "Describe", "files": [str(picture)]}])
    ui = Frontend(demo)
    ui.click_example(demo.chatbot, 0)
    assert seen[0]["text"] == "Describe"
    assert Path(seen[0]["files"][0]).read_bytes() == picture.read_bytes()
    value = ui.value(demo.chatbot)
    assert [p["type"] for m in value for p in m["content"]] == ["file", "text", "text"]
