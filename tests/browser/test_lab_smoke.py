"""Self-test of the browser harness, independent of nbblocks.

If these pass and an nbblocks browser test fails, the fault is in nbblocks, not in
JupyterLab, the kernel, anywidget or the harness.
"""

from __future__ import annotations

import json
import sys

import pytest
from playwright.sync_api import Page, expect

from pages import write_notebook

pytestmark = pytest.mark.browser


def test_print_shows_in_output_area(lab_server, page: Page, open_and_run) -> None:
    name = write_notebook(
        lab_server.root_dir,
        "harness_smoke_print.ipynb",
        "print(1+1)",
        "import sys\nprint(sys.prefix)",
    )
    open_and_run(page, name)

    outputs = page.locator(".jp-Cell-outputArea .jp-OutputArea-output")
    expect(outputs).to_have_count(2)
    expect(outputs.nth(0)).to_have_text("2")
    # The kernel runs in the environment that runs the tests, so it imports the same packages.
    expect(outputs.nth(1)).to_have_text(sys.prefix)


def test_anywidget_extension_round_trip(lab_server, page: Page, open_and_run) -> None:
    """anywidget's lab extension loads, and a click in the browser reaches the kernel and back."""
    name = write_notebook(
        lab_server.root_dir,
        "harness_smoke_anywidget.ipynb",
        '''\
import anywidget
import traitlets


class Echo(anywidget.AnyWidget):
    _esm = """
    export default {
      render({ model, el }) {
        const button = document.createElement("button");
        button.id = "harness-echo-button";
        button.textContent = "click";
        button.onclick = () => { model.set("clicks", model.get("clicks") + 1); model.save_changes(); };
        const reply = document.createElement("span");
        reply.id = "harness-echo-reply";
        const show = () => { reply.textContent = model.get("reply"); };
        model.on("change:reply", show);
        show();
        el.append(button, reply);
      }
    };
    """
    clicks = traitlets.Int(0).tag(sync=True)
    reply = traitlets.Unicode("ready").tag(sync=True)

    @traitlets.observe("clicks")
    def _answer(self, change):
        self.reply = f"kernel saw {change.new} click(s)"


Echo()''',
    )
    open_and_run(page, name)

    config = json.loads(page.locator("#jupyter-config-data").text_content() or "{}")
    extensions = [ext["name"] for ext in config.get("federated_extensions", [])]
    assert "anywidget" in extensions, f"anywidget lab extension not loaded: {extensions}"

    reply = page.locator("#harness-echo-reply")
    expect(reply).to_have_text("ready")
    page.locator("#harness-echo-button").click()
    expect(reply).to_have_text("kernel saw 1 click(s)")



def test_a_run_all_whose_later_cells_were_dropped_runs_them_once_more(lab_server, page: Page) -> None:
    """JupyterLab 4.4 can lose the execute requests of a run-all sent while it replaces the
    kernel's connection. Here the first cell ran and the rest were never sent: the harness
    sees the kernel idle with cells never started and runs those, and only those."""
    from lab_harness import FIND_PANEL, _RUN_FINISHED, _RUN_REST, _RUN_STALLED, _wait, open_notebook, page_function, run_cell

    name = write_notebook(lab_server.root_dir, "harness_smoke_dropped.ipynb", "a = 40", "b = a + 2", "print(b)")
    open_notebook(page, lab_server, name)
    run_cell(page, name, "a = 40")
    stalled = page_function(_RUN_STALLED)
    assert page.evaluate(stalled, [name, 0]) is False  # no run-all under way
    # A run-all under way whose later requests never reached the kernel.
    page.evaluate(page_function(FIND_PANEL + """return (path) => {
      window.__nbblocksRunAll = {done: false, error: null};
      findPanel(path).__nbblocksStatusWatch = {changed: performance.now()};
    };"""), name)
    page.wait_for_function(f"() => ({stalled})({json.dumps([name, 0])})", polling=250)
    assert page.evaluate(page_function(_RUN_REST), name) == 1  # from the first cell never run
    _wait(page, lab_server, name, _RUN_FINISHED, "the rest of the cells to run", 120_000)
    counts = page.evaluate(page_function(FIND_PANEL + "return (path) => cellState(findPanel(path)).map(c => c.count);"), name)
    assert counts == [1, 2, 3]
    expect(page.locator(".jp-Cell-outputArea .jp-OutputArea-output")).to_have_text("42")
