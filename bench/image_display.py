"""Showing a 1024x1024 RGB numpy output: the kernel-side cost, nbblocks vs Gradio.

* ``nbblocks``: ``gr.Image().postprocess(arr)`` (the pixels are copied, no PNG/WebP is
  made) plus the transport: the value and its ``blobs`` set on the Image's widget model,
  which publishes one comm message carrying the pixels as a binary buffer, serialised
  and signed as ipykernel does (``_common.recording_comms``).
* ``gradio``: Gradio's own ``gr.Image().postprocess(arr)`` of the same array (WebP
  encoding into its cache), in a child interpreter that can import gradio. Gradio's
  transport (the browser fetching the file over HTTP) is not counted.
* ``floor``: ``arr.tobytes()``, one copy of the pixels.
* two more floors, for what a fair one keeps: ``tobytes`` with every copy kept (fresh
  memory each time: what showing cost when every shown image kept its pixels), and with
  the last two copies kept (what nbblocks keeps per output now: the image shown and the
  one before).

The array is saved once (``.npy``) and loaded by both sides, so they get the same pixels:
a smooth picture with some noise, like a photo. Medians of repeated rounds.

Gradio runs in a child interpreter (this file run as a script: numpy and gradio only).
"""

from __future__ import annotations

import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import timed_rounds

SIZE = 1024
ROUNDS_FULL, CALLS_FULL, WARMUP_FULL = 5, 15, 3
ROUNDS_QUICK, CALLS_QUICK, WARMUP_QUICK = 2, 2, 1


def make_array() -> Any:
    import numpy as np

    y, x = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32) / SIZE
    rgb = np.stack([x, y, (x + y) / 2], axis=-1) * 200
    noise = np.random.default_rng(1024).normal(0, 12, (SIZE, SIZE, 3))
    return np.clip(rgb + noise, 0, 255).astype(np.uint8)


# -- the child: numpy and gradio only -------------------------------------------------------


def _child(path: str, rounds: int, calls: int, warmup: int) -> dict[str, Any]:
    import numpy as np

    import gradio as gr

    arr = np.load(path)
    image = gr.Image()
    result = image.postprocess(arr)
    if result is None or not Path(result.path).is_file():
        raise AssertionError(f"gradio's postprocess gave {result!r}")
    return {"version": gr.__version__, "format": image.format, "bytes": Path(result.path).stat().st_size,
            "round_medians": timed_rounds(lambda: image.postprocess(arr), rounds, calls, warmup)}


# -- the parent ---------------------------------------------------------------------------


def _nbblocks_medians(arr: Any, rounds: int, calls: int, warmup: int) -> tuple[list[float], str]:
    from _common import recording_comms

    import nbblocks as gr
    from nbblocks import files
    from nbblocks.components.base import serialize

    with recording_comms() as comm_class:
        with gr.Blocks() as demo:
            out = gr.Image(label="Out")
        view = demo.view()
        widget = view.widgets[out._id]
        published: list[int] = []
        widget.comm.on_publish = lambda msg_type, data: published.append(len(data.get("buffer_paths", [])))

        def show() -> None:
            with files.bind(demo.files):
                payload = serialize(out.postprocess(arr))
            blobs = view.transfer.display_blobs(out, payload)
            widget.set_value(payload, None, blobs)

        try:
            show()
            if published[-1] != 1 or comm_class.sent == 0:
                raise AssertionError("the pixels did not travel as one binary buffer")
            value = widget.value
            if not demo.files.get(value["path"]).is_pending:
                raise AssertionError("the image was encoded on the display path")
            shown = bytes(widget.blobs[value["path"]]["data"])
            if shown != arr.tobytes():
                raise AssertionError("the published pixels differ from the array")
            reused = _reused()
            medians = timed_rounds(show, rounds, calls, warmup)
            shows = warmup + rounds * calls
            held = sum(1 for entry in list(demo.files._entries.values()) if entry.is_pending)
            note = f"after {shows + 1} images shown, {held} kept as pixels"
            if reused is not None:
                note += f"; {_reused() - reused} of {shows} copied into a reused buffer"  # type: ignore[operator]
            return medians, note
        finally:
            demo.close()


def _reused() -> int | None:
    """Pixel buffers reused so far (None in an nbblocks without the pool)."""
    try:
        from nbblocks._images_pool import pool
    except ImportError:
        return None
    return pool.reused


def run(settings: Any) -> None:
    import numpy as np

    from _common import find_gradio_python, median, print_goal, print_ratio, print_table, ratio, subprocess_env, us

    rounds, calls, warmup = (ROUNDS_QUICK, CALLS_QUICK, WARMUP_QUICK) if settings.quick else (ROUNDS_FULL, CALLS_FULL, WARMUP_FULL)
    print(f"[image] showing a {SIZE}x{SIZE} RGB numpy output (kernel side); {rounds} rounds x {calls} calls")
    arr = make_array()
    # Each kept copy stays alive, as every shown output keeps its pixels; they are freed only
    # after nbblocks' turn, so neither side reuses memory the other freed (which would hide
    # the first touch of fresh pages, most of what a kept copy costs).
    kept_copies: list[bytes] = []
    kept = timed_rounds(lambda: kept_copies.append(arr.tobytes()), rounds, calls, warmup)
    ours, kept_note = _nbblocks_medians(arr, rounds, calls, warmup)
    kept_copies.clear()
    floor = timed_rounds(lambda: arr.tobytes(), rounds, max(calls, 5), warmup)
    last_two: collections.deque[bytes] = collections.deque(maxlen=2)
    kept_two = timed_rounds(lambda: last_two.append(arr.tobytes()), rounds, calls, warmup)
    f, k, k2, n = median(floor), median(kept), median(kept_two), median(ours)
    rows = [
        ["floor: arr.tobytes()", us(f), "1.00x", ""],
        ["arr.tobytes(), every copy kept (fresh memory)", us(k), ratio(k, f), ""],
        ["arr.tobytes(), the last two copies kept", us(k2), ratio(k2, f), ""],
        ["nbblocks postprocess + comm publish", us(n), ratio(n, f), ""],
    ]
    python, note = find_gradio_python(settings)
    child = None
    if python is None:
        print(f"  note: {note}")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "image.npy"
            np.save(path, arr)
            proc = subprocess.run([python, __file__, "--child", str(path), str(rounds), str(calls), str(warmup)],
                                  env=subprocess_env(), capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            print(f"  note: the gradio child failed: {last}")
        else:
            child = json.loads(proc.stdout.strip().splitlines()[-1])
            g = median(child["round_medians"])
            rows.append([f"gradio {child['version']} Image.postprocess ({child['format']}, {child['bytes']:,} B)",
                         us(g), ratio(g, f), ratio(g, n)])
    print_table(["case", "us/image", "vs floor", "vs nbblocks"], rows)
    print(f"  note: nbblocks {kept_note}")
    if python is not None and python != sys.executable and child is not None:
        print(f"  note: gradio ran in {note}")
    print_ratio("image", f"nbblocks / tobytes floor = {ratio(n, f)}  ({us(n)} us / {us(f)} us)")
    print_ratio("image", f"nbblocks / tobytes kept = {ratio(n, k)}  ({us(n)} us / {us(k)} us)")
    print_ratio("image", f"nbblocks / tobytes, last two kept = {ratio(n, k2)}  ({us(n)} us / {us(k2)} us)")
    print_goal(settings, "image 1024x1024 show vs tobytes floor", n / f, "<=", 3)
    if child is None:
        print_ratio("image", "gradio skipped (gradio not importable)" if python is None else "gradio skipped (the gradio child failed)")
    else:
        g = median(child["round_medians"])
        print_ratio("image", f"gradio Image.postprocess / nbblocks = {ratio(g, n)}  ({us(g)} us / {us(n)} us; "
                    "how many times cheaper nbblocks is)")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    path, rounds, calls, warmup = sys.argv[2], *(int(a) for a in sys.argv[3:6])
    print(json.dumps(_child(path, rounds, calls, warmup)))
