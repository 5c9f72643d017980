// Renders a layout's children (`model.get("children")`, "anywidget:<id>" refs) into a
// container with anywidget composition, keeping already rendered children when the
// list changes (so a child keeps its focus and state).

import { h } from "../lib/dom.js";

/**
 * Render the children of `model` into `container` and follow `change:children`.
 * Each child gets its own wrapper element (`[data-nbblocks-child]`), which becomes the
 * child's block root. `onUpdate(wrappers)` runs after every (re)render.
 * Resolves when the first render is done.
 */
export function renderChildren({ model, host, signal }, container, { onUpdate = null } = {}) {
  const rendered = new Map(); // key -> { wrapper, controller }
  let generation = 0;

  async function renderOne(ref, wrapper, childSignal) {
    try {
      const child = await host.getWidget(ref);
      if (childSignal.aborted) return;
      await child.render({ el: wrapper, signal: childSignal });
    } catch (error) {
      if (childSignal.aborted) return;
      console.error(`nbblocks: could not render child ${ref}`, error);
      wrapper.replaceChildren(h("div", { class: "nbb-view-error", dataset: { nbblocksPart: "view-error" } },
        h("strong", null, "Could not render a child"), " ", error?.message ?? String(error)));
    }
  }

  async function sync() {
    const current = (generation += 1);
    const refs = Array.isArray(model.get("children")) ? model.get("children") : [];
    const seen = new Map();
    const keys = refs.map((ref) => {
      const count = seen.get(ref) ?? 0;
      seen.set(ref, count + 1);
      return count === 0 ? ref : `${ref}#${count}`;
    });
    for (const [key, entry] of rendered) {
      if (!keys.includes(key)) {
        entry.controller.abort();
        entry.wrapper.remove();
        rendered.delete(key);
      }
    }
    const pending = [];
    keys.forEach((key, index) => {
      let entry = rendered.get(key);
      if (!entry) {
        const wrapper = h("div", { dataset: { nbblocksChild: refs[index] } });
        const controller = new AbortController();
        entry = { wrapper, controller };
        rendered.set(key, entry);
        pending.push({ ref: refs[index], entry });
      }
      const expected = container.children[index];
      if (expected !== entry.wrapper) container.insertBefore(entry.wrapper, expected ?? null);
    });
    await Promise.all(pending.map(({ ref, entry }) => renderOne(ref, entry.wrapper, entry.controller.signal)));
    if (current === generation && !signal.aborted) onUpdate?.(keys.map((key) => rendered.get(key).wrapper));
  }

  const onChildren = () => {
    sync();
  };
  model.on("change:children", onChildren);
  signal.addEventListener("abort", () => {
    model.off("change:children", onChildren);
    for (const entry of rendered.values()) entry.controller.abort();
    rendered.clear();
  }, { once: true });
  return sync();
}
