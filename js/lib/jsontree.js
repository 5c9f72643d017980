// A collapsible, colour-coded tree of a JSON value.

import { h } from "./dom.js";

/**
 * Build the tree. `isOpen(path, depth)` decides whether a node starts expanded;
 * `onToggle(path, open)` remembers what the user folded.
 */
export function jsonTree(value, { isOpen, onToggle, showIndices }) {
  return node(value, { key: null, path: "$", depth: 0, last: true }, { isOpen, onToggle, showIndices });
}

function node(value, place, options) {
  const container = value !== null && typeof value === "object";
  if (!container) {
    return h("div", { class: "nbb-json-line nbb-json-leaf" }, keyPart(place, options), scalar(value), comma(place));
  }
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((v, i) => [i, v]) : Object.entries(value);
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) {
    return h("div", { class: "nbb-json-line nbb-json-leaf" }, keyPart(place, options), punct(open + close), comma(place));
  }
  const element = h("div", { class: "nbb-json-node", dataset: { open: String(options.isOpen(place.path, place.depth)) } });
  const toggle = h("button", {
    type: "button",
    class: "nbb-json-toggle",
    "aria-label": "Toggle",
    dataset: { nbblocksPart: "json-toggle" },
  });
  toggle.addEventListener("click", () => {
    const next = element.dataset.open !== "true";
    element.dataset.open = String(next);
    options.onToggle(place.path, next);
  });
  const count = `${entries.length} ${isArray ? (entries.length === 1 ? "item" : "items") : entries.length === 1 ? "key" : "keys"}`;
  const summary = h("span", { class: "nbb-json-summary" }, ` … ${close}`, comma(place), ` ${count}`);
  element.append(
    h("div", { class: "nbb-json-line" }, toggle, keyPart(place, options), punct(open), summary),
    h("div", { class: "nbb-json-children" }, entries.map(([key, child], i) =>
      node(child, { key, index: isArray, path: `${place.path}/${key}`, depth: place.depth + 1, last: i === entries.length - 1 }, options))),
    h("div", { class: "nbb-json-line nbb-json-close", style: "padding-left:1.2em" }, punct(close), comma(place)),
  );
  return element;
}

function keyPart(place, options) {
  if (place.key === null) return null;
  if (place.index) return options.showIndices ? [h("span", { class: "nbb-json-index" }, String(place.key)), punct(": ")] : null;
  return [h("span", { class: "nbb-json-key" }, JSON.stringify(String(place.key))), punct(": ")];
}

function scalar(value) {
  if (value === null || value === undefined) return h("span", { class: "nbb-json-null" }, "null");
  if (typeof value === "string") return h("span", { class: "nbb-json-string" }, JSON.stringify(value));
  if (typeof value === "number") return h("span", { class: "nbb-json-number" }, String(value));
  if (typeof value === "boolean") return h("span", { class: "nbb-json-boolean" }, String(value));
  return h("span", null, String(value));
}

function punct(text) {
  return h("span", { class: "nbb-json-punct" }, text);
}

function comma(place) {
  return place.last ? null : punct(",");
}
