// Status display of one block: the pending overlay (spinner, elapsed time, progress)
// and the error state (red border + message).

import { h, setText } from "../lib/dom.js";

const IDLE = Object.freeze({ state: "idle", message: null, show_progress: "full", progress: null, queue_position: null });

export function createStatus({ root, model, signal, progress: largest = "full" }) {
  const timer = h("span", { class: "nbb-status-timer", dataset: { nbblocksPart: "timer" } });
  const queue = h("span", { class: "nbb-status-queue", dataset: { nbblocksPart: "queue" } });
  const meta = h("div", { class: "nbb-status-meta" }, queue, timer);
  const spinner = h("div", { class: "nbb-spinner", role: "progressbar", "aria-label": "Loading", dataset: { nbblocksPart: "spinner" } });
  const barFill = h("div", { class: "nbb-progress-fill" });
  const bar = h("div", { class: "nbb-progress-bar" }, barFill);
  const desc = h("div", { class: "nbb-progress-desc", dataset: { nbblocksPart: "progress-desc" } });
  const progress = h("div", { class: "nbb-progress", dataset: { nbblocksPart: "progress" } }, bar, desc);
  const center = h("div", { class: "nbb-status-center" }, spinner, progress);
  const overlay = h("div", { class: "nbb-status", dataset: { nbblocksPart: "status" }, hidden: true }, meta, center);
  const cancelled = h("div", { class: "nbb-cancelled", dataset: { nbblocksPart: "cancelled" }, hidden: true }, "Cancelled");
  const errorText = h("span", { class: "nbb-error-text" });
  const error = h("div", { class: "nbb-error", role: "alert", dataset: { nbblocksPart: "error" }, hidden: true },
    h("strong", null, "Error"), errorText);
  root.append(error, overlay, cancelled);

  let pendingSince = null;
  let interval = null;
  let cancelledTimer = null;

  function tick() {
    if (pendingSince === null) return;
    setText(timer, `${((performance.now() - pendingSince) / 1000).toFixed(1)}s`);
  }

  function stopTimer() {
    pendingSince = null;
    clearInterval(interval);
    interval = null;
  }

  function update() {
    const status = { ...IDLE, ...(model.get("status") ?? {}) };
    const pending = status.state === "pending";
    root.dataset.nbblocksState = status.state;
    root.classList.toggle("nbb-pending", pending);

    const wasPending = pendingSince !== null;
    if (pending && pendingSince === null) {
      pendingSince = performance.now();
      interval = setInterval(tick, 100);
    } else if (!pending) stopTimer();
    tick();

    // After an event: a cancelled one says so for a moment; scroll_to_output scrolls here.
    clearTimeout(cancelledTimer);
    cancelled.hidden = !(status.state === "idle" && status.cancelled);
    if (!cancelled.hidden) cancelledTimer = setTimeout(() => { cancelled.hidden = true; }, 2500);
    if (wasPending && !pending && status.scroll_to_output && root.scrollIntoView) {
      root.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }

    // A view may show its pending state no larger than `largest` (a Chatbot: "minimal").
    let mode = pending ? status.show_progress ?? "full" : "hidden";
    if (mode === "full" && largest === "minimal") mode = "minimal";
    overlay.hidden = mode === "hidden";
    overlay.dataset.mode = mode;
    const position = status.queue_position;
    // 0 is "next to run": shown 1-based, as Gradio does.
    setText(queue, typeof position === "number" ? `queue: ${position + 1} |` : "");
    updateProgress(status.progress);

    const isError = status.state === "error";
    root.classList.toggle("nbb-has-error", isError);
    error.hidden = !isError;
    setText(errorText, isError ? status.message || "Something went wrong." : "");
  }

  function updateProgress(units) {
    const list = Array.isArray(units) ? units.filter(Boolean) : [];
    progress.hidden = list.length === 0;
    spinner.hidden = false;
    if (list.length === 0) return;
    const fraction = progressFraction(list[0]);
    bar.hidden = fraction === null;
    spinner.hidden = fraction !== null; // a bar says more than a spinner
    if (fraction !== null) barFill.style.width = `${(fraction * 100).toFixed(1)}%`;
    setText(desc, list.map(describeUnit).filter(Boolean).join(" · "));
  }

  update();
  const onStatus = () => update();
  model.on("change:status", onStatus);
  signal.addEventListener("abort", () => {
    model.off("change:status", onStatus);
    clearTimeout(cancelledTimer);
    stopTimer();
  }, { once: true });
  return { update };
}

function progressFraction(unit) {
  if (typeof unit.progress === "number") return Math.min(1, Math.max(0, unit.progress));
  if (typeof unit.index === "number" && typeof unit.length === "number" && unit.length > 0) {
    return Math.min(1, Math.max(0, unit.index / unit.length));
  }
  return null;
}

function describeUnit(unit) {
  const parts = [];
  if (unit.desc) parts.push(unit.desc);
  if (typeof unit.index === "number" && typeof unit.length === "number") {
    parts.push(`${unit.index}/${unit.length}${unit.unit ? ` ${unit.unit}` : ""}`);
  } else if (typeof unit.index === "number") {
    parts.push(`${unit.index}${unit.unit ? ` ${unit.unit}` : ""}`);
  } else if (typeof unit.progress === "number") {
    parts.push(`${Math.round(unit.progress * 100)}%`);
  }
  return parts.join(" ");
}
