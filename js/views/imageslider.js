// gr.ImageSlider: the value's first image, with its second laid over it and clipped at a
// handle: the first shows left of the handle, the second right of it. The handle is a
// role="slider" (0-100): drag it (or anywhere on the images) with the pointer, or move it
// with the arrow keys, Page Up/Down, Home and End. It starts at `slider_position`.
// Interactive and not yet holding both images, it takes one image from a file, which
// becomes the first (Gradio 6.31's upload view); the second comes from the app.

import { h, cssSize } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { drawSource } from "../lib/imageview.js";
import { drawFileToolbar, dropZone, iconButton, uploadStatus } from "../lib/dropzone.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";
import imageslider from "../styles/imageslider.css";

const clamp = (n) => Math.min(100, Math.max(0, n));
const KEY_STEPS = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };

export default {
  styles: [uploads, files, imageslider],
  render(ctx) {
    const toolbar = h("div", { class: "nbb-image-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const frame = h("div", { class: "nbb-image-frame nbb-slider-frame", dataset: { nbblocksPart: "frame" } });
    const status = uploadStatus(ctx);
    const wrap = h("div", { class: "nbb-image nbb-imageslider" }, toolbar, frame, status.bar, status.error);
    ctx.el.append(wrap);

    const layer = h("div", { class: "nbb-slider-second", dataset: { nbblocksPart: "second" } });
    const handle = h("div", {
      class: "nbb-slider-handle", role: "slider", tabIndex: 0, "aria-valuemin": "0", "aria-valuemax": "100",
      "aria-label": "Comparison position", dataset: { nbblocksPart: "handle" },
    }, h("span", { class: "nbb-slider-line" }), h("span", { class: "nbb-slider-knob" }, "\u25C2\u25B8"));
    const stage = h("div", { class: "nbb-slider-stage", dataset: { nbblocksPart: "stage" } });
    const zone = dropZone(ctx, { onFiles: (picked) => take(picked[0]), iconName: "image",
      fallback: "Drop Image Here\n- or -\nClick to Upload" });

    let position = 50;
    let givenPosition = null; // the slider_position the position last came from
    let shown = []; // what drawSource gave, to dispose
    let drawing = 0;

    const props = () => ctx.props();
    const pair = () => (Array.isArray(ctx.value()) ? [ctx.value()[0] ?? null, ctx.value()[1] ?? null] : [null, null]);
    const buttons = () => (Array.isArray(props().buttons) ? props().buttons : ["download", "fullscreen"]);
    const editable = () => ctx.interactive();

    // -- the handle -------------------------------------------------------------------------

    function place(percent) {
      position = clamp(Math.round(percent * 1000) / 1000);
      layer.style.clipPath = `inset(0 0 0 ${position}%)`;
      handle.style.left = `${position}%`;
      handle.setAttribute("aria-valuenow", String(position));
      handle.setAttribute("aria-valuetext", `${Math.round(position)}%`);
    }

    function followProps() {
      const given = Number(props().slider_position ?? 50);
      if (given === givenPosition) return;
      givenPosition = given;
      place(Number.isFinite(given) ? given : 50);
    }

    const fromPointer = (event) => {
      const rect = stage.getBoundingClientRect();
      place(((event.clientX - rect.left) / Math.max(1, rect.width)) * 100);
    };
    let dragging = null;
    ctx.listen(stage, "pointerdown", (event) => {
      if (event.button !== 0) return;
      event.preventDefault();
      dragging = event.pointerId;
      stage.setPointerCapture?.(event.pointerId);
      stage.classList.add("nbb-slider-dragging");
      handle.focus({ preventScroll: true });
      fromPointer(event);
    });
    ctx.listen(stage, "pointermove", (event) => {
      if (event.pointerId === dragging) fromPointer(event);
    });
    const release = (event) => {
      if (event.pointerId !== dragging) return;
      dragging = null;
      stage.classList.remove("nbb-slider-dragging");
    };
    ctx.listen(stage, "pointerup", release);
    ctx.listen(stage, "pointercancel", release);
    ctx.listen(handle, "keydown", (event) => {
      let next = null;
      if (event.key in KEY_STEPS) next = position + KEY_STEPS[event.key] * (event.shiftKey ? 10 : 1);
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = 100;
      if (next === null) return;
      event.preventDefault();
      place(next);
    });

    // -- taking an image ------------------------------------------------------------------

    async function take(file) {
      if (!file) return;
      if (file.type && !file.type.startsWith("image/")) {
        status.error.textContent = `${file.name || "the file"} is not an image`;
        status.error.hidden = false;
        return;
      }
      const fd = await status.run((progress) => ctx.upload(file, { onProgress: progress }));
      if (!fd) return;
      ctx.setValue([fd, pair()[1]], { events: ["upload", "input", "change"] });
      draw();
    }

    function clear() {
      ctx.setValue([null, null], { events: ["clear", "input", "change"] });
      givenPosition = null;
      followProps();
      draw();
    }

    // -- drawing ----------------------------------------------------------------------------

    function dispose() {
      for (const drawn of shown) drawn.dispose();
      shown = [];
    }

    function drawToolbar(first, second, comparing) {
      const fullscreen = comparing && buttons().includes("fullscreen")
        ? [iconButton(ctx, { iconName: "fullscreen", label: "Fullscreen", part: "fullscreen", onClick: () => frame.requestFullscreen?.() })]
        : [];
      drawFileToolbar(ctx, toolbar, { shown: Boolean(first || second), buttons: buttons(), editable: editable(), clear,
        extra: fullscreen, file: () => pair()[1] });
    }

    function empty(message = null) {
      dispose();
      frame.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } },
        message ?? icon("image", "nbb-icon nbb-drop-icon")));
      frame.dataset.state = "empty";
    }

    async function draw() {
      const token = (drawing += 1);
      const p = props();
      frame.style.height = cssSize(p.height);
      frame.style.width = cssSize(p.width);
      stage.style.setProperty("--nbb-slider-max-height", p.max_height ? `${Number(p.max_height)}px` : "none");
      followProps();
      const [first, second] = pair();
      // Gradio's static view compares two images or shows nothing; its upload view shows
      // the first with the handle while the second is still to come.
      const comparing = Boolean(first && second);
      drawToolbar(first, second, comparing);
      if (!comparing && !editable()) return empty();
      if (!first) {
        dispose();
        zone.update({ accept: "image/*", placeholder: p.placeholder ?? null, enabled: true });
        frame.replaceChildren(zone.el);
        frame.dataset.state = "upload";
        return;
      }
      let drawn;
      try {
        const sources = await Promise.all([first, second].map((fd) => (fd ? ctx.fileSource(fd) : null)));
        if (token !== drawing) return;
        drawn = await Promise.all(sources.map((src, i) => (src
          ? drawSource(src, { className: "nbb-slider-media", part: i === 0 ? "first-image" : "second-image",
            alt: [first, second][i].orig_name ?? "" })
          : null)));
      } catch (e) {
        if (token === drawing) empty(String(e?.message ?? e));
        return;
      }
      if (token !== drawing) {
        for (const d of drawn) d?.dispose();
        return;
      }
      dispose();
      shown = drawn.filter(Boolean);
      const [base, over] = drawn;
      layer.replaceChildren(over ? over.el : h("div", { class: "nbb-slider-pending", dataset: { nbblocksPart: "pending" } },
        icon("image", "nbb-icon nbb-drop-icon")));
      stage.replaceChildren(base.el, layer, handle);
      frame.replaceChildren(stage);
      frame.dataset.state = comparing ? "compare" : "first";
    }

    // A value from the kernel comes with its `blobs` in the same message, so redrawing on
    // `value` is enough.
    ctx.on("value", draw);
    ctx.on("props", draw);
    draw();
    return dispose;
  },
};
