// gr.Accordion: a titled box whose children can be folded away. Toggling sends
// `expand` or `collapse`.

import { h, setText } from "../lib/dom.js";
import { foldable } from "../lib/foldable.js";
import { icon } from "../lib/icons.js";

export default {
  chrome: { label: false, info: false, container: "always" },

  async render(ctx) {
    const title = h("span", { class: "nbb-accordion-label" });
    const toggle = h("button", {
      type: "button",
      class: "nbb-accordion-toggle",
      dataset: { nbblocksPart: "accordion-toggle" },
    }, title, icon("chevronDown", "nbb-icon nbb-accordion-icon"));
    const content = h("div", { class: "nbb-column nbb-accordion-content", dataset: { nbblocksPart: "children" } });
    ctx.el.append(toggle, content);

    const isOpen = foldable(ctx, toggle, () => apply());

    const apply = () => {
      const props = ctx.props();
      const open = isOpen();
      setText(title, props.label ?? "");
      toggle.setAttribute("aria-expanded", String(open));
      content.hidden = !open;
    };
    apply();
    ctx.on("props", apply);
    await ctx.renderChildren(content);
  },
};
