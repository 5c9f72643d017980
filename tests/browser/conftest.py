"""Browser-test harness: a real JupyterLab, driven by Playwright with Debian's Chromium.

Fixtures
    lab_server    (session)  a running JupyterLab serving a temporary copy of notebooks/
    browser       (module)   a headless Chromium (Playwright ``Browser``)
    page          (test)     a fresh browser page; screenshot saved to tests/artifacts/ afterwards
    open_and_run  (test)     ``open_and_run(page, notebook_name)``: open a notebook, run all cells
    artifacts     (test)     the tests/artifacts/ directory, for extra screenshots

The JupyterLab machinery is in lab_harness.py (``running_lab``, ``notebook_runner``), for
tests that need a JupyterLab of their own.

Browser tests skip when Chromium (or Playwright) is missing, except under CI=true,
where they fail: CI must never pass by not running them.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from lab_harness import ARTIFACTS, NOTEBOOKS, LabServer, notebook_runner, running_lab

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

CHROMIUM = Path(os.environ.get("NBBLOCKS_CHROMIUM", "/usr/bin/chromium"))
# Root in a container needs no sandbox and a disk-backed /dev/shm; the rest stop
# Chromium's background connections, which the closed test network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
EXPECT_TIMEOUT_MS = 30_000  # default for Playwright's expect() in browser tests


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def _require_browser() -> None:
    """Skip (locally) or fail (in CI) when the browser stack is not installed."""
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
    if _in_ci():
        pytest.fail(f"browser tests cannot run in CI: {problem}", pytrace=False)
    pytest.skip(f"browser tests skipped: {problem}")


# --------------------------------------------------------------------------- hooks

_FAILED = pytest.StashKey[bool]()


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before any fixture runs, so no JupyterLab is started just to be skipped.
    if item.get_closest_marker("browser") is not None:
        _require_browser()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    report = yield
    if report.failed:
        item.stash[_FAILED] = True
    return report


# --------------------------------------------------------------------------- server


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """JupyterLab from this Python environment, serving a scratch copy of notebooks/.
    The server never writes into the repo."""
    base = tmp_path_factory.mktemp("jupyterlab")
    root = base / "root"
    if NOTEBOOKS.is_dir():
        shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    else:
        root.mkdir()
    with running_lab(base, root) as server:
        yield server


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Headless Debian Chromium. Playwright's own browser downloads are never used.

    Module-scoped on purpose: only one Playwright sync instance can run at a time in a
    process, so this one stops before other test directories start their own.
    """
    _require_browser()
    from playwright.sync_api import expect, sync_playwright

    # Widgets render after their cell finished; allow for a slow, busy CI machine.
    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def _artifact_stem(item: pytest.Item) -> str:
    return re.sub(r"[^\w.-]+", "_", f"{item.path.stem}-{item.name}")


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest, artifacts: Path) -> Iterator[Page]:
    """A page in its own browser context. Afterwards its screenshot goes to
    tests/artifacts/<module>-<test>.png (``-FAILED.png`` when the test failed, with the
    browser console in ``-FAILED.console.txt``)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    console: list[str] = []
    pg.on("console", lambda msg: console.append(f"[{msg.type}] {msg.text}"))
    pg.on("pageerror", lambda exc: console.append(f"[pageerror] {exc}"))
    try:
        yield pg
    finally:
        stem = _artifact_stem(request.node)
        failed = request.node.stash.get(_FAILED, False)
        for old in (f"{stem}.png", f"{stem}-FAILED.png", f"{stem}-FAILED.console.txt"):
            (artifacts / old).unlink(missing_ok=True)
        if failed:
            stem += "-FAILED"
            (artifacts / f"{stem}.console.txt").write_text("\n".join(console) + "\n")
        try:
            pg.screenshot(path=artifacts / f"{stem}.png", full_page=True)
        except Exception as exc:  # a crashed page must not hide the test's own error
            print(f"screenshot failed: {exc}", file=sys.stderr)
        context.close()


# --------------------------------------------------------------------------- notebooks

# JavaScript run in the page. `path` is the notebook path relative to the server root.
@pytest.fixture
def open_and_run(lab_server: LabServer) -> Callable[..., None]:
    """``open_and_run(page, notebook_name, *, allow_errors=False)``

    Opens ``notebook_name`` (a path relative to the server root, i.e. to notebooks/ or to
    ``lab_server.root_dir`` for generated notebooks) in a fresh JupyterLab workspace, waits
    for an idle, connected kernel, runs all cells, and returns once every non-empty code cell
    has an execution count and the kernel is idle again. A cell error fails the test unless
    ``allow_errors``. Use one notebook per test: kernel state survives page reloads.
    """
    return notebook_runner(lab_server)
