// The chrome every block shares: the root element's classes and flex styles, the
// container box, the header (label + a slot for the view), the info line and the
// element the view draws into. Status and error display live in status.js.

import { h, listen, setText, toggleAttr } from "../lib/dom.js";
import { uniqueId } from "../lib/page.js";

/** Chrome defaults; a view overrides them with `export default { chrome: {...} }`. */
export const DEFAULT_CHROME = Object.freeze({
  label: true, // true: label above the view; "badge": a small pill; false: the view draws it
  info: true, // show props.info under the label
  container: true, // true: follow props.container; false: never a box; "always": always a box
  containerDefault: true, // props.container when the kernel does not send it
  progress: "full", // the largest pending display: "full" (overlay) or "minimal" (the timer)
});

export function chromeOptions(definition) {
  return { ...DEFAULT_CHROME, ...(definition?.chrome ?? {}) };
}

/**
 * Build the chrome inside `root` (the element anywidget gave the view) and keep it in
 * sync with `props`. Returns the parts the view context exposes.
 */
export function createChrome({ root, model, viewName, options, signal }) {
  const saved = { className: root.className, style: root.style.cssText, id: root.id };
  const labelId = uniqueId("nbb-label"); // unique on the page, whatever number of runtimes

  root.classList.add("nbb-block", `nbb-view-${viewName}`);
  root.dataset.nbblocksView = viewName;

  const label = h("span", {
    id: labelId,
    class: options.label === "badge" ? "nbb-label nbb-label-badge" : "nbb-label",
    dataset: { nbblocksPart: "label" },
  });
  const headerSlot = h("div", { class: "nbb-header-extra", dataset: { nbblocksPart: "header-extra" } });
  const header = h("div", { class: "nbb-header", dataset: { nbblocksPart: "header" } }, label, headerSlot);
  const info = h("div", { class: "nbb-info", dataset: { nbblocksPart: "info" } });
  const viewEl = h("div", { class: "nbb-view", dataset: { nbblocksPart: "view" } });
  root.replaceChildren(header, info, viewEl);

  // Plain keys pressed inside a block belong to it, not to the notebook's command-mode
  // shortcuts (a focused radio must not turn "d d" into "delete cell", Shift+Enter in a
  // textbox must not re-run the cell). Ctrl/Cmd/Alt shortcuts (save, ...) still work.
  listen(root, "keydown", (event) => {
    if (!event.ctrlKey && !event.metaKey && !event.altKey) event.stopPropagation();
  }, signal);

  // Clicking the label focuses the view's first form control, like a <label>.
  listen(label, "click", () => {
    viewEl.querySelector("input:not([type=hidden]), textarea, select, button")?.focus();
  }, signal);

  let appliedClasses = [];
  let appliedId = null;

  function update() {
    const props = model.get("props") ?? {};
    const visible = props.visible ?? true;
    root.classList.toggle("nbb-hidden", visible === false);
    root.classList.toggle("nbb-invisible", visible === "hidden");
    toggleAttr(root, "aria-hidden", visible !== true && visible !== undefined, "true");

    const container = options.container === "always"
      || (options.container !== false && (props.container ?? options.containerDefault));
    root.classList.toggle("nbb-container", Boolean(container));
    root.classList.toggle("nbb-non-interactive", props.interactive === false);
    if (props.name) root.dataset.nbblocksName = props.name;

    const elemId = props.elem_id || null;
    if (elemId !== appliedId) {
      if (elemId) root.id = elemId;
      else if (appliedId) root.removeAttribute("id");
      appliedId = elemId;
    }
    const classes = Array.isArray(props.elem_classes)
      ? props.elem_classes
      : typeof props.elem_classes === "string"
        ? props.elem_classes.split(/\s+/)
        : [];
    const nextClasses = classes.filter(Boolean);
    for (const cls of appliedClasses) if (!nextClasses.includes(cls)) root.classList.remove(cls);
    for (const cls of nextClasses) root.classList.add(cls);
    appliedClasses = nextClasses;

    const scale = props.scale;
    root.style.flexGrow = scale === null || scale === undefined ? "" : String(scale);
    root.style.minWidth = typeof props.min_width === "number" ? `min(${props.min_width}px, 100%)` : "";

    const showLabel = options.label !== false && props.show_label !== false && props.label != null && props.label !== "";
    setText(label, showLabel ? props.label : "");
    label.hidden = !showLabel;
    const showInfo = options.info !== false && props.info != null && props.info !== "";
    setText(info, showInfo ? props.info : "");
    info.hidden = !showInfo;
  }

  update();
  const onProps = () => update();
  model.on("change:props", onProps);
  signal.addEventListener("abort", () => model.off("change:props", onProps), { once: true });

  function destroy() {
    root.replaceChildren();
    root.className = saved.className;
    root.style.cssText = saved.style;
    if (saved.id) root.id = saved.id;
    else root.removeAttribute("id");
    for (const key of ["nbblocksView", "nbblocksName", "nbblocksState", "nbblocksCss"]) delete root.dataset[key];
    root.removeAttribute("aria-hidden");
  }

  return { root, viewEl, header: headerSlot, label, labelId, update, destroy };
}

/** A visible notice inside a block when its view could not be loaded or drawn. */
export function renderViewError(target, viewName, error) {
  const message = error?.message ?? String(error);
  target.append(
    h("div", { class: "nbb-view-error", dataset: { nbblocksPart: "view-error" } },
      h("strong", null, `View "${viewName}" failed`), " ", message),
  );
}
