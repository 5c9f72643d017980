// gr.Checkbox: one box with its label beside it.

import { h, setText } from "../lib/dom.js";
import choices from "../styles/choices.css";

export default {
  styles: [choices],
  chrome: { label: false },

  render(ctx) {
    const box = h("input", { type: "checkbox", class: "nbb-check", dataset: { nbblocksPart: "checkbox" } });
    const text = h("span", { class: "nbb-checkbox-text", dataset: { nbblocksPart: "checkbox-label" } });
    ctx.el.append(h("label", { class: "nbb-checkbox-label" }, box, text));

    const applyProps = () => {
      const p = ctx.props();
      const label = p.label ?? "";
      setText(text, p.show_label === false ? "" : label);
      text.hidden = p.show_label === false || !label;
      box.setAttribute("aria-label", label || "checkbox");
      box.disabled = !ctx.interactive();
    };
    const applyValue = () => {
      box.checked = Boolean(ctx.value());
    };

    ctx.listen(box, "change", () => {
      ctx.setValue(box.checked);
      ctx.dispatch("select", { index: null, value: ctx.props().label ?? null, selected: box.checked });
    });

    applyProps();
    applyValue();
    ctx.on("props", applyProps);
    ctx.on("value", applyValue);
  },
};
