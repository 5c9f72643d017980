"""Event round trip: a click travels in through the comm and the echo comes back out.

The app is a Textbox -> Button.click -> Textbox echo. Each event is one front-end value
sync of the input (not timed) and one click, injected exactly as the kernel's comm
manager delivers it; the timer stops when the output's new value is published.

* ``nbblocks Frontend.click``: ``Frontend(demo).click(btn)``, which also waits until the
  event has settled (status back to idle).
* ``nbblocks comm``: ``widget.comm.handle_msg(...)`` on the button's model, stopped by the
  output model's ``update`` of ``value`` (or its ``value_diff``; the rest of the event settles
  untimed). The stop is the moment of the publish, read in the publishing thread: the
  kernel's thread does not wait for the echo, so the wake-up of the bench's waiting thread
  is not part of the round trip (it is reported apart, "until the caller woke").
* ``nbblocks comm, work only``: the same with the engine's hand-off to a worker thread
  replaced by a direct call (a measurement of the work alone; never how nbblocks runs).
* ``floor``: three bare ``anywidget.AnyWidget`` models; the button's ``on_msg`` handler
  sets the output's trait synchronously.

Every widget uses the same kernel-like comm (``_common.recording_comms``): each message
is serialised and signed as ipykernel does, then dropped instead of sent.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

from _common import PublishWaiter, Settings, inject, median, print_goal, print_ratio, print_table, ratio, recording_comms, us

CLICK = {"method": "custom", "content": {"type": "event", "event": "click", "data": None}}
TIMEOUT = 30.0


def echo(text: str) -> str:
    return text


def _update(value: Any) -> dict[str, Any]:
    return {"method": "update", "state": {"value": value}, "buffer_paths": []}


def build_echo_app() -> tuple[Any, Any, Any, Any]:
    import nbblocks as gr

    with gr.Blocks() as demo:
        name = gr.Textbox(label="In")
        out = gr.Textbox(label="Out")
        btn = gr.Button("Echo")
        btn.click(echo, name, out)
    return demo, name, out, btn


class FrontendCase:
    """``Frontend(demo).click(btn)`` per event."""

    label = "nbblocks Frontend.click"

    def __init__(self) -> None:
        from nbblocks.testing import Frontend

        self.demo, self.name, self.out, self.btn = build_echo_app()
        self.ui = Frontend(self.demo, timeout=TIMEOUT)
        self.input = self.demo.view().widgets[self.name._id]
        self.last = ""

    def event(self, text: str) -> float:
        inject(self.input, _update(text))
        start = time.perf_counter()
        self.ui.click(self.btn)
        elapsed = time.perf_counter() - start
        self.last = text
        return elapsed

    def check(self) -> None:
        got = self.ui.value(self.out)
        if got != self.last:
            raise AssertionError(f"{self.label}: the output shows {got!r}, expected {self.last!r}")

    def close(self) -> None:
        self.demo.close()


class CommCase:
    """``handle_msg`` on the button's model; stop at the output's ``value`` publish."""

    label = "nbblocks comm"

    def __init__(self) -> None:
        self.demo, self.name, self.out, self.btn = build_echo_app()
        view = self.demo.view()
        self.session = view.session
        self.input = view.widgets[self.name._id]
        self.button = view.widgets[self.btn._id]
        self.output = view.widgets[self.out._id]
        self.waiter = PublishWaiter(self.output)
        self.woken: list[float] = []  # until this thread woke after the publish
        self.last = ""

    def event(self, text: str) -> float:
        inject(self.input, _update(text))
        self.waiter.arm()
        start = time.perf_counter()
        inject(self.button, CLICK)
        published = self.waiter.wait(TIMEOUT)
        self.woken.append(time.perf_counter() - start)
        elapsed = published - start
        if not self.session.wait_idle(TIMEOUT):  # settle before the next click, untimed
            raise TimeoutError(f"{self.label}: the event did not settle")
        self.last = text
        return elapsed

    def check(self) -> None:
        if self.output.value != self.last:
            raise AssertionError(f"{self.label}: the output holds {self.output.value!r}, expected {self.last!r}")

    def close(self) -> None:
        self.demo.close()


class InlineCommCase(CommCase):
    """``nbblocks comm`` with the worker's part run on the calling thread (the engine's
    hand-off replaced by a direct call during the event): what the event's work costs
    without the thread hand-off. A measurement only: nbblocks never runs a sync function
    on the kernel's thread."""

    label = "nbblocks comm, work only (no hand-off)"

    def event(self, text: str) -> float:
        from nbblocks.engine import loop as _loop

        hand_off = _loop.hand_off
        _loop.hand_off = lambda fn, *args: fn(*args)  # type: ignore[assignment]
        try:
            return super().event(text)
        finally:
            _loop.hand_off = hand_off


class FloorCase:
    """The least any widget library can do: ``on_msg`` sets a trait synchronously."""

    label = "floor: bare AnyWidget on_msg"

    def __init__(self) -> None:
        import anywidget
        import traitlets

        class Bare(anywidget.AnyWidget):
            _esm = traitlets.Unicode("export default { render() {} };").tag(sync=True)
            value = traitlets.Any(None, allow_none=True).tag(sync=True)

        self.input, self.output, self.button = Bare(value=""), Bare(value=""), Bare(value="Echo")

        def on_click(_widget: Any, content: Any, _buffers: list) -> None:
            if isinstance(content, dict) and content.get("type") == "event" and content.get("event") == "click":
                self.output.value = self.input.value

        self.button.on_msg(on_click)
        self.waiter = PublishWaiter(self.output)
        self.woken: list[float] = []  # until this thread woke after the publish
        self.last = ""

    def event(self, text: str) -> float:
        inject(self.input, _update(text))
        self.waiter.arm()
        start = time.perf_counter()
        inject(self.button, CLICK)
        published = self.waiter.wait(TIMEOUT)
        self.woken.append(time.perf_counter() - start)
        elapsed = published - start
        self.last = text
        return elapsed

    def check(self) -> None:
        if self.output.value != self.last:
            raise AssertionError(f"{self.label}: the output holds {self.output.value!r}, expected {self.last!r}")

    def close(self) -> None:
        for w in (self.input, self.output, self.button):
            w.close()


class ThreadFloorCase(FloorCase):
    """The least a library can do when a sync function must not block the kernel: the
    ``on_msg`` handler hands the echo to a warm worker thread parked on its own queue (the
    lightest hand-off: one ``SimpleQueue.put``, as nbblocks' own), which sets the trait."""

    label = "floor + worker thread hand-off"

    def __init__(self) -> None:
        import queue
        import threading

        super().__init__()
        self.inbox: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.worker = threading.Thread(target=self._work, daemon=True)
        self.worker.start()
        self.button._msg_callbacks.callbacks.clear()

        def set_output() -> None:
            self.output.value = self.input.value

        def on_click(_widget: Any, content: Any, _buffers: list) -> None:
            if isinstance(content, dict) and content.get("type") == "event" and content.get("event") == "click":
                self.inbox.put(set_output)

        self.button.on_msg(on_click)

    def _work(self) -> None:
        while (task := self.inbox.get()) is not None:
            task()

    def event(self, text: str) -> float:
        elapsed = super().event(text)
        done = threading.Event()
        self.inbox.put(done.set)  # settled, untimed
        done.wait(TIMEOUT)
        return elapsed

    def close(self) -> None:
        super().close()
        self.inbox.put(None)
        self.worker.join(TIMEOUT)


def _sequential(case: Any, clicks: int, tag: str) -> float:
    """Wall time of ``clicks`` events one after the other (value sync + click each)."""
    start = time.perf_counter()
    for i in range(clicks):
        case.event(f"{tag} {i}")
    elapsed = time.perf_counter() - start
    case.check()
    return elapsed


def run(settings: Settings) -> None:
    rounds, per_round, warmup, clicks = (2, 10, 5, 20) if settings.quick else (7, 150, 50, 1000)
    with recording_comms():
        cases: list[Any] = [FloorCase(), CommCase(), FrontendCase(), ThreadFloorCase(), InlineCommCase()]
        try:
            _measure(settings, cases, rounds, per_round, warmup, clicks)
        finally:
            for case in cases:
                case.close()


def _measure(settings: Settings, cases: list[Any], rounds: int, per_round: int, warmup: int, clicks: int) -> None:
    print(f"[round trip] Textbox -> Button.click -> Textbox echo; {rounds} rounds x {per_round} events per case,"
          " interleaved; per-event median of each round, then the median of the rounds")
    for case in cases:
        for i in range(warmup):
            case.event(f"warm {i}")
        case.check()
    round_medians: dict[str, list[float]] = {c.label: [] for c in cases}
    woken_medians: dict[str, list[float]] = {}
    for r in range(rounds):
        order = cases[r % len(cases):] + cases[: r % len(cases)]
        for case in order:
            if hasattr(case, "woken"):
                case.woken.clear()
            samples = [case.event(f"round {r} event {i}") for i in range(per_round)]
            case.check()
            round_medians[case.label].append(median(samples))
            if hasattr(case, "woken"):
                woken_medians.setdefault(case.label, []).append(median(case.woken))
    per_event = {label: median(values) for label, values in round_medians.items()}

    floor, comm_case, frontend, thread_floor, inline = cases
    # Sequential clicks, each waiting for the previous one to settle: in interleaved
    # slices (a busy machine slows whichever case runs at that moment); the wall time of
    # a case is the median slice times the number of slices.
    slices = 5
    sliced: dict[str, list[float]] = {c.label: [] for c in cases}
    seq_cases = [floor, comm_case, frontend, thread_floor]
    for r in range(slices):
        for case in seq_cases[r % len(seq_cases):] + seq_cases[: r % len(seq_cases)]:
            sliced[case.label].append(_sequential(case, clicks // slices, f"seq {r}"))
    wall = {label: median(times) * slices for label, times in sliced.items() if times}

    rows = []
    for case in cases:
        label = case.label
        spread = round_medians[label]
        rows.append([
            label,
            us(per_event[label]),
            f"{us(min(spread))}-{us(max(spread))}",
            ratio(per_event[label], per_event[floor.label]),
            f"{clicks / wall[label]:,.0f}" if label in wall else "",
        ])
    print_table(["case", "us/event", "round medians", "vs floor", f"events/s ({clicks} clicks)"], rows)
    settings.results["round_trip_us"] = per_event
    settings.results["round_trip_labels"] = {"comm": comm_case.label, "frontend": frontend.label, "floor": floor.label}
    f, c, fe = per_event[floor.label], per_event[comm_case.label], per_event[frontend.label]
    print_ratio("round-trip", f"nbblocks comm / floor = {ratio(c, f)}  ({us(c)} us / {us(f)} us)")
    print_ratio("round-trip", f"nbblocks Frontend.click / floor = {ratio(fe, f)}  ({us(fe)} us / {us(f)} us)")
    t = per_event[thread_floor.label]
    print_ratio("round-trip", f"nbblocks comm / floor with a worker thread hand-off = {ratio(c, t)}  ({us(c)} us / {us(t)} us)")
    woken = {label: median(values) for label, values in woken_medians.items()}
    wkc, wkf = woken[comm_case.label], woken[floor.label]
    print_ratio("round-trip", f"until the caller woke, nbblocks comm / floor = {ratio(wkc, wkf)}  ({us(wkc)} us / {us(wkf)} us;"
                " a kernel's thread does not wait: explains only)")
    w = per_event[inline.label]
    print_ratio("round-trip", f"nbblocks comm, work only (no hand-off) / floor = {ratio(w, f)}  ({us(w)} us / {us(f)} us)")
    wf, wc, wn = wall[floor.label], wall[comm_case.label], wall[frontend.label]
    print_ratio("round-trip", f"{clicks} sequential clicks, nbblocks comm / floor = {ratio(wc, wf)}"
                f"  ({clicks / wc:,.0f} vs {clicks / wf:,.0f} events/s)")
    print_ratio("round-trip", f"{clicks} sequential clicks, nbblocks Frontend.click / floor = {ratio(wn, wf)}"
                f"  ({clicks / wn:,.0f} vs {clicks / wf:,.0f} events/s)")
    wt = wall[thread_floor.label]
    print_ratio("round-trip", f"{clicks} sequential clicks, nbblocks comm / floor with a worker thread hand-off = {ratio(wc, wt)}"
                f"  ({clicks / wc:,.0f} vs {clicks / wt:,.0f} events/s)")
    print_goal(settings, "round-trip comm vs floor", c / f, "<=", 2)
    print_goal(settings, f"{clicks} sequential clicks, rate vs floor (comm)", wf / wc, ">=", 0.5)


def profile(settings: Settings, top: int = 18) -> None:
    """cProfile of Frontend clicks, per thread (caller, engine loop, worker)."""
    import cProfile
    import io
    import pstats
    import threading

    from nbblocks.engine import loop as _loop

    events = 20 if settings.quick else 500
    with recording_comms():
        case = FrontendCase()
        try:
            for i in range(10 if settings.quick else 50):
                case.event(f"warm {i}")
            profiles: dict[str, cProfile.Profile] = {}
            ready = threading.Event()

            def enable(name: str) -> None:
                profiles[name] = cProfile.Profile()
                profiles[name].enable()
                ready.set()

            def disable(name: str) -> None:
                profiles[name].disable()
                ready.set()

            def on_thread(fn: Callable[[str], None]) -> None:
                ready.clear()
                _loop.get_loop().call_soon_threadsafe(fn, "engine loop thread")
                ready.wait()
                ready.clear()
                _loop.hand_off(fn, "worker thread")  # the idle warm thread the next click gets
                ready.wait()

            on_thread(enable)
            enable("caller thread")
            start = time.perf_counter()
            for i in range(events):
                case.event(f"profile {i}")
            elapsed = time.perf_counter() - start
            disable("caller thread")
            on_thread(disable)
        finally:
            case.close()
    print(f"[profile] {events} Frontend clicks in {elapsed:.2f} s under cProfile"
          f" ({elapsed / events * 1e6:,.0f} us/event with profiling overhead)")
    for name, prof in profiles.items():
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(top)
        print(f"\n--- {name}: top {top} by own time ---")
        print(out.getvalue().split("\n\n", 1)[-1].rstrip())
