"""The gallery notebooks after "run all" in JupyterLab: their apps stay open and usable
with no error showing, and axe-core's accessibility checks find nothing to fix in them
(what a person using a screen reader or the keyboard meets in the real page)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pages import APP

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
# The gallery notebooks whose apps a person uses after "run all".
NOTEBOOKS = ["quickstart.ipynb", "layouts_and_components.ipynb", "data_and_code.ipynb", "image_app.ipynb",
             "image_editor.ipynb", "interface.ipynb", "queue_and_progress.ipynb"]
AXE = (ROOT / "js" / "node_modules" / "axe-core" / "axe.min.js", ROOT / "tests" / "js" / "harness" / "axe_check.js")


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_run_all_leaves_usable_apps_that_axe_finds_nothing_to_fix_in(page: Page, open_and_run, notebook: str) -> None:
    open_and_run(page, notebook)
    expect(page.locator(APP).first).to_be_visible()
    # The self-checks leave no error on the apps a reader goes on to try.
    # (A check that ends with a valid value clears its error once the page hears of it: wait.)
    expect(page.locator(f'{APP} [data-nbblocks-part="error"]:visible')).to_have_count(0)
    for script in AXE:
        page.add_script_tag(path=str(script))
    # Every app root of the notebook (JupyterLab's own chrome is not ours to check).
    violations = page.evaluate("() => nbAxeViolations(['[data-nbblocks-view=blocks]'])")
    assert violations == [], json.dumps(violations, indent=1)
