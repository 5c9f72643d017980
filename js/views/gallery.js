// gr.Gallery: a grid of images with captions. Clicking one sends `select` (and opens
// the preview when allow_preview); an interactive gallery appends uploaded images.

import { h, cssSize } from "../lib/dom.js";
import { drawSource } from "../lib/imageview.js";
import { acceptAttr, dropZone, iconButton, uploadAll, uploadStatus } from "../lib/dropzone.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";

export default {
  styles: [uploads, files],
  render(ctx) {
    const grid = h("div", { class: "nbb-gallery-grid", dataset: { nbblocksPart: "grid" } });
    const preview = h("div", { class: "nbb-gallery-preview", dataset: { nbblocksPart: "preview" }, hidden: true });
    const status = uploadStatus(ctx);
    const zone = dropZone(ctx, { onFiles: (files) => add(files), iconName: "image", fallback: "Drop Images Here\n- or -\nClick to Upload" });
    const actions = h("div", { class: "nbb-file-actions" });
    const wrap = h("div", { class: "nbb-gallery" }, actions, preview, grid, zone.el, status.bar, status.error);
    ctx.el.append(wrap);

    let selected = null;
    let previewOpen = false;
    let drawing = 0;
    let disposers = [];
    let lastSelectedProp;

    const props = () => ctx.props();
    const items = () => (Array.isArray(ctx.value()) ? ctx.value() : []);

    async function add(files) {
      const images = files.filter((f) => !f.type || f.type.startsWith("image/") || f.type.startsWith("video/"));
      if (!images.length) return;
      const uploaded = await status.run((progress) => uploadAll(ctx, images, progress));
      if (!uploaded) return;
      ctx.setValue([...items(), ...uploaded.map((image) => ({ image, caption: null }))], { events: ["upload", "change"] });
      draw();
    }

    function choose(index) {
      const item = items()[index];
      if (!item) return;
      selected = index;
      ctx.dispatch("select", { index, value: item, selected: true });
      if (props().allow_preview !== false) openPreview(index);
      else markSelected();
    }

    function openPreview(index) {
      selected = index;
      if (!previewOpen) ctx.dispatch("preview_open");
      previewOpen = true;
      drawPreview();
      markSelected();
    }

    function closePreview() {
      previewOpen = false;
      preview.hidden = true;
      ctx.dispatch("preview_close");
      markSelected();
    }

    function markSelected() {
      for (const el of grid.children) el.setAttribute("aria-pressed", String(Number(el.dataset.index) === selected));
    }

    async function drawPreview() {
      const item = items()[selected];
      if (!previewOpen || !item) {
        preview.hidden = true;
        return;
      }
      const token = drawing;
      const p = props();
      const bar = h("div", { class: "nbb-gallery-preview-bar" });
      if (!Array.isArray(p.buttons) || p.buttons.includes("download")) {
        bar.append(iconButton(ctx, { iconName: "download", label: "Download", part: "download", onClick: () => ctx.download(item.image) }));
      }
      if (!Array.isArray(p.buttons) || p.buttons.includes("fullscreen")) {
        bar.append(iconButton(ctx, { iconName: "fullscreen", label: "Fullscreen", part: "fullscreen", onClick: () => preview.requestFullscreen?.() }));
      }
      bar.append(iconButton(ctx, { iconName: "close", label: "Close", part: "preview-close", onClick: closePreview }));
      try {
        const drawn = await drawSource(await ctx.fileSource(item.image), { className: "nbb-image-media", part: "preview-image", alt: item.caption ?? "" });
        if (token !== drawing) return drawn.dispose();
        disposers.push(drawn.dispose);
        preview.replaceChildren(bar, drawn.el,
          item.caption ? h("div", { class: "nbb-gallery-preview-caption", dataset: { nbblocksPart: "preview-caption" } }, item.caption) : null);
        preview.hidden = false;
      } catch (e) {
        preview.replaceChildren(bar, h("div", { class: "nbb-empty" }, String(e?.message ?? e)));
        preview.hidden = false;
      }
      return null;
    }

    async function draw() {
      const token = (drawing += 1);
      for (const dispose of disposers.splice(0)) dispose();
      const p = props();
      const editable = ctx.interactive();
      wrap.style.setProperty("--nbb-gallery-columns", String(Math.max(1, Number(Array.isArray(p.columns) ? p.columns[0] : p.columns) || 2)));
      wrap.style.setProperty("--nbb-gallery-fit", p.object_fit ?? "cover");
      grid.style.maxHeight = cssSize(p.height);
      if (p.selected_index !== lastSelectedProp) {
        lastSelectedProp = p.selected_index;
        if (typeof p.selected_index === "number") {
          selected = p.selected_index;
          previewOpen = p.allow_preview !== false;
        }
      }
      if (p.preview && selected === null && items().length) {
        selected = 0;
        previewOpen = p.allow_preview !== false;
      }
      const list = items();
      const cells = list.map((item, index) => {
        const cell = h("button", { type: "button", class: "nbb-gallery-item", "aria-pressed": String(index === selected),
          dataset: { nbblocksPart: "thumbnail", index: String(index) } });
        cell.addEventListener("click", () => choose(index));
        if (item.caption) cell.append(h("div", { class: "nbb-gallery-caption", dataset: { nbblocksPart: "caption" } }, item.caption));
        return cell;
      });
      grid.replaceChildren(...cells);
      grid.hidden = list.length === 0;
      actions.replaceChildren(...(editable && list.length
        ? [iconButton(ctx, { iconName: "close", label: "Clear", part: "clear", onClick: () => {
          selected = null;
          previewOpen = false;
          ctx.setValue([], { events: ["change"] });
          draw();
        } })]
        : []));
      zone.update({ accept: acceptAttr(p.file_types ?? ["image"]), multiple: true, enabled: editable, placeholder: null });
      zone.el.hidden = !editable;
      if (!editable && list.length === 0) {
        grid.hidden = false;
        grid.replaceChildren(h("div", { class: "nbb-empty", dataset: { nbblocksPart: "empty" } }, "No images"));
      }
      if (selected !== null && selected >= list.length) {
        selected = null;
        previewOpen = false;
      }
      drawPreview();
      await Promise.all(list.map(async (item, index) => {
        try {
          const drawn = await drawSource(await ctx.fileSource(item.image), { className: "nbb-image-media", part: "thumbnail-image", alt: item.caption ?? "" });
          if (token !== drawing) return drawn.dispose();
          disposers.push(drawn.dispose);
          cells[index].prepend(drawn.el);
        } catch {
          /* a broken item stays an empty cell */
        }
        return null;
      }));
    }

    ctx.on("value", draw);
    ctx.on("props", draw);
    draw();
    return () => {
      for (const dispose of disposers.splice(0)) dispose();
    };
  },
};
