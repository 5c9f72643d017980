// gr.Row: children side by side, flexing by their scale/min_width, wrapping when narrow.

import { h } from "../lib/dom.js";
import { applyHeights, applyVariant } from "../lib/layout.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const row = h("div", { class: "nbb-row", dataset: { nbblocksPart: "children" } });
    ctx.el.append(row);
    const apply = () => {
      const props = ctx.props();
      applyVariant(row, props.variant);
      row.classList.toggle("nbb-equal-height", Boolean(props.equal_height));
      applyHeights(row, props);
    };
    apply();
    ctx.on("props", apply);
    await ctx.renderChildren(row, { forms: true });
  },
};
