// gr.HTML: the value set as HTML, or filled into `html_template` with the props; Gradio
// 6's custom HTML components: `css_template` is scoped to the component and `js_on_load`
// runs once with `element`, `props`, `trigger`, `watch`, `upload` and `server`. Children
// (components made inside `with gr.HTML(...)`) are drawn where the template says `@children`.

import { h, cssSize } from "../lib/dom.js";
import prose from "../styles/prose.css";
import { scopeCss } from "../lib/scopecss.js";
import { escapeHtml, fillTemplate } from "../lib/htmltemplate.js";

let scopes = 0;

export default {
  styles: [prose],
  chrome: { containerDefault: false },

  render(ctx) {
    const scope = `nbb-html-${(scopes += 1)}`;
    const content = h("div", { class: "nbb-html", dataset: { nbblocksPart: "content", nbblocksHtml: scope } });
    const style = h("style");
    ctx.el.append(style, content);
    const local = {}; // props js_on_load set in the page
    const watchers = [];
    let shown = null;
    let shownCss = null;
    let loaded = false;
    let childHost = null; // kept across redraws, so children keep their state

    const placeChildren = () => {
      const hasChildren = (ctx.model.get("children") ?? []).length > 0;
      const slot = content.querySelector("[data-nbblocks-children-slot]");
      if (!hasChildren && !slot) return;
      if (!slot && childHost?.isConnected) return;
      if (!childHost) {
        childHost = h("div", { class: "nbb-html-children", dataset: { nbblocksPart: "children" } });
        ctx.renderChildren(childHost);
      }
      if (slot) slot.replaceWith(childHost);
      else content.append(childHost);
    };

    const data = () => {
      const p = ctx.props();
      return { ...p, ...(p.props ?? {}), ...local, value: ctx.value() ?? "" };
    };

    const fill = (template, values) => {
      try {
        return { text: fillTemplate(template, values) };
      } catch (error) {
        console.error(`${ctx.props().component_class_name ?? "HTML"}: template error`, error);
        return { error: String((error && error.message) || error) };
      }
    };

    const draw = () => {
      const p = ctx.props();
      const values = data();
      const html = fill(p.html_template ?? "${value}", values);
      const markup = html.error !== undefined ? `<pre class="nbb-html-error">${escapeHtml(html.error)}</pre>`
        : html.text.replaceAll("@children", "<div data-nbblocks-children-slot></div>");
      if (markup !== shown) {
        content.innerHTML = markup;
        shown = markup;
        placeChildren();
        if (p.autoscroll) content.scrollTop = content.scrollHeight;
      }
      const css = p.css_template ? fill(p.css_template, values).text ?? "" : "";
      if (css !== shownCss) {
        style.textContent = scopeCss(css, `[data-nbblocks-html="${scope}"]`);
        shownCss = css;
      }
      content.classList.toggle("nbb-prose", p.apply_default_css !== false);
      content.style.minHeight = cssSize(p.min_height);
      content.style.maxHeight = cssSize(p.max_height);
      content.classList.toggle("nbb-scroll", p.max_height !== null && p.max_height !== undefined);
      content.classList.toggle("nbb-padded", Boolean(p.padding));
      for (const w of watchers) {
        const now = JSON.stringify(w.names.map((n) => values[n]));
        if (now !== w.last) {
          w.last = now;
          if (loaded) w.callback();
        }
      }
    };

    const props = new Proxy({}, {
      get: (_target, name) => (typeof name === "string" ? data()[name] : undefined),
      set: (_target, name, value) => {
        if (name === "value") ctx.setValue(value, { events: ["change"] });
        else local[name] = value;
        draw();
        return true;
      },
      has: (_target, name) => name in data(),
      ownKeys: () => Reflect.ownKeys(data()),
      getOwnPropertyDescriptor: (_target, name) => ({ enumerable: true, configurable: true, value: data()[name] }),
    });
    const trigger = (event, eventData = null) => {
      if (ctx.events().includes(event)) ctx.dispatch(event, eventData ?? null);
    };
    const watch = (names, callback) => {
      const list = Array.isArray(names) ? names : [names];
      const values = data();
      watchers.push({ names: list, callback, last: JSON.stringify(list.map((n) => values[n])) });
    };
    const upload = async (file) => {
      const fd = await ctx.upload(file);
      return { ...fd, path: fd.path, url: fd.url ?? null };
    };

    draw();
    ctx.on("value", draw);
    ctx.on("props", draw);
    ctx.on("children", placeChildren);

    const code = ctx.props().js_on_load;
    const head = ctx.props().head;
    (async () => {
      if (head) await injectHead(head);
      if (!code || ctx.signal.aborted) return;
      try {
        const run = new Function("element", "trigger", "props", "server", "upload", "watch", code);
        await run(content, trigger, props, ctx.server, upload, watch);
      } catch (error) {
        console.error(`${ctx.props().component_class_name ?? "HTML"}: js_on_load failed`, error);
      }
      loaded = true;
    })();
  },
};

// `head=`: <script> and <link> tags put into the document once (by src / href), scripts
// awaited, so js_on_load can use what they load.
async function injectHead(html) {
  const tpl = document.createElement("template");
  tpl.innerHTML = html;
  for (const node of [...tpl.content.children]) {
    const tag = node.tagName.toLowerCase();
    if (tag === "script") {
      const src = node.getAttribute("src");
      if (src && document.head.querySelector(`script[src="${CSS.escape(src)}"]`)) continue;
      const script = document.createElement("script");
      for (const { name, value } of node.attributes) script.setAttribute(name, value);
      script.textContent = node.textContent;
      const done = src ? new Promise((resolve) => { script.onload = resolve; script.onerror = resolve; }) : null;
      document.head.append(script);
      if (done) await done;
    } else if (tag === "link") {
      const href = node.getAttribute("href");
      if (href && document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) continue;
      document.head.append(node.cloneNode(true));
    } else {
      document.head.append(node.cloneNode(true));
    }
  }
}
