"""The Jupyter server extension that serves nbblocks' front end as static files.

Against a real JupyterLab on 127.0.0.1 (enabled by the package's install, as
``pip install`` leaves it): a file of the kernel's build is served with a year-long
immutable cache header, another build's is 404, and nothing outside the folder or the
manifest is served (``..``, encoded ``%2e%2e``, absolute paths, a symlink out, a file
changed after the build). In JupyterLab in Chromium an app loads its runtime and built-in
views from the server, not the kernel; with the extension disabled it loads them over the
comm and works the same (docs/frontend.md).
"""

from __future__ import annotations

import ast
import hashlib
import http.client
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lab_harness import ARTIFACTS, LAB_USER_SETTINGS, LabServer, notebook_runner, run_cell, running_lab
from pages import APP, part, write_notebook
from playwright.sync_api import Page, expect

from nbblocks._static_build import STATIC, build_id
from nbblocks.widgets.assets import static_id

APP_CELL = '''\
import nbblocks as gr

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name", elem_id="name")
    greeting = gr.Textbox(label="Greeting", elem_id="greeting")
    button = gr.Button("Greet", elem_id="greet")
    button.click(lambda s: "Hello, " + s + "!", name, greeting)
demo'''
REQUESTS_CELL = "from nbblocks.widgets.runtime_model import page_runtime\nprint(dict(page_runtime().requests))"
FOREVER = "public, max-age=31536000, immutable"
# JupyterLab saves the widget state into the notebook (off by default), and opens a
# notebook whose kernel does not exist without starting another one.
SAVE_WIDGET_STATE_NO_DEFAULT_KERNEL = {
    **LAB_USER_SETTINGS,
    "@jupyter-widgets/jupyterlab-manager/plugin.jupyterlab-settings": {"saveState": True},
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none", "autoStartDefaultKernel": False},
}


def _get(server: LabServer, path: str) -> tuple[int, dict[str, str], bytes]:
    """A GET with the path sent exactly as written (no client-side normalisation) and no
    credentials: the files are public."""
    conn = http.client.HTTPConnection(urlsplit(server.url).netloc, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


# --------------------------------------------------------------------------- HTTP


def test_the_extension_loads_nothing_heavy_into_the_server() -> None:
    """The server imports the extension at start: it brings only nbblocks' light modules."""
    import subprocess
    import sys

    code = ("import sys, jupyter_server.base.handlers; before = set(sys.modules); import nbblocks.jupyter_server; "
            "print(' '.join(sorted(set(sys.modules) - before)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert "nbblocks._static_build" in loaded
    heavy = [m for m in loaded if m.split(".")[0] in {"numpy", "PIL", "pydantic", "anywidget", "ipywidgets", "traitlets"}
             or m.startswith(("nbblocks.widgets", "nbblocks.components", "nbblocks.blocks", "nbblocks.engine"))]
    assert not heavy, heavy


def test_files_of_the_kernels_build_are_served_cacheable_forever(lab_server: LabServer) -> None:
    build = static_id()
    assert build, "the build has no manifest.json: npm --prefix js run build"
    for name in ("runtime.js", "views/button.js", "libs/math.js"):
        status, headers, body = _get(lab_server, f"/nbblocks/static/{build}/{name}")
        assert status == 200, (name, status, body[:200])
        assert body == (STATIC / name).read_bytes()
        assert headers["cache-control"] == FOREVER
        assert headers["content-type"].startswith("text/javascript")


def test_another_build_or_an_unlisted_file_is_404_and_not_cached(lab_server: LabServer) -> None:
    build = static_id()
    other = "0" * 16 if build != "0" * 16 else "1" * 16
    for path in (f"/nbblocks/static/{other}/runtime.js",  # another build (another nbblocks)
                 f"/nbblocks/static/{build}/views/nosuchview.js",
                 f"/nbblocks/static/{build}/manifest.json",  # not a file of the build
                 f"/nbblocks/static/{build[:8]}/runtime.js"):  # not a build name
        status, headers, _ = _get(lab_server, path)
        assert status == 404, path
        if "cache-control" in headers:
            assert "immutable" not in headers["cache-control"], path


@pytest.mark.parametrize("name", [
    "../__init__.py",
    "views/../../__init__.py",
    "%2e%2e/%2e%2e/pyproject.toml",
    "views/%2e%2e/%2e%2e/_version.py",
    "%2E%2E%2F_version.py",
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "views/../runtime.js",  # inside the folder, but not a name the manifest lists
])
def test_paths_out_of_the_folder_are_refused(lab_server: LabServer, name: str) -> None:
    status, _, body = _get(lab_server, f"/nbblocks/static/{static_id()}/{name}")
    assert status == 404, (name, body[:200])


@pytest.fixture(scope="module")
def copied_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LabServer, str, Path]]:
    """A JupyterLab serving a copy of a build (``tornado_settings``) whose manifest also
    lists a symlink to a file outside the folder (with that file's true hash) and a file
    that is changed after the build."""
    base = tmp_path_factory.mktemp("static-copy")
    folder = base / "static"
    (folder / "views").mkdir(parents=True)
    outside = base / "secret.js"
    outside.write_text("export default 'outside';\n")
    shutil.copyfile(STATIC / "runtime.js", folder / "runtime.js")
    (folder / "views" / "inside.js").write_text("export default 'inside';\n")
    (folder / "views" / "changed.js").write_text("export default 'before';\n")
    (folder / "views" / "link.js").symlink_to(outside)
    sha = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest()
           for name in ("runtime.js", "views/inside.js", "views/changed.js", "views/link.js")}
    manifest = (json.dumps({"files": sha}, indent=1) + "\n").encode()
    (folder / "manifest.json").write_bytes(manifest)
    (folder / "views" / "changed.js").write_text("export default 'after';\n")
    root = base / "root"
    root.mkdir()
    config = {"ServerApp": {"tornado_settings": {"nbblocks_static_root": str(folder)}}}
    with running_lab(base, root, server_config=config, log_name="jupyterlab-static-copy.log") as server:
        yield server, build_id(manifest), folder


def test_a_symlink_out_and_a_changed_file_are_refused(copied_build: tuple[LabServer, str, Path]) -> None:
    server, build, _ = copied_build
    status, _, body = _get(server, f"/nbblocks/static/{build}/views/inside.js")
    assert (status, body) == (200, b"export default 'inside';\n")
    status, _, body = _get(server, f"/nbblocks/static/{build}/views/link.js")
    assert status == 404 and b"outside" not in body
    status, _, body = _get(server, f"/nbblocks/static/{build}/views/changed.js")
    assert status == 404 and b"after" not in body
    # The kernel's build is not this folder's: every file of it is 404 here.
    status, _, _ = _get(server, f"/nbblocks/static/{static_id()}/runtime.js")
    assert status == 404


# --------------------------------------------------------------------------- JupyterLab


def _static_responses(page: Page) -> list[tuple[str, int]]:
    seen: list[tuple[str, int]] = []
    page.on("response", lambda r: seen.append((r.url, r.status)) if "/nbblocks/static/" in r.url else None)
    return seen


def _kernel_requests(page: Page, notebook: str) -> dict[str, int]:
    outputs = run_cell(page, notebook, REQUESTS_CELL)
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    return ast.literal_eval(text.strip())


def _greet(page: Page) -> None:
    app = page.locator(APP).first
    expect(app).to_be_visible()
    part(app, "#name", "input").fill("Ada")
    part(app, "#greet", "button").click()
    expect(part(app, "#greeting", "input")).to_have_value("Hello, Ada!")


@pytest.fixture(scope="module")
def lab_saving_widget_state(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    base = tmp_path_factory.mktemp("widget-state")
    root = base / "root"
    root.mkdir()
    with running_lab(base, root, user_settings=SAVE_WIDGET_STATE_NO_DEFAULT_KERNEL, log_name="jupyterlab-widget-state.log") as server:
        yield server


def _save_and_reopen_without_kernel(page: Page, server: LabServer, notebook: str) -> Page:
    """Save the notebook (with its widget state) and open a copy whose kernel does not
    exist, in a new page: what a reader of the saved notebook sees."""
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function(
        "() => { const w = window.jupyterapp.shell.currentWidget; return !!w && w.context && !w.context.model.dirty; }",
        timeout=60_000, polling=250,
    )
    nb = json.loads((server.root_dir / notebook).read_text())
    assert "application/vnd.jupyter.widget-state+json" in nb["metadata"].get("widgets", {}), "no widget state saved"
    # No kernel of that name or language: JupyterLab would start python3 for "python".
    nb["metadata"]["kernelspec"] = {"name": "no-such-kernel", "display_name": "none", "language": "none"}
    nb["metadata"].pop("language_info", None)
    copy = notebook.replace(".ipynb", "-saved.ipynb")
    (server.root_dir / copy).write_text(json.dumps(nb))
    other = page.context.new_page()
    other.goto(server.lab_url(copy))
    return other


def _no_kernel(page: Page) -> None:
    """Answer JupyterLab's "Select Kernel" dialog with no kernel, as a reader would."""
    dialog = page.locator(".jp-Dialog")
    expect(dialog).to_be_visible(timeout=60_000)
    page.keyboard.press("Escape")
    expect(dialog).to_have_count(0)


_OUTPUTS = """
(path) => {
  const panel = window.jupyterapp.shell.widgets('main').find((w) => w.context && w.context.path === path);
  return panel ? JSON.stringify(panel.content.widgets[0].model.outputs.toJSON()) : "";
}
"""


@pytest.mark.browser
def test_a_notebook_saved_with_widget_state_shows_its_snapshot_without_a_kernel(lab_saving_widget_state: LabServer, page: Page) -> None:
    """The saved widget state holds the loader and the build's name, not the runtime; a
    reader without a kernel sees the snapshot with the last values, as before."""
    server = lab_saving_widget_state
    notebook = write_notebook(server.root_dir, "widget_state.ipynb", APP_CELL)
    notebook_runner(server)(page, notebook)
    _greet(page)
    # The snapshot output follows the event (debounced) before the notebook is saved.
    page.wait_for_function(f"(path) => ({_OUTPUTS})(path).includes('Hello, Ada!')", arg=notebook, timeout=60_000, polling=250)
    other = _save_and_reopen_without_kernel(page, server, notebook)
    try:
        saved = json.loads((server.root_dir / notebook).read_text())["metadata"]["widgets"]
        states = saved["application/vnd.jupyter.widget-state+json"]["state"].values()
        loaders = [m["state"] for m in states if "static_id" in m["state"]]
        assert len(loaders) == 1 and loaders[0]["static_id"] == static_id()
        assert loaders[0]["_esm"] == (STATIC / "boot.js").read_text()  # not the 50 KB runtime
        _no_kernel(other)
        shown = other.locator(".jp-OutputArea .nbb-snapshot")
        expect(shown).to_be_visible(timeout=60_000)
        expect(shown.get_by_text("Hello, Ada!", exact=True)).to_be_visible()
    finally:
        other.screenshot(path=ARTIFACTS / "static-files-widget-state-no-kernel.png")
        other.close()


@pytest.mark.browser
def test_app_loads_its_front_end_from_the_server(lab_server: LabServer, page: Page, open_and_run) -> None:
    responses = _static_responses(page)
    notebook = write_notebook(lab_server.root_dir, "static_files_server.ipynb", APP_CELL, REQUESTS_CELL)
    open_and_run(page, notebook)
    _greet(page)
    prefix = f"{lab_server.url}/nbblocks/static/{static_id()}/"
    loaded = {url.removeprefix(prefix): status for url, status in responses}
    assert loaded.get("runtime.js") == 200, responses
    assert {"views/blocks.js", "views/textbox.js", "views/button.js"} <= {k for k, v in loaded.items() if v == 200}, responses
    # The kernel sent none of them: the comm carried state only.
    asked = _kernel_requests(page, notebook)
    assert not {"runtime", "blocks", "textbox", "button"} & set(asked), asked


@pytest.mark.browser
def test_under_a_base_url_the_front_end_comes_from_the_prefixed_route(tmp_path: Path, page: Page) -> None:
    """A server under a prefix (JupyterHub's /user/<name>/): the route and the page's URL
    both follow the base URL the page config gives."""
    root = tmp_path / "root"
    root.mkdir()
    with running_lab(tmp_path, root, base_url="/user/ada/", log_name="jupyterlab-base-url.log") as server:
        assert server.url.endswith("/user/ada")
        status, _, _ = _get(server, f"/user/ada/nbblocks/static/{static_id()}/runtime.js")
        assert status == 200
        status, _, _ = _get(server, f"/nbblocks/static/{static_id()}/runtime.js")
        assert status == 404
        responses = _static_responses(page)
        notebook = write_notebook(root, "static_files_base_url.ipynb", APP_CELL)
        notebook_runner(server)(page, notebook)
        _greet(page)
        assert (f"{server.url}/nbblocks/static/{static_id()}/runtime.js", 200) in responses, responses


@pytest.fixture(scope="module")
def lab_without_extension(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """JupyterLab with the user's config disabling the extension, as a server without
    nbblocks (or with the extension off) is."""
    base = tmp_path_factory.mktemp("no-extension")
    root = base / "root"
    root.mkdir()
    config = {"ServerApp": {"jpserver_extensions": {"nbblocks": False}}}
    with running_lab(base, root, server_config=config, log_name="jupyterlab-no-extension.log") as server:
        yield server


@pytest.mark.browser
def test_without_the_extension_the_front_end_comes_over_the_comm(lab_without_extension: LabServer, page: Page) -> None:
    server = lab_without_extension
    status, _, _ = _get(server, f"/nbblocks/static/{static_id()}/runtime.js")
    assert status == 404  # the extension is really off
    responses = _static_responses(page)
    notebook = write_notebook(server.root_dir, "static_files_comm.ipynb", APP_CELL, REQUESTS_CELL)
    notebook_runner(server)(page, notebook)
    _greet(page)
    assert all(status == 404 for _, status in responses), responses
    asked = _kernel_requests(page, notebook)
    assert asked.get("runtime") == 1 and asked.get("textbox") == 1 and asked.get("button") == 1, asked
