"""Time until an app is interactive in JupyterLab in Chromium, against bare anywidget models
(``python bench/lab_tti.py``; ``bench/run.py --only lab``).

A real JupyterLab (this interpreter's environment, 127.0.0.1, a free port, a token, a
scratch root) and Debian's Chromium through Playwright. Four notebooks: the quickstart app
of README.md and the 40-component app (both built by ``frontend_bytes``), and for each one
a baseline of as many bare ``anywidget.AnyWidget`` models as the app has views, shown in
one ``ipywidgets.VBox`` (one output holding every view, as the app is one output holding
its blocks).

Per load: a fresh page opens the notebook (kernel started), runs an untimed first cell
(imports), then runs the measured cell (build and show). Timed in the page, from the
moment the execute request leaves for the kernel (JupyterLab's ``anyMessage`` signal):

* ``first view``: the first of the app's views is in the DOM (shown in the table only);
* ``drawn``: every view of the app is in the DOM and its button is enabled;
* ``interactive``: then a click on the button has come back from the kernel as the
  output's new value in the DOM (the first event round trip through the real kernel).

Each notebook gets its own browser context: its first load is the cold one (empty HTTP
cache), reported alone; the next loads reuse the cache as a second notebook open would and
their medians give the ratios. Loads of the four notebooks are interleaved, so both sides
see the same machine load. The kernel of each load is shut down before the next.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

#: Loads after the cold one, per notebook (full mode).
WARM_LOADS = 3
#: ``--trace``: print each load's timeline (kernel messages, the runtime's performance
#: marks, every file the page fetched), in ms from the execute request.
TRACE = False
#: A bound that catches a hang: a load on a busy machine takes seconds.
LOAD_TIMEOUT_MS = 120_000
#: Seconds between the imports cell and the measured cell, as a person reading the first
#: cell's output leaves: the same for both sides. nbblocks imports its display stack in
#: the kernel's idle time after ``import nbblocks`` (``nbblocks._warm_up_in_kernel``);
#: ``--gap 0`` runs the cells back to back, as "run all" does.
IDLE_BETWEEN_CELLS = 1.0

# The bare baseline: a value shown in an <input>; the model with ``kind == "button"`` draws a
# button instead, whose click goes to the kernel (``model.send``), which sets the target
# model's value; the target's view shows it. Same shape as an app's click: page -> kernel ->
# another model's state -> DOM.
BARE_ESM = """
export default {
  render({ model, el }) {
    if (model.get("kind") === "button") {
      const button = document.createElement("button");
      button.textContent = "Go";
      button.dataset.bare = "button";
      button.addEventListener("click", () => model.send({ type: "click" }));
      el.append(button);
      return;
    }
    const input = document.createElement("input");
    input.dataset.bare = model.get("kind");
    input.value = model.get("value");
    input.addEventListener("change", () => { model.set("value", input.value); model.save_changes(); });
    model.on("change:value", () => { input.value = model.get("value"); });
    el.append(input);
  },
};
"""


def bare_app(count: int) -> Any:
    """``count`` bare anywidget models in one VBox: one button, one output, the rest inputs.
    Runs in the benchmark's kernel."""
    import anywidget
    import ipywidgets
    import traitlets

    class Bare(anywidget.AnyWidget):
        _esm = traitlets.Unicode(BARE_ESM).tag(sync=True)
        value = traitlets.Unicode("").tag(sync=True)
        kind = traitlets.Unicode("input").tag(sync=True)

    models = [Bare(value=f"value {i}") for i in range(count - 2)]
    output = Bare(kind="output")
    button = Bare(kind="button")
    clicks = [0]

    def clicked(_widget: Any, content: Any, _buffers: Any) -> None:
        if isinstance(content, dict) and content.get("type") == "click":
            clicks[0] += 1
            output.value = f"clicked {clicks[0]}"

    button.on_msg(clicked)
    return ipywidgets.VBox([*models, output, button])


@dataclass(frozen=True)
class Case:
    """One notebook: its cells, and how the page finds its views, button and output."""

    name: str
    setup: str
    cell: str
    views: str  # a selector matching every view of the app once drawn
    count: int  # how many
    button: str  # a selector of the button to click
    output: str  # a selector of the <input>/<textarea> whose value the click changes


def _nbblocks_case(name: str, builder: str, count: int, button_text: str, output_label: str) -> Case:
    view = "[data-nbblocks-view]"
    return Case(
        name=name,
        setup=f"import sys\nsys.path.insert(0, {str(HERE)!r})\nimport nbblocks as gr\nfrom frontend_bytes import {builder}",
        cell=f"demo = {builder}()\ndemo",
        views=view,
        count=count,
        button=f'[data-nbblocks-view="button"] [data-nbblocks-part="button"]::text={button_text}',
        output=f'[data-nbblocks-view="textbox"]:has(> [data-nbblocks-part="header"] > [data-nbblocks-part="label"]::text={output_label})'
               ' [data-nbblocks-part="input"]',
    )


def _bare_case(count: int) -> Case:
    return Case(
        name=f"bare anywidget x{count}",
        setup=f"import sys\nsys.path.insert(0, {str(HERE)!r})\nimport anywidget, ipywidgets, traitlets\nfrom lab_tti import bare_app",
        cell=f"group = bare_app({count})\ngroup",
        views="[data-bare]",
        count=count,
        button='[data-bare="button"]',
        output='[data-bare="output"]',
    )


# The measured cell, timed in the page. Selectors may end in `::text=<text>` (an element
# whose trimmed text is <text>); `:has(...::text=...)` is resolved the same way, one level.
_MEASURE = """
const pick = (root, selector) => {
  const has = selector.match(/^(.*?):has\\(> (.*?)::text=(.*?)\\)(.*)$/);
  if (has) {
    const [, outer, inner, text, rest] = has;
    for (const el of root.querySelectorAll(outer)) {
      const hit = [...el.querySelectorAll(':scope > ' + inner)].some((n) => n.textContent.trim() === text);
      if (hit) return rest.trim() ? el.querySelector(rest.trim()) : el;
    }
    return null;
  }
  const plain = selector.match(/^(.*?)::text=(.*)$/);
  if (plain) return [...root.querySelectorAll(plain[1])].find((n) => n.textContent.trim() === plain[2]) || null;
  return root.querySelector(selector);
};
return async ({path, text, views, count, button, output, timeout}) => {
  const app = window.jupyterapp;
  const panel = findPanel(path);
  const index = panel.content.widgets.findIndex((c) => c.model.sharedModel.getSource().includes(text));
  if (index < 0) throw new Error(`no cell contains ${text}`);
  const cell = panel.content.widgets[index];
  const kernel = panel.sessionContext.session.kernel;
  let t0 = null;
  const trace = [];
  const onMessage = (_, {direction, msg}) => {
    if (t0 === null && direction === 'send' && msg.header.msg_type === 'execute_request') t0 = performance.now();
    if (t0 === null) return;
    const c = msg.content || {};
    const what = c.data && c.data.method ? `${c.data.method}${c.data.state && c.data.state._view_name ? ' ' + c.data.state._view_name : ''}`
      : (c.data && c.data.content && c.data.content.type) || c.execution_state || (c.data && Object.keys(c.data).join(',')) || '';
    trace.push([performance.now(), `${direction} ${msg.channel || ''} ${msg.header.msg_type} ${what}`]);
  };
  kernel.anyMessage.connect(onMessage);
  const deadline = performance.now() + timeout;
  const expired = (what) => {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}: ` +
      `${cell.node.querySelectorAll(views).length} of ${count} views, button ${!!pick(cell.node, button)}, ` +
      `output ${!!pick(cell.node, output)}`);
  };
  app.shell.activateById(panel.id);
  panel.content.activeCellIndex = index;
  const before = performance.now();
  app.commands.execute('notebook:run-cell');
  try {
    // Drawn: checked after every batch of DOM mutations in the cell, and every frame.
    let found = null, first = null;
    const isDrawn = () => {
      const shown = cell.node.querySelectorAll(views).length;
      if (shown > 0 && first === null) first = performance.now();
      if (shown < count) return false;
      const b = pick(cell.node, button), o = pick(cell.node, output);
      if (!b || !o || b.disabled) return false;
      found = {b, o};
      return true;
    };
    await new Promise((resolve, reject) => {
      let done = false;
      const finish = (error) => { if (done) return; done = true; observer.disconnect(); error ? reject(error) : resolve(); };
      const check = () => { try { if (isDrawn()) finish(); else expired('the views'); } catch (e) { finish(e); } };
      const observer = new MutationObserver(check);
      observer.observe(cell.node, {childList: true, subtree: true, attributes: true});
      const frame = () => { if (!done) { check(); requestAnimationFrame(frame); } };
      frame();
    });
    const drawn = performance.now();
    // Interactive: the output's value read on every turn of the event loop after the click.
    const {b, o} = found;
    const old = o.value;
    b.click();
    await new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        if (o.value !== old) { resolve(); return; }
        try { expired('the click to come back'); } catch (e) { reject(e); return; }
        channel.port2.postMessage(0);
      };
      channel.port2.postMessage(0);
    });
    const interactive = performance.now();
    const start = t0 === null ? before : t0;
    const entries = performance.getEntries()
      .filter((e) => (e.entryType === 'mark' || e.entryType === 'measure') ? e.name.startsWith('nbb') : e.entryType === 'resource')
      .filter((e) => e.startTime + (e.duration || 0) >= start)
      .map((e) => [e.startTime, `${e.entryType} ${e.name.replace(/^.*nbblocks[/]static[/][0-9a-f]+[/]/, '')}` +
        (e.duration ? ` (${e.duration.toFixed(1)} ms)` : '')]);
    const timeline = [...trace, ...entries, [first, 'FIRST VIEW'], [drawn, 'DRAWN'], [interactive, 'INTERACTIVE']]
      .sort((a, b) => a[0] - b[0]).map(([t, what]) => `${(t - start).toFixed(1).padStart(8)}  ${what}`);
    return {first: first - start, drawn: drawn - start, interactive: interactive - start,
            fromRequest: t0 !== null, value: o.value, timeline};
  } finally {
    kernel.anyMessage.disconnect(onMessage);
  }
};
"""


@dataclass
class Timings:
    cold: dict[str, float] = field(default_factory=dict)
    warm: list[dict[str, float]] = field(default_factory=list)


def _harness() -> Any:
    """tests/browser/lab_harness.py and tests/support/chromium.py: the browser tests'
    JupyterLab and Chromium, shared rather than written twice."""
    tests = HERE.parent / "tests"
    for path in (tests / "browser", tests):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    import lab_harness
    from support import chromium

    return lab_harness, chromium


def missing() -> str | None:
    """Why this benchmark cannot run here, or None."""
    for module, hint in (("playwright", "playwright"), ("jupyterlab", "jupyterlab (the lab extra)")):
        if importlib.util.find_spec(module) is None:
            return f"{hint} is not installed"
    try:
        _, chromium = _harness()
    except ImportError as exc:  # the test extra (pytest) is not installed
        return f"the browser-test harness cannot be imported ({exc})"
    if not chromium.CHROMIUM.is_file():
        return f"{chromium.CHROMIUM} not found"
    return None


def _stop_kernels(server: Any) -> None:
    for session in server.api("/api/sessions") or []:
        server.api(f"/api/sessions/{session['id']}", method="DELETE")


def load(lab: Any, server: Any, context: Any, case: Case, notebook: str) -> dict[str, float]:
    """One load of ``case`` in a new page of ``context``; the notebook is written afresh."""
    from pages import write_notebook  # tests/browser/pages.py

    write_notebook(server.root_dir, notebook, case.setup, case.cell)
    # The kernel starts while the page loads JupyterLab, which then joins its session.
    server.api("/api/sessions", method="POST",
               body={"path": notebook, "name": notebook, "type": "notebook", "kernel": {"name": "python3"}})
    page = context.new_page()
    try:
        lab.open_notebook(page, server, notebook)
        lab.run_cell(page, notebook, case.setup.splitlines()[-1])
        if IDLE_BETWEEN_CELLS > 0:
            time.sleep(IDLE_BETWEEN_CELLS)
        result: dict[str, Any] = page.evaluate(
            lab.page_function(lab.FIND_PANEL + _MEASURE),
            {"path": notebook, "text": case.cell, "views": case.views, "count": case.count,
             "button": case.button, "output": case.output, "timeout": LOAD_TIMEOUT_MS},
        )
        if not result["value"]:
            raise AssertionError(f"{case.name}: the click left the output empty")
        if TRACE:
            print(f"--- {case.name} ({notebook})")
            print("\n".join(result["timeline"]))
        return {key: result[key] for key in ("first", "drawn", "interactive")}
    finally:
        page.close()
        _stop_kernels(server)


def _compile_bytecode() -> None:
    """Write the bytecode of nbblocks and of the benchmark's own modules, as installing a
    package does (``anywidget`` and ``ipywidgets`` have theirs in site-packages). Where
    ``PYTHONDONTWRITEBYTECODE`` is set, every new kernel would otherwise compile nbblocks'
    sources again when the measured cell first imports them (some 400 ms here), which no
    installed nbblocks does."""
    import compileall

    import nbblocks

    for folder in (Path(nbblocks.__file__).parent, HERE):
        compileall.compile_dir(folder, quiet=1)


@contextlib.contextmanager
def _lab_and_browser() -> Iterator[tuple[Any, Any, Any]]:
    lab, chromium = _harness()
    _compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="nbblocks-lab-tti-") as tmp:
        base = Path(tmp)
        root = base / "root"
        root.mkdir()
        with lab.running_lab(base, root, log_name="bench-lab-tti-server.log") as server, chromium.launched() as browser:
            yield lab, server, browser


def measure(pairs: list[tuple[Case, Case]], warm_loads: int, report: Callable[[str], None] = print) -> dict[str, Timings]:
    """Cold load then ``warm_loads`` loads of every case, interleaved."""
    cases = [case for pair in pairs for case in pair]
    results = {case.name: Timings() for case in cases}
    with _lab_and_browser() as (lab, server, browser):
        contexts = {case.name: browser.new_context() for case in cases}
        if TRACE:  # the runtime's performance marks (js/runtime/trace.js)
            for context in contexts.values():
                context.add_init_script("globalThis.nbblocksTrace = true;")
        try:
            for round_ in range(warm_loads + 1):
                order = cases if round_ % 2 == 0 else cases[::-1]
                for case in order:
                    notebook = f"{case.name.replace(' ', '-')}-{round_}.ipynb"
                    timing = load(lab, server, contexts[case.name], case, notebook)
                    if round_ == 0:
                        results[case.name].cold = timing
                    else:
                        results[case.name].warm.append(timing)
                report(f"    load {round_} {'(cold)' if round_ == 0 else '(warm)'} done")
        finally:
            for context in contexts.values():
                context.close()
    return results


def _views(build: Callable[[], Any]) -> int:
    """How many views the page draws for the app: one per block (``Blocks.blocks``, as in
    Gradio) and the app's root. The same N as the ``frontend`` section's bare models."""
    app = build()
    try:
        return len(app.blocks) + 1
    finally:
        app.close()


def cases(quick: bool) -> list[tuple[Case, Case]]:
    """(app, bare baseline) pairs, the apps built by frontend_bytes' builders."""
    import frontend_bytes

    quickstart = _views(frontend_bytes.quickstart_app)
    pairs = [(_nbblocks_case("quickstart app", "quickstart_app", quickstart, "Greet", "Greeting"), _bare_case(quickstart))]
    if not quick:
        forty = _views(frontend_bytes.forty_component_app)
        pairs.append((_nbblocks_case("40-component app", "forty_component_app", forty, "Run 0", "Result"), _bare_case(forty)))
    return pairs


def run(settings: Any, warm_loads: int = WARM_LOADS) -> None:
    """The ``lab`` section of ``bench/run.py``."""
    from _common import median, print_goal, print_ratio, print_table, ratio

    if settings.quick:
        warm_loads = 0
    loads = "one cold load each (quick mode)" if not warm_loads else f"1 cold load + {warm_loads} warm loads each, medians of the warm ones"
    print(f"[lab] time until the app is interactive in JupyterLab in Chromium (ms from the execute request);"
          f" bare = as many anywidget models in one VBox; {loads}")
    problem = missing()
    if problem:
        print_ratio("lab-tti", f"skipped ({problem})")
        return
    started = time.perf_counter()
    pairs = cases(settings.quick)
    results = measure(pairs, warm_loads, report=lambda line: None)
    rows = []
    for app, bare in pairs:
        for case in (app, bare):
            t = results[case.name]
            keys = ("first", "drawn", "interactive")
            warm = [f"{median([w[k] for w in t.warm]):,.0f}" if t.warm else "-" for k in keys]
            rows.append([case.name, *(f"{t.cold[k]:,.0f}" for k in keys), *warm])
    print_table(["notebook", "cold: first view", "drawn", "interactive", "warm: first view", "drawn", "interactive"], rows)
    for app, bare in pairs:
        a, b = results[app.name], results[bare.name]
        which = "warm" if a.warm else "cold"
        for key in ("drawn", "interactive"):
            ours = median([w[key] for w in a.warm]) if a.warm else a.cold[key]
            base = median([w[key] for w in b.warm]) if b.warm else b.cold[key]
            name = "lab-tti" if key == "interactive" else "lab-drawn"
            print_ratio(name, f"{app.name} / {bare.name} = {ratio(ours, base)}  ({ours:,.0f} / {base:,.0f} ms, {which})")
            if key == "interactive" and not settings.quick:
                print_goal(settings, f"time to interactive in JupyterLab, {app.name} vs {bare.name}", ours / base, "<=", 1.5)
        if not a.warm:
            continue
        cold = a.cold["interactive"] / b.cold["interactive"]
        print_ratio("lab-tti-cold", f"{app.name} / {bare.name} = {cold:.2f}x"
                                    f"  ({a.cold['interactive']:,.0f} / {b.cold['interactive']:,.0f} ms, first load)")
    print(f"  ({time.perf_counter() - started:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    from _common import Settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--loads", type=int, default=WARM_LOADS, help=f"warm loads per notebook (default {WARM_LOADS})")
    parser.add_argument("--trace", action="store_true", help="print each load's timeline")
    parser.add_argument("--gap", type=float, default=None,
                        help="seconds between the imports cell and the measured cell (default 1)")
    args = parser.parse_args(argv)
    global TRACE, IDLE_BETWEEN_CELLS
    if args.gap is not None:
        IDLE_BETWEEN_CELLS = args.gap
    TRACE = args.trace
    run(Settings(quick=args.quick), warm_loads=args.loads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
