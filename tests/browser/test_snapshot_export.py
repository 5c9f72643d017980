"""A notebook executed and exported by nbconvert shows the app's snapshot, with
JavaScript off: labels, a value set by a later cell's event, an image."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from lab_harness import ARTIFACTS
from playwright.sync_api import Browser, expect

pytestmark = pytest.mark.browser

APP = '''
import numpy as np
import nbblocks as gr

pixels = np.zeros((300, 400, 3), dtype=np.uint8)
pixels[:, :200] = (220, 30, 30)
with gr.Blocks() as demo:
    with gr.Row():
        name = gr.Textbox(label="Your name")
        greeting = gr.Textbox(label="Greeting")
    photo = gr.Image(pixels, label="Red photo")
    greet = gr.Button("Greet")
    greet.click(lambda n: f"Hello {n}!", name, greeting)
demo
'''

LATER = '''
from nbblocks.testing import Frontend

fe = Frontend(demo)
fe.set(name, "Ada <script>x</script>")
fe.click(greet)
fe.wait()
'''


def _export(tmp_path: Path) -> tuple[nbformat.NotebookNode, Path]:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(APP), nbformat.v4.new_code_cell(LATER)]
    source = tmp_path / "shared.ipynb"
    nbformat.write(nb, source)
    subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--execute", "--to", "notebook", "--output", "executed.ipynb", str(source)],
        check=True, cwd=tmp_path, timeout=600,
    )
    executed = nbformat.read(tmp_path / "executed.ipynb", as_version=4)
    subprocess.run(
        [sys.executable, "-m", "jupyter", "nbconvert", "--to", "html", "--output", "shared.html", str(tmp_path / "executed.ipynb")],
        check=True, cwd=tmp_path, timeout=600,
    )
    return executed, tmp_path / "shared.html"


def test_exported_notebook_shows_the_app_without_javascript(browser: Browser, tmp_path: Path) -> None:
    executed, html_file = _export(tmp_path)
    outputs = executed.cells[0].outputs
    snapshots = [o for o in outputs if "text/html" in o.get("data", {})]
    assert len(snapshots) == 1, outputs
    assert "Hello Ada &lt;script&gt;x&lt;/script&gt;!" in snapshots[0].data["text/html"]
    widget = [o for o in outputs if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert len(widget) == 1 and widget[0].data["text/plain"].startswith("Blocks(")

    context = browser.new_context(java_script_enabled=False, viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(html_file.as_uri())
        snapshot = page.locator(".nbb-snapshot")
        expect(snapshot).to_have_count(1)
        for label in ("Your name", "Greeting", "Red photo", "Greet"):
            expect(snapshot.get_by_text(label, exact=True)).to_be_visible()
        expect(snapshot.get_by_text("Hello Ada <script>x</script>!", exact=True)).to_be_visible()
        expect(snapshot.get_by_text("running kernel", exact=False)).to_be_visible()
        image = snapshot.locator("img")
        expect(image).to_be_visible()
        box = image.bounding_box()
        assert box is not None and 100 <= box["width"] <= 160 and box["height"] > 50
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        snapshot.screenshot(path=str(ARTIFACTS / "snapshot-nbconvert-no-js.png"))
    finally:
        context.close()
