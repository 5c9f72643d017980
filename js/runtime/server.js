// Server functions (docs/custom-components.md): `await ctx.server.name(...args)` runs the
// component's `@server` method in the kernel and resolves to its JSON result.

import { stamp } from "./ordering.js";

export function createServer(model, signal) {
  const pending = new Map();
  const onMessage = (message) => {
    if (!message || message.type !== "server_result") return;
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    if (message.error !== undefined) call.reject(new Error(message.error));
    else call.resolve(message.value ?? null);
  };
  model.on("msg:custom", onMessage);
  signal.addEventListener("abort", () => {
    model.off("msg:custom", onMessage);
    for (const call of pending.values()) call.reject(new Error("the view was removed"));
    pending.clear();
  }, { once: true });
  const call = (fn, args) => new Promise((resolve, reject) => {
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    pending.set(id, { resolve, reject });
    model.send(stamp(model, { type: "server_call", id, fn, args }));
  });
  return new Proxy({}, {
    get: (_target, name) => (typeof name === "string" ? (...args) => call(name, args) : undefined),
  });
}
