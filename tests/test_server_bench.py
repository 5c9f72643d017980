"""The HTTP benchmark runs end to end in smoke mode. Speed is never asserted here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")

BENCH = Path(__file__).resolve().parent.parent / "bench" / "http_bench.py"


def test_http_bench_runs_and_prints_its_ratios():
    proc = subprocess.run([sys.executable, str(BENCH), "--quick"], capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert re.search(r"^\s*nbblocks \S+\s+[\d.]+\s+[\d.]+", proc.stdout, re.M), proc.stdout
    assert re.search(r"^\s*ratio http: (.+ = [\d.]+x|skipped)", proc.stdout, re.M), proc.stdout
