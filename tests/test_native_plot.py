"""gr.LinePlot, gr.ScatterPlot, gr.BarPlot: Gradio 6.31's parameters and value format
(compared with what Gradio made of the same frames: ``tests/data/gradio_plot_values.json``),
events through ``Frontend``, callable values, and the notebook's sample of big series."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

import numpy as np
import pytest

pd = pytest.importorskip("pandas")

import nbblocks as gr  # noqa: E402
from nbblocks.components._plot_frames import FrameRows  # noqa: E402
from nbblocks.components.base import ComponentProps  # noqa: E402
from nbblocks.testing import Frontend, FrontendError  # noqa: E402
from plot_frames import AXES, frames  # noqa: E402

GRADIO = json.loads((Path(__file__).parent / "data" / "gradio_plot_values.json").read_text())
CLASSES = {"LinePlot": gr.LinePlot, "ScatterPlot": gr.ScatterPlot, "BarPlot": gr.BarPlot}


def _http_json(value):
    """The value as the HTTP API sends it (``server/channels.dumps``)."""
    from nbblocks.server.channels import dumps

    return json.loads(dumps(value))


@pytest.mark.parametrize("key", sorted(GRADIO["values"]))
def test_values_are_gradios(key):
    cls_name, frame_name = key.split("/", 1)
    x, y, color = AXES[frame_name]
    expected = GRADIO["values"][key]
    assert "error" not in expected, expected
    value = CLASSES[cls_name](x=x, y=y, color=color).postprocess(frames()[frame_name])
    assert value == expected
    assert _http_json(value) == expected


def test_the_parameters_are_gradios():
    """Every Gradio parameter is taken, with Gradio's default; the plots' own ones in
    Gradio's order (the props every component shares are in ComponentProps)."""
    shared = set(ComponentProps.__annotations__)
    for name, cls in CLASSES.items():
        ours = inspect.signature(cls.__init__).parameters
        theirs = [(n, default, kind) for n, default, kind in GRADIO["signatures"][name]]
        own = [n for n, _, _ in theirs if n not in shared]
        assert [n for n in ours if n in own] == own, name
        for n, default, kind in theirs:
            if n in ours:
                assert repr(ours[n].default) == default, (name, n)
                assert ours[n].kind.name == kind, (name, n)
            else:
                assert n in shared, (name, n)
    gradio_config = set(GRADIO["config"]["LinePlot"]) - {"_selectable", "proxy_url", "value", "preserved_by_key"}
    assert gradio_config <= set(gr.LinePlot(x="x", y="y").get_config())


def test_no_label_unless_given():
    assert gr.LinePlot(x="x", y="y").get_config()["show_label"] is False
    assert gr.LinePlot(x="x", y="y", label="Sales").get_config()["show_label"] is True


def test_bad_parameters_name_the_component_and_the_field():
    with pytest.raises(ValueError, match=r"LinePlot: y_aggregate must be one of sum, mean"):
        gr.LinePlot(x="x", y="y", y_aggregate="avg")
    with pytest.raises(ValueError, match=r"BarPlot: x_bin must be a positive number or a duration"):
        gr.BarPlot(x="x", y="y", x_bin="10 minutes")
    with pytest.raises(ValueError, match=r"ScatterPlot: tooltip must be"):
        gr.ScatterPlot(x="x", y="y", tooltip="some")
    with pytest.raises(ValueError, match=r"LinePlot: x_lim must be \[low, high\]"):
        gr.LinePlot(x="x", y="y", x_lim=[1, 2, 3])
    with pytest.raises(ValueError, match=r"LinePlot: unknown button 'share'"):
        gr.LinePlot(x="x", y="y", buttons=["share"])
    with pytest.raises(ValueError, match=r"LinePlot: custom buttons are not supported"):
        gr.LinePlot(x="x", y="y", buttons=[gr.Button("Go")])
    frame = pd.DataFrame({"a": [1], "b": [2]})
    with pytest.raises(gr.Error, match=r"LinePlot: x='day' is not a column of the DataFrame \(its columns: 'a', 'b'\)"):
        gr.LinePlot(x="day", y="b").postprocess(frame)
    with pytest.raises(gr.Error, match=r"LinePlot: y is not set"):
        gr.LinePlot(x="a").postprocess(frame)
    with pytest.raises(gr.Error, match=r"LinePlot: expected a pandas DataFrame, got list"):
        gr.LinePlot(x="a", y="b").postprocess([[1, 2]])
    with pytest.raises(gr.Error, match=r"LinePlot: Unsupported data type"):
        gr.LinePlot(x="a", y="b").postprocess(pd.DataFrame({"a": [1], "b": [pd.Timedelta("1s")]}))


def test_rows_are_made_only_when_read_and_do_not_follow_the_callers_frame():
    frame = pd.DataFrame({"x": [1, 2, 3], "y": [1.0, 2.0, 3.0]})
    value = gr.LinePlot(x="x", y="y").postprocess(frame)
    assert isinstance(value["data"], FrameRows) and not value["data"].materialized
    frame.loc[0, "y"] = 99.0
    assert value["data"] == [[1, 1.0], [2, 2.0], [3, 3.0]]
    assert value["data"].materialized
    import copy

    assert copy.deepcopy(value) == value and copy.deepcopy(value)["data"] is value["data"]


def test_an_input_plot_gives_the_function_gradios_plot_data():
    seen = {}

    def take(data):
        seen["data"] = data
        return len(data.data)

    frame = pd.DataFrame({"x": [1, 2, 3], "y": [3.0, 1.0, 2.0]})
    with gr.Blocks() as demo:
        plot = gr.ScatterPlot(frame, x="x", y="y")
        out = gr.Number()
        btn = gr.Button()
        btn.click(take, plot, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out) == 3
    assert seen["data"].columns == ["x", "y"] and seen["data"].data == [[1, 3.0], [2, 1.0], [3, 2.0]]
    assert seen["data"].datatypes == {"x": "quantitative", "y": "quantitative"} and seen["data"].mark == "point"


def test_a_callable_value_with_inputs_and_every():
    def make(n):
        n = int(n)
        return pd.DataFrame({"x": list(range(n)), "y": [i * i for i in range(n)]})

    with gr.Blocks() as demo:
        count = gr.Slider(1, 10, value=3, step=1)
        plot = gr.BarPlot(make, inputs=[count], x="x", y="y")
    ui = Frontend(demo)
    ui.wait()
    assert ui.value(plot)["data"] == [[0, 0], [1, 1], [2, 4]]
    ui.set(count, 5)
    assert ui.value(plot)["data"][-1] == [4, 16]
    assert ui.value(plot)["mark"] == "bar"


def test_select_brushes_a_range_and_double_click():
    frame = pd.DataFrame({"x": np.arange(100.0), "y": np.arange(100.0) ** 0.5})
    got = []

    def zoom(event: gr.SelectData):
        got.append((event.index, event.value, event.selected))
        return gr.LinePlot(x_lim=event.index)

    with gr.Blocks() as demo:
        plot = gr.LinePlot(frame, x="x", y="y")
        plot.select(zoom, None, plot)
        plot.double_click(lambda: gr.LinePlot(x_lim=None), None, plot)
    ui = Frontend(demo)
    ui.brush(plot, (20, 40))
    assert got == [([20.0, 40.0], [20.0, 40.0], True)]
    assert ui.props(plot)["x_lim"] == [20.0, 40.0]
    ui.trigger(plot, "double_click")
    assert ui.props(plot)["x_lim"] is None
    with gr.Blocks() as other:
        quiet = gr.LinePlot(frame, x="x", y="y")
    with pytest.raises(FrontendError, match="no select listener"):
        Frontend(other).brush(quiet, (1, 2))


def test_change_fires_when_a_function_sets_a_new_frame():
    changes = []
    with gr.Blocks() as demo:
        plot = gr.LinePlot(x="x", y="y")
        btn = gr.Button()
        btn.click(lambda: pd.DataFrame({"x": [1, 2], "y": [1, 2]}), None, plot)
        plot.change(lambda v: changes.append(len(v.data)), plot, None)
    ui = Frontend(demo)
    ui.click(btn)
    ui.click(btn)  # the same frame again: no change
    assert changes == [2]


def test_the_notebook_gets_a_sample_of_a_big_line_and_the_http_api_everything():
    n = 200_000
    frame = pd.DataFrame({"x": np.arange(n, dtype=float), "y": np.sin(np.arange(n) / 500.0), "note": "n"})
    with gr.Blocks() as demo:
        line = gr.LinePlot(frame, x="x", y="y")
        scatter = gr.ScatterPlot(frame.head(6000), x="x", y="y")
        binned = gr.LinePlot(frame.head(6000), x="x", y="y", x_bin=10)
    ui = Frontend(demo)
    shown = ui.value(line)
    assert shown["sampled"]["rows"] == n and shown["columns"] == ["x", "y"]
    assert len(shown["data"]) <= 4 * shown["sampled"]["buckets"]
    assert max(row[1] for row in shown["data"]) == pytest.approx(1.0, abs=1e-6)
    state = ui.state_value(line)
    assert len(state["data"]) == n and not state["data"].materialized
    assert "sampled" not in ui.value(scatter) and len(ui.value(scatter)["data"]) == 6000
    assert "sampled" not in ui.value(binned)
    # A zoomed range, as the view asks for it: every point, at full precision.
    detail = ui.resample(line, (1000, 1500), width=800)
    assert detail["sampled"]["complete"] is True
    assert [row[0] for row in detail["data"]] == [float(v) for v in range(999, 1502)]
    coarse = ui.resample(line, (0, n), width=100)
    assert coarse["sampled"]["complete"] is False and len(coarse["data"]) <= 400 + 2
    with pytest.raises(FrontendError, match="only a line plot over a numeric or date x is resampled"):
        ui.resample(scatter, (0, 10))
    with pytest.raises(FrontendError, match=r"x_range must be \[low, high\] numbers"):
        ui.resample(line, ("a", "b"))


def test_a_time_range_picked_on_a_date_plot_zooms_with_full_detail():
    """Gradio's time-plot pattern: brushing a date axis gives seconds; x_lim takes them."""
    n = 50_000
    start = pd.Timestamp("2024-05-01 00:00:00")
    frame = pd.DataFrame({"time": pd.date_range(start, periods=n, freq="s"), "load": np.cos(np.arange(n) / 300.0)})

    def zoom(event: gr.SelectData):
        return gr.LinePlot(x_lim=event.index)

    with gr.Blocks() as demo:
        plot = gr.LinePlot(frame, x="time", y="load")
        plot.select(zoom, None, plot)
    ui = Frontend(demo)
    assert ui.value(plot)["datatypes"]["time"] == "temporal" and "sampled" in ui.value(plot)
    t0 = start.timestamp()
    ui.brush(plot, (t0 + 600, t0 + 900))
    assert ui.props(plot)["x_lim"] == [t0 + 600, t0 + 900]
    lo, hi = (v * 1000 for v in ui.props(plot)["x_lim"])  # the view asks in milliseconds
    detail = ui.resample(plot, (lo, hi), width=1200)
    times = [row[0] for row in detail["data"]]
    assert times[0] == lo - 1000 and times[-1] == hi + 1000 and len(times) == 303


def test_two_datetimes_pick_the_range_and_a_brush_fills_them():
    """Gradio's time-plot guide as written: two gr.DateTime inputs and a button set x_lim;
    brushing the plot writes the brushed range back into the DateTimes."""
    start = pd.Timestamp("2024-05-01 00:00:00")
    frame = pd.DataFrame({"time": pd.date_range(start, periods=6 * 3600, freq="s"),
                          "load": np.sin(np.arange(6 * 3600) / 600.0)})
    with gr.Blocks() as demo:
        with gr.Row():
            begin = gr.DateTime("2024-05-01 01:00:00", label="Start", timezone="UTC")
            end = gr.DateTime("2024-05-01 02:00:00", label="End", timezone="UTC")
            apply = gr.Button("Apply")
        plot = gr.LinePlot(frame, x="time", y="load")
        apply.click(lambda lo, hi: gr.LinePlot(x_lim=[lo, hi]), [begin, end], plot)

        def select_region(selection: gr.SelectData):
            lo, hi = selection.index
            return gr.DateTime(value=lo), gr.DateTime(value=hi)

        plot.select(select_region, None, [begin, end])
    ui = Frontend(demo)
    t0 = start.tz_localize("UTC").timestamp()  # naive dates in a frame are drawn as UTC, as in Gradio
    ui.click(apply)
    assert ui.props(plot)["x_lim"] == [t0 + 3600, t0 + 7200]
    lo, hi = (v * 1000 for v in ui.props(plot)["x_lim"])
    detail = ui.resample(plot, (lo, hi), width=4000)  # 3,601 points fit: every one comes
    times = [row[0] for row in detail["data"]]
    assert times[0] == lo - 1000 and times[-1] == hi + 1000 and len(times) == 3603
    ui.brush(plot, (t0 + 4 * 3600, t0 + 4 * 3600 + 90))
    assert (ui.value(begin), ui.value(end)) == ("2024-05-01 04:00:00", "2024-05-01 04:01:30")
    ui.click(apply)
    assert ui.props(plot)["x_lim"] == [t0 + 4 * 3600, t0 + 4 * 3600 + 90]


def test_big_series_keep_every_series():
    n = 30_000
    frame = pd.DataFrame({"x": np.tile(np.arange(n), 3), "y": np.random.default_rng(1).random(3 * n),
                          "s": np.repeat(["a", "b", "c"], n)})
    plot = gr.LinePlot(x="x", y="y", color="s", tooltip=["s"])
    shown = plot.notebook_value(plot.postprocess(frame))
    assert shown["columns"] == ["x", "y", "s"]
    assert {row[2] for row in shown["data"]} == {"a", "b", "c"}
    everything = gr.LinePlot(x="x", y="y", color="s", tooltip="all").notebook_value(plot.postprocess(frame))
    assert everything["columns"] == ["x", "y", "s"]
