// A component drawn inside another view (a gr.Image in a Chatbot message) with the very
// view module the app uses for such a component. It gets a model of its own that lives in
// the page only: static (not interactive), its file requests and asset requests going
// through the host view's model, so its files come from the app's file cache over the
// comm like any other.

import { componentView } from "./components.js";

const IDLE = Object.freeze({ state: "idle", message: null, show_progress: "hidden", progress: null, queue_position: null });
const FORWARDED = new Set(["file_request", "asset_request"]);

class EmbeddedModel {
  constructor(parent, state) {
    this.parent = parent;
    this.state = state;
    this.handlers = [];
    this.forwarded = new Map(); // callback -> the host model's listener for it
  }
  get(key) {
    return this.state[key];
  }
  set(key, value) {
    const old = this.state[key];
    this.state[key] = value;
    if (old !== value) this.emit(`change:${key}`, this, value);
  }
  save_changes() {}
  send(content, callbacks, buffers) {
    // Files and assets come from the kernel through the host's model; a static view sends
    // nothing else that the kernel should act on.
    if (content && FORWARDED.has(content.type)) this.parent.send(content, callbacks, buffers);
  }
  on(names, callback, context) {
    for (const name of String(names).split(/\s+/)) {
      if (name !== "msg:custom") {
        this.handlers.push({ name, callback, context });
        continue;
      }
      // Answers to its file and asset requests come on the host's model; the host's own
      // value edits are not this model's.
      const listener = (content, buffers) => {
        if (content?.type !== "value_diff") callback(content, buffers);
      };
      this.forwarded.set(callback, listener);
      this.parent.on(name, listener, context);
    }
  }
  off(name, callback, context) {
    if (name === "msg:custom" || name == null) {
      for (const [cb, listener] of [...this.forwarded]) {
        if (callback == null || cb === callback) {
          this.parent.off("msg:custom", listener, context);
          this.forwarded.delete(cb);
        }
      }
    }
    this.handlers = this.handlers.filter((h) => !((name == null || h.name === name)
      && (callback == null || h.callback === callback) && (context == null || h.context === context)));
  }
  emit(name, ...args) {
    for (const h of [...this.handlers]) if (h.name === name) h.callback(...args);
  }
  get widget_manager() {
    return this.parent.widget_manager;
  }
}

/**
 * Draw component `name` ("image", "gallery", "json", a custom component's class name...)
 * showing `value` with `props` into `el`, with `mount` (the runtime's mountBlock). Resolves
 * to {model, view} once drawn; rejects when the kernel has no such component (the caller
 * shows something else).
 */
export async function mountComponent({ parent, host, el, name, value, props = {}, signal, mount }) {
  const { view, viewId } = await componentView(parent, name);
  if (signal?.aborted) return null;
  const model = new EmbeddedModel(parent, {
    app: parent.get("app"),
    view,
    view_id: viewId,
    runtime: parent.get("runtime"),
    value: value ?? null,
    value_origin: {},
    props: { label: null, info: null, elem_id: null, elem_classes: [], scale: null, min_width: null, ...props,
      name, show_label: false, container: false, interactive: false, visible: true },
    status: IDLE,
    events: [],
    blobs: {},
    children: [],
  });
  await mount({ model, el, host, signal });
  return { model, view };
}
