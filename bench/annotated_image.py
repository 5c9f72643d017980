"""Showing a detector's output: a 1024x1024 RGB numpy image with 8 boxes and 2 float masks
in a gr.AnnotatedImage, the kernel-side cost, nbblocks vs Gradio.

* ``nbblocks``: ``gr.AnnotatedImage().postprocess(value)`` (the image's pixels copied, not
  encoded; each annotation made into an RGBA PNG mask in the app's file cache) plus the
  transport: the value and its ``blobs`` set on the widget model, which publishes one comm
  message carrying the pixels and the masks' PNG bytes as binary buffers, serialised and
  signed as ipykernel does (``_common.recording_comms``).
* ``gradio``: Gradio's own ``gr.AnnotatedImage().postprocess(value)`` of the same value
  (the image encoded as WebP and the masks as PNG into its cache), in a child interpreter
  that can import gradio. Gradio's transport (the browser fetching the files) is not
  counted.

Both sides load the same ``.npz`` (image and masks) and draw the same boxes. Medians of
repeated rounds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import timed_rounds

SIZE = 1024
BOXES = [((40 + 110 * i, 60 + 90 * i, 200 + 110 * i, 260 + 90 * i), f"object {i % 3}") for i in range(8)]
ROUNDS_FULL, CALLS_FULL, WARMUP_FULL = 5, 5, 1
ROUNDS_QUICK, CALLS_QUICK, WARMUP_QUICK = 1, 1, 0


def make_inputs() -> dict[str, Any]:
    import numpy as np

    y, x = np.mgrid[0:SIZE, 0:SIZE].astype(np.float32) / SIZE
    rgb = np.stack([x, y, (x + y) / 2], axis=-1) * 200
    noise = np.random.default_rng(1024).normal(0, 12, (SIZE, SIZE, 3))
    image = np.clip(rgb + noise, 0, 255).astype(np.uint8)
    sky = np.clip(1.2 - y * 3, 0, 1).astype(np.float64)  # a soft mask over the top
    disc = (((x - 0.6) ** 2 + (y - 0.7) ** 2) < 0.02).astype(np.float64)
    return {"image": image, "sky": sky, "disc": disc}


def value_of(inputs: dict[str, Any]) -> tuple[Any, list[Any]]:
    return inputs["image"], [*BOXES, (inputs["sky"], "sky"), (inputs["disc"], "disc")]


# -- the child: numpy and gradio only -------------------------------------------------------


def _child(path: str, rounds: int, calls: int, warmup: int) -> dict[str, Any]:
    import numpy as np

    import gradio as gr

    with np.load(path) as data:
        inputs = {k: data[k] for k in data.files}
    comp = gr.AnnotatedImage()
    result = comp.postprocess(value_of(inputs))
    if result is None or len(result.annotations) != len(BOXES) + 2:
        raise AssertionError(f"gradio's postprocess gave {result!r}")
    files = [result.image.path, *(a.image.path for a in result.annotations)]
    return {"version": gr.__version__, "bytes": sum(Path(p).stat().st_size for p in files),
            "round_medians": timed_rounds(lambda: comp.postprocess(value_of(inputs)), rounds, calls, warmup)}


# -- the parent ---------------------------------------------------------------------------


def _nbblocks_medians(inputs: dict[str, Any], rounds: int, calls: int, warmup: int) -> tuple[list[float], int]:
    from _common import recording_comms

    import nbblocks as gr
    from nbblocks import files
    from nbblocks.components.base import serialize

    with recording_comms() as comm_class:
        with gr.Blocks() as demo:
            out = gr.AnnotatedImage(label="Out")
        view = demo.view()
        widget = view.widgets[out._id]
        published: list[int] = []
        widget.comm.on_publish = lambda msg_type, data: published.append(len(data.get("buffer_paths", [])))
        sent: list[int] = []

        def show() -> None:
            with files.bind(demo.files):
                payload = serialize(out.postprocess(value_of(inputs)))
            blobs = view.transfer.display_blobs(out, payload)
            sent.append(sum(len(b["data"]) for b in blobs.values()))
            widget.set_value(payload, None, blobs)

        try:
            show()
            if published[-1] != 1 + len(BOXES) + 2 or comm_class.sent == 0:
                raise AssertionError(f"expected the image and every mask as binary buffers, got {published[-1]}")
            value = widget.value
            if not demo.files.get(value["image"]["path"]).is_pending:
                raise AssertionError("the base image was encoded on the display path")
            return timed_rounds(show, rounds, calls, warmup), sent[0]
        finally:
            demo.close()


def run(settings: Any) -> None:
    import numpy as np

    from _common import find_gradio_python, median, print_ratio, print_table, ratio, subprocess_env

    rounds, calls, warmup = (ROUNDS_QUICK, CALLS_QUICK, WARMUP_QUICK) if settings.quick else (ROUNDS_FULL, CALLS_FULL, WARMUP_FULL)
    print(f"[annotated] showing a {SIZE}x{SIZE} image with {len(BOXES)} boxes and 2 masks (kernel side); "
          f"{rounds} rounds x {calls} calls")
    inputs = make_inputs()
    ours, sent = _nbblocks_medians(inputs, rounds, calls, warmup)
    n = median(ours)
    ms = lambda s: f"{s * 1000:.1f}"  # noqa: E731
    rows = [[f"nbblocks postprocess + comm publish ({sent:,} B of pixels and PNGs)", ms(n), "1.00x"]]
    python, note = find_gradio_python(settings)
    child = None
    if python is None:
        print(f"  note: {note}")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "inputs.npz"
            np.savez(path, **inputs)
            proc = subprocess.run([python, __file__, "--child", str(path), str(rounds), str(calls), str(warmup)],
                                  env=subprocess_env(), capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            print(f"  note: the gradio child failed: {last}")
        else:
            child = json.loads(proc.stdout.strip().splitlines()[-1])
            g = median(child["round_medians"])
            rows.append([f"gradio {child['version']} AnnotatedImage.postprocess ({child['bytes']:,} B of files)", ms(g), ratio(g, n)])
    print_table(["case", "ms/value", "vs nbblocks"], rows)
    if python is not None and python != sys.executable and child is not None:
        print(f"  note: gradio ran in {note}")
    if child is None:
        print_ratio("annotated", "gradio skipped (gradio not importable)" if python is None else "gradio skipped (the gradio child failed)")
    else:
        g = median(child["round_medians"])
        print_ratio("annotated", f"gradio AnnotatedImage.postprocess / nbblocks = {ratio(g, n)}  ({ms(g)} ms / {ms(n)} ms; "
                    "how many times cheaper nbblocks is)")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    path, rounds, calls, warmup = sys.argv[2], *(int(a) for a in sys.argv[3:6])
    print(json.dumps(_child(path, rounds, calls, warmup)))
