// gr.Button: the value is the text. A click sends `click` (and opens `link` if set).

import { h } from "../lib/dom.js";
import buttons from "../styles/buttons.css";

const VARIANTS = ["primary", "secondary", "stop", "huggingface"];
const SIZES = ["sm", "md", "lg"];

export default {
  styles: [buttons],
  chrome: { label: false, info: false, container: false },

  render(ctx) {
    const button = h("button", { type: "button", class: "nbb-button", dataset: { nbblocksPart: "button" } });
    ctx.el.append(button);
    let shown = null;

    const apply = () => {
      const p = ctx.props();
      const variant = VARIANTS.includes(p.variant) ? p.variant : "secondary";
      const size = SIZES.includes(p.size) ? p.size : "lg";
      for (const name of VARIANTS) button.classList.toggle(`nbb-button-${name}`, name === variant);
      for (const name of SIZES) button.classList.toggle(`nbb-size-${name}`, name === size);
      button.disabled = !ctx.interactive();
      const text = ctx.value() === null || ctx.value() === undefined ? "" : String(ctx.value());
      const iconUrl = typeof p.icon === "string" && p.icon ? p.icon : (p.icon?.url ?? null);
      const key = JSON.stringify([text, iconUrl]);
      if (key !== shown) {
        shown = key;
        button.replaceChildren(
          ...[iconUrl ? h("img", { class: "nbb-button-icon", src: iconUrl, alt: "" }) : null,
            text ? h("span", { class: "nbb-button-text" }, text) : null].filter(Boolean),
        );
      }
      if (p.link) button.title = p.link;
      else button.removeAttribute("title");
    };

    ctx.listen(button, "click", () => {
      if (!ctx.interactive()) return;
      const link = ctx.props().link;
      if (link) window.open(link, "_blank", "noopener");
      ctx.dispatch("click");
    });

    apply();
    ctx.on("props", apply);
    ctx.on("value", apply);
  },
};
