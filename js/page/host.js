// The web page's host: it plays the widget manager's part for the very runtime and views
// the notebook loads. The server draws each browser tab with the notebook's own widget
// models and sends their Jupyter comm messages (comm_open, comm_msg: update,
// echo_update, custom; comm_close) over an SSE stream (or long polling where a proxy
// holds the stream back); the tab POSTs its comm messages back in order. Models here have the anywidget model interface the runtime uses
// (get/set/on/off/send/save_changes, custom messages with binary buffers). Every URL is
// relative to the page (`base`), so the page works under any prefix. See docs/serving.md.

const RECONNECT_MS = [250, 500, 1000, 2000, 4000, 8000];
// How long the stream's first message may take before the page polls instead.
const STREAM_FALLBACK_MS = 5000;

export async function start({ base, el }) {
  const [runtimeModule, blockModule] = await Promise.all([
    import(`${base}page/static/runtime.js`),
    import(`${base}page/static/block.js`),
  ]);
  const block = blockModule.default;
  const runtime = runtimeModule.createRuntime({ fetchView: (id) => fetchView(base, id) });
  const models = new Map(); // comm id -> PageModel
  const transport = createTransport(base);
  let runtimeRef = null;
  let drawn = false;

  const host = {
    async getWidget(ref) {
      const id = String(ref).replace(/^anywidget:/, "");
      if (ref === runtimeRef) return { exports: runtime, render: async () => {} };
      const model = models.get(id);
      if (!model) throw new Error(`No binding found for widget ${id}`);
      return { exports: undefined, render: ({ el: target, signal }) => renderModel(model, target, signal) };
    },
  };

  async function renderModel(model, target, signal) {
    const cleanup = await block.render({ model, el: target, host, signal });
    if (typeof cleanup === "function") signal?.addEventListener("abort", () => cleanup(), { once: true });
  }

  transport.onMessage((message) => {
    switch (message.type) {
      case "hello":
        runtimeRef = message.runtime;
        break;
      case "comm_open": {
        const model = new PageModel(message.comm_id, withBuffers(message.data.state ?? {}, message.data.buffer_paths, message.buffers), transport);
        models.set(message.comm_id, model);
        block.initialize?.({ model });
        break;
      }
      case "comm_msg": {
        const model = models.get(message.comm_id);
        const data = message.data ?? {};
        if (!model) break;
        if (data.method === "update" || data.method === "echo_update") {
          model.kernelSet(withBuffers(data.state ?? {}, data.buffer_paths, message.buffers));
        } else if (data.method === "custom") {
          model.emit("msg:custom", data.content, (message.buffers ?? []).map(toDataView));
        }
        break;
      }
      case "comm_close": {
        const model = models.get(message.comm_id);
        models.delete(message.comm_id);
        model?.emit("destroy");
        break;
      }
      case "ready":
        if (!drawn) {
          drawn = true;
          draw(message.root);
        }
        break;
      case "closed":
        transport.stop();
        notice(el, message.reason ? `The app could not open this page: ${message.reason}.` : "This page's session has ended. Reload the page to start again.");
        break;
      default:
        break;
    }
  });
  transport.onLost(() => notice(el, "The connection to the app was lost. Reload the page to start again."));

  async function draw(rootId) {
    const root = document.createElement("div");
    root.dataset.nbblocksPage = "app";
    el.replaceChildren(root);
    const controller = new AbortController();
    await renderModel(models.get(rootId), root, controller.signal);
    el.dataset.nbblocksReady = "true";
    runAppJs();
  }

  transport.connect();
}

// The app's `js` (Blocks(js=...)): a function run once the page shows the app.
function runAppJs() {
  const holder = document.getElementById("nbb-page-js");
  const code = holder ? JSON.parse(holder.textContent || '""') : "";
  if (!code) return;
  try {
    const value = new Function(`return (${code});`)();
    if (typeof value === "function") value();
  } catch (error) {
    console.error("nbblocks: the app's js failed", error);
  }
}

function notice(el, text) {
  let box = el.querySelector("[data-nbblocks-page='notice']");
  if (!box) {
    box = document.createElement("div");
    box.className = "nbb-page-notice";
    box.dataset.nbblocksPage = "notice";
    box.setAttribute("role", "alert");
    el.prepend(box);
  }
  box.textContent = text;
}

async function fetchView(base, id) {
  const response = await fetch(`${base}page/view/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `the server has no view "${id}"`);
  return { source: body.source, css: body.css ?? "" };
}

// -- models -------------------------------------------------------------------------------

const same = (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b);

class PageModel {
  constructor(id, state, transport) {
    this.model_id = id;
    this.state = state;
    this.transport = transport;
    this.handlers = [];
    this.dirty = null;
    this.widget_manager = null;
  }
  get(key) {
    return this.state[key];
  }
  set(key, value) {
    const old = this.state[key];
    this.state[key] = value;
    if (!key.startsWith("_")) this.dirty = { ...(this.dirty ?? {}), [key]: value };
    if (!same(old, value)) this.emit(`change:${key}`, this, value);
  }
  save_changes() {
    if (!this.dirty) return;
    const state = this.dirty;
    this.dirty = null;
    this.transport.send({ type: "comm_msg", comm_id: this.model_id, data: { method: "update", state, buffer_paths: [] } });
  }
  send(content, _callbacks, buffers) {
    this.transport.send({ type: "comm_msg", comm_id: this.model_id, data: { method: "custom", content }, buffers: (buffers ?? []).map(toBase64) });
  }
  on(names, callback, context) {
    for (const name of String(names).split(/\s+/)) this.handlers.push({ name, callback, context });
  }
  off(name, callback, context) {
    this.handlers = this.handlers.filter((h) => !((name == null || h.name === name)
      && (callback == null || h.callback === callback) && (context == null || h.context === context)));
  }
  emit(name, ...args) {
    for (const h of [...this.handlers]) if (h.name === name) h.callback.apply(h.context, args);
  }
  // An update from the server: every attribute is set first, then the change events fire
  // (as Backbone's model.set(state) does in the notebook).
  kernelSet(state) {
    const changed = [];
    for (const [key, value] of Object.entries(state)) {
      const old = this.state[key];
      this.state[key] = value;
      if (!same(old, value)) changed.push([key, value]);
    }
    for (const [key, value] of changed) this.emit(`change:${key}`, this, value);
    if (changed.length) this.emit("change", this);
  }
}

// -- binary buffers (base64 beside the JSON) ------------------------------------------------

function toDataView(text) {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return new DataView(bytes.buffer);
}

function toBase64(buffer) {
  const bytes = buffer instanceof ArrayBuffer ? new Uint8Array(buffer)
    : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

// ipywidgets' _put_buffers: each buffer goes back where its path says.
function withBuffers(state, paths, buffers) {
  (paths ?? []).forEach((path, i) => {
    let target = state;
    for (const key of path.slice(0, -1)) target = target[key];
    target[path[path.length - 1]] = toDataView(buffers[i]);
  });
  return state;
}

// -- the connection: an SSE stream (or long polls) down, ordered POSTs up ----------------------

function createTransport(base) {
  let session = null;
  let source = null;
  let stopped = false;
  let failures = 0;
  let polling = false; // long polling instead of the stream (a proxy holds the stream back)
  let heard = false;
  const listeners = [];
  const lostListeners = [];
  const queue = [];
  let sending = false;

  const sessionQuery = () => (session ? `?session=${encodeURIComponent(session)}` : "");

  function deliver(message) {
    heard = true;
    failures = 0;
    if (message.type === "hello") session = message.session;
    for (const listener of listeners) listener(message);
  }

  function retry(again) {
    if (stopped) return;
    if (!session || failures >= RECONNECT_MS.length) {
      stopped = true;
      for (const listener of lostListeners) listener();
      return;
    }
    setTimeout(again, RECONNECT_MS[failures]);
    failures += 1;
  }

  function connect() {
    if (stopped) return;
    if (polling) return poll();
    source = new EventSource(`${base}page/events${sessionQuery()}`);
    source.onopen = () => {
      heard = true; // the stream's headers came through: this proxy streams
    };
    source.onmessage = (event) => deliver(JSON.parse(event.data));
    source.onerror = () => {
      // Never let EventSource retry by itself: the first URL would start a new session.
      source.close();
      retry(connect);
    };
    if (!heard) {
      // A proxy that forwards a response only once it ends (older jupyter-server-proxy)
      // never lets the stream through, not even its headers: fall back to long polling, in
      // a session of its own (the held-back stream's messages never arrive).
      setTimeout(() => {
        if (heard || stopped || polling) return;
        source.close();
        polling = true;
        session = null;
        poll();
      }, STREAM_FALLBACK_MS);
    }
  }

  async function poll() {
    while (!stopped) {
      let body;
      try {
        const response = await fetch(`${base}page/poll${sessionQuery()}`, { headers: { Accept: "application/json" } });
        if (!response.ok) throw new Error(`the app answered ${response.status}`);
        body = await response.json();
      } catch (error) {
        console.error("nbblocks: could not reach the app", error);
        retry(poll);
        return;
      }
      for (const message of body.messages) {
        deliver(message);
        if (message.type === "closed") return;
      }
    }
  }

  async function flush() {
    if (sending || !queue.length || !session) return;
    sending = true;
    const batch = queue.splice(0, queue.length);
    try {
      const response = await fetch(`${base}page/send?session=${encodeURIComponent(session)}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ messages: batch }),
      });
      if (!response.ok) console.error("nbblocks: the app refused a message", response.status, await response.text());
    } catch (error) {
      console.error("nbblocks: could not reach the app", error);
    } finally {
      sending = false;
      flush();
    }
  }

  addEventListener("pagehide", () => {
    if (session) navigator.sendBeacon(`${base}page/bye?session=${encodeURIComponent(session)}`);
  });

  return {
    connect,
    stop() {
      stopped = true;
      source?.close();
    },
    send(message) {
      queue.push(message);
      flush();
    },
    onMessage(listener) {
      listeners.push(listener);
    },
    onLost(listener) {
      lostListeners.push(listener);
    },
  };
}
