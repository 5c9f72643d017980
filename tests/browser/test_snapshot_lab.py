"""The snapshot in JupyterLab: hidden beside the live app, kept current by events from
the page without disturbing typing, saved with the notebook, shown without a kernel."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from pages import APP, part
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

APP_CELL = '''
import nbblocks as gr

with gr.Blocks() as demo:
    name = gr.Textbox(label="Your name", elem_id="name")
    shout = gr.Textbox(label="Shouted", elem_id="shout")
    name.input(lambda s: s.upper(), name, shout)
demo
'''

_OUTPUTS = """
(path) => {
  const app = window.jupyterapp;
  const panel = app.shell.widgets('main').find((w) => w.context && w.context.path === path);
  if (!panel) return null;
  return panel.content.widgets[0].model.outputs.toJSON();
}
"""


def _write(root: Path, name: str) -> str:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(APP_CELL)]
    nbformat.write(nb, root / name)
    return name


def _snapshot_html(outputs: list[dict]) -> str | None:
    for out in outputs or []:
        html = out.get("data", {}).get("text/html")
        if html and "nbb-snapshot" in "".join(html):
            return "".join(html)
    return None


def test_snapshot_hidden_live_current_after_typing_and_shown_without_kernel(
    lab_server, page: Page, open_and_run, artifacts: Path
) -> None:
    name = _write(lab_server.root_dir, "snapshot_live.ipynb")
    open_and_run(page, name)
    app = page.locator(APP).first
    expect(app).to_be_visible()
    # The snapshot output is there but hidden in the cell where the live app shows (its
    # HTML follows once the page drew the app and the session is quiet).
    snapshot = page.locator(".jp-OutputArea .nbb-snapshot")
    expect(snapshot).to_have_count(1, timeout=60_000)
    expect(snapshot).to_be_hidden()

    box, shouted = part(app, "#name", "input"), part(app, "#shout", "input")
    box.click()
    box.press_sequentially("ada lovelace", delay=60)
    expect(shouted).to_have_value("ADA LOVELACE")
    # The kernel replaced the snapshot output by its display id (events from the page,
    # debounced), and the live view was not re-created: focus and text are intact.
    page.wait_for_function(
        f"(path) => {{ const o = ({_OUTPUTS})(path); return !!o && JSON.stringify(o).includes('ADA LOVELACE'); }}",
        arg=name, timeout=60_000, polling=250,
    )
    expect(box).to_be_focused()
    expect(box).to_have_value("ada lovelace")
    box.press_sequentially("!", delay=60)
    expect(box).to_have_value("ada lovelace!")
    expect(shouted).to_have_value("ADA LOVELACE!")
    expect(snapshot).to_be_hidden()
    app.screenshot(path=str(artifacts / "snapshot-lab-live.png"))

    # Saved: the file keeps the snapshot with the last state.
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    saved_path = lab_server.root_dir / name

    def saved_snapshot() -> str | None:
        nb = json.loads(saved_path.read_text())
        return _snapshot_html(nb["cells"][0]["outputs"])

    page.wait_for_function(
        f"(path) => {{ const o = ({_OUTPUTS})(path); return !!o && JSON.stringify(o).includes('ADA LOVELACE!'); }}",
        arg=name, timeout=60_000, polling=250,
    )
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function(
        "() => { const w = window.jupyterapp.shell.currentWidget; return !!w && w.context && !w.context.model.dirty; }",
        timeout=60_000, polling=250,
    )
    html = saved_snapshot()
    assert html is not None and "ADA LOVELACE!" in html and "ada lovelace!" in html

    # Reopened with no kernel (a copy whose kernel does not exist): the snapshot shows.
    nb = json.loads(saved_path.read_text())
    nb["metadata"]["kernelspec"] = {"name": "no-such-kernel", "display_name": "none", "language": "python"}
    (lab_server.root_dir / "snapshot_saved.ipynb").write_text(json.dumps(nb))
    other = page.context.new_page()
    try:
        other.goto(lab_server.lab_url("snapshot_saved.ipynb"))
        shown = other.locator(".jp-OutputArea .nbb-snapshot")
        expect(shown).to_be_visible(timeout=60_000)
        expect(shown.get_by_text("ADA LOVELACE!", exact=True)).to_be_visible()
        expect(shown.get_by_text("Your name", exact=True)).to_be_visible()
        expect(other.locator(APP)).to_have_count(0)
        shown.screenshot(path=str(artifacts / "snapshot-lab-no-kernel.png"))
    finally:
        other.close()
