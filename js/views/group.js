// gr.Group: children joined into one box, without gaps between them.

import { h } from "../lib/dom.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const group = h("div", { class: "nbb-group", dataset: { nbblocksPart: "children" } });
    ctx.el.append(group);
    await ctx.renderChildren(group);
  },
};
