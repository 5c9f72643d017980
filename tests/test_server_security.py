"""What the HTTP server refuses, over real HTTP on 127.0.0.1.

Refusals are checked on the wire; "nothing was read" is checked with a Python audit
hook that records every file the process opens while the requests are served.
"""

from __future__ import annotations

import json
import socket
import time

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

import nbblocks as gr
from opened_files import watch_opens
from support.servers import http_client, nothing_connected, serving
from support.waiting import WAIT

# -- an app and raw HTTP -----------------------------------------------------------------


@pytest.fixture(scope="module")
def served():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Text")
        out = gr.Textbox()
        state = gr.State([])
        button = gr.Button()
        button.click(lambda s: s[::-1], box, out, api_name="reverse")
        button.click(lambda s, items: (len(items) + 1, items + [s]), [box, state], [out, state], api_name="remember")
        button.click(lambda s: "private!", box, out, api_name="hidden", api_visibility="private")
        button.click(None, None, None, js="() => 1")
    with serving(demo):
        yield demo


@pytest.fixture
def http(served):
    with http_client(served) as http:
        yield http


def raw_request(port: int, request_line: bytes, headers: bytes = b"", body: bytes = b"") -> tuple[int, bytes]:
    """Send bytes exactly as given (no URL normalisation); return (status, body)."""
    head = request_line + b"\r\nHost: 127.0.0.1:%d\r\nConnection: close\r\n" % port + headers
    if body:
        head += b"Content-Length: %d\r\n" % len(body)
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
        sock.sendall(head + b"\r\n" + body)
        data = b""
        deadline = time.monotonic() + WAIT
        while len(data) < 1_000_000 and time.monotonic() < deadline:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    return int(status_line.split(b" ")[1]), rest.partition(b"\r\n\r\n")[2]


def join(http, data, fn_index=0, session_hash="sec", **extra):
    return http.post("/gradio_api/queue/join", json={"data": data, "fn_index": fn_index, "session_hash": session_hash, **extra})


# -- origins and hosts -----------------------------------------------------------------------


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1", "https://127.0.0.1.evil.example", "file://", "not a url"])
def test_foreign_origins_are_refused(http, origin):
    for response in (
        http.post("/gradio_api/queue/join", json={"data": ["x"], "fn_index": 0, "session_hash": "o1"}, headers={"Origin": origin}),
        http.get("/config", headers={"Origin": origin}),
        http.options("/gradio_api/queue/join", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}),
    ):
        assert response.status_code == 403
        assert "cross-origin" in response.json()["detail"]
        assert "access-control-allow-origin" not in response.headers


def test_same_origin_and_no_origin_are_served(http, served):
    own = served.local_url.rstrip("/")
    assert join(http, ["abc"]).status_code == 200
    response = http.post("/gradio_api/queue/join", json={"data": ["abc"], "fn_index": 0, "session_hash": "o2"}, headers={"Origin": own})
    assert response.status_code == 200


def test_unknown_host_header_is_refused_on_loopback(http, served):
    response = http.get("/config", headers={"Host": f"rebound.example:{served.server_port}"})
    assert response.status_code == 403
    response = http.get("/config", headers={"Host": f"localhost:{served.server_port}"})
    assert response.status_code == 200


# -- dispatch ---------------------------------------------------------------------------------


def test_private_and_unknown_endpoints_are_not_callable(http, served):
    hidden = next(d for d in served.dependencies if d.api_name is None and d.fn is not None)
    js_only = next(d for d in served.dependencies if d.fn is None)
    for fn_index in (hidden.id, js_only.id, 99, -1, "0", None, True, 1.0):
        response = join(http, ["x"], fn_index=fn_index)
        assert response.status_code == 404, fn_index
        assert "no callable endpoint" in response.json()["detail"]
    for name in ("hidden", "nope", "__init__", "..%2Fconfig"):
        response = http.post(f"/gradio_api/call/{name}", json={"data": ["x"]})
        assert response.status_code in (404, 405), name
    config = http.get("/config").json()
    # every listener is listed (positions are fn_index, as in Gradio); only public ones are named
    assert [(d["api_name"], d["api_visibility"]) for d in config["dependencies"]] == [
        ("reverse", "public"), ("remember", "public"), (None, "private"), (None, "private"),
    ]
    assert list(http.get("/gradio_api/info").json()["named_endpoints"]) == ["/reverse", "/remember"]


@pytest.mark.parametrize("body", [b"", b"{", b"[1, 2]", b'"text"', b"\xff\xfe", b"[" * 100000, b'{"data": "x", "fn_index": 0, "session_hash": "m"}'])
def test_malformed_bodies_are_refused_and_the_server_keeps_serving(http, served, body):
    response = http.post("/gradio_api/queue/join", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["detail"]
    assert join(http, ["ok"]).status_code == 200


def test_wrong_arity_and_bad_ids_are_refused(http):
    response = join(http, ["a", "b", "c"])
    assert response.status_code == 400 and "takes 1 input value(s), got 3" in response.json()["detail"]
    for session_hash in (None, "", "../x", "a" * 200, 5, "notebook\x00"):
        assert join(http, ["a"], session_hash=session_hash).status_code == 400
    response = http.get("/gradio_api/queue/data", params={"session_hash": "never-joined"})
    assert response.status_code == 404
    assert http.get("/gradio_api/call/reverse/0123456789abcdef").status_code == 404
    assert http.post("/gradio_api/cancel", json={"event_id": "not-an-event", "session_hash": "sec", "fn_index": 0}).status_code == 404
    assert http.post("/gradio_api/reset", json={"event_id": "../../x"}).status_code == 400


def test_oversized_body_is_refused(http):
    big = b'{"data": ["' + b"x" * (17 * 1024 * 1024) + b'"], "fn_index": 0, "session_hash": "big"}'
    response = http.post("/gradio_api/queue/join", content=big, headers={"Content-Type": "application/json"})
    assert response.status_code == 413


def test_a_session_hash_cannot_reach_the_notebook_session(http, served):
    from nbblocks.testing import Frontend

    ui = Frontend(served)
    notebook = served.view().session
    state = next(b for b in served.blocks.values() if isinstance(b, gr.State))
    response = join(http, ["x", None], fn_index=1, session_hash="notebook")
    assert response.status_code == 200
    assert served.engine.sessions.get("notebook") is notebook and not notebook.closed
    assert ui.state_value(state) == []


def test_state_values_sent_by_a_client_are_ignored(http, served):
    url = served.local_url.rstrip("/")
    for _ in range(2):
        event = http.post("/gradio_api/call/remember", json={"data": ["x", ["forged"] * 5], "session_hash": "forger"}).json()["event_id"]
        text = http.get(f"{url}/gradio_api/call/remember/{event}").text
    assert 'data: ["2",null]' in text


# -- files: nothing is ever read for a client-chosen path (uploads: test_server_files.py) --------


def test_file_inputs_are_refused(http):
    for value in (
        {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}},
        {"path": "http://169.254.169.254/latest/meta-data", "meta": {"_type": "gradio.FileData"}},
        [{"nested": {"path": "../../secret", "meta": {"_type": "gradio.FileData"}}}],
    ):
        with watch_opens() as opened:
            response = join(http, [value])
        assert response.status_code == 422
        (problem,) = response.json()["detail"]
        assert "Textbox 'Text'" in problem["message"] and "not issued by this app" in problem["message"]
        assert not [p for p in opened if "passwd" in p or "secret" in p]


def test_file_route_serves_nothing(served, tmp_path):
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-SECRET")
    port = served.server_port
    targets = [
        f"/gradio_api/file={canary}".encode(),
        b"/gradio_api/file=/etc/passwd",
        b"/gradio_api/file=/proc/self/environ",
        b"/gradio_api/file=../../../../etc/passwd",
        b"/gradio_api/file=%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        b"/gradio_api/file=..%2f..%2f..%2fetc%2fpasswd",
        b"/gradio_api/file=%252e%252e%252fetc%252fpasswd",
        b"/gradio_api/file=..\\..\\..\\etc\\passwd",
        b"/gradio_api/file=%5c..%5c..%5cetc%5cpasswd",
        b"/gradio_api/file=/etc/passwd%00.png",
        b"/gradio_api/file=C:\\Windows\\win.ini",
        b"/gradio_api/file=http://127.0.0.1:1/",
        b"/gradio_api/file/etc/passwd",
        b"/gradio_api/../gradio_api/file=/etc/passwd",
        b"/file=/etc/passwd",
    ]
    with watch_opens() as opened:
        results = [raw_request(port, b"GET " + target + b" HTTP/1.1") for target in targets]
        nul = raw_request(port, b"GET /gradio_api/file=/etc/passwd\x00 HTTP/1.1")
    for target, (status, body) in zip(targets, results):
        assert status in (400, 404), target
        assert b"CANARY" not in body and b"root:" not in body and b"PATH=" not in body
    assert nul[0] in (400, 404)
    touched = [p for p in opened if "canary" in p or "passwd" in p or "environ" in p or "win.ini" in p]
    assert touched == []
    with watch_opens() as opened:  # the watch itself works: a real open is seen
        canary.read_text()
    assert str(canary) in opened


def test_no_outgoing_connection_for_url_inputs(http):
    """A URL sent as input is refused, never fetched: nothing listens on the port it names."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    try:
        response = join(http, [{"path": f"http://127.0.0.1:{port}/x", "meta": {"_type": "gradio.FileData"}}])
        assert response.status_code == 422
        assert nothing_connected(listener)
    finally:
        listener.close()


def test_json_outputs_with_paths_are_not_served(served, http):
    """An output dict with a ``path`` makes a client ask ``/file=``; the server refuses."""
    response = http.get("/gradio_api/file=" + json.dumps({"path": "/etc/passwd"}))
    assert response.status_code == 404


def test_call_routes_answer_every_request_shape_as_the_other_routes(http, served):
    """The two ``/call`` routes are served below the router (``HttpApi._dispatch``); a
    request they do not match (another method, a trailing slash, a deeper path) gets what
    Starlette's router answers, and their own answers carry the same headers."""
    posted = http.post("/gradio_api/call/reverse", json={"data": ["abc"]})
    assert posted.status_code == 200
    assert posted.headers["content-type"] == "application/json"
    assert posted.headers["cache-control"] == "no-store"
    assert posted.headers["x-content-type-options"] == "nosniff"
    assert posted.content == json.dumps({"event_id": posted.json()["event_id"]}, separators=(",", ":")).encode()
    answer = http.get(f"/gradio_api/call/reverse/{posted.json()['event_id']}")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert answer.headers["cache-control"] == "no-cache"
    assert answer.headers["x-accel-buffering"] == "no"
    assert int(answer.headers["content-length"]) == len(answer.content)
    assert answer.text == 'event: complete\ndata: ["cba"]\n\n'

    wrong_method = http.get("/gradio_api/call/reverse")
    assert wrong_method.status_code == 405 and "not allowed" in wrong_method.json()["detail"]
    assert http.put("/gradio_api/call/reverse/abc").status_code == 405
    slash = http.post("/gradio_api/call/reverse/", json={"data": ["abc"]})
    assert slash.status_code == 307 and slash.headers["location"] == "../reverse"
    assert http.get("/gradio_api/call/reverse/abc/def").status_code == 404
    assert http.post("/gradio_api/call/", json={"data": ["abc"]}).status_code == 404
    unknown = http.post("/gradio_api/call/nothing", json={"data": ["abc"]})
    assert unknown.status_code == 404 and "'/nothing'" in unknown.json()["detail"]
    # A refused request on a kept-alive connection leaves it usable.
    refused = http.post("/gradio_api/call/reverse", content=b"{not json", headers={"Content-Type": "application/json"})
    assert refused.status_code == 400
    again = http.post("/gradio_api/call/reverse", json={"data": ["xy"]})
    assert http.get(f"/gradio_api/call/reverse/{again.json()['event_id']}").text == 'event: complete\ndata: ["yx"]\n\n'
