"""Streaming a long chat reply: what it costs on the comm and over HTTP.

A generator yields a 4,000-token reply one token at a time into a ``gr.Chatbot`` (each
yield is the whole history with the reply so far, as chat functions are written):

* ``comm``: the bytes the Chatbot's widget model publishes while it streams (every
  message serialised and signed as ipykernel does: ``_common.recording_comms``), against
  the size of the final history (its JSON). Also the time per token, from the click to the
  end of the stream (postprocessing the history on every yield included).
* ``bare anywidget``: the floor of a widget library, a bare ``anywidget.AnyWidget`` whose
  text trait is set to the reply so far on every token, through the same comm: its bytes
  and time per token, measured in the same run.
* ``http``: the same app served on 127.0.0.1; a raw client joins the queue and reads the
  event's Server-Sent Events stream, counting the bytes of the ``data:`` lines (the
  ``process_generating`` diffs and ``process_completed``), against the final history.
  Gradio's protocol puts the whole final value in ``process_completed`` (gradio_client
  takes it as the result), so this is at least 2x of the value by construction; the
  streamed part alone is printed too.

Both transports are told about a generator's yields at most every ``STREAM_INTERVAL``
(20 ms) and send only what changed (Gradio's diffs). A generator as fast as the machine
allows is the case the pace coalesces most; a ``paced`` run (a token every millisecond
or so, a fast local model) shows what the per-message overhead of the transports (a
Jupyter message's header, about 500 bytes) costs when each message carries a few tokens.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

TOKENS_FULL, TOKENS_QUICK = 4000, 400
PACED_FULL, PACED_QUICK = 1000, 100


def tokens(n: int) -> list[str]:
    """Tokens as a model's tokenizer gives them: words with their leading space, and
    paragraph breaks after which the next word starts the line."""
    words = ["The", "model", "streams", "a", "reply", "token", "by", "token,", "and", "nbblocks", "sends", "only",
             "what", "changed.", "Markdown", "**works**", "too:", "`code`", "\n\n"]
    out = []
    for i in range(n):
        word = words[i % len(words)]
        out.append(word if i == 0 or word == "\n\n" or out[-1] == "\n\n" else " " + word)
    return out


def chat_app(parts: list[str], delay: float = 0.0) -> tuple[Any, Any, Any, Any]:
    import nbblocks as gr

    with gr.Blocks() as demo:
        bot = gr.Chatbot()
        box = gr.Textbox()

        def reply(message: str, history: list[Any]) -> Any:
            history = history + [{"role": "user", "content": message}]
            text = ""
            for token in parts:
                if delay:
                    time.sleep(delay)
                text += token
                yield history + [{"role": "assistant", "content": text}]

        dep = box.submit(reply, [box, bot], bot, api_name="reply")
    return demo, bot, box, dep


def _comm_case(parts: list[str], delay: float = 0.0) -> dict[str, Any]:
    from _common import inject, recording_comms

    with recording_comms():
        demo, bot, box, _ = chat_app(parts, delay)
        view = demo.view()
        chat_widget, box_widget = view.widgets[bot._id], view.widgets[box._id]
        counted = {"bytes": 0, "messages": 0}
        chat_widget.comm.on_publish_bytes = lambda n: counted.update(bytes=counted["bytes"] + n, messages=counted["messages"] + 1)
        started = time.perf_counter()
        inject(box_widget, {"method": "custom", "content": {"type": "event", "event": "submit", "data": None, "value": "Tell me"}})
        if not view.session.wait_idle(300):
            raise TimeoutError("the stream did not finish")
        elapsed = time.perf_counter() - started
        final = json.dumps(view.session.get(bot), separators=(",", ":"))
        shown = chat_widget.value
        demo.close()
    assert json.loads(final) == shown, "the page's value differs from the kernel's"
    return {"bytes": counted["bytes"], "messages": counted["messages"], "final": len(final.encode()), "seconds": elapsed}


def _bare_case(parts: list[str]) -> dict[str, Any]:
    import anywidget
    import traitlets

    from _common import recording_comms

    class Bare(anywidget.AnyWidget):
        _esm = "export default { render({ model, el }) { el.textContent = model.get('text'); } }"
        text = traitlets.Unicode("").tag(sync=True)

    with recording_comms():
        widget = Bare()
        counted = {"bytes": 0, "messages": 0}
        widget.comm.on_publish_bytes = lambda n: counted.update(bytes=counted["bytes"] + n, messages=counted["messages"] + 1)
        text = ""
        started = time.perf_counter()
        for token in parts:
            text += token
            widget.text = text
        elapsed = time.perf_counter() - started
        widget.close()
    return {"bytes": counted["bytes"], "messages": counted["messages"], "final": len(json.dumps(text).encode()), "seconds": elapsed}


def _http_case(parts: list[str], delay: float = 0.0) -> dict[str, Any]:
    import httpx

    demo, bot, _, dep = chat_app(parts, delay)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    url = demo.local_url.rstrip("/")
    try:
        with httpx.Client(timeout=300) as http:
            joined = http.post(f"{url}/gradio_api/queue/join",
                               json={"data": ["Tell me", []], "fn_index": dep.id, "session_hash": "bench"})
            joined.raise_for_status()
            size = 0
            streamed = 0
            lines = 0
            final = None
            with http.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": "bench"}) as stream:
                for line in stream.iter_lines():
                    if not line.startswith("data: "):
                        continue
                    message = json.loads(line[6:])
                    if message.get("msg") in ("process_generating", "process_completed"):
                        size += len(line.encode()) + 2  # the line and the blank line after it
                        lines += 1
                    if message.get("msg") == "process_generating":
                        streamed += len(line.encode()) + 2
                    if message.get("msg") == "process_completed":
                        final = message["output"]["data"][0]
                        break
    finally:
        demo.close()
    return {"bytes": size, "streamed": streamed, "messages": lines, "final": len(json.dumps(final, separators=(",", ":")).encode())}


def run(settings: Any) -> None:
    from _common import print_ratio, print_table

    n = TOKENS_QUICK if settings.quick else TOKENS_FULL
    paced_n = PACED_QUICK if settings.quick else PACED_FULL
    parts = tokens(n)
    print(f"chat streaming: a {n}-token reply into a Chatbot, one token per yield")
    comm = _comm_case(parts)
    bare = _bare_case(parts)
    http = _http_case(parts)
    paced_comm = _comm_case(tokens(paced_n), delay=0.001)
    paced_http = _http_case(tokens(paced_n), delay=0.001)
    rows = []
    for name, r in (("nbblocks comm", comm), ("bare anywidget trait", bare), ("nbblocks http (SSE)", http),
                    (f"paced comm ({paced_n} tok, 1 ms)", paced_comm), (f"paced http ({paced_n} tok, 1 ms)", paced_http)):
        per_token = f"{r['seconds'] / len(parts) * 1e6:.1f}" if "seconds" in r and "paced" not in name else "-"
        rows.append([name, f"{r['bytes']:,}", f"{r['final']:,}", f"{r['bytes'] / r['final']:.2f}x", str(r["messages"]), per_token])
    print_table(["case", "bytes sent", "final value", "sent/final", "messages", "us/token"], rows)
    print_ratio("chat-stream", f"comm bytes / final history = {comm['bytes'] / comm['final']:.2f}x")
    print_ratio("chat-stream", f"http bytes / final history = {http['bytes'] / http['final']:.2f}x")
    print_ratio("chat-stream", f"http streamed bytes (without the completion's full value) / final history = "
                               f"{http['streamed'] / http['final']:.2f}x")
    print_ratio("chat-stream", f"paced comm bytes / final history = {paced_comm['bytes'] / paced_comm['final']:.2f}x")
    print_ratio("chat-stream", f"paced http bytes / final history = {paced_http['bytes'] / paced_http['final']:.2f}x")
    print_ratio("chat-stream", f"bare anywidget bytes / final text = {bare['bytes'] / bare['final']:.2f}x")
    print_ratio("chat-stream", f"nbblocks per-token time / bare trait update = {comm['seconds'] / max(bare['seconds'], 1e-9):.2f}x")


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(1, str(Path(__file__).resolve().parent.parent))
    from _common import Settings

    run(Settings(quick="--quick" in sys.argv, gradio_python=None))
