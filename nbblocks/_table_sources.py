"""What a Dataframe accepts and gives: pandas, Styler, polars, numpy, rows, dicts, CSV paths.

``to_table`` turns a function's return value into a ``Table`` without touching the rows
it does not need (a pandas column of numbers is used as it is; columns of objects are
read when a row is shown). ``from_table`` gives a function the value in the ``type`` it
asked for, with the same dtypes Gradio's JSON round trip would give. pandas and polars
are imported only when a value is one of theirs (or a ``type`` asks for it).
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

import numpy as np

from ._table import Column, Metadata, Table, json_cell, object_array

__all__ = ["auto_datatype", "from_payload", "from_table", "require", "to_table"]

INSTALL = {"pandas": "pip install pandas", "polars": "pip install polars"}


def require(module: str, owner: str, why: str) -> Any:
    """Import pandas or polars, or fail with a message that says how to install it."""
    try:
        return __import__(module)
    except ImportError:
        alternative = " (or use type='array' to get a list of lists)" if module == "pandas" and "type=" in why else ""
        raise ModuleNotFoundError(
            f"{owner} {why}, but {module} is not installed: {INSTALL[module]}{alternative}", name=module
        ) from None


def _of(module: str, value: Any, name: str) -> bool:
    """Whether ``value`` is an instance of ``module.name``, without importing the module
    (a value cannot be a pandas object while pandas is not imported)."""
    cls = getattr(sys.modules.get(module), name, None)
    return isinstance(cls, type) and isinstance(value, cls)


# -- function value -> Table ------------------------------------------------------------


def to_table(value: Any, default_headers: list[str], owner: str) -> Table:
    """A Dataframe's ``postprocess``: headers from the value (or the component's), padded
    with "3", "4", ... or cut to the number of columns, as Gradio does."""
    from .exceptions import Error

    if value is None:
        return Table(list(default_headers), [])
    if isinstance(value, Table):
        headers, table = value.headers, value
    elif _of("pandas.io.formats.style", value, "Styler"):
        headers, table = _styler(value)
    elif isinstance(value, (str, os.PathLike)):
        pd = require("pandas", owner, f"reads the CSV file {os.fspath(value)!r} with pandas")
        headers, table = _pandas(pd.read_csv(value))
    elif _of("pandas", value, "DataFrame"):
        headers, table = _pandas(value)
    elif _of("polars", value, "DataFrame"):
        headers, table = _polars(value)
    elif isinstance(value, np.ndarray):
        headers, table = [], _numpy(value)
    elif isinstance(value, dict):
        if "data" not in value:
            raise Error(f"{owner}: a dict value needs a 'data' key (a list of rows), got keys {sorted(map(str, value))}")
        headers = list(value.get("headers") or [])
        table = _rows(value["data"], owner, value.get("metadata"))
    elif isinstance(value, (list, tuple)):
        headers, table = [], _rows(list(value), owner)
    elif hasattr(value, "model_dump") and hasattr(value, "data") and hasattr(value, "headers"):
        return to_table(value.model_dump(), default_headers, owner)  # a DataframeData
    else:
        raise Error(
            f"{owner} cannot show a {type(value).__name__}: return a pandas or polars DataFrame, a Styler, "
            "a numpy array, a list of rows, a dict with 'data' (and 'headers') or the path of a CSV file"
        )
    headers = [json_cell(h) for h in headers] or list(default_headers)
    if table.n_rows == 0 or not table.columns:
        return Table(headers, [])
    width = table.n_columns
    if len(headers) > width:
        headers = headers[:width]
    elif len(headers) < width:
        headers = [*headers, *(str(i) for i in range(len(headers) + 1, width + 1))]
    if headers != table.headers:
        table = Table(headers, table.columns, table.meta)
    return table


def _rows(data: Any, owner: str, metadata: Any = None) -> Table:
    from .exceptions import Error

    if not isinstance(data, (list, tuple)):
        raise Error(f"{owner}: 'data' must be a list of rows, got {type(data).__name__}")
    if not data or (isinstance(data[0], (list, tuple)) and len(data[0]) == 0):
        return Table([], [])
    if not isinstance(data[0], (list, tuple)):
        return Table([], [Column.of([json_cell(v) for v in data])])  # a flat list is one column
    rows = [r if isinstance(r, (list, tuple)) else [r] for r in data]
    return Table.from_rows([], rows, metadata)


def _numpy(arr: np.ndarray) -> Table:
    if arr.size == 0:
        return Table([], [])
    if arr.ndim == 1:
        arr = arr.reshape(-1, 1)
    if arr.ndim > 2:  # cells hold nested lists, as Gradio's tolist() gives them
        return Table.from_rows([], [[json_cell(c) for c in row] for row in arr])
    arr = np.array(arr, copy=True, order="F")  # the caller may change its array later
    return Table([], [Column(arr[:, j]) for j in range(arr.shape[1])])


def _copy_on_write(pd: Any) -> bool:
    """pandas 3 (or pandas 2 with copy-on-write on): a column taken now cannot change later."""
    major = int(pd.__version__.split(".", 1)[0])
    return major >= 3 or bool(getattr(getattr(pd.options, "mode", None), "copy_on_write", False) is True)


def _pandas(df: Any) -> tuple[list[Any], Table]:
    """Numeric, boolean and datetime columns are used as numpy arrays as they are; other
    columns stay pandas Series, read only where a row is needed."""
    import pandas as pd

    if df.empty:
        return list(df.columns), Table([], [])
    safe = _copy_on_write(pd)
    columns = []
    for j in range(df.shape[1]):
        series = df.iloc[:, j]
        dtype = series.dtype
        if isinstance(dtype, np.dtype) and dtype.kind in "fiubM":
            arr = series.to_numpy()
            # With copy-on-write the Series kept here makes pandas copy before the caller writes.
            columns.append(Column(arr, series=series) if safe else Column(arr.copy()))
        else:
            columns.append(Column(series=series if safe else series.copy()))
    return list(df.columns), Table([], columns)


def _styler(styler: Any) -> tuple[list[Any], Table]:
    """A Styler's visible rows and columns, with its display values and cell styles
    (computed for the rows a page shows)."""
    df = styler.data
    hidden_cols = {int(c) for c in _positions(getattr(styler, "hidden_columns", None))}
    hidden_rows = {int(r) for r in _positions(getattr(styler, "hidden_rows", None))}
    cols = [c for c in range(df.shape[1]) if c not in hidden_cols]
    rows = [r for r in range(df.shape[0]) if r not in hidden_rows]
    visible = df.iloc[rows, cols] if (hidden_cols or hidden_rows) else df
    headers, table = _pandas(visible)
    if table.n_rows == 0:
        return headers, table
    styler._compute()
    return headers, Table([], table.columns, StylerMetadata(styler, rows, cols))


def _positions(value: Any) -> list[Any]:
    """A Styler's hidden positions (a list or an array, whose truth value cannot be used)."""
    return [] if value is None else list(value)


class StylerMetadata(Metadata):
    """Display values (``Styler.format``) and CSS (``Styler.apply``/``map``) per cell, as
    Gradio reads them from the Styler, computed only for the rows asked for."""

    def __init__(self, styler: Any, rows: list[int], cols: list[int]):
        self._data = styler.data
        self._funcs = styler._display_funcs
        self._ctx = styler.ctx
        self._rows = rows
        self._cols = cols

    def display(self, rows: Any) -> list[list[Any]]:
        out = []
        for r in rows:
            src = self._rows[r]
            out.append([json_cell(self._funcs[(src, c)](self._data.iat[src, c])) for c in self._cols])
        return out

    def styling(self, rows: Any) -> list[list[str]]:
        get = self._ctx.get
        return [["; ".join(f"{p}: {v}" for p, v in get((self._rows[r], c)) or ()) for c in self._cols] for r in rows]


def _polars(df: Any) -> tuple[list[Any], Table]:
    if df.is_empty():
        return list(df.columns), Table([], [])
    columns = []
    for series in df.get_columns():
        plain = series.null_count() == 0 or series.dtype.is_float() or series.dtype.is_temporal()
        if plain and (series.dtype.is_numeric() or series.dtype == _polars_bool() or _naive_datetime(series)):
            columns.append(Column(np.asarray(series.to_numpy())))
        else:
            columns.append(Column(object_array(series.to_list())))
    return list(df.columns), Table([], columns)


def _polars_bool() -> Any:
    return sys.modules["polars"].Boolean


def _naive_datetime(series: Any) -> bool:
    dtype = series.dtype
    return type(dtype).__name__ == "Datetime" and getattr(dtype, "time_zone", None) is None


# -- Table or payload -> what the function receives ---------------------------------------


def from_table(table: Table, kind: str, owner: str) -> Any:
    """The whole (edited) table as ``type`` asks; the same dtypes as Gradio's preprocess
    of the JSON value gives (dates are their text, missing numbers NaN)."""
    why = f"passes a {kind} DataFrame to your function (type={kind!r})"
    if kind == "pandas":
        pd = require("pandas", owner, why)
        if table.n_rows == 0:
            return pd.DataFrame([], columns=table.headers)
        df = pd.DataFrame({j: _pandas_column(c) for j, c in enumerate(table.columns)})
        df.columns = table.headers
        return df
    if kind == "numpy":
        if table.n_rows == 0:
            return np.array([])
        typed = [c for c in table.columns if c.kind in ("int", "bool") or (c.kind == "float" and np.isfinite(c.array()).all())]
        if table.columns and len(typed) == len(table.columns):
            return np.column_stack([_json_dtype(c.array()) for c in table.columns])
        return np.array(table.rows())
    if kind == "array":
        return table.rows()
    if kind == "polars":
        pl = require("polars", owner, why)
        return pl.DataFrame(table.rows(), schema=table.headers, orient="row")
    raise ValueError(f"{owner}: unknown type {kind!r}")


def from_payload(headers: list[Any], data: list[Any], kind: str, owner: str) -> Any:
    """A JSON payload (from a page or an HTTP client) as ``type`` asks, exactly as Gradio does."""
    why = f"passes a {kind} DataFrame to your function (type={kind!r})"
    if kind == "pandas":
        pd = require("pandas", owner, why)
        return pd.DataFrame([] if data == [[]] else data, columns=headers)
    if kind == "polars":
        pl = require("polars", owner, why)
        return pl.DataFrame([] if data == [[]] else data, schema=headers, orient="row")
    if kind == "numpy":
        return np.array(data)
    if kind == "array":
        return data
    raise ValueError(f"{owner}: unknown type {kind!r}")


def _json_dtype(arr: np.ndarray) -> np.ndarray:
    """The dtype numpy gives the column's JSON values (int64, float64 or bool)."""
    k = arr.dtype.kind
    if k == "f" and arr.dtype != np.float64:
        return arr.astype(np.float64)
    if k in "iu" and arr.dtype != np.int64 and (k == "i" or not len(arr) or int(arr.max()) < 2**63):
        return arr.astype(np.int64)
    return arr


def _pandas_column(col: Column) -> Any:
    if col.kind in ("float", "int", "bool"):
        return _json_dtype(col.array())
    return col.json()  # dates as their text, objects as JSON: pandas infers as from rows


# -- datatype="auto" -----------------------------------------------------------------------

_DTYPES = {
    "str": "str", "object": "str", "string": "str", "utf": "str", "int": "number", "float": "number",
    "bool": "bool", "boolean": "bool", "datetime": "date", "date": "date", "timedelta": "date",
    "timestamp": "date", "category": "str", "categorical": "str",
}
_BRACKETS = re.compile(r"\[.*?\]|\(.*?\)")
_TRAILING_NUMBER = re.compile(r"\s*\d+\s*$")


def _datatype_of(name: str) -> str:
    return _DTYPES.get(_TRAILING_NUMBER.sub("", _BRACKETS.sub("", name)).lower(), "str")


def auto_datatype(value: Any) -> str | list[str]:
    """``datatype="auto"``: a datatype per column from the value's dtypes, as Gradio does."""
    if _of("pandas", value, "DataFrame"):
        return [_datatype_of(str(d)) for d in value.dtypes]
    if _of("pandas.io.formats.style", value, "Styler"):
        return [_datatype_of(str(d)) for d in value.data.dtypes]
    if isinstance(value, np.ndarray):
        if value.size == 0 or value.ndim < 2:
            return "str"
        return [_datatype_of(type(value[0, i]).__name__) for i in range(value.shape[1])]
    if isinstance(value, list):
        if not value or not isinstance(value[0], (list, tuple)):
            return "str"
        return [_datatype_of(type(v).__name__) for v in value[0]]
    if _of("polars", value, "DataFrame"):
        return [_datatype_of(str(d)) for d in value.dtypes]
    return "str"
