// Toasts of an app: `{"type": "toast", level, title, message, duration}` custom
// messages on the app model. As in Gradio 6, toasts of one level share one collapsible
// group ("Info (2)"); the groups sit in a strip at the app's top-right corner that takes
// its own room in the layout, so a toast never covers a component.

import { h, listen } from "../lib/dom.js";
import { icon } from "../lib/icons.js";

const LEVELS = ["error", "warning", "info", "success"];
const TITLES = { error: "Error", warning: "Warning", info: "Info", success: "Success" };
const LEAVE_MS = 150;

export function attachToasts({ root, model, signal }) {
  const stack = h("div", { class: "nbb-toast-stack", dataset: { nbblocksPart: "toasts" }, "aria-live": "polite" });
  const region = h("div", { class: "nbb-toast-region" }, stack);
  root.prepend(region);

  const onMessage = (message) => {
    if (message && message.type === "toast") showToast(stack, message, signal);
  };
  model.on("msg:custom", onMessage);
  signal.addEventListener("abort", () => {
    model.off("msg:custom", onMessage);
    region.remove();
  }, { once: true });
  return { show: (message) => showToast(stack, message, signal) };
}

/** The group of `kind` in `stack`, created in level order (errors first) when missing. */
function groupFor(stack, kind, signal) {
  const existing = stack.querySelector(`:scope > [data-nbblocks-part="toast-group"][data-level="${kind}"]`);
  if (existing) return existing;
  const count = h("span", { class: "nbb-toast-count", dataset: { nbblocksPart: "toast-count" } });
  const toggle = h("button", {
    type: "button",
    class: "nbb-toast-group-toggle",
    "aria-expanded": "false",
    dataset: { nbblocksPart: "toast-group-toggle" },
  }, icon(kind === "error" ? "error" : kind, "nbb-toast-icon"), count);
  const closeAll = h("button", {
    type: "button",
    class: "nbb-toast-close",
    "aria-label": `Close all ${TITLES[kind]} messages`,
    dataset: { nbblocksPart: "toast-group-close" },
  }, icon("close"));
  const list = h("div", { class: "nbb-toast-list", dataset: { nbblocksPart: "toast-list" } });
  const group = h("div", {
    class: `nbb-toast-group nbb-toast-${kind}`,
    role: "group",
    dataset: { nbblocksPart: "toast-group", level: kind },
  }, h("div", { class: "nbb-toast-group-head" }, toggle, closeAll), list);
  listen(toggle, "click", () => {
    const expanded = !group.classList.contains("nbb-expanded");
    group.classList.toggle("nbb-expanded", expanded);
    toggle.setAttribute("aria-expanded", String(expanded));
  }, signal);
  listen(closeAll, "click", () => {
    for (const toast of list.children) toast.nbbDismiss?.();
  }, signal);
  const after = LEVELS.slice(LEVELS.indexOf(kind) + 1)
    .map((level) => stack.querySelector(`:scope > [data-level="${level}"]`)).find(Boolean);
  stack.insertBefore(group, after ?? null);
  return group;
}

/** Show the count of a group's live toasts. */
function refreshGroup(group, kind) {
  const live = group.querySelectorAll('[data-nbblocks-part="toast"]:not(.nbb-toast-leaving)').length;
  group.querySelector('[data-nbblocks-part="toast-count"]').textContent = `${TITLES[kind]} (${live})`;
  group.classList.toggle("nbb-toast-many", live > 1);
  group.dataset.count = String(live);
}

export function showToast(stack, { level = "info", title = null, message = "", duration = 4 }, signal) {
  const kind = LEVELS.includes(level) ? level : "info";
  const group = groupFor(stack, kind, signal);
  const close = h("button", {
    type: "button",
    class: "nbb-toast-close",
    "aria-label": "Close",
    dataset: { nbblocksPart: "toast-close" },
  }, icon("close"));
  const toast = h("div", {
    class: `nbb-toast nbb-toast-${kind}`,
    role: kind === "error" ? "alert" : "status",
    dataset: { nbblocksPart: "toast", level: kind },
  },
  icon(kind === "error" ? "error" : kind, "nbb-toast-icon"),
  h("div", { class: "nbb-toast-body" },
    h("div", { class: "nbb-toast-title", dataset: { nbblocksPart: "toast-title" } }, title || TITLES[kind]),
    h("div", { class: "nbb-toast-message", dataset: { nbblocksPart: "toast-message" } }, message ?? "")),
  close);

  let timer = null;
  const remove = () => {
    if (toast.classList.contains("nbb-toast-leaving")) return;
    clearTimeout(timer);
    toast.classList.add("nbb-toast-leaving");
    refreshGroup(group, kind);
    setTimeout(() => {
      toast.remove();
      if (!group.querySelector('[data-nbblocks-part="toast"]')) group.remove();
    }, LEAVE_MS);
  };
  toast.nbbDismiss = remove;
  listen(close, "click", remove, signal);
  // `duration` in seconds; None (or 0) keeps the toast until it is closed.
  if (typeof duration === "number" && Number.isFinite(duration) && duration > 0) {
    const timeout = h("div", { class: "nbb-toast-timer" });
    timeout.style.animationDuration = `${duration}s`;
    toast.append(timeout);
    timer = setTimeout(remove, duration * 1000);
  }
  signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  group.querySelector('[data-nbblocks-part="toast-list"]').append(toast);
  refreshGroup(group, kind);
  return toast;
}
