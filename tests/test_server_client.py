"""The official gradio_client against a real uvicorn server on 127.0.0.1.

Every call is bounded in time (``result(timeout=WAIT)``); servers take free ports.
"""

from __future__ import annotations

import threading
import time

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("httpx")
gradio_client = pytest.importorskip("gradio_client")
from gradio_client.exceptions import AppError

import nbblocks as gr
from nbblocks.engine import STREAM_INTERVAL
from nbblocks.testing import Frontend
from support.servers import client, curl, http_client, serving, sse_messages
from support.waiting import WAIT, eventually


def greet(name: str, times: float = 1) -> str:
    """Greets someone, possibly several times."""
    return " ".join([f"Hello {name}!"] * int(times))


def count(n):
    for i in range(int(n)):
        time.sleep(0.02)
        yield "x" * (i + 1)


@pytest.fixture
def demo():
    with gr.Blocks(title="Greeter") as demo:
        name = gr.Textbox(label="Name")
        times = gr.Number(1, label="Times")
        out = gr.Textbox(label="Greeting")
        history = gr.State([])
        total = gr.Number(label="Total")
        run = gr.Button("Run")
        run.click(greet, [name, times], out, api_name="greet")
        run.click(count, times, out, api_name="count")

        def remember(item, items):
            items = items + [item]
            return len(items), items

        run.click(remember, [name, history], [total, history], api_name="remember")

        def fail(name):
            raise gr.Error(f"no greeting for {name}", title="Refused", duration=3)

        run.click(fail, name, out, api_name="fail")

        def crash(name):
            raise RuntimeError("internal detail that must not leak")

        run.click(crash, name, out, api_name="crash")
        run.click(lambda s: s.upper(), name, out, api_name="shout", api_visibility="undocumented")
        run.click(lambda s: s, name, out, api_name="secret", api_visibility="private")
    with serving(demo):
        yield demo


def test_view_api_lists_public_endpoints_with_types(demo):
    c = client(demo)
    try:
        info = c.view_api(print_info=False, return_format="dict")
        text = c.view_api(print_info=False, return_format="str")
    finally:
        c.close()
    named = info["named_endpoints"]
    assert sorted(named) == ["/count", "/crash", "/fail", "/greet", "/remember"]
    params = named["/greet"]["parameters"]
    assert [p["parameter_name"] for p in params] == ["name", "times"]
    assert [p["component"] for p in params] == ["Textbox", "Number"]
    assert params[0]["python_type"] == {"type": "str", "description": ""}
    assert params[1]["parameter_has_default"] and params[1]["parameter_default"] == 1
    assert named["/greet"]["returns"][0]["label"] == "Greeting"
    # State is neither a parameter nor a return value
    assert [p["parameter_name"] for p in named["/remember"]["parameters"]] == ["item"]
    assert [r["label"] for r in named["/remember"]["returns"]] == ["Total"]
    assert 'predict(name, times, api_name="/greet")' in text
    assert "/secret" not in text and "/shout" not in text


def test_predict_positional_and_keyword(demo):
    c = client(demo)
    try:
        assert c.submit("Ada", 2, api_name="/greet").result(timeout=WAIT) == "Hello Ada! Hello Ada!"
        assert c.submit(name="Bo", api_name="/greet").result(timeout=WAIT) == "Hello Bo!"
        assert c.submit(times=3, name="Cy", api_name="/greet").result(timeout=WAIT) == "Hello Cy! Hello Cy! Hello Cy!"
        assert c.submit("Di", fn_index=0).result(timeout=WAIT) == "Hello Di!"
    finally:
        c.close()


def test_undocumented_endpoint_is_callable_private_is_not(demo):
    c = client(demo)
    try:
        assert c.submit("quiet", api_name="/shout").result(timeout=WAIT) == "QUIET"
        with pytest.raises(ValueError, match="Cannot find a function"):
            c.submit("x", api_name="/secret")
    finally:
        c.close()


def test_generator_streams_every_yield(demo):
    c = client(demo)
    try:
        job = c.submit(5, api_name="/count")
        assert job.result(timeout=WAIT) == "xxxxx"
        assert list(job) == ["x", "xx", "xxx", "xxxx", "xxxxx"]
    finally:
        c.close()


def test_state_is_kept_per_client_and_isolated(demo):
    first, second = client(demo), client(demo)
    try:
        assert first.submit("a", api_name="/remember").result(timeout=WAIT) == 1
        assert first.submit("b", api_name="/remember").result(timeout=WAIT) == 2
        assert second.submit("c", api_name="/remember").result(timeout=WAIT) == 1
        assert first.submit("d", api_name="/remember").result(timeout=WAIT) == 3
    finally:
        first.close()
        second.close()


def test_http_clients_do_not_touch_the_notebook_session(demo):
    ui = Frontend(demo)
    state = next(b for b in demo.blocks.values() if isinstance(b, gr.State))
    c = client(demo)
    try:
        assert c.submit("a", api_name="/remember").result(timeout=WAIT) == 1
    finally:
        c.close()
    assert ui.state_value(state) == []


def test_gr_error_surfaces_as_app_error_with_its_message(demo):
    c = client(demo)
    try:
        with pytest.raises(AppError) as info:
            c.submit("Eve", api_name="/fail").result(timeout=WAIT)
        assert info.value.message == "no greeting for Eve"
        assert info.value.title == "Refused"
        assert info.value.duration == 3
        # the server keeps serving this client
        assert c.submit("Eve", api_name="/greet").result(timeout=WAIT) == "Hello Eve!"
    finally:
        c.close()


def test_other_exceptions_are_hidden_without_show_error(demo):
    c = client(demo)
    try:
        with pytest.raises(AppError) as info:
            c.submit("x", api_name="/crash").result(timeout=WAIT)
    finally:
        c.close()
    assert "internal detail" not in str(info.value)
    assert "show_error=True" in str(info.value)


def test_show_error_shows_other_exceptions():
    with gr.Blocks() as demo:
        box = gr.Textbox()

        def crash(text):
            raise KeyError("the detail")

        box.submit(crash, box, box, api_name="crash")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, show_error=True)
    c = client(demo)
    try:
        with pytest.raises(AppError, match="the detail"):
            c.submit("x", api_name="/crash").result(timeout=WAIT)
    finally:
        c.close()
        demo.close()


def test_invalid_input_is_an_app_error_naming_the_component(demo):
    c = client(demo)
    try:
        with pytest.raises(AppError, match="Number 'Times'"):
            c.submit("x", "not a number", api_name="/greet").result(timeout=WAIT)
    finally:
        c.close()


def test_concurrent_submits_of_one_client_share_one_stream(demo):
    c = client(demo)
    try:
        jobs = [c.submit(f"n{i}", api_name="/greet") for i in range(6)]
        assert [j.result(timeout=WAIT) for j in jobs] == [f"Hello n{i}!" for i in range(6)]
    finally:
        c.close()


def test_cancel_a_queued_job():
    release, started = threading.Event(), threading.Event()
    with gr.Blocks() as demo:
        box = gr.Textbox()

        ran = []

        def slow(text):
            ran.append(text)
            started.set()
            release.wait(WAIT)
            return text

        box.submit(slow, box, box, api_name="slow", concurrency_limit=1)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    c = client(demo)
    try:
        running = c.submit("first", api_name="/slow")
        assert started.wait(WAIT)
        queued = c.submit("second", api_name="/slow")
        assert eventually(lambda: queued.communicator.event_id is not None)  # the server queued it
        assert queued.cancel()
        release.set()
        assert running.result(timeout=WAIT) == "first"
        with pytest.raises(Exception):  # the client reports the cancelled job as cancelled
            queued.result(timeout=WAIT)
        assert c.submit("third", api_name="/slow").result(timeout=WAIT) == "third"
        assert ran == ["first", "third"]  # the cancelled event never ran
    finally:
        release.set()
        c.close()
        demo.close()


def test_progress_and_info_reach_the_client():
    # Each run holds until its reader has seen the progress (and, raw, the log).
    raw_saw, client_saw = threading.Event(), threading.Event()

    with gr.Blocks() as demo:
        box = gr.Textbox()

        def work(text, progress=gr.Progress()):
            progress(0.5, desc="half")
            if text == "x":  # raw only: gradio_client's status after a log message has no progress_data
                gr.Info("halfway there")
            assert (raw_saw if text == "x" else client_saw).wait(WAIT)
            return text

        box.submit(work, box, box, api_name="work")
    kinds: set[str] = set()

    def on_message(message: dict) -> None:
        kinds.add(message["msg"])
        if {"progress", "log"} <= kinds:
            raw_saw.set()

    with serving(demo):
        c = client(demo)
        try:
            job = c.submit("done", api_name="/work")
            assert eventually(lambda: job.status().progress_data)
            client_saw.set()
            assert job.result(timeout=WAIT) == "done"  # the client copes
            with http_client(demo) as http:
                http.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "p1"}).raise_for_status()
                messages = sse_messages(http, "/gradio_api/queue/data", {"session_hash": "p1"}, on_message=on_message)
        finally:
            raw_saw.set()
            client_saw.set()
            c.close()
    kinds = [m["msg"] for m in messages]
    assert kinds[-2:] == ["process_completed", "close_stream"]
    progress = next(m for m in messages if m["msg"] == "progress")
    assert progress["progress_data"][0]["progress"] == 0.5 and progress["progress_data"][0]["desc"] == "half"
    log = next(m for m in messages if m["msg"] == "log")
    assert log["log"] == "halfway there" and log["level"] == "info"


def test_state_outputs_and_updates_in_raw_queue_messages():
    with gr.Blocks() as demo:
        box = gr.Textbox()
        state = gr.State(0)
        out = gr.Textbox()

        def step(text, n):
            return gr.update(value=text, label="new label"), n + 1

        box.submit(step, [box, state], [out, state], api_name="step")
    with serving(demo), http_client(demo) as http:
        joined = http.post("/gradio_api/queue/join", json={"data": ["hi", None], "fn_index": 0, "session_hash": "raw1"})
        event_id = joined.json()["event_id"]
        messages = sse_messages(http, "/gradio_api/queue/data", {"session_hash": "raw1"})
    completed = [m for m in messages if m["msg"] == "process_completed"]
    assert completed[0]["event_id"] == event_id and completed[0]["success"]
    assert completed[0]["output"]["data"] == [{"__type__": "update", "label": "new label", "value": "hi"}, None]
    assert messages[-1] == {"msg": "close_stream", "event_id": None}


def test_generator_messages_are_full_first_then_diffs():
    with gr.Blocks() as demo:
        box = gr.Textbox()

        def grow(text):
            for value in ("a", "ab", "xyz"):
                time.sleep(2 * STREAM_INTERVAL)  # slower than the pace yields are sent at
                yield value

        box.submit(grow, box, box, api_name="grow")
    with serving(demo), http_client(demo) as http:
        http.post("/gradio_api/queue/join", json={"data": [""], "fn_index": 0, "session_hash": "g1"}).raise_for_status()
        # Every yield happens before the stream connects: they are buffered.
        assert eventually(lambda: demo.app.registry.stats()["events"] == 0)  # finished, nobody read yet
        messages = sse_messages(http, "/gradio_api/queue/data", {"session_hash": "g1"})
    generating = [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]
    assert generating == [["a"], [[["append", [], "b"]]], [[["replace", [], "xyz"]]]]
    completed = [m for m in messages if m["msg"] == "process_completed"]
    assert completed[0]["output"]["data"] == ["xyz"]
    assert "process_streaming" not in {m["msg"] for m in messages}


def test_a_reader_that_comes_late_gets_bounded_buffers_and_correct_values():
    from gradio_client.utils import apply_diff

    from nbblocks.server.channels import MAX_BUFFERED

    with gr.Blocks() as demo:
        box = gr.Textbox()

        def flood(text):
            for i in range(3 * MAX_BUFFERED):
                yield f"{i}:" + "y" * (i % 7)

        box.submit(flood, box, box, api_name="flood")
    with serving(demo), http_client(demo) as http:
        http.post("/gradio_api/queue/join", json={"data": [""], "fn_index": 0, "session_hash": "late"}).raise_for_status()
        assert eventually(lambda: demo.app.registry.stats()["events"] == 0)  # finished, nobody read yet
        messages = sse_messages(http, "/gradio_api/queue/data", {"session_hash": "late"}, limit=10 * MAX_BUFFERED)
    generating = [m["output"]["data"] for m in messages if m["msg"] == "process_generating"]
    assert 0 < len(generating) <= MAX_BUFFERED
    value = None
    for i, data in enumerate(generating):
        value = data[0] if i == 0 else apply_diff(value, data[0])
    last = 3 * MAX_BUFFERED - 1
    assert value == f"{last}:" + "y" * (last % 7)
    assert messages[-2]["output"]["data"] == [value]


def test_call_routes_as_curl_uses_them(demo):
    url = demo.local_url
    assert curl(url, "greet", {"data": ["Ann", 2]}) == [("complete", ["Hello Ann! Hello Ann!"])]
    assert curl(url, "count", {"data": [3]}) == [("generating", ["x"]), ("generating", ["xx"]), ("generating", ["xxx"]), ("complete", ["xxx"])]
    assert curl(url, "fail", {"data": ["Bob"]}) == [("error", {"error": "no greeting for Bob", "duration": 3, "visible": True, "title": "Refused"})]
    assert curl(url, "crash", {"data": ["x"]}) == [("error", {"error": None})]  # hidden, as Gradio
    # State: one session per session_hash, a fresh one without it
    assert curl(url, "remember", {"data": ["a"], "session_hash": "curl1"}) == [("complete", [1, None])]
    assert curl(url, "remember", {"data": ["b"], "session_hash": "curl1"}) == [("complete", [2, None])]
    assert curl(url, "remember", {"data": ["c"]}) == [("complete", [1, None])]


def test_many_clients_at_once(demo):
    from concurrent.futures import ThreadPoolExecutor

    def session(i: int) -> list:
        c = client(demo)
        try:
            jobs = [c.submit(f"{i}-{k}", api_name="/remember") for k in range(4)]
            counts = sorted(j.result(timeout=WAIT) for j in jobs)
            greeting = c.submit(str(i), api_name="/greet").result(timeout=WAIT)
            return [counts, greeting]
        finally:
            c.close()

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(session, range(8)))
    assert results == [[[1, 2, 3, 4], f"Hello {i}!"] for i in range(8)]


def test_an_event_joined_while_its_stream_closes_is_never_lost():
    """gradio_client files a new event under its open queue reader when that reader has
    not yet read ``close_stream`` (its thread lags on a busy machine), and cancels it when
    the reader then ends. So a join that the server answers after it sent ``close_stream``
    must either ride on that stream before the close, or be answered only once the
    client has closed it (and then go to the next stream)."""
    import json

    import httpx

    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()
        box.submit(lambda s: s[::-1], box, out, api_name="flip")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    url = demo.local_url.rstrip("/")

    def join(text):
        body = {"data": [text], "fn_index": 0, "session_hash": "race1"}
        return httpx.post(f"{url}/gradio_api/queue/join", json=body, timeout=WAIT).json()["event_id"]

    def messages(response):
        for line in response.iter_lines():
            if line.startswith("data:"):
                yield json.loads(line[5:])

    try:
        first = join("abc")
        answered = threading.Event()
        joined: dict = {}
        with httpx.Client(timeout=WAIT) as reader, reader.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": "race1"}) as response:
            stream = messages(response)
            before = []
            for message in stream:
                before.append(message)
                if message["msg"] == "process_completed":
                    break
            assert before[-1]["event_id"] == first
            # The server is done with the session: it ends the stream. The reader has
            # received that message but, like a lagging client thread, not acted on it.
            unread = next(stream)
            assert unread == {"msg": "close_stream", "event_id": None}

            def join_second():
                joined["id"] = join("xyz")
                answered.set()

            threading.Thread(target=join_second, daemon=True).start()
            answered_while_open = answered.wait(3)
            # (a stream that has sent close_stream carries nothing more)
        assert answered.wait(WAIT)
        second = joined["id"]
        assert not answered_while_open, "the join was answered while the stream that the client would file it under was closing"
        with httpx.Client(timeout=WAIT) as reader, reader.stream("GET", f"{url}/gradio_api/queue/data", params={"session_hash": "race1"}) as response:
            after = []
            for message in messages(response):
                after.append(message)
                if message["msg"] == "close_stream":
                    break
    finally:
        demo.close()
    completed = [(m["event_id"], m["output"]["data"]) for m in after if m["msg"] == "process_completed"]
    assert completed == [(second, ["zyx"])]


def test_call_answer_of_a_long_event_streams_and_of_queued_events_comes_whole():
    """A ``/call`` GET waits a moment for its event's first message: an event still
    running then is streamed (headers first, the result when it comes); events that
    waited in the queue for the slot (concurrency limit 1) get every result."""
    import json
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    gate = threading.Event()
    with gr.Blocks() as demo:
        box, out = gr.Textbox(), gr.Textbox()

        def slow(text):
            assert gate.wait(WAIT)
            return text.upper()

        box.submit(slow, box, out, api_name="slow")
        box.change(lambda text: text[::-1], box, out, api_name="flip")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    url = demo.local_url.rstrip("/")
    try:
        with httpx.Client(timeout=WAIT) as http:
            event_id = http.post(f"{url}/gradio_api/call/slow", json={"data": ["held"]}).json()["event_id"]
            with http.stream("GET", f"{url}/gradio_api/call/slow/{event_id}") as response:
                assert response.status_code == 200  # the headers came while the event runs
                assert "content-length" not in response.headers
                gate.set()
                events = [line for line in response.iter_lines() if line]
            assert events == ["event: complete", 'data: ["HELD"]']

        def call(i: int) -> list:
            with httpx.Client(timeout=WAIT) as http:
                answers = []
                for k in range(5):
                    posted = http.post(f"{url}/gradio_api/call/flip", json={"data": [f"{i}-{k}"]})
                    text = http.get(f"{url}/gradio_api/call/flip/{posted.json()['event_id']}").text
                    answers.append(json.loads(text.split("data: ", 1)[1]))
                return answers

        with ThreadPoolExecutor(6) as pool:
            results = list(pool.map(call, range(6)))
        assert results == [[[f"{i}-{k}"[::-1]] for k in range(5)] for i in range(6)]
    finally:
        gate.set()
        demo.close()
