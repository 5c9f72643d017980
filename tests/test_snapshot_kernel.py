"""Snapshot outputs in a real kernel (nbclient): one per displayed app, refreshed after a
cell changed the app, and the two ways to turn them off."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

APP = '''
import nbblocks as gr
with gr.Blocks() as demo:
    box = gr.Textbox("first", label="Box")
'''


def _run(*cells: str) -> list[list[dict]]:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    NotebookClient(nb, timeout=600, kernel_name="python3").execute()
    return [c.outputs for c in nb.cells]


def _snapshots(outputs: list[dict]) -> list[str]:
    return [o["data"]["text/html"] for o in outputs if "nbb-snapshot" in o.get("data", {}).get("text/html", "")]


def test_snapshot_output_is_refreshed_and_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NBBLOCKS_SNAPSHOT", raising=False)
    shown, changed, quiet, closed = _run(
        APP + "demo",
        "from nbblocks.testing import Frontend\nFrontend(demo).set(box, 'second')",
        "with gr.Blocks() as other:\n    gr.Textbox('x')\nother.launch(snapshot=False)",
        "demo.close()\nprint('closed')",
    )
    html = _snapshots(shown)
    assert len(html) == 1 and "second" in html[0] and "first" not in html[0]  # refreshed by display id
    assert shown[-1]["data"]["text/plain"].startswith("Blocks(")  # the live output, unchanged
    assert _snapshots(changed) == []
    assert _snapshots(quiet) == [] and any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in quiet)
    assert [o.get("text", "").strip() for o in closed] == ["closed"]  # no refresh after close


def test_environment_variable_turns_snapshots_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBBLOCKS_SNAPSHOT", "0")
    (shown,) = _run(APP + "demo")
    assert _snapshots(shown) == []
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in shown)
