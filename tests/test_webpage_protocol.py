"""The web page's wire, without a browser: a tab's SSE stream carries the widget comm
messages, its POSTs are handled in order, and bad requests are refused with a reason while
the app keeps serving (real uvicorn, raw HTTP)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

import nbblocks as gr  # noqa: E402
from support.servers import serving  # noqa: E402
from support.waiting import WAIT  # noqa: E402


def greeter() -> tuple[gr.Blocks, Any, Any, Any]:
    with gr.Blocks(title="Wire") as demo:
        name = gr.Textbox(elem_id="name")
        out = gr.Textbox(elem_id="out")
        btn = gr.Button("Go")
        btn.click(lambda s: f"Hi {s}", name, out)
    return demo, name, out, btn


def messages(stream: Any) -> Iterator[dict[str, Any]]:
    for line in stream.iter_lines():
        if line.startswith("data: "):
            yield json.loads(line[6:])


def opened_until_ready(got: Iterator[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], dict[str, Any]]:
    """The state of every model a stream opened before its ``ready`` message, by comm id,
    and that message."""
    opened: dict[str, dict[str, Any]] = {}
    for message in got:
        if message["type"] == "ready":
            return opened, message
        if message["type"] == "comm_open":
            opened[message["comm_id"]] = message["data"]["state"]
    raise AssertionError("the stream ended before its ready message")


def sent_text(message: dict[str, Any], comm_id: str) -> str | None:
    """The new text a message gives model ``comm_id`` of an empty Textbox, or None: a short
    text comes whole in a state update, a long one as ``value_diff`` edits of the old one."""
    if message.get("comm_id") != comm_id:
        return None
    data = message.get("data") or {}
    state = data.get("state") or {}
    if data.get("method") in ("update", "echo_update") and isinstance(state.get("value"), str) and state["value"]:
        return str(state["value"])
    content = data.get("content") or {}
    if content.get("type") == "value_diff":
        edits = content["edits"]
        assert len(edits) == 1 and edits[0][:2] == ["append", []], edits
        return str(edits[0][2])
    return None


def polled_text(http: Any, session: str, comm_id: str, received: list[Any] = ()) -> str:  # type: ignore[assignment]
    """The first new text of model ``comm_id`` (``sent_text``) in ``received`` (messages
    already read) or, by long polling, in what comes next (each poll answers as soon as the
    tab's outbox holds something); fails after ``WAIT`` seconds."""
    import time

    deadline = time.monotonic() + WAIT
    batch = list(received)
    while True:
        for message in batch:
            text = sent_text(message, comm_id)
            if text is not None:
                return text
        assert time.monotonic() < deadline, f"no new text of {comm_id} within {WAIT} s"
        batch = http.get(f"/page/poll?session={session}").json()["messages"]


def test_a_tab_gets_its_models_and_its_events_run() -> None:
    demo, name, out, btn = greeter()
    with serving(demo), httpx.Client(base_url=demo.local_url, timeout=WAIT) as http:
        assert "<title>Wire</title>" in http.get("/", headers={"Accept": "text/html"}).text
        assert http.get("/page/host.js").headers["content-type"].startswith("text/javascript")
        view = http.get("/page/view/textbox").json()
        assert "render" in view["source"] and view["css"] == ""
        assert http.get("/page/view/nope").status_code == 404
        assert http.get("/page/static/secret.py").status_code == 404
        with http.stream("GET", "/page/events") as stream:
            got = messages(stream)
            hello = next(got)
            assert hello["type"] == "hello" and hello["runtime"].startswith("anywidget:")
            session = hello["session"]
            opened, ready = opened_until_ready(got)
            by_id = {state["props"].get("elem_id"): comm for comm, state in opened.items()}
            root = opened[ready["root"]]
            assert root["view"] == "blocks" and set(root["children"]) <= {f"anywidget:{c}" for c in opened}
            send = lambda *batch: http.post(f"/page/send?session={session}", json={"messages": list(batch)})  # noqa: E731
            # Malformed messages are dropped (logged), the rest of the batch still runs.
            button = next(comm for comm, state in opened.items() if state["view"] == "button")
            response = send(
                "junk",
                {"type": "comm_msg", "comm_id": by_id["name"], "data": {"method": "custom", "content": {"type": "value", "value": "Ada"}}, "buffers": ["%%%"]},
                {"type": "comm_msg", "comm_id": by_id["name"], "data": {"method": "custom", "content": {"type": "event", "event": "change", "value": "Ada", "page": "p1", "seq": 1}}},
                {"type": "comm_msg", "comm_id": button, "data": {"method": "custom", "content": {"type": "event", "event": "click", "page": "p1", "seq": 2}}},
            )
            assert response.status_code == 204
            for message in got:  # the output's new value
                text = sent_text(message, by_id["out"])
                if text is not None:
                    assert text == "Hi Ada"
                    break
            else:
                raise AssertionError("the stream ended before the output's new value")
        # Refusals say why.
        assert http.post("/page/send?session=nope", json={"messages": []}).status_code == 410
        assert http.post("/page/send?session=../x", json={"messages": []}).status_code == 400
        assert http.post(f"/page/send?session={session}", json={"messages": 3}).status_code == 400
        foreign = http.post(f"/page/send?session={session}", json={"messages": []}, headers={"Origin": "https://evil.example"})
        assert foreign.status_code == 403
    # The notebook's session never saw the tab's values.
    assert demo.engine.sessions.get("notebook") is None or demo.view().session.get(out) != "Hi Ada"


def test_a_stream_that_comes_back_within_the_grace_period_keeps_its_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBBLOCKS_PAGE_GRACE", "30")
    deleted: list[Any] = []
    with gr.Blocks() as demo:
        count = gr.State(0, delete_callback=deleted.append)
        shown = gr.Number(elem_id="shown")
        plus = gr.Button("Add")
        plus.click(lambda n: (n + 1, n + 1), count, [count, shown])
    with serving(demo), httpx.Client(base_url=demo.local_url, timeout=WAIT) as http:
        with http.stream("GET", "/page/events") as stream:
            got = messages(stream)
            session = next(got)["session"]
            opened, _ = opened_until_ready(got)
        # The stream dropped (a network hiccup); the tab clicks and reconnects.
        button = next(comm for comm, state in opened.items() if state["view"] == "button")
        shown_id = next(comm for comm, state in opened.items() if state["props"].get("elem_id") == "shown")
        click = {"type": "comm_msg", "comm_id": button, "data": {"method": "custom", "content": {"type": "event", "event": "click"}}}
        assert http.post(f"/page/send?session={session}", json={"messages": [click]}).status_code == 204
        with http.stream("GET", f"/page/events?session={session}") as stream:
            for message in messages(stream):  # what happened meanwhile was kept for it
                if message.get("comm_id") == shown_id and message["data"].get("state", {}).get("value") == 1:
                    break
        assert deleted == []
        # Saying goodbye ends it after the grace period; the server closing ends it at once.
        assert http.post(f"/page/bye?session={session}").status_code == 204
    assert deleted == [1]


def test_a_tabs_functions_get_its_request() -> None:
    def who(request: gr.Request) -> str:
        return f"{request.headers.get('x-who')} {request.session_hash}"

    with gr.Blocks() as demo:
        out = gr.Textbox(elem_id="out")
        demo.load(who, None, out)
    with serving(demo), httpx.Client(base_url=demo.local_url, timeout=WAIT) as http:
        with http.stream("GET", "/page/events", headers={"X-Who": "ada"}) as stream:
            got = messages(stream)
            session = next(got)["session"]
            opened, _ = opened_until_ready(got)
            out_id = next(comm for comm, state in opened.items() if state["props"].get("elem_id") == "out")
            for message in got:  # the load event's result: the page's header and the tab's id
                text = sent_text(message, out_id)
                if text is not None:
                    assert text == f"ada {session}"
                    break
            else:
                raise AssertionError("the stream ended before the load event's result")


def test_long_polling_carries_the_same_messages() -> None:
    demo, name, out, btn = greeter()
    with serving(demo), httpx.Client(base_url=demo.local_url, timeout=WAIT) as http:
        first = http.get("/page/poll").json()["messages"]
        assert [m["type"] for m in first][:1] == ["hello"] and first[-1]["type"] == "ready"
        session = first[0]["session"]
        opened = {m["comm_id"]: m["data"]["state"] for m in first if m["type"] == "comm_open"}
        button = next(comm for comm, state in opened.items() if state["view"] == "button")
        out_id = next(comm for comm, state in opened.items() if state["props"].get("elem_id") == "out")
        name_id = next(comm for comm, state in opened.items() if state["props"].get("elem_id") == "name")
        http.post(f"/page/send?session={session}", json={"messages": [
            {"type": "comm_msg", "comm_id": name_id, "data": {"method": "custom", "content": {"type": "value", "value": "Bo"}}},
            {"type": "comm_msg", "comm_id": button, "data": {"method": "custom", "content": {"type": "event", "event": "click"}}},
        ]})
        assert polled_text(http, session, out_id) == "Hi Bo"


def test_with_auth_the_page_needs_a_login_and_a_tab_is_its_users_only() -> None:
    def who(request: gr.Request) -> str:
        return f"{request.username}"

    with gr.Blocks() as demo:
        out = gr.Textbox(elem_id="out")
        demo.load(who, None, out)
    with serving(demo, auth=[("ann", "ann-secret"), ("bob", "bob-secret")]):
        with httpx.Client(base_url=demo.local_url, timeout=WAIT) as anonymous:
            assert anonymous.get("/page/poll").status_code == 401
            assert "<form" in anonymous.get("/", headers={"Accept": "text/html"}).text  # the login page
        with httpx.Client(base_url=demo.local_url, timeout=WAIT) as ann, httpx.Client(base_url=demo.local_url, timeout=WAIT) as bob:
            for http, user in ((ann, "ann"), (bob, "bob")):
                assert http.post("/login", data={"username": user, "password": f"{user}-secret"}).status_code in (200, 303)
            assert 'id="nbb-page"' in ann.get("/", headers={"Accept": "text/html"}).text
            first = ann.get("/page/poll").json()["messages"]
            session = first[0]["session"]
            out_id = next(m["comm_id"] for m in first if m["type"] == "comm_open" and m["data"]["state"]["props"].get("elem_id") == "out")
            # Another user cannot read or drive ann's tab.
            assert bob.get(f"/page/poll?session={session}").status_code == 410
            assert bob.post(f"/page/send?session={session}", json={"messages": []}).status_code == 410
            # The load event's gr.Request knows ann (its result may have come with the models).
            assert polled_text(ann, session, out_id, first) == "ann"
