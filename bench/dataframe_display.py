"""Showing a 1,000,000 x 10 DataFrame that a function returned, and scrolling it.

* ``nbblocks``: ``gr.Dataframe().postprocess(df)`` plus the transport: the value set on
  the Dataframe's widget model, which publishes one comm message (serialised and signed
  as ipykernel does, ``_common.recording_comms``) with the headers, the row count and the
  first 100 rows; that is everything the page needs to draw the first screen. Timed and
  counted in bytes.
* ``gradio``: Gradio's own ``gr.Dataframe().postprocess(df)`` of the same frame, in a
  child interpreter that can import gradio; its bytes are the value as Gradio's server
  serialises it (``orjson``), every row of which goes to the page. Its transport is not
  timed, which favours Gradio.
* after the first screen, nbblocks answers the page's row requests: a scroll to the middle
  (rows 500,000-500,100), the first sort of a column (the kernel sorts every row), a scroll
  in the sorted view, and a search over every row of a text column. Each is the kernel's
  time from the request message to the published reply.

The frame (8 float columns, an int column, a text column) is saved once (``.npz``) and
loaded by both sides. Medians of repeated rounds.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROWS_FULL, ROWS_QUICK = 1_000_000, 100_000
ROUNDS_FULL, ROUNDS_QUICK = 3, 1


def make_frame_arrays(rows: int) -> dict[str, Any]:
    import numpy as np

    rng = np.random.default_rng(1_000_000)
    arrays: dict[str, Any] = {"id": np.arange(rows)}
    for j in range(8):
        arrays[f"x{j}"] = rng.normal(size=rows).round(4)
    arrays["name"] = np.array([f"row {i}" for i in range(rows)])
    return arrays


def frame_of(arrays: Any) -> Any:
    import pandas as pd

    cols = {k: arrays[k] for k in ("id", *(f"x{j}" for j in range(8)))}
    cols["name"] = arrays["name"].astype(object)
    return pd.DataFrame(cols)


def _median_time(fn: Any, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# -- the child: numpy, pandas and gradio only ----------------------------------------------


def _child(path: str, rounds: int) -> dict[str, Any]:
    import gradio as gr
    import numpy as np
    import orjson

    df = frame_of(np.load(path))
    component = gr.Dataframe()
    result = component.postprocess(df)
    if len(result.data) != len(df):
        raise AssertionError(f"gradio's postprocess gave {len(result.data)} rows")
    payload = orjson.dumps(result.model_dump(), option=orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_PASSTHROUGH_DATETIME, default=str)
    return {"version": gr.__version__, "bytes": len(payload),
            "seconds": _median_time(lambda: component.postprocess(df), rounds)}


# -- the parent ---------------------------------------------------------------------------


def _nbblocks(df: Any, rounds: int) -> dict[str, Any]:
    from _common import inject, recording_comms

    import nbblocks as gr

    published = [0]  # bytes of every message, as ipykernel would put them on the socket

    def count(comm: Any, frames: list[bytes], *_: Any) -> None:
        published[0] += sum(len(f) for f in frames)

    with recording_comms(tap=count):
        with gr.Blocks() as demo:
            table = gr.Dataframe(label="Frame", interactive=True, show_search="search")
        view = demo.view()
        widget = view.widgets[table._id]
        replies: list[dict[str, Any]] = []
        widget.comm.on_publish = lambda msg_type, data: replies.append(data) if data.get("method") == "custom" else None

        def show() -> int:
            before = published[0]
            value = table.postprocess(df)
            view.session.set(table, value)
            widget.set_value(view.wire_value(table, value))
            return published[0] - before

        def ask(**request: Any) -> dict[str, Any]:
            replies.clear()
            content = {"type": "table_rows", "id": "r", "version": widget.value["window"]["version"],
                       "sort": None, "search": None, "filters": None, **request}
            inject(widget, {"method": "custom", "content": content})
            reply = replies[-1]["content"]
            if reply.get("type") != "table_rows":
                raise AssertionError(f"the kernel answered {reply}")
            return reply

        try:
            sent = show()
            first = widget.value["window"]["first"]
            if first["total"] != len(df) or len(first["rows"]) != 100:
                raise AssertionError("the page did not get the row count and the first 100 rows")
            show_seconds = _median_time(show, rounds)
            middle = len(df) // 2
            scroll = _median_time(lambda: ask(start=middle, stop=middle + 100), max(rounds, 5))
            rows = ask(start=middle, stop=middle + 100)
            if rows["index"][0] != middle or rows["rows"][0][0] != middle:
                raise AssertionError("the scrolled rows are not the middle of the frame")
            start = time.perf_counter()
            ask(start=0, stop=100, sort=[[1, "asc"]])
            first_sort = time.perf_counter() - start
            sorted_scroll = _median_time(lambda: ask(start=middle, stop=middle + 100, sort=[[1, "asc"]]), max(rounds, 5))
            start = time.perf_counter()
            found = ask(start=0, stop=100, search="row 99999")
            search = time.perf_counter() - start
            if found["total"] != (11 if len(df) >= 1_000_000 else 1):
                raise AssertionError(f"the search found {found['total']} rows")
            return {"show": show_seconds, "bytes": sent, "scroll": scroll, "first_sort": first_sort,
                    "sorted_scroll": sorted_scroll, "search": search}
        finally:
            demo.close()


def run(settings: Any) -> None:
    import numpy as np
    from _common import (
        find_gradio_python,
        ms,
        print_ratio,
        print_table,
        ratio,
        subprocess_env,
    )

    rows = ROWS_QUICK if settings.quick else ROWS_FULL
    rounds = ROUNDS_QUICK if settings.quick else ROUNDS_FULL
    print(f"[dataframe] showing a {rows:,} x 10 DataFrame (kernel side, until the first rows can be drawn); {rounds} rounds")
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("  note: pandas is not installed (pip install pandas)")
        print_ratio("dataframe", "skipped (pandas not importable)")
        return
    arrays = make_frame_arrays(rows)
    df = frame_of(arrays)
    ours = _nbblocks(df, rounds)
    table = [["nbblocks postprocess + comm publish", ms(ours["show"]), f"{ours['bytes']:,}", "", ""]]
    python, note = find_gradio_python(settings)
    child = None
    if python is None:
        print(f"  note: {note}")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "frame.npz"
            np.savez(path, **arrays)
            proc = subprocess.run([python, __file__, "--child", str(path), str(rounds)],
                                  env=subprocess_env(), capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            print(f"  note: the gradio child failed: {last}")
        else:
            child = json.loads(proc.stdout.strip().splitlines()[-1])
            table.append([f"gradio {child['version']} Dataframe.postprocess", ms(child["seconds"]), f"{child['bytes']:,}",
                          ratio(child["seconds"], ours["show"]), ratio(child["bytes"], ours["bytes"])])
    print_table(["case", "ms", "bytes to the page", "time vs nbblocks", "bytes vs nbblocks"], table)
    print_table(["after the first screen (nbblocks, kernel)", "ms"], [
        ["scroll to the middle: 100 rows", ms(ours["scroll"])],
        ["first sort of a float column (every row)", ms(ours["first_sort"])],
        ["scroll in the sorted view: 100 rows", ms(ours["sorted_scroll"])],
        ["first search of a text over every row", ms(ours["search"])],
    ])
    if python is not None and python != sys.executable and child is not None:
        print(f"  note: gradio ran in {note}")
    if child is None:
        print_ratio("dataframe", "gradio skipped (gradio not importable)" if python is None else "gradio skipped (the gradio child failed)")
        return
    print_ratio("dataframe", f"gradio Dataframe.postprocess / nbblocks show = {ratio(child['seconds'], ours['show'])}  "
                f"({ms(child['seconds'])} ms / {ms(ours['show'])} ms; goal >= 20x)")
    print_ratio("dataframe", f"gradio bytes / nbblocks bytes = {ratio(child['bytes'], ours['bytes'])}  "
                f"({child['bytes']:,} B / {ours['bytes']:,} B; goal >= 100x)")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    HERE = Path(__file__).resolve().parent
    sys.path.insert(0, str(HERE))
    print(json.dumps(_child(sys.argv[2], int(sys.argv[3]))))
