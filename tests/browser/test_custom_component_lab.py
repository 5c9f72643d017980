"""Custom components defined in notebook cells (inline ``_esm``) in JupyterLab: one renders
and fires its own events, which reach the kernel and update other components; one with
files in its data model draws them from bytes the kernel sends."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def test_custom_components_render_fire_events_and_draw_files(page: Page, open_and_run, artifacts: Path) -> None:
    open_and_run(page, "custom_component.ipynb")

    tags = page.locator("#tags").first
    expect(tags).to_have_attribute("data-nbblocks-view", "custom")
    expect(tags.locator('[data-nbblocks-part="label"]')).to_have_text("Tags")
    log = page.locator('#log [data-nbblocks-part="input"]').first
    count = page.locator('#count [data-nbblocks-part="input"]').first

    # Later cells drove the same app through the headless Frontend; the page shows it.
    chips = tags.locator('[data-nbblocks-part="tag"]')
    expect(chips).to_have_text(["notebooks", "widgets"])
    expect(log).to_have_value("added widgets")

    # The view's _css is on the page.
    assert chips.first.evaluate("el => getComputedStyle(el).borderRadius") == "999px"

    entry = tags.locator('[data-nbblocks-part="tag-input"]')
    entry.fill("lab")
    entry.press("Enter")
    expect(chips).to_have_text(["notebooks", "widgets", "lab"])
    expect(log).to_have_value("added lab")  # the custom event "tag_added" with its data
    expect(count).to_have_value("3")  # the standard "change" event

    chips.first.click()
    expect(chips).to_have_text(["widgets", "lab"])
    expect(log).to_have_value("removed notebooks")
    expect(count).to_have_value("2")
    tags.screenshot(path=artifacts / "custom-component-tags.png")

    # Files in a custom data model: the "Subtitles shouted" clip got its files from a function; its view asks the kernel
    # for their bytes (ctx.fileSource) and plays them from blob URLs.
    clip = page.locator('[data-nbblocks-view="custom"]', has=page.locator('[data-nbblocks-part="label"]', has_text="Subtitles shouted")).last
    video = clip.locator('[data-nbblocks-part="video"]')
    expect(video).to_have_attribute("src", re.compile(r"^blob:"))
    track = video.locator("track")
    expect(track).to_have_attribute("src", re.compile(r"^blob:"))
    text = page.evaluate("(src) => fetch(src).then((r) => r.text())", track.get_attribute("src"))
    assert text.endswith("HELLO\n")
