"""Over HTTP as with Gradio 6.31: event data built from the request, error payloads, the
dependencies of /config. Real uvicorn on 127.0.0.1 and the real gradio_client."""

from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from json import dumps as json_dumps, loads as json_loads
from typing import Any, Iterator

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")
import httpx
from gradio_client import Client
from gradio_client.exceptions import AppError

from call_route import call_route

import nbblocks as gr

TIMEOUT = 30


def client(demo: gr.Blocks) -> Client:
    return Client(demo.local_url, verbose=False, analytics_enabled=False, download_files=False)


def call(demo: gr.Blocks, api_name: str, body: dict[str, Any]) -> list[tuple[str, Any]]:
    return call_route(demo.local_url, api_name, body, TIMEOUT)


@pytest.fixture
def served() -> Iterator[list[gr.Blocks]]:
    apps: list[gr.Blocks] = []
    yield apps
    for app in apps:
        app.close()


def launch(apps: list[gr.Blocks], demo: gr.Blocks, **options: Any) -> gr.Blocks:
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, **options)
    apps.append(demo)
    return demo


# -- event data ------------------------------------------------------------------------


def describe(evt: gr.EventData) -> str:
    target = evt.target
    return f"{type(target).__name__}:{getattr(target, 'label', None)}"


def test_event_data_target_and_select_data_come_from_the_request(served):
    with gr.Blocks() as demo:
        gallery = gr.Gallery(label="Pics")
        out = gr.Textbox()

        def picked(evt: gr.SelectData) -> str:
            return f"{describe(evt)} {evt.index} {evt.value}"

        gallery.select(picked, None, out, api_name="picked")
    launch(served, demo)
    body = {"data": [], "event_data": {"index": 1, "value": {"caption": "b"}}, "trigger_id": gallery._id}
    assert call(demo, "picked", body) == [("complete", ["Gallery:Pics 1 {'caption': 'b'}"])]
    # no trigger_id: the dependency's only target; no event_data: index None, no crash
    assert call(demo, "picked", {"data": []}) == [("complete", ["Gallery:Pics None None"])]
    c = client(demo)
    try:
        assert c.submit(api_name="/picked").result(timeout=TIMEOUT) == "Gallery:Pics None None"
    finally:
        c.close()


def test_a_listener_of_several_components_knows_which_one_fired(served):
    with gr.Blocks() as demo:
        a = gr.Button("A")
        b = gr.Button("B")
        out = gr.Textbox()

        def which(evt: gr.EventData) -> str:
            return type(evt.target).__name__ + ":" + str(getattr(evt.target, "value", None))

        gr.on([a.click, b.click], which, None, out, api_name="which")
    launch(served, demo)
    assert call(demo, "which", {"data": [], "trigger_id": b._id}) == [("complete", ["Button:B"])]
    assert call(demo, "which", {"data": [], "trigger_id": a._id}) == [("complete", ["Button:A"])]
    # two possible triggers and none named: no target, as in Gradio
    assert call(demo, "which", {"data": []}) == [("complete", ["NoneType:None"])]


# -- error payloads ----------------------------------------------------------------------


def failing_app() -> gr.Blocks:
    with gr.Blocks() as demo:
        box = gr.Textbox()
        out = gr.Textbox()

        def refuse(text: str) -> str:
            raise gr.Error(f"boom {text}", title="T", duration=5)

        def crash(text: str) -> str:
            raise ValueError(f"bad {text}")

        box.submit(refuse, box, out, api_name="refuse")
        box.change(crash, box, out, api_name="crash")
    return demo


def test_errors_reach_call_and_the_client_as_gradio_sends_them(served):
    demo = launch(served, failing_app(), show_error=True)
    assert call(demo, "refuse", {"data": ["x"]}) == [("error", {"error": "boom x", "duration": 5, "visible": True, "title": "T"})]
    assert call(demo, "crash", {"data": ["x"]}) == [("error", {"error": "bad x", "visible": True})]
    c = client(demo)
    try:
        with pytest.raises(AppError) as info:
            c.submit("x", api_name="/refuse").result(timeout=TIMEOUT)
        assert str(info.value) == "boom x" and info.value.title == "T" and info.value.duration == 5
        with pytest.raises(AppError) as info:
            c.submit("x", api_name="/crash").result(timeout=TIMEOUT)
        assert str(info.value) == "bad x"  # str(exc), not "ValueError: bad x"
    finally:
        c.close()


def test_hidden_errors_are_null_as_in_gradio(served):
    demo = launch(served, failing_app())
    assert call(demo, "refuse", {"data": ["x"]}) == [("error", {"error": "boom x", "duration": 5, "visible": True, "title": "T"})]
    assert call(demo, "crash", {"data": ["x"]}) == [("error", {"error": None})]
    c = client(demo)
    try:
        with pytest.raises(AppError, match="show_error=True"):
            c.submit("x", api_name="/crash").result(timeout=TIMEOUT)
    finally:
        c.close()


# -- /config: every dependency, in Gradio's order ----------------------------------------------


def signature(demo: gr.Blocks) -> list[tuple[list[tuple[str, str]], str | None, str]]:
    """Each /config dependency as (targets by component type, api_name, api_visibility);
    the app itself (app events) and chained listeners' None are "app"."""
    config = httpx.get(demo.local_url + "config", timeout=TIMEOUT).json()
    types = {c["id"]: c["type"] for c in config["components"]}
    return [
        ([(types.get(block, "app"), event) for block, event in dep["targets"]], dep["api_name"], dep["api_visibility"])
        for dep in config["dependencies"]
    ]


def test_blocks_dependencies_follow_gradios_order(served):
    """Expected values read from gradio 6.31's /config for the same app: value=fn load
    listeners come last, with their triggers and the app's load in one listener."""
    with gr.Blocks() as demo:
        a = gr.Textbox(label="a")
        gr.Textbox(value=lambda: "c", every=1, label="clock")
        gr.Number(value=lambda x: 1, inputs=[a], label="b")
        timer = gr.Timer(2)
        timer.tick(lambda: "t", None, a)
        btn = gr.Button("go")
        btn.click(lambda x: x, a, a).then(lambda: None, None, None).success(lambda: None, None, None)
        demo.load(lambda: "loaded", None, a)
        gr.on([a.submit, btn.click], lambda x: x, a, a)
    launch(served, demo)
    assert signature(demo) == [
        ([("timer", "tick")], "lambda", "public"),
        ([("button", "click")], "lambda_1", "public"),
        ([("app", "then")], "lambda_2", "public"),
        ([("app", "success")], "lambda_3", "public"),
        ([("app", "load")], "lambda_4", "public"),
        ([("textbox", "submit"), ("button", "click")], "lambda_5", "public"),
        ([("timer", "tick"), ("app", "load")], "lambda_6", "public"),
        ([("textbox", "change"), ("app", "load")], "lambda_7", "public"),
    ]
    config = httpx.get(demo.local_url + "config", timeout=TIMEOUT).json()
    chained = config["dependencies"][3]
    assert (chained["trigger_after"], chained["trigger_only_on_success"]) == (2, True)


def test_interface_dependencies_and_fn_index_match_gradios(served, tmp_path):
    def greet(name: str, times: float) -> str:
        return name * int(times)

    demo = gr.Interface(greet, ["text", gr.Slider()], "text", examples=[["a", 3]], flagging_mode="manual",
                        flagging_dir=str(tmp_path))
    launch(served, demo)
    assert signature(demo) == [
        ([("button", "click"), ("textbox", "submit")], "greet", "public"),
        ([("button", "click")], None, "private"),  # Gradio's clear (JavaScript there)
        ([("button", "click")], None, "private"),  # Gradio's input column reset
        ([("button", "click")], "lambda", "undocumented"),  # "Saving..."
        ([("button", "click")], "Flag", "undocumented"),
        ([("button", "click")], "reset", "undocumented"),
        ([("dataset", "click")], "load_example", "undocumented"),
    ]
    c = client(demo)
    try:
        assert c.submit("ab", 2, fn_index=0).result(timeout=TIMEOUT) == "abab"
        assert c.submit("cd", 1, api_name="/greet").result(timeout=TIMEOUT) == "cd"
    finally:
        c.close()


def test_a_generator_interface_has_gradios_stop_and_cancel_listeners(served):
    def count(text: str) -> Iterator[str]:
        yield text

    demo = launch(served, gr.Interface(count, "text", "text", flagging_mode="never"))
    assert signature(demo) == [
        ([("button", "click"), ("textbox", "submit")], "lambda", "undocumented"),
        ([("app", "then")], "count", "public"),
        ([("app", "then")], "cleanup", "undocumented"),
        ([("button", "click")], "cleanup_1", "undocumented"),
        ([("button", "click")], None, "private"),  # the stop button's cancels, its own listener
        ([("button", "click")], None, "private"),
        ([("button", "click")], None, "private"),
    ]


def test_tabs_are_tabitems_in_config(served):
    with gr.Blocks() as demo:
        with gr.Tabs():
            with gr.Tab("A", id="a"):
                gr.Textbox()
    launch(served, demo)
    config = httpx.get(demo.local_url + "config", timeout=TIMEOUT).json()
    tabs = [(c["type"], c["props"].get("id"), "selected" in c["props"]) for c in config["components"] if c["type"].startswith("tab")]
    assert tabs == [("tabs", None, False), ("tabitem", "a", False)]


def test_config_components_carry_api_info_and_example_inputs(served):
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        age = gr.Number(label="Age")
        out = gr.Textbox()
        gr.Button("Go").click(lambda n, a: n, [name, age], out, api_name="go")
    launch(served, demo)
    config = httpx.get(demo.local_url + "config", timeout=TIMEOUT).json()
    by_id = {c["id"]: c for c in config["components"]}
    assert by_id[name._id]["example_inputs"] == "Hello!!" and by_id[name._id]["api_info"] == {"type": "string"}
    assert by_id[age._id]["example_inputs"] == 3 and by_id[age._id]["api_info"]["type"] == "number"
    info = httpx.get(demo.local_url + "gradio_api/info", timeout=TIMEOUT).json()
    assert [p["example_input"] for p in info["named_endpoints"]["/go"]["parameters"]] == ["Hello!!", 3]


def test_api_info_names_components_as_gradio_does(served):
    # Measured in gradio 6.31: the class name with only its first letter capitalised.
    with gr.Blocks() as demo:
        ins = [gr.CheckboxGroup(["a"]), gr.JSON(), gr.HTML(), gr.Textbox()]
        gr.Button("Go").click(lambda *x: "x", ins, gr.Textbox(), api_name="f")
    launch(served, demo)
    info = httpx.get(demo.local_url + "gradio_api/info", timeout=TIMEOUT).json()["named_endpoints"]["/f"]
    assert [p["component"] for p in info["parameters"]] == ["Checkboxgroup", "Json", "Html", "Textbox"]
    assert [r["component"] for r in info["returns"]] == ["Textbox"]


def test_a_request_parameter_over_http_has_gradios_fields(served):
    with gr.Blocks() as demo:
        name = gr.Textbox()
        out = gr.Textbox()

        def who(text: str, request: gr.Request) -> str:
            return json_dumps({
                "text": text, "host": request.client.host, "agent": request.headers.get("x-test"),
                "query": dict(request.query_params), "hash": request.session_hash,
                "username": request.username, "method": request.request.method, "url_path": request.url.path,
            })

        name.submit(who, name, out, api_name="who")
    launch(served, demo)
    c = Client(demo.local_url, verbose=False, analytics_enabled=False, download_files=False, headers={"X-Test": "yes"})
    try:
        answer = json_loads(c.submit("Ada", api_name="/who").result(timeout=TIMEOUT))
    finally:
        c.close()
    assert answer == {"text": "Ada", "host": "127.0.0.1", "agent": "yes", "query": {}, "hash": c.session_hash,
                      "username": None, "method": "POST", "url_path": "/gradio_api/queue/join"}
    [(event, [data])] = call(demo, "who", {"data": ["Bob"]})
    assert event == "complete" and json_loads(data)["hash"] is None  # /call without a session_hash


def test_close_all_stops_every_server_and_apps_can_launch_again(served):
    apps = []
    for _ in range(2):
        with gr.Blocks() as demo:
            box = gr.Textbox()
            box.submit(lambda s: s, box, box, api_name="echo")
        apps.append(launch(served, demo))
    gr.close_all(verbose=False)
    assert [app.local_url for app in apps] == [None, None] and not any(app.closed for app in apps)
    launch(served, apps[0])
    assert call(apps[0], "echo", {"data": ["again"]}) == [("complete", ["again"])]


# -- sessions of API clients -------------------------------------------------------------


def test_api_calls_run_no_value_functions_and_read_state_when_used(served):
    # Gradio 6.31 runs `value=callable` functions when a page loads the app, never for an
    # API client: a `/call` or a gradio_client session runs none of them, and a State's
    # initial value is made when an event first reads it.
    ran: list[str] = []

    def stamp() -> str:
        ran.append("textbox")
        return "loaded"

    def fresh() -> list[str]:
        ran.append("state")
        return []

    def remember(text: str, seen: list[str]) -> tuple[str, list[str]]:
        return ",".join([*seen, text]), [*seen, text]

    with gr.Blocks() as demo:
        box = gr.Textbox()
        gr.Textbox(value=stamp)
        memory = gr.State(fresh)
        out = gr.Textbox()
        gr.Button().click(lambda t: t, box, out, api_name="echo")
        gr.Button().click(remember, [box, memory], [out, memory], api_name="remember")
    launch(served, demo)
    ran.clear()  # what building the app ran
    for text in ("a", "b"):
        assert call(demo, "echo", {"data": [text]})[-1] == ("complete", [text])
    assert ran == []
    api = client(demo)
    try:
        assert api.predict("x", api_name="/echo") == "x"
        assert ran == []
        assert api.predict("x", api_name="/remember") == "x"
        assert api.predict("y", api_name="/remember") == "x,y"
    finally:
        api.close()
    assert ran == ["state"]  # the State of the client's session, made once when first read
