"""Bytes of front-end code a displayed app sends, and the widget state a saved notebook keeps.

An app is displayed (``demo._repr_mimebundle_()``, what a notebook cell does) over comms
that record every message as ipykernel would send it (``_common.recording_comms``). A
page then loads the runtime and the views it needs, once per page, in one of two ways
(``docs/frontend.md``):

* **served** (JupyterLab or Notebook 7 with nbblocks' Jupyter server extension, the
  default where nbblocks is installed): the runtime and the built-in views are files the
  page fetches over HTTP from the server, once per browser (then cached); only a custom
  component's view would be asked of the kernel. Their bytes are counted as ``static``,
  not as comm bytes;
* **comm only** (VS Code, Colab, a server without the extension or with another nbblocks):
  the page asks the page runtime model for the runtime and each view
  (``{"type": "view_request"}``, ``docs/protocol.md``), and the replies are comm bytes.

Figures per app:

* ``code``: front-end source text that reached the page over the comm: the ``_esm``/``_css``
  and view source traits of every model, plus the sources sent on request;
* ``comm``: every byte of every comm message (``comm_open`` with the state, updates,
  replies), serialised and signed as ipykernel does;
* ``static``: the files fetched from the Jupyter server (served only), as stored;
* ``saved state``: the notebook's widget state (``application/vnd.jupyter.widget-state+json``
  as JupyterLab saves it) for these models.

Apps: the quickstart app of README.md and a 40-component app. Baseline: the same number
of bare ``anywidget`` models with a one-line ``_esm`` and a ``value``; the ratios are
nbblocks / bare. Bytes are counted, not timed: one run is exact.

The goal is on the comm bytes when served: what the kernel sends to show the app.

Then the kernel time of the first display: the app already built (a cell's ``with
gr.Blocks()`` is not counted), ``_repr_mimebundle_()`` with its models' ``comm_open`` s
and the replies to the page's requests (served: none for built-in views), in a kernel that shows its first app; the
bare side creates its models (each one's ``comm_open``) and their mimebundles. Medians of
interleaved rounds.
"""

from __future__ import annotations

import json
from typing import Any

import time

from _common import median, print_goal, print_ratio, print_table, ratio

BARE_ESM = "export default { render({ model, el }) { el.textContent = String(model.get('value')); } };"


def quickstart_app() -> Any:
    """The app of README.md."""
    import nbblocks as gr

    def greet(name: str, intensity: float) -> str:
        return "Hello, " + name + "!" * int(intensity)

    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        intensity = gr.Slider(1, 5, value=2, step=1, label="Intensity")
        greeting = gr.Textbox(label="Greeting")
        button = gr.Button("Greet")
        button.click(greet, [name, intensity], greeting)
    return demo


def forty_component_app() -> Any:
    """Forty components of fourteen kinds in rows, columns and tabs, as a form-like app."""
    import nbblocks as gr

    with gr.Blocks() as demo:
        gr.Markdown("# Forty components")
        with gr.Tabs():
            with gr.Tab("Inputs"):
                with gr.Row():
                    texts = [gr.Textbox(label=f"Text {i}") for i in range(6)]
                with gr.Row():
                    numbers = [gr.Number(label=f"Number {i}") for i in range(4)]
                with gr.Row():
                    sliders = [gr.Slider(0, 10, label=f"Slider {i}") for i in range(4)]
                with gr.Row():
                    for i in range(3):
                        gr.Checkbox(label=f"Check {i}")
                    gr.CheckboxGroup(["a", "b", "c"], label="Group 0")
                    gr.CheckboxGroup(["x", "y"], label="Group 1")
                with gr.Row():
                    for i in range(3):
                        gr.Dropdown(["one", "two", "three"], label=f"Choice {i}")
                    gr.Radio(["left", "right"], label="Side 0")
                    gr.Radio(["up", "down"], label="Side 1")
            with gr.Tab("Outputs"):
                with gr.Column():
                    out = gr.Textbox(label="Result")
                    summary = gr.Textbox(label="Summary")
                    gr.Markdown("Results appear *here*.")
                    gr.HTML("<b>html</b>")
                    gr.JSON({"a": 1})
                    gr.Label({"cat": 0.7, "dog": 0.3})
                    gr.Image(label="Picture 0")
                    gr.Image(label="Picture 1")
                    gr.File(label="Attachment")
        with gr.Row():
            buttons = [gr.Button(f"Run {i}") for i in range(6)]
        buttons[0].click(lambda *xs: " ".join(map(str, xs)), [*texts, *numbers, *sliders], out)
        buttons[1].click(lambda s: s.upper(), out, summary)
    return demo


def _widget(model_id: str) -> Any:
    from ipywidgets.widgets.widget import _instances

    return _instances[model_id]


class _Recorder:
    """Every message the comms publish, with their sizes."""

    def __init__(self) -> None:
        self.opened: dict[str, dict[str, Any]] = {}  # comm id -> state at comm_open
        self.replies: list[tuple[dict[str, Any], list[bytes]]] = []
        self.bytes = 0

    def published(self, comm: Any, frames: list[bytes], msg_type: str, data: Any, buffers: Any) -> None:
        self.bytes += sum(len(f) for f in frames)
        if msg_type == "comm_open" and isinstance(data, dict):
            self.opened[comm.comm_id] = data.get("state", {})
        elif msg_type == "comm_msg" and isinstance(data, dict) and data.get("method") == "custom":
            self.replies.append((data.get("content") or {}, [bytes(b) for b in buffers or []]))


def _code_bytes(state: dict[str, Any]) -> int:
    return sum(len(str(state.get(key) or "").encode()) for key in ("_esm", "_css", "view_src", "view_css"))


def _served_files() -> dict[str, int]:
    """``{file under nbblocks/static: bytes}`` of the build the Jupyter server extension
    serves (empty for a version of nbblocks without one)."""
    try:
        from nbblocks._static_build import MANIFEST, STATIC, manifest_files
    except ImportError:
        return {}
    path = STATIC / MANIFEST
    if not path.is_file():
        return {}
    return {name: (STATIC / name).stat().st_size for name in manifest_files(path.read_bytes())}


def _static_file(view_id: str) -> str:
    """The file a page fetches from the server for an id (as js/runtime/boot.js names it)."""
    if view_id == "runtime":
        return "runtime.js"
    if view_id.startswith("library-"):
        return f"libs/{view_id.removeprefix('library-')}.js"
    return f"views/{view_id}.js"


def _request_views(recorder: _Recorder, *, served: bool) -> int:
    """What a page does after the display: load the runtime and every view its blocks name,
    once per runtime model: from the Jupyter server (``served``: built-in files, whose
    bytes are returned) or by asking the runtime model over the comm. Models that carry
    their view themselves (older versions) need nothing."""
    from _common import inject

    files = _served_files() if served else {}
    wanted: dict[str, set[str]] = {}
    for state in list(recorder.opened.values()):
        ref, view_id = state.get("runtime"), state.get("view_id")
        if isinstance(ref, str) and isinstance(view_id, str) and view_id:
            wanted.setdefault(ref.removeprefix("anywidget:"), set()).add(view_id)
    fetched = 0
    for model_id, ids in wanted.items():
        runtime = _widget(model_id)
        if "static_id" in runtime.keys:  # the loader brings the runtime in
            ids = {"runtime", *ids}
        for view_id in sorted(ids):
            if _static_file(view_id) in files and runtime.static_id:
                fetched += files[_static_file(view_id)]
            else:
                inject(runtime, {"method": "custom", "content": {"type": "view_request", "id": view_id}})
    return fetched


def _saved_state(states: dict[str, dict[str, Any]]) -> int:
    """The widget-state+json JupyterLab writes into the notebook for these models
    (binary buffers as base64, as it stores them)."""
    import base64

    from ipywidgets.widgets.widget import _remove_buffers

    models = {}
    for model_id, full in states.items():
        state, paths, buffers = _remove_buffers(full)
        entry: dict[str, Any] = {
            "model_name": state.get("_model_name"),
            "model_module": state.get("_model_module"),
            "model_module_version": state.get("_model_module_version"),
            "state": state,
        }
        if buffers:
            entry["buffers"] = [{"encoding": "base64", "path": path, "data": base64.b64encode(bytes(buf)).decode()}
                                for path, buf in zip(paths, buffers)]
        models[model_id] = entry
    return len(json.dumps({"version_major": 2, "version_minor": 0, "state": models}, indent=2).encode())


def measure(build: Any, *, again: bool = False, served: bool = True) -> dict[str, int]:
    """Display what ``build()`` returns and count; the app is closed afterwards. With
    ``again``, as a cell run a second time in the same kernel and page: the page has the
    runtime and the views already. ``served``: the page loads the front end from the
    Jupyter server, else over the comm."""
    from _common import recording_comms

    recorder = _Recorder()
    static = 0
    with recording_comms(tap=recorder.published):
        if not again:
            _fresh_kernel()
        app = build()
        try:
            if hasattr(app, "_repr_mimebundle_"):
                app._repr_mimebundle_()
            if not again:
                static = _request_views(recorder, served=served)
            code = sum(_code_bytes(s) for s in recorder.opened.values())
            code += sum(len(b) for content, buffers in recorder.replies
                        if content.get("type") == "view" for b in buffers)
            code += sum(len(str(content.get("css") or "").encode()) for content, _ in recorder.replies
                        if content.get("type") == "view")
            live = _live_ids()
            states = {cid: (_widget(cid).get_state() if cid in live else state) for cid, state in recorder.opened.items()}
            models = getattr(app, "count", None) or sum(1 for s in recorder.opened.values() if "view" in s)
            return {"models": models, "code": code, "comm": recorder.bytes, "static": static, "saved": _saved_state(states)}
        finally:
            close = getattr(app, "close", None)
            if callable(close):
                close()


def _fresh_kernel() -> None:
    """Measure each app as the first one a kernel shows: its page runtime model is made
    (and its views asked for) afresh."""
    try:
        from nbblocks.widgets import runtime_model
    except ImportError:  # a version of nbblocks without a page runtime model
        return
    if runtime_model._current is not None:
        runtime_model._current.close()


def _live_ids() -> set[str]:
    from ipywidgets.widgets.widget import _instances

    return set(_instances)


def bare_models(count: int) -> Any:
    """``count`` bare anywidget models: a one-line ``_esm`` and a value each."""
    import anywidget
    import traitlets

    class Bare(anywidget.AnyWidget):
        _esm = traitlets.Unicode(BARE_ESM).tag(sync=True)
        value = traitlets.Any("").tag(sync=True)

    class Group:
        def __init__(self) -> None:
            self.widgets = [Bare(value=f"value {i}") for i in range(count)]
            self.count = count

        def close(self) -> None:
            for w in self.widgets:
                w.close()

    return Group()


def display_seconds(build: Any, bare_count: int | None) -> float:
    """Kernel time of one first display (see the module's docstring)."""
    from _common import recording_comms

    recorder = _Recorder()
    with recording_comms(tap=recorder.published):
        _fresh_kernel()
        if bare_count is not None:
            start = time.perf_counter()
            group = bare_models(bare_count)
            for w in group.widgets:
                w._repr_mimebundle_()
            elapsed = time.perf_counter() - start
            group.close()
            return elapsed
        app = build()
        try:
            start = time.perf_counter()
            app._repr_mimebundle_()
            _request_views(recorder, served=True)
            return time.perf_counter() - start
        finally:
            app.close()


def _kb(n: int) -> str:
    return f"{n / 1024:,.1f}"


def run(settings: Any) -> None:
    print("[frontend] bytes a displayed app sends to the page, and its saved widget state (KiB);"
          " bare = as many anywidget models with a one-line _esm; served = the front end from the"
          " Jupyter server extension (static: fetched over HTTP once per browser), comm only = from the kernel")
    rows = []
    results: dict[str, dict[str, int]] = {}
    for label, build in (("quickstart app", quickstart_app), ("40-component app", forty_component_app)):
        ours = measure(build)
        comm_only = measure(build, served=False)
        bare = measure(lambda n=ours["models"]: bare_models(n))  # as many as the app has blocks
        results[label] = ours
        results[label + " comm only"] = comm_only
        results[label + " bare"] = bare
        rows.append([f"{label} ({ours['models']} models), served", _kb(ours["code"]), _kb(ours["comm"]), _kb(ours["static"]),
                     _kb(ours["saved"]), f"{ratio(ours['comm'], bare['comm'])} / {ratio(ours['saved'], bare['saved'])}"])
        rows.append(["  the same, comm only", _kb(comm_only["code"]), _kb(comm_only["comm"]), "",
                     "", ratio(comm_only["comm"], bare["comm"])])
        rows.append([f"  bare anywidget x{bare['models']}", _kb(bare["code"]), _kb(bare["comm"]), "", _kb(bare["saved"]), ""])
    measure(forty_component_app)
    again = measure(forty_component_app, again=True)
    results["40-component app again"] = again
    rows.append(["40-component app, its cell run again", _kb(again["code"]), _kb(again["comm"]), "", "",
                 ratio(again["comm"], results["40-component app bare"]["comm"])])
    print_table(["case", "code KiB", "comm KiB", "static KiB", "saved state KiB", "vs bare (comm / saved)"], rows)
    settings.results["frontend"] = results
    _display_times(settings, results)
    for label in ("quickstart app", "40-component app"):
        ours, comm_only, bare = results[label], results[label + " comm only"], results[label + " bare"]
        print_ratio("frontend", f"{label} code bytes / bare anywidget = {ratio(ours['code'], bare['code'])}"
                                f"  ({_kb(ours['code'])} KiB / {_kb(bare['code'])} KiB)")
        print_ratio("frontend", f"{label} comm bytes / bare anywidget = {ratio(ours['comm'], bare['comm'])}"
                                f"  ({_kb(ours['comm'])} KiB / {_kb(bare['comm'])} KiB; static {_kb(ours['static'])} KiB once per browser)")
        print_ratio("frontend", f"{label} comm bytes, comm only / bare anywidget = {ratio(comm_only['comm'], bare['comm'])}"
                                f"  ({_kb(comm_only['comm'])} KiB / {_kb(bare['comm'])} KiB)")
        print_ratio("frontend", f"{label} saved state / bare anywidget = {ratio(ours['saved'], bare['saved'])}"
                                f"  ({_kb(ours['saved'])} KiB / {_kb(bare['saved'])} KiB)")


def _display_times(settings: Any, results: dict[str, dict[str, int]]) -> None:
    rounds = 2 if settings.quick else 9
    print(f"[first display] kernel time to display each app vs as many bare anywidget models; {rounds} interleaved rounds, medians")
    rows = []
    for label, build in (("quickstart app", quickstart_app), ("40-component app", forty_component_app)):
        count = results[label]["models"]
        ours, bare = [], []
        display_seconds(build, None)  # warm: imports, the views' sources read once per process
        display_seconds(build, count)
        for _ in range(rounds):
            ours.append(display_seconds(build, None))
            bare.append(display_seconds(build, count))
        o, b = median(ours), median(bare)
        rows.append([f"{label} ({count} models)", f"{o * 1e3:,.2f}", f"{b * 1e3:,.2f}", ratio(o, b)])
        comm = results[label]["comm"] / results[label + " bare"]["comm"]
        print_ratio("first-display", f"{label} kernel time / bare anywidget = {ratio(o, b)}  ({o * 1e3:,.2f} ms / {b * 1e3:,.2f} ms)")
        print_goal(settings, f"first display of the {label}, kernel time vs bare anywidget", o / b, "<=", 1.5)
        print_goal(settings, f"first display of the {label}, comm bytes (front end served) vs bare anywidget", comm, "<=", 1.5)
    print_table(["app", "nbblocks ms", "bare anywidget ms", "ratio"], rows)
