"""Big tables over the widget comm: the page gets the rows it shows, the kernel keeps the rest.

A Dataframe's ``value`` trait carries the whole value (Gradio's ``{"headers", "data",
"metadata"}``) when the table has at most ``WHOLE_CELLS`` cells; the page then sorts,
searches and edits it by itself. A bigger table's trait carries its headers, its row
count, its version and its first ``FIRST_ROWS`` rows; the page asks for the rows it
scrolls to, of the view it shows (sorted, searched, filtered: computed here over every
row), and sends each edit as an operation on the kernel's copy. What a function receives
is always the whole edited table. The messages are in ``docs/protocol.md`` ("Tables").
"""

from __future__ import annotations

import csv
import io
import logging
from typing import TYPE_CHECKING, Any, Protocol

from .._table import Table
from .._table_query import Query, QueryError, cell_text, row_order, window

if TYPE_CHECKING:
    from ..block import Block
    from .model import BlockWidget

log = logging.getLogger("nbblocks")

#: Tables with at most this many cells (rows x columns) are sent to the page whole.
WHOLE_CELLS = 20_000
#: Rows of a bigger table that travel with its value, so the first screen needs no request.
FIRST_ROWS = 100
#: Most rows one window request may ask for.
MAX_WINDOW = 2_000
EDIT_EVENTS = ("edit", "change", "input")


class TableRefused(ValueError):
    """An edit the table does not allow (not interactive, a static column, a limit)."""


def is_whole(table: Table) -> bool:
    return table.n_rows * max(1, table.n_columns) <= WHOLE_CELLS


def summary(table: Table) -> dict[str, Any]:
    """The ``value`` trait of a table the page gets in windows."""
    return {"headers": list(table.headers),
            "window": {"version": table.version, "columns": table.n_columns,
                       "first": window(table, Query(n_columns=table.n_columns), 0, FIRST_ROWS)}}


class TableHost(Protocol):
    """What the table side asks of the app view that owns it (``AppView``)."""

    session: Any
    engine: Any
    lock: Any
    closed: bool

    def _clear_validation(self, blocks: list[Block]) -> None: ...


class TableWindows:
    """The table side of one app view: trait values, row windows, edits, selection, copy."""

    def __init__(self, view: TableHost):
        self.view = view

    @property
    def session(self) -> Any:
        return self.view.session

    # -- the value trait ------------------------------------------------------------------

    def wire_value(self, block: Block, value: Any) -> Any:
        """What the ``value`` trait carries for the session's value of a Dataframe."""
        if value is None:
            return None
        if isinstance(value, Table):
            return value.model_dump() if is_whole(value) else summary(value)
        if isinstance(value, dict) and _cells(value) > WHOLE_CELLS:
            table = self.held(block)
            if table is not None:
                return summary(table)
        return value

    def held(self, block: Block) -> Table | None:
        """The session's value as a Table (a JSON value from a page is converted once)."""
        value = self.session.get(block)
        if isinstance(value, Table) or value is None:
            return value
        comp = self.session.component(block)
        try:
            payload = comp.payload_from_json(value)
            table = Table.from_rows(list(payload.headers), [list(r) for r in payload.data], payload.metadata)
        except (ValueError, TypeError) as exc:  # InvalidComponentError is a ValueError
            log.warning("nbblocks: %r holds a value that is not a table: %s", block, exc)
            return None
        self.session.set(block, table)
        return table

    # -- messages from the page -------------------------------------------------------------

    def handle(self, block: Block, widget: BlockWidget, content: dict[str, Any]) -> None:
        kind = content.get("type")
        rid = content.get("id")
        page_id = content.get("page")
        page = page_id if isinstance(page_id, str) else ""
        try:
            if kind == "table_select":
                self._select(block, content)
                return
            table = self.held(block)
            if table is None:
                raise QueryError("this component holds no table")
            if kind == "table_rows":
                self._rows(widget, table, content, rid, page)
            elif kind == "table_edit":
                self._edit(block, widget, table, content, rid, page)
            elif kind == "table_copy":
                self._copy(widget, table, content, rid, page)
        except (QueryError, TableRefused, IndexError, ValueError, TypeError) as exc:
            current = self.session.get(block)
            self._reply(widget, {"type": "table_error", "id": rid, "page": page, "message": str(exc),
                                 "version": current.version if isinstance(current, Table) else None})

    def _reply(self, widget: BlockWidget, content: dict[str, Any]) -> None:
        with self.view.lock:
            if not self.view.closed:
                widget.send(content)

    def _query(self, table: Table, content: dict[str, Any]) -> Query:
        return Query(content.get("sort"), content.get("search"), content.get("filters"), n_columns=table.n_columns)

    def _rows(self, widget: BlockWidget, table: Table, content: dict[str, Any], rid: Any, page: str) -> None:
        start, stop = content.get("start", 0), content.get("stop", 0)
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, stop)) or start < 0 or stop < start:
            raise QueryError(f"start and stop must be whole numbers with 0 <= start <= stop, got {start!r}, {stop!r}")
        if stop - start > MAX_WINDOW:
            raise QueryError(f"at most {MAX_WINDOW} rows per request, asked for {stop - start}")
        rows = window(table, self._query(table, content), start, stop)
        self._reply(widget, {"type": "table_rows", "id": rid, "page": page, "version": table.version,
                             "columns": table.n_columns, **rows})

    # -- edits ----------------------------------------------------------------------------

    def _edit(self, block: Block, widget: BlockWidget, table: Table, content: dict[str, Any], rid: Any, page: str) -> None:
        if content.get("version") != table.version:
            raise TableRefused("the table changed meanwhile; the edit was not applied (the table shows the new value)")
        edited, data = apply_edit(self.session.component(block), self.session.config(block), table, content)
        self.session.set(block, edited)
        self._reply(widget, {"type": "table_edited", "id": rid, "page": page, "version": edited.version})
        seq = content.get("seq")
        origin = {"page": page, "seq": seq} if page and isinstance(seq, int) else {}
        widget.set_value(self.wire_value(block, edited), origin)
        self.view._clear_validation([block])
        events = content.get("events") or []
        known = {str(listener) for listener in type(block).EVENTS}
        for event in EDIT_EVENTS:
            if event in events and event in known:
                self.view.engine.dispatch(self.session, block, event, data if event == "edit" else None)

    # -- selection and copy ---------------------------------------------------------------

    def _select(self, block: Block, content: dict[str, Any]) -> None:
        """A click on a cell of a table shown in windows: the kernel fills in the row and
        the column (the page has only some of them)."""
        row, column = content.get("row"), content.get("column")
        table = self.held(block)
        if table is None or not isinstance(row, int) or not isinstance(column, int):
            raise QueryError("table_select needs a row and a column")
        table._check_cell(row, column)
        data = {"index": [row, column], "value": table.cell(row, column), "row_value": table.rows([row])[0],
                "col_value": table.column(column), "selected": True}
        if "select" in {str(listener) for listener in type(block).EVENTS}:
            self.view.engine.dispatch(self.session, block, "select", data)

    def _copy(self, widget: BlockWidget, table: Table, content: dict[str, Any], rid: Any, page: str) -> None:
        """The view's rows (or the selected cells) as CSV, as Gradio's copy button writes them."""
        cells = content.get("cells")
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        if cells:
            picked: dict[int, dict[int, str]] = {}
            for item in cells:
                if not (isinstance(item, list) and len(item) == 2 and all(isinstance(i, int) for i in item)):
                    raise QueryError(f"cells are [row, column] pairs, got {item!r}")
                table._check_cell(*item)
                picked.setdefault(item[0], {})[item[1]] = cell_text(table.cell(*item))
            columns = sorted({c for row in picked.values() for c in row})
            for r in sorted(picked):
                writer.writerow([picked[r].get(c, "") for c in columns])
        else:
            order = row_order(table, self._query(table, content))
            rows = range(table.n_rows) if order is None else order.tolist()
            step = 10_000
            for i in range(0, len(rows), step):
                for row in table.rows(list(rows[i:i + step])):
                    writer.writerow([cell_text(v) for v in row])
        self._reply(widget, {"type": "table_copy", "id": rid, "page": page, "text": out.getvalue().rstrip("\n")})


def apply_edit(comp: Any, config: dict[str, Any], table: Table, content: dict[str, Any]) -> tuple[Table, Any]:
    """One edit from the page, checked against what the component allows; returns the
    new table and the ``edit`` event's data."""
    if not config.get("interactive"):
        raise TableRefused(f"{_name(comp)} is not interactive")
    op = content.get("op")
    static = set(config.get("static_columns") or [])
    headers = table.headers

    def editable(column: int) -> None:
        if column in static or (0 <= column < len(headers) and headers[column] in static):
            raise TableRefused(f"column {column} of {_name(comp)} is static")

    if op == "set":
        row, column = content.get("row"), content.get("column")
        if not isinstance(row, int) or not isinstance(column, int):
            raise TableRefused("a cell edit needs a row and a column")
        table._check_cell(row, column)
        editable(column)
        previous = table.cell(row, column)
        value = content.get("value")
        edited = table.with_cell(row, column, value)
        return edited, {"index": [row, column], "value": value, "previous_value": previous}
    rows_mode, cols_mode = (config.get("row_count") or [0, "dynamic"])[1], (config.get("column_count") or [0, "dynamic"])[1]
    row_min, row_max = config.get("row_limits") or (None, None)
    col_min, col_max = config.get("column_limits") or (None, None)
    if op in ("insert_row", "delete_row") and rows_mode != "dynamic":
        raise TableRefused(f"{_name(comp)} has a fixed number of rows")
    if op in ("insert_column", "delete_column") and (cols_mode != "dynamic" or static):
        raise TableRefused(f"{_name(comp)} has a fixed set of columns")
    if op == "insert_row":
        if row_max is not None and table.n_rows >= row_max:
            raise TableRefused(f"{_name(comp)} allows at most {row_max} rows")
        at, values = content.get("at"), content.get("values")
        if not isinstance(at, int) or not isinstance(values, list):
            raise TableRefused("a new row needs 'at' and 'values'")
        return table.with_row(at, values), None
    if op == "delete_row":
        if table.n_rows <= max(1, row_min or 0):
            raise TableRefused(f"{_name(comp)} keeps at least {max(1, row_min or 0)} row(s)")
        row = content.get("row")
        if not isinstance(row, int):
            raise TableRefused("deleting a row needs 'row'")
        return table.without_row(row), None
    if op == "insert_column":
        if col_max is not None and table.n_columns >= col_max:
            raise TableRefused(f"{_name(comp)} allows at most {col_max} columns")
        at = content.get("at")
        if not isinstance(at, int):
            raise TableRefused("a new column needs 'at'")
        return table.with_filled_column(at, content.get("header"), content.get("fill")), None
    if op == "delete_column":
        if table.n_columns <= max(1, col_min or 0):
            raise TableRefused(f"{_name(comp)} keeps at least {max(1, col_min or 0)} column(s)")
        column = content.get("column")
        if not isinstance(column, int):
            raise TableRefused("deleting a column needs 'column'")
        return table.without_column(column), None
    if op == "rename_column":
        column = content.get("column")
        if not isinstance(column, int):
            raise TableRefused("renaming a column needs 'column'")
        editable(column)
        return table.with_header(column, content.get("header")), None
    raise TableRefused(f"unknown table edit {op!r}")


def _cells(value: dict[str, Any]) -> int:
    data = value.get("data")
    if not isinstance(data, list) or not data:
        return 0
    first = data[0]
    return len(data) * max(1, len(first) if isinstance(first, list) else 1)


def _name(comp: Any) -> str:
    from ..components.base import component_name

    return component_name(comp)
