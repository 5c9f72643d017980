// gr.ParamViewer: one row per parameter (`name: type`), which opens to its default and its
// description (Markdown). Types and defaults are highlighted as `language` once the
// highlight library has loaded (plain text until then); the header opens or closes every
// row. `linkify` words become links to `#h-<word>`, Gradio's anchor form; `anchor_links`
// gives each row an id and a link to itself.

import { h, cssSize } from "../lib/dom.js";
import { decorateRendered, markdownToHtml } from "../lib/markdown.js";
import prose from "../styles/prose.css";
import codeColors from "../styles/codecolors.css";
import params from "../styles/paramviewer.css";

export default {
  styles: [prose, codeColors, params],
  chrome: { label: "badge" },

  render(ctx) {
    const toggleAll = h("button", { type: "button", class: "nbb-params-toggle", dataset: { nbblocksPart: "toggle-all" } });
    const title = h("span", { class: "nbb-params-title" });
    const header = h("div", { class: "nbb-params-header", dataset: { nbblocksPart: "params-header" } }, title, toggleAll);
    const list = h("div", { class: "nbb-params-list nbb-code-colors", dataset: { nbblocksPart: "list" } });
    const box = h("div", { class: "nbb-params" }, header, list);
    ctx.el.append(box);
    let highlighter = null;
    let shown = null;

    const rows = () => [...list.querySelectorAll(":scope > details")];
    const drawToggle = () => {
      const all = rows();
      const open = all.length > 0 && all.every((row) => row.open);
      toggleAll.textContent = open ? "Close all" : "Open all";
      toggleAll.setAttribute("aria-expanded", String(open));
      toggleAll.disabled = all.length === 0;
    };
    ctx.listen(toggleAll, "click", () => {
      const open = toggleAll.getAttribute("aria-expanded") !== "true";
      for (const row of rows()) row.open = open;
      drawToggle();
    });
    ctx.listen(list, "toggle", drawToggle, { capture: true }); // `toggle` does not bubble

    const code = (text, className) => {
      const el = h("code", { class: className });
      const p = ctx.props();
      if (highlighter) el.innerHTML = highlighter.highlight(text, p.language || "python").html; // escaped by the library
      else el.textContent = text;
      linkify(el, p.linkify);
      return el;
    };

    const draw = () => {
      const p = ctx.props();
      const value = ctx.value();
      const key = JSON.stringify([value, p.language, p.linkify, p.anchor_links, Boolean(highlighter)]);
      box.style.maxHeight = cssSize(p.max_height);
      header.hidden = p.header === null || p.header === undefined;
      title.textContent = p.header ?? "";
      if (key === shown) return;
      shown = key;
      const openBefore = new Set(rows().filter((row) => row.open).map((row) => row.dataset.name));
      const entries = value && typeof value === "object" ? Object.entries(value) : [];
      if (!entries.length) {
        list.replaceChildren(h("div", { class: "nbb-empty", dataset: { nbblocksPart: "empty" } }, "Empty"));
        drawToggle();
        return;
      }
      const prefix = typeof p.anchor_links === "string" ? `${p.anchor_links}-` : "";
      list.replaceChildren(...entries.map(([name, about]) => {
        const info = about && typeof about === "object" ? about : {};
        const summary = h("summary", { class: "nbb-param-summary" },
          h("code", { class: "nbb-param-name" }, name));
        if (info.type !== undefined && info.type !== null && info.type !== "") {
          summary.append(h("span", { class: "nbb-param-colon" }, ": "), code(shownText(info.type, p.language), "nbb-param-type"));
        }
        const row = h("details", { class: "nbb-param", dataset: { nbblocksPart: "param", name } }, summary);
        const body = h("div", { class: "nbb-param-body" });
        if (p.anchor_links) { // in the body: a link inside <summary> would nest two controls
          row.id = `${prefix}param-${slug(name)}`;
          body.append(h("a", { class: "nbb-param-anchor", href: `#${row.id}`, dataset: { nbblocksPart: "anchor" } }, `#${row.id}`));
        }
        if (info.default !== undefined && info.default !== null) {
          body.append(h("div", { class: "nbb-param-default", dataset: { nbblocksPart: "default" } },
            h("span", { class: "nbb-param-default-label" }, "default "), code(`= ${shownText(info.default, p.language)}`, "nbb-param-default-code")));
        }
        if (info.description) {
          const text = h("div", { class: "nbb-prose nbb-param-description", dataset: { nbblocksPart: "description" } });
          text.innerHTML = markdownToHtml(String(info.description));
          decorateRendered(text);
          linkify(text, p.linkify);
          body.append(text);
        }
        row.append(body);
        row.open = openBefore.has(name);
        return row;
      }));
      drawToggle();
      if (!highlighter) {
        ctx.loadLibrary("highlight").then((lib) => {
          if (ctx.signal.aborted || highlighter) return;
          highlighter = lib;
          draw();
        }).catch(() => {}); // without the library the text stays plain
      }
    };

    draw();
    ctx.on("value", draw);
    ctx.on("props", draw);
  },
};

/** A type or default as text: strings as they are, other JSON values as `language` writes them. */
function shownText(value, language) {
  if (typeof value === "string") return value;
  if (language !== "typescript") {
    if (value === true) return "True";
    if (value === false) return "False";
  }
  return JSON.stringify(value);
}

function slug(text) {
  return String(text).toLowerCase().replace(/[^\w-]+/g, "-");
}

/** Wrap each whole-word `words` match in `root`'s text (outside links) in a link to `#h-<word>`. */
function linkify(root, words) {
  if (!Array.isArray(words) || !words.length) return;
  const escaped = words.filter((w) => typeof w === "string" && w).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (!escaped.length) return;
  const pattern = new RegExp(`\\b(${escaped.join("|")})\\b`, "g");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest("a")) texts.push(node);
  }
  for (const node of texts) {
    const text = node.nodeValue ?? "";
    const matches = [...text.matchAll(pattern)];
    if (!matches.length) continue;
    const parts = [];
    let last = 0;
    for (const match of matches) {
      parts.push(text.slice(last, match.index));
      parts.push(h("a", { class: "nbb-param-link", href: `#h-${match[1].toLowerCase()}` }, match[1]));
      last = match.index + match[1].length;
    }
    parts.push(text.slice(last));
    node.replaceWith(...parts);
  }
}
