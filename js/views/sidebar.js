// gr.Sidebar: a side column of the container it sits in (the app's body, whether the app
// is a notebook output or a whole page), opened and closed by a button. Toggling sends
// `expand` or `collapse`; the kernel may set `open`.
//
// The column is drawn beside its siblings without moving them: the container gets room
// on one side (padding) and at least the sidebar's height, and the sidebar is laid over
// that room, its panel sticking to the top while the rest scrolls.

import { h } from "../lib/dom.js";
import { foldable } from "../lib/foldable.js";
import { icon } from "../lib/icons.js";
import { uniqueId } from "../lib/page.js";
import sidebar from "../styles/sidebar.css";

const HOST = ["nbb-sidebar-host", "nbb-sidebar-host-left", "nbb-sidebar-host-right"];

export default {
  chrome: { label: false, info: false, container: false },
  styles: [sidebar],

  async render(ctx) {
    const contentId = uniqueId("sidebar");
    const toggle = h("button", {
      type: "button",
      class: "nbb-sidebar-toggle",
      dataset: { nbblocksPart: "sidebar-toggle" },
      "aria-controls": contentId,
    }, icon("chevronDown", "nbb-icon nbb-sidebar-icon"));
    const content = h("div", { id: contentId, class: "nbb-column nbb-sidebar-content", dataset: { nbblocksPart: "children" } });
    const panel = h("aside", { class: "nbb-sidebar", dataset: { nbblocksPart: "sidebar" } }, toggle, content);
    ctx.el.append(panel);
    ctx.root.classList.add("nbb-sidebar-slot");

    const isOpen = foldable(ctx, toggle, () => apply());
    let host = null;

    const release = () => {
      if (!host) return;
      host.classList.remove(...HOST);
      host.style.removeProperty("--nbb-sidebar-space");
      host.style.removeProperty("--nbb-sidebar-height");
      host = null;
    };
    const apply = () => {
      const props = ctx.props();
      const open = isOpen();
      const side = props.position === "right" ? "right" : "left";
      const name = props.label ? String(props.label) : "sidebar";
      panel.setAttribute("aria-label", name);
      toggle.setAttribute("aria-expanded", String(open));
      toggle.setAttribute("aria-label", `${open ? "Close" : "Open"} ${name}`);
      content.hidden = !open;
      ctx.root.classList.toggle("nbb-sidebar-left", side === "left");
      ctx.root.classList.toggle("nbb-sidebar-right", side === "right");
      ctx.root.classList.toggle("nbb-sidebar-closed", !open);
      const width = ctx.cssSize(props.width ?? 320);
      ctx.root.style.setProperty("--nbb-sidebar-width", width);
      // The container it sits in makes room for it (none while it is hidden).
      const parent = props.visible === false ? null : ctx.root.parentElement;
      if (parent !== host) release();
      if (parent) {
        host = parent;
        host.classList.add("nbb-sidebar-host");
        host.classList.toggle("nbb-sidebar-host-left", side === "left");
        host.classList.toggle("nbb-sidebar-host-right", side === "right");
        host.style.setProperty("--nbb-sidebar-space", open ? width : "var(--nbb-sidebar-closed-width)");
        host.style.setProperty("--nbb-sidebar-height", `${panel.offsetHeight}px`);
      }
    };
    ctx.on("props", apply);
    // The container also grows to the sidebar's height when the sidebar is the taller.
    const sizes = new ResizeObserver(() => host?.style.setProperty("--nbb-sidebar-height", `${panel.offsetHeight}px`));
    sizes.observe(panel);
    apply();
    const rendered = ctx.renderChildren(content);
    if (!ctx.root.parentElement) requestAnimationFrame(apply); // placed in its container after render
    await rendered;
    apply();
    return () => {
      sizes.disconnect();
      release();
    };
  },
};
