"""Media on the kernel side: showing a returned sound, and reading a long file in ranges.

* ``audio``: a function returns ``(44100, int16 array)`` of 10 s of stereo (a text-to-speech
  answer, say). ``nbblocks``: ``gr.Audio().postprocess`` (WAV written with numpy into the
  file cache) plus the transport (the value and the file's bytes in one comm message,
  serialised and signed as ipykernel does). ``gradio``: gradio's own
  ``gr.Audio().postprocess`` of the same samples (pydub, into its cache) in a child
  interpreter; its transport (the browser fetching the file over HTTP) is not counted.
  ``floor``: ``arr.tobytes()``.
* ``ranges``: the page reading a 64 MiB file from the kernel in 4 MiB ranges (what a player
  does for a long file over the comm), against one request for the whole file, through
  the real file transfer and a kernel-like comm. ``floor``: reading the file from disk.

Medians of repeated rounds; ratios against baselines measured in the same run.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from _common import timed_rounds

SECONDS, RATE = 10, 44100
FILE_MB, RANGE = 64, 4 << 20
ROUNDS_FULL, CALLS_FULL, WARMUP_FULL = 5, 9, 2
ROUNDS_QUICK, CALLS_QUICK, WARMUP_QUICK = 2, 2, 1


def make_samples() -> Any:
    import numpy as np

    t = np.arange(SECONDS * RATE) / RATE
    left = 0.3 * np.sin(2 * np.pi * 220 * t) + 0.05 * np.random.default_rng(1).normal(size=t.size)
    right = 0.3 * np.sin(2 * np.pi * 330 * t)
    return np.round(np.clip(np.stack([left, right], 1), -1, 1) * 32767).astype(np.int16)


# -- the child: numpy and gradio only -------------------------------------------------------


def _child(path: str, rounds: int, calls: int, warmup: int) -> dict[str, Any]:
    import numpy as np

    import gradio as gr

    arr = np.load(path)
    audio = gr.Audio()
    result = audio.postprocess((RATE, arr))
    if result is None or not Path(result.path).is_file():
        raise AssertionError(f"gradio's postprocess gave {result!r}")
    # Gradio names its files by the samples' hash: a changed sample makes a new file each call.
    counter = iter(range(1 << 30))

    def show() -> None:
        arr[0, 0] = next(counter) % 30000
        audio.postprocess((RATE, arr))

    return {"version": gr.__version__, "bytes": Path(result.path).stat().st_size,
            "round_medians": timed_rounds(show, rounds, calls, warmup)}


# -- the parent ---------------------------------------------------------------------------


def _audio_medians(arr: Any, rounds: int, calls: int, warmup: int) -> list[float]:
    from _common import recording_comms

    import nbblocks as gr
    from nbblocks import files
    from nbblocks.components.base import serialize

    with recording_comms() as comm_class:
        with gr.Blocks() as demo:
            out = gr.Audio(label="Out")
        view = demo.view()
        widget = view.widgets[out._id]
        counter = iter(range(1 << 30))

        def show() -> None:
            arr[0, 0] = next(counter) % 30000  # new samples each call, as a new answer would be
            with files.bind(demo.files):
                payload = serialize(out.postprocess((RATE, arr)))
            widget.set_value(payload, None, view.transfer.display_blobs(out, payload))

        try:
            show()
            blob = widget.blobs[widget.value["path"]]
            if blob["kind"] != "file" or len(blob["data"]) != 44 + arr.nbytes or comm_class.sent == 0:
                raise AssertionError("the WAV file did not travel with the value")
            return timed_rounds(show, rounds, calls, warmup)
        finally:
            demo.close()


def _range_medians(rounds: int, calls: int, warmup: int) -> tuple[list[float], list[float], list[float]]:
    from _common import inject, recording_comms

    import nbblocks as gr
    from nbblocks import files

    data = bytes(range(256)) * (FILE_MB * 4096)
    with recording_comms() as _comm_class:
        with gr.Blocks() as demo:
            out = gr.Video(label="Long")
        view = demo.view()
        widget = view.widgets[out._id]
        entry = demo.files.put_bytes(data, "long.mp4", "video/mp4")
        local = files.FileCache.local_path(demo.files, entry.handle)
        received: list[int] = []

        def on_publish(msg_type: str, content: Any) -> None:
            if msg_type == "comm_msg" and isinstance(content, dict) and content.get("method") == "custom":
                received.append(1)

        widget.comm.on_publish = on_publish

        def request(offset: int | None, length: int | None) -> None:
            message = {"type": "file_request", "id": uuid.uuid4().hex, "path": entry.handle, "page": "bench"}
            if offset is not None:
                message.update(offset=offset, length=length)
            inject(widget, {"method": "custom", "content": message})

        def ranged() -> None:
            received.clear()
            for offset in range(0, len(data), RANGE):
                request(offset, RANGE)
            if len(received) != len(data) // RANGE:
                raise AssertionError(f"expected {len(data) // RANGE} chunks, got {len(received)}")

        def whole() -> None:
            received.clear()
            request(None, None)
            if len(received) != len(data) // RANGE:
                raise AssertionError("the whole file did not arrive in 4 MiB chunks")

        def disk() -> None:
            with open(local, "rb") as f:
                while f.read(RANGE):
                    pass

        try:
            return (timed_rounds(ranged, rounds, calls, warmup), timed_rounds(whole, rounds, calls, warmup),
                    timed_rounds(disk, rounds, calls, warmup))
        finally:
            demo.close()


def run(settings: Any) -> None:
    import numpy as np

    from _common import find_gradio_python, median, ms, print_ratio, print_table, ratio, subprocess_env

    rounds, calls, warmup = (ROUNDS_QUICK, CALLS_QUICK, WARMUP_QUICK) if settings.quick else (ROUNDS_FULL, CALLS_FULL, WARMUP_FULL)
    arr = make_samples()
    print(f"[audio] showing {SECONDS} s of {RATE} Hz stereo int16 returned by a function (kernel side); "
          f"{rounds} rounds x {calls} calls")
    floor = median(timed_rounds(lambda: arr.tobytes(), rounds, max(calls, 5), warmup))
    ours = median(_audio_medians(arr.copy(), rounds, calls, warmup))
    rows = [["floor: arr.tobytes()", ms(floor), "1.00x", ""],
            ["nbblocks postprocess (WAV) + comm publish", ms(ours), ratio(ours, floor), ""]]
    python, note = find_gradio_python(settings)
    child = None
    if python is None:
        print(f"  note: {note}")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "audio.npy"
            np.save(path, arr)
            proc = subprocess.run([python, __file__, "--child", str(path), str(rounds), str(calls), str(warmup)],
                                  env=subprocess_env(), capture_output=True, text=True)
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
            print(f"  note: the gradio child failed: {last}")
        else:
            child = json.loads(proc.stdout.strip().splitlines()[-1])
            g = median(child["round_medians"])
            rows.append([f"gradio {child['version']} Audio.postprocess ({child['bytes']:,} B)", ms(g), ratio(g, floor), ratio(g, ours)])
    print_table(["case", "ms/answer", "vs floor", "vs nbblocks"], rows)
    print_ratio("audio", f"nbblocks / tobytes floor = {ratio(ours, floor)}  ({ms(ours)} ms / {ms(floor)} ms)")
    if child is None:
        print_ratio("audio", "gradio skipped (gradio not importable)" if python is None else "gradio skipped (the gradio child failed)")
    else:
        g = median(child["round_medians"])
        print_ratio("audio", f"gradio Audio.postprocess / nbblocks = {ratio(g, ours)}  ({ms(g)} ms / {ms(ours)} ms)")

    print()
    print(f"[ranges] reading a {FILE_MB} MiB file over the comm (kernel side); {rounds} rounds x {calls} calls")
    ranged, whole, disk = (median(m) for m in _range_medians(rounds, calls, warmup))
    mb = FILE_MB / 1.0
    print_table(["case", "ms/file", "MiB/s", "vs disk"], [
        ["floor: read from disk", ms(disk), f"{mb / disk:,.0f}", "1.00x"],
        ["one request, 4 MiB chunks", ms(whole), f"{mb / whole:,.0f}", ratio(whole, disk)],
        [f"{FILE_MB * 1024 * 1024 // RANGE} ranged requests of 4 MiB", ms(ranged), f"{mb / ranged:,.0f}", ratio(ranged, disk)],
    ])
    print_ratio("ranges", f"ranged / one request = {ratio(ranged, whole)}  ({ms(ranged)} ms / {ms(whole)} ms)")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    path, rounds, calls, warmup = sys.argv[2], *(int(a) for a in sys.argv[3:6])
    print(json.dumps(_child(path, rounds, calls, warmup)))
