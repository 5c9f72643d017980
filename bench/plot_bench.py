"""A 1,000,000-point line plot: kernel time and bytes until the notebook can draw it,
nbblocks vs Gradio's ``LinePlot.postprocess`` of the same frame, plus the front-end
libraries plots load and when.

* ``nbblocks``: a ``gr.LinePlot`` output of an app shown through ``Frontend`` (so the
  engine, the session and the widget transport all run), over comms that serialise and
  sign every message as ipykernel does (``_common.recording_comms``). A button's function
  returns the frame; the timer runs from the click until the event has settled (the
  plot's value published). Bytes: every byte the comms published for that click (the
  value is the plot's M4 sample, ``docs/plots.md``). A zoom is timed too: the view's
  ``resample`` request for a tenth of the x range, answered at 1000 pixels.
* ``gradio``: ``gr.LinePlot(x=, y=).postprocess(frame)`` in a child interpreter that can
  import gradio, and the bytes of that value as compact JSON: what Gradio sends to the
  browser for it (every point; its page then thins them to 250 buckets). Gradio's
  transport is not timed.

Both sides build the frame from the same ``.npy`` arrays. Medians of a few rounds (one
postprocess of a million rows takes seconds in Gradio). ``--quick`` uses 100,000 points.
"""

from __future__ import annotations

import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

POINTS_FULL, ROUNDS_FULL = 1_000_000, 3
POINTS_QUICK, ROUNDS_QUICK = 100_000, 1


def make_arrays(n: int) -> tuple[Any, Any]:
    """A random walk with rare spikes: what a sensor log looks like."""
    import numpy as np

    rng = np.random.default_rng(2024)
    x = np.arange(n, dtype=float)
    y = np.cumsum(rng.normal(0, 1, n)) + np.where(rng.random(n) < 1e-4, rng.normal(0, 200, n), 0)
    return x, y


def _frame(x: Any, y: Any) -> Any:
    import pandas as pd

    return pd.DataFrame({"x": x, "y": y})


# -- the child: numpy, pandas and gradio only --------------------------------------------------


def _child(path: str, rounds: int) -> dict[str, Any]:
    import numpy as np

    import gradio as gr

    arrays = np.load(path)
    frame = _frame(arrays["x"], arrays["y"])
    plot = gr.LinePlot(x="x", y="y")
    times = []
    value = None
    for _ in range(rounds):
        start = time.perf_counter()
        value = plot.postprocess(frame)
        times.append(time.perf_counter() - start)
    assert value is not None
    body = json.dumps(value.model_dump(), separators=(",", ":")).encode()
    return {"version": gr.__version__, "times": times, "bytes": len(body), "rows": len(value.data)}


# -- the parent ---------------------------------------------------------------------------


def _nbblocks(frame: Any, rounds: int) -> dict[str, Any]:
    from _common import recording_comms

    import nbblocks as gr
    from nbblocks.testing import Frontend

    sent = [0]

    def tap(_comm: Any, frames: list[bytes], *_: Any) -> None:
        sent[0] += sum(len(f) for f in frames)

    # A new frame each round (shifted a little), as a function makes one for each event.
    shifted = [frame.assign(y=frame.y + i) for i in range(rounds)]
    queue = list(shifted)
    with recording_comms(tap):
        with gr.Blocks() as demo:
            plot = gr.LinePlot(x="x", y="y")
            button = gr.Button()
            button.click(lambda: queue.pop(0), None, plot)
        try:
            ui = Frontend(demo, timeout=600)
            times, sizes = [], []
            for _ in range(rounds):
                sent[0] = 0
                start = time.perf_counter()
                ui.click(button)
                times.append(time.perf_counter() - start)
                sizes.append(sent[0])
            shown = ui.value(plot)
            if "sampled" not in shown:
                raise AssertionError("the line plot was not sampled")
            lo, hi = float(frame.x.min()), float(frame.x.max())
            span = (hi - lo) / 10
            zooms = []
            for i in range(rounds):
                start = time.perf_counter()
                detail = ui.resample(plot, (lo + i * span, lo + (i + 1) * span), width=1000)
                zooms.append(time.perf_counter() - start)
            library = len(ui.library("vega").encode())
            view = len(ui.view_source(plot)[0].encode())
        finally:
            demo.close()
    return {"times": times, "bytes": statistics.median(sizes), "points": len(shown["data"]), "zoom": zooms,
            "zoom_points": len(detail["data"]), "library": library, "view": view}


def library_sizes() -> list[list[str]]:
    """Each front-end library plots load: its bytes, gzipped bytes, and when a page gets it."""
    from nbblocks.widgets.assets import library_source

    when = {
        "vega": "first altair chart or native plot (LinePlot, ScatterPlot, BarPlot)",
        "plotly-cartesian": "first plotly figure of cartesian traces (scatter, bar, box, heatmap, histogram, pie, ...)",
        "plotly": "first plotly figure with other traces (3D, maps, polar, ...)",
        "bokeh": "first bokeh figure (from the installed bokeh package)",
        "bokeh-widgets": "first bokeh layout with widgets",
        "bokeh-tables": "first bokeh layout with a DataTable",
        "bokeh-gl": "first bokeh figure with output_backend='webgl'",
    }
    rows = []
    for name, moment in when.items():
        try:
            source = library_source(name).encode()
        except LookupError:
            continue
        rows.append([name, f"{len(source):,}", f"{len(gzip.compress(source, 6)):,}", moment])
    return rows


def run(settings: Any) -> None:
    import numpy as np

    from _common import find_gradio_python, median, ms, print_ratio, print_table, ratio, subprocess_env

    n, rounds = (POINTS_QUICK, ROUNDS_QUICK) if settings.quick else (POINTS_FULL, ROUNDS_FULL)
    print(f"[plot] a {n:,}-point LinePlot output, kernel side; {rounds} round(s)")
    x, y = make_arrays(n)
    ours = _nbblocks(_frame(x, y), rounds)
    t = median(ours["times"])
    rows = [["nbblocks: click -> sample published", ms(t), f"{ours['bytes']:,}", f"{ours['points']:,}"],
            ["nbblocks: zoom to 1/10 (resample at 1000 px)", ms(median(ours["zoom"])), "", f"{ours['zoom_points']:,}"]]
    python, note = find_gradio_python(settings)
    child = None
    if python is None:
        print(f"  note: {note}")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "frame.npz"
            np.savez(path, x=x, y=y)
            proc = subprocess.run([python, __file__, "--child", str(path), str(rounds)],
                                  env=subprocess_env(), capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            print(f"  note: the gradio child failed: {last}")
        else:
            child = json.loads(proc.stdout.strip().splitlines()[-1])
            rows.append([f"gradio {child['version']} LinePlot.postprocess (JSON it sends)", ms(median(child["times"])),
                         f"{child['bytes']:,}", f"{child['rows']:,}"])
    print_table(["case", "ms", "bytes", "points"], rows)
    print(f"  once per page: the nativeplot view {ours['view']:,} B, the vega library {ours['library']:,} B")
    print("  front-end libraries (sent once per page, when first needed):")
    print_table(["library", "bytes", "gzip", "sent with"], library_sizes(), indent="    ")
    print_ratio("plot", f"points in the frame / points sent to the notebook = {ratio(n, ours['points'])}  ({n:,} / {ours['points']:,})")
    if child is None:
        print_ratio("plot", "gradio skipped (gradio not importable)" if python is None else "gradio skipped (the gradio child failed)")
        return
    g = median(child["times"])
    print_ratio("plot", f"gradio bytes / nbblocks bytes = {ratio(child['bytes'], ours['bytes'])}  "
                f"({child['bytes']:,} B / {ours['bytes']:,} B)")
    print_ratio("plot", f"gradio LinePlot.postprocess / nbblocks click-to-published = {ratio(g, t)}  ({ms(g)} ms / {ms(t)} ms)")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    print(json.dumps(_child(sys.argv[2], int(sys.argv[3]))))
