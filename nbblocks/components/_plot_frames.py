"""A native plot's value from a pandas DataFrame, as Gradio 6.31 makes it, without the wait.

Gradio's ``NativePlot.postprocess`` turns the frame into ``{"columns", "data", "datatypes",
"mark"}`` through ``df.to_json(orient="split", date_unit="ms")`` and ``json.loads``: one
Python list per row, made at once. For a million rows that is seconds of kernel time, and
the notebook never draws those rows (it draws a downsample, ``_plot_sampling``). Here the
value's ``data`` is :class:`FrameRows`, which keeps a copy of the frame and makes the very
same rows (the same pandas encoder, column by column) the first time anything reads them:
the HTTP API, a function that takes the plot as input, flagging. Until then the notebook
works from the frame's columns.
"""

from __future__ import annotations

import json
import threading
import warnings
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["FrameRows", "frame_value", "datatype_of", "rows_of", "column_arrays"]


def _to_json(obj: Any, **kwargs: Any) -> str:
    # Gradio's call; an explicit date_format keeps pandas 3 quiet about a future default
    # (the output is the same: epoch milliseconds).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(obj.to_json(date_unit="ms", date_format="epoch", **kwargs))


class FrameRows(Sequence):  # type: ignore[type-arg]
    """The ``data`` rows of a native plot's value, made from a frame when first read.

    It compares, copies and serialises as the list of rows Gradio would have made
    (``model_dump`` is there for JSON encoders that fall back on it); a deep copy is the
    same object, since it never changes.
    """

    __slots__ = ("_lock", "_rows", "derived", "frame")

    def __init__(self, frame: Any):
        self.frame = frame
        self._rows: list[list[Any]] | None = None
        self._lock = threading.Lock()
        #: What was computed from the frame once and is asked for again (a plot's columns
        #: as arrays, for each resample of a zoomed view).
        self.derived: dict[Any, Any] = {}

    def rows(self) -> list[list[Any]]:
        """The rows, made once (``to_json`` column by column, as Gradio encodes them)."""
        with self._lock:
            if self._rows is None:
                frame = self.frame
                columns = [json.loads(_to_json(frame.iloc[:, i], orient="values")) for i in range(frame.shape[1])]
                self._rows = [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(frame))]
            return self._rows

    @property
    def materialized(self) -> bool:
        return self._rows is not None

    def __len__(self) -> int:
        return len(self.frame)

    def __getitem__(self, index: Any) -> Any:
        return self.rows()[index]

    def __iter__(self) -> Iterator[list[Any]]:
        return iter(self.rows())

    def __eq__(self, other: object) -> bool:
        if other is self:
            return True
        if isinstance(other, FrameRows):
            if self.frame is other.frame:
                return True
            if self.frame.shape != other.frame.shape:
                return False
            same = _same_columns(self.frame, other.frame)
            return self.rows() == other.rows() if same is None else same
        if isinstance(other, (list, tuple)):
            return self.rows() == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __deepcopy__(self, memo: dict[int, Any]) -> FrameRows:
        return self

    def __copy__(self) -> FrameRows:
        return self

    def __reduce__(self) -> Any:
        return (list, (self.rows(),))

    def model_dump(self, mode: str = "python") -> list[list[Any]]:
        return self.rows()

    def __repr__(self) -> str:
        return f"<{len(self)} rows of a DataFrame>"


def _same_columns(a: Any, b: Any) -> bool | None:
    """Whether two frames of one shape hold the same values, column by column (fast, in
    pandas); None when a pair of columns has different dtypes (compare the rows then)."""
    for i in range(a.shape[1]):
        left, right = a.iloc[:, i], b.iloc[:, i]
        if left.dtype != right.dtype:
            return None
        if not left.reset_index(drop=True).equals(right.reset_index(drop=True)):
            return False
    return True


def datatype_of(dtype: Any) -> str:
    """Gradio's simplified Vega-Lite type of a column: quantitative, nominal or temporal."""
    import pandas as pd

    if pd.api.types.is_numeric_dtype(dtype):
        return "quantitative"
    if pd.api.types.is_string_dtype(dtype) or isinstance(dtype, pd.CategoricalDtype):
        return "nominal"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "temporal"
    raise ValueError(f"Unsupported data type: {dtype}")


def frame_value(frame: Any, mark: str, owner: str) -> dict[str, Any]:
    """``{"columns", "data", "datatypes", "mark"}`` of a DataFrame, as Gradio serialises it;
    ``data`` is :class:`FrameRows` over a private copy of the frame."""
    from ..exceptions import Error

    frame = frame.copy()  # the value must not follow later edits of the caller's frame
    try:
        datatypes = {str(name): datatype_of(frame.iloc[:, i].dtype) for i, name in enumerate(frame.columns)}
    except ValueError as exc:
        raise Error(f"{owner}: {exc}; columns must be numbers, strings, categories or datetimes") from None
    columns = json.loads(_to_json(frame.iloc[:0], orient="split"))["columns"]
    return {"columns": columns, "data": FrameRows(frame), "datatypes": datatypes, "mark": mark}


def rows_of(value: dict[str, Any]) -> Sequence[Any]:
    data = value.get("data")
    return data if isinstance(data, Sequence) else []


def column_arrays(value: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """The named columns of a value as numpy arrays: straight from the frame when the rows
    were never made, else from the rows. Temporal columns are epoch milliseconds (float)."""
    import numpy as np

    columns = list(value.get("columns") or [])
    data = value.get("data")
    types = value.get("datatypes") or {}
    out: dict[str, Any] = {}
    if isinstance(data, FrameRows):
        frame = data.frame
        for name in names:
            series = frame.iloc[:, columns.index(name)]
            numeric = types.get(name) in ("quantitative", "temporal")
            out[name] = _numeric(series, types.get(name)) if numeric else series.to_numpy(dtype=object)
        return out
    rows = rows_of(value)
    for name in names:
        i = columns.index(name)
        raw = [row[i] if len(row) > i else None for row in rows]
        if types.get(name) in ("quantitative", "temporal"):
            out[name] = np.array([np.nan if v is None or isinstance(v, (str, bool)) else float(v) for v in raw], dtype=float)
        else:
            out[name] = np.array(raw, dtype=object)
    return out


def _numeric(series: Any, datatype: str | None) -> Any:
    import numpy as np
    import pandas as pd

    if datatype == "temporal":
        if getattr(series.dt, "tz", None) is not None:
            series = series.dt.tz_convert("UTC").dt.tz_localize(None)
        ms = series.to_numpy(dtype="datetime64[ms]").astype("int64").astype(float)
        ms[series.isna().to_numpy()] = np.nan
        return ms
    return pd.to_numeric(series, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
