"""Plots in JupyterLab, in Chromium: a matplotlib, a plotly and an altair figure appear
with pixels drawn, the page fetches only the libraries those figures need, and a native
line plot brushed with the mouse sends its range to the select handler, which zooms."""

from __future__ import annotations

import io
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Locator, Page, expect

pytestmark = pytest.mark.browser

APP = '''\
import altair as alt
import numpy as np
import pandas as pd
import plotly.graph_objects as go
from matplotlib.figure import Figure

import nbblocks as gr
from nbblocks.widgets.runtime_model import page_runtime

fig = Figure(figsize=(5, 3))
ax = fig.subplots()
ax.plot([0, 1, 2, 3, 4], [0, 3, 1, 4, 2], color="tab:red", linewidth=4)
bars = alt.Chart(pd.DataFrame({"k": list("ABCD"), "v": [3, 7, 2, 5]})).mark_bar().encode(x="k", y="v")
lines = go.Figure(go.Scatter(x=[0, 1, 2, 3], y=[1, 3, 2, 4], line={"width": 5}))
series = pd.DataFrame({"x": np.arange(200.0), "y": np.sin(np.arange(200) / 15.0)})


def picked(selection: gr.SelectData):
    lo, hi = selection.index
    return f"{lo:.1f} {hi:.1f}", gr.LinePlot(x_lim=selection.index)


def libraries():
    return " ".join(sorted(i for i in page_runtime().requests if i.startswith("library-"))) or "none"


with gr.Blocks() as demo:
    with gr.Row():
        gr.Plot(fig, label="matplotlib", elem_id="mpl")
        gr.Plot(lines, label="plotly", elem_id="plotly")
        gr.Plot(bars, label="altair", elem_id="altair")
    line = gr.LinePlot(series, x="x", y="y", elem_id="line", height=260)
    chosen = gr.Textbox(label="Picked", elem_id="picked")
    line.select(picked, None, [chosen, line])
    check = gr.Button("Libraries", elem_id="check")
    loaded = gr.Textbox(label="Loaded", elem_id="loaded")
    check.click(libraries, None, loaded)
demo
'''


def part(root: Locator, name: str) -> Locator:
    return root.locator(f'[data-nbblocks-part="{name}"]')


def _colors(png: bytes) -> int:
    from PIL import Image

    return len(Image.open(io.BytesIO(png)).convert("RGB").getcolors(1 << 20) or [])


def _has_color(png: bytes, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    return any(all(abs(a - b) <= tolerance for a, b in zip(color, rgb)) for _, color in img.getcolors(1 << 20) or [])


def test_figures_draw_and_a_brushed_line_zooms(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(APP)]
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nbformat.write(nb, lab_server.root_dir / "plots_lab.ipynb")
    static: list[str] = []
    page.on("response", lambda r: static.append(r.url.rsplit("/nbblocks/static/", 1)[1].split("/", 1)[1])
            if "/nbblocks/static/" in r.url and r.status == 200 else None)
    open_and_run(page, "plots_lab.ipynb")
    app = page.locator('[data-nbblocks-view="blocks"]').first
    expect(app).to_be_visible()

    # Each figure is drawn: an image, plotly's SVG, Vega's SVG, with real pixels.
    for elem_id, part_name in (("mpl", "image"), ("plotly", "plotly"), ("altair", "vega")):
        block = app.locator(f"#{elem_id}")
        expect(part(block, "plot")).to_have_attribute("data-state", "drawn", timeout=120_000)
        drawn = part(block, part_name)
        expect(drawn).to_be_visible()
        shot = drawn.screenshot(path=artifacts / f"plots-lab-{elem_id}.png")
        assert _colors(shot) > 16, f"{elem_id} looks blank"
    assert _has_color(app.locator("#mpl").screenshot(), (214, 39, 40))  # matplotlib's tab:red line
    expect(app.locator("#plotly .scatterlayer path.js-line")).to_have_count(1)
    expect(app.locator("#altair svg .mark-rect path")).to_have_count(4)

    # Only the libraries these figures need came to the page: from the Jupyter server
    # (docs/frontend.md), so the kernel was asked for none.
    assert sorted(f for f in static if f.startswith("libs/")) == ["libs/plotly-cartesian.js", "libs/vega.js"], static
    part(app.locator("#check"), "button").click()
    expect(part(app.locator("#loaded"), "input")).to_have_value("none")

    # Brush the native line plot from a quarter to three quarters of its width.
    line = app.locator("#line")
    expect(part(line, "plot")).to_have_attribute("data-state", "drawn")
    path = line.locator("svg .mark-line path").first
    path.scroll_into_view_if_needed()
    box = path.bounding_box()
    assert box is not None
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.25, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, y, steps=10)
    page.mouse.move(box["x"] + box["width"] * 0.75, y, steps=10)
    page.mouse.up()
    picked = part(app.locator("#picked"), "input")
    expect(picked).not_to_have_value("", timeout=60_000)
    lo, hi = (float(v) for v in picked.input_value().split())
    assert 35 <= lo <= 65 and 135 <= hi <= 165, (lo, hi)
    # The handler zoomed: the plot now shows about half the points.
    page.wait_for_function("() => { const p = document.querySelector('#line [data-nbblocks-part=plot]');"
                           " return p && p.dataset.state === 'drawn' && Number(p.dataset.points) < 120; }")
    line.screenshot(path=artifacts / "plots-lab-line-zoomed.png")
