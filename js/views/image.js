// gr.Image: shows the value (raw pixels into a canvas, or a file / URL in an <img>);
// takes a new one from a file, the clipboard or the webcam; streams webcam frames.
// Clicking the image sends `select` with the [x, y] pixel.

import { h, cssSize } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { drawSource, pixelAt } from "../lib/imageview.js";
import { drawFileToolbar, drawSourceBar, dropZone, iconButton, uploadStatus } from "../lib/dropzone.js";
import { clipboardSource, createWebcam } from "../lib/webcam.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";

const SOURCES = ["upload", "webcam", "clipboard"];
const SOURCE_ICONS = { upload: "upload", webcam: "camera", clipboard: "clipboard" };
const SOURCE_LABELS = { upload: "Upload", webcam: "Webcam", clipboard: "Paste from clipboard" };

export default {
  styles: [uploads, files],
  render(ctx) {
    const frame = h("div", { class: "nbb-image-frame", dataset: { nbblocksPart: "frame" } });
    const toolbar = h("div", { class: "nbb-image-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const sourceBar = h("div", { class: "nbb-source-bar", dataset: { nbblocksPart: "sources" } });
    const status = uploadStatus(ctx);
    const wrap = h("div", { class: "nbb-image" }, toolbar, frame, status.bar, status.error, sourceBar);
    ctx.el.append(wrap);

    const webcam = createWebcam(ctx);
    const zone = dropZone(ctx, { onFiles: (files) => take(files[0], "upload"), iconName: "image",
      fallback: "Drop Image Here\n- or -\nClick to Upload" });
    let source = null; // the active source when there is no value
    let shown = null; // {el, width, height, dispose} of the drawn image
    let drawing = 0;
    let streamTimer = null;
    let streaming = false;

    const props = () => ctx.props();
    const sources = () => (Array.isArray(props().sources) ? props().sources.filter((s) => SOURCES.includes(s)) : SOURCES);
    const buttons = () => (Array.isArray(props().buttons) ? props().buttons : ["download", "fullscreen"]);
    const editable = () => ctx.interactive();

    // -- taking a new image ----------------------------------------------------------

    async function take(file, how, name = null) {
      if (!file) return;
      if (file.type && !file.type.startsWith("image/")) {
        status.error.textContent = `${file.name || "the file"} is not an image`;
        status.error.hidden = false;
        return;
      }
      const fd = await status.run((progress) => ctx.upload(file, { name, onProgress: progress }));
      if (!fd) return;
      const events = how === "webcam" ? ["input", "change"] : ["upload", "input", "change"];
      ctx.setValue(fd, { events });
      draw();
    }

    const pasteFromClipboard = clipboardSource(ctx, {
      enabled: () => editable() && sources().includes("clipboard"),
      take,
      onError: (e) => {
        status.error.textContent = String(e?.message ?? e);
        status.error.hidden = false;
      },
    });

    // -- webcam ----------------------------------------------------------------------------

    const startButton = h("button", { type: "button", class: "nbb-webcam-start", dataset: { nbblocksPart: "webcam-start" } },
      icon("camera"), h("span", null, "Click to access webcam"));
    const capture = h("button", { type: "button", class: "nbb-webcam-capture", title: "Take a photo", "aria-label": "Take a photo",
      dataset: { nbblocksPart: "capture" } }, icon("camera"));
    const streamToggle = h("button", { type: "button", class: "nbb-webcam-capture nbb-stream-toggle", dataset: { nbblocksPart: "stream-toggle" } });
    const webcamBox = h("div", { class: "nbb-webcam" }, webcam.video, h("div", { class: "nbb-webcam-controls" }, capture, streamToggle));

    ctx.listen(startButton, "click", async () => {
      status.clearError();
      const options = props().webcam_options ?? {};
      try {
        await status.run(async () => {
          await webcam.start({ constraints: options.constraints, mirrored: options.mirror });
        });
      } finally {
        draw();
      }
    });
    ctx.listen(capture, "click", async () => {
      const blob = await webcam.capture().catch((e) => {
        status.error.textContent = e.message;
        status.error.hidden = false;
        return null;
      });
      if (!blob) return;
      webcam.stop();
      await take(blob, "webcam", "webcam.png");
    });
    ctx.listen(streamToggle, "click", () => (streaming ? stopStreaming() : startStreaming()));

    function startStreaming() {
      streaming = true;
      const every = Math.max(0.05, Number(props().stream_every) || 0.5) * 1000;
      const limit = Number(props().time_limit) > 0 ? Number(props().time_limit) * 1000 : null;
      const started = performance.now();
      let busy = false;
      streamTimer = setInterval(async () => {
        if (limit !== null && performance.now() - started >= limit) {
          stopStreaming();
          return;
        }
        if (busy || !webcam.live()) return;
        busy = true;
        try {
          const blob = await webcam.capture();
          const fd = await ctx.upload(blob, { name: "frame.png", stream: true });
          if (streaming) ctx.setValue(fd, { events: ["stream"] });
        } catch (e) {
          status.error.textContent = String(e?.message ?? e);
          status.error.hidden = false;
        } finally {
          busy = false;
        }
      }, every);
      drawControls();
    }

    function stopStreaming() {
      streaming = false;
      clearInterval(streamTimer);
      streamTimer = null;
      drawControls();
    }
    ctx.signal.addEventListener("abort", () => clearInterval(streamTimer), { once: true });

    function drawControls() {
      const live = props().streaming === true;
      capture.hidden = live;
      streamToggle.hidden = !live;
      streamToggle.replaceChildren(icon(streaming ? "stop" : "record"), h("span", null, streaming ? "Stop" : "Start streaming"));
      streamToggle.classList.toggle("nbb-streaming", streaming);
      streamToggle.setAttribute("aria-pressed", String(streaming));
    }

    // -- drawing ---------------------------------------------------------------------------

    function drawToolbar(value) {
      const fullscreen = buttons().includes("fullscreen")
        ? [iconButton(ctx, { iconName: "fullscreen", label: "Fullscreen", part: "fullscreen", onClick: () => frame.requestFullscreen?.() })]
        : [];
      drawFileToolbar(ctx, toolbar, { shown: Boolean(value), buttons: buttons(), editable: editable(), clear, extra: fullscreen });
    }

    function drawSources(value) {
      const list = sources();
      drawSourceBar(ctx, sourceBar, {
        shown: editable() && !props().streaming && list.length > 1 && !value,
        list, current: source, labels: SOURCE_LABELS, icons: SOURCE_ICONS,
        pick: (name) => {
          if (name === "clipboard") {
            pasteFromClipboard();
            return;
          }
          if (name !== "webcam") webcam.stop();
          source = name;
          draw();
        },
      });
    }

    function clear() {
      stopStreaming();
      ctx.setValue(null, { events: ["clear", "input", "change"] });
      draw();
    }

    function dispose() {
      shown?.dispose();
      shown = null;
    }

    async function draw() {
      const token = (drawing += 1);
      const p = props();
      frame.style.height = cssSize(p.height);
      frame.style.width = cssSize(p.width);
      wrap.classList.toggle("nbb-has-height", p.height != null);
      const value = ctx.value();
      const list = sources();
      if (source === null || !list.includes(source)) source = list[0] ?? "upload";
      if (p.streaming) source = "webcam";
      ctx.root.tabIndex = editable() && list.includes("clipboard") ? 0 : -1;
      drawToolbar(value);
      drawSources(value);
      drawControls();

      if (value && !(p.streaming && webcam.live())) {
        let drawn;
        try {
          const src = await ctx.fileSource(value);
          if (token !== drawing) return;
          drawn = await drawSource(src, { className: "nbb-image-media", alt: value.orig_name ?? "" });
        } catch (e) {
          if (token !== drawing) return;
          frame.replaceChildren(h("div", { class: "nbb-empty", dataset: { nbblocksPart: "empty" } }, String(e?.message ?? e)));
          return;
        }
        if (token !== drawing) {
          drawn.dispose();
          return;
        }
        dispose();
        shown = drawn;
        drawn.el.addEventListener("click", (event) => {
          ctx.dispatch("select", { index: pixelAt(event, drawn.el, drawn.width, drawn.height), value: null, selected: true });
        });
        drawn.el.classList.toggle("nbb-selectable", ctx.events().includes("select"));
        frame.replaceChildren(drawn.el);
        frame.dataset.state = "image";
        return;
      }
      dispose();
      if (!editable()) {
        frame.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, icon("image", "nbb-icon nbb-drop-icon")));
        frame.dataset.state = "empty";
        return;
      }
      if (source === "webcam") {
        frame.replaceChildren(webcam.live() ? webcamBox : startButton);
        frame.dataset.state = webcam.live() ? "webcam" : "webcam-off";
        return;
      }
      webcam.stop();
      zone.update({ accept: "image/*", placeholder: p.placeholder ?? null, enabled: true });
      frame.replaceChildren(zone.el);
      frame.dataset.state = "upload";
    }

    // A value from the kernel comes with its `blobs` in the same message (set before the
    // change events fire), so redrawing on `value` is enough.
    ctx.on("value", draw);
    ctx.on("props", draw);
    ctx.on("events", draw);
    draw();
    return () => {
      dispose();
      webcam.stop();
    };
  },
};
