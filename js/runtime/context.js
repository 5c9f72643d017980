// The object a view's render(ctx) receives. See docs/frontend.md ("The view contract").

import { h, listen, setText, setInputValue, cssSize } from "../lib/dom.js";
import { renderChildren } from "./children.js";
import { mountComponent } from "./embed.js";
import { createFiles } from "./files.js";
import { createRequests } from "./requests.js";
import { createServer } from "./server.js";
import { currentValue, isOwnEcho, isSettingLocally, remember, setLocally, stamp } from "./ordering.js";

const IDLE_STATUS = Object.freeze({ state: "idle", message: null, show_progress: "full", progress: null, queue_position: null });
const WATCHABLE = new Set(["value", "props", "status", "events", "children", "blobs"]);

export function createContext({ model, host, signal, viewName, chrome, mount, loadLibrary }) {
  let settingHere = false; // this view is setting the value: its own "value" callbacks skip it
  const files = createFiles(model, signal);
  const requests = createRequests(model, signal);
  const ctx = {
    view: viewName,
    el: chrome.viewEl,
    root: chrome.root,
    header: chrome.header,
    labelId: chrome.labelId,
    model,
    host,
    signal,

    value: () => currentValue(model),
    props: () => model.get("props") ?? {},
    status: () => ({ ...IDLE_STATUS, ...(model.get("status") ?? {}) }),
    events: () => model.get("events") ?? [],
    interactive: () => (model.get("props") ?? {}).interactive !== false,

    // The value travels inside the first event message (not as a state sync, which the
    // widget manager may hold back); the gesture's other events name that message
    // (`value_of`) instead of carrying the value again, so a listener of the first that
    // writes back to this component is not undone by the value arriving once more.
    setValue(value, { events = ["input", "change"], data = null } = {}) {
      settingHere = true;
      try {
        setLocally(model, value);
      } finally {
        settingHere = false;
      }
      const first = events.length === 0
        ? stamp(model, { type: "value", value })
        : stamp(model, { type: "event", event: events[0], data: data?.[events[0]] ?? null, value });
      const rest = events.slice(1).map((event) => stamp(model, { type: "event", event, data: data?.[event] ?? null, value_of: first.seq }));
      remember(model, first.seq, value);
      for (const message of [first, ...rest]) model.send(message);
    },

    dispatch(event, data = null) {
      model.send(stamp(model, { type: "event", event, data: data === undefined ? null : data }));
    },

    on(name, callback) {
      if (!WATCHABLE.has(name)) throw new Error(`ctx.on: unknown name "${name}" (use ${[...WATCHABLE].join(", ")})`);
      const handler = name === "value"
        ? () => {
          if (isSettingLocally(model) ? !settingHere : !isOwnEcho(model)) callback(currentValue(model));
        }
        : () => callback(model.get(name));
      model.on(`change:${name}`, handler);
      const off = () => model.off(`change:${name}`, handler);
      signal.addEventListener("abort", off, { once: true });
      return off;
    },

    listen: (target, type, listener, options = {}) => listen(target, type, listener, signal, options),

    // Messages of a view's own protocol with the kernel (a Dataframe's row windows):
    // stamped like events; `request` resolves with the answer carrying the same id.
    send: (message) => requests.send(message),
    request: (message) => requests.request(message),

    renderChildren: (container, options = {}) => renderChildren({ model, host, signal }, container, options),

    // Another component drawn inside this view, with the app's own view of that component
    // (static; its files come through this model), and libraries loaded on first use.
    mountComponent: (el, name, { value = null, props = {}, signal: own = signal } = {}) =>
      mountComponent({ parent: model, host, el, name, value, props, signal: own, mount }),
    // A library by name, loaded once per page the first time a view asks for it, as views
    // are (the Jupyter server first, else the page runtime model: library-<name>);
    // resolves to the module (docs/frontend.md).
    loadLibrary: (name) => loadLibrary(name),

    // Files (docs/protocol.md, "Files"): bytes travel as binary buffers.
    upload: (file, options) => files.upload(file, options),
    fetchFile: (path, options) => files.fetchFile(path, options),
    fileSource: (fd, options) => files.source(fd, options),
    download: (fd) => files.download(fd),

    // Server functions: `await ctx.server.name(...args)` (see server.js).
    server: createServer(model, signal),

    h,
    setText,
    setInputValue,
    cssSize,
  };
  return ctx;
}
