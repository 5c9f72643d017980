// gr.Label: the top class as a heading and a bar per confidence. Clicking a row sends
// `select` with that class.

import { h } from "../lib/dom.js";
import data from "../styles/data.css";

export default {
  styles: [data],
  chrome: { label: "badge" },

  render(ctx) {
    const body = h("div", { class: "nbb-classification" });
    ctx.el.append(body);

    const draw = () => {
      const p = ctx.props();
      const value = ctx.value();
      body.style.setProperty("--nbb-label-color", p.color || "");
      if (!value || (value.label == null && !Array.isArray(value.confidences))) {
        body.replaceChildren(h("div", { class: "nbb-empty", dataset: { nbblocksPart: "empty" } }, "Empty"));
        return;
      }
      const parts = [];
      if (p.show_heading !== false && value.label != null) {
        parts.push(h("div", { class: "nbb-label-heading", dataset: { nbblocksPart: "heading" } }, String(value.label)));
      }
      const confidences = Array.isArray(value.confidences) ? value.confidences : [];
      const limit = typeof p.num_top_classes === "number" ? p.num_top_classes : confidences.length;
      const rows = confidences.slice(0, Math.max(0, limit)).map((item, index) => confidenceRow(ctx, item, index));
      if (rows.length) parts.push(h("div", { class: "nbb-confidences" }, rows));
      body.replaceChildren(...parts);
    };

    draw();
    ctx.on("value", draw);
    ctx.on("props", draw);
  },
};

function confidenceRow(ctx, item, index) {
  const confidence = Math.min(1, Math.max(0, Number(item?.confidence) || 0));
  const percent = `${Math.round(confidence * 100)}%`;
  const label = item?.label ?? "";
  const row = h("button", { type: "button", class: "nbb-confidence", dataset: { nbblocksPart: "confidence", index: String(index) } },
    h("div", { class: "nbb-confidence-text" },
      h("span", { class: "nbb-confidence-name" }, String(label)),
      h("span", { class: "nbb-confidence-dots" }),
      h("span", { class: "nbb-confidence-value" }, percent)),
    h("div", { class: "nbb-confidence-bar" }, h("div", { class: "nbb-confidence-fill", style: { width: `${(confidence * 100).toFixed(1)}%` } })));
  row.addEventListener("click", () => ctx.dispatch("select", { index, value: label, selected: true }));
  return row;
}
