// Puts the shared stylesheet and each distinct view stylesheet into a document once.

import { scopeCss } from "../lib/scopecss.js";
import theme from "../styles/theme.css";
import chrome from "../styles/chrome.css";
import status from "../styles/status.css";
import toasts from "../styles/toasts.css";
import layouts from "../styles/layouts.css";
import inputs from "../styles/inputs.css";
import buttons from "../styles/buttons.css";
import choices from "../styles/choices.css";
import dropdown from "../styles/dropdown.css";
import slider from "../styles/slider.css";
import prose from "../styles/prose.css";
import data from "../styles/data.css";
import dataset from "../styles/dataset.css";
import files from "../styles/files.css";
import editor from "../styles/editor.css";
import chat from "../styles/chat.css";

export const SHARED_STYLE_ID = "nbblocks-style";
export const sharedCss = [theme, chrome, status, toasts, layouts, inputs, buttons, choices, dropdown, slider, prose, data, dataset, files, editor, chat].join("\n");

function styleParent(doc) {
  return doc.head ?? doc.documentElement;
}

/** The shared stylesheet, once per document (replaced when a newer runtime differs). */
export function ensureSharedStyle(doc) {
  let style = doc.getElementById(SHARED_STYLE_ID);
  if (!style) {
    style = doc.createElement("style");
    style.id = SHARED_STYLE_ID;
    styleParent(doc).append(style);
  }
  if (style.textContent !== sharedCss) style.textContent = sharedCss;
}

/**
 * A view's own CSS (`view_css`, a custom component's `_css`), once per distinct text per
 * document, scoped to the blocks that use it: every rule is nested in
 * `[data-nbblocks-css="<hash>"]`, which the runtime puts on those blocks' roots. Scoped
 * rules stay inside the component and outrank the notebook's own generic rules.
 * Returns the hash, or null when there is no CSS.
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
