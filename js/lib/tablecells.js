// How a Dataframe cell shows its value (per column `datatype`) and reads what was typed.

import DOMPurify from "dompurify";
import { markdownToHtml } from "./markdown.js";
import { cellText } from "./tablequery.js";

export const TEXT_TYPES = new Set(["str", "markdown", "html", "image"]);

/** The datatype of column `column` ("str" when the prop does not say). */
export function datatypeOf(datatype, column) {
  if (Array.isArray(datatype)) return datatype[column] ?? "str";
  return typeof datatype === "string" && datatype !== "auto" ? datatype : "str";
}

export function isTrue(value) {
  return value === true || value === 1 || (typeof value === "string" && ["true", "1"].includes(value.toLowerCase()));
}

/**
 * Fill `td` with a cell: a checkbox for "bool", sanitised Markdown/HTML, numbers right-
 * aligned, text otherwise (cut to `maxChars` with an ellipsis, the full text as a tooltip).
 * `display` (a Styler's display value) is shown instead of the value when given; `name`
 * is the accessible name of a checkbox cell ("Paid, row 3").
 */
export function fillCell(td, { value, display, datatype, maxChars, lineBreaks, editable, name }) {
  td.className = "";
  td.removeAttribute("title");
  if (datatype === "bool") {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "nbb-df-check";
    box.dataset.nbblocksPart = "checkbox";
    box.checked = isTrue(value);
    box.disabled = !editable;
    box.tabIndex = -1;
    if (name) box.setAttribute("aria-label", name); // a checkbox has no text of its own
    td.replaceChildren(box);
    return;
  }
  const text = display !== null && display !== undefined ? cellText(display) : cellText(value);
  if (datatype === "markdown" || datatype === "html") {
    const div = document.createElement("div");
    div.className = datatype === "markdown" ? "nbb-df-cell-markdown" : "nbb-df-cell-html";
    div.innerHTML = datatype === "markdown"
      ? markdownToHtml(text, { breaks: lineBreaks })
      : DOMPurify.sanitize(text, { ADD_ATTR: ["target"] });
    td.replaceChildren(div);
    return;
  }
  if (datatype === "number" || (typeof value === "number" && datatype === "str")) td.classList.add("nbb-df-number");
  let shown = text;
  if (typeof maxChars === "number" && maxChars > 0 && shown.length > maxChars) {
    shown = `${shown.slice(0, maxChars)}…`;
    td.title = text;
  }
  td.textContent = shown;
}

/**
 * What the user typed, as the column's type: a number in a "number" column (empty is
 * null), and in any column where the cell held a number (a frame's float column shown
 * with the default datatype stays numeric); text otherwise.
 */
export function parseTyped(text, datatype, original = null) {
  if (datatype === "number" || (typeof original === "number" && datatype === "str")) {
    const trimmed = text.trim();
    if (trimmed === "") return null;
    const n = Number(trimmed);
    return Number.isFinite(n) ? n : text;
  }
  return text;
}

/** The value of a new empty cell: "" in text columns, null elsewhere. */
export function emptyCell(datatype) {
  return TEXT_TYPES.has(datatype) ? "" : null;
}
