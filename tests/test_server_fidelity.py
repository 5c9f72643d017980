"""Over HTTP as with Gradio 6.31: event data built from the request, error payloads, the
dependencies of /config. Real uvicorn on 127.0.0.1 and the real gradio_client."""

from __future__ import annotations

import os
import subprocess
import sys

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


# -- /info as Gradio 6.31 writes it ---------------------------------------------------------


def info_of(demo: gr.Blocks) -> dict[str, Any]:
    return httpx.get(demo.local_url + "gradio_api/info", timeout=TIMEOUT).json()["named_endpoints"]


def test_info_of_an_echo_endpoint_is_gradios(served):
    """Read from gradio 6.31's /info for the same app, component ids and the URL put in."""
    def echo(t):
        return t

    with gr.Blocks() as demo:
        a = gr.Textbox()
        b = gr.Textbox()
        btn = gr.Button()
        btn.click(echo, a, b, api_name="echo")
    launch(served, demo)
    assert (a._id, b._id) == (demo._id + 1, demo._id + 2)  # ids count as Gradio's (1 and 2 in a new process)
    url = demo.local_url.rstrip("/")
    text = {"type": "string"}
    assert info_of(demo) == {"/echo": {
        "parameters": [{
            "label": f"parameter_{a._id}", "parameter_name": "t", "parameter_has_default": False,
            "parameter_default": None, "type": text, "python_type": {"type": "str", "description": ""},
            "component": "Textbox", "example_input": "Hello!!",
        }],
        "returns": [{"label": f"value_{b._id}", "type": text, "python_type": {"type": "str", "description": ""}, "component": "Textbox"}],
        "api_visibility": "public",
        "description": "",
        "code_snippets": {
            "python": f'from gradio_client import Client\n\nclient = Client("{url}")\nresult = client.predict(\n\tt="Hello!!",\n'
                      '\tapi_name="/echo",\n)\nprint(result)',
            "javascript": f'import {{ Client }} from "@gradio/client";\n\nconst client = await Client.connect("{url}");\n'
                          'const result = await client.predict("/echo", {\n\t\tt: "Hello!!",\n});\n\nconsole.log(result.data);',
            "bash": f'curl -X POST {url}/gradio_api/call/v2/echo -s -H "Content-Type: application/json" \\\n'
                    "  -d '{\"t\": \"Hello!!\"}' \\\n  | awk -F'\"' '{ print $4}' \\\n"
                    f"  | read EVENT_ID; curl -N {url}/gradio_api/call/echo/$EVENT_ID",
            "cli": f"{{command}} predict {url} /echo '{{\n  \"t\": \"Hello!!\"\n}}'\n",
        },
    }}
    # gradio_client reads parameter_has_default: the argument is required, as with Gradio
    c = client(demo)
    try:
        with pytest.raises(TypeError, match="No value provided for required argument: t"):
            c.predict(api_name="/echo")
        assert c.predict("hi", api_name="/echo") == "hi"
        assert c.predict(t="named", api_name="/echo") == "named"
    finally:
        c.close()


def test_info_defaults_names_and_descriptions_follow_gradios_rules(served):
    """Expected values read from gradio 6.31's /info for the same app: an input is optional
    with the component's initial value (Gradio's: an empty Textbox has none), else when the
    function's parameter defaults to None; the description is the docstring up to "Args:"
    with its lines joined, "" without one or with ``api_description=False``."""
    def f(a, b=None, c="x", d=3, e=None):
        """Adds things
        together.

        More here.
        Args:
            a: first
        """
        return a

    with gr.Blocks() as demo:
        ins = [gr.Textbox(), gr.Textbox(), gr.Textbox(), gr.Number(), gr.Textbox(value="hi", label="E")]
        out = gr.Textbox(label="Out")
        gr.Button().click(f, ins, out, api_name="f")
        state = gr.State(3)
        extra = [gr.Markdown(), gr.Gallery(), gr.Label(), gr.Checkbox(), gr.Slider(), gr.Dropdown(["p", "q"])]
        gr.Button().click(lambda s, *rest: "x", [state, *extra], out, api_name="kinds", api_description=False)
        gr.Button().click(lambda data: "x", {ins[0], ins[3]}, out, api_name="as_dict", api_description="Custom text")

        def reserved(api_name, fn_index, headers, result_callbacks):
            return "x"

        gr.Button().click(reserved, ins[:4], out, api_name="reserved")
    launch(served, demo)
    info = info_of(demo)

    def params(name: str) -> list[tuple[str, bool, Any]]:
        return [(p["parameter_name"], p["parameter_has_default"], p["parameter_default"]) for p in info[name]["parameters"]]

    assert params("/f") == [("a", False, None), ("b", True, None), ("c", False, None), ("d", False, None), ("e", True, "hi")]
    assert info["/f"]["description"] == "Adds things together. More here."
    assert [p["label"] for p in info["/f"]["parameters"]][-1] == "E" and info["/f"]["returns"][0]["label"] == "Out"
    # Gradio names the positional parameters up to *args, State's position included
    assert params("/kinds") == [("param_1", False, None), ("param_2", True, []), ("param_3", True, {}), ("param_4", True, False),
                                ("param_5", True, 0), ("param_6", True, "p")]
    assert info["/kinds"]["description"] == ""
    assert [p["label"] for p in info["/kinds"]["parameters"]] == [f"parameter_{b._id}" for b in extra]
    assert params("/as_dict") == [("data", False, None), ("param_1", False, None)]
    assert info["/as_dict"]["description"] == "Custom text"
    assert [p[0] for p in params("/reserved")] == ["param_0", "param_1", "headers", "param_3"]
    assert all("type" not in endpoint and "code_snippets" in endpoint for endpoint in info.values())
    c = client(demo)
    try:
        assert c.predict(a="x", c="y", d=1, api_name="/f") == "x"  # b (None) and e ("hi") are optional
        with pytest.raises(TypeError, match="No value provided for required argument: c"):
            c.predict("only a", api_name="/f")
    finally:
        c.close()


def test_info_python_type_descriptions_are_gradios(served):
    """A parameter's python_type description is the schema's additional_description (a
    Slider has none), a return value's is its description."""
    with gr.Blocks() as demo:
        s = gr.Slider()
        gr.Button().click(lambda x: x, s, s, api_name="s")
    launch(served, demo)
    endpoint = info_of(demo)["/s"]
    assert endpoint["parameters"][0]["python_type"] == {"type": "float", "description": ""}
    assert endpoint["returns"][0]["python_type"] == {"type": "float", "description": "numeric value between 0 and 100"}


def test_code_snippets_with_a_file_are_gradios_and_the_bash_one_runs(served):
    """Snippets read from gradio 6.31's /info for the same app (the URL put in)."""
    def tag(photo, caption, flip, mode, extra=None):
        """Tags a photo."""
        return f"{caption}:{flip}:{mode}:{extra}"

    with gr.Blocks() as demo:
        photo = gr.Image(label="Photo")
        caption = gr.Textbox("a cat", label="Caption")
        flip = gr.Checkbox(label="Flip")
        mode = gr.Dropdown(["fast", "slow"], label="Mode")
        extra = gr.JSON(label="Extra")
        out = gr.Textbox(label="Out")
        gr.Button().click(tag, [photo, caption, flip, mode, extra], out, api_name="tag")
    launch(served, demo)
    url = demo.local_url.rstrip("/")
    bus = "https://raw.githubusercontent.com/gradio-app/gradio/main/test/test_files/bus.png"
    snippets = info_of(demo)["/tag"]["code_snippets"]
    assert snippets["python"] == (
        f'from gradio_client import Client, handle_file\n\nclient = Client("{url}")\nresult = client.predict(\n'
        f"\tphoto=handle_file('{bus}'),\n\tcaption=\"a cat\",\n\tflip=False,\n\tmode=\"fast\",\n\textra=None,\n"
        '\tapi_name="/tag",\n)\nprint(result)'
    )
    assert snippets["javascript"] == (
        f'import {{ Client, handle_file }} from "@gradio/client";\n\nconst response_0 = await fetch("{bus}");\n'
        "const exampleImage = await response_0.blob();\n\n"
        f'const client = await Client.connect("{url}");\nconst result = await client.predict("/tag", {{\n'
        '\t\tphoto: handle_file(exampleImage),\n\t\tcaption: "a cat",\n\t\tflip: false,\n\t\tmode: "fast",\n'
        "\t\textra: null,\n});\n\nconsole.log(result.data);"
    )
    assert snippets["bash"] == (
        f"FILE_PATH=$(curl -s -X POST {url}/gradio_api/upload -F 'files=@/path/to/your/file' | tr -d '[]\" ')\n\n"
        f'curl -X POST {url}/gradio_api/call/v2/tag -s -H "Content-Type: application/json" \\\n'
        "  -d '{\"photo\": {\"path\": \"'$FILE_PATH'\", \"meta\": {\"_type\": \"gradio.FileData\"}}, "
        "\"caption\": \"a cat\", \"flip\": false, \"mode\": \"fast\", \"extra\": null}' \\\n"
        "  | awk -F'\"' '{ print $4}' \\\n"
        f"  | read EVENT_ID; curl -N {url}/gradio_api/call/tag/$EVENT_ID"
    )
    assert snippets["cli"] == (
        f"{{command}} predict {url} /tag '{{\n  \"photo\": {{\n    \"path\": \"{bus}\",\n    \"meta\": {{\n"
        '      "_type": "gradio.FileData"\n    }\n  },\n  "caption": "a cat",\n  "flip": true,\n  "mode": "fast",\n'
        '  "extra": {\n    "foo": "bar"\n  }\n}\'\n'
    )
    # /call/v2 (what the bash snippet posts to) takes the parameters by name, defaults filled in
    posted = httpx.post(f"{url}/gradio_api/call/v2/tag", json={"photo": None, "flip": True}, timeout=TIMEOUT)
    assert posted.status_code == 200
    answer = httpx.get(f"{url}/gradio_api/call/tag/{posted.json()['event_id']}", timeout=TIMEOUT)
    assert answer.text == 'event: complete\ndata: ["a cat:True:fast:None"]\n\n'
    missing = httpx.post(f"{url}/gradio_api/call/v2/tag", json={"caption": "x"}, timeout=TIMEOUT)
    assert missing.status_code == 400 and "'photo'" in missing.text
    unknown = httpx.post(f"{url}/gradio_api/call/v2/tag", json={"photo": None, "nope": 1}, timeout=TIMEOUT)
    assert unknown.status_code == 400 and "'nope'" in unknown.text


def test_code_snippets_call_the_url_a_trusted_proxy_was_asked_for(served):
    with gr.Blocks() as demo:
        box = gr.Textbox()
        box.submit(lambda s: s, box, box, api_name="echo")
    launch(served, demo, root_path="/user/me/proxy/7860")
    direct = info_of(demo)["/echo"]["code_snippets"]["python"]
    assert f'Client("{demo.local_url.rstrip("/")}/user/me/proxy/7860")' in direct
    # with root_path, a proxy on this machine is trusted (as uvicorn's forwarded_allow_ips)
    proxied = httpx.get(demo.local_url + "gradio_api/info", timeout=TIMEOUT,
                        headers={"X-Forwarded-Host": "hub.example", "X-Forwarded-Proto": "https"}).json()
    snippets = proxied["named_endpoints"]["/echo"]["code_snippets"]
    assert 'Client("https://hub.example/user/me/proxy/7860")' in snippets["python"]
    assert "curl -N https://hub.example/user/me/proxy/7860/gradio_api/call/echo/$EVENT_ID" in snippets["bash"]


def test_component_ids_count_as_gradios(served):
    """Labels read from gradio 6.31's /info for the same app, as ids relative to the app's:
    Gradio gives the Form it wraps around each run of form components (not in a compact
    Row or Column, a container-less one left out, State running on) an id when the layout
    closes; nbblocks draws no Form but counts the same."""
    gr.Textbox(render=False)  # a block made before the app
    with gr.Blocks() as demo:
        with gr.Row():
            with gr.Column():
                a = gr.Textbox()
                s = gr.State()
                n = gr.Number()
                gr.Markdown("between")
                c = gr.Checkbox()
            with gr.Column(variant="compact"):
                o = gr.Textbox()
                sl = gr.Slider()
        with gr.Accordion("acc"):
            m = gr.Markdown("hi")
            e = gr.Textbox(container=False)
            d = gr.Dropdown(["p", "q"])
        gr.Button("go").click(lambda a, s, n, c: a, [a, s, n, c], o, api_name="one")
        e.change(lambda x, y, z: x, [e, d, sl], [m, o], api_name="two")
        g = gr.Textbox()
        g.submit(lambda x: x, g, g, api_name="three")
    launch(served, demo)

    def relative(label: str) -> int:
        return int(label.rsplit("_", 1)[1]) - demo._id

    assert {name: ([relative(p["label"]) for p in ep["parameters"]], [relative(r["label"]) for r in ep["returns"]])
            for name, ep in info_of(demo).items()} == {
        "/one": ([3, 5, 7], [11]), "/two": ([15, 16, 12], [14, 11]), "/three": ([19], [19])}


def test_the_first_app_of_a_process_has_gradios_ids():
    """As gradio 6.31 numbers the brief echo app in a new process: the app is 0."""
    script = (
        "import nbblocks as gr\n"
        "from nbblocks.server.api_info import build_info\n"
        "with gr.Blocks() as demo:\n"
        "    a = gr.Textbox(); b = gr.Textbox(); btn = gr.Button()\n"
        "    btn.click(lambda t: t, a, b, api_name='echo')\n"
        "ep = build_info(demo)['named_endpoints']['/echo']\n"
        "print(demo._id, ep['parameters'][0]['label'], ep['returns'][0]['label'], btn._id)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.split() == ["0", "parameter_1", "value_2", "3"]
