// Toasts of an app: `{"type": "toast", level, title, message, duration}` custom
// messages on the app model, stacked in the app's top-right corner.

import { h, listen } from "../lib/dom.js";
import { icon } from "../lib/icons.js";

const LEVELS = ["error", "warning", "info", "success"];
const TITLES = { error: "Error", warning: "Warning", info: "Info", success: "Success" };

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

export function showToast(stack, { level = "info", title = null, message = "", duration = 4 }, signal) {
  const kind = LEVELS.includes(level) ? level : "info";
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
    clearTimeout(timer);
    toast.classList.add("nbb-toast-leaving");
    setTimeout(() => toast.remove(), 150);
  };
  listen(close, "click", remove, signal);
  if (typeof duration === "number" && Number.isFinite(duration) && duration > 0) {
    const timeout = h("div", { class: "nbb-toast-timer" });
    timeout.style.animationDuration = `${duration}s`;
    toast.append(timeout);
    timer = setTimeout(remove, duration * 1000);
  }
  signal.addEventListener("abort", () => clearTimeout(timer), { once: true });
  stack.append(toast);
  return toast;
}
