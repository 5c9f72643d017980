// How a value looks in an examples table (gr.Dataset): what a component's
// process_example() returned, drawn as text, a tick, a file name or an image.

import { h } from "./dom.js";

const IMAGE = /\.(png|jpe?g|gif|webp|bmp|svg|avif)$/i;

export function isFileData(value) {
  return Boolean(value && typeof value === "object" && value.meta && value.meta._type === "gradio.FileData");
}

/** A short text for any JSON value. */
export function exampleText(value, component = "") {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return component === "checkbox" ? (value ? "✓" : "✗") : String(value);
  if (typeof value === "number" || typeof value === "string") return String(value);
  if (Array.isArray(value)) return value.map((item) => exampleText(item)).join(", ");
  if (isFileData(value)) return value.orig_name || String(value.path ?? "").split(/[\\/]/).pop() || "file";
  if (typeof value === "object" && "label" in value && Object.keys(value).every((k) => k === "label" || k === "confidences")) {
    return exampleText(value.label);
  }
  return JSON.stringify(value);
}

/** A node for a value: an <img> for an image file with a URL, text otherwise. */
export function exampleNode(value, component = "") {
  if (isFileData(value) && value.url) {
    const image = (value.mime_type || "").startsWith("image/") || IMAGE.test(value.orig_name || value.path || "");
    if (image) return h("img", { class: "nbb-example-image", src: value.url, alt: exampleText(value) });
  }
  return document.createTextNode(exampleText(value, component));
}
