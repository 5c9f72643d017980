"""Plots over the HTTP API, called by the official gradio_client as a Gradio 6.31 app's
plots are: a Plot output is Gradio's ``{"type", "plot"}`` (a matplotlib figure as a data
URL), a native plot's is every row of the frame, however many points the notebook draws."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")
pytest.importorskip("matplotlib")
pd = pytest.importorskip("pandas")

from gradio_client import Client  # noqa: E402

import nbblocks as gr  # noqa: E402
from nbblocks.testing import Frontend  # noqa: E402
from plot_frames import figures  # noqa: E402

TIMEOUT = 60
GRADIO = json.loads((Path(__file__).parent / "data" / "gradio_plot_values.json").read_text())


@pytest.fixture
def demo():
    def make_line(n):
        n = int(n)
        return pd.DataFrame({"x": np.arange(n, dtype=float), "y": np.sin(np.arange(n) / 100.0)})

    with gr.Blocks() as demo:
        fmt = gr.Textbox("png")
        count = gr.Number(10)
        plot = gr.Plot(format="png")
        line = gr.LinePlot(x="x", y="y")
        other = gr.Plot()
        run = gr.Button()
        run.click(lambda: figures()["matplotlib"], None, plot, api_name="figure")
        run.click(make_line, count, line, api_name="line")
        run.click(lambda: figures()["plotly"], None, other, api_name="plotly")
        run.click(lambda v: v.plot[:22], plot, fmt, api_name="echo")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    yield demo
    demo.close()


def _client(demo) -> Client:
    return Client(demo.local_url, verbose=False, analytics_enabled=False, download_files=False)


def test_a_matplotlib_output_is_gradios_data_url(demo):
    c = _client(demo)
    try:
        value = c.submit(api_name="/figure").result(timeout=TIMEOUT)
        plotly = c.submit(api_name="/plotly").result(timeout=TIMEOUT)
        echoed = c.submit(value, api_name="/echo").result(timeout=TIMEOUT)  # a Plot as an input
        info = c.view_api(print_info=False, return_format="dict")
    finally:
        c.close()
    assert value["type"] == "matplotlib" and value["plot"].startswith("data:image/png;base64,")
    assert base64.b64decode(value["plot"].split(",", 1)[1]).startswith(b"\x89PNG")
    assert plotly == {"type": "plotly", "plot": GRADIO["plots"]["plotly"]["plot"]}
    assert echoed == "data:image/png;base64,"
    returns = info["named_endpoints"]["/figure"]["returns"][0]
    assert returns["component"] == "Plot"
    assert returns["python_type"]["type"] == "dict(type: Literal['altair', 'bokeh', 'plotly', 'matplotlib'], plot: str)"


def test_a_big_line_plot_sends_every_row_over_http_and_a_sample_to_the_notebook(demo):
    n = 50_000
    c = _client(demo)
    try:
        value = c.submit(n, api_name="/line").result(timeout=TIMEOUT)
        info = c.view_api(print_info=False, return_format="dict")
    finally:
        c.close()
    assert value["columns"] == ["x", "y"] and value["mark"] == "line"
    assert value["datatypes"] == {"x": "quantitative", "y": "quantitative"}
    assert len(value["data"]) == n and value["data"][1] == [1.0, 0.0099998333]
    assert "sampled" not in value
    assert info["named_endpoints"]["/line"]["returns"][0]["python_type"]["description"] == "any valid json"
    # The notebook session of the same app draws a sample.
    ui = Frontend(demo)
    ui.set(next(b for b in demo.blocks.values() if isinstance(b, gr.Number)), n)
    ui.click(next(b for b in demo.blocks.values() if isinstance(b, gr.Button)))
    line = next(b for b in demo.blocks.values() if isinstance(b, gr.LinePlot))
    assert ui.value(line)["sampled"]["rows"] == n and len(ui.value(line)["data"]) < n / 10
