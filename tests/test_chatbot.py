"""gr.Chatbot, gr.ChatMessage and gr.MultimodalTextbox: the messages format as gradio 6.31
serialises and preprocesses it, files through the app's file cache, components in
messages, thoughts and reasoning tags, the Gradio 5 ``type=`` argument, events' data."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks.components.base import serialize
from nbblocks.testing import Frontend, FrontendError


def dump(chatbot, value):
    return serialize(chatbot.postprocess(value))


def png(path: Path, color=(255, 0, 0)) -> Path:
    from PIL import Image

    Image.new("RGB", (4, 3), color).save(path)
    return path


def test_messages_serialise_as_gradio_does():
    # Checked against gradio 6.31: dict messages get metadata/options None, a ChatMessage
    # {} and []; text is dedented; a list of contents is one message of several parts.
    out = dump(gr.Chatbot(), [
        {"role": "user", "content": "  hi\n  there"},
        gr.ChatMessage("yo", metadata={"title": "T"}),
        {"role": "assistant", "content": ["a", "b"]},
    ])
    assert out == [
        {"role": "user", "metadata": None, "content": [{"text": "hi\nthere", "type": "text"}], "options": None},
        {"role": "assistant", "metadata": {"title": "T"}, "content": [{"text": "yo", "type": "text"}], "options": []},
        {"role": "assistant", "metadata": None, "content": [{"text": "a", "type": "text"}, {"text": "b", "type": "text"}], "options": None},
    ]
    assert dump(gr.Chatbot(), None) == []


def test_preprocess_gives_plain_dicts_and_postprocess_takes_them_back():
    bot = gr.Chatbot()
    value = dump(bot, [{"role": "user", "content": "hi"}, gr.ChatMessage("hello", options=[{"value": "more"}])])
    payload = bot.payload_from_json(value)
    history = bot.preprocess(payload)
    assert history == [
        {"role": "user", "metadata": None, "content": [{"text": "hi", "type": "text"}], "options": None},
        {"role": "assistant", "metadata": {}, "content": [{"text": "hello", "type": "text"}], "options": [{"value": "more"}]},
    ]
    assert dump(bot, history) == value
    assert bot.preprocess(None) == []


def test_tuples_and_bad_messages_are_refused_clearly():
    bot = gr.Chatbot(label="Chat")
    with pytest.raises(gr.Error, match=r"Chatbot 'Chat'.*messages format.*tuples format.*\{\"role\": \"user\""):
        bot.postprocess([["hi", "there"]])
    with pytest.raises(gr.Error, match="'role' and 'content'"):
        bot.postprocess([{"text": "hi"}])
    with pytest.raises(gr.Error, match="role must be 'user', 'assistant' or 'system'"):
        bot.postprocess([{"role": "bot", "content": "hi"}])
    with pytest.raises(gr.Error, match="cannot show int"):
        bot.postprocess([{"role": "user", "content": 3}])
    with pytest.raises(gr.Error, match="expected a list of messages"):
        bot.postprocess("hello")


def test_type_messages_warns_and_tuples_is_refused():
    with pytest.warns(DeprecationWarning, match="type='messages'"):
        gr.Chatbot(type="messages")
    with pytest.raises(ValueError, match="type='tuples' is not supported.*messages format"):
        gr.Chatbot(type="tuples")
    with pytest.warns(DeprecationWarning):
        gr.ChatInterface(lambda m, h: m, type="messages")
    with pytest.raises(ValueError, match="tuples"):
        gr.ChatInterface(lambda m, h: m, type="tuples")


def test_parameters_are_checked_and_sent_to_the_page():
    bot = gr.Chatbot(height=300, layout="panel", editable="user", placeholder="**Ask**", rtl=True,
                     latex_delimiters=[{"left": "$", "right": "$", "display": False}], watermark="(AI)",
                     feedback_options=["Like", "Spam"], group_consecutive_messages=False, allow_tags=["think"])
    config = bot.get_config()
    assert config["height"] == 300 and config["layout"] == "panel" and config["editable"] == "user"
    assert config["latex_delimiters"] == [{"left": "$", "right": "$", "display": False}]
    assert config["buttons"] == ["copy", "copy_all"]
    assert config["feedback_options"] == ["Like", "Spam"] and config["allow_tags"] == ["think"]
    assert gr.Chatbot().get_config()["latex_delimiters"] == [{"left": "$$", "right": "$$", "display": True}]
    assert gr.Chatbot(buttons=["copy"]).buttons == ["copy"]
    assert gr.Chatbot(show_copy_button=False).buttons == ["copy_all"]
    with pytest.raises(ValueError, match="'share' button.*not available"):
        gr.Chatbot(buttons=["share", "copy"])
    with pytest.raises(ValueError, match="unknown button 'print'"):
        gr.Chatbot(buttons=["print"])
    with pytest.raises(ValueError, match="layout must be 'bubble' or 'panel'"):
        gr.Chatbot(layout="grid")
    with pytest.raises(ValueError, match="editable must be None, 'user' or 'all'"):
        gr.Chatbot(editable=True)


def test_files_in_messages_go_through_the_file_cache(tmp_path):
    picture = png(tmp_path / "cat.png")
    with gr.Blocks() as demo:
        bot = gr.Chatbot()
    from nbblocks import files

    with files.bind(demo.files):
        value = dump(bot, [
            {"role": "user", "content": {"path": str(picture), "alt_text": "a cat"}},
            {"role": "user", "content": [(str(picture),), "what is it?"]},
            {"role": "assistant", "content": "https://example.com/dog.png"},
            {"role": "assistant", "content": {"path": "https://example.com/dog.png"}},
        ])
        part = value[0]["content"][0]
        assert part["type"] == "file" and part["alt_text"] == "a cat"
        handle = part["file"]["path"]
        assert demo.files.get(handle) is not None and handle != str(picture)
        assert part["file"]["orig_name"] == "cat.png" and part["file"]["mime_type"] == "image/png"
        assert value[1]["content"][0]["file"]["path"] == handle  # same bytes, same handle
        assert value[2]["content"] == [{"text": "https://example.com/dog.png", "type": "text"}]
        assert value[3]["content"][0]["file"]["url"] == "https://example.com/dog.png"
        # A function gets the file's path on disk, and can give it back as it got it.
        history = bot.preprocess(bot.payload_from_json(value))
        local = history[0]["content"][0]["file"]["path"]
        assert Path(local).read_bytes() == picture.read_bytes()
        assert dump(bot, history)[0]["content"][0]["file"]["path"] == handle
    # A page (or client) may not name a file the app did not issue.
    ui = Frontend(demo)
    forged = [{"role": "user", "metadata": None, "options": None, "content": [
        {"type": "file", "file": {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, "alt_text": None}]}]
    ui.set(bot, forged)
    assert ui.error(bot) == "Chatbot: the file '/etc/passwd' was not issued by this app and is refused"
    assert ui.state_value(bot) == []


def test_components_in_messages_carry_their_view_value_and_props(tmp_path):
    picture = png(tmp_path / "pic.png", (0, 255, 0))
    with gr.Blocks() as demo:
        bot = gr.Chatbot()
    from nbblocks import files

    with files.bind(demo.files):
        value = dump(bot, [{"role": "assistant", "content": [
            gr.Image(str(picture), height=120), gr.JSON({"a": 1}), gr.HTML("<b>x</b>"), gr.File(str(picture)),
            gr.Gallery([str(picture)]),
        ]}])
        image, json_part, html, file_part, gallery = value[0]["content"]
        assert image["type"] == "component" and image["component"] == "image"
        assert demo.files.get(image["value"]["path"]) is not None
        assert image["constructor_args"] == {"height": 120} and image["props"]["height"] == 120
        assert json_part["component"] == "json" and json_part["value"] == {"a": 1}
        assert html["value"] == "<b>x</b>"
        assert isinstance(file_part["value"], list)  # Gradio shows a File's value as a list
        assert gallery["component"] == "gallery" and len(gallery["value"]) == 1
        # preprocess rebuilds the component with its preprocessed value (`instance`).
        history = bot.preprocess(bot.payload_from_json(value))
        instance = history[0]["content"][0]["instance"]
        assert isinstance(instance, gr.Image) and instance.height == 120
        assert history[0]["content"][1]["instance"].value == {"a": 1}


def test_thoughts_and_reasoning_tags():
    bot = gr.Chatbot(reasoning_tags=[("<t>", "</t>")])
    out = dump(bot, [{"role": "assistant", "content": "pre <t>think</t> answer"}, {"role": "assistant", "content": "<t>still"}])
    # As gradio 6.31: prose, the thought, the answer; an unclosed tag is a pending thought.
    assert out == [
        {"role": "assistant", "metadata": None, "content": [{"text": "pre", "type": "text"}], "options": None},
        {"role": "assistant", "metadata": {"title": "Reasoning", "status": "done"}, "content": [{"text": "think", "type": "text"}], "options": None},
        {"role": "assistant", "metadata": None, "content": [{"text": "answer", "type": "text"}], "options": None},
        {"role": "assistant", "metadata": {"title": "Reasoning", "status": "pending"}, "content": [{"text": "still", "type": "text"}], "options": None},
    ]
    thought = dump(gr.Chatbot(), [gr.ChatMessage("Looking", metadata={"title": "Tool", "id": 1, "status": "pending", "duration": 0.5})])
    assert thought[0]["metadata"] == {"title": "Tool", "id": 1, "status": "pending", "duration": 0.5}


def test_avatars_and_examples_are_issued_files(tmp_path):
    user = png(tmp_path / "u.png")
    bot = gr.Chatbot(avatar_images=(str(user), "https://example.com/bot.png"),
                     examples=[{"text": "Hi", "icon": str(user)}, {"text": "Look", "files": [str(user)]}])
    config = bot.get_config()
    assert config["avatar_images"][0]["orig_name"] == "u.png"
    assert config["avatar_images"][1]["url"] == "https://example.com/bot.png"
    assert config["examples"][0]["icon"]["orig_name"] == "u.png"
    assert config["examples"][1]["files"][0]["mime_type"] == "image/png"
    with pytest.raises(ValueError, match="avatar_images must be a pair"):
        gr.Chatbot(avatar_images=("a.png",))


def test_event_data_classes_and_annotation_on_any_event():
    seen = {}
    with gr.Blocks() as demo:
        bot = gr.Chatbot([{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}])

        def on_like(evt: gr.LikeData):
            seen["like"] = (evt.index, evt.value, evt.liked)

        def on_edit(history, evt: gr.EditData):
            seen["edit"] = (evt.index, evt.value, evt.previous_value, history[0]["content"][0]["text"])

        def on_retry(evt: gr.RetryData):
            seen["retry"] = (evt.index, evt.value)

        def on_undo(evt: gr.UndoData):
            seen["undo"] = evt.index

        def on_copy(evt: gr.CopyData):
            seen["copy"] = evt.value

        bot.like(on_like)
        bot.edit(on_edit, bot)
        bot.retry(on_retry)
        bot.undo(on_undo)
        bot.copy(on_copy)
    ui = Frontend(demo)
    ui.like(bot, 1, liked=False)
    ui.retry(bot)
    ui.undo(bot)
    ui.trigger(bot, "copy", {"value": "a"})
    with pytest.raises(FrontendError, match="not editable"):
        ui.edit(bot, 0, "changed")  # editable=None: no pencil
    assert seen["like"] == (1, [[{"text": "a", "type": "text"}]], False)
    assert seen["retry"] == (0, [{"text": "q", "type": "text"}])
    assert seen["undo"] == 0 and seen["copy"] == "a"
    with pytest.raises(FrontendError, match="user message"):
        ui.like(bot, 0)
    with gr.Blocks() as editable:
        chat = gr.Chatbot([{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}], editable="all")
        chat.edit(on_edit, chat)
    Frontend(editable).edit(chat, 1, "better")
    assert seen["edit"] == (1, "better", "a", "q")


def test_multimodal_textbox_value_and_file_types(tmp_path):
    box = gr.MultimodalTextbox(file_types=["image"], label="Ask")
    assert serialize(box.postprocess("hi")) == {"text": "hi", "files": []}
    assert serialize(box.postprocess(None)) == {"text": "", "files": []}
    assert box.get_config()["sources"] == ["upload"] and box.get_config()["submit_btn"] is True
    with pytest.raises(ValueError, match="sources must be a list of upload, microphone"):
        gr.MultimodalTextbox(sources=["webcam"])
    with pytest.raises(gr.Error, match="'files' must be a list"):
        box.postprocess({"text": "x", "files": "a.png"})
    picture = png(tmp_path / "p.png")
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    with gr.Blocks() as demo:
        mm = gr.MultimodalTextbox(file_types=["image"], label="Ask")
        out = gr.JSON()
        mm.submit(lambda v: {"text": v["text"], "files": [Path(f).read_bytes()[:4].hex() for f in v["files"]]}, mm, out)
    ui = Frontend(demo)
    ui.submit(mm, "look", files=[picture])
    assert ui.value(out) == {"text": "look", "files": [picture.read_bytes()[:4].hex()]}
    with pytest.raises(FrontendError, match="not an accepted file type"):
        ui.upload(mm, notes)
    # A function may hand back the files it received.
    with gr.Blocks() as echo_demo:
        a = gr.MultimodalTextbox()
        b = gr.MultimodalTextbox()
        a.submit(lambda v: v, a, b)
    ui = Frontend(echo_demo)
    ui.submit(a, "again", files=[picture])
    assert ui.value(b)["text"] == "again" and ui.value(b)["files"][0]["orig_name"] == "p.png"


def test_multimodal_textbox_microphone_recording_reaches_the_function():
    import numpy as np

    from nbblocks import _audio

    rate = 16000
    tone = (np.sin(2 * np.pi * 440 * np.arange(rate) / rate) * 12000).astype(np.int16)
    seen: dict = {}

    def heard(v):
        seen["value"] = v
        got_rate, samples = _audio.read_wav(Path(v["files"][0]).read_bytes())
        return {"text": v["text"], "names": [Path(f).name for f in v["files"]], "rate": got_rate, "n": len(samples)}

    with gr.Blocks() as demo:
        mic_only = gr.MultimodalTextbox(sources=["microphone"])
        both = gr.MultimodalTextbox(sources=["upload", "microphone"], file_count="multiple")
        typed = gr.MultimodalTextbox()
        out = gr.JSON()
        mic_only.submit(heard, mic_only, out)
        both.submit(lambda v: [Path(f).name for f in v["files"]], both, out)
    assert mic_only.get_config()["sources"] == ["microphone"]
    ui = Frontend(demo)
    fd = ui.record(mic_only, (rate, tone))
    assert fd["orig_name"] == "audio.wav"
    assert ui.value(mic_only)["files"][0]["path"] == fd["path"]
    ui.submit(mic_only, "transcribe this")
    assert ui.value(out) == {"text": "transcribe this", "names": ["audio.wav"], "rate": rate, "n": rate}
    assert isinstance(seen["value"]["files"][0], str)
    # Without the upload source there is no file picker, only the microphone.
    with pytest.raises(FrontendError, match="no upload source"):
        ui.upload(mic_only, b"x", "a.txt")
    # A recording joins files already attached.
    ui.upload(both, b"notes", "notes.txt")
    ui.record(both, (rate, tone))
    ui.submit(both, "both")
    assert ui.value(out) == ["notes.txt", "audio.wav"]
    with pytest.raises(FrontendError, match="has no microphone source"):
        ui.record(typed, (rate, tone))


def test_chatbot_is_exported_and_not_confused_with_messages():
    assert gr.components.component_class("chatbot")[0] is gr.Chatbot
    assert gr.components.component_class("multimodaltextbox")[0] is gr.MultimodalTextbox
    with pytest.raises(ValueError):
        gr.components.component_class("chatmessage")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gr.Chatbot()


def test_streaming_a_chatbot_sends_diffs_of_the_growing_message():
    import time

    from nbblocks.engine import STREAM_INTERVAL

    with gr.Blocks() as demo:
        bot = gr.Chatbot([{"role": "user", "content": "hi"}])
        btn = gr.Button()

        def stream(history):
            for i in range(5):
                time.sleep(2 * STREAM_INTERVAL)
                yield history + [{"role": "assistant", "content": "tok " * (i + 1)}]

        btn.click(stream, bot, bot)
    ui = Frontend(demo)
    ui.click(btn)
    diffs = [c for mid, c in ui.messages if isinstance(c, dict) and c.get("type") == "value_diff"]
    assert [d["edits"] for d in diffs[1:]] == [[["append", [1, "content", 0, "text"], "tok "]]] * 4
    assert diffs[0]["edits"][0][0] == "add"  # the reply appears as a new message
    assert ui.value(bot)[1]["content"][0]["text"] == "tok tok tok tok tok "
    assert ui.value(bot) == serialize(bot.postprocess(demo.view().session.get(bot)))
