// Sorting, searching and filtering a table the page holds whole. The kernel applies the
// same rules to big tables (nbblocks/_table_query.py); keep the two in step:
//  - a cell's text: numbers as String(n), true/false, null as "", objects as JSON;
//  - search: case-insensitive substring of any cell's text;
//  - sort: up to three columns; numbers by value, then booleans, then text (case-
//    insensitively), then anything else; missing cells last in either direction; ties
//    keep their order;
//  - filters: text ops on the lower-cased text, number ops on cells that are numbers.

export const TEXT_OPS = ["Contains", "Does not contain", "Starts with", "Ends with", "Is", "Is not", "Is empty", "Is not empty"];
export const NUMBER_OPS = ["=", "≠", ">", "<", "≥", "≤"];
export const MAX_SORT = 3;

export function cellText(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

function sortKey(value) {
  if (value === null || value === undefined) return [4, ""];
  if (typeof value === "boolean") return [1, value ? 1 : 0];
  if (typeof value === "number") return Number.isFinite(value) ? [0, value] : [4, ""];
  if (typeof value === "string") return [2, value.toLowerCase()];
  return [3, cellText(value)];
}

function compareKeys(a, b) {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] < b[1]) return -1;
  if (a[1] > b[1]) return 1;
  return 0;
}

function asNumber(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : NaN;
  if (typeof value === "string" && value.trim() !== "") return Number(value);
  return NaN;
}

/** Whether one cell passes one filter ({column, op, value}). */
export function passes(value, filter) {
  const { op } = filter;
  if (NUMBER_OPS.includes(op)) {
    const x = asNumber(value);
    const v = Number(filter.value);
    if (Number.isNaN(x) || Number.isNaN(v)) return false;
    switch (op) {
      case "=": return x === v;
      case "≠": return x !== v;
      case ">": return x > v;
      case "<": return x < v;
      case "≥": return x >= v;
      default: return x <= v;
    }
  }
  const text = cellText(value);
  const lower = text.toLowerCase();
  const needle = String(filter.value ?? "").toLowerCase();
  switch (op) {
    case "Contains": return lower.includes(needle);
    case "Does not contain": return !lower.includes(needle);
    case "Starts with": return lower.startsWith(needle);
    case "Ends with": return lower.endsWith(needle);
    case "Is": return lower === needle;
    case "Is not": return lower !== needle;
    case "Is empty": return text.trim() === "";
    case "Is not empty": return text.trim() !== "";
    default: return true;
  }
}

/**
 * The rows of a view, as positions in `rows`: searched, filtered, then sorted.
 * `sort` is [[column, "asc"|"desc"], ...] (the first is the main key).
 */
export function viewOrder(rows, { sort = [], search = null, filters = [] } = {}) {
  let order = rows.map((_, i) => i);
  const needle = search ? String(search).toLowerCase() : "";
  if (needle) order = order.filter((i) => rows[i].some((cell) => cellText(cell).toLowerCase().includes(needle)));
  for (const filter of filters) order = order.filter((i) => passes(rows[i][filter.column], filter));
  if (sort.length) {
    const keys = sort.map(([column]) => rows.map((row) => sortKey(row[column])));
    order.sort((a, b) => {
      for (let k = 0; k < sort.length; k += 1) {
        const ka = keys[k][a];
        const kb = keys[k][b];
        const missingA = ka[0] === 4;
        const missingB = kb[0] === 4;
        if (missingA !== missingB) return missingA ? 1 : -1;
        const c = compareKeys(ka, kb);
        if (c !== 0) return sort[k][1] === "desc" ? -c : c;
      }
      return a - b;
    });
  }
  return order;
}

/** Rows (and cells) as CSV, the way Gradio's copy button writes them. */
export function toCsv(rows) {
  const quote = (text) => (/[,"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return rows.map((row) => row.map((cell) => quote(cellText(cell))).join(",")).join("\n");
}
