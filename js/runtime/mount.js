// Mounts one block: loads its view (once per page, through the runtime's loader), puts
// the view's stylesheets into the document, draws the chrome, runs the view, and starts
// over when the model names another view.

import { h } from "../lib/dom.js";
import { ensureSharedStyle, ensureStylesheets, ensureViewCss } from "./styles.js";
import { chromeOptions, createChrome, renderViewError } from "./chrome.js";
import { createStatus } from "./status.js";
import { attachToasts } from "./toasts.js";
import { attachJsCalls } from "./jscall.js";
import { createContext } from "./context.js";
import { attachValueDiffs } from "./streaming.js";
import { mark } from "./trace.js";

// A view normally arrives in milliseconds; when it does not (no kernel answers, as in a
// notebook reopened without one), say what the block is waiting for.
const WAITING_NOTICE_MS = 3000;

export async function mountBlock({ model, el, host, signal, loadView, loadLibrary }) {
  let current = null;

  async function start() {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const viewSignal = controller.signal;
    const doc = el.ownerDocument ?? document;
    ensureSharedStyle(doc);
    const viewName = String(model.get("view") || "custom");
    // The app names every view it shows: load them all now, beside its own, rather than
    // one tree level after another as the blocks mount.
    const prefetch = model.get("views");
    if (Array.isArray(prefetch)) for (const id of prefetch) loadView(id).catch(() => {});
    const who = `${viewName} ${model.model_id ?? ""}`;
    mark(`mount start ${who}`);

    let loaded = null;
    let loadError = null;
    const notice = setTimeout(() => {
      if (!viewSignal.aborted && !el.firstChild) {
        el.append(h("div", { class: "nbb-view-waiting", dataset: { nbblocksPart: "view-waiting" } },
          `Waiting for the kernel to send the "${viewName}" view...`));
      }
    }, WAITING_NOTICE_MS);
    try {
      loaded = await loadView(model.get("view_id"));
    } catch (error) {
      loadError = error;
    } finally {
      clearTimeout(notice);
    }
    mark(`mount view loaded ${who}`);
    if (viewSignal.aborted) return;
    const definition = loaded?.definition ?? null;
    if (definition) ensureStylesheets(doc, definition.styles);
    const cssScope = ensureViewCss(doc, loaded?.css);

    const chrome = createChrome({ root: el, model, viewName, options: chromeOptions(definition), signal: viewSignal });
    if (cssScope) el.dataset.nbblocksCss = cssScope; // where the view's scoped CSS applies
    viewSignal.addEventListener("abort", () => chrome.destroy(), { once: true });
    createStatus({ root: el, model, signal: viewSignal, progress: chromeOptions(definition).progress });
    if (viewName === "blocks") {
      attachToasts({ root: el, model, signal: viewSignal });
      attachJsCalls({ model, signal: viewSignal });
    }
    if (loadError) {
      console.error(`nbblocks: could not load view "${viewName}"`, loadError);
      renderViewError(chrome.viewEl, viewName, loadError);
      return;
    }

    // Components drawn inside this view load their views and libraries through the same runtime.
    const mount = (args) => mountBlock({ ...args, loadView, loadLibrary });
    const ctx = createContext({ model, host, signal: viewSignal, viewName, chrome, mount, loadLibrary });
    mark(`render start ${who}`);
    try {
      const cleanup = await definition.render(ctx);
      mark(`render end ${who}`);
      if (typeof cleanup === "function") {
        if (viewSignal.aborted) cleanup();
        else viewSignal.addEventListener("abort", () => cleanup(), { once: true });
      }
    } catch (error) {
      console.error(`nbblocks: view "${viewName}" failed to render`, error);
      if (!viewSignal.aborted) renderViewError(chrome.viewEl, viewName, error);
    }
  }

  const restart = () => {
    start();
  };
  model.on("change:view_id", restart);
  const detachDiffs = attachValueDiffs(model);
  const destroy = () => {
    model.off("change:view_id", restart);
    detachDiffs();
    current?.abort();
    current = null;
  };
  if (signal) {
    if (signal.aborted) return destroy;
    signal.addEventListener("abort", destroy, { once: true });
  }
  await start();
  return destroy;
}
