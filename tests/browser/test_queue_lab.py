"""A long generator shows a progress bar in JupyterLab and a Stop button cancels it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from pages import APP

pytestmark = pytest.mark.browser


def test_progress_bar_then_cancel(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "queue_and_progress.ipynb")
    app = page.locator(APP).first
    result = app.locator("#result")
    start = app.locator('#start [data-nbblocks-part="button"]')
    stop = app.locator('#stop [data-nbblocks-part="button"]')

    start.click()
    # 200 steps of 50 ms: the bar and its description show while it runs.
    bar = result.locator('[data-nbblocks-part="progress"]')
    expect(bar).to_be_visible(timeout=10_000)
    # As Gradio: the innermost level names itself with its percentage and fills the bar;
    # the one-off "Starting" level is gone once the loop runs; steps go before the timer.
    expect(result.locator('[data-nbblocks-part="progress-desc"]')).to_have_text(re.compile(r"^Working - \d+\.\d%$"))
    expect(result.locator('[data-nbblocks-part="progress-steps"]')).to_have_text(re.compile(r"[1-9]\d*/200 steps \|"))
    page.wait_for_function(
        "el => parseFloat(el.style.width) > 0", arg=result.locator(".nbb-progress-fill").element_handle())
    expect(result).to_have_attribute("data-nbblocks-state", "pending")
    text = result.locator('[data-nbblocks-part="input"]')
    expect(text).to_have_value(re.compile(r"step \d+ of 200"))
    app.screenshot(path=artifacts / "queue-progress.png")

    stop.click()
    expect(result).to_have_attribute("data-nbblocks-state", "idle", timeout=10_000)
    expect(result.locator('[data-nbblocks-part="cancelled"]')).to_be_visible()
    stopped_at = text.input_value()
    assert stopped_at != "step 200 of 200"
    page.wait_for_timeout(500)
    assert text.input_value() == stopped_at  # nothing more arrives after the cancel
    app.screenshot(path=artifacts / "queue-cancelled.png")
