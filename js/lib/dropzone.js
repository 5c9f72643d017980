// Where files come in: a click-to-browse / drag-and-drop area with a hidden file input,
// plus the upload progress bar and error line every file view shows.

import { h } from "./dom.js";
import { icon } from "./icons.js";

/** `accept` attribute from Gradio's file_types ("image", ".pdf", "image/*", "file"). */
export function acceptAttr(fileTypes) {
  if (!Array.isArray(fileTypes) || fileTypes.length === 0) return "";
  const out = [];
  for (const raw of fileTypes) {
    const t = String(raw).trim().toLowerCase();
    if (t === "file" || t === "*" || t === "*/*") return "";
    if (["image", "audio", "video", "text"].includes(t)) out.push(`${t}/*`);
    else if (t.startsWith(".") || t.includes("/")) out.push(t);
    else out.push(`.${t}`);
  }
  return out.join(",");
}

/** Placeholder text: lines starting with "#" are headings. */
export function placeholderText(text, fallback) {
  const lines = String(text ?? fallback).split("\n");
  return lines.map((line) => {
    const heading = /^#+\s*/.exec(line);
    return heading
      ? h("div", { class: "nbb-drop-heading" }, line.slice(heading[0].length))
      : h("div", { class: "nbb-drop-line" }, line);
  });
}

/**
 * A drop area. `onFiles(files)` gets the chosen or dropped files (an array).
 * Returns {el, input, update({accept, multiple, directory, enabled, placeholder})}.
 */
export function dropZone(ctx, { onFiles, iconName = "upload", fallback = "Drop File Here\n- or -\nClick to Upload" }) {
  const input = h("input", { type: "file", class: "nbb-file-input", tabIndex: -1, dataset: { nbblocksPart: "file-input" } });
  const text = h("div", { class: "nbb-drop-text" });
  const el = h("div", {
    class: "nbb-dropzone", role: "button", tabIndex: 0, dataset: { nbblocksPart: "dropzone" },
  }, icon(iconName, "nbb-icon nbb-drop-icon"), text, input);
  let enabled = true;
  let shown = null;

  ctx.listen(el, "click", (event) => {
    if (enabled && event.target !== input) input.click();
  });
  ctx.listen(el, "keydown", (event) => {
    if (enabled && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      input.click();
    }
  });
  ctx.listen(input, "change", () => {
    const files = [...(input.files ?? [])];
    input.value = "";
    if (files.length) onFiles(files);
  });
  ctx.listen(el, "dragover", (event) => {
    if (!enabled) return;
    event.preventDefault();
    el.classList.add("nbb-dragging");
  });
  ctx.listen(el, "dragleave", () => el.classList.remove("nbb-dragging"));
  ctx.listen(el, "drop", (event) => {
    el.classList.remove("nbb-dragging");
    if (!enabled) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) onFiles(files);
  });

  function update({ accept = "", multiple = false, directory = false, enabled: on = true, placeholder = null } = {}) {
    enabled = on;
    input.accept = accept;
    input.multiple = multiple || directory;
    input.webkitdirectory = Boolean(directory);
    input.disabled = !on;
    el.classList.toggle("nbb-disabled", !on);
    el.tabIndex = on ? 0 : -1;
    const key = JSON.stringify([placeholder, fallback]);
    if (key !== shown) {
      shown = key;
      text.replaceChildren(...placeholderText(placeholder, fallback));
    }
  }
  update();
  return { el, input, update, open: () => enabled && input.click() };
}

/** Upload progress bar and error line; `run(promise-returning fn)` shows both as needed. */
export function uploadStatus(ctx) {
  const fill = h("div", { class: "nbb-upload-fill" });
  const bar = h("div", { class: "nbb-upload-progress", role: "progressbar", dataset: { nbblocksPart: "upload-progress" }, hidden: true }, fill);
  const error = h("div", { class: "nbb-upload-error", role: "alert", dataset: { nbblocksPart: "upload-error" }, hidden: true });
  let busy = 0;

  const progress = (fraction) => {
    bar.hidden = false;
    bar.setAttribute("aria-valuenow", String(Math.round(fraction * 100)));
    fill.style.width = `${(fraction * 100).toFixed(1)}%`;
  };

  async function run(fn) {
    error.hidden = true;
    busy += 1;
    progress(0);
    try {
      return await fn(progress);
    } catch (e) {
      error.textContent = String(e?.message ?? e);
      error.hidden = false;
      return null;
    } finally {
      busy -= 1;
      if (busy === 0) bar.hidden = true;
    }
  }

  return { bar, error, run, clearError: () => { error.hidden = true; }, busy: () => busy > 0 };
}

/** Upload files one after the other; `progress(fraction)` covers them all. Resolves to their FileData. */
export async function uploadAll(ctx, files, progress) {
  const total = files.reduce((n, f) => n + f.size, 0) || 1;
  const out = [];
  let done = 0;
  for (const file of files) {
    out.push(await ctx.upload(file, { onProgress: (f) => progress((done + f * file.size) / total) }));
    done += file.size;
  }
  return out;
}

/** An icon button for toolbars (download, fullscreen, clear, ...). */
export function iconButton(ctx, { iconName, label, part, onClick }) {
  const button = h("button", {
    type: "button", class: "nbb-icon-button", title: label, "aria-label": label, dataset: { nbblocksPart: part },
  }, icon(iconName));
  ctx.listen(button, "click", (event) => {
    event.stopPropagation();
    onClick(event);
  });
  return button;
}


/**
 * The toolbar over a media value: Download (when `buttons` lists it and there is a file:
 * `file()`, the value by default), the `extra` buttons, then Clear (when `editable`);
 * hidden when `shown` is false or it holds nothing.
 */
export function drawFileToolbar(ctx, toolbar, { shown, buttons, editable, clear, extra = [], file = () => ctx.value() }) {
  const items = [];
  if (shown) {
    if (buttons.includes("download") && file()) {
      items.push(iconButton(ctx, { iconName: "download", label: "Download", part: "download", onClick: () => ctx.download(file()) }));
    }
    items.push(...extra);
    if (editable) items.push(iconButton(ctx, { iconName: "close", label: "Clear", part: "clear", onClick: clear }));
  }
  toolbar.replaceChildren(...items);
  toolbar.hidden = items.length === 0;
}

/** The source buttons (upload, webcam, microphone, clipboard) of an empty media input. */
export function drawSourceBar(ctx, bar, { shown, list, current, labels, icons, pick }) {
  bar.hidden = !shown;
  if (!shown) return;
  bar.replaceChildren(...list.map((name) => {
    const button = h("button", {
      type: "button", class: "nbb-icon-button nbb-source", title: labels[name], "aria-label": labels[name],
      "aria-pressed": String(name === current), dataset: { nbblocksPart: `source-${name}`, source: name },
    }, icon(icons[name]));
    ctx.listen(button, "click", () => pick(name));
    return button;
  }));
}
