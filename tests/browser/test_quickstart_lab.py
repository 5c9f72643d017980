"""The quickstart notebook, used the way a person would: type a name, click, read the greeting."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page

from pages import use_quickstart

pytestmark = pytest.mark.browser


def test_quickstart_greets_ada(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "quickstart.ipynb")
    use_quickstart(page, screenshot=artifacts / "quickstart-app.png")
