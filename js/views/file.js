// gr.File: the files of the value as rows (name, size, download); an interactive File
// takes files from the picker or a drop, appending them when file_count is "multiple".

import { h, cssSize } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { acceptAttr, dropZone, iconButton, uploadAll, uploadStatus } from "../lib/dropzone.js";
import uploads from "../styles/uploads.css";
import files from "../styles/files.css";

export function formatSize(bytes) {
  if (typeof bytes !== "number" || !Number.isFinite(bytes)) return "";
  const units = ["B", "KB", "MB", "GB"];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u += 1;
  }
  return u === 0 ? `${n} B` : `${n.toFixed(1)} ${units[u]}`;
}

export default {
  styles: [uploads, files],
  render(ctx) {
    const list = h("div", { class: "nbb-file-list", dataset: { nbblocksPart: "files" } });
    const actions = h("div", { class: "nbb-file-actions" });
    const status = uploadStatus(ctx);
    const zone = dropZone(ctx, { onFiles: (files) => add(files) });
    const wrap = h("div", { class: "nbb-file" }, actions, list, zone.el, status.bar, status.error);
    ctx.el.append(wrap);

    const props = () => ctx.props();
    const multiple = () => (props().file_count ?? "single") !== "single";
    const items = () => {
      const v = ctx.value();
      return v == null ? [] : Array.isArray(v) ? v : [v];
    };

    async function add(files) {
      const chosen = multiple() ? files : files.slice(0, 1);
      const uploaded = await status.run((progress) => uploadAll(ctx, chosen, progress));
      if (!uploaded) return;
      ctx.setValue(multiple() ? [...items(), ...uploaded] : uploaded[0], { events: ["upload", "change"] });
      draw();
    }

    function remove(index) {
      const list = items();
      const [gone] = list.splice(index, 1);
      ctx.setValue(multiple() ? list : null, { events: ["change"] });
      ctx.dispatch("delete", { file: gone, index });
      draw();
    }

    function draw() {
      const p = props();
      const editable = ctx.interactive();
      const files = items();
      list.style.maxHeight = cssSize(p.height);
      const downloads = !Array.isArray(p.buttons) || p.buttons.includes("download");
      list.replaceChildren(...files.map((fd, index) => {
        const name = h("span", { class: "nbb-file-name", title: fd.orig_name ?? "", dataset: { nbblocksPart: "file-name", index: String(index) } },
          fd.orig_name ?? String(fd.path).split("/").pop());
        name.addEventListener("click", () => ctx.dispatch("select", { index, value: fd.orig_name ?? null, selected: true }));
        const row = h("div", { class: "nbb-file-row", dataset: { nbblocksPart: "file", index: String(index) } },
          icon("file"), name, h("span", { class: "nbb-file-size", dataset: { nbblocksPart: "file-size" } }, formatSize(fd.size)));
        if (downloads) {
          const link = h("button", { type: "button", class: "nbb-file-link", dataset: { nbblocksPart: "file-link", index: String(index) } }, "Download");
          link.addEventListener("click", async () => {
            try {
              await ctx.download(fd);
              ctx.dispatch("download", { file: fd });
            } catch (e) {
              status.error.textContent = String(e?.message ?? e);
              status.error.hidden = false;
            }
          });
          row.append(link);
        }
        if (editable) {
          const del = iconButton(ctx, { iconName: "trash", label: "Remove", part: "file-delete", onClick: () => remove(index) });
          del.dataset.index = String(index);
          row.append(del);
        }
        return row;
      }));
      list.hidden = files.length === 0;
      actions.replaceChildren(...(editable && files.length
        ? [iconButton(ctx, { iconName: "close", label: "Clear", part: "clear", onClick: () => {
          ctx.setValue(null, { events: ["clear", "change"] });
          draw();
        } })]
        : []));
      zone.update({
        accept: acceptAttr(p.file_types), multiple: multiple(), directory: p.file_count === "directory",
        enabled: editable, placeholder: null,
      });
      zone.el.hidden = !editable || (files.length > 0 && !multiple());
      if (!editable && files.length === 0) {
        list.hidden = false;
        list.replaceChildren(h("div", { class: "nbb-empty", dataset: { nbblocksPart: "empty" } }, "No file"));
      }
    }

    ctx.on("value", draw);
    ctx.on("props", draw);
    draw();
  },
};
