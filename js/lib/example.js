// How a value looks in an examples table (gr.Dataset): what a component's
// process_example() returned, as text (a tick, a file name, ...); images are drawn by
// the view from the file's bytes.

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

/** Whether a FileData is an image (by MIME type or file name). */
export function isImageFile(value) {
  return isFileData(value)
    && ((value.mime_type || "").startsWith("image/") || IMAGE.test(value.orig_name || value.path || ""));
}
