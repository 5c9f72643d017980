"""Import time: ``import nbblocks`` against ``import anywidget`` (and ``import gradio``).

Every run is a fresh interpreter (``python -c "..."``), the cases interleaved. Two
measures, both medians: the statement timed inside the interpreter (``perf_counter``
around it; the ratios use this one, as it is free of process start-up noise), and the
wall time of the whole interpreter minus that of a bare start (``python -c "pass"``) of
the same interpreter, which also counts interpreter shutdown.
"""

from __future__ import annotations

import json
import subprocess
import time

from _common import Settings, find_gradio_python, median, ms, print_ratio, print_table, ratio, subprocess_env

APP = """
import nbblocks as gr
with gr.Blocks() as demo:
    name = gr.Textbox(label="In")
    out = gr.Textbox(label="Out")
    btn = gr.Button("Echo")
    btn.click(lambda s: s, name, out)
"""

#: Packages ``import nbblocks`` must not load (they load when first used).
MUST_NOT_LOAD = ("numpy", "PIL", "pydantic", "ipywidgets", "anywidget", "pandas", "matplotlib", "plotly", "altair", "bokeh")
#: Reported when loaded, for information.
ALSO_WATCHED = ("traitlets", "comm", "IPython", "starlette", "fastapi", "gradio")

_LOADED = """
import sys, json
watched = {watched!r}
print(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set(watched))))
"""


_TIMED = """import time as _time, sys as _sys
_start = _time.perf_counter()
{code}
_sys.stdout.write("%r\\n" % (_time.perf_counter() - _start))
"""


def _time(python: str, code: str) -> tuple[float, float]:
    """(wall time of the whole interpreter, time of ``code`` measured inside it)."""
    start = time.perf_counter()
    proc = subprocess.run([python, "-c", _TIMED.format(code=code)], env=subprocess_env(), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["exit status %d" % proc.returncode])[-1]
        raise RuntimeError(f"{python} -c {code.strip()[:40]!r}... failed: {last}")
    return elapsed, float(proc.stdout.strip().splitlines()[-1])


def _loaded(python: str, code: str) -> list[str]:
    probe = code + _LOADED.format(watched=[*MUST_NOT_LOAD, *ALSO_WATCHED])
    out = subprocess.run([python, "-c", probe], env=subprocess_env(), capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(settings: Settings) -> None:
    import sys

    python = sys.executable
    runs = 1 if settings.quick else 7
    cases: list[tuple[str, str, str]] = [
        ("bare interpreter start", python, "pass"),
        ("import anywidget", python, "import anywidget"),
        ("import nbblocks", python, "import nbblocks"),
        ("import nbblocks + 3-component app", python, APP),
        ("  ... + its widget models (display)", python, APP + "demo.view()\n"),
    ]
    gradio_python, gradio_note = find_gradio_python(settings)
    if gradio_python is not None:
        if gradio_python != python:
            cases.append(("bare start (gradio's interpreter)", gradio_python, "pass"))
        cases.append(("import gradio", gradio_python, "import gradio"))

    print(f"[import] a fresh interpreter per run, {runs} run(s) each, interleaved, medians;"
          " in-process: the statement timed inside it (used for ratios); net: wall - bare start")
    walls: dict[str, list[float]] = {label: [] for label, _, _ in cases}
    inner: dict[str, list[float]] = {label: [] for label, _, _ in cases}
    failed: dict[str, str] = {}
    if not settings.quick:  # first runs write bytecode caches
        for label, py, code in cases:
            try:
                _time(py, code)
            except RuntimeError as exc:
                failed[label] = str(exc)
    for i in range(runs):
        order = cases[i % len(cases):] + cases[: i % len(cases)]
        for label, py, code in order:
            if label in failed:
                continue
            try:
                wall, took = _time(py, code)
            except RuntimeError as exc:
                failed[label] = str(exc)
                continue
            walls[label].append(wall)
            inner[label].append(took)

    def bare_of(py: str) -> float:
        return median(walls["bare interpreter start" if py == python else "bare start (gradio's interpreter)"])

    cost: dict[str, float] = {}
    rows = []
    for label, py, _ in cases:
        if label in failed:
            rows.append([label, "failed", "", "", ""])
            continue
        wall = median(walls[label])
        if label.startswith("bare"):
            rows.append([label, "-", "-", ms(wall), ""])
            continue
        cost[label] = median(inner[label])
        rows.append([label, ms(cost[label]), ms(max(0.0, wall - bare_of(py))), ms(wall), ""])
    base = cost.get("import anywidget")
    for row in rows:
        if row[0] in cost and base:
            row[4] = ratio(cost[row[0]], base)
    print_table(["case", "in-process ms", "net ms", "wall ms", "vs anywidget"], rows)
    for label, message in failed.items():
        print(f"  note: {label}: {message}")
    if gradio_python is None:
        print(f"  note: import gradio skipped: {gradio_note}")
    elif gradio_python != python:
        print(f"  note: gradio imported by {gradio_note}")

    loaded = _loaded(python, "import nbblocks\n")
    bad = [m for m in loaded if m in MUST_NOT_LOAD]
    print(f"  loaded by `import nbblocks`: {', '.join(loaded) or 'none of the watched packages'}"
          f" -> {'UNEXPECTED: ' + ', '.join(bad) if bad else 'ok'} (must not load {', '.join(MUST_NOT_LOAD)})")
    print(f"  loaded by building the app: {', '.join(_loaded(python, APP)) or 'none of the watched packages'}")

    settings.results["import"] = cost
    for label in ("import nbblocks", "import nbblocks + 3-component app"):
        if label in cost and base:
            print_ratio("import", f"{label[7:]} / anywidget = {ratio(cost[label], base)}  ({ms(cost[label])} ms / {ms(base)} ms)")
    if "import gradio" in cost and "import nbblocks" in cost:
        g = cost["import gradio"]
        print_ratio("import", f"nbblocks / gradio = {ratio(cost['import nbblocks'], g)}  ({ms(cost['import nbblocks'])} ms / {ms(g)} ms)")
