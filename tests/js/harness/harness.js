// A fake anywidget model and host, enough to run nbblocks/static/runtime.js in a page
// without Jupyter. Every message a view sends is recorded in `nb.log`.

import runtime from "/nbblocks/static/runtime.js";

const params = new URLSearchParams(location.search);
const theme = params.get("theme") ?? "light";
if (theme !== "none") document.getElementById("theme").href = `/jupyterlab-theme/${theme}.css`;
document.body.dataset.theme = theme;

const log = [];
const models = new Map();
const byKey = new Map();
const sources = new Map();
let nextId = 1;
let blobUrls = 0;

// Count Blob URLs created for scripts, to check that modules are cached by source.
const createObjectURL = URL.createObjectURL.bind(URL);
URL.createObjectURL = (blob) => {
  if (blob && blob.type === "text/javascript") blobUrls += 1;
  return createObjectURL(blob);
};

const SHARED = {
  label: null, show_label: true, info: null, visible: true, interactive: true,
  elem_id: null, elem_classes: [], container: true, scale: null, min_width: 160,
};
// Gradio's constructor defaults that differ from the shared ones.
const VIEW_DEFAULTS = {
  markdown: { container: false, show_label: false, sanitize_html: true },
  html: { container: false, show_label: false },
  button: { variant: "secondary", size: "lg", container: false, min_width: null },
  textbox: { lines: 1, max_lines: 20, type: "text", autoscroll: true },
  slider: { minimum: 0, maximum: 100, step: 1 },
  json: { open: false, show_indices: false },
  label: { show_heading: true, num_top_classes: null },
  row: { variant: "default", equal_height: false },
  column: { variant: "default", scale: 1, min_width: 320 },
  accordion: { open: true },
  blocks: { title: "Gradio", css: null, fill_height: false, fill_width: false, footer: null },
};
const IDLE = { state: "idle", message: null, show_progress: "full", progress: null, queue_position: null };

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

class FakeModel {
  constructor(id, state) {
    this.model_id = id;
    this.state = state;
    this.handlers = [];
    this.dirty = null;
  }
  get(key) {
    return this.state[key];
  }
  set(key, value) {
    const old = this.state[key];
    this.state[key] = value;
    this.dirty = { ...(this.dirty ?? {}), [key]: clone(value) };
    if (!same(old, value)) this.emit(`change:${key}`, this, value);
  }
  save_changes() {
    if (!this.dirty) return;
    log.push({ model: this.model_id, view: this.state.view, kind: "update", state: this.dirty });
    this.dirty = null;
  }
  send(content) {
    log.push({ model: this.model_id, view: this.state.view, kind: "custom", content: clone(content) });
  }
  on(names, callback, context) {
    for (const name of names.split(/\s+/)) this.handlers.push({ name, callback, context });
  }
  off(name, callback, context) {
    this.handlers = this.handlers.filter((h) => !((name == null || h.name === name)
      && (callback == null || h.callback === callback) && (context == null || h.context === context)));
  }
  emit(name, ...args) {
    for (const h of [...this.handlers]) if (h.name === name) h.callback(...args);
  }
  // What the kernel does: a trait update from Python, or a custom message.
  // Like Backbone's model.set(state): every attribute is set first, then the change events fire.
  kernelSet(state) {
    const changed = [];
    for (const [key, value] of Object.entries(state)) {
      const old = this.state[key];
      this.state[key] = value;
      if (!same(old, value)) changed.push([key, value]);
    }
    for (const [key, value] of changed) this.emit(`change:${key}`, this, value);
  }
  kernelSend(message) {
    this.emit("msg:custom", message, []);
  }
}

const host = {
  async getWidget(ref) {
    const id = String(ref).replace(/^anywidget:/, "");
    const model = models.get(id);
    if (!model) throw new Error(`No binding found for widget ${id}`);
    return { exports: undefined, render: ({ el, signal }) => renderModel(model, el, signal) };
  },
};

async function renderModel(model, el, signal) {
  const cleanup = await runtime.render({ model, el, host, signal });
  if (typeof cleanup === "function") signal?.addEventListener("abort", () => cleanup(), { once: true });
}

async function viewSource(view) {
  if (!sources.has(view)) {
    sources.set(view, fetch(`/nbblocks/static/views/${view}.js`).then((r) => {
      if (!r.ok) throw new Error(`no built-in view ${view}`);
      return r.text();
    }));
  }
  return sources.get(view);
}

/** spec: { view, value, props, status, events, children: [spec], key, app, view_src, view_css } */
async function createModel(spec) {
  const id = `m${nextId++}`;
  const children = [];
  for (const child of spec.children ?? []) children.push(`anywidget:${(await createModel(child)).model_id}`);
  const view = spec.view;
  const model = new FakeModel(id, {
    view,
    app: spec.app ?? "app",
    view_src: spec.view_src ?? (await viewSource(view)),
    view_css: spec.view_css ?? "",
    value: spec.value ?? null,
    props: { ...SHARED, ...(VIEW_DEFAULTS[view] ?? {}), name: view, ...(spec.props ?? {}) },
    status: { ...IDLE, ...(spec.status ?? {}) },
    events: spec.events ?? [],
    children,
  });
  models.set(id, model);
  if (spec.key) byKey.set(spec.key, model);
  return model;
}

const mounted = [];

/** Create the models of `spec` and render the root into a new element of #app. */
async function mount(spec, target = "#app") {
  const model = await createModel(spec);
  const el = document.createElement("div");
  el.className = "harness-output";
  document.querySelector(target).append(el);
  const controller = new AbortController();
  mounted.push({ model, el, controller });
  await renderModel(model, el, controller.signal);
  return model.model_id;
}

/** Render an existing model again (a second view of it, as a second notebook output). */
async function mountAgain(keyOrId, target = "#app") {
  const existing = model(keyOrId);
  const el = document.createElement("div");
  el.className = "harness-output";
  document.querySelector(target).append(el);
  const controller = new AbortController();
  mounted.push({ model: existing, el, controller });
  await renderModel(existing, el, controller.signal);
}

function model(keyOrId) {
  return byKey.get(keyOrId) ?? models.get(keyOrId);
}

/** Messages sent so far, optionally only those of one model (by key or id). */
function messages(keyOrId = null) {
  const id = keyOrId ? model(keyOrId)?.model_id : null;
  return log.filter((entry) => !id || entry.model === id);
}

function unmountAll() {
  for (const { controller, el } of mounted.splice(0)) {
    controller.abort();
    el.remove();
  }
}

window.nb = {
  mount, mountAgain, model, messages, unmountAll, log, models,
  clearLog: () => log.splice(0),
  blobUrlCount: () => blobUrls,
  handlerCount: () => [...models.values()].reduce((n, m) => n + m.handlers.length, 0),
};
window.nbReady = true;
