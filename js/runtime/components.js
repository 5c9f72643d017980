// What a view asks its block's model for when it needs it (docs/protocol.md, "Assets"):
// the view of another component (a Chatbot message showing a gr.Image), by its view id,
// once per page and app. Libraries come through the runtime's loader (library-<name>).

import { pageId, stamp } from "./ordering.js";

const cache = (globalThis.__nbblocksAssets ??= new Map()); // "app|kind:name" -> Promise
let nextId = 0;

function request(model, kind, name) {
  const key = `${model.get("app") ?? ""}|${kind}:${name}`;
  let promise = cache.get(key);
  if (!promise) {
    nextId += 1;
    const id = `asset-${pageId()}-${nextId}`;
    promise = new Promise((resolve, reject) => {
      const onMessage = (content) => {
        if (!content || content.type !== "asset" || content.id !== id) return;
        model.off("msg:custom", onMessage);
        if (content.error) reject(new Error(content.error));
        else resolve(content);
      };
      model.on("msg:custom", onMessage);
      model.send(stamp(model, { type: "asset_request", id, kind, name }));
    });
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

/** The view a component class shows with: {view, view_id} (the runtime loads it by id). */
export async function componentView(model, name) {
  const { view, view_id: viewId } = await request(model, "component", String(name));
  return { view, viewId };
}
