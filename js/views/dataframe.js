// gr.Dataframe: a table with a sticky header and virtual rows (only the rows in view are
// in the DOM). A small table is held whole and sorted, searched and edited here; a big
// one stays in the kernel, which sends the rows in view (lib/tablesource.js). Sorting,
// searching and filtering only change what is shown, never the value.

import { h, cssSize } from "../lib/dom.js";
import { icon } from "../lib/icons.js";
import { datatypeOf, emptyCell, fillCell, isTrue, parseTyped } from "../lib/tablecells.js";
import { MAX_SORT, NUMBER_OPS, TEXT_OPS, cellText } from "../lib/tablequery.js";
import { isWindowed, localSource, remoteSource } from "../lib/tablesource.js";
import buttons from "../styles/buttons.css";
import dataframe from "../styles/dataframe.css";

const ROW = 35; // px per row (rows may grow when `wrap` is on)
const MAX_PX = 15_000_000; // tallest scroll area; more rows share it (browsers cap element heights)
const OVERSCAN = 8;
const ALL_ROWS = 200; // at most this many rows are drawn without virtual scrolling
const SEARCH_DELAY = 250; // ms of typing before a big table is searched in the kernel

const part = (name, extra = {}) => ({ nbblocksPart: name, ...extra });

export default {
  styles: [buttons, dataframe],
  render(ctx) {
    const root = h("div", { class: "nbb-df", dataset: part("table-root") });
    const toolbar = h("div", { class: "nbb-df-toolbar", dataset: part("toolbar") });
    const scroll = h("div", { class: "nbb-df-scroll", tabIndex: 0, dataset: part("scroll") });
    const table = h("table", { class: "nbb-df-table", role: "grid", dataset: part("table") });
    const colgroup = h("colgroup");
    const thead = h("thead");
    const tbody = h("tbody");
    table.append(colgroup, thead, tbody);
    const addRow = h("button", { type: "button", class: "nbb-button nbb-button-secondary nbb-size-sm nbb-df-add-row",
      dataset: part("add-row"), "aria-label": "Add row" }, "+ Add row");
    const errorLine = h("div", { class: "nbb-df-error", role: "alert", dataset: part("table-error") });
    const menu = h("div", { class: "nbb-df-menu", role: "menu", hidden: true, dataset: part("menu") });
    // The selected cell's menu button floats over the cell's right edge (it is not in the cell).
    const cellMenu = h("button", { type: "button", class: "nbb-df-head-button nbb-df-cell-menu", hidden: true,
      dataset: part("cell-menu"), "aria-label": "Cell menu" }, "⋮");
    scroll.append(table, cellMenu);
    if (typeof menu.showPopover === "function") menu.setAttribute("popover", "manual");
    root.append(toolbar, scroll, addRow, errorLine, menu);
    ctx.el.append(root);

    let source = null;
    let query = { sort: [], search: null, filters: [] };
    let selection = null; // {position, index, column}
    let range = []; // [[index, column], ...] selected with shift
    let editing = null; // {index, column, input, original, datatype}
    let widths = [];
    let drawnKey = "";
    let shapeKey = ""; // what every drawn row depends on besides its own values
    let drawn = new Map(); // position -> {tr, row}: rows kept while their values stay the same
    let frame = 0;
    let searchTimer = 0;
    const props = () => ctx.props();
    const editable = () => ctx.interactive();
    const datatype = (column) => datatypeOf(props().datatype, column);
    const isStatic = (column) => {
      const fixed = props().static_columns ?? [];
      return fixed.includes(column) || fixed.includes(source?.headers[column]);
    };
    const cellEditable = (column) => editable() && !isStatic(column);
    const rowsDynamic = () => editable() && (props().row_count?.[1] ?? "dynamic") === "dynamic";
    const columnsDynamic = () => editable() && (props().column_count?.[1] ?? "dynamic") === "dynamic"
      && !(props().static_columns ?? []).length;
    const limit = (name, i) => (props()[name] ?? [null, null])[i];
    const showError = (message) => ctx.setText(errorLine, message ?? "");

    // -- loading a value ------------------------------------------------------------------

    const load = (value) => {
      if (source?.windowed && isWindowed(value)) {
        if (source.refresh(value)) redraw(true);
        return;
      }
      closeEditor(false);
      source = isWindowed(value)
        ? remoteSource(ctx, value, { onChange: () => redraw(true), onError: showError })
        : localSource(ctx, value ?? { headers: props().headers ?? [], data: [] });
      source.setQuery(query);
      widths = [];
      if (selection && selection.index >= source.rowCount) selection = null;
      redraw(true);
    };

    const rawValue = () => {
      if (!source?.windowed) return;
      const value = ctx.model.get("value");
      if (isWindowed(value) && value.window.version !== source.version && source.refresh(value)) redraw(true);
    };
    ctx.model.on("change:value", rawValue);
    ctx.signal.addEventListener("abort", () => ctx.model.off("change:value", rawValue), { once: true });

    // -- columns ----------------------------------------------------------------------------

    const columnCount = () => Math.max(source.headers.length, source.columns);

    const measure = () => {
      const p = props();
      const given = Array.isArray(p.column_widths) ? p.column_widths : [];
      const n = columnCount();
      const sample = [];
      for (let i = 0; i < Math.min(source.total, 50); i += 1) {
        const row = source.row(i);
        if (row) sample.push(row);
      }
      widths = Array.from({ length: n }, (_, c) => {
        if (given[c]) return given[c];
        // A big table's first rows may be shorter than the rest: give it some room.
        let chars = Math.max(cellText(source.headers[c]).length + 6, source.windowed ? 10 : 0); // + the sort and menu buttons
        for (const row of sample) chars = Math.max(chars, Math.min(40, cellText(row.display?.[c] ?? row.values[c]).length));
        if (datatype(c) === "bool") chars = cellText(source.headers[c]).length + 6;
        return `${Math.max(64, Math.min(320, chars * 8 + 24))}px`;
      });
    };

    const rowNumberWidth = () => `${Math.max(3, String(source.rowCount).length) * 9 + 20}px`;

    const pinnedOffsets = () => {
      const pinned = Math.min(Number(props().pinned_columns) || 0, columnCount());
      const offsets = [];
      let left = props().show_row_numbers ? parseFloat(rowNumberWidth()) : 0;
      for (let c = 0; c < pinned; c += 1) {
        offsets.push(left);
        left += widths[c]?.endsWith("px") ? parseFloat(widths[c]) : 100;
      }
      return offsets;
    };

    const pin = (el, column, offsets) => {
      if (column >= offsets.length) return;
      el.classList.add("nbb-df-pinned");
      if (column === offsets.length - 1) el.classList.add("nbb-df-pinned-last");
      el.style.left = `${offsets[column]}px`;
    };

    // -- header -------------------------------------------------------------------------

    const drawHeader = () => {
      const p = props();
      const n = columnCount();
      const offsets = pinnedOffsets();
      const cols = [];
      if (p.show_row_numbers) cols.push(h("col", { style: { width: rowNumberWidth() } }));
      // The last column takes what is left of the width (fixed layout stretches the others otherwise).
      for (let c = 0; c < n; c += 1) cols.push(h("col", { style: { width: c === n - 1 && !p.column_widths?.[c] ? "" : widths[c] } }));
      colgroup.replaceChildren(...cols);
      let total = p.show_row_numbers ? parseFloat(rowNumberWidth()) : 0;
      for (const w of widths) total += w.endsWith("px") ? parseFloat(w) : 100;
      table.style.width = `${total}px`;
      const row = h("tr", { role: "row" });
      if (p.show_row_numbers) {
        const th = h("th", { class: "nbb-df-rownum nbb-df-pinned", style: { left: "0px" }, dataset: part("row-number-header") },
          h("span", { class: "nbb-sr-only" }, "Row"));
        row.append(th);
      }
      for (let c = 0; c < n; c += 1) {
        const sortAt = query.sort.findIndex(([col]) => col === c);
        const dir = sortAt >= 0 ? query.sort[sortAt][1] : null;
        const text = h("span", { class: "nbb-df-head-text", dataset: part("header-text"),
          title: editable() ? `${cellText(source.headers[c])} (double-click to rename)` : cellText(source.headers[c]) },
          cellText(source.headers[c] ?? ""));
        const sortButton = h("button", {
          type: "button", class: "nbb-df-head-button", dataset: part("sort", { column: String(c), direction: dir ?? "none" }),
          "aria-label": `Sort by ${cellText(source.headers[c])}`, title: "Sort (shift-click: add to the sort)",
        }, dir === "asc" ? "▲" : dir === "desc" ? "▼" : "↕", query.sort.length > 1 && sortAt >= 0 ? String(sortAt + 1) : "");
        if (dir) sortButton.dataset.active = "";
        const filtered = query.filters.some((f) => f.column === c);
        const menuButton = h("button", {
          type: "button", class: "nbb-df-head-button", dataset: part("column-menu", { column: String(c) }),
          "aria-label": `Column ${cellText(source.headers[c])} menu`, title: "Column menu",
        }, filtered ? "⋮•" : "⋮");
        const th = h("th", {
          role: "columnheader", dataset: part("column-header", { column: String(c) }),
          "aria-sort": dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none",
        }, h("div", { class: "nbb-df-head" }, text, sortButton, menuButton));
        pin(th, c, offsets);
        row.append(th);
      }
      thead.replaceChildren(row);
    };

    const toggleSort = (column, additive) => {
      const at = query.sort.findIndex(([c]) => c === column);
      const current = at >= 0 ? query.sort[at][1] : null;
      const next = current === null ? "asc" : current === "asc" ? "desc" : null;
      // Shift-click: change this column's direction where it is in the sort (or add it last).
      let sort;
      if (!additive) sort = next ? [[column, next]] : [];
      else if (at >= 0) sort = next ? query.sort.map((s) => (s[0] === column ? [column, next] : s)) : query.sort.filter(([c]) => c !== column);
      else sort = [...query.sort, [column, next]];
      setQuery({ sort: sort.slice(-MAX_SORT) });
    };

    const setQuery = (change) => {
      closeEditor(true);
      query = { ...query, ...change };
      source.setQuery(query);
      scroll.scrollTop = 0;
      redraw(true);
    };

    thead.addEventListener("click", (event) => {
      const sort = event.target.closest('[data-nbblocks-part="sort"]');
      const menuButton = event.target.closest('[data-nbblocks-part="column-menu"]');
      if (sort) toggleSort(Number(sort.dataset.column), event.shiftKey);
      else if (menuButton) openColumnMenu(Number(menuButton.dataset.column), menuButton);
    });
    thead.addEventListener("dblclick", (event) => {
      const text = event.target.closest('[data-nbblocks-part="header-text"]');
      if (!text || !editable()) return;
      const column = Number(text.closest("th").dataset.column);
      if (isStatic(column)) return;
      const input = h("input", { class: "nbb-df-editor", value: cellText(source.headers[column]), dataset: part("header-editor") });
      text.replaceChildren(input);
      input.focus();
      input.select();
      let done = false;
      const finish = (keep) => {
        if (done) return;
        done = true;
        if (keep && input.value !== cellText(source.headers[column])) {
          source.renameColumn(column, input.value).then(() => redraw(true));
        }
        redraw(true);
      };
      input.addEventListener("keydown", (e) => {
        e.stopPropagation();
        if (e.key === "Enter") finish(true);
        else if (e.key === "Escape") finish(false);
      });
      input.addEventListener("blur", () => finish(true));
    });

    // -- body (virtual rows) ------------------------------------------------------------

    const layout = () => {
      const total = source.total;
      const head = thead.offsetHeight || ROW;
      const view = Math.max(ROW, scroll.clientHeight - head);
      if (total <= ALL_ROWS) return { first: 0, last: total, top: 0, bottom: 0 };
      const height = Math.min(total * ROW, MAX_PX);
      const inView = Math.ceil(view / ROW);
      const room = Math.max(1, height - view);
      const exact = Math.max(0, Math.min(total - inView, (scroll.scrollTop / room) * (total - view / ROW)));
      const first = Math.max(0, Math.floor(exact) - OVERSCAN);
      const last = Math.min(total, Math.floor(exact) + inView + OVERSCAN);
      const top = Math.max(0, Math.min(height - (last - first) * ROW, scroll.scrollTop - (exact - first) * ROW));
      return { first, last, top, bottom: Math.max(0, height - top - (last - first) * ROW) };
    };

    const spacer = (height, n) => h("tr", { class: "nbb-df-spacer", "aria-hidden": "true" },
      h("td", { colSpan: n, style: { height: `${height}px` } }));

    const drawBody = (force) => {
      const p = props();
      const n = columnCount();
      const { first, last, top, bottom } = layout();
      source.ensure(first, last);
      const key = `${first}:${last}:${Math.round(top)}`;
      if (!force && key === drawnKey) return;
      drawnKey = key;
      if (editing) {
        // An edit whose row scrolls out of the drawn rows is kept (committed) first.
        let shown = false;
        for (let position = first; position < last && !shown; position += 1) shown = source.row(position)?.index === editing.index;
        if (!shown) {
          closeEditor(true);
          return;
        }
      }
      const offsets = pinnedOffsets();
      const shape = JSON.stringify([n, widths, offsets, p.datatype, p.max_chars, p.line_breaks, p.show_row_numbers,
        p.static_columns, editable()]);
      if (shape !== shapeKey) {
        shapeKey = shape;
        drawn = new Map();
      }
      const kept = new Map();
      const rows = [];
      if (top > 0) rows.push(spacer(top, n + 1));
      for (let position = first; position < last; position += 1) {
        const row = source.row(position);
        const old = drawn.get(position);
        if (row && old && old.row.index === row.index && old.row.values === row.values && old.row.display === row.display
          && old.row.styling === row.styling) {
          kept.set(position, old);
          rows.push(old.tr);
          continue;
        }
        const tr = h("tr", { role: "row", dataset: part("row", { position: String(position) }) });
        if (p.show_row_numbers) {
          tr.append(h("td", { class: "nbb-df-rownum nbb-df-pinned", style: { left: "0px" }, dataset: part("row-number") },
            row ? String(row.index + 1) : ""));
        }
        if (!row) {
          tr.classList.add("nbb-df-loading");
          for (let c = 0; c < n; c += 1) tr.append(h("td", {}, "…"));
          rows.push(tr);
          continue;
        }
        tr.dataset.index = String(row.index);
        for (let c = 0; c < n; c += 1) {
          const td = h("td", { role: "gridcell" });
          fillCell(td, {
            value: row.values[c], display: row.display?.[c], datatype: datatype(c), maxChars: p.max_chars,
            lineBreaks: p.line_breaks !== false, editable: cellEditable(c),
            name: `${cellText(source.headers[c] ?? "")}, row ${row.index + 1}`,
          });
          const style = row.styling?.[c];
          if (style) td.setAttribute("style", style);
          td.dataset.nbblocksPart = "cell";
          td.dataset.row = String(row.index);
          td.dataset.column = String(c);
          pin(td, c, offsets);
          tr.append(td);
        }
        kept.set(position, { tr, row });
        rows.push(tr);
      }
      drawn = kept;
      if (bottom > 0) rows.push(spacer(bottom, n + 1));
      if (!source.total) {
        rows.push(h("tr", {}, h("td", { class: "nbb-df-empty", colSpan: n + 1, dataset: part("empty") },
          query.search || query.filters.length ? "No rows match" : "")));
      }
      if (rows.length !== tbody.children.length || rows.some((tr, i) => tbody.children[i] !== tr)) tbody.replaceChildren(...rows);
      markSelection();
      if (editing) reattachEditor();
    };

    const drawToolbar = () => {
      const p = props();
      const count = toolbar.querySelector('[data-nbblocks-part="row-count"]');
      const shown = source.total;
      const all = source.rowCount;
      const text = query.search || query.filters.length ? `${shown.toLocaleString()} of ${all.toLocaleString()} rows`
        : source.windowed ? `${all.toLocaleString()} rows` : "";
      if (count) ctx.setText(count, text);
      const chips = toolbar.querySelector('[data-nbblocks-part="filters"]');
      if (chips) {
        chips.replaceChildren(...query.filters.map((f, i) => h("span", { class: "nbb-df-chip", dataset: part("filter-chip") },
          `${cellText(source.headers[f.column])} ${f.op}${["Is empty", "Is not empty"].includes(f.op) ? "" : ` ${f.value}`}`,
          h("button", { type: "button", "aria-label": "Remove filter", dataset: part("filter-remove"),
            onclick: () => setQuery({ filters: query.filters.filter((_, j) => j !== i) }) }, "×"))));
      }
      const canAdd = rowsDynamic() && (limit("row_limits", 1) === null || source.rowCount < limit("row_limits", 1));
      addRow.hidden = !canAdd;
      scroll.style.maxHeight = cssSize(p.max_height ?? 500);
    };

    const redraw = (force = false) => {
      if (!source) return;
      root.classList.toggle("nbb-df-wrap", Boolean(props().wrap));
      if (!widths.length || widths.length !== columnCount()) measure();
      drawHeader();
      drawToolbar();
      drawBody(force);
    };

    const scheduleBody = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        drawBody(false);
      });
    };
    ctx.listen(scroll, "scroll", () => {
      closeMenu();
      scheduleBody();
    }, { passive: true });
    const resize = new ResizeObserver(() => scheduleBody());
    resize.observe(scroll);
    ctx.signal.addEventListener("abort", () => {
      resize.disconnect();
      cancelAnimationFrame(frame);
      clearTimeout(searchTimer);
    }, { once: true });

    // -- selection -----------------------------------------------------------------------

    const cellEl = (index, column) => tbody.querySelector(`td[data-row="${index}"][data-column="${column}"]`);

    const markSelection = () => {
      for (const td of tbody.querySelectorAll('td[aria-selected="true"], td.nbb-df-in-range')) {
        td.removeAttribute("aria-selected");
        td.classList.remove("nbb-df-in-range");
      }
      cellMenu.hidden = true;
      for (const [r, c] of range) cellEl(r, c)?.classList.add("nbb-df-in-range");
      if (!selection) return;
      const td = cellEl(selection.index, selection.column);
      if (!td) return;
      td.setAttribute("aria-selected", "true");
      if (rowMenuItems(selection.index, selection.column).length) {
        const cellBox = td.getBoundingClientRect();
        const box = scroll.getBoundingClientRect();
        cellMenu.hidden = false;
        cellMenu.style.left = `${cellBox.right - box.left + scroll.scrollLeft - 24}px`;
        cellMenu.style.top = `${cellBox.top - box.top + scroll.scrollTop + (cellBox.height - 20) / 2}px`;
      }
    };
    cellMenu.addEventListener("click", () => {
      if (selection) openCellMenu(selection.index, selection.column, cellMenu);
    });

    const select = (position, column, { extend = false, notify = true } = {}) => {
      const row = source.row(position);
      if (!row) return;
      if (extend && selection) {
        range = [];
        const [p0, p1] = [Math.min(selection.position, position), Math.max(selection.position, position)];
        const [c0, c1] = [Math.min(selection.column, column), Math.max(selection.column, column)];
        for (let p = p0; p <= p1; p += 1) {
          const r = source.row(p);
          if (!r) continue;
          for (let c = c0; c <= c1; c += 1) range.push([r.index, c]);
        }
        markSelection();
        return;
      }
      range = [];
      const again = selection && selection.index === row.index && selection.column === column;
      selection = { position, index: row.index, column };
      markSelection();
      if (notify && !again && ctx.events().includes("select")) source.select(row.index, column);
    };

    const scrollToPosition = (position) => {
      const { first, last } = layout();
      if (position > first + OVERSCAN && position < last - OVERSCAN - 1) return;
      const total = source.total;
      const height = Math.min(total * ROW, MAX_PX);
      const view = Math.max(ROW, scroll.clientHeight - (thead.offsetHeight || ROW));
      const room = Math.max(1, height - view);
      const span = Math.max(1, total - view / ROW);
      const target = position < first + OVERSCAN ? position : position - view / ROW + 1;
      scroll.scrollTop = Math.max(0, (target / span) * room);
    };

    tbody.addEventListener("click", (event) => {
      const td = event.target.closest('td[data-nbblocks-part="cell"]');
      if (!td || (editing && td.contains(editing.input))) return;
      const position = Number(td.parentElement.dataset.position);
      const column = Number(td.dataset.column);
      if (event.target.matches('[data-nbblocks-part="checkbox"]')) {
        event.preventDefault();
        if (cellEditable(column)) {
          const index = Number(td.dataset.row);
          const next = !isTrue(source.cell(index, column));
          source.setCell(index, column, next).then(() => redraw(true));
          redraw(true);
        }
      }
      scroll.focus({ preventScroll: true });
      select(position, column, { extend: event.shiftKey });
    });
    tbody.addEventListener("dblclick", (event) => {
      const td = event.target.closest('td[data-nbblocks-part="cell"]');
      if (td) startEdit(Number(td.dataset.row), Number(td.dataset.column));
    });
    tbody.addEventListener("contextmenu", (event) => {
      const td = event.target.closest('td[data-nbblocks-part="cell"]');
      if (!td) return;
      const items = rowMenuItems(Number(td.dataset.row), Number(td.dataset.column));
      if (!items.length) return;
      event.preventDefault();
      select(Number(td.parentElement.dataset.position), Number(td.dataset.column), { notify: false });
      openCellMenu(Number(td.dataset.row), Number(td.dataset.column), null, event.clientX, event.clientY);
    });

    // -- editing ---------------------------------------------------------------------------

    const startEdit = (index, column, typed = null) => {
      if (!cellEditable(column)) return;
      const type = datatype(column);
      if (type === "bool") return;
      const td = cellEl(index, column);
      if (!td) return;
      closeEditor(true);
      const original = source.cell(index, column);
      const input = h("input", { class: "nbb-df-editor", dataset: part("cell-editor"), value: typed ?? cellText(original) });
      td.classList.add("nbb-df-editing");
      td.replaceChildren(input);
      editing = { index, column, input, original, datatype: type };
      input.focus({ preventScroll: true });
      if (typed === null) input.select();
      input.addEventListener("keydown", (event) => {
        event.stopPropagation();
        if (event.key === "Enter") {
          closeEditor(true);
          scroll.focus({ preventScroll: true });
        } else if (event.key === "Escape") {
          closeEditor(false);
          scroll.focus({ preventScroll: true });
        } else if (event.key === "Tab") {
          event.preventDefault();
          closeEditor(true);
          move(0, event.shiftKey ? -1 : 1);
          scroll.focus({ preventScroll: true });
        }
      });
      input.addEventListener("blur", () => closeEditor(true));
    };

    const reattachEditor = () => {
      const td = cellEl(editing.index, editing.column);
      if (!td) return;
      td.classList.add("nbb-df-editing");
      td.replaceChildren(editing.input);
      editing.input.focus({ preventScroll: true });
    };

    const closeEditor = (commit) => {
      const current = editing;
      if (!current) return;
      editing = null;
      drawn = new Map(); // the edited cell holds the editor: draw its row again
      const typed = current.input.value;
      if (commit && typed !== cellText(current.original)) {
        showError("");
        source.setCell(current.index, current.column, parseTyped(typed, current.datatype, current.original)).then(() => redraw(true));
      }
      redraw(true);
    };

    const move = (dRow, dColumn) => {
      if (!selection) {
        if (source.total) select(0, 0);
        return;
      }
      const position = Math.max(0, Math.min(source.total - 1, selection.position + dRow));
      const column = Math.max(0, Math.min(columnCount() - 1, selection.column + dColumn));
      scrollToPosition(position);
      drawBody(true);
      select(position, column);
    };

    ctx.listen(scroll, "keydown", (event) => {
      if (editing || event.target !== scroll) return;
      const moves = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
      if (moves[event.key]) {
        event.preventDefault();
        move(...moves[event.key]);
      } else if (event.key === "Tab" && selection) {
        event.preventDefault();
        move(0, event.shiftKey ? -1 : 1);
      } else if (event.key === "Enter" && selection) {
        event.preventDefault();
        if (datatype(selection.column) === "bool") {
          if (cellEditable(selection.column)) {
            source.setCell(selection.index, selection.column, !isTrue(source.cell(selection.index, selection.column)))
              .then(() => redraw(true));
            redraw(true);
          }
        } else startEdit(selection.index, selection.column);
      } else if ((event.key === "Delete" || event.key === "Backspace") && selection && cellEditable(selection.column)) {
        event.preventDefault();
        const type = datatype(selection.column);
        if (cellText(source.cell(selection.index, selection.column)) !== "") {
          source.setCell(selection.index, selection.column, emptyCell(type)).then(() => redraw(true));
          redraw(true);
        }
      } else if (event.key === "Escape") {
        selection = null;
        range = [];
        markSelection();
      } else if (selection && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        startEdit(selection.index, selection.column, event.key);
      }
    });

    // -- menus -----------------------------------------------------------------------------

    const closeMenu = () => {
      if (menu.hidden) return;
      menu.hidden = true;
      try {
        menu.hidePopover?.();
      } catch {
        /* not shown as a popover */
      }
    };

    const openMenu = (items, anchor, x = null, y = null) => {
      menu.replaceChildren(...items);
      menu.hidden = false;
      try {
        menu.showPopover?.();
      } catch {
        /* not connected */
      }
      const rect = anchor ? anchor.getBoundingClientRect() : { left: x, bottom: y };
      menu.style.position = "fixed";
      menu.style.left = `${Math.round(Math.min(rect.left, window.innerWidth - 200))}px`;
      menu.style.top = `${Math.round(Math.min(rect.bottom + 2, window.innerHeight - menu.offsetHeight - 4))}px`;
      menu.querySelector("button, input, select")?.focus();
    };

    const item = (action, label, run) => h("button", {
      type: "button", role: "menuitem", class: "nbb-df-menu-item", dataset: part("menu-item", { action }),
      onclick: () => {
        closeMenu();
        run();
      },
    }, label);

    const insertColumn = (at) => {
      const header = `Header ${source.headers.length + 1}`;
      source.insertColumn(at, header, "").then(() => redraw(true));
      widths = [];
      redraw(true);
    };

    const columnItems = (column) => {
      const items = [];
      const canAddColumn = columnsDynamic() && (limit("column_limits", 1) === null || columnCount() < limit("column_limits", 1));
      const canDeleteColumn = columnsDynamic() && columnCount() > Math.max(1, limit("column_limits", 0) ?? 0);
      if (canAddColumn) {
        items.push(item("add-column-left", "Add column to the left", () => insertColumn(column)));
        items.push(item("add-column-right", "Add column to the right", () => insertColumn(column + 1)));
      }
      if (canDeleteColumn) {
        items.push(item("delete-column", "Delete column", () => {
          if (selection?.column === column) selection = null;
          source.deleteColumn(column).then(() => redraw(true));
          widths = [];
          redraw(true);
        }));
      }
      return items;
    };

    const rowMenuItems = (index, column) => {
      const items = [];
      const canAddRow = rowsDynamic() && (limit("row_limits", 1) === null || source.rowCount < limit("row_limits", 1));
      if (canAddRow) {
        items.push(item("add-row-above", "Add row above", () => insertRow(index)));
        items.push(item("add-row-below", "Add row below", () => insertRow(index + 1)));
      }
      if (rowsDynamic() && source.rowCount > Math.max(1, limit("row_limits", 0) ?? 0)) {
        items.push(item("delete-row", "Delete row", () => {
          selection = null;
          source.deleteRow(index).then(() => redraw(true));
          redraw(true);
        }));
      }
      const columns = columnItems(column);
      if (items.length && columns.length) items.push(h("hr"));
      return [...items, ...columns];
    };

    const openCellMenu = (index, column, anchor, x, y) => openMenu(rowMenuItems(index, column), anchor, x, y);

    const filterForm = (column) => {
      const numeric = datatype(column) === "number";
      const ops = numeric ? [...NUMBER_OPS, "Is empty", "Is not empty"] : TEXT_OPS;
      const select = h("select", { dataset: part("filter-op"), "aria-label": "Condition" },
        ops.map((op) => h("option", { value: op }, op)));
      const input = h("input", { type: numeric ? "number" : "text", dataset: part("filter-value"), "aria-label": "Value",
        placeholder: "Value" });
      const apply = () => {
        closeMenu();
        const filters = query.filters.filter((f) => f.column !== column);
        filters.push({ column, op: select.value, value: input.value });
        setQuery({ filters });
      };
      input.addEventListener("keydown", (e) => {
        e.stopPropagation();
        if (e.key === "Enter") apply();
        if (e.key === "Escape") closeMenu();
      });
      return h("div", { class: "nbb-df-filter-form", dataset: part("filter-form") }, select, input,
        h("button", { type: "button", class: "nbb-button nbb-button-primary nbb-size-sm", dataset: part("filter-apply"),
          onclick: apply }, "Apply"));
    };

    const openColumnMenu = (column, anchor) => {
      const items = [
        item("sort-asc", "Sort ascending", () => setQuery({ sort: [[column, "asc"]] })),
        item("sort-desc", "Sort descending", () => setQuery({ sort: [[column, "desc"]] })),
      ];
      if (query.sort.some(([c]) => c === column)) {
        items.push(item("clear-sort", "Clear sort", () => setQuery({ sort: query.sort.filter(([c]) => c !== column) })));
      }
      if (props().show_search === "filter") {
        items.push(h("hr"), item("filter", "Filter…", () => openMenu([filterForm(column)], anchor)));
        if (query.filters.some((f) => f.column === column)) {
          items.push(item("clear-filter", "Clear filter", () => setQuery({ filters: query.filters.filter((f) => f.column !== column) })));
        }
      }
      const columns = columnItems(column);
      if (columns.length) items.push(h("hr"), ...columns);
      openMenu(items, anchor);
    };

    const insertRow = (at) => {
      const values = Array.from({ length: columnCount() }, (_, c) => emptyCell(datatype(c)));
      source.insertRow(at, values).then(() => redraw(true));
      redraw(true);
    };

    ctx.listen(addRow, "click", () => insertRow(source.rowCount));
    ctx.listen(document, "pointerdown", (event) => {
      if (!menu.hidden && !menu.contains(event.target) && !event.target.closest?.('[data-nbblocks-part="column-menu"], [data-nbblocks-part="cell-menu"]')) closeMenu();
    }, { capture: true });
    ctx.listen(menu, "keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Escape") closeMenu();
    });

    // -- toolbar ---------------------------------------------------------------------------

    const drawToolbarControls = () => {
      const p = props();
      const controls = [];
      if (p.show_search === "search" || p.show_search === "filter") {
        const search = h("input", {
          type: "search", class: "nbb-df-search", dataset: part("search"), value: query.search ?? "",
          placeholder: p.show_search === "filter" ? "Filter..." : "Search...", "aria-label": "Search the table",
        });
        search.addEventListener("input", () => {
          clearTimeout(searchTimer);
          const run = () => setQuery({ search: search.value || null });
          if (source?.windowed) searchTimer = setTimeout(run, SEARCH_DELAY);
          else run();
        });
        search.addEventListener("keydown", (event) => event.stopPropagation());
        controls.push(search, h("div", { class: "nbb-df-filters", dataset: part("filters") }));
      }
      controls.push(h("span", { class: "nbb-df-count", dataset: part("row-count") }));
      const buttons = p.buttons;
      if (buttons === null || buttons === undefined || buttons.includes("copy")) {
        const copy = h("button", { type: "button", class: "nbb-icon-button", title: "Copy", "aria-label": "Copy",
          dataset: part("copy") }, icon("copy"));
        copy.addEventListener("click", async () => {
          const cells = range.length ? range : selection ? [[selection.index, selection.column]] : null;
          try {
            const text = await source.copy(cells);
            try {
              await navigator.clipboard.writeText(text);
            } catch {
              fallbackCopy(text);
            }
            copy.replaceChildren(icon("check"));
            setTimeout(() => copy.replaceChildren(icon("copy")), 1200);
          } catch (error) {
            showError(String(error.message ?? error));
          }
        });
        controls.push(copy);
      }
      if (buttons === null || buttons === undefined || buttons.includes("fullscreen")) {
        controls.push(h("button", { type: "button", class: "nbb-icon-button", title: "Fullscreen", "aria-label": "Fullscreen",
          dataset: part("fullscreen"), onclick: () => {
            if (document.fullscreenElement) document.exitFullscreen?.();
            else ctx.root.requestFullscreen?.().catch(() => {});
          } }, icon("fullscreen")));
      }
      toolbar.replaceChildren(...controls);
    };

    ctx.on("value", (value) => load(value));
    ctx.on("props", () => {
      drawToolbarControls();
      widths = [];
      redraw(true);
    });
    drawToolbarControls();
    load(ctx.value());
  },
};

function fallbackCopy(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.style.cssText = "position:fixed;opacity:0";
  document.body.append(area);
  area.select();
  try {
    document.execCommand("copy");
  } catch {
    /* the clipboard is not available */
  }
  area.remove();
}
