"""``Frontend.table(df)``: a Dataframe as the page's table view drives it, headless.

It keeps what the view keeps (a sort, a search text, column filters) and sends exactly
what ``js/views/dataframe.js`` sends: for a table sent whole it sorts and searches the
rows it holds and sends the whole edited value with its events; for a big table it asks
the kernel for rows and sends each edit as an operation (``docs/protocol.md``, "Tables").
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from ._frontend_error import FrontendError

if TYPE_CHECKING:
    from .block import Block

__all__ = ["TableView"]


class TableView:
    """One page view of a Dataframe. Rows are addressed by their position in the value
    (``index``), as selection and edits are, whatever the view's order."""

    def __init__(self, frontend: Any, comp: Block):
        """``frontend``: the ``nbblocks.testing.Frontend`` whose page this view is in."""
        self._ui = frontend
        self._comp = comp
        self.sort: list[list[Any]] = []
        self.search: str | None = None
        self.filters: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return f"TableView({self._comp!r}, sort={self.sort}, search={self.search!r}, filters={self.filters})"

    # -- what the page holds -------------------------------------------------------------

    @property
    def windowed(self) -> bool:
        """True when the page gets the table in windows (a big table), False when whole."""
        value = self._ui.value(self._comp)
        return isinstance(value, dict) and "window" in value

    @property
    def headers(self) -> list[Any]:
        value = self._ui.value(self._comp) or {}
        return list(value.get("headers") or [])

    def _local(self) -> Any:
        from ._table import Table

        value = self._ui.value(self._comp) or {}
        return Table.from_rows(list(value.get("headers") or []), value.get("data") or [], value.get("metadata"))

    def _query(self, n_columns: int) -> Any:
        from ._table_query import Query

        return Query(self.sort or None, self.search, self.filters or None, n_columns=n_columns)

    def view(self, start: int = 0, stop: int | None = None) -> dict[str, Any]:
        """Rows ``start..stop`` of the view (all by default): ``{"total", "start", "index",
        "rows", "metadata"}``, asked from the kernel for a big table."""
        from ._table_query import window

        if not self.windowed:
            table = self._local()
            return window(table, self._query(table.n_columns), start, table.n_rows if stop is None else stop)
        if stop is None:
            stop = self.total
        out: dict[str, Any] = {}
        for at in range(start, max(start, stop), 2000):
            part = self._request(at, min(stop, at + 2000))
            if not out:
                out = part
            else:
                out["rows"] += part["rows"]
                out["index"] += part["index"]
                if part.get("metadata") and out.get("metadata"):
                    for key in ("display_value", "styling"):
                        if out["metadata"].get(key) is not None:
                            out["metadata"][key] += part["metadata"][key] or []
        return out or self._request(start, start)

    def rows(self, start: int = 0, stop: int | None = None) -> list[list[Any]]:
        """The rows the view shows from ``start`` to ``stop``, in its order."""
        return list(self.view(start, stop)["rows"])

    def index(self, start: int = 0, stop: int | None = None) -> list[int]:
        """The positions in the value of the rows the view shows from ``start`` to ``stop``."""
        return list(self.view(start, stop)["index"])

    @property
    def total(self) -> int:
        """How many rows the view shows (after search and filters)."""
        if not self.windowed:
            return int(self.view(0, 0)["total"])
        return int(self._request(0, 0)["total"])

    def _version(self) -> Any:
        return (self._ui.value(self._comp) or {}).get("window", {}).get("version")

    def _request(self, start: int, stop: int) -> dict[str, Any]:
        reply = self._ask({"type": "table_rows", "version": self._version(), "start": start, "stop": stop,
                           "sort": self.sort or None, "search": self.search, "filters": self.filters or None})
        return {k: reply[k] for k in ("total", "start", "index", "rows", "metadata")}

    def _ask(self, message: dict[str, Any]) -> dict[str, Any]:
        rid = uuid.uuid4().hex
        widget = self._ui._widget(self._comp)
        self._ui._send_custom(widget, {**message, "id": rid})
        reply: dict[str, Any] = self._ui._transfer_reply(rid, 1)[0]
        if reply["type"] == "table_error":
            raise FrontendError(reply.get("message") or "the kernel refused the request")
        return reply

    # -- what the user does -----------------------------------------------------------

    def sort_by(self, column: int, direction: str | None = "asc", *, add: bool = False) -> None:
        """Sort by a column: ``"asc"``, ``"desc"`` or None (unsorted). ``add=True`` (a
        shift-click) keeps the other sort columns: the column keeps its place among them
        with the new direction, or comes last; at most three."""
        if direction not in ("asc", "desc", None):
            raise ValueError(f"direction must be 'asc', 'desc' or None, got {direction!r}")
        if not add:
            self.sort = [[column, direction]] if direction else []
        elif any(s[0] == column for s in self.sort):
            self.sort = [[c, direction] if c == column else [c, d] for c, d in self.sort if c != column or direction]
        elif direction:
            self.sort = [*self.sort, [column, direction]][-3:]

    def search_for(self, text: str | None) -> None:
        """Type into the search box (None or "" clears it)."""
        self._require("search")
        self.search = text or None

    def filter(self, column: int, op: str, value: Any = "") -> None:
        """Add a column filter (``show_search="filter"``): text ops such as ``"Contains"``,
        number ops such as ``">"``."""
        self._require("filter")
        self.filters.append({"column": column, "op": op, "value": value})

    def clear_filters(self) -> None:
        self.filters = []

    def _require(self, mode: str) -> None:
        shown = self._ui.props(self._comp).get("show_search", "none")
        if shown == "none" or (mode == "filter" and shown != "filter"):
            raise FrontendError(f"{_name(self._comp)} shows no {'filters' if mode == 'filter' else 'search box'} (show_search={shown!r})")

    def edit(self, row: int, column: int, value: Any, *, wait: bool = True) -> None:
        """Type ``value`` into the cell at ``row`` (its position in the value) and
        ``column``; the view sends it with ``edit``, ``change`` and ``input``."""
        if self.windowed:
            self._op({"op": "set", "row": row, "column": column, "value": value}, ["edit", "change", "input"])
        else:
            self._check_editable(column)
            data = self._held_rows()
            previous = data[row][column]
            data[row][column] = value
            self._set_whole(data, None, [("edit", {"index": [row, column], "value": value, "previous_value": previous})])
        if wait:
            self._ui.wait()

    def add_row(self, at: int | None = None, *, wait: bool = True) -> None:
        """The add-row button (at the end) or "add row above/below" (at ``at``): empty
        cells ("" in text columns, null in number, bool and date columns)."""
        fill = self._fill()
        if self.windowed:
            position = at if at is not None else self._held_rows_count()
            self._op({"op": "insert_row", "at": position, "values": fill}, ["change", "input"])
        else:
            data = self._held_rows()
            data.insert(len(data) if at is None else at, fill)
            self._set_whole(data)
        if wait:
            self._ui.wait()

    def delete_row(self, row: int, *, wait: bool = True) -> None:
        if self.windowed:
            self._op({"op": "delete_row", "row": row}, ["change", "input"])
        else:
            data = self._held_rows()
            del data[row]
            self._set_whole(data)
        if wait:
            self._ui.wait()

    def add_column(self, at: int | None = None, header: str | None = None, *, wait: bool = True) -> None:
        """Add a column (at the end, or at ``at``), named "Header <n>" as Gradio names it."""
        headers = self.headers
        name = header if header is not None else f"Header {len(headers) + 1}"
        position = len(headers) if at is None else at
        if self.windowed:
            self._op({"op": "insert_column", "at": position, "header": name, "fill": ""}, ["change", "input"])
        else:
            data = self._held_rows()
            for r in data:
                r.insert(position, "")
            headers.insert(position, name)
            self._set_whole(data, headers)
        if wait:
            self._ui.wait()

    def delete_column(self, column: int, *, wait: bool = True) -> None:
        if self.windowed:
            self._op({"op": "delete_column", "column": column}, ["change", "input"])
        else:
            data = self._held_rows()
            for r in data:
                del r[column]
            headers = self.headers
            del headers[column]
            self._set_whole(data, headers)
        if wait:
            self._ui.wait()

    def rename_column(self, column: int, header: str, *, wait: bool = True) -> None:
        """Double-click a header and type a new name."""
        if self.windowed:
            self._op({"op": "rename_column", "column": column, "header": header}, ["change", "input"])
        else:
            headers = self.headers
            headers[column] = header
            self._set_whole(self._held_rows(), headers)
        if wait:
            self._ui.wait()

    def select(self, row: int, column: int, *, wait: bool = True) -> None:
        """Click a cell: ``select`` with ``SelectData(index=[row, column], value,
        row_value, col_value)``."""
        widget = self._ui._widget(self._comp)
        if self.windowed:
            self._ui._send_custom(widget, {"type": "table_select", "row": row, "column": column})
        else:
            data = self._held_rows()
            col = [r[column] for r in data]
            self._ui.trigger(self._comp, "select", {"index": [row, column], "value": data[row][column],
                                                   "row_value": data[row], "col_value": col, "selected": True}, wait=False)
        if wait:
            self._ui.wait()

    def copy(self, cells: list[list[int]] | None = None) -> str:
        """What the copy button puts on the clipboard: the selected ``cells`` (``[[row,
        column], ...]``) or every row of the view, as CSV."""
        from ._table_query import cell_text

        if self.windowed:
            return str(self._ask({"type": "table_copy", "sort": self.sort or None, "search": self.search,
                                  "filters": self.filters or None, "cells": cells})["text"])
        data = self._held_rows()
        picked = [[r, c] for r, c in cells] if cells else [[r, c] for r in self.index() for c in range(len(self.headers))]
        rows: dict[int, dict[int, str]] = {}
        for r, c in picked:
            rows.setdefault(r, {})[c] = cell_text(data[r][c])
        columns = sorted({c for row in rows.values() for c in row})
        order = list(rows) if not cells else sorted(rows)
        return "\n".join(",".join(_csv_cell(rows[r].get(c, "")) for c in columns) for r in order)

    # -- sending -----------------------------------------------------------------------

    def _check_editable(self, column: int) -> None:
        props = self._ui.props(self._comp)
        if props.get("interactive") is False:
            raise FrontendError(f"{_name(self._comp)} is not interactive: a user cannot edit it")
        static = props.get("static_columns") or []
        if column in static or (column < len(self.headers) and self.headers[column] in static):
            raise FrontendError(f"column {column} of {_name(self._comp)} is static: a user cannot edit it")

    def _held_rows(self) -> list[list[Any]]:
        value = self._ui.value(self._comp) or {}
        return [list(r) for r in value.get("data") or []]

    def _held_rows_count(self) -> int:
        saved = (self.search, self.filters)
        self.search, self.filters = None, []
        try:
            return int(self._request(0, 0)["total"])
        finally:
            self.search, self.filters = saved

    def _fill(self) -> list[Any]:
        """A new row's cells, as the view makes them."""
        props = self._ui.props(self._comp)
        datatype = props.get("datatype", "str")
        n = len(self.headers)
        kinds = datatype if isinstance(datatype, list) else [datatype] * n
        return ["" if (kinds[i] if i < len(kinds) else "str") in ("str", "markdown", "html", "image") else None for i in range(n)]

    def _set_whole(self, data: list[list[Any]], headers: list[Any] | None = None,
                   before: list[tuple[str, Any]] | None = None) -> None:
        props = self._ui.props(self._comp)
        if props.get("interactive") is False:
            raise FrontendError(f"{_name(self._comp)} is not interactive: a user cannot edit it")
        widget = self._ui._widget(self._comp)
        value = {"headers": headers if headers is not None else self.headers, "data": data, "metadata": None}
        self._ui._fire_value(widget, value, [])
        for event, payload in before or []:
            self._ui.trigger(self._comp, event, payload, wait=False)
        for event in ("change", "input"):
            self._ui.trigger(self._comp, event, wait=False)

    def _op(self, op: dict[str, Any], events: list[str]) -> None:
        self._ask({"type": "table_edit", "version": self._version(), "events": events, **op})


def _csv_cell(text: str) -> str:
    return f'"{text.replace(chr(34), chr(34) * 2)}"' if any(ch in text for ch in ',"\n') else text


def _name(comp: Block) -> str:
    from .components.base import component_name

    return component_name(comp)
