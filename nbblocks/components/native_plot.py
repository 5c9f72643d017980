"""``NativePlot``: what gr.LinePlot, gr.ScatterPlot and gr.BarPlot share.

The value is a pandas DataFrame; how it is drawn (``x``, ``y``, ``color``, binning,
aggregation, limits, titles, ...) are props, as in Gradio 6.31, whose view turns value
and props into a Vega-Lite spec (``js/views/nativeplot.js``, drawn with vega-embed, loaded
only when a plot is shown). The serialised value is Gradio's ``{"columns", "data",
"datatypes", "mark"}``; ``data`` is made lazily from the frame (``_plot_frames``).

Beyond Gradio: a line plot of more points than its width has pixels is sent to the
notebook as a shape-preserving sample, and the view asks for full detail of a range it
zooms into (``notebook_value``, ``resample``; ``docs/plots.md``). The HTTP API gets
Gradio's full value.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from ..data_classes import GradioModel
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from .base import Component, ComponentProps, component_name

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["NativePlot"]

AGGREGATES = ("sum", "mean", "median", "min", "max", "count")
TOOLTIPS = ("axis", "none", "all")
SORTS = ("x", "y", "-x", "-y")
BUTTONS = ("fullscreen", "export")
_TIME_BIN = re.compile(r"^\d+[smhd]$")


class PlotData(GradioModel):
    columns: list[str]
    data: list[list[Any]]
    datatypes: dict[str, Literal["quantitative", "nominal", "temporal"]]
    mark: str


class NativePlot(Component):
    """A plot of a DataFrame drawn by the page (Vega-Lite): the shared base of
    ``LinePlot``, ``ScatterPlot`` and ``BarPlot``, which differ only in their mark."""

    EVENTS = [Events.change, Events.select, Events.double_click]
    VIEW = "nativeplot"
    data_model = PlotData
    #: The Vega-Lite mark the page draws ("line", "point", "bar"); set by each subclass.
    MARK = "native"

    def __init__(
        self,
        value: pd.DataFrame | Callable[..., Any] | None = None,
        x: str | None = None,
        y: str | None = None,
        *,
        color: str | None = None,
        title: str | None = None,
        x_title: str | None = None,
        y_title: str | None = None,
        color_title: str | None = None,
        x_bin: str | float | None = None,
        y_aggregate: Literal["sum", "mean", "median", "min", "max", "count"] | None = None,
        color_map: dict[str, str] | None = None,
        colors_in_legend: list[str] | None = None,
        x_lim: list[float | None] | None = None,
        y_lim: list[float | None] | None = None,
        x_label_angle: float = 0,
        y_label_angle: float = 0,
        x_axis_format: str | None = None,
        y_axis_format: str | None = None,
        x_axis_labels_visible: bool | Literal["hidden"] = True,
        caption: str | None = None,
        sort: Literal["x", "y", "-x", "-y"] | list[str] | None = None,
        tooltip: Literal["axis", "none", "all"] | list[str] = "axis",
        height: int | None = None,
        buttons: list[Literal["fullscreen", "export"]] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"{type(self).__name__}"
        self.x = _column_name(x, name, "x")
        self.y = _column_name(y, name, "y")
        self.color = _column_name(color, name, "color")
        self.title = title
        self.x_title = x_title
        self.y_title = y_title
        self.color_title = color_title
        self.x_bin = _check_bin(x_bin, name)
        if y_aggregate is not None and y_aggregate not in AGGREGATES:
            raise ValueError(f"{name}: y_aggregate must be one of {', '.join(AGGREGATES)}, got {y_aggregate!r}")
        self.y_aggregate = y_aggregate
        if color_map is not None and not isinstance(color_map, dict):
            raise ValueError(f"{name}: color_map maps series to colors, such as {{'success': 'green'}}; got {color_map!r}")
        self.color_map = color_map
        self.colors_in_legend = list(colors_in_legend) if colors_in_legend is not None else None
        self.x_lim = _check_lim(x_lim, name, "x_lim")
        self.y_lim = _check_lim(y_lim, name, "y_lim")
        self.x_label_angle = x_label_angle
        self.y_label_angle = y_label_angle
        self.x_axis_format = x_axis_format
        self.y_axis_format = y_axis_format
        self.x_axis_labels_visible = x_axis_labels_visible
        self.caption = caption
        if sort is not None and sort not in SORTS and not isinstance(sort, (list, tuple)):
            raise ValueError(f"{name}: sort must be one of {', '.join(SORTS)} or a list of categories, got {sort!r}")
        self.sort = list(sort) if isinstance(sort, tuple) else sort
        if tooltip not in TOOLTIPS and not isinstance(tooltip, (list, tuple)):
            raise ValueError(f"{name}: tooltip must be 'axis', 'none', 'all' or a list of columns, got {tooltip!r}")
        self.tooltip = list(tooltip) if isinstance(tooltip, tuple) else tooltip
        self.height = height
        self.buttons = check_buttons([] if buttons is None else buttons, name, BUTTONS)
        if props.get("label") is None and props.get("show_label") is None:
            props["show_label"] = False  # Gradio: no label unless one is given
        super().__init__(value, **props)

    # -- the two conversions ------------------------------------------------------------

    def preprocess(self, payload: PlotData | None) -> PlotData | None:
        """Passes the plot's data as Gradio does (a ``PlotData``: columns, rows, datatypes)."""
        return payload

    def postprocess(self, value: Any) -> dict[str, Any] | None:
        """A DataFrame (or anything with ``to_pandas()``, such as a polars frame) becomes
        Gradio's ``{"columns", "data", "datatypes", "mark"}``; a dict in that form and
        None pass through."""
        if value is None:
            return None
        if isinstance(value, dict):
            return value  # as Gradio: already a plot value
        if isinstance(value, GradioModel):
            return value.model_dump()
        owner = component_name(self)
        frame = _as_frame(value, owner)
        self._check_columns(frame, owner)
        from ._plot_frames import frame_value

        return frame_value(frame, self.MARK, owner)

    def _check_columns(self, frame: Any, owner: str) -> None:
        columns = [str(c) for c in frame.columns]
        for field in ("x", "y", "color"):
            name = getattr(self, field)
            if name is None:
                if field == "color":
                    continue
                raise Error(f"{owner}: {field} is not set; pass {field}= the name of a column ({_listed(columns)})")
            if name not in columns:
                raise Error(f"{owner}: {field}={name!r} is not a column of the DataFrame ({_listed(columns)})")

    def process_example(self, value: Any) -> Any:
        out = self.postprocess(value)
        if isinstance(out, dict) and not isinstance(out.get("data"), list):
            out = {**out, "data": [list(row) for row in out["data"]]}
        return out

    def example_payload(self) -> Any:
        return None

    def example_value(self) -> Any:
        import pandas as pd

        return pd.DataFrame({self.x or "x": [1, 2, 3], self.y or "y": [4, 5, 6]})

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    # -- what the notebook draws ----------------------------------------------------------

    def samples(self, value: Any) -> bool:
        """Whether this plot's value may be downsampled for the notebook: a line over a
        numeric or date x, not binned (Gradio's view thins exactly these, in the browser)."""
        if not isinstance(value, dict) or value.get("mark") != "line" or self.x_bin is not None:
            return False
        types = value.get("datatypes") or {}
        return types.get(self.x) in ("quantitative", "temporal") and types.get(self.y) == "quantitative"

    def _kept_columns(self, value: dict[str, Any]) -> list[str]:
        keep = [self.x, self.y] + ([self.color] if self.color else [])
        if self.tooltip == "all":
            keep += list(value.get("columns") or [])
        elif isinstance(self.tooltip, list):
            keep += [c for c in self.tooltip if isinstance(c, str)]
        return [c for c in keep if c is not None]

    def notebook_value(self, value: Any) -> Any:
        """What the notebook's view is sent: the value itself, or for a big line plot the
        M4 sample of each series (``sampled`` says so); the HTTP API keeps the full value."""
        if not self.samples(value):
            return _plain(value)
        from ._plot_sampling import sample_line

        sample = sample_line(value, x=self.x, y=self.y, color=self.color, keep=self._kept_columns(value))  # type: ignore[arg-type]
        return _plain(value) if sample is None else sample

    def resample(self, value: Any, x_range: Any, width: Any = None) -> dict[str, Any]:
        """The points of ``x_range`` (in the value's x units; epoch milliseconds for dates)
        at ``width`` buckets: every point when they fit, else their M4 sample. What a view
        asks for when the plot is zoomed into a range."""
        from ._plot_sampling import DEFAULT_BUCKETS, sample_line

        owner = component_name(self)
        if not self.samples(value):
            raise Error(f"{owner}: only a line plot over a numeric or date x is resampled")
        try:
            lo, hi = (float(v) for v in x_range)
        except (TypeError, ValueError):
            raise Error(f"{owner}: x_range must be [low, high] numbers, got {x_range!r}") from None
        buckets = DEFAULT_BUCKETS if width is None else int(width)
        sample = sample_line(value, x=self.x, y=self.y, color=self.color, keep=self._kept_columns(value),  # type: ignore[arg-type]
                             x_range=(lo, hi), buckets=max(1, buckets))
        assert sample is not None
        return sample

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "x": self.x, "y": self.y, "color": self.color, "title": self.title, "x_title": self.x_title,
            "y_title": self.y_title, "color_title": self.color_title, "x_bin": self.x_bin,
            "y_aggregate": self.y_aggregate, "color_map": self.color_map, "colors_in_legend": self.colors_in_legend,
            "x_lim": self.x_lim, "y_lim": self.y_lim, "x_label_angle": self.x_label_angle,
            "y_label_angle": self.y_label_angle, "x_axis_format": self.x_axis_format,
            "y_axis_format": self.y_axis_format, "x_axis_labels_visible": self.x_axis_labels_visible,
            "caption": self.caption, "sort": self.sort, "tooltip": self.tooltip, "height": self.height,
            "buttons": self.buttons,
        }


def _plain(value: Any) -> Any:
    """A value with its rows as plain lists (what a widget trait can carry)."""
    from ._plot_frames import FrameRows

    if isinstance(value, dict) and isinstance(value.get("data"), FrameRows):
        return {**value, "data": value["data"].rows()}
    return value


def _as_frame(value: Any, owner: str) -> Any:
    if hasattr(value, "to_json") and hasattr(value, "columns") and hasattr(value, "iloc"):
        return value
    to_pandas = getattr(value, "to_pandas", None)
    if callable(to_pandas):
        return to_pandas()
    raise Error(f"{owner}: expected a pandas DataFrame, got {type(value).__name__}")


def _listed(columns: list[str]) -> str:
    return "its columns: " + ", ".join(repr(c) for c in columns) if columns else "it has no columns"


def _column_name(value: Any, owner: str, field: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise ValueError(f"{owner}: {field} must be the name of a column (a str), got {value!r}")


def _check_bin(x_bin: Any, owner: str) -> Any:
    if x_bin is None or (isinstance(x_bin, (int, float)) and not isinstance(x_bin, bool) and x_bin > 0):
        return x_bin
    if isinstance(x_bin, str) and _TIME_BIN.match(x_bin):
        return x_bin
    raise ValueError(f"{owner}: x_bin must be a positive number or a duration such as '10s', '15m', '1h', '1d'; got {x_bin!r}")


def _check_lim(lim: Any, owner: str, field: str) -> Any:
    if lim is None:
        return None
    numbers = isinstance(lim, (list, tuple)) and all(v is None or (isinstance(v, (int, float)) and not isinstance(v, bool)) for v in lim)
    if numbers and len(lim) == 2:
        return list(lim)
    raise ValueError(f"{owner}: {field} must be [low, high] (numbers or None; timestamps in seconds for dates), got {lim!r}")


def __getattr__(name: str) -> Any:
    """``from nbblocks.components.native_plot import LinePlot``, as in Gradio."""
    modules = {"LinePlot": "line_plot", "ScatterPlot": "scatter_plot", "BarPlot": "bar_plot"}
    if name in modules:
        import importlib

        return getattr(importlib.import_module(f".{modules[name]}", __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

