// Turns a view's ES module source text into a module, once per distinct source.

const modules = new Map();

/**
 * Import the module whose source is `src` through a Blob URL. The promise is cached by
 * the source text, so twenty textboxes evaluate the textbox module once.
 */
export function loadViewModule(src) {
  if (typeof src !== "string" || src.trim() === "") {
    return Promise.reject(new Error("the model has no view_src"));
  }
  let promise = modules.get(src);
  if (!promise) {
    promise = importFromSource(src);
    modules.set(src, promise);
    promise.catch(() => modules.delete(src));
  }
  return promise;
}

async function importFromSource(src) {
  const url = URL.createObjectURL(new Blob([src], { type: "text/javascript" }));
  try {
    return await import(/* webpackIgnore: true */ /* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The view definition inside a module: its default export (or the module itself). */
export function viewDefinition(module) {
  const definition = module?.default ?? module;
  if (!definition || typeof definition.render !== "function") {
    throw new Error("the view module must export default { render(ctx) }");
  }
  return definition;
}
