"""The benchmarks run end to end in smoke mode. Speed is never asserted here."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"
# An upper bound to catch a hang, far above a run (about 45 s on a busy 2-core machine, 20 s
# of it the JupyterLab section);
# pytest's own per-test timeout is raised to match.
RUN_LIMIT = 300
pytestmark = pytest.mark.timeout(RUN_LIMIT + 60)


def test_every_benchmark_runs_and_prints_its_ratio():
    proc = subprocess.run([sys.executable, str(RUN), "--quick"], capture_output=True, text=True, timeout=RUN_LIMIT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    for name in ("import", "round-trip", "queue", "image", "frontend", "snapshot"):
        assert re.search(rf"^\s*ratio {name}: .+ = [\d.]+x", out, re.M), f"no ratio line for {name}:\n{out}"
    assert re.search(r"^\s*ratio gradio: (.+ = [\d.]+x|skipped)", out, re.M), f"no ratio line for gradio:\n{out}"
    assert re.search(r"^\s*nbblocks \S+\s+[\d.]+\s+[\d.]+", out, re.M), f"no nbblocks row in the http table:\n{out}"
    assert re.search(r"^\s*ratio http: (.+ = [\d.]+x|skipped)", out, re.M), f"no ratio line for http:\n{out}"
    assert re.search(r"^\s*ratio image: gradio (Image.postprocess / nbblocks = [\d.]+x|skipped)", out, re.M), out
    assert re.search(r"^\s*ratio audio: gradio (Audio.postprocess / nbblocks = [\d.]+x|skipped)", out, re.M), out
    assert re.search(r"^\s*ratio ranges: ranged / one request = [\d.]+x", out, re.M), out
    assert re.search(r"^\s*ratio dataframe: (gradio Dataframe.postprocess / nbblocks show = [\d.]+x|gradio skipped|skipped)", out, re.M), out
    assert re.search(r"^\s*ratio annotated: gradio (AnnotatedImage.postprocess / nbblocks = [\d.]+x|skipped)", out, re.M), out
    assert re.search(r"^\s*ratio plot: points in the frame / points sent to the notebook = [\d.]+x", out, re.M), out
    assert re.search(r"^\s*ratio plot: (gradio bytes / nbblocks bytes = [\d.]+x|gradio skipped)", out, re.M), out
    assert "loaded by `import nbblocks`" in out
    assert re.search(r"^\s*ratio chat-stream: comm bytes / final history = [\d.]+x", out, re.M), out
    assert re.search(r"^\s*ratio page: (nbblocks / gradio click to DOM update = [\d.]+x|skipped)", out, re.M), out
    assert re.search(r"^\s*ratio lab-tti: (quickstart app / bare anywidget x\d+ = [\d.]+x|skipped)", out, re.M), out


def test_profile_mode_prints_each_thread():
    proc = subprocess.run([sys.executable, str(RUN), "--profile", "--quick"], capture_output=True, text=True, timeout=RUN_LIMIT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for thread in ("caller thread", "engine loop thread", "worker thread"):
        assert f"--- {thread}:" in proc.stdout, proc.stdout
