"""The front end in JupyterLab with anywidget 0.11: the page runtime is one model per
kernel, every block model carries a stub, and each view reaches the page once. A
component declared in a notebook cell (class, inline view, file picker) takes part like a
built-in one; its second view in another cell is drawn by the same runtime; ids stay
unique; a page reload draws the app again from the kernel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from lab_harness import run_cell
from test_lab_smoke import write_notebook

pytestmark = pytest.mark.browser

APP_CELL = '''\
import nbblocks as gr
from nbblocks.components import Component, Uploads
from nbblocks.data_classes import FileData, GradioRootModel
from nbblocks.events import Events
from pathlib import Path
from typing import List

VIEW = """
export default {
  render(ctx) {
    const list = ctx.h("ol", { dataset: { nbblocksPart: "stamps" } });
    const picker = ctx.h("input", { type: "file", multiple: true, dataset: { nbblocksPart: "file-input" } });
    const draw = () => list.replaceChildren(...(ctx.value() ?? []).map((f) => ctx.h("li", { text: f.orig_name })));
    ctx.listen(picker, "change", async () => {
      const uploaded = await Promise.all([...picker.files].map((f) => ctx.upload(f)));
      ctx.setValue([...(ctx.value() ?? []), ...uploaded], { events: ["upload", "change"] });
      draw();
    });
    ctx.on("value", draw);
    draw();
    ctx.el.append(picker, list);
  },
};
"""

class StampFiles(GradioRootModel):
    root: List[FileData]

class Stamps(Component):
    EVENTS = [Events.upload, Events.change]
    data_model = StampFiles
    _esm = VIEW
    UPLOADS = Uploads(value=lambda current, files, props: [*(current or []), *files], single=lambda props: False)
    def preprocess(self, payload): return [] if payload is None else [f.path for f in payload.root]
    def postprocess(self, value): return StampFiles([FileData(path=str(p)) for p in value or []])
    def example_payload(self): return []
    def example_value(self): return []

with gr.Blocks() as demo:
    stamps = Stamps(label="Stamps", elem_id="stamps")
    with gr.Row():
        name = gr.Textbox(label="Name", elem_id="name")
        age = gr.Number(label="Age", elem_id="age")
        side = gr.Radio(["left", "right"], label="Side", elem_id="side")
    log = gr.Textbox(label="Log", elem_id="log")
    stamps.upload(lambda paths: "uploaded " + " ".join(Path(p).read_text() for p in paths), stamps, log)
demo'''

IMPORT_CELL = "from nbblocks.widgets.runtime_model import page_runtime"
REQUESTS_CELL = "print(dict(page_runtime().requests))"  # how often pages asked for each view


def _requests(page: Page, notebook: str) -> dict[str, int]:
    outputs = run_cell(page, notebook, REQUESTS_CELL)
    text = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream")
    return ast.literal_eval(text.strip())


def test_one_runtime_per_page_a_cell_component_and_a_reload(lab_server, page: Page, open_and_run, tmp_path: Path, artifacts: Path) -> None:
    notebook = write_notebook(lab_server.root_dir, "page_runtime.ipynb", APP_CELL, "stamps", IMPORT_CELL, REQUESTS_CELL)
    open_and_run(page, notebook)

    views = page.locator('[data-nbblocks-view="custom"]')
    expect(views).to_have_count(2)  # in the app, and alone in the second cell
    app = page.locator('[data-nbblocks-view="blocks"]').first
    expect(app.locator('#side input[type="radio"]')).to_have_count(2)

    # Every label id on the page is unique (each model used to evaluate its own runtime).
    labels = page.evaluate("[...document.querySelectorAll('[data-nbblocks-part=label]')].map((el) => el.id)")
    assert len(labels) >= 5 and len(set(labels)) == len(labels), labels

    # A file picked in the cell's component reaches the kernel; the other view shows it too.
    sample = tmp_path / "hello.txt"
    sample.write_text("hello")
    app.locator('#stamps [data-nbblocks-part="file-input"]').set_input_files(str(sample))
    expect(app.locator('#log [data-nbblocks-part="input"]')).to_have_value("uploaded hello")
    expect(views.nth(1).locator('[data-nbblocks-part="stamps"] li')).to_have_text(["hello.txt"])
    app.screenshot(path=artifacts / "page-runtime-app.png")

    # The page asked the kernel once for the custom view, however many blocks use it; the
    # runtime and the built-in views came from the Jupyter server (test_static_files_lab.py).
    first = _requests(page, notebook)
    custom = [k for k in first if k.startswith("custom-")]
    assert len(custom) == 1 and first[custom[0]] == 1
    assert not {"runtime", "textbox", "blocks", "row"} & set(first), first
    assert "imageeditor" not in first and "markdown" not in first  # not shown, not loaded

    # Save and reload: the page gets the models from the kernel and draws them again.
    page.keyboard.press("Control+s")
    page.wait_for_function("() => !document.querySelector('.jp-mod-dirty')", timeout=30_000)
    page.reload()
    app = page.locator('[data-nbblocks-view="blocks"]').first
    expect(app.locator('#stamps [data-nbblocks-part="stamps"] li')).to_have_text(["hello.txt"], timeout=60_000)
    expect(app.locator('#log [data-nbblocks-part="input"]')).to_have_value("uploaded hello")
    again = _requests(page, notebook)
    assert again[custom[0]] == 2 and "textbox" not in again  # one more page, one more request
