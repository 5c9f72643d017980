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

    # 400 steps of 50 ms (the most the slider allows): 20 s for the steps below, which
    # take a second or two, to see the run and stop it before it ends on its own.
    steps = app.locator('[data-nbblocks-view="slider"] [data-nbblocks-part="number"]')
    steps.fill("400")
    expect(steps).to_have_value("400")
    start.click()
    bar = result.locator('[data-nbblocks-part="progress"]')
    expect(bar).to_be_visible()
    # As Gradio: the innermost level names itself with its percentage and fills the bar;
    # the one-off "Starting" level is gone once the loop runs; steps go before the timer.
    expect(result.locator('[data-nbblocks-part="progress-desc"]')).to_have_text(re.compile(r"^Working - \d+\.\d%$"))
    expect(result.locator('[data-nbblocks-part="progress-steps"]')).to_have_text(re.compile(r"[1-9]\d*/400 steps \|"))
    page.wait_for_function(
        "el => parseFloat(el.style.width) > 0", arg=result.locator(".nbb-progress-fill").element_handle())
    expect(result).to_have_attribute("data-nbblocks-state", "pending")
    text = result.locator('[data-nbblocks-part="input"]')
    expect(text).to_have_value(re.compile(r"step \d+ of 400"))
    app.screenshot(path=artifacts / "queue-progress.png")

    stop.click()
    expect(result).to_have_attribute("data-nbblocks-state", "idle")
    expect(result.locator('[data-nbblocks-part="cancelled"]')).to_be_visible()
    # The kernel sends the cancelled status after the job's last value
    # (tests/test_queue.py checks that order): the value shown now is the last one.
    stopped_at = text.input_value()
    assert stopped_at != "step 400 of 400"
    app.screenshot(path=artifacts / "queue-cancelled.png")
    assert text.input_value() == stopped_at  # nothing more arrives after the cancel
