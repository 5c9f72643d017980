"""Shared pieces of the benchmarks: statistics, table printing, a kernel-like comm.

Kept free of nbblocks imports so that a benchmark can time ``import nbblocks`` itself.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

REPO = Path(__file__).resolve().parent.parent
GRADIO_PYTHON_ENV = "NBBLOCKS_BENCH_GRADIO_PYTHON"


@dataclass
class Settings:
    """How hard to try: ``quick`` is the smoke mode of the test suite."""

    quick: bool = False
    gradio_python: str | None = None
    #: Results a benchmark leaves for a later one (e.g. the round trip for the Gradio section).
    results: dict[str, Any] = field(default_factory=dict)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed_rounds(fn: Callable[[], Any], rounds: int, calls: int, warmup: int) -> list[float]:
    """The median seconds of ``calls`` calls, for each of ``rounds`` rounds after ``warmup`` calls.

    Stdlib only: Gradio's child interpreters use it too.
    """
    import time

    for _ in range(warmup):
        fn()
    medians = []
    for _ in range(rounds):
        samples = []
        for _ in range(calls):
            start = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - start)
        medians.append(statistics.median(samples))
    return medians


def ratio(a: float, b: float) -> str:
    if b <= 0:
        return "n/a"
    r = a / b
    return f"{r:.2f}x" if r >= 0.1 or r == 0 else f"{r:.2g}x"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f}"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f}"


def print_table(header: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> None:
    """A plain-text table: first column left-aligned, the others right-aligned."""
    table = [list(header), *[list(r) for r in rows]]
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]
        print(indent + "  ".join(cells).rstrip())


def print_ratio(name: str, text: str) -> None:
    """The one line per comparison that ``tests/test_bench_smoke.py`` looks for."""
    print(f"  ratio {name}: {text}")


def print_goal(settings: Settings, name: str, value: float, op: str, target: float) -> None:
    """One ``goal`` line: a ratio, the goal it is held to, and whether it holds (never
    asserted; ``bench/run.py`` lists them all at the end)."""
    holds = value <= target if op == "<=" else value >= target
    line = f"{name}: {value:.2f}x (goal {op} {target:g}x) {'holds' if holds else 'MISSED'}"
    settings.results.setdefault("goals", []).append(line)
    print(f"  goal {line}")


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment of a child interpreter: the repository importable, no telemetry."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    env.update(extra)
    return env


def find_gradio_python(settings: Settings) -> tuple[str | None, str]:
    """An interpreter that can import gradio, and a note saying which (or why none)."""
    import importlib.util

    if importlib.util.find_spec("gradio") is not None:
        return sys.executable, "this interpreter"
    path = settings.gradio_python or os.environ.get(GRADIO_PYTHON_ENV)
    if not path:
        return None, f"gradio is not importable here; pass --gradio-python PATH or set {GRADIO_PYTHON_ENV}"
    if not Path(path).exists():
        return None, f"{path} does not exist"
    return path, path


# -- a comm that pays what a kernel's comm pays, and records what it sends -------------


class _Wire:
    """What ipykernel's comm does with every message before the socket: ``json_clean`` the
    content and metadata, build the message (header, ids, date) and serialise and sign it.
    Binary buffers are copied only when every frame is smaller than 64 KiB, as
    ``jupyter_client.Session.send`` does (``copy = longest < copy_threshold``): a bigger
    message goes to zmq without a copy (pyzmq keeps a reference until it is sent)."""

    COPY_THRESHOLD = 2**16  # jupyter_client.Session.copy_threshold

    def __init__(self) -> None:
        from ipykernel.jsonutil import json_clean
        from jupyter_client.session import Session

        self.json_clean = json_clean
        self.session = Session(key=b"bench-key")

    def encode(self, comm_id: str, topic: bytes, msg_type: str, data: Any, metadata: Any, buffers: Any, keys: dict[str, Any]) -> list[bytes]:
        content = self.json_clean(dict(data={} if data is None else data, comm_id=comm_id, **keys))
        msg = self.session.msg(msg_type, content, metadata=self.json_clean({} if metadata is None else metadata))
        frames = self.session.serialize(msg, ident=topic)
        views = [memoryview(b) for b in (buffers or [])]
        if any(not v.c_contiguous for v in views):
            raise ValueError("a comm buffer is not contiguous (zmq refuses it)")
        views = [v if v.ndim == 1 and v.format == "B" else v.cast("B") for v in views]  # len() is the byte count
        if max((len(f) for f in [*frames, *views]), default=0) < self.COPY_THRESHOLD:
            return frames + [v.tobytes() for v in views]
        return frames + views  # type: ignore[operator]  # zero-copy frames, as zmq sends them


_wire: _Wire | None = None


def _recording_comm_class(tap: Callable[..., None] | None = None) -> type:
    from comm.base_comm import BaseComm

    class RecordingComm(BaseComm):
        """``comm.base_comm.BaseComm`` whose ``publish_msg`` serialises like ipykernel's
        comm and hands each message to ``on_publish`` (if set) instead of a socket."""

        kernel = object()  # ipywidgets sends only when the comm has a kernel
        sent = 0

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.on_publish: Callable[[str, Any], None] | None = None
            #: Called with the size in bytes of every message (all its frames).
            self.on_publish_bytes: Callable[[int], None] | None = None
            super().__init__(*args, **kwargs)

        def publish_msg(self, msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any) -> None:
            assert _wire is not None
            frames = _wire.encode(self.comm_id, self.topic, msg_type, data, metadata, buffers, keys)
            if tap is not None:
                tap(self, frames, msg_type, data, buffers)
            RecordingComm.sent += 1
            if self.on_publish_bytes is not None:
                self.on_publish_bytes(sum(len(f) for f in frames))
            hook = self.on_publish
            if hook is not None:
                hook(msg_type, data)

    return RecordingComm


@contextlib.contextmanager
def recording_comms(tap: Callable[..., None] | None = None) -> Iterator[type]:
    """Patch ``comm.create_comm`` (looked up at call time by ipywidgets and anywidget).
    ``tap(comm, frames, msg_type, data, buffers)`` sees every message, ``comm_open`` too."""
    global _wire
    import comm

    if _wire is None:
        _wire = _Wire()
    cls = _recording_comm_class(tap)
    saved = comm.create_comm
    comm.create_comm = lambda *args, **kwargs: cls(*args, **kwargs)
    try:
        yield cls
    finally:
        comm.create_comm = saved


def inject(widget: Any, data: dict[str, Any], buffers: list | None = None) -> None:
    """A front-end message, delivered exactly as the kernel's comm manager delivers it."""
    widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": data}, "buffers": buffers or []})


class PublishWaiter:
    """Wakes a waiting thread when a widget publishes an ``update`` carrying ``trait``, and
    keeps the moment of that publish (``at``, ``time.perf_counter``), read in the
    publishing thread: a kernel's thread does not wait for the message, so the time until
    the waiting thread wakes is not part of the round trip."""

    def __init__(self, widget: Any, trait: str = "value"):
        self.trait = trait
        self.event = threading.Event()
        self.at = 0.0
        widget.comm.on_publish = self._published

    def _published(self, msg_type: str, data: Any) -> None:
        if msg_type != "comm_msg" or not isinstance(data, dict):
            return
        if data.get("method") == "update" and self.trait in data.get("state", {}):
            self._set()
        elif self.trait == "value" and data.get("method") == "custom" and (data.get("content") or {}).get("type") == "value_diff":
            self._set()  # a value sent as edits of the one the page holds

    def _set(self) -> None:
        if not self.event.is_set():
            self.at = time.perf_counter()
            self.event.set()

    def arm(self) -> None:
        self.event.clear()

    def wait(self, timeout: float = 10.0) -> float:
        """Wait for the publish; return its moment."""
        if not self.event.wait(timeout):
            raise TimeoutError(f"no update of {self.trait!r} was published within {timeout}s")
        return self.at
