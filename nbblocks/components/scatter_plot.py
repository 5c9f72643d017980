"""gr.ScatterPlot: a DataFrame drawn as a point per row, as in Gradio 6.31.

Everything but the mark is shared with the other native plots (``native_plot.py``).
"""

from __future__ import annotations

from .native_plot import NativePlot

__all__ = ["ScatterPlot"]


class ScatterPlot(NativePlot):
    """Shows a pandas DataFrame as a point per row; see ``NativePlot`` for the parameters."""

    MARK = "point"
