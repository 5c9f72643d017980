// Mounts one block: loads its view module, draws the chrome, runs the view, and
// starts over when the view source or CSS changes.

import { ensureSharedStyle, ensureViewCss } from "./styles.js";
import { loadViewModule, viewDefinition } from "./loader.js";
import { chromeOptions, createChrome, renderViewError } from "./chrome.js";
import { createStatus } from "./status.js";
import { attachToasts } from "./toasts.js";
import { attachJsCalls } from "./jscall.js";
import { createContext } from "./context.js";

export async function mountBlock({ model, el, host, signal }) {
  let current = null;

  async function start() {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const viewSignal = controller.signal;
    const doc = el.ownerDocument ?? document;
    ensureSharedStyle(doc);
    const cssScope = ensureViewCss(doc, model.get("view_css"));
    const viewName = String(model.get("view") || "custom");

    let definition = null;
    let loadError = null;
    try {
      definition = viewDefinition(await loadViewModule(model.get("view_src")));
    } catch (error) {
      loadError = error;
    }
    if (viewSignal.aborted) return;

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

    const ctx = createContext({ model, host, signal: viewSignal, viewName, chrome, mount: mountBlock });
    try {
      const cleanup = await definition.render(ctx);
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
  model.on("change:view_src", restart);
  model.on("change:view_css", restart);
  const destroy = () => {
    model.off("change:view_src", restart);
    model.off("change:view_css", restart);
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
