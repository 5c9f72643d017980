// gr.FileExplorer: a tree of the files under `root_dir`. A folder's entries are asked
// for when it is first opened (`ctx.server.ls(path)`), never the whole tree. The value is
// the list of ticked paths, each a list of names under `root_dir`; `file_count="single"`
// keeps at most one. Keyboard: the WAI-ARIA tree pattern (arrows, Home/End, Space ticks,
// Enter opens a folder or selects a file).

import { h, cssSize } from "../lib/dom.js";
import choices from "../styles/choices.css";
import fileexplorer from "../styles/fileexplorer.css";

const keyOf = (path) => JSON.stringify(path);

export default {
  styles: [choices, fileexplorer],

  render(ctx) {
    const tree = h("ul", { class: "nbb-fe-tree", role: "tree", dataset: { nbblocksPart: "tree" } });
    const box = h("div", { class: "nbb-fe" }, tree);
    ctx.el.append(box);
    tree.setAttribute("aria-labelledby", ctx.labelId);

    let selected = new Map(); // key -> path
    let shownRoot = null; // what the tree was listed for: root_dir, glob, ignore_glob
    let focused = null; // the treeitem with tabindex 0

    const single = () => ctx.props().file_count === "single";
    const visibleItems = () => [...tree.querySelectorAll('[role="treeitem"]')].filter((item) => !item.closest('[role="group"][hidden]'));

    const setFocus = (item, move = true) => {
      if (!item) return;
      if (focused && focused !== item) focused.tabIndex = -1;
      focused = item;
      item.tabIndex = 0;
      if (move) item.focus();
    };

    const applyValue = () => {
      const value = Array.isArray(ctx.value()) ? ctx.value() : [];
      selected = new Map(value.filter(Array.isArray).map((path) => [keyOf(path), path]));
      for (const item of tree.querySelectorAll('[role="treeitem"]')) paintItem(item);
    };

    const holdsSelection = (path) => {
      for (const other of selected.values()) {
        if (other.length > path.length && path.every((name, i) => other[i] === name)) return true;
      }
      return false;
    };

    const paintItem = (item) => {
      const path = item._path;
      const ticked = selected.has(keyOf(path));
      const box = item._checkbox;
      if (box) {
        box.checked = ticked;
        box.disabled = !ctx.interactive();
        item.setAttribute("aria-checked", String(ticked));
      }
      item.toggleAttribute("data-holds-selection", item._folder && holdsSelection(path));
    };

    const toggleTick = (item) => {
      if (!item._checkbox || !ctx.interactive()) return;
      const key = keyOf(item._path);
      const ticking = !selected.has(key);
      if (single()) selected.clear();
      if (ticking) selected.set(key, item._path);
      else selected.delete(key);
      for (const other of tree.querySelectorAll('[role="treeitem"]')) paintItem(other);
      ctx.setValue([...selected.values()]);
    };

    const selectItem = (item) => {
      if (item._folder) return;
      ctx.dispatch("select", { index: item._index, value: item._path.join("/"), selected: true });
    };

    const listInto = async (group, path, indexPath, level) => {
      group.replaceChildren(h("li", { class: "nbb-fe-note", role: "none", dataset: { nbblocksPart: "loading" }, text: "Loading…" }));
      let entries;
      try {
        entries = await ctx.server.ls(path);
      } catch (error) {
        group.replaceChildren(h("li", { class: "nbb-fe-note nbb-fe-error", role: "none", dataset: { nbblocksPart: "error" },
                                        text: String(error?.message ?? error) }));
        return false;
      }
      if (ctx.signal.aborted) return false;
      const list = Array.isArray(entries) ? entries : [];
      group.replaceChildren(...list.map((entry, i) => makeItem(entry, [...path, entry.name], [...indexPath, i], level)));
      if (!list.length) group.append(h("li", { class: "nbb-fe-note", role: "none", dataset: { nbblocksPart: "empty" }, text: "Empty" }));
      return true;
    };

    const makeItem = (entry, path, indexPath, level) => {
      const folder = entry.type === "folder";
      const item = h("li", { class: "nbb-fe-item", role: "treeitem", "aria-level": String(level),
                             dataset: { nbblocksPart: folder ? "folder" : "file", path: path.join("/") } });
      item.setAttribute("tabindex", "-1"); // focusable (an li's tabIndex property already reads -1 without it)
      const arrow = h("span", { class: "nbb-fe-arrow", "aria-hidden": "true" });
      const name = h("span", { class: "nbb-fe-name", text: entry.name });
      const row = h("div", { class: "nbb-fe-row", style: { paddingLeft: `${(level - 1) * 16 + 4}px` } }, arrow);
      item._path = path;
      item._index = indexPath;
      item._folder = folder;
      item._checkbox = null;
      if (entry.valid) {
        item._checkbox = h("input", { type: "checkbox", class: "nbb-check", tabIndex: -1, "aria-hidden": "true",
                                      dataset: { nbblocksPart: "checkbox" } });
        row.append(item._checkbox);
      }
      row.append(h("span", { class: folder ? "nbb-fe-icon nbb-fe-folder" : "nbb-fe-icon nbb-fe-file", "aria-hidden": "true" }), name);
      item.append(row);
      if (folder) {
        item.setAttribute("aria-expanded", "false");
        const group = h("ul", { class: "nbb-fe-group", role: "group", hidden: true });
        item._group = group;
        item._loaded = null;
        item.append(group);
      }
      paintItem(item);
      return item;
    };

    const setOpen = async (item, open) => {
      if (!item._folder) return;
      item.setAttribute("aria-expanded", String(open));
      item._group.hidden = !open;
      if (open && !item._loaded) {
        item._loaded = listInto(item._group, item._path, item._index, item._path.length + 1);
        if (!(await item._loaded)) item._loaded = null; // an error: opening it again asks again
      }
    };

    const itemOf = (target) => target?.closest?.('[role="treeitem"]');

    ctx.listen(tree, "click", (event) => {
      const item = itemOf(event.target);
      if (!item || !tree.contains(item)) return;
      setFocus(item);
      if (event.target === item._checkbox) {
        toggleTick(item); // the browser ticked the box; toggleTick paints every box from `selected`
      } else if (item._folder) {
        setOpen(item, item.getAttribute("aria-expanded") !== "true");
      } else {
        selectItem(item);
      }
    });

    ctx.listen(tree, "focusin", (event) => {
      const item = itemOf(event.target);
      if (item && item !== focused) setFocus(item, false);
    });

    ctx.listen(tree, "keydown", (event) => {
      const item = itemOf(event.target);
      if (!item) return;
      const all = visibleItems();
      const at = all.indexOf(item);
      const open = item.getAttribute("aria-expanded") === "true";
      const parent = item.parentElement?.closest('[role="treeitem"]');
      let handled = true;
      switch (event.key) {
        case "ArrowDown": setFocus(all[at + 1]); break;
        case "ArrowUp": setFocus(all[at - 1]); break;
        case "Home": setFocus(all[0]); break;
        case "End": setFocus(all[all.length - 1]); break;
        case "ArrowRight":
          if (item._folder && !open) setOpen(item, true);
          else if (item._folder) setFocus(item._group.querySelector('[role="treeitem"]'));
          break;
        case "ArrowLeft":
          if (item._folder && open) setOpen(item, false);
          else setFocus(parent);
          break;
        case " ": toggleTick(item); break;
        case "Enter":
          if (item._folder) setOpen(item, !open);
          else selectItem(item);
          break;
        default: handled = false;
      }
      if (handled) event.preventDefault();
    });

    const applyProps = () => {
      const p = ctx.props();
      box.style.height = cssSize(p.height);
      box.style.maxHeight = cssSize(p.max_height);
      box.style.minHeight = cssSize(p.min_height);
      tree.setAttribute("aria-multiselectable", String(p.file_count !== "single"));
      tree.toggleAttribute("data-disabled", !ctx.interactive());
      const root = keyOf([p.root_dir ?? null, p.glob ?? null, p.ignore_glob ?? null]);
      if (root !== shownRoot) {
        shownRoot = root;
        focused = null;
        // not awaited: the view is drawn at once, the entries follow when the kernel answers
        listInto(tree, [], [], 1).then(() => setFocus(tree.querySelector('[role="treeitem"]'), false));
        return;
      }
      for (const item of tree.querySelectorAll('[role="treeitem"]')) paintItem(item);
    };

    applyValue();
    ctx.on("value", applyValue);
    ctx.on("props", applyProps);
    applyProps();
  },
};
