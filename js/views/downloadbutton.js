// gr.DownloadButton: clicking saves the value (a file) and sends `click`.

import { h } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import buttons from "../styles/buttons.css";
import uploads from "../styles/uploads.css";

const VARIANTS = ["primary", "secondary", "stop", "huggingface"];
const SIZES = ["sm", "md", "lg"];

export default {
  styles: [buttons, uploads],
  chrome: { label: false, info: false, container: false },

  render(ctx) {
    const text = h("span", { class: "nbb-button-text" });
    const button = h("button", { type: "button", class: "nbb-button", dataset: { nbblocksPart: "button" } }, icon("download"), text);
    const error = h("div", { class: "nbb-upload-error", role: "alert", dataset: { nbblocksPart: "download-error" }, hidden: true });
    ctx.el.append(button, error);

    function apply() {
      const p = ctx.props();
      const variant = VARIANTS.includes(p.variant) ? p.variant : "secondary";
      const size = SIZES.includes(p.size) ? p.size : "lg";
      for (const name of VARIANTS) button.classList.toggle(`nbb-button-${name}`, name === variant);
      for (const name of SIZES) button.classList.toggle(`nbb-size-${name}`, name === size);
      button.disabled = !ctx.interactive() || !ctx.value();
      text.textContent = p.label ?? "Download";
    }

    ctx.listen(button, "click", async () => {
      const value = ctx.value();
      if (!ctx.interactive() || !value) return;
      ctx.dispatch("click");
      error.hidden = true;
      try {
        await ctx.download(value);
      } catch (e) {
        error.textContent = String(e?.message ?? e);
        error.hidden = false;
      }
    });

    apply();
    ctx.on("props", apply);
    ctx.on("value", apply);
  },
};
