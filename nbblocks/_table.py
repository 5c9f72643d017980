"""A Dataframe's value in the kernel: headers and columns, turned into JSON lazily.

Gradio turns every cell of a table into a Python list before the page sees a row.
``Table`` keeps the columns as they came (numpy arrays, or pandas Series for columns of
objects) and converts only the rows a page asks for; the whole ``{"headers", "data",
"metadata"}`` is built only when something needs all of it (an HTTP client, a function
with ``type="array"``). A ``Table`` is immutable: an edit returns a new ``Table`` that
shares the columns it did not touch (and their sort and search caches).

The JSON form of a cell follows what Gradio sends: NaN, infinities and missing values
are ``null``, datetimes are ``str(pd.Timestamp)`` ("2024-01-02 00:00:00"), numpy scalars
become Python numbers, dicts and lists stay JSON, anything else is ``str()``.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np

__all__ = ["Column", "Table", "json_cell", "object_array"]

_versions = itertools.count(1).__next__  # every Table content gets its own version (thread-safe under the GIL)
_MISSING_TYPES = frozenset({"NAType", "NaTType"})  # pandas.NA and pandas.NaT, recognised without importing pandas


def object_array(values: Sequence[Any]) -> np.ndarray:
    """A 1-D object array of ``values`` (``np.array`` would make nested lists 2-D)."""
    out = np.empty(len(values), dtype=object)
    out[:] = list(values) if not isinstance(values, (list, np.ndarray)) else values
    return out


def json_cell(value: Any) -> Any:
    """One cell as JSON, the way Gradio's server serialises it (missing values are null)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, np.generic):
        if isinstance(value, np.datetime64):
            return format_datetimes(np.array([value]))[0]
        if isinstance(value, np.timedelta64):
            return None if np.isnat(value) else str(value)
        return json_cell(value.item())
    if type(value).__name__ in _MISSING_TYPES:
        return None
    if isinstance(value, (_dt.date, _dt.time, _dt.timedelta)):
        return str(value)
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, str) else k: json_cell(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_cell(v) for v in value]
    if isinstance(value, np.ndarray):
        return [json_cell(v) for v in value.tolist()]
    return str(value)


def format_datetimes(values: np.ndarray) -> list[str | None]:
    """datetime64 values as pandas prints a Timestamp ("2024-01-02 00:00:00", with
    ".500000" or ".500000001" when there is a fraction); NaT is None."""
    ns = values.astype("datetime64[ns]")
    secs = ns.astype("datetime64[s]")
    text = np.strings.replace(np.datetime_as_string(secs, unit="s"), "T", " ")
    frac = (ns - secs).astype(np.int64)
    out: list[str | None] = text.tolist()
    for i in np.flatnonzero(frac).tolist():
        f = int(frac[i])
        out[i] = f"{out[i]}.{f // 1000:06d}" if f % 1000 == 0 else f"{out[i]}.{f:09d}"
    for i in np.flatnonzero(np.isnat(values)).tolist():
        out[i] = None
    return out


def _floats_json(values: np.ndarray) -> list[Any]:
    out: list[Any] = values.tolist()
    bad = ~np.isfinite(values)
    if bad.any():
        for i in np.flatnonzero(bad).tolist():
            out[i] = None
    return out


def kind_of(dtype: np.dtype) -> str:
    """How a column is handled: "float", "int", "bool", "datetime" or "object"."""
    k = dtype.kind
    if k == "f":
        return "float"
    if k in "iu":
        return "int"
    if k == "b":
        return "bool"
    if k == "M":
        return "datetime"
    return "object"


class Column:
    """One column. Its cells come from a 1-D numpy array, or (for columns of objects) a
    pandas Series that is turned into an array only when every cell is needed. Columns
    never change; the caches of sort keys and search text live with them."""

    __slots__ = ("_array", "_series", "index", "kind", "n")

    def __init__(self, values: np.ndarray | None = None, *, series: Any = None, kind: str | None = None):
        """``values``: the cells; ``series``: a pandas Series they come from (read lazily
        when ``values`` is None, else kept so that pandas' copy-on-write protects the
        shared memory from later writes to the caller's frame)."""
        if values is None and series is None:
            raise ValueError("a Column needs values or a series")
        self._array = values
        self._series = series
        if values is not None:
            if values.ndim != 1:
                raise ValueError("a Column holds a 1-D array")
            self.kind = kind or kind_of(values.dtype)
            if self.kind == "object" and values.dtype != object:
                self._array = values.astype(object)
            self.n = len(values)
        else:
            self.kind = "object"
            self.n = len(series)
        #: Sort and search caches (a ``_table_query.ColumnIndex``), built on first use.
        self.index: Any = None

    @classmethod
    def of(cls, values: Sequence[Any] | np.ndarray) -> Column:
        """A column of Python values (from rows, or an edit): typed when the values allow."""
        arr = values if isinstance(values, np.ndarray) else object_array(values)
        if arr.dtype == object and len(arr):
            arr = _narrow(arr)
        return cls(arr)

    def array(self) -> np.ndarray:
        """Every cell (numpy values for typed columns, Python objects for the others)."""
        if self._array is None:
            self._array = self._series.to_numpy(dtype=object, na_value=None)
        return self._array

    def take(self, rows: np.ndarray | slice) -> list[Any]:
        """The JSON values of ``rows``."""
        if self._array is None and isinstance(rows, np.ndarray) and len(rows) < self.n // 4:  # lazy: read only these
            part = self._series.iloc[rows].to_numpy(dtype=object, na_value=None)
        else:
            part = self.array()[rows]
        return to_json(self.kind, part)

    def json(self) -> list[Any]:
        return to_json(self.kind, self.array())

    def cell(self, row: int) -> Any:
        return self.take(np.array([row], dtype=np.int64))[0]

    def with_cell(self, row: int, value: Any) -> Column:
        """A copy with one cell replaced (the column turns into objects when the value does
        not fit its type, as it would in JSON)."""
        fits = _fits(self.kind, value)
        new = self.array().copy() if fits else self.objects()
        if fits and self.kind == "float" and value is None:
            value = math.nan
        new[row] = value
        return Column(new)

    def objects(self) -> np.ndarray:
        """A new object array of the cells, with the same JSON (datetimes as their text)."""
        if self.kind == "datetime":
            return object_array(format_datetimes(self.array()))
        return self.array().astype(object)

    def inserted(self, row: int, value: Any) -> Column:
        base = self.array() if _fits(self.kind, value) else self.objects()
        if base.dtype.kind == "f" and value is None:
            value = math.nan
        return Column(np.insert(base, row, object_array([value]) if base.dtype == object else value))

    def deleted(self, row: int) -> Column:
        return Column(np.delete(self.array(), row), kind=self.kind)


def _fits(kind: str, value: Any) -> bool:
    """Whether an edited value can stay in a typed column without changing its JSON."""
    if kind == "object":
        return True
    if kind == "float":
        return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool))
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
    if kind == "bool":
        return isinstance(value, bool)
    return False


def _narrow(arr: np.ndarray) -> np.ndarray:
    """An object array of plain numbers or booleans as a typed array (same JSON)."""
    types = set(map(type, arr.tolist()))
    if types == {float}:
        return arr.astype(np.float64)
    if types == {int}:
        try:
            return arr.astype(np.int64)
        except OverflowError:
            return arr
    if types == {bool}:
        return arr.astype(bool)
    return arr


def to_json(kind: str, values: np.ndarray) -> list[Any]:
    """JSON values of a part of a column."""
    if kind == "float":
        return _floats_json(values)
    if kind in ("int", "bool"):
        return values.tolist()  # type: ignore[no-any-return]  # numpy types tolist() as Any
    if kind == "datetime":
        return format_datetimes(values)
    return [json_cell(v) for v in values]


class Metadata:
    """Display values and cell styles (a pandas Styler's) for a table's rows.

    ``display(rows)``/``styling(rows)`` give the lists for those rows, or None when the
    table has none. Built from lists (a dict value) or lazily from a Styler."""

    def display(self, rows: Sequence[int]) -> list[list[Any]] | None:
        raise NotImplementedError

    def styling(self, rows: Sequence[int]) -> list[list[str]] | None:
        raise NotImplementedError

    def rows(self, rows: Sequence[int]) -> dict[str, Any]:
        return {"display_value": self.display(rows), "styling": self.styling(rows)}


class ListMetadata(Metadata):
    def __init__(self, display_value: list[list[Any]] | None, styling: list[list[str]] | None):
        self._display = display_value
        self._styling = styling

    def display(self, rows: Sequence[int]) -> list[list[Any]] | None:
        return None if self._display is None else [_row_of(self._display, r) for r in rows]

    def styling(self, rows: Sequence[int]) -> list[list[str]] | None:
        return None if self._styling is None else [_row_of(self._styling, r) for r in rows]


def _row_of(rows: list[list[Any]], r: int) -> list[Any]:
    return list(rows[r]) if 0 <= r < len(rows) and isinstance(rows[r], list) else []


class Table(Mapping[str, Any]):
    """Gradio's Dataframe value ``{"headers", "data", "metadata"}``, kept as columns.

    It reads like that dict (``table["data"]`` builds the rows), so code written for
    Gradio's payload works; ``model_dump()`` gives the dict for JSON."""

    __slots__ = ("_queries", "columns", "headers", "meta", "n_rows", "version")

    def __init__(self, headers: list[Any], columns: list[Column], metadata: Metadata | None = None, n_rows: int | None = None):
        self.headers = list(headers)
        self.columns = list(columns)
        #: Display values and styles (``Metadata``), or None.
        self.meta = metadata
        self.n_rows = columns[0].n if columns else (n_rows or 0)
        if any(c.n != self.n_rows for c in columns):
            raise ValueError("every column of a table must have the same length")
        #: Changes with every edit; a page asks for rows of the version it shows.
        self.version = _versions()
        self._queries: dict[str, np.ndarray] = {}  # orders of sort/search/filter, newest last

    # -- building ---------------------------------------------------------------------

    @classmethod
    def from_rows(cls, headers: list[Any], rows: Sequence[Sequence[Any]], metadata: Any = None) -> Table:
        """A table of JSON-like rows. Rows shorter than the first are padded with None,
        longer ones cut (the first row sets the width, as for Gradio's headers)."""
        if not rows:
            return cls(headers, [], None)
        width = len(rows[0])
        if any(len(r) != width for r in rows):
            rows = [list(r[:width]) + [None] * (width - len(r)) for r in rows]
        columns = [Column.of([json_cell(v) for v in col]) for col in zip(*rows)] if width else []
        return cls(headers, columns, _metadata(metadata), n_rows=len(rows))

    # -- reading ----------------------------------------------------------------------

    @property
    def n_columns(self) -> int:
        return len(self.columns)

    def rows(self, index: np.ndarray | Sequence[int] | None = None) -> list[list[Any]]:
        """JSON rows, in the order of ``index`` (original row positions); all without one."""
        if not self.columns:
            return [[] for _ in range(self.n_rows if index is None else len(index))]
        if index is None:
            cols = [c.json() for c in self.columns]
        else:
            idx = np.asarray(index, dtype=np.int64)
            cols = [c.take(idx) for c in self.columns]
        return [list(r) for r in zip(*cols)]

    def column(self, col: int) -> list[Any]:
        return self.columns[col].json()

    def cell(self, row: int, col: int) -> Any:
        return self.columns[col].cell(row)

    @property
    def data(self) -> list[list[Any]]:
        """Every row as JSON (built on each call), as ``DataframeData.data``."""
        return self.rows()

    @property
    def metadata(self) -> dict[str, Any] | None:
        """``{"display_value", "styling"}`` for every row, as ``DataframeData.metadata``."""
        return self.metadata_json()

    def metadata_json(self) -> dict[str, Any] | None:
        if self.meta is None:
            return None
        return self.meta.rows(range(self.n_rows))

    def model_dump(self, mode: str = "python", **_: Any) -> dict[str, Any]:
        """The whole value, as Gradio's ``DataframeData.model_dump()`` gives it."""
        return {"headers": list(self.headers), "data": self.rows(), "metadata": self.metadata_json()}

    def __getitem__(self, key: str) -> Any:
        if key == "headers":
            return list(self.headers)
        if key == "data":
            return self.rows()
        if key == "metadata":
            return self.metadata_json()
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return iter(("headers", "data", "metadata"))

    def __len__(self) -> int:
        return 3

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if isinstance(other, Table):
            return (self.headers == other.headers and self.n_rows == other.n_rows
                    and len(self.columns) == len(other.columns)
                    and all(_same_column(a, b) for a, b in zip(self.columns, other.columns))
                    and (self.meta is None) == (other.meta is None)
                    and self.metadata_json() == other.metadata_json())
        if isinstance(other, Mapping):
            return dict(self.model_dump()) == dict(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # unhashable, as a mutable value with __eq__ is

    def __deepcopy__(self, memo: dict[int, Any]) -> Table:
        return self  # immutable: copies may share it

    def __copy__(self) -> Table:
        return self

    def __repr__(self) -> str:
        return f"Table({self.n_rows} rows x {self.n_columns} columns, headers={self.headers!r})"

    # -- queries (sort, search, filters), cached per table --------------------------------

    def order(self, key: str) -> np.ndarray | None:
        return self._queries.get(key)

    def remember_order(self, key: str, order: np.ndarray, keep: int = 4) -> None:
        self._queries.pop(key, None)
        self._queries[key] = order
        while len(self._queries) > keep:
            self._queries.pop(next(iter(self._queries)))

    # -- edits: each returns a new Table ------------------------------------------------

    def _edited(self, headers: list[Any], columns: list[Column], n_rows: int | None = None) -> Table:
        return Table(headers, columns, None, n_rows=n_rows)  # an edit drops display values and styles

    def with_cell(self, row: int, col: int, value: Any) -> Table:
        self._check_cell(row, col)
        columns = list(self.columns)
        columns[col] = columns[col].with_cell(row, value)
        return self._edited(self.headers, columns)

    def with_row(self, at: int, values: Sequence[Any]) -> Table:
        if not 0 <= at <= self.n_rows:
            raise IndexError(f"cannot insert a row at {at}: the table has {self.n_rows} rows")
        if len(values) != self.n_columns:
            raise ValueError(f"a new row needs {self.n_columns} values, got {len(values)}")
        columns = [c.inserted(at, v) for c, v in zip(self.columns, values)]
        return self._edited(self.headers, columns, self.n_rows + 1)

    def without_row(self, row: int) -> Table:
        self._check_cell(row, 0 if self.columns else None)
        return self._edited(self.headers, [c.deleted(row) for c in self.columns], self.n_rows - 1)

    def with_column(self, at: int, header: Any, values: Sequence[Any]) -> Table:
        if not 0 <= at <= self.n_columns:
            raise IndexError(f"cannot insert a column at {at}: the table has {self.n_columns} columns")
        if len(values) != self.n_rows:
            raise ValueError(f"a new column needs {self.n_rows} values, got {len(values)}")
        headers, columns = list(self.headers), list(self.columns)
        headers.insert(at, header)
        columns.insert(at, Column.of(list(values)))
        return self._edited(headers, columns, self.n_rows)

    def with_filled_column(self, at: int, header: Any, fill: Any) -> Table:
        """A new column whose every cell is ``fill`` (built without a Python list per row)."""
        if not 0 <= at <= self.n_columns:
            raise IndexError(f"cannot insert a column at {at}: the table has {self.n_columns} columns")
        arr = np.full(self.n_rows, fill, dtype=object if isinstance(fill, str) or fill is None else None)
        headers, columns = list(self.headers), list(self.columns)
        headers.insert(at, header)
        columns.insert(at, Column(arr))
        return self._edited(headers, columns, self.n_rows)

    def without_column(self, col: int) -> Table:
        if not 0 <= col < self.n_columns:
            raise IndexError(f"there is no column {col}: the table has {self.n_columns} columns")
        headers, columns = list(self.headers), list(self.columns)
        del headers[col], columns[col]
        return self._edited(headers, columns, self.n_rows)

    def with_header(self, col: int, header: Any) -> Table:
        if not 0 <= col < len(self.headers):
            raise IndexError(f"there is no column {col}: the table has {len(self.headers)} headers")
        headers = list(self.headers)
        headers[col] = header
        table = Table(headers, self.columns, self.meta, n_rows=self.n_rows)
        return table

    def _check_cell(self, row: int, col: int | None) -> None:
        if not 0 <= row < self.n_rows:
            raise IndexError(f"there is no row {row}: the table has {self.n_rows} rows")
        if col is not None and not 0 <= col < self.n_columns:
            raise IndexError(f"there is no column {col}: the table has {self.n_columns} columns")


def _same_column(a: Column, b: Column) -> bool:
    if a is b:
        return True
    x, y = a.array(), b.array()
    if x.dtype != object and y.dtype != object and x.dtype.kind == y.dtype.kind:
        return bool(np.array_equal(x, y, equal_nan=x.dtype.kind in "fc"))
    return a.json() == b.json()


def _metadata(metadata: Any) -> Metadata | None:
    if isinstance(metadata, Metadata) or metadata is None:
        return metadata
    if isinstance(metadata, Mapping):
        display, styling = metadata.get("display_value"), metadata.get("styling")
        if display is None and styling is None:
            return None
        return ListMetadata(
            [list(r) for r in display] if isinstance(display, list) else None,
            [list(r) for r in styling] if isinstance(styling, list) else None,
        )
    raise TypeError(f"metadata must be a dict with display_value and styling, got {type(metadata).__name__}")
