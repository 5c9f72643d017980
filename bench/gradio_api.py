"""Gradio's own ``Blocks.process_api`` for the same echo, against nbblocks' engine.

``process_api`` is Gradio's in-process core of an event (preprocess, the function in a
worker thread, postprocess), without HTTP, queue or SSE. Its nbblocks counterpart is
``Engine.submit`` on a session without a front end (inputs sent with the call, as an
API client does), waited on from the calling thread. The comm round trip measured by
``round_trip`` is compared too.

Gradio runs in a child interpreter (this file run as a script: stdlib and gradio only),
so it can live in its own virtual environment.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

ROUNDS_FULL, EVENTS_FULL, WARMUP_FULL = 7, 150, 50
ROUNDS_QUICK, EVENTS_QUICK, WARMUP_QUICK = 2, 10, 5


def echo(text: str) -> str:
    return text


# -- the child: stdlib and gradio only --------------------------------------------------


def _child(rounds: int, events: int, warmup: int) -> dict[str, Any]:
    import asyncio
    import statistics

    import gradio as gr
    from gradio.state_holder import SessionState

    with gr.Blocks() as demo:
        name = gr.Textbox(label="In")
        out = gr.Textbox(label="Out")
        btn = gr.Button("Echo")
        btn.click(echo, name, out)

    async def main() -> list[float]:
        state = SessionState(demo)
        block_fn = demo.fns[0]  # a dict by id in recent Gradio, a list in older ones
        for i in range(warmup):
            await demo.process_api(block_fn=block_fn, inputs=[f"warm {i}"], state=state)
        medians = []
        for r in range(rounds):
            samples = []
            for i in range(events):
                text = f"round {r} event {i}"
                start = time.perf_counter()
                result = await demo.process_api(block_fn=block_fn, inputs=[text], state=state)
                samples.append(time.perf_counter() - start)
                if result["data"] != [text]:
                    raise AssertionError(f"process_api returned {result['data']!r}, expected {[text]!r}")
            medians.append(statistics.median(samples))
        return medians

    return {"version": gr.__version__, "round_medians": asyncio.run(main())}


# -- the parent ---------------------------------------------------------------------------


def _engine_round_medians(rounds: int, events: int, warmup: int) -> list[float]:
    import statistics

    from round_trip import build_echo_app

    demo, _name, _out, btn = build_echo_app()
    try:
        engine = demo.engine
        session = engine.sessions.create("bench-api", sink=None, cascade=False)
        dep = demo.listeners_for(btn, "click")[0]

        def call(text: str) -> float:
            start = time.perf_counter()
            job = engine.submit(dep, session, None, inputs=[text])
            assert job is not None
            if not job.done.wait(30):
                raise TimeoutError("Engine.submit did not finish")
            elapsed = time.perf_counter() - start
            value = session.get(dep.outputs[0])
            if job.state != "success" or value != text:
                raise AssertionError(f"Engine.submit: state {job.state}, output {value!r}, expected {text!r}")
            return elapsed

        for i in range(warmup):
            call(f"warm {i}")
        return [statistics.median([call(f"round {r} event {i}") for i in range(events)]) for r in range(rounds)]
    finally:
        demo.close()


def run(settings: Any) -> None:
    from _common import find_gradio_python, median, print_ratio, print_table, ratio, subprocess_env, us

    rounds, events, warmup = (ROUNDS_QUICK, EVENTS_QUICK, WARMUP_QUICK) if settings.quick else (ROUNDS_FULL, EVENTS_FULL, WARMUP_FULL)
    python, note = find_gradio_python(settings)
    print(f"[gradio] Gradio's Blocks.process_api vs nbblocks' Engine.submit, same echo; {rounds} rounds x {events} events")
    if python is None:
        print(f"  note: {note}")
        print_ratio("gradio", "skipped (gradio not importable)")
        return
    proc = subprocess.run(
        [python, __file__, "--child", str(rounds), str(events), str(warmup)],
        env=subprocess_env(), capture_output=True, text=True,
    )
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or [f"exit status {proc.returncode}"])[-1]
        print(f"  note: the gradio child failed: {last}")
        print_ratio("gradio", "skipped (the gradio child failed)")
        return
    child = json.loads(proc.stdout.strip().splitlines()[-1])
    engine_medians = _engine_round_medians(rounds, events, warmup)
    g = median(child["round_medians"])
    e = median(engine_medians)
    rows = [
        [f"gradio {child['version']} process_api", us(g), f"{us(min(child['round_medians']))}-{us(max(child['round_medians']))}", "1.00x"],
        ["nbblocks Engine.submit (no front end)", us(e), f"{us(min(engine_medians))}-{us(max(engine_medians))}", ratio(e, g)],
    ]
    rt = settings.results.get("round_trip_us", {})
    labels = settings.results.get("round_trip_labels", {})
    comm_label = labels.get("comm")
    if comm_label in rt:
        rows.append([f"{comm_label} round trip (above)", us(rt[comm_label]), "", ratio(rt[comm_label], g)])
    print_table(["case", "us/event", "round medians", "vs gradio"], rows)
    if python != sys.executable:
        print(f"  note: gradio ran in {note}")
    print_ratio("gradio", f"nbblocks Engine.submit / gradio process_api = {ratio(e, g)}  ({us(e)} us / {us(g)} us)")
    if comm_label in rt:
        print_ratio("gradio", f"nbblocks comm round trip / gradio process_api = {ratio(rt[comm_label], g)}"
                    f"  ({us(rt[comm_label])} us / {us(g)} us)")


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    rounds, events, warmup = (int(a) for a in sys.argv[2:5])
    print(json.dumps(_child(rounds, events, warmup)))
