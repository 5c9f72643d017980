"""gr.LinePlot: a DataFrame drawn as a line per series (`color`), as in Gradio 6.31.

Everything but the mark is shared with the other native plots (``native_plot.py``).
"""

from __future__ import annotations

from .native_plot import NativePlot

__all__ = ["LinePlot"]


class LinePlot(NativePlot):
    """Shows a pandas DataFrame as a line per series (`color`); see ``NativePlot`` for the parameters."""

    MARK = "line"
