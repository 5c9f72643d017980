"""Sorting, searching and filtering a ``Table`` in the kernel, over every row.

A page that shows a big table asks for rows ``start..stop`` of a *view*: the table sorted
by up to three columns, narrowed to the rows containing a search text and passing the
column filters. The view's row order is computed here with numpy (an argsort of each
sort column's ranks, a byte search over each column's text) and cached on the table;
each column keeps its ranks and text, so an edit recomputes only what it touched.

The rules are the page's own (``js/lib/tablequery.js`` applies them to tables sent whole):

* text of a cell: numbers as JavaScript prints them (``1`` not ``1.0``, ``1e-7``),
  ``true``/``false``, null as empty, dicts and lists as compact JSON;
* search: case-insensitive substring of any cell's text;
* sort: numbers by value, text case-insensitively, missing cells last (either direction),
  ties in their original order;
* filters: text ops on the lower-cased text, number ops on cells that are numbers.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from ._table import Column, Table, format_datetimes, json_cell

__all__ = ["ColumnIndex", "Query", "QueryError", "cell_text", "row_order"]

MAX_SORT_COLUMNS = 3
TEXT_OPS = ("Contains", "Does not contain", "Starts with", "Ends with", "Is", "Is not", "Is empty", "Is not empty")
NUMBER_OPS = ("=", "≠", ">", "<", "≥", "≤")


class QueryError(ValueError):
    """A malformed sort, search or filter from a page."""


def number_text(x: float) -> str:
    """A float as JavaScript's ``String(x)`` prints it."""
    if not math.isfinite(x):
        return ""
    if x == int(x) and abs(x) < 1e21:
        return str(int(x))
    if 1e-6 <= abs(x) < 1e-4:  # JavaScript writes these out, Python uses an exponent
        return np.format_float_positional(x, trim="-")
    text = repr(x)
    return text.replace("e-0", "e-").replace("e+0", "e+")


def cell_text(value: Any) -> str:
    """The text a page shows (and searches) for a JSON cell value."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


#: The characters a typed column's text can hold: a search for anything else skips it.
_ALPHABETS = {
    "float": frozenset("0123456789.-+e"),
    "int": frozenset("0123456789-"),
    "bool": frozenset("truefals"),
    "datetime": frozenset("0123456789-: ."),
}


def _texts(col: Column) -> list[str]:
    arr = col.array()
    if col.kind == "int":
        return list(map(str, arr.tolist()))
    if col.kind == "bool":
        return np.where(arr, "true", "false").tolist()  # type: ignore[no-any-return]  # numpy types tolist() as Any
    if col.kind == "float":
        return _float_texts(arr)
    if col.kind == "datetime":
        return [t or "" for t in format_datetimes(arr)]
    values = arr.tolist()
    if all(type(v) is str for v in values):  # the common case: a column of text
        return values  # type: ignore[no-any-return]  # numpy types tolist() as Any
    return [cell_text(json_cell(v)) for v in values]


def _json_values(arr: np.ndarray) -> list[Any]:
    values = arr.tolist()
    if all(type(v) is str or v is None for v in values):
        return values  # type: ignore[no-any-return]  # numpy types tolist() as Any
    return [json_cell(v) for v in values]


def _float_texts(arr: np.ndarray) -> list[str]:
    """``number_text`` of every value: Python's repr (in C), then the few values JavaScript
    prints differently (whole numbers, tiny ones, exponents, NaN) put right."""
    arr = arr.astype(np.float64, copy=False)
    out = list(map(repr, arr.tolist()))
    finite = np.isfinite(arr)
    whole = finite & (np.abs(arr) < 2**53) & (arr == np.floor(np.where(finite, arr, 0)))
    idx = np.flatnonzero(whole)
    for i, t in zip(idx.tolist(), map(str, arr[idx].astype(np.int64).tolist())):
        out[i] = t
    with np.errstate(invalid="ignore"):
        odd = ~finite | (finite & ~whole & ((np.abs(arr) < 1e-4) | (np.abs(arr) >= 1e16)))
    for i in np.flatnonzero(odd).tolist():
        out[i] = number_text(float(arr[i]))
    return out


class ColumnIndex:
    """What sorting and searching a column needs, computed once per column."""

    __slots__ = ("_blank", "_buf", "_col", "_ends", "_missing", "_numbers", "_rank", "_starts")

    def __init__(self, col: Column):
        self._col = col
        self._rank: np.ndarray | None = None
        self._missing: np.ndarray | None = None
        self._buf: np.ndarray | None = None
        self._starts: np.ndarray | None = None
        self._ends: np.ndarray | None = None
        self._blank: np.ndarray | None = None
        self._numbers: np.ndarray | None = None

    @classmethod
    def of(cls, col: Column) -> ColumnIndex:
        index = col.index
        if not isinstance(index, cls):
            index = col.index = cls(col)
        return index

    # -- sorting -------------------------------------------------------------------------

    def ranks(self) -> tuple[np.ndarray, np.ndarray]:
        """(dense rank of every cell, missing mask): equal cells share a rank."""
        if self._rank is None or self._missing is None:
            key, missing = self._sort_key()
            order = np.argsort(key)  # equal keys share a rank: no need for a stable sort
            ordered = key[order]
            new = np.ones(len(key), dtype=np.int64)
            if len(key) > 1:
                new[1:] = ordered[1:] != ordered[:-1]
            rank = np.empty(len(key), dtype=np.int64)
            rank[order] = np.cumsum(new) - 1
            self._rank, self._missing = rank, missing
        return self._rank, self._missing

    def _sort_key(self) -> tuple[np.ndarray, np.ndarray]:
        col = self._col
        arr = col.array()
        if col.kind == "float":
            missing = ~np.isfinite(arr)
            return np.where(missing, 0.0, arr), missing
        if col.kind in ("int", "bool"):
            return arr, np.zeros(len(arr), dtype=bool)
        if col.kind == "datetime":
            missing = np.isnat(arr)
            return np.where(missing, 0, arr.astype("datetime64[ns]").view(np.int64)), missing
        values = _json_values(arr)
        missing = np.fromiter((v is None for v in values), dtype=bool, count=len(values))
        present = [v for v in values if v is not None]
        if all(isinstance(v, str) for v in present):
            key = np.empty(len(values), dtype=object)
            key[:] = ["" if v is None else v.lower() for v in values]
            return key, missing
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
            return np.array([0.0 if v is None else float(v) for v in values]), missing
        # Mixed: numbers, then booleans, then text, then anything else.
        keyed = sorted(range(len(values)), key=lambda i: _mixed_key(values[i]))
        key = np.empty(len(values), dtype=np.int64)
        previous: Any = object()
        rank = -1
        for i in keyed:
            k = _mixed_key(values[i])
            if k != previous:
                rank += 1
                previous = k
            key[i] = rank
        return key, missing

    # -- text ----------------------------------------------------------------------------

    def _text(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The lower-cased text of every cell as one UTF-8 buffer (cells separated by NUL),
        with where each cell starts and ends in it."""
        if self._buf is None or self._starts is None or self._ends is None:
            texts = _texts(self._col)
            joined = "\x00".join(texts)
            if self._col.kind == "object":
                if joined.count("\x00") != max(0, len(texts) - 1):
                    joined = "\x00".join(t.replace("\x00", " ") for t in texts)
                joined = joined.lower()
            buf = np.frombuffer(joined.encode("utf-8"), dtype=np.uint8)
            seps = np.flatnonzero(buf == 0)
            self._starts = np.concatenate([[0], seps + 1]).astype(np.int64)
            self._ends = np.concatenate([seps, [len(buf)]]).astype(np.int64)
            self._buf = buf
        return self._buf, self._starts, self._ends

    def _blanks(self) -> np.ndarray:
        """Cells whose text is empty or only spaces."""
        col = self._col
        if col.kind == "float":
            blank: np.ndarray = ~np.isfinite(col.array())
            return blank
        if col.kind in ("int", "bool"):
            return np.zeros(col.n, dtype=bool)
        if col.kind == "datetime":
            nat: np.ndarray = np.isnat(col.array())
            return nat
        return np.fromiter((not t.strip() for t in _texts(col)), dtype=bool, count=col.n)

    def _hits(self, needle: str) -> tuple[np.ndarray, np.ndarray]:
        """(positions, rows) of every occurrence of ``needle`` (lower-cased) in the cells."""
        needle = needle.lower().replace("\x00", " ")
        alphabet = _ALPHABETS.get(self._col.kind)
        if alphabet is not None and not set(needle) <= alphabet:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)  # no cell can hold it
        buf, starts, _ = self._text()
        q = np.frombuffer(needle.encode("utf-8"), dtype=np.uint8)
        k = len(q)
        if k == 0 or k > len(buf):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        pos = np.flatnonzero(buf[: len(buf) - k + 1] == q[0])
        for i in range(1, k):
            if not len(pos):
                break
            pos = pos[buf[pos + i] == q[i]]
        return pos, np.searchsorted(starts, pos, side="right") - 1

    def contains(self, needle: str) -> np.ndarray:
        mask = np.zeros(self._col.n, dtype=bool)
        if needle == "":
            mask[:] = True
            return mask
        _, rows = self._hits(needle)
        mask[rows] = True
        return mask

    def text_op(self, op: str, needle: str) -> np.ndarray:
        n = self._col.n
        if op in ("Is empty", "Is not empty"):
            if self._blank is None:
                self._blank = self._blanks()
            return self._blank.copy() if op == "Is empty" else ~self._blank
        if op == "Contains":
            return self.contains(needle)
        if op == "Does not contain":
            return ~self.contains(needle)
        if needle == "":
            _, starts, ends = self._text()
            at_start = np.ones(n, dtype=bool)
            empty: np.ndarray = (ends - starts) == 0
            chosen: np.ndarray = {"Starts with": at_start, "Ends with": at_start, "Is": empty, "Is not": ~empty}[op]
            return chosen
        pos, rows = self._hits(needle)
        mask = np.zeros(n, dtype=bool)
        if len(pos):
            _, starts, ends = self._text()
            q_len = len(needle.lower().encode("utf-8"))
            if op == "Starts with":
                mask[rows[pos == starts[rows]]] = True
            elif op == "Ends with":
                mask[rows[pos + q_len == ends[rows]]] = True
            else:  # Is / Is not
                mask[rows[(pos == starts[rows]) & (pos + q_len == ends[rows])]] = True
        return ~mask if op == "Is not" else mask

    # -- numbers ----------------------------------------------------------------------

    def numbers(self) -> np.ndarray:
        """Each cell as a float (NaN when it is not a number)."""
        if self._numbers is None:
            col = self._col
            if col.kind in ("float", "int", "bool"):
                x = col.array().astype(np.float64)
                self._numbers = np.where(np.isfinite(x), x, np.nan)  # infinities are null in JSON
            elif col.kind == "datetime":
                self._numbers = np.full(col.n, np.nan)
            else:
                self._numbers = np.fromiter((_as_number(json_cell(v)) for v in col.array()), dtype=np.float64, count=col.n)
        return self._numbers

    def number_op(self, op: str, value: float) -> np.ndarray:
        x = self.numbers()
        with np.errstate(invalid="ignore"):
            result: np.ndarray = {"=": x == value, "≠": x != value, ">": x > value, "<": x < value, "≥": x >= value,
                                  "≤": x <= value}[op]
        passed: np.ndarray = result & ~np.isnan(x)
        return passed


def _as_number(value: Any) -> float:
    if isinstance(value, bool) or value is None:
        return math.nan
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str) and value.strip():
        try:
            return float(value)
        except ValueError:
            return math.nan
    return math.nan


def _mixed_key(value: Any) -> tuple[int, Any]:
    if value is None:
        return (4, "")
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (0, float(value))
    if isinstance(value, str):
        return (2, value.lower())
    return (3, cell_text(value))


class Query:
    """A view of a table: ``sort`` ([[column, "asc"|"desc"], ...], at most three),
    ``search`` (text or None) and ``filters`` ([{"column", "op", "value"}, ...])."""

    def __init__(self, sort: Any = None, search: Any = None, filters: Any = None, *, n_columns: int):
        self.sort = _sort_spec(sort, n_columns)
        if search is not None and not isinstance(search, str):
            raise QueryError(f"search must be text or null, got {type(search).__name__}")
        self.search = search or None
        self.filters = _filter_spec(filters, n_columns)

    @property
    def is_identity(self) -> bool:
        return not self.sort and self.search is None and not self.filters

    def key(self) -> str:
        return json.dumps([self.sort, self.search, self.filters], separators=(",", ":"), ensure_ascii=False)


def _sort_spec(sort: Any, n_columns: int) -> list[list[Any]]:
    if sort is None:
        return []
    if not isinstance(sort, list) or len(sort) > MAX_SORT_COLUMNS:
        raise QueryError(f"sort must be a list of at most {MAX_SORT_COLUMNS} [column, direction] pairs")
    out = []
    for item in sort:
        if (not isinstance(item, (list, tuple)) or len(item) != 2 or not _is_index(item[0], n_columns)
                or item[1] not in ("asc", "desc")):
            raise QueryError(f"a sort key is [column, 'asc'|'desc'] with a column below {n_columns}, got {item!r}")
        out.append([int(item[0]), item[1]])
    return out


def _filter_spec(filters: Any, n_columns: int) -> list[dict[str, Any]]:
    if filters is None:
        return []
    if not isinstance(filters, list):
        raise QueryError("filters must be a list of {column, op, value}")
    out = []
    for f in filters:
        if not isinstance(f, dict) or not _is_index(f.get("column"), n_columns):
            raise QueryError(f"a filter needs a column below {n_columns}, got {f!r}")
        op, value = f.get("op"), f.get("value", "")
        if op in NUMBER_OPS:
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise QueryError(f"the filter {op} needs a number, got {value!r}") from None
            out.append({"column": int(f["column"]), "op": op, "value": number})
        elif op in TEXT_OPS:
            out.append({"column": int(f["column"]), "op": op, "value": "" if value is None else str(value)})
        else:
            raise QueryError(f"unknown filter {op!r}; use one of {', '.join(TEXT_OPS + NUMBER_OPS)}")
    return out


def _is_index(value: Any, n: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < n


def row_order(table: Table, query: Query) -> np.ndarray | None:
    """Original row positions in the view's order; None for every row in its own order."""
    if query.is_identity:
        return None
    key = query.key()
    cached = table.order(key)
    if cached is not None:
        return cached
    n = table.n_rows
    mask: np.ndarray | None = None
    if query.search is not None:
        mask = np.zeros(n, dtype=bool)
        for col in table.columns:
            mask |= ColumnIndex.of(col).contains(query.search)
    for f in query.filters:
        index = ColumnIndex.of(table.columns[f["column"]])
        passed = index.number_op(f["op"], f["value"]) if f["op"] in NUMBER_OPS else index.text_op(f["op"], f["value"])
        mask = passed if mask is None else mask & passed
    if query.sort:
        keys: list[np.ndarray] = []
        for column, direction in reversed(query.sort):
            rank, missing = ColumnIndex.of(table.columns[column]).ranks()
            keys.append(rank if direction == "asc" else -rank)
            keys.append(missing)
        order = np.lexsort(keys)
        if mask is not None:
            order = order[mask[order]]
    else:
        order = np.flatnonzero(mask) if mask is not None else np.arange(n)
    order = order.astype(np.int64, copy=False)
    table.remember_order(key, order)
    return order


def window(table: Table, query: Query, start: int, stop: int) -> dict[str, Any]:
    """Rows ``start..stop`` of the view: their JSON cells, original positions and (when
    the table has them) display values and styles; ``total`` rows in the view."""
    order = row_order(table, query)
    total = table.n_rows if order is None else len(order)
    start = max(0, min(start, total))
    stop = max(start, min(stop, total))
    index = np.arange(start, stop, dtype=np.int64) if order is None else order[start:stop]
    positions: Sequence[int] = index.tolist()
    return {
        "total": total,
        "start": start,
        "index": positions,
        "rows": table.rows(index),
        "metadata": None if table.meta is None else table.meta.rows(positions),
    }
