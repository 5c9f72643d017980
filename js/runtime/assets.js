// Views and libraries a view loads when it needs them (docs/protocol.md, "Assets"): the
// view of another component (a Chatbot message showing a gr.Image) or a heavy library
// (syntax highlighting, math) comes from the kernel once per page and app.

import { loadViewModule, viewDefinition } from "./loader.js";
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
        if (typeof content.source === "string") resolve(content);
        else reject(new Error(content.error || `no ${kind} named ${name}`));
      };
      model.on("msg:custom", onMessage);
      model.send(stamp(model, { type: "asset_request", id, kind, name }));
    });
    cache.set(key, promise);
    promise.catch(() => cache.delete(key));
  }
  return promise;
}

/** The view a component class shows with: {view, definition, source, css}. */
export async function loadComponentView(model, name) {
  const asset = await request(model, "component", String(name));
  const definition = viewDefinition(await loadViewModule(asset.source));
  return { view: asset.view, definition, source: asset.source, css: asset.css ?? "" };
}

/** A library module by name (its exports). */
export async function loadLibrary(model, name) {
  const asset = await request(model, "library", String(name));
  return loadViewModule(asset.source);
}
