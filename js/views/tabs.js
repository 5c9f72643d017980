// gr.Tabs: a tab bar over its gr.Tab children. `props.selected` is a tab id or index;
// clicking a tab shows it and sends `select` on the Tab and on the Tabs, and `change` on
// the Tabs when another tab opens. The kernel keeps the click in `selected` and sends it
// back, so a function that later opens the tab the page left opens it again.
//
// Which tab shows is decided as the kernel decides it (nbblocks/layouts/picks.py,
// `OneShown.shown_index`), so both agree on what a click may pick.

import { h, setText } from "../lib/dom.js";
import { oneShown } from "../lib/oneshown.js";
import { TAB_CHANGE_EVENT, TAB_SELECT_EVENT } from "../lib/tabevents.js";

export default {
  chrome: { label: false, info: false, container: false },

  async render(ctx) {
    const nav = h("div", { class: "nbb-tab-nav", role: "tablist", dataset: { nbblocksPart: "tab-nav" } });
    const panels = h("div", { class: "nbb-tab-panels", dataset: { nbblocksPart: "children" } });
    ctx.el.append(nav, panels);

    const buttons = new Map(); // wrapper -> button
    // Each Tab reports { label, id, visible, interactive }.
    const tabs = oneShown(ctx, panels, TAB_CHANGE_EVENT, { label: "", id: null, visible: true, interactive: true }, refresh);
    const { wrappers, info } = tabs;
    const selectedWrapper = () => wrappers()[tabs.shownIndex()] ?? null;

    function refresh() {
      const list = wrappers();
      const current = selectedWrapper();
      for (const [wrapper, button] of buttons) {
        if (!list.includes(wrapper)) {
          button.remove();
          buttons.delete(wrapper);
        }
      }
      list.forEach((wrapper, index) => {
        const tab = info(wrapper);
        let button = buttons.get(wrapper);
        if (!button) {
          button = h("button", { type: "button", class: "nbb-tab-button", role: "tab", dataset: { nbblocksPart: "tab-button" } });
          ctx.listen(button, "click", () => choose(wrapper));
          ctx.listen(button, "keydown", (event) => moveFocus(event, wrapper));
          buttons.set(wrapper, button);
        }
        if (nav.children[index] !== button) nav.insertBefore(button, nav.children[index] ?? null);
        button.dataset.index = String(index);
        setText(button, tab.label);
        button.hidden = !tab.visible;
        button.disabled = !tab.interactive;
        const selected = wrapper === current;
        button.setAttribute("aria-selected", String(selected));
        button.tabIndex = selected ? 0 : -1;
        wrapper.dataset.nbblocksTabSelected = String(selected);
      });
    }

    function choose(wrapper) {
      const index = wrappers().indexOf(wrapper);
      if (index < 0 || !info(wrapper).interactive) return;
      const changed = selectedWrapper() !== wrapper;
      tabs.pick(wrapper);
      refresh();
      const data = { index, value: info(wrapper).label, selected: true };
      wrapper.dispatchEvent(new CustomEvent(TAB_SELECT_EVENT, { detail: data }));
      ctx.dispatch("select", data);
      // Gradio's Tabs.change: the open tab is now another one.
      if (changed) ctx.dispatch("change");
    }

    function moveFocus(event, wrapper) {
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
      const usable = wrappers().filter((w) => info(w).visible && info(w).interactive);
      const step = event.key === "ArrowRight" ? 1 : -1;
      const next = usable[(usable.indexOf(wrapper) + step + usable.length) % usable.length];
      if (!next) return;
      event.preventDefault();
      choose(next);
      buttons.get(next)?.focus();
    }

    await ctx.renderChildren(panels, { onUpdate: refresh });
    refresh();
  },
};
