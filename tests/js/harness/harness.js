// A fake anywidget model and host, enough to run the built front end in a page without
// Jupyter, the way anywidget runs it: a page runtime model whose _esm is runtime.js
// (`initialize` once per model, its result the model's `exports`), and block models whose
// _esm is block.js, each rendered through `host.getWidget(runtime)`. The runtime asks its
// model for views; the fake kernel answers from nbblocks/static/views/ or from the custom
// sources a spec gives, and asks the test server for libraries. Every message a block's view sends is recorded in `nb.log`.

import block from "/nbblocks/static/block.js";

const params = new URLSearchParams(location.search);
const theme = params.get("theme") ?? "light";
if (theme !== "none") document.getElementById("theme").href = `/jupyterlab-theme/${theme}.css`;
document.body.dataset.theme = theme;

const log = [];
const models = new Map();
const byKey = new Map();
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
  chatbot: {
    height: 400, autoscroll: true, latex_delimiters: [{ left: "$$", right: "$$", display: true }], buttons: ["copy", "copy_all"],
    sanitize_html: true, render_markdown: true, feedback_options: ["Like", "Dislike"], line_breaks: true, layout: null,
    placeholder: null, examples: null, allow_file_downloads: true, group_consecutive_messages: true, allow_tags: true,
    avatar_images: [null, null], editable: null, like_user_message: false,
  },
  multimodaltextbox: {
    sources: ["upload"], file_types: null, file_count: "single", lines: 1, max_lines: 20, placeholder: null,
    submit_btn: true, stop_btn: false, autofocus: false,
  },
  image: {
    sources: ["upload", "webcam", "clipboard"], buttons: ["download", "share", "fullscreen"], format: "webp",
    type: "numpy", image_mode: "RGB", streaming: false, webcam_options: { mirror: true, constraints: null },
    placeholder: null, height: null, width: null,
  },
  file: { file_count: "single", file_types: null, type: "filepath", height: null, allow_reordering: false, buttons: ["download"] },
  uploadbutton: { variant: "secondary", size: "lg", container: false, show_label: false, label: "Upload a File", file_count: "single", file_types: null, type: "filepath" },
  downloadbutton: { variant: "secondary", size: "lg", container: false, show_label: false, label: "Download" },
  gallery: {
    columns: 2, rows: null, height: null, allow_preview: true, preview: null, selected_index: null, object_fit: null,
    buttons: ["download", "share", "fullscreen"], type: "filepath", file_types: ["image"], format: "webp",
  },
  imageeditor: {
    height: null, width: null, image_mode: "RGBA", sources: ["upload", "webcam", "clipboard"], type: "numpy",
    buttons: ["download", "share", "fullscreen"], placeholder: null, webcam_options: { mirror: true, constraints: null },
    _selectable: false, crop_size: null, transforms: ["crop", "resize"], eraser: { default_size: "auto" },
    brush: { default_size: "auto", colors: ["rgb(204, 50, 50)", "rgb(173, 204, 50)", "rgb(50, 204, 112)", "rgb(50, 112, 204)", "rgb(173, 50, 204)"],
      default_color: "rgb(204, 50, 50)", color_mode: "defaults" },
    format: "webp", layers: { allow_additional_layers: true, layers: ["Layer 1"], disabled: false }, canvas_size: [800, 800],
    fixed_canvas: false,
  },
  dataframe: {
    headers: ["1", "2", "3"], row_count: [3, "dynamic"], col_count: [3, "dynamic"], column_count: [3, "dynamic"],
    row_limits: null, column_limits: null, datatype: "str", type: "pandas", max_height: 500, wrap: false,
    line_breaks: true, column_widths: [], buttons: null, show_row_numbers: false, max_chars: null,
    show_search: "none", pinned_columns: null, static_columns: [],
    latex_delimiters: [{ left: "$$", right: "$$", display: true }],
  },
  blocks: { title: "Gradio", css: null, fill_height: false, fill_width: false, footer: null },
  audio: {
    sources: ["upload", "microphone"], type: "numpy", streaming: false, format: null, autoplay: false, editable: true,
    buttons: ["download", "share"], loop: false, recording: false, subtitles: null, playback_position: 0,
    waveform_options: { waveform_color: null, waveform_progress_color: null, trim_region_color: null, show_recording_waveform: true, skip_length: 5, sample_rate: 44100 },
  },
  video: {
    format: null, sources: ["upload", "webcam"], height: null, width: null, webcam_options: { mirror: true, constraints: null },
    include_audio: true, autoplay: false, buttons: ["download"], loop: false, streaming: false, subtitles: null, playback_position: 0,
  },
  model3d: { display_mode: null, clear_color: [0, 0, 0, 0], camera_position: [null, null, null], zoom_speed: 1, pan_speed: 1, height: null, buttons: [] },
  code: { language: null, lines: 5, max_lines: null, wrap_lines: false, show_line_numbers: true, autocomplete: false, buttons: ["copy", "download"] },
  colorpicker: {},
  datetime: { include_time: true, type: "timestamp", timezone: null, buttons: [] },
  highlightedtext: {
    color_map: null, show_legend: false, show_inline_category: true, combine_adjacent: false, adjacent_separator: "",
    show_whitespaces: true, rtl: false, buttons: [],
  },
  annotatedimage: { format: "webp", show_legend: true, height: null, width: null, color_map: null, buttons: ["fullscreen"] },
};
const IDLE = { state: "idle", message: null, show_progress: "full", progress: null, queue_position: null, eta: null };

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

// Binary values in specs: {"b64": "..."} becomes a DataView, as a widget manager gives buffers.
function withBuffers(value) {
  if (Array.isArray(value)) return value.map(withBuffers);
  if (value && typeof value === "object") {
    if (typeof value.b64 === "string" && Object.keys(value).length === 1) {
      const bytes = Uint8Array.from(atob(value.b64), (c) => c.charCodeAt(0));
      return new DataView(bytes.buffer);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withBuffers(v)]));
  }
  return value;
}

// A stand-in for the kernel's file transfer (docs/protocol.md, "Files"): uploads are kept
// here by handle and answered like the kernel answers; file requests are served from here.
const fakeFiles = new Map(); // handle -> {bytes, name, mime}
const fakeUploads = new Map(); // id -> {parts, name, mime, size}
const fileSettings = { maxFileSize: null, refuse: null };
const fileRequests = []; // every file_request the views sent: {path, offset, length}

function hex32() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

function fakeKernelFiles(model, content, buffers) {
  const reply = (message, bufs = []) => setTimeout(() => model.emit("msg:custom", { ...message, id: content.id, page: content.page }, bufs), 0);
  if (content.type === "upload") {
    if (content.index === 0) {
      if (fileSettings.refuse) return reply({ type: "upload_error", message: fileSettings.refuse });
      if (fileSettings.maxFileSize !== null && content.size > fileSettings.maxFileSize) {
        return reply({ type: "upload_error", message: `${content.name} is larger than max_file_size; nothing was stored` });
      }
      fakeUploads.set(content.id, { parts: [], name: content.name, mime: content.mime, size: content.size });
    }
    const up = fakeUploads.get(content.id);
    if (!up) return reply({ type: "upload_error", message: "unknown upload" });
    up.parts.push(new Uint8Array(buffers[0].buffer ?? buffers[0]).slice());
    const received = up.parts.reduce((n, p) => n + p.length, 0);
    if (!content.final) return reply({ type: "upload_progress", received });
    fakeUploads.delete(content.id);
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const part of up.parts) {
      bytes.set(part, at);
      at += part.length;
    }
    const handle = `${hex32()}/${up.name}`;
    fakeFiles.set(handle, { bytes, name: up.name, mime: up.mime });
    return reply({ type: "upload_done", file: { path: handle, url: null, size: received, orig_name: up.name, mime_type: up.mime, is_stream: false, meta: { _type: "gradio.FileData" } } });
  }
  if (content.type === "file_request") {
    const file = fakeFiles.get(content.path);
    if (!file) return reply({ type: "file_error", message: `the file ${content.path} was not issued by this app and is refused` });
    fileRequests.push({ path: content.path, offset: content.offset ?? null, length: content.length ?? null });
    const size = file.bytes.length;
    const start = Math.min(size, Math.max(0, content.offset ?? 0));
    const end = Number.isInteger(content.length) ? Math.min(size, start + content.length) : size;
    const bytes = file.bytes.slice(start, end);
    return reply({ type: "file_data", name: file.name, mime: file.mime, size, index: 0, offset: start, final: true }, [new DataView(bytes.buffer)]);
  }
  return null;
}

// A stand-in for the kernel's asset answers (docs/protocol.md, "Assets"): a component's
// view id (the runtime then loads the view as for any block).
const COMPONENT_VIEWS = { files: "file", clearbutton: "button" };
const KNOWN_VIEWS = new Set(["image", "file", "gallery", "json", "html", "markdown", "label", "textbox", "number",
  "button", "dataset", "chatbot", "multimodaltextbox", "imageeditor", "checkbox", "slider", "dropdown", "radio"]);
const assetSettings = { refuse: new Set(), requests: [] };

async function fakeKernelAsset(model, content) {
  assetSettings.requests.push({ kind: content.kind, name: content.name });
  const reply = { type: "asset", id: content.id, page: content.page, kind: content.kind, name: content.name };
  const name = String(content.name).toLowerCase();
  const view = COMPONENT_VIEWS[name] ?? name;
  if (!assetSettings.refuse.has(name) && KNOWN_VIEWS.has(view)) Object.assign(reply, { view, view_id: view });
  else reply.error = `no component is called ${JSON.stringify(content.name)}`;
  model.emit("msg:custom", reply, []);
}
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
  send(content, callbacks, buffers) {
    const entry = { model: this.model_id, view: this.state.view, kind: "custom", content: clone(content) };
    if (buffers && buffers.length) entry.buffers = buffers.map((b) => b.byteLength);
    log.push(entry);
    if (content && (content.type === "upload" || content.type === "file_request")) fakeKernelFiles(this, content, buffers ?? []);
    if (content && content.type === "asset_request") fakeKernelAsset(this, content);
    if (content && content.type === "value_resync") this.resyncs = (this.resyncs ?? 0) + 1;
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
    for (const [key, value] of Object.entries(withBuffers(state))) {
      const old = this.state[key];
      this.state[key] = value;
      if (!same(old, value)) changed.push([key, value]);
    }
    for (const [key, value] of changed) this.emit(`change:${key}`, this, value);
  }
  kernelSend(message) {
    this.emit("msg:custom", message, []);
  }
  // A function's new value as the kernel sends it when the page holds most of it:
  // only the edits (value_diff), against the version the page holds.
  kernelDiff(edits, { base = null, version = null } = {}) {
    const held = this.state.value_origin?.version ?? 0;
    const from = base ?? held;
    this.emit("msg:custom", { type: "value_diff", base: from, version: version ?? from + 1, edits }, []);
  }
}

// -- the page runtime models (one per kernel; a second one stands for another kernel) ----

const runtimes = new Map(); // name -> {model, exports}
const customViews = new Map(); // view id -> {source, css}
const viewRequests = []; // every view id a runtime asked for, in order
const heldViews = new Map(); // view id -> answers kept back (a kernel that does not answer yet)
const refusedViews = new Set(); // view ids the kernel answers with view_error
let nextCustom = 1;

/** Register a custom component's view (its _esm and _css) as the kernel does; returns its id. */
function registerView(source, css = "") {
  for (const [id, entry] of customViews) if (entry.source === source && entry.css === css) return id;
  const id = `custom-${nextCustom++}`;
  customViews.set(id, { source, css });
  return id;
}

// What the kernel's runtime model does with a view request (docs/protocol.md).
async function answerViewRequest(model, content) {
  viewRequests.push(content.id);
  if (heldViews.has(content.id)) {
    heldViews.get(content.id).push(() => answerViewRequest(model, content));
    return undefined;
  }
  const reply = (message, buffers = []) => setTimeout(() => model.emit("msg:custom", message, buffers), 0);
  if (refusedViews.has(content.id)) return reply({ type: "view_error", id: content.id, message: `refused: ${content.id}` });
  const custom = customViews.get(content.id);
  if (custom) return reply({ type: "view", id: content.id, css: custom.css }, [new DataView(new TextEncoder().encode(custom.source).buffer)]);
  // Libraries come from the test server, which answers as the kernel does (library_source).
  const url = content.id.startsWith("library-") ? `/library/${content.id.slice("library-".length)}.js` : `/nbblocks/static/views/${content.id}.js`;
  const response = await fetch(url);
  if (!response.ok) return reply({ type: "view_error", id: content.id, message: `nbblocks has no view '${content.id}'` });
  return reply({ type: "view", id: content.id, css: "" }, [new DataView(await response.arrayBuffer())]);
}

/** The runtime model `name` (made on first use): runtime.js evaluated for it, as anywidget does. */
async function runtimeModel(name = "runtime") {
  if (!runtimes.has(name)) {
    runtimes.set(name, (async () => {
      // Another URL is another module instance: a second kernel's copy of the runtime.
      const module = await import(name === "runtime" ? "/nbblocks/static/runtime.js" : `/nbblocks/static/runtime.js?${name}`);
      const model = new FakeModel(name, { _esm: "runtime.js" });
      model.send = (content) => {
        if (content && content.type === "view_request") answerViewRequest(model, content);
      };
      return { model, exports: await module.default.initialize({ model }) };
    })());
  }
  return runtimes.get(name);
}

const host = {
  async getWidget(ref) {
    const id = String(ref).replace(/^anywidget:/, "");
    if (runtimes.has(id)) return { exports: (await runtimes.get(id)).exports, render: async () => {} };
    const model = models.get(id);
    if (!model) throw new Error(`No binding found for widget ${id}`);
    return { exports: undefined, render: ({ el, signal }) => renderModel(model, el, signal) };
  },
};

// What anywidget does for a block model's view: its _esm (block.js) renders it.
async function renderModel(model, el, signal) {
  const cleanup = await block.render({ model, el, host, signal });
  if (typeof cleanup === "function") signal?.addEventListener("abort", () => cleanup(), { once: true });
}

/** spec: { view, value, props, status, events, children: [spec], key, app, view_src, view_css, runtime } */
async function createModel(spec) {
  const id = `m${nextId++}`;
  const children = [];
  for (const child of spec.children ?? []) children.push(`anywidget:${(await createModel({ runtime: spec.runtime, ...child })).model_id}`);
  const view = spec.view;
  const runtime = spec.runtime ?? "runtime";
  await runtimeModel(runtime);
  const model = new FakeModel(id, {
    view,
    runtime: `anywidget:${runtime}`,
    app: spec.app ?? "app",
    view_id: spec.view_src !== undefined ? registerView(spec.view_src, spec.view_css ?? "") : view,
    value: spec.value ?? null,
    blobs: withBuffers(spec.blobs ?? {}),
    value_origin: spec.value_origin ?? {},
    props: { ...SHARED, ...(VIEW_DEFAULTS[view] ?? {}), name: view, ...(spec.props ?? {}) },
    status: { ...IDLE, ...(spec.status ?? {}) },
    events: spec.events ?? [],
    children,
  });
  models.set(id, model);
  if (spec.key) byKey.set(spec.key, model);
  const cleanup = block.initialize?.({ model }); // once per model, as anywidget does
  if (typeof cleanup === "function") modelCleanups.push(cleanup);
  return model;
}

const mounted = [];
const modelCleanups = [];

/** The models close (the kernel closed their comms): what `initialize` set up goes too. */
function closeModels() {
  for (const cleanup of modelCleanups.splice(0)) cleanup();
}

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

/** Put a file into the fake kernel (as if the app issued it); returns its FileData. */
function addFile(name, b64, mime = null) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const handle = `${hex32()}/${name}`;
  fakeFiles.set(handle, { bytes, name, mime });
  return { path: handle, url: null, size: bytes.length, orig_name: name, mime_type: mime, is_stream: false, meta: { _type: "gradio.FileData" } };
}

/** The bytes the fake kernel holds for a handle, as base64. */
function fileB64(handle) {
  const file = fakeFiles.get(handle);
  if (!file) return null;
  let text = "";
  for (const b of file.bytes) text += String.fromCharCode(b);
  return btoa(text);
}

window.nb = {
  mount, mountAgain, model, messages, unmountAll, closeModels, log, models, addFile, fileB64, fileSettings, assetSettings, registerView, fileRequests,
  viewRequests: () => [...viewRequests], refusedViews,
  holdView: (id) => heldViews.set(id, []),
  releaseView: (id) => {
    const waiting = heldViews.get(id) ?? [];
    heldViews.delete(id);
    for (const answer of waiting) answer();
  },
  clearLog: () => log.splice(0),
  blobUrlCount: () => blobUrls,
  handlerCount: () => [...models.values()].reduce((n, m) => n + m.handlers.length, 0),
};
window.nbReady = true;
