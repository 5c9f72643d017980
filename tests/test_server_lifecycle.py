"""Starting, stopping, mounting and expiring: the server's life on real ports."""

from __future__ import annotations

import contextlib
import io
import signal
import socket
import subprocess
import sys
import textwrap
import threading

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")
pytest.importorskip("gradio_client")

import nbblocks as gr
from support.servers import call, client, port_is_free, serving
from support.waiting import WAIT, eventually


def echo_app(*, hold: threading.Event | None = None, **state_kwargs):
    """``/echo`` and ``/remember`` (which counts in a State); with ``hold``, also ``/hold``,
    which runs until ``hold`` is set: a session with an event running is never idle, so
    it cannot expire while a test sets it up, however slow the machine."""
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Text")
        state = gr.State([], **state_kwargs)
        count = gr.Number(label="Count")
        box.submit(lambda s: s, box, box, api_name="echo")
        box.change(lambda s, items: (len(items) + 1, items + [s]), [box, state], [count, state], api_name="remember")
        if hold is not None:
            gr.Button().click(lambda: hold.wait(WAIT) and None, api_name="hold")
    return demo, state


def hold_session(demo, session_hash: str) -> None:
    """Start ``/hold`` in the client's session (its answer is never read)."""
    fn_index = next(i for i, dep in enumerate(demo.dependencies) if dep.api_name == "hold")
    body = {"data": [], "fn_index": fn_index, "session_hash": session_hash}
    joined = httpx.post(f"{demo.local_url}gradio_api/queue/join", json=body, timeout=WAIT)
    assert joined.status_code == 200, joined.text


def python_as_from_a_terminal(*args: str, **popen: object) -> subprocess.Popen:
    """``python *args`` with SIGINT at its default, so Ctrl+C (SIGINT) raises
    KeyboardInterrupt in it as in a terminal, even when this process ignores SIGINT (as
    a backgrounded job does, and its children inherit). The disposition is reset in a
    small Python that then becomes the child (exec), not in a ``preexec_fn``, which is
    unsafe in a process with threads."""
    reset = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"
    return subprocess.Popen([sys.executable, "-c", reset, sys.executable, *args], **popen)  # type: ignore[call-overload]


# -- launch and close -----------------------------------------------------------------------


def test_launch_returns_at_once_and_close_frees_the_port():
    demo, _ = echo_app()
    app, url, share = demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    port = demo.server_port
    assert url == f"http://127.0.0.1:{port}/" and share is None and app is demo.app
    assert httpx.get(f"{url}config", timeout=WAIT).json()["protocol"] == "sse_v3"
    assert not port_is_free(port)
    demo.close()
    assert demo.local_url is None
    assert port_is_free(port)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}config", timeout=WAIT)


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
    with serving(demo):
        assert port_is_free(first)
        assert call(demo.local_url, "echo", ["again"]) == ("complete", ["again"])


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
    proc = python_as_from_a_terminal(str(script), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        lines: list[str] = []
        serving = threading.Event()

        def read() -> None:
            for line in proc.stdout:
                lines.append(line)
                if "Running on local URL" in line:
                    serving.set()
            serving.set()  # the output ended: the script exited

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        assert serving.wait(WAIT) and proc.poll() is None, "".join(lines) + proc.stderr.read()
        url = next(line for line in lines if "Running on local URL" in line).split()[-1]
        assert call(url, "reverse", ["abc"]) == ("complete", ["cba"])
        assert proc.poll() is None  # still serving: launch() blocks
        proc.send_signal(signal.SIGINT)
        assert proc.wait(WAIT) == 0, proc.stderr.read()
        reader.join(WAIT)
        assert "launch returned" in "".join(lines)
        port = int(url.rstrip("/").rsplit(":", 1)[1])
        assert port_is_free(port)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(WAIT)


def test_pending_client_calls_end_when_the_server_stops():
    release = threading.Event()
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda s: release.wait(WAIT) and s, box, box, api_name="slow")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    c = client(demo)
    try:
        job = c.submit("x", api_name="/slow")
        assert eventually(lambda: demo.app.registry.stats()["events"] == 1)
        closer = threading.Thread(target=demo.close)
        closer.start()
        with pytest.raises(Exception) as ended:
            job.result(timeout=WAIT)
        # The stop ended the call while the function still ran: not the client's timeout,
        # not the function's end.
        assert not isinstance(ended.value, TimeoutError) and not release.is_set()
        release.set()
        closer.join(WAIT)
        assert not closer.is_alive()
    finally:
        release.set()
        c.close()
        demo.close()


# -- the app widget's footer ------------------------------------------------------------------


def test_footer_shows_the_url_and_a_working_snippet():
    demo, _ = echo_app()
    view = demo.view()
    assert view.root.props["footer"] is None
    with serving(demo):
        footer = view.root.props["footer"]
        assert footer["url"] == demo.local_url
        assert footer["api_page"] == demo.local_url + "?view=api"
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
    assert view.root.comm is None  # closed with the app


def test_footer_links_to_the_web_page_and_inbrowser_opens_it(monkeypatch):
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", opened.append)  # no desktop browser here: record the call
    demo, _ = echo_app()
    try:
        demo.launch(inbrowser=True, server_port=0, prevent_thread_lock=True, quiet=True)
        assert opened == [demo.local_url]
        assert demo.view().root.props["footer"]["page"] == demo.local_url
        # On JupyterHub the page is reached through the server's proxy path to the port.
        monkeypatch.setenv("JUPYTERHUB_SERVICE_PREFIX", "/user/ada/")
        demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
        assert demo.view().root.props["footer"]["page"] == f"/user/ada/proxy/{demo.server_port}/"
        # With root_path the page is where the proxy publishes the server.
        demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, root_path="/apps/greeter")
        assert demo.view().root.props["footer"]["page"] == "/apps/greeter/"
    finally:
        demo.close()


def test_share_points_to_the_web_page(capsys):
    demo, _ = echo_app()
    try:
        with pytest.warns(UserWarning, match="no share tunnel"):
            demo.launch(share=True, server_port=0, prevent_thread_lock=True)
        out = capsys.readouterr().out
        assert f"The app's web page is at {demo.local_url}" in out
    finally:
        demo.close()


def test_footer_is_in_a_view_created_after_launch():
    demo, _ = echo_app()
    with serving(demo):
        assert demo.view().root.props["footer"]["url"] == demo.local_url


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
        assert eventually(lambda: server.started or not thread.is_alive()) and server.started
        c = client(f"http://127.0.0.1:{port}/demo/")
        try:
            assert c.submit("mounted", api_name="/echo").result(timeout=WAIT) == "mounted"
            assert c.submit("a", api_name="/remember").result(timeout=WAIT) == 1
            assert c.submit("b", api_name="/remember").result(timeout=WAIT) == 2
        finally:
            c.close()
    finally:
        demo.close()
        server.should_exit = True
        thread.join(WAIT)
        sock.close()
    assert not thread.is_alive()


def test_root_path_serves_under_the_prefix_and_without_it():
    demo, _ = echo_app()
    with serving(demo, root_path="/user/me/proxy/1234/"):
        base = demo.local_url
        assert httpx.get(f"{base}user/me/proxy/1234/config", timeout=WAIT).json()["root"] == "/user/me/proxy/1234"
        assert call(f"{base}user/me/proxy/1234/", "echo", ["p"]) == ("complete", ["p"])
        assert call(base, "echo", ["q"]) == ("complete", ["q"])
        assert demo.view().root.props["footer"]["url"] == "/user/me/proxy/1234/"
        # behind a proxy the Host header is the proxy's: it is accepted
        assert httpx.get(f"{base}config", headers={"Host": "hub.example"}, timeout=WAIT).status_code == 200


# -- sessions: expiry, one-shot /call sessions, capacity ----------------------------------------


def test_idle_sessions_expire_and_delete_callbacks_run_once():
    deleted: list = []
    hold = threading.Event()
    demo, _ = echo_app(hold=hold, delete_callback=deleted.append)
    with serving(demo, session_timeout=0.3):
        try:
            url = demo.local_url
            hold_session(demo, "expiring")  # busy, so not idle, while both calls are made
            assert call(url, "remember", ["a"], session_hash="expiring") == ("complete", [1, None])
            assert call(url, "remember", ["b"], session_hash="expiring") == ("complete", [2, None])
            assert deleted == []
            hold.set()
            assert eventually(lambda: deleted == [["a", "b"]])
            assert httpx.get(f"{url}gradio_api/queue/data", params={"session_hash": "expiring"}, timeout=WAIT).status_code == 404
            # a new call with the same hash starts from the initial value
            assert call(url, "remember", ["c"], session_hash="expiring") == ("complete", [1, None])
        finally:
            hold.set()  # before the app closes
    assert deleted == [["a", "b"], ["c"]]


def test_an_open_heartbeat_keeps_the_session_alive():
    deleted: list = []
    hold = threading.Event()
    demo, _ = echo_app(hold=hold, delete_callback=deleted.append)
    with serving(demo, session_timeout=0.3):
        try:
            url = demo.local_url
            hold_session(demo, "alive")  # busy until the heartbeat is open
            assert call(url, "remember", ["a"], session_hash="alive") == ("complete", [1, None])
            with httpx.Client(timeout=WAIT) as http, http.stream("GET", f"{url}gradio_api/heartbeat/alive") as beat:
                assert beat.status_code == 200 and beat.headers["content-type"].startswith("text/event-stream")
                lines = beat.iter_lines()  # kept: dropping it would close the stream
                assert next(lines) == 'data: {"msg":"heartbeat"}'
                hold.set()
                assert eventually(lambda: demo.app.registry.stats()["events"] == 0)  # /hold ended
                # A session idle since after "alive"'s last event expires: the sweeper has gone
                # past the timeout of both, and only the heartbeat kept "alive".
                assert call(url, "remember", ["r"], session_hash="reference") == ("complete", [1, None])
                assert eventually(lambda: ["r"] in deleted)
                assert deleted == [["r"]]
            assert eventually(lambda: deleted == [["r"], ["a"]])
        finally:
            hold.set()  # before the app closes


def test_calls_without_session_hash_get_a_fresh_session_each_time():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    with serving(demo):
        assert call(demo.local_url, "remember", ["a"]) == ("complete", [1, None])
        assert call(demo.local_url, "remember", ["b"]) == ("complete", [1, None])
        assert eventually(lambda: sorted(map(tuple, deleted)) == [("a",), ("b",)])
        assert demo.app.registry.stats() == {"sessions": 0, "events": 0}


def test_session_capacity_evicts_the_least_recently_seen_idle_session():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    with serving(demo, state_session_capacity=2):
        url = demo.local_url
        for name in ("one", "two", "three"):
            assert call(url, "remember", [name], session_hash=name) == ("complete", [1, None])
        assert deleted == [["one"]]
        assert demo.app.registry.stats()["sessions"] == 2


def test_a_session_whose_messages_are_never_read_still_expires():
    deleted: list = []
    demo, _ = echo_app(delete_callback=deleted.append)
    with serving(demo, session_timeout=0.3):
        url = demo.local_url
        with httpx.Client(timeout=WAIT) as http:
            joined = http.post(f"{url}gradio_api/queue/join", json={"data": ["a", None], "fn_index": 1, "session_hash": "silent"})
            assert joined.status_code == 200
        assert eventually(lambda: deleted == [["a"]])
        assert demo.app.registry.stats() == {"sessions": 0, "events": 0}


def test_share_warns_and_serves_and_launch_takes_theme_and_css():
    demo, _ = echo_app()
    try:
        with pytest.warns(UserWarning, match="no share tunnel"):
            demo.launch(share=True, server_port=0, prevent_thread_lock=True, quiet=True, debug=True,
                        theme=gr.themes.Soft(), css=".x { color: red }", height=500, favicon_path=None,
                        show_api=False, num_workers=2, run_history=None)
        assert demo.local_url is not None  # served all the same
        assert demo.theme is not None and type(demo.theme).__name__ == "Soft"
        assert demo.css == ".x { color: red }"
    finally:
        demo.close()
