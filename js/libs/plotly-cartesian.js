// plotly.js, the cartesian bundle (bar, box, contour, heatmap, histogram, histogram2d,
// histogram2dcontour, image, pie, scatter, scatterternary, violin): what most plotly
// figures need, at a third of the full bundle. Loaded by the plot view when it shows one.

import Plotly from "plotly.js-cartesian-dist-min";

export default Plotly;
