// `js=` listeners: the kernel asks the app's view to run a JavaScript function before the
// Python one (`{"type": "js", id, code, args}`); the answer goes back on the app model.

import { firstAnswer, stamp } from "./ordering.js";

export function attachJsCalls({ model, signal }) {
  const onMessage = async (message) => {
    if (!message || message.type !== "js" || !firstAnswer(message.id)) return;
    let reply;
    try {
      const fn = (0, eval)(`(${message.code})`);
      const value = await fn(...(message.args ?? []));
      reply = { type: "js_result", id: message.id, value: value === undefined ? null : value };
    } catch (error) {
      reply = { type: "js_result", id: message.id, error: String((error && error.message) || error) };
    }
    model.send(stamp(model, reply));
  };
  model.on("msg:custom", onMessage);
  signal.addEventListener("abort", () => model.off("msg:custom", onMessage), { once: true });
}
