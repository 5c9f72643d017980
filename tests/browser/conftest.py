"""Browser-test harness: a real JupyterLab, driven by Playwright with Debian's Chromium.

Fixtures
    lab_server    (session)  a running JupyterLab serving a temporary copy of notebooks/
    browser       (module)   a headless Chromium (Playwright ``Browser``)
    page          (test)     a fresh browser page; screenshot saved to tests/artifacts/ afterwards
    open_and_run  (test)     ``open_and_run(page, notebook_name)``: open a notebook, run all cells
    artifacts     (test)     the tests/artifacts/ directory, for extra screenshots

Browser tests skip when Chromium (or Playwright) is missing, except under CI=true,
where they fail: CI must never pass by not running them.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
ARTIFACTS = REPO / "tests" / "artifacts"

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

# JupyterLab user settings for the test server, keyed by settings file.
LAB_USER_SETTINGS: dict[str, dict[str, Any]] = {
    # No "fetch news?" toast and no update check: both would cover the page.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # Every cell stays attached to the DOM (no virtualised rendering), and a
    # notebook without kernel metadata starts the default kernel without a dialog.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
        "autoStartDefaultKernel": True,
    },
}

SERVER_START_TIMEOUT = 120  # seconds; ~5 s is usual, CI machines can be slow
KERNEL_READY_TIMEOUT_MS = 120_000
RUN_ALL_TIMEOUT_MS = 300_000
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


@dataclass
class LabServer:
    """A running JupyterLab. ``root_dir`` is a scratch copy of notebooks/."""

    url: str
    token: str
    root_dir: Path
    log_path: Path
    process: subprocess.Popen[bytes]

    def lab_url(self, notebook: str) -> str:
        """URL that opens ``notebook`` (relative to root_dir) in a fresh workspace."""
        return f"{self.url}/lab/tree/{quote(notebook)}?reset&token={self.token}"

    def api(self, path: str, method: str = "GET") -> Any:
        request = urllib.request.Request(
            f"{self.url}{path}",
            method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _write_user_settings(settings_dir: Path) -> None:
    for relative, values in LAB_USER_SETTINGS.items():
        path = settings_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2) + "\n")


def _die_with_parent() -> None:
    """In the server process: get SIGTERM when pytest dies, however it dies.

    JupyterLab answers SIGTERM by shutting down its kernels, so a killed test run
    leaves no server or kernel behind. Linux only; elsewhere a no-op.
    """
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _wait_until_answering(server: LabServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"JupyterLab exited with code {server.process.returncode} while starting:\n"
                f"{server.log_tail()}"
            )
        try:
            server.api("/api/status")
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.25)
    raise RuntimeError(
        f"JupyterLab did not answer within {SERVER_START_TIMEOUT} s:\n{server.log_tail()}"
    )


def _stop(server: LabServer) -> None:
    proc = server.process
    if proc.poll() is None:
        # The shutdown endpoint also stops the kernels, which live in their own
        # process groups and would outlive a signal to the server's group.
        try:
            server.api("/api/shutdown", method="POST")
            proc.wait(timeout=20)
        except Exception:
            pass
    for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """Start JupyterLab on 127.0.0.1 with a token; stop it (and its kernels) at the end.

    The server never writes into the repo: it serves a copy of notebooks/, and its
    settings, workspaces, runtime and data dirs are temporary. The environment's own
    Jupyter paths (sys.prefix/share/jupyter) still apply, so installed lab extensions
    such as anywidget's load.
    """
    base = tmp_path_factory.mktemp("jupyterlab")
    root = base / "root"
    if NOTEBOOKS.is_dir():
        shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    else:
        root.mkdir()
    settings = base / "user-settings"
    _write_user_settings(settings)

    env = dict(os.environ)
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),  # ignore ~/.jupyter (passwords, extensions)
        ("JUPYTER_DATA_DIR", "data"),  # ignore ~/.local/share/jupyter (foreign kernelspecs)
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),  # ignore the user's IPython startup files
    ):
        env[var] = str(base / sub)
    env.pop("JUPYTER_TOKEN", None)

    token = secrets.token_hex(16)
    port = _free_port()
    args = [
        sys.executable, "-m", "jupyterlab",  # not `jupyter lab`: keeps this environment's kernel
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",  # fail loudly instead of moving to another port
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.user_settings_dir={settings}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
        "--LabApp.expose_app_in_browser=True",  # window.jupyterapp, for commands and state
    ]
    if os.geteuid() == 0:
        args.append("--allow-root")

    log_path = base / "jupyterlab.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            args, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,  # own group, killed as one
            preexec_fn=_die_with_parent,
        )
    server = LabServer(f"http://127.0.0.1:{port}", token, root, log_path, process)
    try:
        _wait_until_answering(server)
        yield server
    finally:
        _stop(server)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(log_path, ARTIFACTS / "jupyterlab-server.log")


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
_FIND_PANEL = """
const findPanel = (path) => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return null;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.content && w.sessionContext) return w;
  }
  return null;
};
const kernelState = (panel) => {
  const kernel = panel.sessionContext.session && panel.sessionContext.session.kernel;
  return kernel ? {status: kernel.status, connection: kernel.connectionStatus} : null;
};
const cellState = (panel) => panel.content.widgets.map((cell, index) => {
  const model = cell.model;
  const outputs = model.type === 'code' ? model.outputs.toJSON() : [];
  return {
    index,
    type: model.type,
    empty: model.sharedModel.getSource().trim() === '',
    count: model.type === 'code' ? model.executionCount : null,
    errors: outputs.filter(o => o.output_type === 'error')
                   .map(o => `${o.ename}: ${o.evalue}`),
  };
});
"""

_KERNEL_READY = _FIND_PANEL + """
return (path) => {
  const panel = findPanel(path);
  if (!panel || !panel.context.isReady || !panel.sessionContext.isReady) return false;
  const k = kernelState(panel);
  return !!k && k.status === 'idle' && k.connection === 'connected';
};
"""

_START_RUN_ALL = _FIND_PANEL + """
return (path) => {
  const app = window.jupyterapp;
  const panel = findPanel(path);
  app.shell.activateById(panel.id);
  const run = window.__nbblocksRunAll = {done: false, error: null};
  app.commands.execute('notebook:run-all-cells').then(
    () => { run.done = true; },
    (err) => { run.done = true; run.error = String(err); },
  );
};
"""

_RUN_FINISHED = _FIND_PANEL + """
return (path) => {
  const panel = findPanel(path);
  const run = window.__nbblocksRunAll;
  if (!panel || !run || !run.done) return false;
  const k = kernelState(panel);
  if (!k || k.status !== 'idle' || k.connection !== 'connected') return false;
  const code = cellState(panel).filter(c => c.type === 'code' && !c.empty);
  // Run-all stops at the first error, so later cells never get a count.
  return code.every(c => c.count !== null) || code.some(c => c.errors.length > 0);
};
"""

_SNAPSHOT = _FIND_PANEL + """
return (path) => {
  const panel = findPanel(path);
  if (!panel) return {panel: null, hasApp: !!window.jupyterapp};
  return {kernel: kernelState(panel), run: window.__nbblocksRunAll || null,
          cells: cellState(panel)};
};
"""


def _js(body: str) -> str:
    """Wrap a script that ends in ``return (path) => ...`` as a page function."""
    return f"(path) => (() => {{ {body} }})()(path)"


def _state(page: Page, notebook: str) -> str:
    try:
        return json.dumps(page.evaluate(_js(_SNAPSHOT), notebook), indent=1)
    except Exception as exc:
        return f"(state unavailable: {exc})"


@pytest.fixture
def open_and_run(lab_server: LabServer) -> Callable[..., None]:
    """``open_and_run(page, notebook_name, *, allow_errors=False)``

    Opens ``notebook_name`` (a path relative to the server root, i.e. to notebooks/ or to
    ``lab_server.root_dir`` for generated notebooks) in a fresh JupyterLab workspace, waits
    for an idle, connected kernel, runs all cells, and returns once every non-empty code cell
    has an execution count and the kernel is idle again. A cell error fails the test unless
    ``allow_errors``. Use one notebook per test: kernel state survives page reloads.
    """
    from playwright.sync_api import Error as PlaywrightError

    def run(page: Page, notebook_name: str, *, allow_errors: bool = False) -> None:
        if not (lab_server.root_dir / notebook_name).is_file():
            raise FileNotFoundError(f"{notebook_name} is not in {lab_server.root_dir}")
        page.goto(lab_server.lab_url(notebook_name))

        def wait(script: str, what: str, timeout: int) -> None:
            try:
                page.wait_for_function(_js(script), arg=notebook_name, timeout=timeout, polling=250)
            except PlaywrightError as exc:
                raise AssertionError(
                    f"{notebook_name}: timed out waiting for {what}.\n"
                    f"Notebook state: {_state(page, notebook_name)}\n"
                    f"Server log (tail):\n{lab_server.log_tail(30)}"
                ) from exc

        wait(_KERNEL_READY, "an idle, connected kernel", KERNEL_READY_TIMEOUT_MS)
        page.evaluate(_js(_START_RUN_ALL), notebook_name)
        wait(_RUN_FINISHED, "all cells to run", RUN_ALL_TIMEOUT_MS)

        if allow_errors:
            return
        cells = page.evaluate(_js(_SNAPSHOT), notebook_name)["cells"]
        errors = [f"cell {c['index']}: {e}" for c in cells for e in c["errors"]]
        if errors:
            raise AssertionError(f"{notebook_name} raised:\n  " + "\n  ".join(errors))

    return run
