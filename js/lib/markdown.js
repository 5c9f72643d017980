// Markdown to HTML in the browser (marked), sanitised with DOMPurify.

import { Marked } from "marked";
import DOMPurify from "dompurify";

const parsers = new Map();

function parser(breaks) {
  let instance = parsers.get(breaks);
  if (!instance) {
    instance = new Marked({ gfm: true, breaks });
    parsers.set(breaks, instance);
  }
  return instance;
}

/** Markdown text to an HTML string; sanitised unless `sanitize` is false. */
export function markdownToHtml(text, { breaks = false, sanitize = true } = {}) {
  const html = parser(Boolean(breaks)).parse(String(text ?? ""), { async: false });
  return sanitize ? DOMPurify.sanitize(html, { ADD_ATTR: ["target"] }) : html;
}

/** Open external links in a new tab; give headings ids and, optionally, anchor links. */
export function decorateRendered(root, { headerLinks = false } = {}) {
  for (const link of root.querySelectorAll("a[href]")) {
    const href = link.getAttribute("href") ?? "";
    if (/^(https?:)?\/\//i.test(href)) {
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
  }
  const used = new Set();
  for (const heading of root.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    let slug = slugify(heading.textContent);
    let n = 1;
    while (used.has(slug)) slug = `${slugify(heading.textContent)}-${(n += 1)}`;
    used.add(slug);
    if (!heading.id) heading.id = slug;
    if (headerLinks) {
      const anchor = document.createElement("a");
      anchor.className = "nbb-header-anchor";
      anchor.href = `#${heading.id}`;
      anchor.textContent = "#";
      anchor.setAttribute("aria-label", "Link to this section");
      heading.append(anchor);
    }
  }
}

function slugify(text) {
  return String(text ?? "")
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/g, "-") || "section";
}
