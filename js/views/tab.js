// gr.Tab: one panel of a gr.Tabs. The Tabs view draws the tab bar; this view tells it
// its label/id/visibility through a bubbling DOM event on the block root and turns the
// Tabs' selection into this Tab's `select` event.

import { h } from "../lib/dom.js";
import { TAB_CHANGE_EVENT, TAB_SELECT_EVENT } from "../lib/tabevents.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const content = h("div", { class: "nbb-column nbb-tab-content", role: "tabpanel", dataset: { nbblocksPart: "children" } });
    ctx.el.append(content);

    const announce = () => {
      const props = ctx.props();
      ctx.root.dispatchEvent(new CustomEvent(TAB_CHANGE_EVENT, {
        bubbles: true,
        detail: {
          label: props.label ?? "",
          id: props.id ?? null,
          visible: props.visible !== false,
          interactive: props.interactive !== false,
        },
      }));
    };
    ctx.listen(ctx.root, TAB_SELECT_EVENT, (event) => ctx.dispatch("select", event.detail));
    ctx.on("props", announce);
    announce();
    await ctx.renderChildren(content);
  },
};
