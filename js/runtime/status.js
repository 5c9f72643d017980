// Status display of one block: the pending overlay (spinner, elapsed time, progress)
// and the error state (red border + message).

import { h, setText } from "../lib/dom.js";

const IDLE = Object.freeze({ state: "idle", message: null, show_progress: "full", progress: null, queue_position: null, eta: null });

export function createStatus({ root, model, signal, progress: largest = "full" }) {
  const timer = h("span", { class: "nbb-status-timer", dataset: { nbblocksPart: "timer" } });
  const queue = h("span", { class: "nbb-status-queue", dataset: { nbblocksPart: "queue" } });
  const steps = h("span", { class: "nbb-status-steps", dataset: { nbblocksPart: "progress-steps" } });
  const meta = h("div", { class: "nbb-status-meta" }, steps, queue, timer);
  const spinner = h("div", { class: "nbb-spinner", role: "progressbar", "aria-label": "Loading", dataset: { nbblocksPart: "spinner" } });
  const barFill = h("div", { class: "nbb-progress-fill" });
  const bar = h("div", { class: "nbb-progress-bar", role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100" }, barFill);
  const desc = h("div", { class: "nbb-progress-desc", dataset: { nbblocksPart: "progress-desc" } });
  const progress = h("div", { class: "nbb-progress", dataset: { nbblocksPart: "progress" } }, desc, bar);
  const etaBar = h("div", { class: "nbb-eta-bar", dataset: { nbblocksPart: "eta-bar" }, hidden: true });
  const center = h("div", { class: "nbb-status-center" }, spinner, progress);
  const overlay = h("div", { class: "nbb-status", dataset: { nbblocksPart: "status" }, hidden: true }, etaBar, meta, center);
  const cancelled = h("div", { class: "nbb-cancelled", dataset: { nbblocksPart: "cancelled" }, hidden: true }, "Cancelled");
  const errorText = h("span", { class: "nbb-error-text" });
  const error = h("div", { class: "nbb-error", role: "alert", dataset: { nbblocksPart: "error" }, hidden: true },
    h("strong", null, "Error"), errorText);
  root.append(error, overlay, cancelled);

  let pendingSince = null;
  let interval = null;
  let cancelledTimer = null;
  // The expected total run time (s since pendingSince), from the kernel's `eta` when it
  // came: "1.7/3.4s" as Gradio shows it.
  let etaTotal = null;
  let etaSeen = null;
  let showEtaBar = false;

  function tick() {
    if (pendingSince === null) return;
    const elapsed = (performance.now() - pendingSince) / 1000;
    setText(timer, etaTotal === null ? `${elapsed.toFixed(1)}s` : `${elapsed.toFixed(1)}/${etaTotal.toFixed(1)}s`);
    etaBar.hidden = !(showEtaBar && etaTotal !== null && etaTotal > 0);
    if (!etaBar.hidden) etaBar.style.transform = `translateX(${Math.min(elapsed / etaTotal, 1) * 100 - 100}%)`;
  }

  function stopTimer() {
    pendingSince = null;
    etaTotal = etaSeen = null;
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
    const eta = typeof status.eta === "number" && Number.isFinite(status.eta) ? status.eta : null;
    if (pending && eta !== null && eta !== etaSeen) {
      etaSeen = eta;
      etaTotal = (performance.now() - pendingSince) / 1000 + eta;
    }
    const units = Array.isArray(status.progress) ? status.progress.filter(Boolean) : [];
    showEtaBar = units.length === 0 && (status.show_progress ?? "full") === "full";
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
    setText(queue, typeof position === "number" && units.length === 0 ? `queue: ${position + 1} |` : "");
    updateProgress(units);

    const isError = status.state === "error";
    root.classList.toggle("nbb-has-error", isError);
    error.hidden = !isError;
    setText(errorText, isError ? status.message || "Something went wrong." : "");
  }

  // As Gradio's status tracker: every level with a description or a fraction is named
  // ("Outer - 50.0% / Working - 25.0%"), the innermost level drives the bar, and the
  // step counts go before the timer ("6/12 steps | 1.7s").
  function updateProgress(units) {
    progress.hidden = units.length === 0;
    spinner.hidden = false;
    setText(steps, units.filter((u) => typeof u.index === "number").map(describeSteps).join(""));
    if (units.length === 0) return;
    const levels = units.map(progressFraction);
    const last = levels[levels.length - 1];
    bar.hidden = last === null;
    spinner.hidden = last !== null; // a bar says more than a spinner
    const innermost = units[units.length - 1];
    setText(desc, units.map((unit, i) => describeLevel(unit, levels[i])).filter(Boolean).join(" / "));
    if (last !== null) {
      barFill.style.width = `${last * 100}%`;
      const percent = Math.round(last * 100);
      let text = `${percent}%`;
      if (typeof innermost.index === "number" && typeof innermost.length === "number") {
        text = `${prettySi(innermost.index)} / ${prettySi(innermost.length)}${innermost.unit ? ` ${innermost.unit}` : ""}`;
      }
      bar.setAttribute("aria-label", innermost.desc || "Progress");
      bar.setAttribute("aria-valuenow", String(percent));
      bar.setAttribute("aria-valuetext", innermost.desc ? `${innermost.desc}: ${text}` : text);
    }
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
  let fraction = null;
  if (typeof unit.index === "number" && typeof unit.length === "number" && unit.length > 0) fraction = unit.index / unit.length;
  else if (typeof unit.progress === "number") fraction = unit.progress;
  return fraction === null || !Number.isFinite(fraction) ? null : Math.min(1, Math.max(0, fraction));
}

function describeLevel(unit, level) {
  const parts = [];
  if (unit.desc) parts.push(unit.desc);
  if (level !== null) parts.push(`${(level * 100).toFixed(1)}%`);
  return parts.join(" - ");
}

function describeSteps(unit) {
  const count = typeof unit.length === "number" ? `${prettySi(unit.index)}/${prettySi(unit.length)}` : prettySi(unit.index);
  return `${count}${unit.unit ? ` ${unit.unit}` : ""} | `;
}

/** 1234 -> "1.2k", as Gradio shows step counts. */
export function prettySi(number) {
  const units = ["", "k", "M", "G", "T", "P", "E", "Z"];
  let n = number;
  let i = 0;
  while (n > 1000 && i < units.length - 1) {
    n /= 1000;
    i += 1;
  }
  return `${Number.isInteger(n) ? n : n.toFixed(1)}${units[i]}`;
}
