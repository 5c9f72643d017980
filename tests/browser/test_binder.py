"""Binder's recipe, checked locally without docker.

For each variant, a fresh virtualenv is built the way repo2docker builds a Binder image
from ``binder/``: ``pip install -r binder/requirements.txt`` from the repository root,
then ``binder/postBuild`` with ``NB_PYTHON_PREFIX`` set to the environment. JupyterLab is
started through ``binder/start`` on 127.0.0.1, and Chromium opens
``notebooks/quickstart.ipynb`` (the page the README's Binder badge leads to), runs it and
uses the app. Every gallery notebook also passes nbval in that environment.

Variants:
    latest             the newest versions the project allows
    binder-base-image  Binder's base image first (tests/browser/binder_base_image.txt:
                       JupyterLab 4.4.9, ipykernel 7.0.1, ipywidgets 8.1.7), kept as
                       constraints while binder/requirements.txt is installed on top

pip's cache is used, so after the first run each build takes well under a minute.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Page, expect

from lab_harness import ARTIFACTS, NOTEBOOK_SETTINGS, REPO, LabServer, notebook_runner, running_lab
from pages import use_quickstart

pytestmark = [
    pytest.mark.binder,
    pytest.mark.browser,
    # The first test of each variant also builds its environment (two pip installs).
    pytest.mark.timeout(1200),
]

BINDER = REPO / "binder"
BASE_IMAGE = Path(__file__).with_name("binder_base_image.txt")
REPORTED = ("nbblocks", "anywidget", "jupyterlab", "ipykernel", "ipywidgets", "traitlets")


def _pins() -> dict[str, str]:
    pins = {}
    for line in BASE_IMAGE.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.strip()] = version.strip()
    return pins


@dataclass
class BinderEnv:
    name: str
    prefix: Path  # what repo2docker calls NB_PYTHON_PREFIX
    base: Path  # scratch directory of this variant
    pinned: dict[str, str]  # versions the base image fixes (empty for "latest")
    versions: dict[str, str]  # what ended up installed
    env: dict[str, str]  # environment with the prefix's bin/ first on PATH, as on Binder

    @property
    def python(self) -> Path:
        return self.prefix / "bin" / "python"


def _clean_environ(prefix: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"}}
    env["PATH"] = f"{prefix / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_PROGRESS_BAR"] = "off"
    return env


def _step(what: str, args: list[str | Path], *, env: dict[str, str], log: Path) -> str:
    """Run one build step from the repository root; fail with the tail of its output."""
    proc = subprocess.run(
        [str(a) for a in args], cwd=REPO, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    with open(log, "a") as out:
        out.write(f"$ {' '.join(map(str, args))}\n{proc.stdout}\n[exit {proc.returncode}]\n\n")
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-40:])
        raise AssertionError(f"{what} failed (exit {proc.returncode}); full log in {log}:\n{tail}")
    return proc.stdout


@pytest.fixture(scope="module", params=["latest", "binder-base-image"])
def binder_env(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> BinderEnv:
    name = request.param
    base = tmp_path_factory.mktemp(f"binder-{name}")
    prefix = base / "env"
    env = _clean_environ(prefix)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = ARTIFACTS / f"binder-{name}-build.log"
    log.unlink(missing_ok=True)

    _step("creating the virtualenv", [sys.executable, "-m", "venv", prefix], env=env, log=log)
    pip = [prefix / "bin" / "python", "-m", "pip", "install"]
    pinned = _pins() if name == "binder-base-image" else {}
    constraints: list[str | Path] = []
    if pinned:
        _step("installing the base image's packages", [*pip, "-r", BASE_IMAGE], env=env, log=log)
        constraints = ["-c", BASE_IMAGE]
    # Exactly what repo2docker runs, from the repository root ("." is this checkout).
    _step("pip install -r binder/requirements.txt",
          [*pip, "-r", BINDER / "requirements.txt", *constraints], env=env, log=log)
    _step("binder/postBuild", [BINDER / "postBuild"], env={**env, "NB_PYTHON_PREFIX": str(prefix)}, log=log)

    report = _step("reading versions", [
        prefix / "bin" / "python", "-c",
        "import json, importlib.metadata as m; "
        f"print(json.dumps({{n: m.version(n) for n in {REPORTED!r}}}))",
    ], env=env, log=log)
    versions = json.loads(report.strip().splitlines()[-1])
    print(f"binder[{name}]:", ", ".join(f"{k} {v}" for k, v in versions.items()))
    return BinderEnv(name, prefix, base, pinned, versions, env)


@pytest.fixture(scope="module")
def binder_lab(binder_env: BinderEnv) -> Iterator[LabServer]:
    """JupyterLab of the Binder environment, started through binder/start. Its root holds
    notebooks/ as the repository does on Binder. User settings only keep every cell in the
    DOM: the news toast must be switched off by postBuild's overrides, not by the test."""
    home = binder_env.base / "home"
    shutil.copytree(REPO / "notebooks", home / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    with running_lab(
        binder_env.base / "lab", home,
        python=binder_env.python,
        launcher=[BINDER / "start"],
        env=binder_env.env,
        user_settings=NOTEBOOK_SETTINGS,
        log_name=f"binder-{binder_env.name}-jupyterlab.log",
    ) as server:
        yield server


@pytest.fixture
def run_on_binder(binder_lab: LabServer) -> Callable[..., None]:
    return notebook_runner(binder_lab)


def test_environment_is_built_from_binder_folder(binder_env: BinderEnv) -> None:
    from nbblocks import __version__

    # "." in requirements.txt installs this checkout as a regular package, not a link to it.
    assert binder_env.versions["nbblocks"] == __version__
    located = subprocess.run(
        [binder_env.python, "-c", "import nbblocks; print(nbblocks.__file__)"],
        capture_output=True, text=True, check=True, env=binder_env.env, cwd=binder_env.base,
    ).stdout.strip()
    assert Path(located).is_relative_to(binder_env.prefix), located
    assert (Path(located).parent / "static" / "runtime.js").is_file()  # the built front end ships
    # ... and the wheel's shared data enables the server extension that serves it.
    config = binder_env.prefix / "etc" / "jupyter" / "jupyter_server_config.d" / "nbblocks.json"
    assert json.loads(config.read_text())["ServerApp"]["jpserver_extensions"] == {"nbblocks": True}

    for package, version in binder_env.pinned.items():
        assert binder_env.versions[package] == version, f"{package} moved off Binder's pin"

    check = subprocess.run([binder_env.python, "-m", "pip", "check"], capture_output=True, text=True, env=binder_env.env)
    assert check.returncode == 0, f"pip check:\n{check.stdout}{check.stderr}"


def test_every_notebook_passes_nbval_in_binder_environment(binder_env: BinderEnv) -> None:
    """binder/requirements.txt brings everything the gallery imports, and every notebook
    runs with these versions (the same nbval run as ``./dev test``, in Binder's Python)."""
    work = binder_env.base / "nbval"
    shutil.copytree(REPO / "notebooks", work / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    proc = subprocess.run(
        [binder_env.python, "-m", "pytest", "-q", "--color=no", "-p", "no:cacheprovider",
         "--nbval-lax", "--nbval-current-env", "notebooks/"],
        cwd=work, env=binder_env.env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, f"nbval in binder[{binder_env.name}]:\n{proc.stdout[-4000:]}{proc.stderr[-2000:]}"


def test_postbuild_turns_the_news_toast_off(binder_lab: LabServer) -> None:
    plugin = binder_lab.api("/lab/api/settings/@jupyterlab/apputils-extension:notification")
    # The user has set nothing; overrides.json changes the defaults every user starts from.
    assert plugin["settings"] == {}
    defaults = {name: spec.get("default") for name, spec in plugin["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false"
    assert defaults["checkForUpdates"] is False


def test_kernel_runs_in_binder_environment(binder_env: BinderEnv, binder_lab: LabServer, page: Page, run_on_binder) -> None:
    """The kernel is the Binder environment's Python, started with binder/start's variables."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(
        "import os, sys\nprint(sys.prefix)\nprint(os.environ.get('GRADIO_ANALYTICS_ENABLED'))"
    )]
    nbformat.write(nb, binder_lab.root_dir / "notebooks" / "binder_environment.ipynb")
    run_on_binder(page, "notebooks/binder_environment.ipynb")

    output = page.locator(".jp-Cell-outputArea .jp-OutputArea-output").first
    expect(output).to_have_text(f"{binder_env.prefix}\nFalse")


def test_quickstart_on_binder(binder_env: BinderEnv, page: Page, run_on_binder, artifacts: Path) -> None:
    static: list[tuple[str, int]] = []
    page.on("response", lambda r: static.append((r.url, r.status)) if "/nbblocks/static/" in r.url else None)
    run_on_binder(page, "notebooks/quickstart.ipynb")

    config = json.loads(page.locator("#jupyter-config-data").text_content() or "{}")
    assert config["appVersion"] == binder_env.versions["jupyterlab"]
    extensions = {ext["name"]: ext for ext in config.get("federated_extensions", [])}
    # anywidget's prebuilt lab extension: no `jupyter lab build` on Binder.
    assert "anywidget" in extensions, f"anywidget lab extension not loaded: {sorted(extensions)}"

    use_quickstart(page, screenshot=artifacts / f"binder-{binder_env.name}-quickstart.png")
    # The runtime came from the Jupyter server's nbblocks extension, not over the comm.
    assert any(url.endswith("/runtime.js") and status == 200 for url, status in static), static
    # postBuild's overrides: JupyterLab never asked about news.
    expect(page.get_by_text("official Jupyter news")).to_have_count(0)
