"""Re-running a cell in JupyterLab closes the app that cell built before.

JupyterLab tells the kernel which cell runs (the cellId in the request's metadata);
nbblocks keys apps by it. nbval sends no cell ids, so only a real JupyterLab tests this.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from lab_harness import run_cell
from pages import APP

pytestmark = pytest.mark.browser

NOTEBOOK = "state_and_sessions.ipynb"


def _text(outputs: list[dict]) -> str:
    return "".join(o.get("text", "") for o in outputs if o["output_type"] == "stream")


def test_rerunning_a_cell_closes_the_app_it_built(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, NOTEBOOK)
    assert _text(run_cell(page, NOTEBOOK, "earlier app(s) closed")) == "1 run(s), 0 earlier app(s) closed\n"

    for run in (2, 3):
        outputs = run_cell(page, NOTEBOOK, "with gr.Blocks() as again:")
        assert not [o for o in outputs if o["output_type"] == "error"], outputs
        # The cell's output is the new app, and only the new app.
        shown = page.locator(APP).filter(has_text="Run number")
        expect(shown).to_have_count(1)
        expect(shown).to_contain_text(f"Run number {run}")
        # The next cell asserts every earlier app was closed: its State's delete_callback ran.
        report = run_cell(page, NOTEBOOK, "earlier app(s) closed")
        assert not [o for o in report if o["output_type"] == "error"], report
        assert _text(report) == f"{run} run(s), {run - 1} earlier app(s) closed\n"
    shown.screenshot(path=artifacts / "state-rerun-app.png")
