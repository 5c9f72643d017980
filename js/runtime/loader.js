// Views by id, loaded once per runtime: the host gives the source (the kernel over the
// comm, or a web server), the module is imported from a Blob URL, and every block of that
// view shares it.

/**
 * `loadView(id)` for a runtime whose sources come from `fetchView(id)`, which resolves to
 * `{source, css}` (`css`: a custom component's `_css`, usually ""). Each id is fetched and
 * evaluated once; a failed load is tried again the next time.
 */
export function createViewLoader(fetchView) {
  const views = new Map(); // id -> Promise<{definition, css}>
  return function loadView(id) {
    if (typeof id !== "string" || id === "") return Promise.reject(new Error("the model names no view (view_id)"));
    let promise = views.get(id);
    if (!promise) {
      promise = Promise.resolve(fetchView(id)).then(async ({ source, css }) => ({
        definition: viewDefinition(await importFromSource(source)),
        css: typeof css === "string" ? css : "",
      }));
      views.set(id, promise);
      promise.catch(() => views.delete(id));
    }
    return promise;
  };
}

/** Import an ES module from its source text through a Blob URL. */
export async function importFromSource(src) {
  if (typeof src !== "string" || src.trim() === "") throw new Error("the view's source is empty");
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
