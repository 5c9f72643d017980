// Renders a layout's children (`model.get("children")`, "anywidget:<id>" refs) into a
// container with anywidget composition, keeping already rendered children when the
// list changes (so a child keeps its focus and state). With `forms`, adjacent form
// components share one panel (`.nbb-form`), as Gradio's `Form` draws them.

import { h } from "../lib/dom.js";

/**
 * Render the children of `model` into `container` and follow `change:children`.
 * Each child gets its own wrapper element (`[data-nbblocks-child]`), which becomes the
 * child's block root. `onUpdate(wrappers)` runs after every (re)render.
 * Resolves when the first render is done.
 */
export function renderChildren({ model, host, signal }, container, { onUpdate = null, forms = false } = {}) {
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
      if (!forms) placeAt(container, entry.wrapper, index);
      else if (!entry.wrapper.parentNode) container.append(entry.wrapper);
    });
    await Promise.all(pending.map(({ ref, entry }) => renderOne(ref, entry.wrapper, entry.controller.signal)));
    if (current !== generation || signal.aborted) return;
    const wrappers = keys.map((key) => rendered.get(key).wrapper);
    if (forms) arrangeForms(container, wrappers);
    onUpdate?.(wrappers);
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

/** Put `node` at position `index` of `parent`, moving it only when it is elsewhere. */
function placeAt(parent, node, index) {
  const expected = parent.children[index];
  if (expected !== node) parent.insertBefore(node, expected ?? null);
}

// The views Gradio counts as FormComponents: adjacent ones share one `Form` panel.
export const FORM_VIEWS = new Set([
  "textbox", "number", "slider", "dropdown", "checkbox", "checkboxgroup", "radio",
  "colorpicker", "datetime", "multimodaltextbox",
]);

const isForm = (wrapper) => FORM_VIEWS.has(wrapper.dataset.nbblocksView ?? "");

/**
 * Lay `wrappers` out in `container`, each run of two or more adjacent form components in
 * one `.nbb-form` panel. Panels are reused and wrappers moved only when out of place, so
 * a focused input keeps its focus when the children change.
 */
function arrangeForms(container, wrappers) {
  // Moving a node blurs what it holds: give the focus (and caret) back afterwards.
  const active = container.ownerDocument.activeElement;
  const caret = active && typeof active.selectionStart === "number" ? [active.selectionStart, active.selectionEnd] : null;
  const segments = [];
  for (const wrapper of wrappers) {
    const last = segments[segments.length - 1];
    if (isForm(wrapper) && Array.isArray(last) && isForm(last[0])) last.push(wrapper);
    else segments.push(isForm(wrapper) ? [wrapper] : wrapper);
  }
  const used = new Set();
  const nodes = segments.map((segment) => {
    if (!Array.isArray(segment)) return segment;
    if (segment.length === 1) return segment[0];
    const reusable = segment.map((w) => w.parentElement)
      .find((p) => p?.classList.contains("nbb-form") && p.parentElement === container && !used.has(p));
    const panel = reusable ?? h("div", { class: "nbb-form", dataset: { nbblocksPart: "form" } });
    used.add(panel);
    return panel;
  });
  nodes.forEach((node, index) => placeAt(container, node, index));
  segments.forEach((segment, index) => {
    if (Array.isArray(segment) && segment.length > 1) {
      segment.forEach((wrapper, at) => placeAt(nodes[index], wrapper, at));
      // A panel grows by its members' scales, as Gradio's Form does.
      const grow = segment.reduce((sum, w) => sum + (Number(w.style.flexGrow) || 1), 0);
      nodes[index].style.flexGrow = String(grow);
      nodes[index].style.setProperty("--nbb-form-count", String(segment.length));
    }
  });
  for (const child of [...container.children]) {
    if (!nodes.includes(child)) child.remove();
  }
  if (active && active !== container.ownerDocument.activeElement && container.contains(active)) {
    active.focus({ preventScroll: true });
    if (caret) active.setSelectionRange?.(...caret);
  }
}
