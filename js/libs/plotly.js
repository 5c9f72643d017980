// plotly.js, the full bundle (every trace type: maps, 3D, polar, ...), for gr.Plot's plotly
// figures that need more than the cartesian bundle. Loaded by the plot view only then.

/*! plotly.js 4.1.1 (full bundle): Copyright 2012-2026, Plotly, Inc. MIT license. https://github.com/plotly/plotly.js */
import Plotly from "plotly.js-dist-min";

export default Plotly;
