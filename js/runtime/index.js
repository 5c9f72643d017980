// The anywidget module shared by every nbblocks model (`_esm`). It draws the block
// chrome and hands the inside to the view named by the model (`view`, `view_src`).

import { mountBlock } from "./mount.js";
import { attachValueDiffs } from "./streaming.js";

export default {
  // Once per model, whichever views of it are shown: streamed values arrive as edits.
  initialize({ model }) {
    return attachValueDiffs(model);
  },

  async render({ model, el, host, signal }) {
    return mountBlock({ model, el, host, signal });
  },
};
