"""Events per second through the engine's queue: 100 clicks queued at once (trigger mode
"multiple", default concurrency 1) versus a plain Python loop calling the same function.
The ratio is the engine's overhead per event: threads, pre/postprocess, session writes."""

from __future__ import annotations

import time

from _common import median, print_ratio, print_table


def _fn(x: str) -> str:
    return x[::-1]


def run(settings) -> None:
    import nbblocks as gr

    n, rounds = (20, 2) if settings.quick else (100, 7)
    with gr.Blocks() as demo:
        box = gr.Textbox(value="queued click")
        out = gr.Textbox()
        btn = gr.Button()
        dep = btn.click(_fn, box, out, trigger_mode="multiple")
    engine = demo.engine
    session = engine.sessions.create("bench", sink=None)

    def engine_round() -> float:
        start = time.perf_counter()
        for _ in range(n):
            engine.submit(dep, session)
        assert session.wait_idle(60), "the queue did not drain"
        return time.perf_counter() - start

    def loop_round() -> float:
        value = session.get(box)
        start = time.perf_counter()
        for _ in range(n):
            _fn(value)
        return time.perf_counter() - start

    engine_round()  # warm up threads and imports
    engine_times, loop_times = [], []
    for _ in range(rounds):
        engine_times.append(engine_round())
        loop_times.append(loop_round())
    assert session.get(out) == _fn("queued click")
    demo.close()
    e, l = median(engine_times), median(loop_times)
    print(f"[queue] {n} clicks queued at once (concurrency 1) vs a plain loop calling the same function; {rounds} rounds, medians")
    print_table(
        ["case", "events/s", "us/event"],
        [
            ["plain Python loop", f"{n / l:,.0f}", f"{l / n * 1e6:,.2f}"],
            ["nbblocks engine queue", f"{n / e:,.0f}", f"{e / n * 1e6:,.1f}"],
        ],
    )
    print_ratio("queue", f"engine / plain loop time per event = {e / l:.0f}x  ({e / n * 1e6:,.1f} us / {l / n * 1e6:,.2f} us)")
