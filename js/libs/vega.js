// vega-embed with Vega and Vega-Lite: draws altair charts (gr.Plot) and the native plots
// (gr.LinePlot, gr.ScatterPlot, gr.BarPlot). Loaded by those views when they first draw.

import embed from "vega-embed";

export default embed;
