// The app root (gr.Blocks): children in a column, the user's CSS scoped to the app,
// room for a footer. Toasts are drawn by the runtime on this block.

import { copyButton } from "../lib/copy.js";
import { h } from "../lib/dom.js";
import { uniqueId } from "../lib/page.js";
import { scopeCss } from "../lib/scopecss.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const appId = uniqueId("app"); // scopes the app's css: unique on the page
    ctx.root.dataset.nbblocksApp = appId;
    ctx.root.classList.add("nbb-app");
    const userStyle = h("style", { dataset: { nbblocksPart: "user-css" } });
    const body = h("div", { class: "nbb-app-body", dataset: { nbblocksPart: "children" } });
    const footer = h("footer", { class: "nbb-app-footer", dataset: { nbblocksPart: "footer" }, hidden: true });
    ctx.el.append(userStyle, body, footer);

    let appliedCss = null;
    let appliedFooter = null;
    let themeTokens = [];
    const apply = () => {
      const props = ctx.props();
      // A named group (not a landmark: a notebook may show several apps of one title).
      if (props.title) {
        ctx.root.setAttribute("role", "group");
        ctx.root.setAttribute("aria-label", props.title);
      } else {
        ctx.root.removeAttribute("role");
        ctx.root.removeAttribute("aria-label");
      }
      ctx.root.classList.toggle("nbb-fill-height", Boolean(props.fill_height));
      ctx.root.classList.toggle("nbb-fill-width", Boolean(props.fill_width));
      // A gr.themes theme sets a few page tokens (its primary hue as the accent); the
      // rest follows the notebook's theme.
      for (const token of themeTokens) ctx.root.style.removeProperty(token);
      themeTokens = [];
      const theme = props.theme && typeof props.theme === "object" ? props.theme : {};
      for (const [token, value] of Object.entries(theme)) {
        if (!token.startsWith("--nbb-") || typeof value !== "string") continue;
        ctx.root.style.setProperty(token, value);
        themeTokens.push(token);
      }
      const css = props.css ?? "";
      if (css !== appliedCss) {
        userStyle.textContent = scopeCss(css, `[data-nbblocks-app="${appId}"]`);
        appliedCss = css;
      }
      const key = JSON.stringify(props.footer ?? null);
      if (key !== appliedFooter) {
        appliedFooter = key;
        footer.replaceChildren(...apiFooter(props.footer, ctx.signal));
        footer.hidden = footer.childElementCount === 0;
      }
    };
    apply();
    ctx.on("props", apply);

    await ctx.renderChildren(body);
    // The whole app is drawn: once the page is idle (not ahead of a first click), tell the
    // kernel, which then sends what it held back (the saved notebook's snapshot,
    // docs/protocol.md).
    whenIdle(() => {
      if (!ctx.signal.aborted) ctx.send({ type: "drawn" });
    });
    return () => {
      delete ctx.root.dataset.nbblocksApp;
      for (const token of themeTokens) ctx.root.style.removeProperty(token);
      ctx.root.removeAttribute("role");
      ctx.root.removeAttribute("aria-label");
    };
  },
};

/** Run `callback` when the page's main thread is idle (at most a second from now). */
function whenIdle(callback) {
  if (typeof globalThis.requestIdleCallback === "function") globalThis.requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 100);
}

/**
 * "Use via API" while the app is served over HTTP (props.footer, docs/protocol.md#app-footer):
 * the URL and, per public endpoint, a gradio_client snippet with a copy button.
 */
function apiFooter(footer, signal) {
  if (!footer || typeof footer !== "object" || typeof footer.url !== "string") return [];
  const endpoints = Array.isArray(footer.endpoints) ? footer.endpoints : [];
  const details = h("details", { class: "nbb-api", dataset: { nbblocksPart: "api" } },
    h("summary", null, "Use via API ", h("span", { class: "nbb-api-count" }, `(${endpoints.length} endpoint${endpoints.length === 1 ? "" : "s"})`)),
    h("p", { class: "nbb-api-url" }, "Served at ",
      h("a", { href: footer.url, target: "_blank", rel: "noopener noreferrer", dataset: { nbblocksPart: "api-url" } }, footer.url),
      " — call it with ", h("code", null, "pip install gradio_client"), ":"),
  );
  if (typeof footer.api_page === "string") {
    details.append(h("p", { class: "nbb-api-url" }, "Every endpoint, its parameters and a curl snippet: ",
      h("a", { href: footer.api_page, target: "_blank", rel: "noopener noreferrer", dataset: { nbblocksPart: "api-page" } }, "API page")));
  }
  const parts = [];
  // The same app as a web page (docs/serving.md): the page's address, relative or absolute.
  if (typeof footer.page === "string" && footer.page) {
    parts.push(h("p", { class: "nbb-page-link" },
      h("a", { href: footer.page, target: "_blank", rel: "noopener noreferrer", dataset: { nbblocksPart: "page-link" } }, "Open as a web page"),
      " ↗"));
  }
  for (const endpoint of endpoints) {
    const snippet = String(endpoint?.snippet ?? "");
    const code = h("pre", { class: "nbb-api-snippet" }, h("code", null, snippet));
    details.append(h("section", { class: "nbb-api-endpoint", dataset: { nbblocksPart: "api-endpoint", apiName: String(endpoint?.api_name ?? "") } },
      h("div", { class: "nbb-api-head" }, h("code", null, String(endpoint?.api_name ?? "")), copyButton({ getText: () => snippet, signal, title: "Copy snippet" })),
      code));
  }
  return [...parts, details];
}
