// The app root (gr.Blocks): children in a column, the user's CSS scoped to the app,
// room for a footer. Toasts are drawn by the runtime on this block.

import { h, setText } from "../lib/dom.js";
import { scopeCss } from "../lib/scopecss.js";

let nextApp = 0;

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const appId = `app-${(nextApp += 1)}`;
    ctx.root.dataset.nbblocksApp = appId;
    ctx.root.classList.add("nbb-app");
    const userStyle = h("style", { dataset: { nbblocksPart: "user-css" } });
    const body = h("div", { class: "nbb-app-body", dataset: { nbblocksPart: "children" } });
    const footer = h("footer", { class: "nbb-app-footer", dataset: { nbblocksPart: "footer" }, hidden: true });
    ctx.el.append(userStyle, body, footer);

    let appliedCss = null;
    const apply = () => {
      const props = ctx.props();
      if (props.title) ctx.root.setAttribute("aria-label", props.title);
      else ctx.root.removeAttribute("aria-label");
      ctx.root.classList.toggle("nbb-fill-height", Boolean(props.fill_height));
      ctx.root.classList.toggle("nbb-fill-width", Boolean(props.fill_width));
      const css = props.css ?? "";
      if (css !== appliedCss) {
        userStyle.textContent = scopeCss(css, `[data-nbblocks-app="${appId}"]`);
        appliedCss = css;
      }
      const text = typeof props.footer === "string" ? props.footer : "";
      setText(footer, text);
      footer.hidden = !text;
    };
    apply();
    ctx.on("props", apply);

    await ctx.renderChildren(body);
    return () => {
      delete ctx.root.dataset.nbblocksApp;
      ctx.root.removeAttribute("aria-label");
    };
  },
};
