// gr.AnnotatedImage: the base image with one RGBA mask per annotation laid over it, and a
// legend with one entry per label. Pointing at a mask (or at its legend entry) singles out
// that label; clicking sends `select` with {index, value: label} of the topmost annotation
// under the pointer (or the label's first annotation, from the legend). Labels without a
// color_map entry get their own hue, as in Gradio.

import { h, cssSize } from "../lib/dom.js";
import { drawSource, pixelAt } from "../lib/imageview.js";
import { iconButton } from "../lib/dropzone.js";
import { resolveColor } from "../lib/colors.js";
import files from "../styles/files.css";
import annotatedimage from "../styles/annotatedimage.css";

/** Alpha of every pixel of a drawn element (an <img> or a <canvas>). */
function alphaOf(el, width, height) {
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext("2d", { willReadFrequently: true });
  g.drawImage(el, 0, 0, width, height);
  const rgba = g.getImageData(0, 0, width, height).data;
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i += 1) alpha[i] = rgba[i * 4 + 3];
  return alpha;
}

export default {
  styles: [files, annotatedimage],
  render(ctx) {
    const toolbar = h("div", { class: "nbb-image-toolbar", dataset: { nbblocksPart: "toolbar" } });
    const stage = h("div", { class: "nbb-ann-stage", dataset: { nbblocksPart: "stage" } });
    const frame = h("div", { class: "nbb-ann-frame", dataset: { nbblocksPart: "frame" } }, toolbar, stage);
    const legend = h("div", { class: "nbb-ann-legend", dataset: { nbblocksPart: "legend" } });
    const wrap = h("div", { class: "nbb-annotated" }, frame, legend);
    ctx.el.append(wrap);

    let shown = null; // {base, masks: [{el, label, alpha}], width, height, dispose()}
    let drawing = 0;
    let active = null; // label singled out by the pointer

    const props = () => ctx.props();
    const annotations = () => (Array.isArray(ctx.value()?.annotations) ? ctx.value().annotations : []);
    const labels = () => [...new Set(annotations().map((a) => String(a.label)))];
    const mapped = (label) => {
      const map = props().color_map;
      return map && Object.prototype.hasOwnProperty.call(map, label) ? map[label] : null;
    };
    const hue = (label) => Math.round((labels().indexOf(label) * 360) / Math.max(1, labels().length));
    const legendColor = (label) => {
      const color = mapped(label);
      if (color !== null) {
        const { rgb } = resolveColor(color);
        return rgb.replace("rgb(", "rgba(").replace(")", ", 0.53)");
      }
      return `hsla(${hue(label)}, 100%, 50%, 0.3)`;
    };

    function setActive(label) {
      if (label === active) return;
      active = label;
      stage.classList.toggle("nbb-ann-pointing", active !== null);
      for (const m of shown?.masks ?? []) m.el.classList.toggle("nbb-ann-active", m.label === active);
      for (const item of legend.children) item.setAttribute("aria-pressed", String(item.dataset.label === active));
    }

    /** The topmost annotation with a visible pixel under the pointer. */
    function hit(event) {
      if (!shown || !shown.masks.length) return -1;
      const [x, y] = pixelAt(event, shown.base.el, shown.width, shown.height);
      for (let i = shown.masks.length - 1; i >= 0; i -= 1) {
        const m = shown.masks[i];
        m.alpha ??= alphaOf(m.el, shown.width, shown.height);
        if (m.alpha[y * shown.width + x] > 0) return i;
      }
      return -1;
    }

    ctx.listen(stage, "pointermove", (event) => {
      const index = hit(event);
      setActive(index < 0 ? null : shown.masks[index].label);
      stage.title = index < 0 ? "" : shown.masks[index].label;
      stage.classList.toggle("nbb-ann-over", index >= 0);
    });
    ctx.listen(stage, "pointerleave", () => {
      setActive(null);
      stage.classList.remove("nbb-ann-over");
    });
    ctx.listen(stage, "click", (event) => {
      const index = hit(event);
      if (index >= 0) ctx.dispatch("select", { index, value: shown.masks[index].label, selected: true });
    });

    function drawLegend() {
      const list = annotations();
      const items = props().show_legend === false ? [] : labels().map((label) => {
        const index = list.findIndex((a) => String(a.label) === label);
        const item = h("button", {
          type: "button", class: "nbb-ann-legend-item", style: { backgroundColor: legendColor(label) },
          dataset: { nbblocksPart: "legend-item", label, index: String(index) }, "aria-pressed": String(active === label),
        }, label);
        item.addEventListener("mouseenter", () => setActive(label));
        item.addEventListener("mouseleave", () => setActive(null));
        item.addEventListener("focus", () => setActive(label));
        item.addEventListener("blur", () => setActive(null));
        item.addEventListener("click", () => ctx.dispatch("select", { index, value: label, selected: true }));
        return item;
      });
      legend.replaceChildren(...items);
      legend.hidden = items.length === 0;
    }

    function drawToolbar() {
      const buttons = Array.isArray(props().buttons) ? props().buttons : ["fullscreen"];
      const items = [];
      if (buttons.includes("fullscreen") && ctx.value()) {
        items.push(iconButton(ctx, { iconName: "fullscreen", label: "Fullscreen", part: "fullscreen", onClick: () => frame.requestFullscreen?.() }));
      }
      toolbar.replaceChildren(...items);
      toolbar.hidden = items.length === 0;
    }

    function applySize() {
      const p = props();
      stage.style.height = cssSize(p.height);
      stage.style.width = cssSize(p.width);
      stage.style.minHeight = p.height === null || p.height === undefined ? "" : "0";
    }

    async function draw() {
      const ticket = ++drawing;
      const value = ctx.value();
      drawToolbar();
      drawLegend();
      if (!value || !value.image) {
        shown?.dispose();
        shown = null;
        stage.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, "No image"));
        stage.dataset.state = "empty";
        return;
      }
      let next = null;
      try {
        const base = await drawSource(await ctx.fileSource(value.image), { className: "nbb-ann-base", part: "image", alt: "the annotated image" });
        const masks = [];
        next = { base, masks, width: base.width, height: base.height, dispose: () => [base, ...masks].forEach((d) => d.drawn.dispose?.()) };
        base.drawn = base;
        for (const [index, a] of (value.annotations ?? []).entries()) {
          const drawn = await drawSource(await ctx.fileSource(a.image), { className: "nbb-ann-mask", part: "mask", alt: `mask: ${a.label}` });
          const label = String(a.label);
          drawn.el.dataset.index = String(index);
          drawn.el.dataset.label = label;
          if (mapped(label) === null) drawn.el.style.filter = `hue-rotate(${hue(label)}deg)`;
          masks.push({ el: drawn.el, label, alpha: null, drawn });
        }
      } catch (error) {
        next?.dispose();
        if (ticket !== drawing) return;
        stage.replaceChildren(h("div", { class: "nbb-image-empty", dataset: { nbblocksPart: "empty" } }, `The image could not be shown (${error?.message ?? error})`));
        return;
      }
      if (ticket !== drawing) {
        next.dispose();
        return;
      }
      shown?.dispose();
      shown = next;
      const layers = h("div", { class: "nbb-ann-layers", style: { aspectRatio: `${next.width} / ${next.height}` } },
        next.base.el, ...next.masks.map((m) => m.el));
      stage.replaceChildren(layers);
      stage.dataset.state = "image";
      active = null;
      setActive(null);
    }

    applySize();
    draw();
    ctx.on("value", draw);
    ctx.on("blobs", draw);
    ctx.on("props", () => {
      applySize();
      draw();
    });
    return () => shown?.dispose();
  },
};
