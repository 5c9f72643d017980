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

import re
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from lab_harness import ARTIFACTS, NOTEBOOKS, LabServer, notebook_runner, running_lab
from support import chromium

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page


# --------------------------------------------------------------------------- hooks

_FAILED = pytest.StashKey[bool]()


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before any fixture runs, so no JupyterLab is started just to be skipped.
    if item.get_closest_marker("browser") is not None:
        chromium.require_chromium()


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
    """Headless Debian Chromium (``support.chromium``); module-scoped because only one
    Playwright sync instance can run at a time in a process."""
    with chromium.launched() as browser:
        yield browser


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
    pg.set_default_timeout(chromium.ACTION_TIMEOUT_MS)
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
