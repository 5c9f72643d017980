// The anywidget module shared by every nbblocks model (`_esm`). It draws the block
// chrome and hands the inside to the view named by the model (`view`, `view_src`).

import { mountBlock } from "./mount.js";

export default {
  async render({ model, el, host, signal }) {
    return mountBlock({ model, el, host, signal });
  },
};
