"""Write what Gradio 6.31 makes of the frames and figures in ``tests/plot_frames.py``
(``gradio_plot_values.json``), for ``tests/test_native_plot.py`` and ``tests/test_plot.py``
to compare nbblocks with.

Run with an interpreter that has gradio 6.31 (never a dependency of nbblocks):

    /path/to/gradio-venv/bin/python tests/data/make_gradio_plot_values.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main() -> None:
    import gradio as gr
    import numpy
    import pandas

    from plot_frames import AXES, figures, frames

    out: dict = {"gradio": gr.__version__, "pandas": pandas.__version__, "numpy": numpy.__version__, "values": {}}
    for name, frame in frames().items():
        x, y, color = AXES[name]
        for cls in (gr.LinePlot, gr.ScatterPlot, gr.BarPlot):
            try:
                value = cls(x=x, y=y, color=color).postprocess(frame).model_dump()
            except Exception as exc:  # what Gradio does with it
                value = {"error": f"{type(exc).__name__}: {exc}"}
            out["values"][f"{cls.__name__}/{name}"] = value
    import inspect

    out["signatures"] = {
        cls.__name__: [[name, repr(p.default) if p.default is not inspect.Parameter.empty else None, p.kind.name]
                       for name, p in inspect.signature(cls.__init__).parameters.items() if name != "self"]
        for cls in (gr.Plot, gr.LinePlot, gr.ScatterPlot, gr.BarPlot)
    }
    out["config"] = {cls.__name__: sorted(cls(x="x", y="y").get_config()) if cls is not gr.Plot else sorted(cls().get_config())
                     for cls in (gr.Plot, gr.LinePlot)}
    out["plots"] = {}
    for name, figure in figures().items():
        for fmt in (("webp", "png") if name == "matplotlib" else ("webp",)):
            key = f"{name}/{fmt}" if name == "matplotlib" else name
            out["plots"][key] = gr.Plot(format=fmt).postprocess(figure).model_dump()
        if name == "matplotlib":
            import matplotlib.pyplot as plt

            out["plots"]["matplotlib/closed"] = not plt.fignum_exists(figure.number)
    (HERE / "gradio_plot_values.json").write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
