// Stylesheets, each once per document: the shared one (theme, chrome, status, toasts,
// layouts: what every block needs) from the runtime; a built-in view's own stylesheets
// when that view is first shown; a custom component's `_css`, scoped to its blocks.

import { scopeCss } from "../lib/scopecss.js";
import theme from "../styles/theme.css";
import chrome from "../styles/chrome.css";
import status from "../styles/status.css";
import toasts from "../styles/toasts.css";
import layouts from "../styles/layouts.css";

export const SHARED_STYLE_ID = "nbblocks-style";
export const sharedCss = [theme, chrome, status, toasts, layouts].map((sheet) => sheet.css).join("\n");

const VIEW_SHEETS = "style[data-nbblocks-stylesheet]";
const CUSTOM_SHEETS = "style[data-nbblocks-view-css]";

function styleParent(doc) {
  return doc.head ?? doc.documentElement;
}

/** The shared stylesheet, once per document (replaced when a newer runtime differs),
 * before every view stylesheet. */
export function ensureSharedStyle(doc) {
  let style = doc.getElementById(SHARED_STYLE_ID);
  if (!style) {
    style = doc.createElement("style");
    style.id = SHARED_STYLE_ID;
    styleParent(doc).insertBefore(style, doc.querySelector(`${VIEW_SHEETS}, ${CUSTOM_SHEETS}`));
  }
  if (style.textContent !== sharedCss) style.textContent = sharedCss;
}

/**
 * A built-in view's stylesheets (`styles`: `[{name, rank, css}]`, made by the build from
 * the view's `import x from "../styles/x.css"`), each once per document. They are kept in
 * rank order, after the shared stylesheet and before custom components' CSS, so the
 * cascade does not depend on which views a page shows first.
 */
export function ensureStylesheets(doc, sheets) {
  for (const sheet of Array.isArray(sheets) ? sheets : []) {
    if (!sheet || typeof sheet.name !== "string" || typeof sheet.css !== "string") continue;
    const existing = doc.querySelector(`style[data-nbblocks-stylesheet="${CSS.escape(sheet.name)}"]`);
    if (existing) {
      if (existing.textContent !== sheet.css) existing.textContent = sheet.css;
      continue;
    }
    const style = doc.createElement("style");
    style.dataset.nbblocksStylesheet = sheet.name;
    style.dataset.nbblocksRank = String(sheet.rank ?? 0);
    style.textContent = sheet.css;
    const later = [...doc.querySelectorAll(VIEW_SHEETS)].find((other) => comesBefore(sheet, other));
    styleParent(doc).insertBefore(style, later ?? doc.querySelector(CUSTOM_SHEETS));
  }
}

function comesBefore(sheet, other) {
  const rank = Number(sheet.rank ?? 0);
  const otherRank = Number(other.dataset.nbblocksRank ?? 0);
  return rank < otherRank || (rank === otherRank && sheet.name < other.dataset.nbblocksStylesheet);
}

/**
 * A custom component's CSS (its `_css`), once per distinct text per document, scoped to
 * the blocks that use it: every rule is nested in `[data-nbblocks-css="<hash>"]`, which
 * the runtime puts on those blocks' roots. Scoped rules stay inside the component and
 * outrank the notebook's own generic rules. Returns the hash, or null when there is no CSS.
 */
export function ensureViewCss(doc, css) {
  if (typeof css !== "string" || css.trim() === "") return null;
  const hash = hashText(css);
  if (!doc.querySelector(`style[data-nbblocks-view-css="${hash}"]`)) {
    const style = doc.createElement("style");
    style.dataset.nbblocksViewCss = hash;
    style.textContent = scopeCss(css, `[data-nbblocks-css="${hash}"]`);
    styleParent(doc).append(style);
  }
  return hash;
}

/** A short stable hash (FNV-1a) used to label style elements. */
export function hashText(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
