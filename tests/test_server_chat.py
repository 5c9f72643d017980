"""Chat apps over HTTP with the official gradio_client: a ChatInterface (history kept per
client session, streaming, multimodal, errors) and a Blocks app with a Chatbot output
(streamed as nested diffs the client applies, files downloaded)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

pytest.importorskip("gradio_client")
pytest.importorskip("uvicorn")

from gradio_client import Client, handle_file  # noqa: E402
from gradio_client.exceptions import AppError  # noqa: E402

import nbblocks as gr  # noqa: E402
from nbblocks.engine import STREAM_INTERVAL  # noqa: E402

TIMEOUT = 60


def client(app, **kwargs) -> Client:
    return Client(app.local_url, verbose=False, analytics_enabled=False, **kwargs)


@pytest.fixture
def chat_app():
    seen: list[list] = []

    def echo(message, history):
        seen.append(history)
        if message == "fail":
            raise gr.Error("no model")
        reply = f"You said: {message}"
        for i in range(3):
            time.sleep(2 * STREAM_INTERVAL)
            yield reply[: len(reply) * (i + 1) // 3]

    demo = gr.ChatInterface(echo)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    demo.seen = seen  # type: ignore[attr-defined]
    yield demo
    demo.close()


def test_chat_interface_endpoint_keeps_history_per_client(chat_app):
    api = client(chat_app).view_api(print_info=False, return_format="dict")
    assert list(api["named_endpoints"]) == ["/echo"]  # named after fn, as gradio 6.31
    assert [p["parameter_name"] for p in api["named_endpoints"]["/echo"]["parameters"]] == ["message"]
    first, second = client(chat_app), client(chat_app)
    try:
        assert first.predict("hello", api_name="/echo") == "You said: hello"
        assert first.predict("again", api_name="/echo") == "You said: again"
        assert second.predict("other", api_name="/chat") == "You said: other"  # Gradio 5's name
        # History as the API builds it: plain {"role", "content"} dicts, per session.
        assert chat_app.seen == [
            [],
            [{"role": "user", "content": "hello"}, {"role": "assistant", "content": "You said: hello"}],
            [],
        ]
    finally:
        first.close()
        second.close()


def test_chat_interface_streams_and_survives_an_error(chat_app):
    c = client(chat_app)
    try:
        job = c.submit("stream", api_name="/echo")
        assert job.result(timeout=TIMEOUT) == "You said: stream"
        outputs = job.outputs()
        assert outputs[-1] == "You said: stream" and len(outputs) == 3
        assert all("You said: stream".startswith(o) for o in outputs)
        with pytest.raises(AppError, match="no model"):
            c.predict("fail", api_name="/echo")
        assert c.predict("after", api_name="/echo") == "You said: after"
    finally:
        c.close()


def test_multimodal_chat_over_http(tmp_path):
    from PIL import Image

    picture = tmp_path / "red.png"
    Image.new("RGB", (5, 5), (255, 0, 0)).save(picture)
    seen = []

    def describe(message, history):
        seen.append(history)
        sizes = [Path(f).stat().st_size for f in message["files"]]
        return f"{message['text']}: {len(sizes)} file(s), {sizes[0]} bytes"

    demo = gr.ChatInterface(describe, multimodal=True)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    c = client(demo)
    try:
        result = c.predict({"text": "what", "files": [handle_file(str(picture))]}, api_name="/describe")
        assert result == f"what: 1 file(s), {picture.stat().st_size} bytes"
        c.predict({"text": "more", "files": [handle_file(str(picture))]}, api_name="/describe")
        user = seen[1][0]
        assert user["role"] == "user" and user["content"][0]["path"].endswith(".png")
    finally:
        c.close()
        demo.close()


def test_blocks_chatbot_output_streams_as_nested_diffs_the_client_applies(tmp_path):
    import httpx
    from PIL import Image

    picture = tmp_path / "blue.png"
    Image.new("RGB", (4, 4), (0, 0, 255)).save(picture)

    with gr.Blocks() as demo:
        bot = gr.Chatbot()
        box = gr.Textbox()

        def respond(message, history):
            history = history + [{"role": "user", "content": message}]
            text = ""
            for token in ["Here", " is", " a", " picture"]:
                time.sleep(2 * STREAM_INTERVAL)
                text += token
                yield history + [{"role": "assistant", "content": text}]
            yield history + [{"role": "assistant", "content": text}, {"role": "assistant", "content": {"path": str(picture)}}]

        box.submit(respond, [box, bot], bot, api_name="respond")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    c = client(demo, download_files=str(tmp_path / "downloads"))
    try:
        job = c.submit("show me", [], api_name="/respond")
        final = job.result(timeout=TIMEOUT)
        assert [m["role"] for m in final] == ["user", "assistant", "assistant"]
        assert final[1]["content"] == [{"text": "Here is a picture", "type": "text"}]
        downloaded = final[2]["content"][0]["file"]  # the client puts its downloaded copy in place of the FileData
        assert Path(downloaded).read_bytes() == picture.read_bytes()
        texts = [o[1]["content"][0]["text"] for o in job.outputs() if len(o) > 1]
        assert texts[:4] == ["Here", "Here is", "Here is a", "Here is a picture"]
        # On the wire: the first yield whole, then only the tokens, at their path.
        url = demo.local_url.rstrip("/")
        with httpx.Client(timeout=TIMEOUT) as http:
            http.post(f"{url}/gradio_api/queue/join", json={"data": ["again", []], "fn_index": _fn_index(demo, "respond"),
                                                              "session_hash": "raw1"}).raise_for_status()
            with http.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": "raw1"}) as stream:
                messages = [json.loads(line[6:]) for line in stream.iter_lines() if line.startswith("data: ")]
        generating = [m["output"]["data"][0] for m in messages if m["msg"] == "process_generating"]
        assert isinstance(generating[0], list) and generating[0][1]["content"][0]["text"] == "Here"
        assert generating[1:4] == [[["append", [1, "content", 0, "text"], t]] for t in [" is", " a", " picture"]]
        assert generating[4][0][0] == "add" and generating[4][0][1] == [2]
    finally:
        c.close()
        demo.close()


def _fn_index(demo, api_name: str) -> int:
    return next(d.id for d in demo.dependencies if d.api_name == api_name)


def test_api_name_and_concurrency_limit_reach_the_endpoint():
    import threading

    both_running = threading.Barrier(2, timeout=TIMEOUT)

    def answer(message, history):
        both_running.wait()  # only returns when two replies run at once
        return f"{message}: together"

    demo = gr.ChatInterface(answer, api_name="ask", concurrency_limit=2)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    first, second = client(demo), client(demo)
    try:
        api = first.view_api(print_info=False, return_format="dict")
        assert list(api["named_endpoints"]) == ["/ask"]
        jobs = [first.submit("one", api_name="/ask"), second.submit("two", api_name="/chat")]
        assert [job.result(timeout=TIMEOUT) for job in jobs] == ["one: together", "two: together"]
    finally:
        first.close()
        second.close()
        demo.close()


def test_additional_inputs_and_outputs_over_http():
    def answer(message, history, prefix):
        return f"{prefix} {message}", len(history)

    with gr.Blocks() as demo:
        turns = gr.Number(label="Turns before")
        gr.ChatInterface(answer, additional_inputs=[gr.Textbox("Re:", label="Prefix")], additional_outputs=[turns])
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    c = client(demo)
    try:
        endpoint = c.view_api(print_info=False, return_format="dict")["named_endpoints"]["/answer"]
        # As gradio 6.31 describes it: the message has no default, the extra input its value.
        assert [(p["parameter_name"], p["parameter_has_default"], p["parameter_default"]) for p in endpoint["parameters"]] == [
            ("message", False, None), ("prefix", True, "Re:")]
        assert [r["label"] for r in endpoint["returns"]] == ["Response", "Turns before"]
        assert c.predict("hi", "Re:", api_name="/answer") == ("Re: hi", 0)
        assert c.predict("again", "Fw:", api_name="/answer") == ("Fw: again", 2)  # history kept in the session
    finally:
        c.close()
        demo.close()
