// plotly.js, the full bundle (every trace type: maps, 3D, polar, ...), for gr.Plot's plotly
// figures that need more than the cartesian bundle. Loaded by the plot view only then.

import Plotly from "plotly.js-dist-min";

export default Plotly;
