"""Debian's Chromium for the browser tests (JupyterLab in ``tests/browser/``, the harness
page in ``tests/js/``). Playwright's own browser downloads are never used."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = Path(os.environ.get("NBBLOCKS_CHROMIUM", "/usr/bin/chromium"))
# Root in a container needs no sandbox and a disk-backed /dev/shm; the rest stop
# Chromium's background connections, which the closed test network refuses.
ARGS = (
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: A fake camera that Chromium grants without asking (webcam tests).
FAKE_CAMERA = ("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream")
#: Default for Playwright's ``expect()``: pages render after kernels answer, on a busy machine.
EXPECT_TIMEOUT_MS = 30_000
#: Default for page actions and waits (clicks, screenshots, ``wait_for_function``): a bound
#: that catches a hang; a loaded machine takes seconds where an idle one takes milliseconds.
ACTION_TIMEOUT_MS = 60_000


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def require_chromium() -> None:
    """Skip (locally) or fail (in CI) when Chromium or Playwright is not installed:
    CI must never pass by not running browser tests."""
    problem = None
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        problem = f"{CHROMIUM} not found (apt-get install chromium; ./dev test does it as root)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            problem = "the playwright Python package is not installed (pip install -e '.[test]')"
    if problem is None:
        return
    if in_ci():
        pytest.fail(f"browser tests cannot run in CI: {problem}", pytrace=False)
    pytest.skip(f"browser tests skipped: {problem}")


@contextmanager
def launched(*extra_args: str, webgl: bool = False) -> Iterator[Browser]:
    """A headless Chromium for the ``with`` block; ``webgl`` keeps the GPU process (software
    WebGL with SwiftShader, for the 3D viewer).

    Use it from a module-scoped fixture: only one Playwright sync instance can run at a
    time in a process, so each test module's browser stops before the next one starts."""
    require_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        args = [a for a in ARGS if not (webgl and a == "--disable-gpu")]
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=[*args, *extra_args])
        try:
            yield browser
        finally:
            browser.close()
