"""axe-core's accessibility checks over the gallery notebooks' apps in JupyterLab, after
"run all": what a person using a screen reader or the keyboard meets in the real page."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pages import APP

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# The gallery notebooks whose apps a person uses after "run all".
NOTEBOOKS = ["quickstart.ipynb", "layouts_and_components.ipynb", "data_and_code.ipynb", "interface.ipynb",
             "queue_and_progress.ipynb"]
AXE = (ROOT / "js" / "node_modules" / "axe-core" / "axe.min.js", ROOT / "tests" / "js" / "harness" / "axe_check.js")


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_axe_finds_nothing_to_fix_in_the_gallery(page: Page, open_and_run, notebook: str) -> None:
    open_and_run(page, notebook)
    expect(page.locator(APP).first).to_be_visible()
    for script in AXE:
        page.add_script_tag(path=str(script))
    # Every app root of the notebook (JupyterLab's own chrome is not ours to check).
    violations = page.evaluate("() => nbAxeViolations(['[data-nbblocks-view=blocks]'])")
    assert violations == [], json.dumps(violations, indent=1)
