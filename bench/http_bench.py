"""nbblocks' HTTP server against Gradio's, serving the same app to the same client.

    python bench/http_bench.py                      # needs gradio importable, or:
    python bench/http_bench.py --gradio-python /path/to/venv/bin/python
    python bench/http_bench.py --quick              # smoke mode, numbers meaningless

Each server runs in its own child interpreter (the same app code, ``import gradio as gr``
or ``import nbblocks as gr``), bound to 127.0.0.1; the measuring clients run here, so
both servers face exactly the same clients (``gradio_client``, ``httpx`` and a lean raw
HTTP client). Cases:

- ``predict``: sequential ``Client.predict`` of an echo with a State (one client);
- ``/call``: curl-style POST then GET of the answer stream, sequential on one keep-alive
  connection (``_rawhttp.py``, a lean client, so the client's own cost stays small);
- ``generator``: ``Client.submit`` of a 20-yield generator until its last value;
- ``throughput``: 8 gradio_client clients submitting at once, events per second (the
  client's own polling bounds this one);
- ``raw throughput``: 8 concurrent curl-style clients (``/call`` POST + answer stream, the
  lean client), each waiting for its answer before the next call: what the server itself
  sustains (the median of 3 runs);
- ``session RSS``: the server process's resident memory growth per new client session
  (1000 sessions, each one ``/call`` with its own ``session_hash``).

The floor is a bare Starlette + uvicorn app (the same uvicorn settings as nbblocks')
with the two ``/call`` routes of the echo and nothing else: the POST keeps the echoed
payload under a new event id, the GET answers it as one ``complete`` event. The same
lean client measures it against nbblocks with both servers running, so the load of the
shared machine falls on both alike: ``/call`` latency with the two called in turn, one
call each, the first one changing every call (15 rounds of 40 calls each; the ratio is
the median of the rounds' ratios), then 8-client throughput, the two in turn (10 pairs of
runs, either one first as often; the ratio is the median of the pairs' ratios, as for the
latency: one run is 480 calls, under a second, so a burst of load on the shared machine
moves a single run by 2x, and a pair's two runs share most of it).

Medians of repeated rounds; every comparison is a ratio nbblocks / gradio, never asserted.
Without gradio, the nbblocks numbers are printed alone.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

APP = '''
import time
def echo(text, n):
    return text, n + 1
def count(k):
    for i in range(int(k)):
        yield str(i)
with gr.Blocks() as demo:
    box = gr.Textbox(label="In")
    out = gr.Textbox(label="Out")
    num = gr.Number(label="K")
    state = gr.State(0)
    btn = gr.Button()
    btn.click(echo, [box, state], [out, state], api_name="echo")
    btn.click(count, num, out, api_name="count")
'''


# -- the child: one server ------------------------------------------------------------------


def _floor_app() -> Any:
    """The least a server can do for ``/call``: the same two routes, no engine."""
    import secrets

    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse
    from starlette.routing import Route

    results: dict[str, Any] = {}

    async def post(request: Request) -> Response:
        body = await request.json()
        event_id = secrets.token_hex(16)
        text, n = body["data"]
        results[event_id] = [text, (n or 0) + 1]
        return JSONResponse({"event_id": event_id})

    async def get(request: Request) -> Response:
        data = results.pop(request.path_params["event_id"])

        async def stream() -> Any:
            yield f"event: complete\ndata: {json.dumps(data)}\n\n"

        return StreamingResponse(stream(), media_type="text/event-stream")

    return Starlette(routes=[Route("/gradio_api/call/echo", post, methods=["POST"]),
                             Route("/gradio_api/call/echo/{event_id}", get)])


def _floor_child(port: int) -> None:
    import starlette
    import uvicorn

    config = uvicorn.Config(_floor_app(), host="127.0.0.1", port=port, lifespan="off", log_config=None, log_level="warning",
                            access_log=False, ws="none", timeout_keep_alive=5, server_header=False, proxy_headers=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    print(json.dumps({"url": f"http://127.0.0.1:{port}/", "version": f"starlette {starlette.__version__}"}), flush=True)
    sys.stdin.read()
    server.should_exit = True
    thread.join(10)


def _child(library: str, port: int) -> None:
    import importlib

    if library == "floor":
        _floor_child(port)
        return

    gr = importlib.import_module(library)
    namespace: dict[str, Any] = {"gr": gr}
    exec(APP, namespace)
    demo = namespace["demo"]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    print(json.dumps({"url": f"http://127.0.0.1:{port}/", "version": getattr(gr, "__version__", "?")}), flush=True)
    sys.stdin.read()  # serve until the parent closes our stdin
    demo.close()


# -- the parent ------------------------------------------------------------------------------


class Server:
    """A server child of ``library`` in ``python``; ``script`` is the module whose
    ``--child`` entry builds the app (this one's by default)."""

    def __init__(self, python: str, library: str, script: str | None = None):
        from _common import subprocess_env

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        self.proc = subprocess.Popen(
            [python, script or __file__, "--child", library, str(port)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=subprocess_env(HF_HUB_DISABLE_TELEMETRY="1"),
        )
        line = _readline(self.proc, 120)
        info = json.loads(line)
        self.url: str = info["url"]
        self.version: str = info["version"]
        self.library = library

    def rss(self) -> int:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        return 0

    def stop(self) -> None:
        try:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(20)
        except Exception:
            self.proc.kill()
            self.proc.wait(5)


def _readline(proc: subprocess.Popen, timeout: float) -> str:
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.readline()), daemon=True)  # type: ignore[union-attr]
    reader.start()
    reader.join(timeout)
    if not out or not out[0].strip():
        proc.kill()
        raise RuntimeError("the server child did not start")
    return out[0]


def _client(url: str) -> Any:
    from gradio_client import Client

    return Client(url, verbose=False, analytics_enabled=False, download_files=False)


class Lost:
    """Counts jobs the client lost, and submits them again.

    Two ways are seen: gradio_client files a job under the session's open stream, and when
    the server closes that stream (``close_stream``) just as the job is submitted the client
    gives the job up (``CancelledError``); or the server takes longer than the client's 5 s
    HTTP timeout to answer a ``queue/join`` (``httpx.TimeoutException``).
    """

    @staticmethod
    def errors() -> tuple[type[BaseException], ...]:
        from concurrent.futures import CancelledError

        import httpx

        return (CancelledError, httpx.TimeoutException)

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    def result(self, submit: Any, timeout: float = 60) -> Any:
        for _ in range(5):
            try:
                return submit().result(timeout=timeout)
            except self.errors():
                with self.lock:
                    self.count += 1
        raise RuntimeError("a job was lost five times in a row")


def measure_against_floor(floor: Server, server: Server, quick: bool) -> dict[str, list[float]]:
    """The floor and ``server``, both running, measured under the same load: ``/call``
    latency called in turn on one connection each (``paired_call_latencies``; per round,
    the median of each side), then 8-client throughput, the two servers in turn."""
    from _rawhttp import call_throughput, paired_call_latencies

    rounds, events = (2, 5) if quick else (15, 40)
    out: dict[str, list[float]] = {"floor_call": [], "call": [], "floor_throughput": [], "throughput": []}
    for _ in range(rounds):
        a, b = paired_call_latencies([floor.url, server.url], events)
        out["floor_call"].append(statistics.median(a))
        out["call"].append(statistics.median(b))
    n_clients, per_client = (2, 5) if quick else (8, 60)
    for run in range(1 if quick else 10):
        sides = [("floor_throughput", floor), ("throughput", server)]
        for key, each in sides if run % 2 == 0 else sides[::-1]:  # either one goes first as often
            out[key].append(call_throughput(each.url, n_clients, per_client))
    return out


def measure(server: Server, quick: bool) -> dict[str, Any]:
    import httpx

    from _rawhttp import call_latencies, call_throughput

    rounds, events = (2, 5) if quick else (5, 40)
    result: dict[str, Any] = {}
    lost = Lost()
    client = _client(server.url)
    try:
        for i in range(3 if quick else 20):
            client.predict(f"warm {i}", api_name="/echo")
        medians = []
        for r in range(rounds):
            samples = []
            for i in range(events):
                start = time.perf_counter()
                value = lost.result(lambda: client.submit(f"r{r} e{i}", api_name="/echo"))
                samples.append(time.perf_counter() - start)
                assert value == f"r{r} e{i}", value
            medians.append(statistics.median(samples))
        result["predict"] = medians
        medians = []
        for r in range(rounds):
            samples = []
            for i in range(max(2, events // 4)):
                start = time.perf_counter()
                assert lost.result(lambda: client.submit(20, api_name="/count")) == "19"
                samples.append(time.perf_counter() - start)
            medians.append(statistics.median(samples))
        result["generator"] = medians
    finally:
        client.close()

    medians = []
    for r in range(rounds):
        medians.append(statistics.median(call_latencies(server.url, events)))
    result["call"] = medians

    n_clients, per_client = (2, 3) if quick else (8, 25)
    clients = [_client(server.url) for _ in range(n_clients)]
    try:
        def work(c: Any) -> None:
            jobs = [c.submit(f"t{k}", api_name="/echo") for k in range(per_client)]
            for k, job in enumerate(jobs):
                try:
                    job.result(timeout=60)
                except Lost.errors():
                    with lost.lock:
                        lost.count += 1
                    lost.result(lambda: c.submit(f"t{k}", api_name="/echo"))

        start = time.perf_counter()
        with ThreadPoolExecutor(n_clients) as pool:
            list(pool.map(work, clients))
        result["throughput"] = n_clients * per_client / (time.perf_counter() - start)
    finally:
        for c in clients:
            c.close()

    result["raw_throughput"] = statistics.median(
        call_throughput(server.url, n_clients, 5 if quick else 60) for _ in range(1 if quick else 3)
    )

    sessions = 50 if quick else 1000
    with httpx.Client(timeout=30) as http:
        before = server.rss()
        for i in range(sessions):
            event_id = http.post(f"{server.url}gradio_api/call/echo", json={"data": ["s", None], "session_hash": f"bench{i}"}).json()["event_id"]
            http.get(f"{server.url}gradio_api/call/echo/{event_id}")
        time.sleep(0.5)
        result["session_bytes"] = max(0, server.rss() - before) / sessions
    result["lost"] = lost.count
    return result


def main(argv: list[str] | None = None) -> int:
    from _common import GRADIO_PYTHON_ENV, Settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--gradio-python", help=f"an interpreter that imports gradio (or set {GRADIO_PYTHON_ENV})")
    args = parser.parse_args(argv)
    run(Settings(quick=args.quick, gradio_python=args.gradio_python))
    return 0


def run(settings: Any) -> None:
    """The ``http`` section of ``bench/run.py``."""
    from _common import find_gradio_python, median, ms, print_goal, print_ratio, print_table, ratio

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    gradio_python, note = find_gradio_python(settings)
    results: dict[str, dict[str, Any]] = {}
    versions: dict[str, str] = {}
    print("  measuring nbblocks against the floor ...", file=sys.stderr, flush=True)
    floor_server, ours = Server(sys.executable, "floor"), Server(sys.executable, "nbblocks")
    try:
        versions["floor"] = floor_server.version
        paired = measure_against_floor(floor_server, ours, settings.quick)
    finally:
        ours.stop()
        floor_server.stop()
    floor = {"call": paired["floor_call"], "raw_throughput": median(paired["floor_throughput"])}
    for library, python in (("nbblocks", sys.executable), ("gradio", gradio_python)):
        if python is None:
            continue
        print(f"  measuring {library} ...", file=sys.stderr, flush=True)
        server = Server(python, library)
        try:
            versions[library] = server.version
            results[library] = measure(server, settings.quick)
        finally:
            server.stop()
    results["nbblocks"]["paired_call"] = paired["call"]
    results["nbblocks"]["paired_throughput"] = median(paired["throughput"])

    print("[http] the same app served by nbblocks and by Gradio, the same clients (gradio_client and a lean raw HTTP client)")
    if "gradio" not in results:
        print(f"  note: {note}")
    rows = []
    for library, r in results.items():
        rows.append([
            f"{library} {versions[library]}",
            ms(median(r["predict"])), ms(median(r["call"])), ms(median(r["generator"])),
            f"{r['throughput']:,.0f}", f"{r['raw_throughput']:,.0f}", f"{r['session_bytes'] / 1024:,.1f}", str(r["lost"]),
        ])
    n = results["nbblocks"]
    rows.append([f"floor: bare {versions['floor']} + uvicorn", "", ms(median(floor["call"])), "", "", f"{floor['raw_throughput']:,.0f}", "", ""])
    rows.append(["nbblocks, in turn with the floor", "", ms(median(n["paired_call"])), "", "", f"{n['paired_throughput']:,.0f}", "", ""])
    print_table(["server", "predict ms", "/call ms", "generator ms", "events/s (8 Clients)", "events/s (8 raw)", "KiB/session (RSS)", "lost jobs"], rows)
    # The floor ratio pairs each round's medians (both servers called in turn, under the
    # same load) and takes the median of the rounds' ratios.
    round_ratios = [b / a for a, b in zip(floor["call"], n["paired_call"])]
    call_vs_floor = median(round_ratios)
    pair_ratios = [b / a for a, b in zip(paired["floor_throughput"], paired["throughput"])]
    throughput_vs_floor = median(pair_ratios)
    print_ratio("http", f"nbblocks / bare Starlette /call latency = {call_vs_floor:.2f}x"
                f"  ({ms(median(n['paired_call']))} ms / {ms(median(floor['call']))} ms; "
                f"rounds {min(round_ratios):.2f}x - {max(round_ratios):.2f}x)")
    print_ratio("http", f"nbblocks / bare Starlette throughput, 8 raw HTTP clients = {throughput_vs_floor:.2f}x"
                f"  ({n['paired_throughput']:,.0f} / {floor['raw_throughput']:,.0f} events/s; "
                f"pairs {min(pair_ratios):.2f}x - {max(pair_ratios):.2f}x)")
    print_goal(settings, "http /call latency vs bare Starlette", call_vs_floor, "<=", 1.2)
    print_goal(settings, "http 8-client throughput vs bare Starlette", throughput_vs_floor, ">=", 0.8)
    if "gradio" in results and "nbblocks" in results:
        n, g = results["nbblocks"], results["gradio"]
        for key, label in (("predict", "predict latency"), ("call", "/call latency"), ("generator", "20-yield generator")):
            print_ratio("http", f"nbblocks / gradio {label} = {ratio(median(n[key]), median(g[key]))}"
                        f"  ({ms(median(n[key]))} ms / {ms(median(g[key]))} ms)")
        print_ratio("http", f"nbblocks / gradio throughput, 8 gradio_client clients = {ratio(n['throughput'], g['throughput'])}"
                    f"  ({n['throughput']:,.0f} / {g['throughput']:,.0f} events/s)")
        print_ratio("http", f"nbblocks / gradio throughput, 8 raw HTTP clients = {ratio(n['raw_throughput'], g['raw_throughput'])}"
                    f"  ({n['raw_throughput']:,.0f} / {g['raw_throughput']:,.0f} events/s)")
        if g["session_bytes"] > 0:
            print_ratio("http", f"nbblocks / gradio memory per session = {ratio(n['session_bytes'], g['session_bytes'])}"
                        f"  ({n['session_bytes'] / 1024:,.1f} / {g['session_bytes'] / 1024:,.1f} KiB)")
            print_goal(settings, "http memory per session vs gradio", n["session_bytes"] / g["session_bytes"], "<=", 0.25)
    else:
        print_ratio("http", "skipped (gradio not importable)")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main())
