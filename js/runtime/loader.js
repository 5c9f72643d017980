// Views by id, loaded once per runtime: the host gives the source (the kernel over the
// comm, or a web server), the module is imported from a Blob URL, and every block of that
// view shares it.

import { mark } from "./trace.js";

/**
 * `loadView(id)` for a runtime whose sources come from `fetchView(id)`, which resolves to
 * `{source, css}` (`css`: a custom component's `_css`, usually ""), or `{module, css}` when
 * the host imported the module itself (from the Jupyter server's URL). Each id is fetched
 * and evaluated once; a failed load is tried again the next time.
 */
export function createViewLoader(fetchView) {
  const views = new Map(); // id -> Promise<{definition, css}>
  return function loadView(id) {
    if (typeof id !== "string" || id === "") return Promise.reject(new Error("the model names no view (view_id)"));
    let promise = views.get(id);
    if (!promise) {
      mark(`view fetch ${id}`);
      promise = Promise.resolve(fetchView(id)).then(async ({ source, module, css }) => {
        mark(`view fetched ${id}`);
        const definition = viewDefinition(module ?? await importFromSource(source));
        mark(`view imported ${id}`);
        return { definition, css: typeof css === "string" ? css : "" };
      });
      views.set(id, promise);
      promise.catch(() => views.delete(id));
    }
    return promise;
  };
}

const LIBRARY_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * `loadLibrary(name)` for a runtime whose sources come from `fetchView(id)`: a library is
 * fetched by the id `library-<name>` (the kernel's page runtime model answers it like a
 * view), imported once per runtime, and resolves to the module. A view loads it the first
 * time it draws something that needs it, so a page that never shows such a thing never
 * receives it. A failed load is tried again the next time.
 */
export function createLibraryLoader(fetchView) {
  const libraries = new Map(); // name -> Promise<module>
  return function loadLibrary(name) {
    if (typeof name !== "string" || !LIBRARY_NAME.test(name)) return Promise.reject(new Error(`not a library name: ${name}`));
    let promise = libraries.get(name);
    if (!promise) {
      promise = Promise.resolve(fetchView(`library-${name}`))
        .then(({ source, module }) => module ?? importFromSource(source, `library ${name}`));
      libraries.set(name, promise);
      promise.catch(() => libraries.delete(name));
    }
    return promise;
  };
}

/** Import an ES module from its source text through a Blob URL. */
export async function importFromSource(src, what = "the view") {
  if (typeof src !== "string" || src.trim() === "") throw new Error(`the source of ${what} is empty`);
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
