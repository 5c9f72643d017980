// The _esm of the page runtime model (one per kernel): a small loader that brings in the
// runtime (runtime.js) and gives the page its API. In JupyterLab and Notebook 7 with
// nbblocks' server extension, the runtime, the built-in views and the libraries come from
// the Jupyter server as static files, cached by the browser (their URL names the build by
// its content hash); elsewhere, or when the server has another build or none, they come
// from the kernel over the comm, as they always could. See docs/frontend.md.

import { kernelViews } from "./assets.js";
import { importFromSource } from "./loader.js";
import { mark } from "./trace.js";

// As in mount.js: what a block says when its front end does not arrive (no kernel answers
// and no server has it, as in a notebook reopened without a kernel elsewhere).
const WAITING_NOTICE_MS = 3000;
const BUILD_ID = /^[0-9a-f]{16,64}$/;
const VIEW_NAME = /^[a-z0-9_]+$/;
const LIBRARY_ID = /^library-([a-z][a-z0-9-]*)$/;

/** The Jupyter server's base URL (absolute, ends with "/"), from the page config that
 * JupyterLab and Notebook 7 put in the page; null on another host (VS Code, Colab...). */
export function serverBase(doc = globalThis.document) {
  try {
    const config = doc?.getElementById?.("jupyter-config-data");
    const base = config ? JSON.parse(config.textContent || "{}").baseUrl : undefined;
    if (typeof base !== "string" || base === "") return null;
    return new URL(base.endsWith("/") ? base : `${base}/`, doc.baseURI).href;
  } catch {
    return null;
  }
}

/** The file under nbblocks/static that holds view or library `id`, or null (a custom
 * component's view, which only its kernel has). */
export function staticFile(id) {
  if (id === "runtime") return "runtime.js";
  const library = LIBRARY_ID.exec(id);
  if (library) return `libs/${library[1]}.js`;
  return VIEW_NAME.test(id) ? `views/${id}.js` : null;
}

/** `load(file) -> Promise<module>` from the Jupyter server for the build the kernel names
 * (its `static_id`), or null when there is no server to ask. The module is imported from
 * its URL (not fetched as text and imported from a Blob URL): the browser fetches and
 * compiles it off the page's busy main thread and keeps the compiled code with the cached
 * file, so a second notebook (or a reload) does not compile it again. */
export function serverFiles(build, doc = globalThis.document) {
  const base = serverBase(doc);
  if (!base || typeof build !== "string" || !BUILD_ID.test(build) || typeof fetch !== "function") return null;
  const root = `${base}nbblocks/static/${build}/`;
  return {
    root,
    failed: false,
    load(file) {
      return import(/* webpackIgnore: true */ /* @vite-ignore */ root + file);
    },
  };
}

/**
 * `fetchView(id)` that asks the server first and the kernel (`fromKernel`) when the server
 * does not have the file. Once the server fails for the runtime itself (another build, no
 * extension), every later id goes straight to the kernel.
 */
export function serverFirst(server, fromKernel, onServer = () => {}) {
  return async (id) => {
    const file = staticFile(id);
    if (server && !server.failed && file) {
      try {
        const module = await server.load(file);
        onServer(id);
        return { module, css: "" };
      } catch {
        // not on this server: the kernel has every file it names
      }
    }
    return fromKernel(id);
  };
}

async function loadRuntime(model) {
  const fromKernel = kernelViews(model);
  const server = serverFiles(model.get("static_id"));
  const origin = { runtime: "kernel", server: server?.root ?? null, fromServer: new Set() };
  let module = null;
  if (server) {
    try {
      mark("runtime fetch");
      module = await server.load("runtime.js");
      mark("runtime imported");
      origin.runtime = "server";
    } catch (error) {
      server.failed = true;
      console.info("nbblocks: the Jupyter server does not serve this kernel's front end; it comes from the kernel.", error);
    }
  }
  if (!module) module = await importFromSource((await fromKernel("runtime")).source, "the nbblocks runtime");
  const fetchView = serverFirst(server, fromKernel, (id) => origin.fromServer.add(id));
  return { runtime: module.createRuntime({ fetchView }), origin };
}

function waitingNotice(el, text) {
  const doc = el.ownerDocument ?? document;
  const notice = doc.createElement("div");
  notice.className = "nbb-view-waiting";
  notice.dataset.nbblocksPart = "view-waiting";
  notice.textContent = text;
  return notice;
}

export default {
  // anywidget runs this once per runtime model on the page; what it returns is the
  // model's `exports`, which a block stub gets from `host.getWidget(ref)`. It returns at
  // once (anywidget gives a model 2 seconds to initialise); blocks wait for the runtime.
  initialize({ model }) {
    mark("boot initialize");
    const loading = loadRuntime(model);
    loading.catch((error) => console.error("nbblocks: the front end could not be loaded", error));
    const runtime = () => loading.then((loaded) => loaded.runtime);
    // The views the kernel's apps show, named before their block models are made: load
    // them beside the runtime, while the kernel is still making the models.
    const prefetch = () => {
      const ids = model.get("views");
      if (!Array.isArray(ids) || ids.length === 0) return;
      runtime().then((loaded) => ids.forEach((id) => loaded.loadView(id).catch(() => {})), () => {});
    };
    model.on("change:views", prefetch);
    prefetch();
    return {
      // Where the runtime came from ("server" or "kernel") and which views the server
      // gave, for tests and for people finding out why a page is slow.
      origin: () => loading.then((loaded) => ({ ...loaded.origin, fromServer: [...loaded.origin.fromServer] })),
      loadView: async (id) => (await runtime()).loadView(id),
      loadLibrary: async (name) => (await runtime()).loadLibrary(name),
      async mount(args) {
        const { el, signal } = args;
        let notice = null;
        const timer = setTimeout(() => {
          if (!signal?.aborted && !el.firstChild) {
            notice = waitingNotice(el, "Waiting for the kernel to send the nbblocks front end...");
            el.append(notice);
          }
        }, WAITING_NOTICE_MS);
        let loaded;
        try {
          loaded = await runtime();
        } catch (error) {
          el.replaceChildren(waitingNotice(el, `nbblocks could not load its front end: ${error?.message ?? error}`));
          throw error;
        } finally {
          clearTimeout(timer);
          notice?.remove();
        }
        if (signal?.aborted) return undefined;
        return loaded.mount(args);
      },
    };
  },
};
