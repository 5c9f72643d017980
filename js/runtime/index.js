// The page runtime: the _esm of the one runtime model per kernel, so anywidget evaluates
// it once per page. Every block model's _esm (block.js) finds it through the block's
// `runtime` reference and mounts through it. See docs/frontend.md.

import { kernelViews } from "./assets.js";
import { createLibraryLoader, createViewLoader } from "./loader.js";
import { mountBlock } from "./mount.js";
import { attachValueDiffs } from "./streaming.js";

/**
 * A runtime whose views come from `fetchView(id) -> Promise<{source, css}>`. The notebook
 * asks the kernel (below); another host (the test harness, a web page) passes its own.
 * Libraries come the same way, by the id `library-<name>`. `mount({model, el, host,
 * signal})` draws one block; `loadView(id)` and `loadLibrary(name)` are exposed for hosts.
 */
export function createRuntime({ fetchView }) {
  const loadView = createViewLoader(fetchView);
  const loadLibrary = createLibraryLoader(fetchView);
  return {
    loadView,
    loadLibrary,
    mount: ({ model, el, host, signal }) => mountBlock({ model, el, host, signal, loadView, loadLibrary }),
  };
}

export default {
  // anywidget runs this once per runtime model on the page; what it returns is the
  // model's `exports`, which a block stub gets from `host.getWidget(ref)`.
  initialize({ model }) {
    return createRuntime({ fetchView: kernelViews(model) });
  },
};
