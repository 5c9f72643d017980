// gr.Step: one step of a gr.Walkthrough. The Walkthrough view draws the stepper; this view
// tells it the step's label/id/visibility through a bubbling DOM event on the block root
// and turns the Walkthrough's "a person opened this step" into this Step's `select`.

import { h } from "../lib/dom.js";
import { STEP_CHANGE_EVENT, STEP_SELECT_EVENT } from "../lib/stepevents.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const content = h("div", { class: "nbb-column nbb-step-content", role: "group", dataset: { nbblocksPart: "children" } });
    ctx.el.append(content);

    const announce = () => {
      const props = ctx.props();
      const label = props.label ?? null;
      if (label === null || label === "") content.removeAttribute("aria-label");
      else content.setAttribute("aria-label", String(label));
      ctx.root.dispatchEvent(new CustomEvent(STEP_CHANGE_EVENT, {
        bubbles: true,
        detail: {
          label,
          id: props.id ?? null,
          elemId: props.elem_id ?? null,
          visible: props.visible !== false && props.visible !== "hidden",
          interactive: props.interactive !== false,
        },
      }));
    };
    ctx.listen(ctx.root, STEP_SELECT_EVENT, (event) => ctx.dispatch("select", event.detail));
    ctx.on("props", announce);
    announce();
    await ctx.renderChildren(content);
  },
};
