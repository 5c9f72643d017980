"""gr.Plot: every figure kind becomes Gradio 6.31's value (compared with what Gradio made
of the same figures, ``tests/data/gradio_plot_values.json``); the notebook gets a
matplotlib image as file bytes in a binary buffer, and each library from the page runtime
model, only when asked for."""

from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("matplotlib")
pytest.importorskip("plotly")
pytest.importorskip("altair")

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import nbblocks as gr  # noqa: E402
from nbblocks.testing import Frontend, FrontendError  # noqa: E402
from plot_frames import figures  # noqa: E402

GRADIO = json.loads((Path(__file__).parent / "data" / "gradio_plot_values.json").read_text())


def _pixels(data_url_or_bytes):
    from PIL import Image

    data = data_url_or_bytes
    if isinstance(data, str):
        data = base64.b64decode(data.split(",", 1)[1])
    img = Image.open(io.BytesIO(data)).convert("RGBA")
    return img.size, img.tobytes()


@pytest.mark.parametrize("fmt", ["webp", "png"])
def test_a_matplotlib_figure_is_gradios_data_url_and_is_closed(fmt):
    fig = figures()["matplotlib"]
    value = gr.Plot(format=fmt).postprocess(fig)
    expected = GRADIO["plots"][f"matplotlib/{fmt}"]
    assert value.type == "matplotlib" and value.plot.startswith(f"data:image/{fmt};base64,")
    assert _pixels(value.plot) == _pixels(expected["plot"])
    assert not plt.fignum_exists(fig.number) and GRADIO["plots"]["matplotlib/closed"] is True


def test_pyplot_itself_an_axes_and_anything_with_savefig():
    plt.figure()
    plt.plot([1, 2], [2, 1])
    number = plt.gcf().number
    value = gr.Plot(format="png").postprocess(plt)
    assert value.plot.startswith("data:image/png;base64,")
    assert plt.fignum_exists(number)  # as Gradio: pyplot's current figure stays open
    plt.close("all")
    fig, ax = plt.subplots()
    ax.plot([1, 2, 3])
    assert gr.Plot().postprocess(ax).plot.startswith("data:image/webp;base64,")
    assert not plt.fignum_exists(fig.number)


@pytest.mark.parametrize("kind", ["plotly", "altair"])
def test_plotly_and_altair_are_their_json(kind):
    value = gr.Plot().postprocess(figures()[kind])
    assert value.model_dump() == GRADIO["plots"][kind]


def test_bokeh_is_its_json_item_and_says_which_bokehjs_bundles_it_needs():
    pytest.importorskip("bokeh")
    from bokeh.layouts import column
    from bokeh.models import ColumnDataSource, DataTable, Slider, TableColumn
    from bokeh.plotting import figure

    fig = figure()
    fig.line([1, 2, 3], [3, 1, 2])
    plot = gr.Plot()
    value = plot.postprocess(fig)
    item = json.loads(value.plot)
    assert value.type == "bokeh" and {"target_id", "root_id", "doc"} <= set(item)
    assert plot.notebook_value(value.model_dump())["libraries"] == ["bokeh"]
    source = ColumnDataSource({"a": [1, 2]})
    table = DataTable(source=source, columns=[TableColumn(field="a")])
    webgl = figure(output_backend="webgl")
    webgl.scatter([1], [1])
    layout = column(Slider(start=0, end=1, value=0.5), table, webgl)
    libraries = plot.notebook_value(plot.postprocess(layout).model_dump())["libraries"]
    assert libraries == ["bokeh", "bokeh-widgets", "bokeh-tables", "bokeh-gl"]
    assert plot.get_config()["bokeh_version"] == __import__("bokeh").__version__


def test_values_that_are_not_figures():
    plot = gr.Plot()
    assert plot.postprocess(None) is None
    same = {"type": "plotly", "plot": "{}"}
    assert plot.postprocess(same).model_dump() == same
    with pytest.raises(gr.Error, match=r"Plot: cannot show a list; return a matplotlib Figure"):
        plot.postprocess([1, 2])
    with pytest.raises(gr.Error, match=r"Plot: a dict value must be"):
        plot.postprocess({"kind": "x"})
    fig = figures()["matplotlib"]
    with pytest.raises(gr.Error, match=r"Plot: matplotlib cannot save in format 'nope'"):
        gr.Plot(format="nope").postprocess(fig)
    with pytest.raises(ValueError, match=r"Plot: custom buttons are not supported"):
        gr.Plot(buttons=[gr.Button("x")])


def test_a_function_returning_no_figure_gets_an_error_and_the_app_keeps_going():
    def draw(kind):
        return figures()["plotly"] if kind == "plotly" else [1, 2, 3]

    with gr.Blocks() as demo:
        kind = gr.Textbox("list")
        plot = gr.Plot()
        kind.submit(draw, kind, plot)
    ui = Frontend(demo)
    ui.trigger(kind, "submit")
    assert "Plot: cannot show a list" in (ui.error(plot) or "")
    assert ui.value(plot) is None
    ui.set(kind, "plotly")
    ui.trigger(kind, "submit")
    assert ui.error(plot) is None and ui.value(plot)["type"] == "plotly"


def test_the_notebook_gets_the_image_as_bytes_and_the_session_keeps_gradios_value():
    with gr.Blocks() as demo:
        plot = gr.Plot(format="png")
        btn = gr.Button()
        btn.click(lambda: figures()["matplotlib"], None, plot)
    ui = Frontend(demo)
    ui.click(btn)
    held = ui.value(plot)
    assert held["type"] == "matplotlib" and held["plot"]["mime_type"] == "image/png"
    assert ui.displayed(plot) == [{"kind": "file", "mime": "image/png", "bytes": held["plot"]["size"]}]
    session = ui.state_value(plot)
    assert session["plot"].startswith("data:image/png;base64,")
    shown = ui.file_bytes(plot, file=held["plot"])
    assert shown == base64.b64decode(session["plot"].split(",", 1)[1])
    # No base64 on the comm: the bytes travel as a buffer beside the JSON state.
    # (An Interface shortcut names it too.)
    assert isinstance(gr.Interface(lambda: None, None, "plot").output_components[0], gr.Plot)
    widget = demo.view().widgets[plot._id]
    state = widget.get_state()
    assert "base64" not in json.dumps(state["value"])
    assert isinstance(state["blobs"][held["plot"]["path"]]["data"], (bytes, memoryview))


def test_plotly_altair_and_bokeh_reach_the_notebook_as_gradio_sends_them():
    pytest.importorskip("bokeh")
    from bokeh.plotting import figure

    fig = figure()
    fig.scatter([1, 2], [2, 1])
    with gr.Blocks() as demo:
        one = gr.Plot(figures()["plotly"])
        two = gr.Plot(figures()["altair"])
        three = gr.Plot(fig)
    ui = Frontend(demo)
    assert ui.value(one) == GRADIO["plots"]["plotly"] | {"type": "plotly"}
    assert ui.value(two) == GRADIO["plots"]["altair"] | {"type": "altair"}
    assert ui.displayed(one) == []
    shown = ui.value(three)
    assert shown["type"] == "bokeh" and shown["plot"] == ui.state_value(three)["plot"] and shown["libraries"] == ["bokeh"]
    assert "libraries" not in ui.state_value(three)  # the HTTP value is Gradio's


def test_libraries_come_from_the_page_runtime_model_on_request():
    with gr.Blocks() as demo:
        gr.Plot()
    ui = Frontend(demo)
    plotly = ui.library("plotly")
    cartesian = ui.library("plotly-cartesian")
    vega = ui.library("vega")
    assert "newPlot" in plotly and "newPlot" in cartesian and len(cartesian) < len(plotly) / 2
    assert "scattergeo" in plotly and "scattergeo" not in cartesian
    assert "export" in vega and len(vega) > 100_000
    bokeh = ui.library("bokeh")
    assert f"BokehJS {__import__('bokeh').__version__}" in bokeh[:100]
    with pytest.raises(FrontendError, match="no front-end library 'nope'"):
        ui.library("nope")
    with pytest.raises(FrontendError, match="not a library name"):
        ui.library("../views/textbox")


def test_building_and_showing_plots_imports_no_plotting_library():
    code = (
        "import sys, nbblocks as gr\n"
        "from nbblocks.testing import Frontend\n"
        "with gr.Blocks() as demo:\n"
        "    gr.Plot()\n"
        "    gr.LinePlot(x='x', y='y')\n"
        "    gr.BarPlot(x='x', y='y')\n"
        "Frontend(demo)\n"
        "print([m for m in ('pandas', 'matplotlib', 'plotly', 'altair', 'bokeh') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
