"""What nbblocks apps look like in JupyterLab, and the steps a person takes in them.

Selectors follow docs/frontend.md: every block root is ``[data-nbblocks-view="<view>"]``
with ``id=<elem_id>`` when set; the elements inside it carry ``data-nbblocks-part``.
Shared by the tests that drive the same notebook in different JupyterLab setups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import nbformat
from playwright.sync_api import Locator, Page, expect

APP = '[data-nbblocks-view="blocks"]'


def part(root: Locator, *path: str) -> Locator:
    """The element ``path[-1]`` (a data-nbblocks-part) in ``root``, inside the blocks
    matched by the selectors before it: ``part(app, "#name", "input")``, ``part(block, "clear")``."""
    *blocks, name = path
    for block in blocks:
        root = root.locator(block)
    return root.locator(f'[data-nbblocks-part="{name}"]')


def write_notebook(root: Path, name: str, *sources: str) -> str:
    """Write a notebook of code cells into the server's scratch root (never the repo)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nbformat.write(nb, root / name)
    return name


def open_app(page: Page, open_and_run: Callable[..., None], lab_server: Any, name: str, source: str, *after: str,
             permissions: Sequence[str] = ()) -> Locator:
    """Run a notebook ``name`` whose first cell (``source``) shows an app, then the cells
    ``after``; return the app. ``permissions`` (e.g. "camera") are granted to the page first."""
    write_notebook(lab_server.root_dir, name, source, *after)
    if permissions:
        page.context.grant_permissions(list(permissions), origin=lab_server.url)
    open_and_run(page, name)
    app = page.locator(APP).first
    expect(app).to_be_visible()
    return app


def use_quickstart(page: Page, screenshot: Path | None = None) -> None:
    """notebooks/quickstart.ipynb after "run all": check what its cells did, then type a
    name, move the slider and click Greet as a person would."""
    app = page.locator(APP).first
    expect(app).to_be_visible()
    # A Textbox's "input" part is an <input> (one line) or a <textarea>.
    name, greeting = part(app, "#name", "input"), part(app, "#greeting", "input")
    greet = part(app, "#greet", "button")
    expect(name).to_be_editable()
    expect(greet).to_be_enabled()

    # Later cells drive the same app (the notebook session) through the headless
    # nbblocks.testing.Frontend: what it set must show on this page too.
    intensity = part(app, '[data-nbblocks-view="slider"]', "number")
    expect(name).to_have_value("Grace")
    expect(intensity).to_have_value("4")
    expect(greeting).to_have_value("Hello, Grace!!!!")

    # Now as a person: move the slider back, type key by key, click at once. The page's
    # messages may reach the kernel on several threads; they must be handled in order.
    intensity.fill("2")
    expect(intensity).to_have_value("2")
    name.fill("")
    name.press_sequentially("Ada")
    greet.click()

    # Intensity 2: two exclamation marks.
    expect(greeting).to_have_value("Hello, Ada!!")
    if screenshot is not None:
        app.screenshot(path=screenshot)
