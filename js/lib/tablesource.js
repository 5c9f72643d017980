// Where a Dataframe view gets its rows. A table sent whole is held here and sorted,
// searched and edited in the page (`localSource`); a big table stays in the kernel and
// the page asks for the rows it shows (`remoteSource`, docs/protocol.md "Tables").
// Both address rows by their position in the value (`index`), whatever the view's order.

import { toCsv, viewOrder } from "./tablequery.js";

export const BLOCK = 100; // rows per request of a big table
const KEPT_BLOCKS = 60;

const sameQuery = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const EMPTY_QUERY = Object.freeze({ sort: [], search: null, filters: [] });

export function isWindowed(value) {
  return Boolean(value && typeof value === "object" && value.window);
}

/** A table held whole: the value is Gradio's {headers, data, metadata}. */
export function localSource(ctx, value) {
  let headers = Array.isArray(value?.headers) ? [...value.headers] : [];
  let data = Array.isArray(value?.data) ? value.data.map((r) => (Array.isArray(r) ? [...r] : [r])) : [];
  let metadata = value?.metadata ?? null;
  let query = EMPTY_QUERY;
  let order = viewOrder(data, query);

  const emit = (events, editData = null) => {
    metadata = null; // display values and styles no longer match an edited table
    ctx.setValue({ headers: [...headers], data: data.map((r) => [...r]), metadata: null }, { events: [] });
    if (editData) ctx.dispatch("edit", editData);
    for (const event of events) ctx.dispatch(event);
    order = viewOrder(data, query);
  };

  return {
    windowed: false,
    get headers() { return headers; },
    get columns() { return headers.length || (data[0]?.length ?? 0); },
    get total() { return order.length; },
    get rowCount() { return data.length; },
    get query() { return query; },
    setQuery(next) {
      query = { ...EMPTY_QUERY, ...next };
      order = viewOrder(data, query);
      return Promise.resolve();
    },
    row(position) {
      const index = order[position];
      if (index === undefined) return null;
      return {
        index,
        values: data[index],
        display: metadata?.display_value?.[index] ?? null,
        styling: metadata?.styling?.[index] ?? null,
      };
    },
    ensure() {},
    cell: (index, column) => data[index]?.[column],
    setCell(index, column, cellValue) {
      const previous = data[index][column];
      data[index] = [...data[index]]; // a new row array: the view redraws rows whose array changed
      data[index][column] = cellValue;
      emit(["change", "input"], { index: [index, column], value: cellValue, previous_value: previous });
      return Promise.resolve();
    },
    insertRow(at, values) {
      data.splice(at, 0, values);
      emit(["change", "input"]);
      return Promise.resolve();
    },
    deleteRow(index) {
      data.splice(index, 1);
      emit(["change", "input"]);
      return Promise.resolve();
    },
    insertColumn(at, header, fill) {
      headers.splice(at, 0, header);
      for (const row of data) row.splice(at, 0, fill);
      emit(["change", "input"]);
      return Promise.resolve();
    },
    deleteColumn(column) {
      headers.splice(column, 1);
      for (const row of data) row.splice(column, 1);
      emit(["change", "input"]);
      return Promise.resolve();
    },
    renameColumn(column, header) {
      headers[column] = header;
      emit(["change", "input"]);
      return Promise.resolve();
    },
    select(index, column) {
      ctx.dispatch("select", {
        index: [index, column], value: data[index]?.[column] ?? null, row_value: data[index] ?? [],
        col_value: data.map((r) => r[column]), selected: true,
      });
    },
    copy(cells) {
      if (cells && cells.length) return Promise.resolve(csvOfCells(cells, (r, c) => data[r]?.[c]));
      return Promise.resolve(toCsv(order.map((i) => data[i])));
    },
  };
}

function csvOfCells(cells, get) {
  const rows = new Map();
  for (const [r, c] of cells) {
    if (!rows.has(r)) rows.set(r, new Map());
    rows.get(r).set(c, get(r, c));
  }
  const columns = [...new Set(cells.map(([, c]) => c))].sort((a, b) => a - b);
  const sorted = [...rows.keys()].sort((a, b) => a - b);
  return toCsv(sorted.map((r) => columns.map((c) => (rows.get(r).has(c) ? rows.get(r).get(c) : ""))));
}

/**
 * A table kept in the kernel: rows are fetched in blocks of BLOCK for the current view
 * (sort, search, filters) and version. `onChange()` runs when rows arrive or the view's
 * size changes; `onError(message)` when the kernel refuses something.
 */
export function remoteSource(ctx, value, { onChange, onError }) {
  const summary = value.window;
  let headers = Array.isArray(value.headers) ? [...value.headers] : [];
  let columns = summary.columns ?? headers.length;
  let version = summary.version;
  let query = EMPTY_QUERY;
  let total = summary.first?.total ?? 0;
  let rowCount = total;
  let blocks = new Map(); // block number -> {index: [...], rows: [...], metadata}
  const loading = new Set();
  let generation = 0;

  const seed = (part) => {
    if (!part) return;
    const number = Math.floor(part.start / BLOCK);
    if (part.start % BLOCK === 0) blocks.set(number, part);
  };
  seed(summary.first);

  const reset = () => {
    generation += 1;
    blocks = new Map();
    loading.clear();
  };

  const adopt = (reply) => {
    if (reply.version !== version) {
      version = reply.version;
      reset();
    }
    if (typeof reply.columns === "number") columns = reply.columns;
  };

  const fetchBlock = (number) => {
    if (blocks.has(number) || loading.has(number)) return;
    loading.add(number);
    const mine = generation;
    ctx.request({
      type: "table_rows", version, start: number * BLOCK, stop: (number + 1) * BLOCK,
      sort: query.sort.length ? query.sort : null, search: query.search || null,
      filters: query.filters.length ? query.filters : null,
    }).then((reply) => {
      if (mine !== generation) return;
      loading.delete(number);
      if (reply.type === "table_error") {
        onError(reply.message);
        return;
      }
      adopt(reply);
      blocks.set(number, reply);
      while (blocks.size > KEPT_BLOCKS) blocks.delete(blocks.keys().next().value);
      if (reply.total !== total) total = reply.total;
      if (!query.search && !query.filters.length) rowCount = reply.total;
      onChange();
    }).catch(() => { /* the view was removed */ });
  };

  const locate = (index) => {
    for (const part of blocks.values()) {
      const at = part.index.indexOf(index);
      if (at >= 0) return { part, at };
    }
    return null;
  };

  const edit = (op, events, { keepRows = false, undo = null } = {}) => ctx.request({ type: "table_edit", version, events, ...op })
    .then((reply) => {
      if (reply.type === "table_error") {
        undo?.(); // what the page changed at once (headers) goes back
        onError(reply.message);
        if (reply.version !== undefined && reply.version !== null) version = reply.version;
        reset();
        onChange();
        return;
      }
      version = reply.version;
      if (!keepRows) reset();
      onChange();
    });

  const active = () => query.sort.length || query.search || query.filters.length;

  return {
    windowed: true,
    get headers() { return headers; },
    get columns() { return columns; },
    get total() { return total; },
    get rowCount() { return rowCount; },
    get version() { return version; },
    get query() { return query; },
    setQuery(next) {
      const q = { ...EMPTY_QUERY, ...next };
      if (sameQuery(q, query)) return Promise.resolve();
      query = q;
      reset();
      fetchBlock(0);
      return Promise.resolve();
    },
    row(position) {
      const part = blocks.get(Math.floor(position / BLOCK));
      if (!part) return null;
      const at = position - part.start;
      if (at < 0 || at >= part.rows.length) return null;
      return {
        index: part.index[at],
        values: part.rows[at],
        display: part.metadata?.display_value?.[at] ?? null,
        styling: part.metadata?.styling?.[at] ?? null,
      };
    },
    ensure(start, stop) {
      for (let b = Math.floor(Math.max(0, start) / BLOCK); b * BLOCK < Math.min(stop, Math.max(total, 1)); b += 1) fetchBlock(b);
    },
    cell(index, column) {
      const hit = locate(index);
      return hit ? hit.part.rows[hit.at][column] : undefined;
    },
    setCell(index, column, cellValue) {
      const hit = locate(index);
      if (hit) {
        hit.part.rows[hit.at] = [...hit.part.rows[hit.at]];
        hit.part.rows[hit.at][column] = cellValue;
        if (hit.part.metadata) hit.part.metadata = null;
      }
      return edit({ op: "set", row: index, column, value: cellValue }, ["edit", "change", "input"], { keepRows: !active() });
    },
    insertRow(at, values) {
      return edit({ op: "insert_row", at, values }, ["change", "input"]);
    },
    deleteRow(index) {
      return edit({ op: "delete_row", row: index }, ["change", "input"]);
    },
    insertColumn(at, header, fill) {
      const before = [headers, columns];
      headers = [...headers.slice(0, at), header, ...headers.slice(at)];
      columns += 1;
      return edit({ op: "insert_column", at, header, fill }, ["change", "input"], { undo: () => { [headers, columns] = before; } });
    },
    deleteColumn(column) {
      const before = [headers, columns];
      headers = headers.filter((_, i) => i !== column);
      columns -= 1;
      return edit({ op: "delete_column", column }, ["change", "input"], { undo: () => { [headers, columns] = before; } });
    },
    renameColumn(column, header) {
      const before = headers;
      headers = headers.map((h, i) => (i === column ? header : h));
      return edit({ op: "rename_column", column, header }, ["change", "input"], { keepRows: true, undo: () => { headers = before; } });
    },
    select(index, column) {
      ctx.send({ type: "table_select", row: index, column });
    },
    copy(cells) {
      return ctx.request({
        type: "table_copy", cells: cells && cells.length ? cells : null, sort: query.sort.length ? query.sort : null,
        search: query.search || null, filters: query.filters.length ? query.filters : null,
      }).then((reply) => {
        if (reply.type === "table_error") throw new Error(reply.message);
        return reply.text;
      });
    },
    /** The kernel's value changed (a function's output, an edit elsewhere). */
    refresh(nextValue) {
      headers = Array.isArray(nextValue.headers) ? [...nextValue.headers] : headers;
      const w = nextValue.window;
      if (w.version === version) return false;
      version = w.version;
      columns = w.columns ?? headers.length;
      reset();
      rowCount = w.first?.total ?? rowCount;
      if (!active()) {
        total = rowCount;
        seed(w.first);
      }
      return true;
    },
  };
}
