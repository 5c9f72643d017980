// View sources from the kernel, once per page: the page runtime model answers
// `{"type": "view_request", "id"}` with `{"type": "view", "id", "css"}` carrying the
// source as a binary buffer, or `{"type": "view_error", "id", "message"}`
// (docs/protocol.md, "The page runtime").

/** `fetchView(id)` for createRuntime, asking the kernel through the runtime `model`. */
export function kernelViews(model) {
  const waiting = new Map(); // id -> {resolve, reject}
  model.on("msg:custom", (content, buffers) => {
    const entry = content && typeof content.id === "string" ? waiting.get(content.id) : undefined;
    if (!entry) return; // an answer to another page
    if (content.type === "view") {
      waiting.delete(content.id);
      entry.resolve({ source: decodeText(buffers?.[0]), css: content.css ?? "" });
    } else if (content.type === "view_error") {
      waiting.delete(content.id);
      entry.reject(new Error(content.message || `the kernel has no view "${content.id}"`));
    }
  });
  return (id) => new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    model.send({ type: "view_request", id });
  });
}

function decodeText(buffer) {
  if (buffer === undefined || buffer === null) return "";
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  return new TextDecoder().decode(bytes);
}
