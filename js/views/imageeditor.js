// gr.ImageEditor (and Sketchpad, Paint, ImageMask): a canvas editor. A background comes
// from a file, the clipboard or the webcam; the brush and the eraser draw on layers; crop
// and resize change the canvas; undo and redo; the apply button fires `apply`. Drawing
// happens here at the image's full size; after each edit the layers that changed are
// uploaded as PNG (binary, in chunks) and the value is sent with `input` and `change`
// (the kernel composes the composite from the background and the layers).
// Not interactive: the composite is shown, and a click sends `select` with the pixel.

import { h, cssSize, saveAs, capturePointer } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { pixelAt, toRGBA } from "../lib/imageview.js";
import { dropZone, uploadStatus } from "../lib/dropzone.js";
import { clipboardSource, createWebcam } from "../lib/webcam.js";
import { resolveColor } from "../lib/colors.js";
import { createCropBox } from "../lib/cropbox.js";
import { EditorDocument, makeCanvas } from "../lib/editordoc.js";
import { blankCanvas, parseCropSize, place } from "../lib/editorgeometry.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";
import editor from "../styles/editor.css";

const SOURCES = ["upload", "webcam", "clipboard"];
const SOURCE_ICONS = { upload: "upload", webcam: "camera", clipboard: "clipboard" };
const SOURCE_LABELS = { upload: "Upload an image", webcam: "Take a picture with the webcam", clipboard: "Paste an image from the clipboard" };
const EVENT_ORDER = ["upload", "input", "change", "apply"];
const DRAWING = ["brush", "eraser"];
const DEFAULT_HEIGHT = 480; // largest height of the stage when `height` is not set

/** Decode an image file or blob into something drawImage takes, with width and height. */
async function decode(blob) {
  try {
    return await createImageBitmap(blob);
  } catch {
    const url = URL.createObjectURL(blob); // SVGs, which createImageBitmap does not take
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      return img;
    } finally {
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
  }
}

function button(part, label, iconName, onClick) {
  const el = h("button", { type: "button", class: "nbb-icon-button nbb-editor-button", title: label, "aria-label": label,
    dataset: { nbblocksPart: part } }, icon(iconName));
  el.addEventListener("click", (event) => {
    event.stopPropagation();
    onClick(event);
  });
  return el;
}

export default {
  styles: [uploads, files, editor],
  render(ctx) {
    const props = () => ctx.props();
    const editable = () => ctx.interactive();
    const sources = () => (Array.isArray(props().sources) ? props().sources.filter((s) => SOURCES.includes(s)) : []);
    const brush = () => props().brush ?? null;
    const eraser = () => (props().brush && props().eraser ? props().eraser : null);
    const transforms = () => (Array.isArray(props().transforms) ? props().transforms : []);
    const layerOptions = () => ({ allow_additional_layers: true, disabled: false, ...(props().layers ?? {}) });
    const layerNames = () => (layerOptions().layers?.length ? layerOptions().layers : ["Layer 1"]);
    const spec = () => parseCropSize(props().crop_size);
    const canvasSize = () => (Array.isArray(props().canvas_size) ? props().canvas_size : [800, 800]);
    const buttons = () => (Array.isArray(props().buttons) ? props().buttons : ["download", "fullscreen"]);

    // -- elements ------------------------------------------------------------------------

    const canvas = h("canvas", { class: "nbb-editor-canvas", dataset: { nbblocksPart: "canvas" } });
    const cursor = h("div", { class: "nbb-brush-cursor", hidden: true, dataset: { nbblocksPart: "brush-cursor" } });
    const surface = h("div", { class: "nbb-editor-surface", dataset: { nbblocksPart: "surface" } }, canvas, cursor);
    const overlay = h("div", { class: "nbb-editor-overlay", hidden: true });
    const stage = h("div", { class: "nbb-editor-stage", dataset: { nbblocksPart: "stage" } }, surface, overlay);
    const sourceBar = h("div", { class: "nbb-editor-group", dataset: { nbblocksPart: "sources" } });
    const toolBar = h("div", { class: "nbb-editor-group", dataset: { nbblocksPart: "tools" } });
    const historyBar = h("div", { class: "nbb-editor-group" });
    const actionBar = h("div", { class: "nbb-editor-group nbb-editor-actions" });
    const toolbar = h("div", { class: "nbb-editor-toolbar", role: "toolbar", dataset: { nbblocksPart: "toolbar" } },
      sourceBar, toolBar, historyBar, actionBar);
    const options = h("div", { class: "nbb-editor-options", dataset: { nbblocksPart: "tool-options" } });
    const layersBar = h("div", { class: "nbb-editor-layers", dataset: { nbblocksPart: "layers" } });
    const status = uploadStatus(ctx);
    const wrap = h("div", { class: "nbb-editor" }, toolbar, options, stage, layersBar, status.bar, status.error);
    ctx.el.append(wrap);

    /** Groups that begin a wrapped row of the toolbar show no separator. */
    function markRowStarts() {
      let previous = null;
      for (const group of toolbar.children) {
        if (group.hidden) continue;
        group.classList.toggle("nbb-row-start", previous !== null && group.offsetTop > previous.offsetTop);
        previous = group;
      }
    }
    const rows = new ResizeObserver(markRowStarts);
    rows.observe(toolbar);
    ctx.signal.addEventListener("abort", () => rows.disconnect(), { once: true });

    const doc = new EditorDocument(canvas, { onChange: () => drawState() });
    const crop = createCropBox(ctx, surface, { size: () => [doc.width, doc.height], spec });
    const webcam = createWebcam(ctx);
    const zone = dropZone(ctx, { onFiles: (files) => take(files[0], "upload"), iconName: "image",
      fallback: "Drop an image here\n- or -\nClick to upload" });

    let tool = null; // "brush" | "eraser" | "crop" | "resize" | null (choosing a background)
    let hasValue = false; // false: the value is null (nothing taken, drawn or received)
    let color = null; // the brush colour, resolved: {rgb, hex, alpha, css}
    let brushSize = null; // radius chosen by the user (null: the default)
    let eraserSize = null;
    let loading = 0;
    let generation = 0; // bumped when the kernel's value replaces the document

    const autoRadius = () => Math.max(1, Math.round(Math.min(doc.width, doc.height) / 50));
    const radiusOf = (setting) => (typeof setting === "number" && setting > 0 ? setting : autoRadius());
    const brushRadius = () => brushSize ?? radiusOf(brush()?.default_size);
    const eraserRadius = () => eraserSize ?? radiusOf(eraser()?.default_size);

    function showError(error) {
      status.error.textContent = String(error?.message ?? error);
      status.error.hidden = false;
    }

    // -- the value: kernel -> page -----------------------------------------------------

    async function imageOf(fd) {
      const src = await ctx.fileSource(fd);
      if (src.kind === "pixels") {
        const c = makeCanvas(src.width, src.height);
        c.getContext("2d").putImageData(new ImageData(toRGBA(src.data, src.width, src.height, src.channels), src.width, src.height), 0, 0);
        return c;
      }
      if (src.kind === "url") {
        const img = new Image();
        img.crossOrigin = "anonymous"; // editable only when the server allows it
        img.src = src.url;
        await img.decode();
        return img;
      }
      return decode(src.blob);
    }

    function blankDocument() {
      const [w, hgt] = blankCanvas(spec(), canvasSize());
      doc.reset({ width: w, height: hgt, layers: layerNames().map((name) => ({ name })) });
    }

    async function load(value) {
      const token = (loading += 1);
      generation += 1;
      queued = null;
      doc.cancelStroke();
      const empty = !value || !(value.background || value.composite || value.layers?.length);
      if (empty) {
        blankDocument();
        hasValue = false;
        if (tool === "crop") crop.show(false);
        draw();
        return;
      }
      try {
        const base = value.background ?? value.composite ?? null;
        const layerFds = value.layers ?? [];
        const [bg, ...layers] = await Promise.all([base, ...layerFds].map((fd) => (fd ? imageOf(fd) : null)));
        if (token !== loading) return;
        const ref = bg ?? layers.find(Boolean);
        const [w, hgt] = ref ? [ref.width, ref.height] : blankCanvas(spec(), canvasSize());
        let background = null;
        if (bg) {
          background = makeCanvas(w, hgt);
          background.getContext("2d").drawImage(bg, 0, 0);
        }
        const names = layerNames();
        const list = layers.map((source, i) => ({ name: names[i] ?? `Layer ${i + 1}`, source, fd: layerFds[i] }));
        if (!list.length) names.forEach((name) => list.push({ name }));
        doc.reset({ width: w, height: hgt, background, backgroundFd: bg ? base : null, layers: list });
        hasValue = true;
        if (tool === null && brush() && editable()) tool = "brush";
        status.clearError();
      } catch (error) {
        if (token === loading) showError(`the image could not be shown (${error?.message ?? error})`);
      }
      if (token === loading) draw();
    }

    // -- the value: page -> kernel -------------------------------------------------------

    let syncing = false;
    let queued = null; // events to send with the next value
    let synced = [];

    /** Send the document's value with `events` (merged with any not sent yet). */
    function commit(events) {
      const merged = new Set([...(queued ?? []), ...events]);
      queued = EVENT_ORDER.filter((e) => merged.has(e));
      pump();
    }

    async function pump() {
      if (syncing || doc.stroke || queued === null) return;
      syncing = true;
      const started = generation;
      try {
        while (queued !== null && !doc.stroke && started === generation) {
          const events = queued;
          queued = null;
          const value = hasValue ? await doc.exportValue((blob, name) => ctx.upload(blob, { name })) : null;
          if (started !== generation) break; // the kernel replaced the document meanwhile
          send(value, events);
        }
      } catch (error) {
        showError(error);
      } finally {
        syncing = false;
        for (const resolve of synced.splice(0)) resolve();
      }
      if (queued !== null && !doc.stroke) pump();
    }

    // ctx.setValue sets the model's value, which fires change:value on this page too:
    // that value is the document itself and is not loaded back.
    let sent;
    function send(value, events) {
      sent = value;
      ctx.setValue(value, { events });
    }

    const whenSynced = () => (syncing || queued !== null ? new Promise((resolve) => synced.push(resolve)) : Promise.resolve());

    // -- taking a background -----------------------------------------------------------

    async function take(file, how, name = null) {
      if (!file) return;
      if (file.type && !file.type.startsWith("image/")) {
        showError(`${file.name || "the file"} is not an image`);
        return;
      }
      webcam.stop();
      overlay.hidden = true;
      const fd = await status.run((progress) => ctx.upload(file, { name, onProgress: progress }));
      if (!fd) return;
      let image;
      try {
        image = await decode(file);
      } catch {
        showError(`${name || file.name || "the file"} could not be read as an image`);
        return;
      }
      const fixed = Boolean(props().fixed_canvas);
      const placement = place(image.width, image.height, spec(), canvasSize(), fixed);
      const { source } = placement;
      const whole = !fixed && source.x === 0 && source.y === 0 && source.w === image.width && source.h === image.height;
      doc.cancelStroke();
      doc.takeBackground(image, placement, whole ? fd : null, layerNames());
      hasValue = true;
      if (!DRAWING.includes(tool)) tool = brush() ? "brush" : null;
      crop.show(false);
      draw();
      commit(how === "webcam" ? ["input", "change"] : ["upload", "input", "change"]);
    }

    const pasteFromClipboard = clipboardSource(ctx, {
      enabled: () => editable() && sources().includes("clipboard"),
      take,
      onError: showError,
    });
    ctx.listen(stage, "dragover", (event) => {
      if (editable() && sources().includes("upload")) event.preventDefault();
    });
    ctx.listen(stage, "drop", (event) => {
      if (!editable() || !sources().includes("upload")) return;
      event.preventDefault();
      const file = [...(event.dataTransfer?.files ?? [])][0];
      if (file) take(file, "upload");
    });

    const capture = h("button", { type: "button", class: "nbb-webcam-capture", title: "Take a photo", "aria-label": "Take a photo",
      dataset: { nbblocksPart: "capture" } }, icon("camera"));
    const cancelWebcam = h("button", { type: "button", class: "nbb-webcam-capture", title: "Cancel", "aria-label": "Cancel",
      dataset: { nbblocksPart: "webcam-cancel" } }, icon("close"));
    const webcamBox = h("div", { class: "nbb-webcam nbb-editor-webcam" }, webcam.video,
      h("div", { class: "nbb-webcam-controls" }, capture, cancelWebcam));
    ctx.listen(capture, "click", async () => {
      const blob = await webcam.capture().catch((e) => {
        showError(e);
        return null;
      });
      if (blob) await take(blob, "webcam", "webcam.png");
    });
    ctx.listen(cancelWebcam, "click", () => {
      webcam.stop();
      draw();
    });

    async function startWebcam() {
      status.clearError();
      const opts = props().webcam_options ?? {};
      overlay.replaceChildren(webcamBox);
      overlay.hidden = false;
      try {
        await webcam.start({ constraints: opts.constraints, mirrored: opts.mirror });
      } catch (error) {
        webcam.stop();
        showError(error);
      }
      draw();
    }

    // -- drawing with the pointer --------------------------------------------------------

    function imagePoint(event) {
      const rect = canvas.getBoundingClientRect();
      return [((event.clientX - rect.left) * doc.width) / Math.max(1, rect.width),
        ((event.clientY - rect.top) * doc.height) / Math.max(1, rect.height)];
    }

    function moveCursor(event) {
      const drawing = editable() && DRAWING.includes(tool);
      cursor.hidden = !drawing;
      if (!drawing) return;
      const rect = canvas.getBoundingClientRect();
      const scale = rect.width / Math.max(1, doc.width);
      const d = 2 * (tool === "eraser" ? eraserRadius() : brushRadius()) * scale;
      Object.assign(cursor.style, {
        width: `${d}px`, height: `${d}px`, left: `${event.clientX - rect.left - d / 2}px`, top: `${event.clientY - rect.top - d / 2}px`,
      });
      cursor.classList.toggle("nbb-eraser-cursor", tool === "eraser");
    }

    ctx.listen(canvas, "pointerdown", (event) => {
      if (!editable()) {
        ctx.dispatch("select", { index: pixelAt(event, canvas, doc.width, doc.height), value: null, selected: true });
        return;
      }
      if (!DRAWING.includes(tool) || (event.pointerType === "mouse" && event.button !== 0)) return;
      event.preventDefault();
      const [x, y] = imagePoint(event);
      const started = tool === "eraser"
        ? doc.beginStroke({ erase: true, radius: eraserRadius() }, x, y)
        : doc.beginStroke({ color: color?.rgb ?? "#000000", alpha: color?.alpha ?? 1, radius: brushRadius() }, x, y);
      if (started) capturePointer(canvas, event);
    });
    ctx.listen(canvas, "pointermove", (event) => {
      moveCursor(event);
      if (!doc.stroke) return;
      const events = event.getCoalescedEvents?.() ?? [];
      for (const e of events.length ? events : [event]) doc.strokeTo(...imagePoint(e));
    });
    const finish = () => {
      if (!doc.stroke) return;
      if (doc.endStroke()) {
        hasValue = true;
        commit(["input", "change"]);
      }
      drawState();
    };
    ctx.listen(canvas, "pointerup", finish);
    ctx.listen(canvas, "pointercancel", finish);
    ctx.listen(canvas, "pointerleave", () => {
      cursor.hidden = true;
    });

    ctx.listen(ctx.root, "keydown", (event) => {
      if (!editable() || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "z" || key === "y") {
        event.preventDefault();
        event.stopPropagation();
        (key === "y" || event.shiftKey ? redo : undo)();
      }
    });

    // -- actions -------------------------------------------------------------------------

    function edited(changed) {
      if (!changed) return;
      hasValue = true;
      commit(["input", "change"]);
      draw();
    }

    const undo = () => edited(doc.undo());
    const redo = () => edited(doc.redo());

    function setTool(next) {
      if (tool === "crop" && next !== "crop") crop.show(false);
      tool = next;
      if (tool === "crop") crop.show(true);
      if (DRAWING.includes(tool)) webcam.stop();
      draw();
    }

    function clear() {
      generation += 1;
      queued = null;
      webcam.stop();
      doc.cancelStroke();
      blankDocument();
      hasValue = false;
      tool = initialTool();
      crop.show(false);
      status.clearError();
      send(null, ["clear", "input", "change"]);
      draw();
    }

    const initialTool = () => (sources().length || !brush() ? null : "brush");

    async function download() {
      await whenSynced();
      const fd = ctx.value()?.composite;
      // A composite the kernel has not made (something is drawn) is saved as shown.
      if (fd) ctx.download(fd).catch(showError);
      else if (hasValue) saveAs(await doc.compositeBlob(), "image.png");
    }

    function nextLayerName() {
      const used = doc.layers.map((l) => /^Layer (\d+)$/.exec(l.name)?.[1]).filter(Boolean).map(Number);
      return `Layer ${Math.max(doc.layers.length, ...used) + 1}`;
    }

    // -- toolbar, options, layers ------------------------------------------------------------

    const sourceButtons = Object.fromEntries(SOURCES.map((name) => [name, button(`source-${name}`, SOURCE_LABELS[name], SOURCE_ICONS[name], () => {
      if (name === "upload") zone.open();
      else if (name === "webcam") startWebcam();
      else pasteFromClipboard();
    })]));
    sourceBar.append(...Object.values(sourceButtons));
    const toolButtons = {
      brush: button("tool-brush", "Brush", "brush", () => setTool("brush")),
      eraser: button("tool-eraser", "Eraser", "eraser", () => setTool("eraser")),
      crop: button("tool-crop", "Crop", "crop", () => setTool(tool === "crop" ? null : "crop")),
      resize: button("tool-resize", "Resize", "resize", () => setTool(tool === "resize" ? null : "resize")),
    };
    toolBar.append(...Object.values(toolButtons));
    const undoButton = button("undo", "Undo", "undo", undo);
    const redoButton = button("redo", "Redo", "redo", redo);
    historyBar.append(undoButton, redoButton);
    const actions = {
      apply: button("apply", "Apply", "check", () => commit(["apply"])),
      download: button("download", "Download", "download", download),
      fullscreen: button("fullscreen", "Fullscreen", "fullscreen", () => stage.requestFullscreen?.()),
      clear: button("clear", "Clear", "close", clear),
    };
    actionBar.append(...Object.values(actions));

    /** Button states and the layer list: cheap, after every edit. */
    function drawState() {
      const on = editable();
      undoButton.disabled = !doc.canUndo();
      redoButton.disabled = !doc.canRedo();
      const historyWasHidden = historyBar.hidden;
      historyBar.hidden = !on || (!brush() && !transforms().length);
      if (historyBar.hidden !== historyWasHidden) markRowStarts();
      for (const [name, el] of Object.entries(toolButtons)) el.setAttribute("aria-pressed", String(tool === name));
      actions.download.disabled = !hasValue;
      drawLayers();
    }

    function drawLayers() {
      const opts = layerOptions();
      layersBar.hidden = !editable() || opts.disabled;
      if (layersBar.hidden) return;
      const items = doc.layers.map((layer, i) => {
        const chip = h("button", { type: "button", class: "nbb-layer", "aria-pressed": String(i === doc.active),
          dataset: { nbblocksPart: "layer", index: String(i) } }, layer.name);
        chip.addEventListener("click", () => {
          doc.selectLayer(i);
          drawLayers();
        });
        const parts = [chip];
        if (doc.layers.length > 1) {
          const remove = h("button", { type: "button", class: "nbb-layer-remove", title: `Remove ${layer.name}`,
            "aria-label": `Remove ${layer.name}`, dataset: { nbblocksPart: "layer-remove", index: String(i) } }, icon("close"));
          remove.addEventListener("click", () => edited(doc.removeLayer(i)));
          parts.push(remove);
        }
        return h("span", { class: "nbb-layer-item" }, parts);
      });
      const list = [icon("layers", "nbb-icon nbb-layers-icon"), ...items];
      if (opts.allow_additional_layers) {
        const add = h("button", { type: "button", class: "nbb-icon-button nbb-layer-add", title: "Add a layer", "aria-label": "Add a layer",
          dataset: { nbblocksPart: "layer-add" } }, icon("plus"));
        add.addEventListener("click", () => {
          doc.addLayer(nextLayerName());
          edited(true);
        });
        list.push(add);
      }
      layersBar.replaceChildren(...list);
    }

    function sizeControl(part, value, onInput) {
      const max = Math.max(50, Math.round(Math.min(doc.width, doc.height) / 4), value);
      const text = h("span", { class: "nbb-editor-size-value" }, String(value));
      const range = h("input", { type: "range", min: 1, max, step: 1, value, class: "nbb-editor-size",
        "aria-label": "Size", dataset: { nbblocksPart: part } });
      range.addEventListener("input", () => {
        text.textContent = range.value;
        onInput(Number(range.value));
      });
      return h("label", { class: "nbb-editor-field" }, h("span", null, "Size"), range, text);
    }

    function brushOptions() {
      const b = brush();
      const colors = Array.isArray(b.colors) ? b.colors : [];
      const swatches = colors.map((c, i) => {
        const resolved = resolveColor(c);
        const swatch = h("button", { type: "button", class: "nbb-swatch", title: resolved.css, "aria-label": `Colour ${resolved.css}`,
          "aria-pressed": String(color?.css === resolved.css && color?.alpha === resolved.alpha),
          style: { background: resolved.rgb, opacity: String(Math.max(0.25, resolved.alpha)) },
          dataset: { nbblocksPart: "color", index: String(i) } });
        swatch.addEventListener("click", () => {
          color = resolved;
          drawOptions();
        });
        return swatch;
      });
      const parts = [h("span", { class: "nbb-swatches" }, swatches)];
      if (b.color_mode !== "fixed") {
        const picker = h("input", { type: "color", class: "nbb-color-picker", value: color?.hex ?? "#000000", title: "Any colour",
          "aria-label": "Any colour", dataset: { nbblocksPart: "color-picker" } });
        picker.addEventListener("input", () => {
          color = { ...resolveColor(picker.value), alpha: 1 };
        });
        parts.push(picker);
      }
      parts.push(sizeControl("brush-size", brushRadius(), (v) => { brushSize = v; }));
      return parts;
    }

    function cropOptions() {
      const apply = h("button", { type: "button", class: "nbb-editor-text-button nbb-primary-action", dataset: { nbblocksPart: "crop-apply" } },
        icon("check"), "Crop");
      const cancel = h("button", { type: "button", class: "nbb-editor-text-button", dataset: { nbblocksPart: "crop-cancel" } }, "Cancel");
      apply.addEventListener("click", () => {
        const box = crop.box();
        tool = brush() ? "brush" : null;
        crop.show(false);
        edited(doc.crop(box));
        draw();
      });
      cancel.addEventListener("click", () => setTool(brush() ? "brush" : null));
      const c = spec();
      return [h("span", { class: "nbb-editor-hint" }, c ? `Crop to ${c.kind === "ratio" ? `${c.width}:${c.height}` : `${c.width}×${c.height} px`}` : "Drag the box or its corners"), apply, cancel];
    }

    function resizeOptions() {
      const ratio = spec() ? spec().width / spec().height : null;
      const number = (part, value) => h("input", { type: "number", min: 1, step: 1, value, class: "nbb-editor-number",
        "aria-label": part === "resize-width" ? "Width" : "Height", dataset: { nbblocksPart: part } });
      const width = number("resize-width", doc.width);
      const height = number("resize-height", doc.height);
      if (ratio) {
        width.addEventListener("input", () => { height.value = String(Math.max(1, Math.round(Number(width.value) / ratio))); });
        height.addEventListener("input", () => { width.value = String(Math.max(1, Math.round(Number(height.value) * ratio))); });
      }
      const scale = h("input", { type: "checkbox", checked: true, dataset: { nbblocksPart: "resize-scale" } });
      const apply = h("button", { type: "button", class: "nbb-editor-text-button nbb-primary-action", dataset: { nbblocksPart: "resize-apply" } },
        icon("check"), "Resize");
      apply.addEventListener("click", () => {
        const w = Number(width.value);
        const hgt = Number(height.value);
        if (!(w >= 1 && hgt >= 1)) return;
        tool = brush() ? "brush" : null;
        edited(doc.resize(w, hgt, scale.checked));
        draw();
      });
      return [h("label", { class: "nbb-editor-field" }, "W", width), h("label", { class: "nbb-editor-field" }, "H", height),
        h("label", { class: "nbb-editor-field" }, scale, "Scale the image"), apply];
    }

    function drawOptions() {
      let parts = [];
      if (editable()) {
        if (tool === "brush" && brush()) parts = brushOptions();
        else if (tool === "eraser" && eraser()) parts = [sizeControl("eraser-size", eraserRadius(), (v) => { eraserSize = v; })];
        else if (tool === "crop") parts = cropOptions();
        else if (tool === "resize") parts = resizeOptions();
      }
      options.replaceChildren(...parts);
      options.hidden = parts.length === 0;
      options.dataset.tool = tool ?? "";
    }

    // -- layout ----------------------------------------------------------------------------

    function fit() {
      const full = document.fullscreenElement === stage;
      const width = stage.clientWidth || wrap.clientWidth || doc.width;
      const fixedHeight = full || props().height != null;
      const height = fixedHeight ? stage.clientHeight || DEFAULT_HEIGHT : DEFAULT_HEIGHT;
      const scale = Math.min(width / doc.width, height / doc.height);
      surface.style.width = `${Math.max(1, Math.floor(doc.width * scale))}px`;
      surface.style.height = `${Math.max(1, Math.floor(doc.height * scale))}px`;
    }
    const observer = new ResizeObserver(() => fit());
    observer.observe(stage);

    /** Everything after a change of tool, document size, props or value. */
    function draw() {
      const p = props();
      const on = editable();
      wrap.style.height = cssSize(p.height);
      wrap.style.width = cssSize(p.width);
      wrap.classList.toggle("nbb-has-height", p.height != null);
      wrap.dataset.tool = tool ?? "";
      wrap.dataset.interactive = String(on);
      if (tool === "brush" && !brush()) tool = null;
      if (tool === "eraser" && !eraser()) tool = null;
      if ((tool === "crop" || tool === "resize") && !transforms().includes(tool)) tool = null;
      if (brush() && color === null) color = resolveColor(brush().default_color ?? brush().colors?.[0] ?? "#000000");

      const list = sources();
      for (const [name, el] of Object.entries(sourceButtons)) el.hidden = !on || !list.includes(name);
      sourceBar.hidden = !on || list.length === 0;
      toolButtons.brush.hidden = !on || !brush();
      toolButtons.eraser.hidden = !on || !eraser();
      toolButtons.crop.hidden = !on || !transforms().includes("crop");
      toolButtons.resize.hidden = !on || !transforms().includes("resize");
      toolBar.hidden = Object.values(toolButtons).every((el) => el.hidden);
      actions.apply.hidden = !on;
      actions.clear.hidden = !on;
      actions.download.hidden = !buttons().includes("download");
      actions.fullscreen.hidden = !buttons().includes("fullscreen");
      markRowStarts();
      ctx.root.tabIndex = on ? 0 : -1;

      // The stage: the webcam, the drop zone over an empty canvas, or the canvas.
      const live = webcam.live();
      if (live) {
        overlay.replaceChildren(webcamBox);
        overlay.hidden = false;
      } else if (on && !hasValue && list.includes("upload") && !DRAWING.includes(tool)) {
        const hint = brush() ? "Drop an image here\n- or -\nClick to upload\n- or -\nPick the brush to draw" : null;
        zone.update({ accept: "image/*", placeholder: p.placeholder ?? hint, enabled: true });
        overlay.replaceChildren(zone.el);
        overlay.hidden = false;
      } else {
        overlay.hidden = true;
      }
      stage.dataset.state = live ? "webcam" : overlay.hidden ? (hasValue ? "image" : "blank") : "upload";
      surface.classList.toggle("nbb-drawing", on && DRAWING.includes(tool));
      canvas.classList.toggle("nbb-selectable", !on && ctx.events().includes("select"));
      stage.hidden = !on && !hasValue;
      if (!on && !hasValue) {
        options.hidden = true;
      }
      empty.hidden = on || hasValue;
      drawOptions();
      drawState();
      fit();
    }

    const empty = h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, icon("image", "nbb-icon nbb-drop-icon"));
    wrap.insertBefore(empty, layersBar);

    ctx.on("value", (value) => {
      if (value !== sent) load(value);
    });
    ctx.on("props", () => draw());
    ctx.on("events", () => draw());
    tool = initialTool();
    blankDocument();
    load(ctx.value());
    return () => {
      observer.disconnect();
      webcam.stop();
    };
  },
};
