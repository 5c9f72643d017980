// gr.Markdown: the value is Markdown, rendered in the browser and sanitised unless
// `sanitize_html` is false.

import { h, cssSize } from "../lib/dom.js";
import { copyButton } from "../lib/copy.js";
import { decorateRendered, markdownToHtml } from "../lib/markdown.js";
import prose from "../styles/prose.css";

export default {
  styles: [prose],
  chrome: { label: false, containerDefault: false },

  render(ctx) {
    const content = h("div", { class: "nbb-prose nbb-markdown", dataset: { nbblocksPart: "content" } });
    const wrap = h("div", { class: "nbb-markdown-wrap" }, content);
    ctx.el.append(wrap);
    let copy = null;
    let renderedKey = null;

    const draw = () => {
      const p = ctx.props();
      const options = { breaks: Boolean(p.line_breaks), sanitize: p.sanitize_html !== false };
      const key = JSON.stringify([ctx.value(), options, Boolean(p.header_links)]);
      if (key !== renderedKey) {
        renderedKey = key;
        content.innerHTML = markdownToHtml(ctx.value() ?? "", options);
        decorateRendered(content, { headerLinks: Boolean(p.header_links) });
      }
      if (p.rtl) content.dir = "rtl";
      else content.removeAttribute("dir");
      wrap.style.height = cssSize(p.height);
      wrap.style.maxHeight = cssSize(p.max_height);
      wrap.style.minHeight = cssSize(p.min_height);
      wrap.classList.toggle("nbb-scroll", Boolean(p.height ?? p.max_height));

      const wantsCopy = Array.isArray(p.buttons) ? p.buttons.includes("copy") : Boolean(p.show_copy_button);
      if (wantsCopy && !copy) {
        copy = copyButton({ getText: () => ctx.value() ?? "", signal: ctx.signal, onCopy: (text) => ctx.dispatch("copy", { value: text }) });
        wrap.prepend(copy);
      } else if (!wantsCopy && copy) {
        copy.remove();
        copy = null;
      }
    };

    draw();
    ctx.on("value", draw);
    ctx.on("props", draw);
  },
};
