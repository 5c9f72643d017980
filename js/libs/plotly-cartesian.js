// plotly.js, the cartesian bundle (bar, box, contour, heatmap, histogram, histogram2d,
// histogram2dcontour, image, pie, scatter, scatterternary, violin): what most plotly
// figures need, at a third of the full bundle. Loaded by the plot view when it shows one.

/*! plotly.js 4.1.1 (cartesian bundle): Copyright 2012-2026, Plotly, Inc. MIT license. https://github.com/plotly/plotly.js */
import Plotly from "plotly.js-cartesian-dist-min";

export default Plotly;
