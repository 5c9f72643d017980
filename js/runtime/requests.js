// Requests a view sends to the kernel and the answer it waits for: the message is stamped
// like every page message (app, page, seq) and carries an id; the kernel's answer carries
// the same id and this page's id (every page of the model receives it).

import { uniqueId } from "../lib/page.js";
import { pageId, stamp } from "./ordering.js";

export function createRequests(model, signal) {
  const waiting = new Map(); // id -> {resolve, reject}

  const onMessage = (content) => {
    if (!content || typeof content.id !== "string" || content.page !== pageId()) return;
    const entry = waiting.get(content.id);
    if (!entry) return;
    waiting.delete(content.id);
    entry.resolve(content);
  };
  model.on("msg:custom", onMessage);
  signal.addEventListener("abort", () => {
    model.off("msg:custom", onMessage);
    for (const entry of waiting.values()) entry.reject(new Error("the view was removed"));
    waiting.clear();
  }, { once: true });

  /** Send `message` (with a fresh `id`); resolves with the kernel's answer to it. */
  function request(message) {
    const id = `${pageId()}-${uniqueId("request")}`;
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new Error("the view was removed"));
        return;
      }
      waiting.set(id, { resolve, reject });
      model.send(stamp(model, { ...message, id }));
    });
  }

  /** Send a stamped message that expects no answer. */
  function send(message) {
    model.send(stamp(model, message));
  }

  return { request, send };
}
