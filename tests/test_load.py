"""Many official gradio_client clients at once against a real uvicorn on 127.0.0.1.

Marked ``stress``: ``./dev test`` runs a short version (10 clients x 60 jobs); with
``--stress-long`` it is 50 clients x 1,000 jobs (``docs/reliability.md``). Every job must
come back with its own result: no ``CancelledError``, no wrong or missing answer, no
error logged by the server.
"""

from __future__ import annotations

import concurrent.futures
import logging
import os
import random
import threading
import time
from collections import Counter

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")
from gradio_client import Client

import nbblocks as gr
from server_log import ServerLog

pytestmark = pytest.mark.stress

#: Seconds one job may take before the client gives up on it (a lost job never answers).
JOB_TIMEOUT = 120


def counter_app() -> tuple[gr.Blocks, Counter]:
    """``/step`` echoes its text reversed and counts the calls of its session in a State;
    ``/flip`` only echoes (concurrent submits of one session use it: they would race on
    the State, in Gradio as here)."""
    ran: Counter = Counter()
    lock = threading.Lock()

    def step(text: str, count: int) -> tuple[str, int, int]:
        with lock:
            ran[text.split("-")[0]] += 1
        return text[::-1], count + 1, count + 1

    with gr.Blocks() as demo:
        box = gr.Textbox(label="Text")
        out = gr.Textbox(label="Reversed")
        total = gr.Number(label="Calls", precision=0)
        count = gr.State(0)
        box.submit(step, [box, count], [out, total, count], api_name="step", concurrency_limit=None)
        box.change(lambda text: step(text, 0)[0], box, out, api_name="flip", concurrency_limit=None)
    return demo, ran


def run_client(url: str, index: int, jobs: int) -> dict[str, object]:
    """One client: jobs one after the other (most joined right after the previous one
    completed, the pattern that races with the end of a queue stream; one in four after
    a pause of up to a second, as a person would), with a burst of three concurrent
    submits every tenth round."""
    failures: list[str] = []
    done = 0
    pauses = random.Random(index)
    # Plain HTTP on 127.0.0.1: no certificate to verify. (With verification on, httpx
    # loads the CA bundle again for each of gradio_client's requests, ~90 ms of CPU.)
    client = Client(url, verbose=False, analytics_enabled=False, download_files=False, ssl_verify=False)
    try:
        calls = 0
        k = 0
        while k < jobs:
            burst = 3 if k % 10 == 9 else 1
            burst = min(burst, jobs - k)
            texts = [f"{index}-{k + b}" for b in range(burst)]
            submitted = [client.submit(t, api_name="/flip" if burst > 1 else "/step") for t in texts]
            for text, job in zip(texts, submitted):
                stateful = burst == 1
                calls += stateful  # the server runs it even when the client loses it
                try:
                    result = job.result(timeout=JOB_TIMEOUT)
                except concurrent.futures.CancelledError:
                    failures.append(f"{text}: CancelledError")
                    continue
                except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                    failures.append(f"{text}: {type(exc).__name__}: {exc}")
                    continue
                done += 1
                expected = (text[::-1], calls) if stateful else text[::-1]
                if result != expected:
                    failures.append(f"{text}: got {result!r}, expected {expected!r}")
            k += burst
            if pauses.random() < 0.25:
                time.sleep(pauses.uniform(0, 1))  # a user's pause, not a synchronisation
    finally:
        client.close()
    return {"done": done, "failures": failures}


def run_load(clients: int, jobs: int) -> dict[str, object]:
    demo, ran = counter_app()
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    url = demo.local_url
    started = time.monotonic()
    try:
        with ServerLog(logging.WARNING) as errors, concurrent.futures.ThreadPoolExecutor(clients) as pool:
            results = list(pool.map(lambda i: run_client(url, i, jobs), range(clients)))
            seconds = time.monotonic() - started
            server_errors = [r.getMessage() for r in errors.records if r.levelno >= logging.ERROR]
            warnings = [r.getMessage() for r in errors.records if r.levelno == logging.WARNING]
    finally:
        demo.close()
    failures = [f for r in results for f in r["failures"]]  # type: ignore[attr-defined]
    return {
        "clients": clients,
        "jobs": clients * jobs,
        "answered": sum(r["done"] for r in results),  # type: ignore[misc]
        "ran_on_server": sum(ran.values()),
        "failures": failures,
        "server_errors": server_errors,
        "warnings": warnings,
        "seconds": round(seconds, 1),
    }


def test_many_concurrent_gradio_clients_lose_no_job(stress_long):
    clients, jobs = (50, 1000) if stress_long else (10, 60)
    clients = int(os.environ.get("NBBLOCKS_LOAD_CLIENTS", clients))
    jobs = int(os.environ.get("NBBLOCKS_LOAD_JOBS", jobs))
    report = run_load(clients, jobs)
    failures = report["failures"]
    print(
        f"\nload: {report['clients']} clients x {jobs} jobs = {report['jobs']} jobs in {report['seconds']} s; "
        f"answered {report['answered']}, ran on the server {report['ran_on_server']}, "
        f"lost or failed {len(failures)}, server errors {len(report['server_errors'])}"  # type: ignore[arg-type]
    )
    assert failures == [], f"{len(failures)} of {report['jobs']} jobs failed, e.g. {failures[:5]}"  # type: ignore[arg-type,index]
    assert report["server_errors"] == []
    assert report["answered"] == report["jobs"] == report["ran_on_server"]
