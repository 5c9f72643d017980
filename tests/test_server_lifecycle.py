"""Starting, stopping, mounting and expiring: the server's life on real ports."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import contextlib
import io
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")
pytest.importorskip("gradio_client")
from gradio_client import Client

import nbblocks as gr

TIMEOUT = 30


def echo_app(**state_kwargs):
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Text")
        state = gr.State([], **state_kwargs)
        count = gr.Number(label="Count")
        box.submit(lambda s: s, box, box, api_name="echo")
        box.change(lambda s, items: (len(items) + 1, items + [s]), [box, state], [count, state], api_name="remember")
    return demo, state


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_for(predicate, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def call(url: str, api_name: str, data: list, session_hash: str | None = None):
    """A curl-style call: POST then read the SSE answer; returns (event, data)."""
    import json

    body = {"data": data} if session_hash is None else {"data": data, "session_hash": session_hash}
    with httpx.Client(timeout=10) as http:
        event_id = http.post(f"{url}gradio_api/call/{api_name}", json=body).json()["event_id"]
        text = http.get(f"{url}gradio_api/call/{api_name}/{event_id}").text
    event = text.split("event: ")[-1].split("\n", 1)[0]
    payload = text.rsplit("data: ", 1)[-1].strip()
    return event, json.loads(payload)


# -- launch and close -----------------------------------------------------------------------


def test_launch_returns_at_once_and_close_frees_the_port():
    demo, _ = echo_app()
    app, url, share = demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    port = demo.server_port
    assert url == f"http://127.0.0.1:{port}/" and share is None and app is demo.app
    assert httpx.get(f"{url}config", timeout=5).json()["protocol"] == "sse_v3"
    assert not port_is_free(port)
    demo.close()
    assert demo.local_url is None
    assert port_is_free(port)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}config", timeout=2)


def test_a_port_in_use_is_a_clear_error():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        demo, _ = echo_app()
        with pytest.raises(OSError, match=f"127.0.0.1:{port}"):
            demo.launch(server_port=port, prevent_thread_lock=True, quiet=True)
        demo.close()


def test_launching_again_replaces_the_server():
    demo, _ = echo_app()
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    first = demo.server_port
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        assert port_is_free(first)
        assert call(demo.local_url, "echo", ["again"]) == ("complete", ["again"])
    finally:
        demo.close()


def test_rerunning_a_cell_leaves_no_server_behind(monkeypatch):
    from nbblocks import _kernel

    monkeypatch.setattr(_kernel, "current_cell_id", lambda: "cell-http")
    first, _ = echo_app()
    first.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    port = first.server_port
    second, _ = echo_app()  # the same cell builds its app again
    try:
        assert first.closed and port_is_free(port)
    finally:
        second.close()


def test_unsupported_launch_options_are_refused():
    demo, _ = echo_app()
    with pytest.raises(NotImplementedError, match="share"):
        demo.launch(share=True)
    with pytest.raises(NotImplementedError, match="auth"):
        demo.launch(auth=("u", "p"), prevent_thread_lock=True)
    with pytest.raises(TypeError, match="not_an_option"):
        demo.launch(not_an_option=1)
    assert demo.local_url is None
    demo.close()


def test_a_script_blocks_in_launch_until_interrupted(tmp_path):
    script = tmp_path / "serve.py"
    script.write_text(textwrap.dedent("""
        import nbblocks as gr
        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.submit(lambda s: s[::-1], box, box, api_name="reverse")
        demo.launch(server_port=0)
        print("launch returned", flush=True)
    """))
    # The child gets SIGINT at its default (KeyboardInterrupt), as a script run from a
    # terminal does, however this test process was started (a backgrounded job ignores it).
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        assert wait_for(lambda: any("Running on local URL" in line for line in lines), 20), lines
        url = next(line for line in lines if "Running on local URL" in line).split()[-1]
        assert call(url, "reverse", ["abc"]) == ("complete", ["cba"])
        assert proc.poll() is None  # still serving: launch() blocks
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
        reader.join(5)
        assert "launch returned" in "".join(lines)
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        assert port_is_free(port)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(5)


def test_pending_client_calls_end_when_the_server_stops():
    release = threading.Event()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda s: release.wait(10) and s, box, box, api_name="slow")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    client = Client(demo.local_url, verbose=False, analytics_enabled=False)
    try:
        job = client.submit("x", api_name="/slow")
        assert wait_for(lambda: demo.app.registry.stats()["events"] == 1)
        started = time.monotonic()
        closer = threading.Thread(target=demo.close)
        closer.start()
        with pytest.raises(Exception):
            job.result(timeout=TIMEOUT)
        assert time.monotonic() - started < TIMEOUT
        release.set()
        closer.join(TIMEOUT)
        assert not closer.is_alive()
    finally:
        release.set()
        client.close()
        demo.close()


# -- the app widget's footer ------------------------------------------------------------------


def test_footer_shows_the_url_and_a_working_snippet():
    demo, _ = echo_app()
    view = demo.view()
    assert view.root.props["footer"] is None
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        footer = view.root.props["footer"]
        assert footer["url"] == demo.local_url
        assert [e["api_name"] for e in footer["endpoints"]] == ["/echo", "/remember"]
        snippet = footer["endpoints"][0]["snippet"]
        assert snippet.startswith("from gradio_client import Client\n")
        assert f"Client({demo.local_url!r})" in snippet and "api_name='/echo'" in snippet
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            namespace: dict = {}
            exec(snippet, namespace)
            namespace["client"].close()
        assert out.getvalue().strip().endswith("Hello!!")
    finally:
        demo.close()
    assert view.root.comm is None  # closed with the app


def test_footer_is_in_a_view_created_after_launch():
    demo, _ = echo_app()
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        assert demo.view().root.props["footer"]["url"] == demo.local_url
    finally:
        demo.close()


# -- mounting and root_path -------------------------------------------------------------------


def test_the_asgi_app_mounts_in_another_server():
    import uvicorn
    from starlette.applications import Starlette
    from starlette.routing import Mount

    demo, _ = echo_app()
    outer = Starlette(routes=[Mount("/demo", app=demo.app)])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(outer, lifespan="off", log_config=None, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        assert wait_for(lambda: server.started)
        client = Client(f"http://127.0.0.1:{port}/demo/", verbose=False, analytics_enabled=False)
        try:
            assert client.submit("mounted", api_name="/echo").result(timeout=TIMEOUT) == "mounted"
            assert client.submit("a", api_name="/remember").result(timeout=TIMEOUT) == 1
            assert client.submit("b", api_name="/remember").result(timeout=TIMEOUT) == 2
        finally:
            client.close()
    finally:
        demo.close()
        server.should_exit = True
        thread.join(10)
        sock.close()
    assert not thread.is_alive()


def test_root_path_serves_under_the_prefix_and_without_it():
    demo, _ = echo_app()
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, root_path="/user/me/proxy/1234/")
    try:
        base = demo.local_url
        assert httpx.get(f"{base}user/me/proxy/1234/config", timeout=5).json()["root"] == "/user/me/proxy/1234"
        assert call(f"{base}user/me/proxy/1234/", "echo", ["p"]) == ("complete", ["p"])
        assert call(base, "echo", ["q"]) == ("complete", ["q"])
        assert demo.view().root.props["footer"]["url"] == "/user/me/proxy/1234/"
        # behind a proxy the Host header is the proxy's: it is accepted
        assert httpx.get(f"{base}config", headers={"Host": "hub.example"}, timeout=5).status_code == 200
    finally:
        demo.close()


# -- sessions: expiry, one-shot /call sessions, capacity ----------------------------------------


def test_idle_sessions_expire_and_delete_callbacks_run_once():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, session_timeout=0.3)
    url = demo.local_url
    try:
        assert call(url, "remember", ["a"], session_hash="expiring") == ("complete", [1, None])
        assert call(url, "remember", ["b"], session_hash="expiring") == ("complete", [2, None])
        assert wait_for(lambda: deleted == [["a", "b"]])
        assert httpx.get(f"{url}gradio_api/queue/data", params={"session_hash": "expiring"}, timeout=5).status_code == 404
        # a new call with the same hash starts from the initial value
        assert call(url, "remember", ["c"], session_hash="expiring") == ("complete", [1, None])
    finally:
        demo.close()
    assert deleted == [["a", "b"], ["c"]]


def test_an_open_heartbeat_keeps_the_session_alive():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, session_timeout=0.3)
    url = demo.local_url
    try:
        assert call(url, "remember", ["a"], session_hash="alive") == ("complete", [1, None])
        with httpx.Client(timeout=10) as http, http.stream("GET", f"{url}gradio_api/heartbeat/alive") as beat:
            assert beat.status_code == 200 and beat.headers["content-type"].startswith("text/event-stream")
            lines = beat.iter_lines()  # kept: dropping it would close the stream
            assert next(lines) == 'data: {"msg":"heartbeat"}'
            time.sleep(1.0)
            assert deleted == []
        assert wait_for(lambda: deleted == [["a"]])
    finally:
        demo.close()


def test_calls_without_session_hash_get_a_fresh_session_each_time():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        assert call(demo.local_url, "remember", ["a"]) == ("complete", [1, None])
        assert call(demo.local_url, "remember", ["b"]) == ("complete", [1, None])
        assert wait_for(lambda: sorted(map(tuple, deleted)) == [("a",), ("b",)])
        assert demo.app.registry.stats() == {"sessions": 0, "events": 0}
    finally:
        demo.close()


def test_session_capacity_evicts_the_least_recently_seen_idle_session():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, state_session_capacity=2)
    url = demo.local_url
    try:
        for name in ("one", "two", "three"):
            assert call(url, "remember", [name], session_hash=name) == ("complete", [1, None])
        assert deleted == [["one"]]
        assert demo.app.registry.stats()["sessions"] == 2
    finally:
        demo.close()


def test_a_session_whose_messages_are_never_read_still_expires():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, session_timeout=0.3)
    url = demo.local_url
    try:
        with httpx.Client(timeout=10) as http:
            joined = http.post(f"{url}gradio_api/queue/join", json={"data": ["a", None], "fn_index": 1, "session_hash": "silent"})
            assert joined.status_code == 200
        assert wait_for(lambda: deleted == [["a"]])
        assert demo.app.registry.stats() == {"sessions": 0, "events": 0}
    finally:
        demo.close()
