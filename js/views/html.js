// gr.HTML: the value is HTML, set as it is.

import { h, cssSize } from "../lib/dom.js";
import prose from "../styles/prose.css";

export default {
  styles: [prose],
  chrome: { containerDefault: false },

  render(ctx) {
    const content = h("div", { class: "nbb-prose nbb-html", dataset: { nbblocksPart: "content" } });
    ctx.el.append(content);
    let shown = null;

    const draw = () => {
      const p = ctx.props();
      const html = ctx.value() === null || ctx.value() === undefined ? "" : String(ctx.value());
      if (html !== shown) {
        content.innerHTML = html;
        shown = html;
      }
      content.style.minHeight = cssSize(p.min_height);
      content.style.maxHeight = cssSize(p.max_height);
      content.classList.toggle("nbb-scroll", p.max_height !== null && p.max_height !== undefined);
      content.classList.toggle("nbb-padded", Boolean(p.padding));
    };

    draw();
    ctx.on("value", draw);
    ctx.on("props", draw);
  },
};
