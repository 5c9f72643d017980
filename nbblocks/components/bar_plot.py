"""gr.BarPlot: a DataFrame drawn as a bar per x value (aggregated with `y_aggregate`), as in Gradio 6.31.

Everything but the mark is shared with the other native plots (``native_plot.py``).
"""

from __future__ import annotations

from .native_plot import NativePlot

__all__ = ["BarPlot"]


class BarPlot(NativePlot):
    """Shows a pandas DataFrame as a bar per x value (aggregated with `y_aggregate`); see ``NativePlot`` for the parameters."""

    MARK = "bar"
