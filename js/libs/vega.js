// vega-embed with Vega and Vega-Lite: draws altair charts (gr.Plot) and the native plots
// (gr.LinePlot, gr.ScatterPlot, gr.BarPlot). Loaded by those views when they first draw.

/*! Vega, Vega-Lite and vega-embed: Copyright the University of Washington Interactive Data Lab. BSD-3-Clause license. https://vega.github.io */
import embed from "vega-embed";

export default embed;
