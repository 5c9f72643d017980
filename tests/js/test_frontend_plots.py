"""gr.Plot and the native plots in the harness page: every figure kind drawn with its
library (loaded on demand, once), pixels on screen, the page's theme, and the native
plots' props, brush, double click and detail requests."""

from __future__ import annotations

import base64
import io
import json

import pytest

from frontend_harness import kernel_send, kernel_set, mount, wire

pd = pytest.importorskip("pandas")

PLOT = '[data-nbblocks-view="plot"]'
NATIVE = '[data-nbblocks-view="nativeplot"]'


def _colors(png: bytes) -> int:
    """How many distinct colours a screenshot has (a blank area has one or two)."""
    from PIL import Image

    img = Image.open(io.BytesIO(png)).convert("RGB")
    return len(img.getcolors(1 << 20) or [])


def _ink(png: bytes, background: tuple[int, int, int]) -> float:
    """The share of pixels that differ from the background colour."""
    from PIL import Image, ImageChops

    img = Image.open(io.BytesIO(png)).convert("RGB")
    r, g, b = ImageChops.difference(img, Image.new("RGB", img.size, background)).split()
    hist = ImageChops.lighter(ImageChops.lighter(r, g), b).histogram()
    return 1 - sum(hist[:8]) / (img.width * img.height)


def _library_requests(page) -> list[str]:
    return [r for r in page.evaluate("nb.viewRequests()") if r.startswith("library-")]


def _wait_drawn(page, selector: str) -> None:
    page.locator(f'{selector} [data-nbblocks-part="plot"][data-state="drawn"]').wait_for()


def plotly_value(kind: str = "scatter") -> dict:
    import plotly.graph_objects as go

    if kind == "scatter3d":
        fig = go.Figure(go.Scatter3d(x=[1, 2, 3], y=[3, 1, 2], z=[2, 3, 1], mode="markers"))
    else:
        fig = go.Figure(go.Scatter(x=[1, 2, 3, 4], y=[4, 1, 3, 2], mode="lines+markers", line={"width": 4}))
    return {"type": "plotly", "plot": fig.to_json()}


def altair_value() -> dict:
    import altair as alt

    data = pd.DataFrame({"a": list("ABCDE"), "b": [5, 3, 6, 7, 2]})
    return {"type": "altair", "plot": alt.Chart(data).mark_bar().encode(x="a", y="b").to_json()}


def bokeh_value() -> dict:
    from bokeh.embed import json_item
    from bokeh.plotting import figure

    from nbblocks.components.plot import bokeh_libraries

    fig = figure(width=400, height=300)
    fig.line([1, 2, 3, 4], [4, 1, 3, 2], line_width=4)
    plot = json.dumps(json_item(fig))
    return {"type": "bokeh", "plot": plot, "libraries": bokeh_libraries(plot)}


def matplotlib_spec() -> tuple[dict, dict]:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(4, 3))
    ax = fig.subplots()
    ax.plot([1, 2, 3, 4], [4, 1, 3, 2], linewidth=4)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    handle = "0123456789abcdef0123456789abcdef/plot.png"
    value = {"type": "matplotlib", "plot": {"path": handle, "url": None, "size": len(out.getvalue()), "orig_name": "plot.png",
                                            "mime_type": "image/png", "is_stream": False, "meta": {"_type": "gradio.FileData"}}}
    blobs = {handle: {"kind": "file", "mime": "image/png", "data": {"b64": base64.b64encode(out.getvalue()).decode()}}}
    return value, blobs


# -- gr.Plot ------------------------------------------------------------------------------


def test_a_page_without_plots_loads_no_plotting_library(page):
    mount(page, {"view": "column", "children": [{"view": "textbox"}, {"view": "image"}]})
    page.locator('[data-nbblocks-view="textbox"] [data-nbblocks-part="input"]').wait_for()
    assert _library_requests(page) == []


def test_matplotlib_image_is_drawn_from_the_bytes_sent_with_the_value(page):
    value, blobs = matplotlib_spec()
    mount(page, {"view": "plot", "key": "p", "props": {"elem_id": "p"}, "value": value, "blobs": blobs})
    _wait_drawn(page, "#p")
    img = page.locator('#p [data-nbblocks-part="image"]')
    assert img.get_attribute("data-kind") == "file"
    assert page.evaluate("document.querySelector('#p img').naturalWidth") == 400
    assert _colors(img.screenshot()) > 8
    assert _library_requests(page) == []  # no library for an image
    assert wire(page) == []


def test_plotly_figure_is_drawn_with_the_cartesian_bundle_once(page, artifacts):
    mount(page, {"view": "plot", "key": "p", "props": {"elem_id": "p"}, "value": plotly_value()})
    _wait_drawn(page, "#p")
    figure = page.locator('#p [data-nbblocks-part="plotly"]')
    assert figure.get_attribute("data-bundle") == "plotly-cartesian"
    assert page.locator("#p .main-svg .scatterlayer path.js-line").count() == 1
    shot = figure.screenshot(path=str(artifacts / "plot-plotly.png"))
    assert _ink(shot, (255, 255, 255)) > 0.2  # the default template's blue-grey plot area
    # A second figure and a new value reuse the library.
    mount(page, {"view": "plot", "props": {"elem_id": "p2"}, "value": plotly_value()})
    _wait_drawn(page, "#p2")
    kernel_set(page, "p", {"value": plotly_value()})
    _wait_drawn(page, "#p")
    assert _library_requests(page) == ["library-plotly-cartesian"]


def test_a_3d_plotly_figure_needs_the_full_bundle(page):
    mount(page, {"view": "plot", "props": {"elem_id": "p"}, "value": plotly_value("scatter3d")})
    page.locator('#p [data-nbblocks-part="plot"][data-state="drawn"]').wait_for(timeout=60_000)
    assert page.locator('#p [data-nbblocks-part="plotly"]').get_attribute("data-bundle") == "plotly"
    assert page.locator("#p .gl-container canvas, #p canvas").count() >= 1
    assert _library_requests(page) == ["library-plotly"]


def test_altair_chart_is_drawn_with_vega_embed(page, artifacts):
    mount(page, {"view": "plot", "props": {"elem_id": "p"}, "value": altair_value()})
    _wait_drawn(page, "#p")
    chart = page.locator('#p [data-nbblocks-part="vega"]')
    assert page.locator("#p svg .mark-rect path").count() == 5
    assert _ink(chart.screenshot(path=str(artifacts / "plot-altair.png")), (255, 255, 255)) > 0.05
    assert page.locator("#p .vega-actions a", has_text="Open in Vega Editor").count() == 0
    assert _library_requests(page) == ["library-vega"]


def test_bokeh_figure_is_drawn_with_bokehjs_from_the_python_package(page, artifacts):
    pytest.importorskip("bokeh")
    mount(page, {"view": "plot", "props": {"elem_id": "p"}, "value": bokeh_value()})
    _wait_drawn(page, "#p")
    bokeh = page.locator('#p [data-nbblocks-part="bokeh"]')
    bokeh.locator("canvas").first.wait_for()  # inside BokehJS's shadow roots
    page.wait_for_function("() => document.querySelector('#p .bk-Figure').shadowRoot !== null")
    assert _colors(bokeh.screenshot(path=str(artifacts / "plot-bokeh.png"))) > 8
    assert _library_requests(page) == ["library-bokeh"]


def test_empty_and_broken_values(page):
    mount(page, {"view": "plot", "key": "p", "props": {"elem_id": "p"}, "value": None})
    assert page.locator('#p [data-nbblocks-part="plot"]').get_attribute("data-state") == "empty"
    page.evaluate("() => { window.__errors = []; const e = console.error; console.error = (...a) => { window.__errors.push(a.join(' ')); }; }")
    kernel_set(page, "p", {"value": {"type": "plotly", "plot": "{not json"}})
    page.locator('#p [data-nbblocks-part="plot-error"]').wait_for()
    assert "could not be drawn" in page.locator('#p [data-nbblocks-part="plot-error"]').inner_text()
    kernel_set(page, "p", {"value": None})
    page.locator('#p [data-nbblocks-part="empty"]').wait_for()


def test_plots_follow_a_dark_page(browser, server_url, artifacts):
    from frontend_harness import open_harness

    page = open_harness(browser, server_url, theme="dark")
    try:
        mount(page, {"view": "plot", "props": {"elem_id": "p"}, "value": plotly_value()})
        mount(page, {"view": "plot", "props": {"elem_id": "a"}, "value": altair_value()})
        mount(page, {"view": "plot", "props": {"elem_id": "b"}, "value": bokeh_value()})
        _wait_drawn(page, "#p")
        _wait_drawn(page, "#a")
        _wait_drawn(page, "#b")
        page.locator("#b canvas").first.wait_for()
        # bokeh's white backgrounds take the page's: the figure is mostly dark.
        assert _ink(page.locator('#b [data-nbblocks-part="bokeh"]').screenshot(), (255, 255, 255)) > 0.9
        # plotly's default template in the page's colours: a dark plot area, light text.
        area = page.evaluate("getComputedStyle(document.querySelector('#p .main-svg .bglayer rect.bg')).fill")
        assert _luminance(area) < 0.3
        tick = page.evaluate("getComputedStyle(document.querySelector('#p .xtick text')).fill")
        assert _luminance(tick) > 0.5
        label = page.evaluate("document.querySelector('#a svg .role-axis-label text').getAttribute('fill')")
        assert _luminance(label) > 0.5
        page.screenshot(path=str(artifacts / "plots-dark.png"))
        assert not page.js_errors
    finally:
        page.context.close()


def _luminance(color: str) -> float:
    import re

    nums = [float(v) for v in re.findall(r"[\d.]+", color)[:3]]
    if color.startswith("#"):
        nums = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    return sum(nums) / (3 * 255)


# -- native plots ----------------------------------------------------------------------------


def native_value(n: int = 50, mark: str = "line", color: bool = False) -> dict:
    rows = [[i, (i * 7) % 11, "a" if i % 2 else "b"] if color else [i, (i * 7) % 11] for i in range(n)]
    columns = ["x", "y", "s"] if color else ["x", "y"]
    types = {"x": "quantitative", "y": "quantitative", "s": "nominal"}
    return {"columns": columns, "data": rows, "datatypes": {c: types[c] for c in columns}, "mark": mark}


def native_props(**extra) -> dict:
    base = {"x": "x", "y": "y", "color": None, "title": None, "x_title": None, "y_title": None, "color_title": None,
            "x_bin": None, "y_aggregate": None, "color_map": None, "colors_in_legend": None, "x_lim": None, "y_lim": None,
            "x_label_angle": 0, "y_label_angle": 0, "x_axis_format": None, "y_axis_format": None,
            "x_axis_labels_visible": True, "caption": None, "sort": None, "tooltip": "axis", "height": None,
            "buttons": [], "show_label": False}
    return {**base, **extra}


def test_line_plot_draws_its_points_with_titles_and_caption(page, artifacts):
    mount(page, {"view": "nativeplot", "key": "n", "value": native_value(),
                 "props": native_props(elem_id="n", title="Sales", x_title="Day", caption="Made up", height=260)})
    _wait_drawn(page, "#n")
    assert page.locator("#n svg .mark-line path").count() == 1
    labels = page.evaluate("[...document.querySelectorAll('#n svg text')].map(t => t.textContent)")
    assert "Sales" in labels and "Day" in labels and "y" in labels
    assert page.locator('#n [data-nbblocks-part="caption"]').inner_text() == "Made up"
    box = page.locator('#n [data-nbblocks-part="vega"]').bounding_box()
    assert 250 <= box["height"] <= 270
    assert _ink(page.locator('#n [data-nbblocks-part="vega"]').screenshot(path=str(artifacts / "nativeplot-line.png")),
                (255, 255, 255)) > 0.01
    assert _library_requests(page) == ["library-vega"]


def test_colour_series_colour_map_and_legend(page):
    mount(page, {"view": "nativeplot", "value": native_value(color=True),
                 "props": native_props(elem_id="n", color="s", color_map={"a": "#ff0000", "b": "#0000ff"}, color_title="Series")})
    _wait_drawn(page, "#n")
    strokes = page.evaluate("[...document.querySelectorAll('#n svg .mark-line path')].map(p => p.getAttribute('stroke'))")
    assert sorted(strokes) == ["#0000ff", "#ff0000"]
    labels = page.evaluate("[...document.querySelectorAll('#n svg .role-legend text')].map(t => t.textContent)")
    assert "Series" in labels and "a" in labels and "b" in labels


def test_bar_plot_bins_and_aggregates(page):
    value = native_value(40, mark="bar")
    mount(page, {"view": "nativeplot", "value": value,
                 "props": native_props(elem_id="n", x_bin=10, y_aggregate="max")})
    _wait_drawn(page, "#n")
    assert page.locator("#n svg .mark-rect path").count() == 4  # 0-9, 10-19, 20-29, 30-39


def test_scatter_plot_and_tooltip_columns(page):
    value = native_value(20, mark="point", color=True)
    mount(page, {"view": "nativeplot", "value": value, "props": native_props(elem_id="n", tooltip="none")})
    _wait_drawn(page, "#n")
    assert page.locator("#n svg .mark-symbol path").count() == 20


def test_brushing_sends_select_with_the_range_and_double_click(page):
    mount(page, {"view": "nativeplot", "key": "n", "value": native_value(100), "events": ["select", "double_click"],
                 "props": native_props(elem_id="n")})
    _wait_drawn(page, "#n")
    area = page.locator("#n svg .mark-line path").bounding_box()
    y = area["y"] + area["height"] / 2
    page.mouse.move(area["x"] + area["width"] * 0.25, y)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] * 0.5, y, steps=8)
    page.mouse.move(area["x"] + area["width"] * 0.75, y, steps=8)
    page.mouse.up()
    page.wait_for_function("nb.messages('n').some(m => m.content && m.content.event === 'select')")
    events = [e for e in wire(page, "n") if e[0] == "event"]
    name, data = events[0][1], events[0][2]
    assert name == "select" and data["selected"] is True and data["index"] == data["value"]
    lo, hi = data["index"]
    assert 15 <= lo <= 35 and 65 <= hi <= 85, data
    page.mouse.dblclick(area["x"] + area["width"] * 0.5, y)
    page.wait_for_function("nb.messages('n').some(m => m.content && m.content.event === 'double_click')")


def test_a_sampled_line_plot_asks_for_the_detail_of_the_zoomed_range(page):
    overview = native_value(200)
    overview["sampled"] = {"rows": 1_000_000, "x_range": None, "buckets": 1000, "complete": False}
    mount(page, {"view": "nativeplot", "key": "n", "value": overview, "props": native_props(elem_id="n")})
    _wait_drawn(page, "#n")
    assert page.locator('#n [data-nbblocks-part="plot"]').get_attribute("data-points") == "200"
    assert not [m for m in page.evaluate("nb.messages('n')") if m["content"].get("type") == "resample"]
    kernel_set(page, "n", {"props": native_props(elem_id="n", x_lim=[10, 20])})
    page.wait_for_function("nb.messages('n').some(m => m.content && m.content.type === 'resample')")
    request = next(m["content"] for m in page.evaluate("nb.messages('n')") if m["content"].get("type") == "resample")
    assert request["x_range"] == [10, 20] and request["width"] >= 100
    detail = {"columns": ["x", "y"], "data": [[10 + i / 10, i % 3] for i in range(101)],
              "datatypes": {"x": "quantitative", "y": "quantitative"}, "mark": "line",
              "sampled": {"rows": 1_000_000, "x_range": [10, 20], "buckets": request["width"], "complete": True}}
    kernel_send(page, "n", {"type": "resampled", "id": request["id"], "page": request["page"], "value": detail})
    page.wait_for_function("document.querySelector('#n [data-nbblocks-part=plot]').dataset.points === '101'")
    # Zooming further into the fetched range needs no new request (61 points in it, and
    # the nearest one outside each end); zooming out goes back to the overview.
    kernel_set(page, "n", {"props": native_props(elem_id="n", x_lim=[12, 18])})
    page.wait_for_function("document.querySelector('#n [data-nbblocks-part=plot]').dataset.points === '63'")
    kernel_set(page, "n", {"props": native_props(elem_id="n")})
    page.wait_for_function("document.querySelector('#n [data-nbblocks-part=plot]').dataset.points === '200'")
    assert len([m for m in page.evaluate("nb.messages('n')") if m["content"].get("type") == "resample"]) == 1


def test_export_and_fullscreen_buttons(page):
    mount(page, {"view": "nativeplot", "value": native_value(), "props": native_props(elem_id="n", buttons=["export", "fullscreen"])})
    _wait_drawn(page, "#n")
    assert page.locator('#n [data-nbblocks-part="fullscreen"]').count() == 1
    with page.expect_download() as download:
        page.locator('#n [data-nbblocks-part="export"]').click()
    assert download.value.suggested_filename == "chart.png"


def test_temporal_x_selects_in_seconds(page):
    value = {"columns": ["t", "v"], "data": [[1_700_000_000_000 + i * 60_000, i % 5] for i in range(60)],
             "datatypes": {"t": "temporal", "v": "quantitative"}, "mark": "line"}
    mount(page, {"view": "nativeplot", "key": "n", "value": value, "events": ["select"], "props": native_props(elem_id="n", x="t", y="v")})
    _wait_drawn(page, "#n")
    area = page.locator("#n svg .mark-line path").bounding_box()
    y = area["y"] + area["height"] / 2
    page.mouse.move(area["x"] + 5, y)
    page.mouse.down()
    page.mouse.move(area["x"] + area["width"] / 2, y, steps=10)
    page.mouse.up()
    page.wait_for_function("nb.messages('n').some(m => m.content && m.content.event === 'select')")
    data = next(e[2] for e in wire(page, "n") if e[0] == "event")
    lo, hi = data["index"]
    assert 1_700_000_000 <= lo < hi <= 1_700_000_000 + 3600


def _texts(page, selector: str) -> list[str]:
    return page.evaluate(f"[...document.querySelectorAll({selector!r})].map(t => t.textContent)")


def test_axis_parameters_reach_the_chart(page):
    """Limits, label angles, formats, hidden labels, titles and category order as Vega draws them."""
    value = {"columns": ["x", "y"], "data": [[i, i * 1000.0] for i in range(11)],
             "datatypes": {"x": "quantitative", "y": "quantitative"}, "mark": "point"}
    mount(page, {"view": "nativeplot", "key": "n", "value": value, "props": native_props(
        elem_id="n", y_lim=[0, 20000], x_lim=[2, 8], y_axis_format=".1e", x_label_angle=45, y_title="Thousands")})
    _wait_drawn(page, "#n")
    y_labels = _texts(page, "#n svg .role-axis[aria-label^='Y-axis'] .role-axis-label text")
    assert y_labels[0] == "0.0e+0" and all("e+" in t for t in y_labels)
    assert max(float(t) for t in y_labels) > 10_000  # the data stop at 10,000; y_lim goes to 20,000
    x_labels = [float(t) for t in _texts(page, "#n svg .role-axis[aria-label^='X-axis'] .role-axis-label text")]
    assert min(x_labels) >= 2 and max(x_labels) <= 8
    transform = page.evaluate("document.querySelector(\"#n svg .role-axis[aria-label^='X-axis'] .role-axis-label text\").getAttribute('transform')")
    assert "rotate(45)" in transform
    assert "Thousands" in _texts(page, "#n svg .role-axis-title text")
    kernel_set(page, "n", {"props": native_props(elem_id="n", x_axis_labels_visible=False)})
    page.wait_for_function("document.querySelectorAll(\"#n svg .role-axis[aria-label^='X-axis'] .role-axis-label text\").length === 0")


def test_sort_and_legend_entries(page):
    value = {"columns": ["k", "v", "s"], "data": [["b", 2, "one"], ["c", 3, "two"], ["a", 1, "one"]],
             "datatypes": {"k": "nominal", "v": "quantitative", "s": "nominal"}, "mark": "bar"}
    mount(page, {"view": "nativeplot", "key": "n", "value": value,
                 "props": native_props(elem_id="n", x="k", y="v", color="s", sort=["c", "a", "b"], colors_in_legend=["two"])})
    _wait_drawn(page, "#n")
    assert _texts(page, "#n svg .role-axis[aria-label^='X-axis'] .role-axis-label text") == ["c", "a", "b"]
    assert _texts(page, "#n svg .role-legend-label text") == ["two"]
    kernel_set(page, "n", {"props": native_props(elem_id="n", x="k", y="v", color="s", sort="-y", colors_in_legend=[])})
    page.wait_for_function("document.querySelectorAll('#n svg .role-legend').length === 0")
    assert _texts(page, "#n svg .role-axis[aria-label^='X-axis'] .role-axis-label text") == ["c", "b", "a"]


def test_plots_redraw_when_the_page_switches_theme(page):
    mount(page, {"view": "nativeplot", "value": native_value(), "props": native_props(elem_id="n")})
    mount(page, {"view": "plot", "props": {"elem_id": "p"}, "value": plotly_value()})
    _wait_drawn(page, "#n")
    _wait_drawn(page, "#p")
    label = "document.querySelector('#n svg .role-axis-label text').getAttribute('fill')"
    tick = "getComputedStyle(document.querySelector('#p .xtick text')).fill"
    assert _luminance(page.evaluate(label)) < 0.5 and _luminance(page.evaluate(tick)) < 0.5
    page.evaluate("document.getElementById('theme').href = '/jupyterlab-theme/dark.css'")
    page.wait_for_function(f"() => Number(/\\d+/.exec({label} || '0')[0]) > 160")  # rgba(255, 255, 255, 0.87)
    page.wait_for_function("() => { const t = document.querySelector('#p .xtick text');"
                           " return t && Number(/\\d+/.exec(getComputedStyle(t).fill)[0]) > 160; }")
