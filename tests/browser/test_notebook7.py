"""Notebook 7 (the classic notebook's successor, built from JupyterLab's parts) runs an app
as JupyterLab does: the quickstart draws and answers a person, the saved-notebook snapshot
stays hidden beside the live app, and the saved file keeps the snapshot with the last state."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Page, expect

from lab_harness import NOTEBOOKS, LabServer, notebook_runner, running_lab
from pages import APP, part, use_quickstart

pytestmark = pytest.mark.browser

APP_CELL = """\
import nbblocks as gr

with gr.Blocks() as demo:
    name = gr.Textbox(label="Your name", elem_id="name")
    shout = gr.Textbox(label="Shouted", elem_id="shout")
    name.change(lambda s: s.upper(), name, shout)
demo
"""

_SAVED = """() => { const w = window.jupyterapp.shell.currentWidget;
  return !!w && !!w.context && !w.context.model.dirty; }"""


@pytest.fixture(scope="module")
def notebook7(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    base = tmp_path_factory.mktemp("notebook7")
    root = base / "root"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    with running_lab(base, root, front_end="notebook", log_name="notebook7-server.log") as server:
        yield server


def test_quickstart_in_notebook7(notebook7: LabServer, page: Page, artifacts: Path) -> None:
    notebook_runner(notebook7)(page, "quickstart.ipynb")
    expect(page.locator(".jp-NotebookPanel")).to_have_count(1)  # Notebook 7's one-notebook page
    use_quickstart(page, screenshot=artifacts / "quickstart-notebook7.png")


def test_snapshot_hidden_beside_the_live_app_and_saved_in_notebook7(notebook7: LabServer, page: Page) -> None:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(APP_CELL)]
    nbformat.write(nb, notebook7.root_dir / "shout.ipynb")
    notebook_runner(notebook7)(page, "shout.ipynb")

    app = page.locator(APP).first
    box, shouted = part(app, "#name", "input"), part(app, "#shout", "input")
    box.click()
    box.press_sequentially("ada", delay=60)
    expect(shouted).to_have_value("ADA")
    snapshot = page.locator(".jp-OutputArea .nbb-snapshot")
    expect(snapshot).to_have_count(1, timeout=60_000)
    expect(snapshot).to_be_hidden()

    # The snapshot's HTML follows the app's state (debounced); save once it has the text.
    def saved_html() -> str:
        outputs = json.loads((notebook7.root_dir / "shout.ipynb").read_text())["cells"][0]["outputs"]
        return "".join("".join(o.get("data", {}).get("text/html", "")) for o in outputs)

    page.wait_for_function(
        """() => [...document.querySelectorAll('.jp-OutputArea .nbb-snapshot')]
                 .some((s) => s.innerHTML.includes('ADA'))""",
        timeout=60_000, polling=250,
    )
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function(_SAVED, timeout=60_000, polling=250)
    html = saved_html()
    assert "nbb-snapshot" in html and "ADA" in html
