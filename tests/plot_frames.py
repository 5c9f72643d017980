"""DataFrames the native-plot tests run through nbblocks and through Gradio 6.31
(``tests/data/make_gradio_plot_values.py`` wrote what Gradio made of them). numpy and
pandas only, so both sides build the very same frames."""

from __future__ import annotations

from typing import Any


def frames() -> dict[str, Any]:
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(631)
    n = 50
    return {
        "floats": pd.DataFrame({"x": np.arange(n, dtype=float), "y": rng.normal(0, 1e3, n)}),
        "ints": pd.DataFrame({"x": np.arange(n), "y": rng.integers(-1000, 1000, n)}),
        "awkward floats": pd.DataFrame({
            "x": np.arange(8, dtype=float),
            "y": [0.1 + 0.2, 1e16, 9.207907197358483e16, 5e-11, 0.9354846647499999, -0.0, 1.9106556393860985e24, 391477.71174750687],
        }),
        "missing": pd.DataFrame({"x": [1.0, 2.0, np.nan, 4.0], "y": [np.nan, 1.5, 2.5, None]}),
        "dates": pd.DataFrame({"t": pd.date_range("2024-03-01", periods=n, freq="37min"), "v": rng.random(n)}),
        "dates with NaT": pd.DataFrame({"t": pd.to_datetime(["2024-01-01 10:00", None, "2024-01-03 00:00"]), "v": [1, 2, 3]}),
        "aware dates": pd.DataFrame({"t": pd.date_range("2024-03-01", periods=5, freq="h", tz="Europe/Paris"), "v": [1.0, 2, 3, 4, 5]}),
        "strings": pd.DataFrame({"x": [f"item {i}" for i in range(10)], "y": rng.random(10), "s": ["a", "b"] * 5}),
        "bools": pd.DataFrame({"x": np.arange(6), "y": [True, False, True, True, False, False]}),
        "series": pd.DataFrame({"x": np.repeat(np.arange(20), 3), "y": rng.random(60), "s": ["up", "down", "flat"] * 20}),
        "wide": pd.DataFrame({"x": np.arange(5), "y": rng.random(5), "extra": list("abcde"), "n": [1, 2, 3, 4, 5]}),
        "indexed": pd.DataFrame({"x": [3, 1, 2], "y": [1.0, 2.0, 3.0]}, index=["c", "a", "b"]),
        "categories": pd.DataFrame({"x": pd.Categorical(["b", "a", "b", "c"]), "y": [1.0, 2.0, 3.0, 4.0]}),
        "empty": pd.DataFrame({"x": pd.Series([], dtype=float), "y": pd.Series([], dtype=float)}),
    }


#: (x, y, color) each frame is plotted with.
AXES = {
    "floats": ("x", "y", None),
    "ints": ("x", "y", None),
    "awkward floats": ("x", "y", None),
    "missing": ("x", "y", None),
    "dates": ("t", "v", None),
    "dates with NaT": ("t", "v", None),
    "aware dates": ("t", "v", None),
    "strings": ("x", "y", "s"),
    "bools": ("x", "y", None),
    "series": ("x", "y", "s"),
    "wide": ("x", "y", "extra"),
    "indexed": ("x", "y", None),
    "categories": ("x", "y", None),
    "empty": ("x", "y", None),
}


def figures() -> dict[str, Any]:
    """A figure of each library gr.Plot takes (libraries imported here, on demand)."""
    import altair as alt
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd
    import plotly.graph_objects as go

    fig, ax = plt.subplots(figsize=(4, 3), dpi=50)
    ax.plot([1, 2, 3, 4], [4, 1, 3, 2])
    data = pd.DataFrame({"a": list("ABC"), "b": [3, 1, 2]})
    return {
        "matplotlib": fig,
        "plotly": go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])),
        "altair": alt.Chart(data).mark_bar().encode(x="a", y="b"),
    }
