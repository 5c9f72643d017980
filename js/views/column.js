// gr.Column: children stacked; its own scale/min_width are applied by the chrome.

import { h } from "../lib/dom.js";
import { applyVariant } from "../lib/layout.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const column = h("div", { class: "nbb-column", dataset: { nbblocksPart: "children" } });
    ctx.el.append(column);
    const apply = () => applyVariant(column, ctx.props().variant);
    apply();
    ctx.on("props", apply);
    await ctx.renderChildren(column, { forms: true });
  },
};
