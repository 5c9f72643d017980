"""A real JupyterLab for browser tests: start one, open a notebook in it, run all cells.
The same machinery runs Notebook 7 (``front_end="notebook"``), which is built from
JupyterLab's parts: one notebook per page at ``/notebooks/<path>``, the same commands.

``running_lab(...)`` starts JupyterLab on 127.0.0.1 with a token from any Python
environment (optionally through a launcher script such as ``binder/start``) and stops it
with its kernels; ``notebook_runner(server)`` opens and runs notebooks in it through a
Playwright page. The fixtures in conftest.py are built on these; tests that need a
JupyterLab of their own (test_binder.py) use them directly.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
NOTEBOOKS = REPO / "notebooks"
ARTIFACTS = REPO / "tests" / "artifacts"

# JupyterLab user settings for the test server, keyed by settings file.
# No "fetch news?" toast and no update check: both would cover the page.
NOTIFICATION_SETTINGS: dict[str, dict[str, Any]] = {
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}
# Every cell stays attached to the DOM (no virtualised rendering), and a notebook
# without kernel metadata starts the default kernel without a dialog.
NOTEBOOK_SETTINGS: dict[str, dict[str, Any]] = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
        "autoStartDefaultKernel": True,
    },
}
LAB_USER_SETTINGS: dict[str, dict[str, Any]] = {**NOTIFICATION_SETTINGS, **NOTEBOOK_SETTINGS}
# Notebook 7's plugin that adds "open in JupyterLab / Notebook" buttons to each other's
# toolbar: off, so a JupyterLab in an environment that has Notebook 7 too looks as without.
PAGE_CONFIG: dict[str, Any] = {"disabledExtensions": {"@jupyter-notebook/lab-extension": True}}
#: The module each front end is started from, and its application class (for its options).
FRONT_ENDS: dict[str, tuple[str, str]] = {"lab": ("jupyterlab", "LabApp"), "notebook": ("notebook", "JupyterNotebookApp")}

SERVER_START_TIMEOUT = 120  # seconds; ~5 s is usual, CI machines can be slow
KERNEL_READY_TIMEOUT_MS = 120_000
RUN_ALL_TIMEOUT_MS = 300_000
#: How long a run-all may take to start a cell before it is asked for again.
RUN_START_TIMEOUT_MS = 30_000


@dataclass
class LabServer:
    """A running JupyterLab serving ``root_dir`` (a scratch directory, never the repo)."""

    url: str
    token: str
    root_dir: Path
    log_path: Path
    process: subprocess.Popen[bytes]
    front_end: str = "lab"

    def lab_url(self, notebook: str) -> str:
        """URL that opens ``notebook`` (relative to root_dir): in JupyterLab in a fresh
        workspace, in Notebook 7 on a page of its own."""
        if self.front_end == "notebook":
            return f"{self.url}/notebooks/{quote(notebook)}?token={self.token}"
        return f"{self.url}/lab/tree/{quote(notebook)}?reset&token={self.token}"

    def api(self, path: str, method: str = "GET", body: Any = None) -> Any:
        """Call the server's REST API; ``body`` is sent as JSON."""
        headers = {"Authorization": f"token {self.token}"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method, headers=headers)
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


def _write_user_settings(settings_dir: Path, settings: dict[str, dict[str, Any]]) -> None:
    for relative, values in settings.items():
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


@contextmanager
def running_lab(
    base: Path,
    root: Path,
    *,
    python: str | Path = sys.executable,
    launcher: Sequence[str | Path] = (),
    env: Mapping[str, str] | None = None,
    user_settings: dict[str, dict[str, Any]] = LAB_USER_SETTINGS,
    log_name: str = "jupyterlab-server.log",
    server_config: dict[str, Any] | None = None,
    base_url: str = "/",
    front_end: str = "lab",
) -> Iterator[LabServer]:
    """Run ``[*launcher, python, "-m", "jupyterlab", ...]`` on 127.0.0.1 with a token,
    serving ``root``; stop it (and its kernels) on exit and keep its log in tests/artifacts/.

    ``base`` is a scratch directory for the server's settings, workspaces, runtime and
    data dirs, so nothing is written to the user's Jupyter folders. The environment's own
    Jupyter paths (``<prefix>/share/jupyter``) still apply, so its installed lab extensions
    and settings overrides load. ``env`` replaces the server's environment (default: this
    process's); the launcher must end by exec-ing its arguments, as ``binder/start`` does.
    ``server_config`` is written as the user's ``jupyter_server_config.json`` (in the
    scratch config dir), which overrides the environment's, as a user's own config would.
    ``base_url`` serves everything under a prefix, as JupyterHub does (``LabServer.url``
    then ends with it). ``front_end="notebook"`` runs Notebook 7 instead of JupyterLab.
    """
    settings = base / "user-settings"
    _write_user_settings(settings, user_settings)

    env = dict(os.environ if env is None else env)
    for var, sub in (
        ("JUPYTER_CONFIG_DIR", "config"),  # ignore ~/.jupyter (passwords, extensions)
        ("JUPYTER_DATA_DIR", "data"),  # ignore ~/.local/share/jupyter (foreign kernelspecs)
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),  # ignore the user's IPython startup files
    ):
        env[var] = str(base / sub)
    env.pop("JUPYTER_TOKEN", None)
    (base / "config" / "labconfig").mkdir(parents=True, exist_ok=True)
    (base / "config" / "labconfig" / "page_config.json").write_text(json.dumps(PAGE_CONFIG, indent=2) + "\n")
    if server_config is not None:
        (base / "config" / "jupyter_server_config.json").write_text(json.dumps(server_config, indent=2) + "\n")

    token = secrets.token_hex(16)
    port = _free_port()
    module, app_class = FRONT_ENDS[front_end]
    args = [
        *map(str, launcher),
        str(python), "-m", module,  # not `jupyter lab`: keeps this environment's kernel
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",  # fail loudly instead of moving to another port
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--{app_class}.user_settings_dir={settings}",
        f"--{app_class}.workspaces_dir={base / 'workspaces'}",
        f"--{app_class}.expose_app_in_browser=True",  # window.jupyterapp, for commands and state
        f"--ServerApp.base_url={base_url}",
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
    server = LabServer(f"http://127.0.0.1:{port}{base_url.rstrip('/')}", token, root, log_path, process, front_end)
    try:
        _wait_until_answering(server)
        yield server
    finally:
        _stop(server)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(log_path, ARTIFACTS / log_name)


# --------------------------------------------------------------------------- notebooks

# JavaScript run in the page. `path` is the notebook path relative to the server root.
# FIND_PANEL defines findPanel(path), kernelState(panel) and cellState(panel), for scripts
# wrapped by page_function (bench/lab_tti.py uses them too).
FIND_PANEL = """
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
                   .map(o => {
                     // The failing line, so an assertion without a message still says which.
                     const frames = (o.traceback || []).join('\\n').replace(/\\x1b\\[[0-9;]*m/g, '');
                     const where = frames.split('\\n').filter(l => l.startsWith('---->')).pop() || '';
                     return `${o.ename}: ${o.evalue}${where ? ` at ${where.trim()}` : ''}`;
                   }),
  };
});
"""

_KERNEL_READY = FIND_PANEL + """
return (path) => {
  const panel = findPanel(path);
  if (!panel || !panel.context.isReady || !panel.sessionContext.isReady) return false;
  const k = kernelState(panel);
  return !!k && k.status === 'idle' && k.connection === 'connected';
};
"""

_START_RUN_ALL = FIND_PANEL + """
return (path) => {
  const app = window.jupyterapp;
  const panel = findPanel(path);
  app.shell.activateById(panel.id);
  const run = window.__nbblocksRunAll = {done: false, error: null};
  // When this notebook's kernel status last changed (RUN_STALLED reads it).
  if (!panel.__nbblocksStatusWatch) {
    const watch = panel.__nbblocksStatusWatch = {changed: performance.now()};
    panel.sessionContext.statusChanged.connect(() => { watch.changed = performance.now(); });
  }
  panel.__nbblocksStatusWatch.changed = performance.now();
  app.commands.execute('notebook:run-all-cells').then(
    () => { run.done = true; },
    (err) => { run.done = true; run.error = String(err); },
  );
};
"""

#: How long the kernel must have stayed idle, with cells of an unfinished run-all never
#: started, before the run counts as dropped (JupyterLab 4.4 can lose the execute requests
#: it sends while it replaces the kernel's connection). A kernel with requests to run is
#: busy; between two cells of a run it is idle for milliseconds.
RUN_STALLED_AFTER_MS = 30_000

_RUN_STALLED = FIND_PANEL + """
return ([path, after]) => {
  const panel = findPanel(path);
  const run = window.__nbblocksRunAll;
  const watch = panel && panel.__nbblocksStatusWatch;
  if (!panel || !run || run.done || !watch) return false;
  const k = kernelState(panel);
  if (!k || k.status !== 'idle' || k.connection !== 'connected') return false;
  const code = cellState(panel).filter(c => c.type === 'code' && !c.empty);
  if (code.some(c => c.errors.length > 0) || code.every(c => c.count !== null)) return false;
  return performance.now() - watch.changed > after;
};
"""

_RUN_REST = FIND_PANEL + """
return (path) => {
  const app = window.jupyterapp;
  const panel = findPanel(path);
  const cells = cellState(panel);
  const first = cells.findIndex(c => c.type === 'code' && !c.empty && c.count === null);
  panel.content.activeCellIndex = first;
  const run = window.__nbblocksRunAll = {done: false, error: null};
  panel.__nbblocksStatusWatch.changed = performance.now();
  app.commands.execute('notebook:run-all-below').then(
    () => { run.done = true; },
    (err) => { run.done = true; run.error = String(err); },
  );
  return first;
};
"""

_RUN_FINISHED = FIND_PANEL + """
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

_RUN_STARTED = FIND_PANEL + """
return (path) => {
  const panel = findPanel(path);
  const run = window.__nbblocksRunAll;
  if (!panel || !run) return false;
  if (run.done) return true;
  const k = kernelState(panel);
  if (k && k.status === 'busy') return true;
  return panel.content.widgets.some(
    (cell) => cell.model.type === 'code' && (cell.model.executionCount !== null || cell.model.executionState === 'running'));
};
"""

_SNAPSHOT = FIND_PANEL + """
return (path) => {
  const panel = findPanel(path);
  if (!panel) return {panel: null, hasApp: !!window.jupyterapp};
  return {kernel: kernelState(panel), run: window.__nbblocksRunAll || null,
          cells: cellState(panel)};
};
"""


_START_CELL = FIND_PANEL + """
return ({path, text}) => {
  const app = window.jupyterapp;
  const panel = findPanel(path);
  const index = panel.content.widgets.findIndex(
    (cell) => cell.model.sharedModel.getSource().includes(text));
  if (index < 0) return null;
  app.shell.activateById(panel.id);
  panel.content.activeCellIndex = index;
  const run = window.__nbblocksRunCell = {index, done: false, error: null};
  app.commands.execute('notebook:run-cell').then(
    () => { run.done = true; },
    (err) => { run.done = true; run.error = String(err); },
  );
  return index;
};
"""

_CELL_FINISHED = FIND_PANEL + """
return ({path}) => {
  const panel = findPanel(path);
  const run = window.__nbblocksRunCell;
  if (!panel || !run || !run.done) return null;
  const k = kernelState(panel);
  if (!k || k.status !== 'idle' || k.connection !== 'connected') return null;
  const model = panel.content.widgets[run.index].model;
  if (model.executionCount === null) return null;
  return {error: run.error, outputs: model.outputs.toJSON()};
};
"""


def page_function(body: str) -> str:
    """Wrap a script that ends in ``return (arg) => ...`` as a page function."""
    return f"(arg) => (() => {{ {body} }})()(arg)"


def run_cell(page: Page, notebook: str, containing: str, *, timeout_ms: int = RUN_ALL_TIMEOUT_MS) -> list[dict[str, Any]]:
    """Run the first cell of the open ``notebook`` whose source contains ``containing``
    (as Ctrl+Enter does) and return its outputs (nbformat dicts) once it ran and the
    kernel is idle."""
    from playwright.sync_api import Error as PlaywrightError

    index = page.evaluate(page_function(_START_CELL), {"path": notebook, "text": containing})
    if index is None:
        raise LookupError(f"{notebook}: no cell contains {containing!r}")
    try:
        handle = page.wait_for_function(page_function(_CELL_FINISHED), arg={"path": notebook}, timeout=timeout_ms, polling=250)
    except PlaywrightError as exc:
        raise AssertionError(
            f"{notebook}: cell {index} did not finish.\nNotebook state: {_state(page, notebook)}"
        ) from exc
    result = handle.json_value()
    if result["error"]:
        raise AssertionError(f"{notebook}: running cell {index} failed: {result['error']}")
    return result["outputs"]


def _state(page: Page, notebook: str) -> str:
    try:
        return json.dumps(page.evaluate(page_function(_SNAPSHOT), notebook), indent=1)
    except Exception as exc:
        return f"(state unavailable: {exc})"


def _wait(page: Page, lab_server: LabServer, notebook_name: str, script: str, what: str, timeout: int) -> None:
    from playwright.sync_api import Error as PlaywrightError

    try:
        page.wait_for_function(page_function(script), arg=notebook_name, timeout=timeout, polling=250)
    except PlaywrightError as exc:
        raise AssertionError(
            f"{notebook_name}: timed out waiting for {what}.\n"
            f"Notebook state: {_state(page, notebook_name)}\n"
            f"Server log (tail):\n{lab_server.log_tail(30)}"
        ) from exc


def open_notebook(page: Page, lab_server: LabServer, notebook_name: str) -> None:
    """Open ``notebook_name`` (relative to the server's root) in ``page``, in a fresh
    workspace, and wait until its kernel is started, idle and connected."""
    if not (lab_server.root_dir / notebook_name).is_file():
        raise FileNotFoundError(f"{notebook_name} is not in {lab_server.root_dir}")
    page.goto(lab_server.lab_url(notebook_name))
    _wait(page, lab_server, notebook_name, _KERNEL_READY, "an idle, connected kernel", KERNEL_READY_TIMEOUT_MS)


def notebook_runner(lab_server: LabServer) -> Callable[..., None]:
    """``open_and_run`` for any running JupyterLab (see the fixture)."""
    from playwright.sync_api import Error as PlaywrightError

    def run(page: Page, notebook_name: str, *, allow_errors: bool = False) -> None:
        open_notebook(page, lab_server, notebook_name)

        def wait(script: str, what: str, timeout: int) -> None:
            _wait(page, lab_server, notebook_name, script, what, timeout)

        page.evaluate(page_function(_START_RUN_ALL), notebook_name)
        try:
            page.wait_for_function(page_function(_RUN_STARTED), arg=notebook_name, timeout=RUN_START_TIMEOUT_MS, polling=250)
        except PlaywrightError:
            # JupyterLab can drop a run-all sent while it replaces the kernel's connection
            # just after start-up (seen with 4.4): nothing runs and the kernel stays idle.
            # Nothing has run yet, so asking once more runs every cell once.
            wait(_KERNEL_READY, "an idle, connected kernel", KERNEL_READY_TIMEOUT_MS)
            page.evaluate(page_function(_START_RUN_ALL), notebook_name)
        # The same can drop the requests of cells after the first ones: once the kernel
        # has stayed idle with such cells never started, they are asked for once more.
        deadline = time.monotonic() + RUN_ALL_TIMEOUT_MS / 1000
        asked_again = False
        while True:
            try:
                page.wait_for_function(page_function(_RUN_FINISHED), arg=notebook_name, timeout=RUN_START_TIMEOUT_MS, polling=250)
                break
            except PlaywrightError:
                pass
            if time.monotonic() > deadline:
                wait(_RUN_FINISHED, "all cells to run", 1)  # fails with the notebook's state
                break
            if not asked_again and page.evaluate(page_function(_RUN_STALLED), [notebook_name, RUN_STALLED_AFTER_MS]):
                page.evaluate(page_function(_RUN_REST), notebook_name)
                asked_again = True

        if allow_errors:
            return
        cells = page.evaluate(page_function(_SNAPSHOT), notebook_name)["cells"]
        errors = [f"cell {c['index']}: {e}" for c in cells for e in c["errors"]]
        if errors:
            raise AssertionError(f"{notebook_name} raised:\n  " + "\n  ".join(errors))

    return run
