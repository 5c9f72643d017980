// Asking the kernel and waiting for its answer. `ctx.request(type, body)` sends a stamped
// `{type, id, ...body}` on the block's model and resolves to the kernel's reply, the
// custom message that carries the same `id` and this page's id (a zoomed plot's
// `resample`, docs/protocol.md). Server functions (docs/custom-components.md) go the same
// way: `await ctx.server.name(...args)` runs the component's `@server` method in the kernel
// and resolves to its JSON result.

import { pageId, stamp } from "./ordering.js";

export function createRequests(model, signal) {
  const pending = new Map(); // id -> {resolve, reject}
  const onMessage = (message, buffers) => {
    if (!message || typeof message.id !== "string") return;
    if (message.page !== undefined && message.page !== null && message.page !== pageId()) return;
    const call = pending.get(message.id);
    if (!call) return;
    pending.delete(message.id);
    call.resolve({ message, buffers: buffers ?? [] });
  };
  model.on("msg:custom", onMessage);
  signal.addEventListener("abort", () => {
    model.off("msg:custom", onMessage);
    for (const call of pending.values()) call.reject(new Error("the view was removed"));
    pending.clear();
  }, { once: true });
  return function request(type, body = {}) {
    return new Promise((resolve, reject) => {
      if (signal.aborted) {
        reject(new Error("the view was removed"));
        return;
      }
      const id = `${pageId()}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      pending.set(id, { resolve, reject });
      model.send(stamp(model, { ...body, type, id }));
    });
  };
}

export function createServer(request) {
  const call = async (fn, args) => {
    const { message } = await request("server_call", { fn, args });
    if (message.error !== undefined) throw new Error(message.error);
    return message.value ?? null;
  };
  return new Proxy({}, {
    get: (_target, name) => (typeof name === "string" ? (...args) => call(name, args) : undefined),
  });
}
