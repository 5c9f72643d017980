// gr.JSON: a collapsible tree with syntax colours and a copy button.

import { h, cssSize } from "../lib/dom.js";
import { copyButton } from "../lib/copy.js";
import { jsonTree } from "../lib/jsontree.js";
import data from "../styles/data.css";

const DEFAULT_OPEN_DEPTH = 3;

export default {
  styles: [data],
  chrome: { label: "badge" },

  render(ctx) {
    const tree = h("div", { class: "nbb-json-tree", dataset: { nbblocksPart: "tree" } });
    const copy = copyButton({ getText: () => JSON.stringify(ctx.value(), null, 2), signal: ctx.signal });
    const box = h("div", { class: "nbb-json" }, copy, tree);
    ctx.el.append(box);
    const folded = new Map(); // path -> open, as the user left it
    let shown = null;

    const draw = () => {
      const p = ctx.props();
      box.style.height = cssSize(p.height);
      box.style.maxHeight = cssSize(p.max_height);
      const key = JSON.stringify([ctx.value(), Boolean(p.open), Boolean(p.show_indices)]);
      if (key === shown) return;
      shown = key;
      const value = ctx.value();
      if (value === null || value === undefined) {
        tree.replaceChildren(h("div", { class: "nbb-empty" }, "Empty"));
        copy.hidden = true;
        return;
      }
      copy.hidden = false;
      tree.replaceChildren(jsonTree(value, {
        isOpen: (path, depth) => folded.get(path) ?? (Boolean(p.open) || depth < DEFAULT_OPEN_DEPTH),
        onToggle: (path, open) => folded.set(path, open),
        showIndices: Boolean(p.show_indices),
      }));
    };

    draw();
    ctx.on("value", draw);
    ctx.on("props", draw);
  },
};
