// gr.UploadButton: a button that opens the file picker; the chosen files are uploaded
// (progress in the button) and become the value, with `upload`.

import { h } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { acceptAttr, uploadAll } from "../lib/dropzone.js";
import buttons from "../styles/buttons.css";
import uploads from "../styles/uploads.css";

const VARIANTS = ["primary", "secondary", "stop", "huggingface"];
const SIZES = ["sm", "md", "lg"];

export default {
  styles: [buttons, uploads],
  chrome: { label: false, info: false, container: false },

  render(ctx) {
    const input = h("input", { type: "file", class: "nbb-file-input", tabIndex: -1, dataset: { nbblocksPart: "file-input" } });
    const text = h("span", { class: "nbb-button-text" });
    const button = h("button", { type: "button", class: "nbb-button", dataset: { nbblocksPart: "button" } }, icon("upload"), text);
    const error = h("div", { class: "nbb-upload-error", role: "alert", dataset: { nbblocksPart: "upload-error" }, hidden: true });
    ctx.el.append(button, input, error);
    let uploading = false;

    const props = () => ctx.props();
    const multiple = () => (props().file_count ?? "single") !== "single";

    function apply(progress = null) {
      const p = props();
      const variant = VARIANTS.includes(p.variant) ? p.variant : "secondary";
      const size = SIZES.includes(p.size) ? p.size : "lg";
      for (const name of VARIANTS) button.classList.toggle(`nbb-button-${name}`, name === variant);
      for (const name of SIZES) button.classList.toggle(`nbb-size-${name}`, name === size);
      button.disabled = !ctx.interactive() || uploading;
      text.textContent = progress === null ? (p.label ?? "Upload a File") : `Uploading… ${Math.round(progress * 100)}%`;
      input.accept = acceptAttr(p.file_types);
      input.multiple = multiple() || p.file_count === "directory";
      input.webkitdirectory = p.file_count === "directory";
    }

    ctx.listen(button, "click", () => {
      if (!ctx.interactive() || uploading) return;
      ctx.dispatch("click");
      input.click();
    });
    ctx.listen(input, "change", async () => {
      const files = [...(input.files ?? [])];
      input.value = "";
      if (!files.length) return;
      const chosen = multiple() ? files : files.slice(0, 1);
      uploading = true;
      error.hidden = true;
      try {
        const out = await uploadAll(ctx, chosen, (fraction) => apply(fraction));
        ctx.setValue(multiple() ? out : out[0], { events: ["upload"] });
      } catch (e) {
        error.textContent = String(e?.message ?? e);
        error.hidden = false;
      } finally {
        uploading = false;
        apply();
      }
    });

    apply();
    ctx.on("props", () => apply());
  },
};
