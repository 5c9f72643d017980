"""gr.Dataframe (also gr.DataFrame): a table to show or edit; big frames stay in the kernel.

The value is Gradio's ``{"headers", "data", "metadata"}``. In the kernel it is a
``Table`` that holds the frame's columns as they came; the notebook page gets the rows
it shows (all of them for small tables), over HTTP the whole value goes out.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any, Literal

from typing_extensions import Unpack

from .._table import Table
from ..data_classes import GradioModel
from ..events import EditData, EventListener, Events
from ..exceptions import InvalidComponentError
from .base import Component, ComponentProps, component_name

__all__ = ["DataFrame", "Dataframe"]

DATATYPES = ("str", "number", "bool", "date", "markdown", "html", "image")
TYPES = ("pandas", "numpy", "array", "polars")
SEARCH_MODES = ("none", "search", "filter")
BUTTONS = ("fullscreen", "copy")


class DataframeData(GradioModel):
    headers: list[Any]
    data: list[list[Any]] | list[tuple[Any, ...]]
    metadata: dict[str, list[Any] | None] | None = None


class DataframeProps(ComponentProps, total=False):
    """A Dataframe's own keyword arguments (for the templates built on it)."""

    headers: list[str] | None
    row_count: int | tuple[int, str] | None
    row_limits: tuple[int | None, int | None] | None
    col_count: Any
    column_count: int | tuple[int, str] | None
    column_limits: tuple[int | None, int | None] | None
    datatype: str | Sequence[str]
    type: Literal["pandas", "numpy", "array", "polars"]
    latex_delimiters: list[dict[str, str | bool]] | None
    max_height: int | str
    wrap: bool
    line_breaks: bool
    column_widths: list[str | int] | None
    buttons: list[Literal["fullscreen", "copy"]] | None
    show_row_numbers: bool
    max_chars: int | None
    show_search: Literal["none", "search", "filter"]
    pinned_columns: int | None
    static_columns: list[int] | None


class Dataframe(Component):
    """A table. As an output it shows a pandas/polars DataFrame, a Styler (display
    values and cell styles), a numpy array, a list of rows, a dict with ``data`` (and
    ``headers``) or a CSV file's path. As an input it passes the table, with the user's
    edits, as ``type`` says. Sorting, searching and filtering happen in the page and never
    change what the function receives."""

    EVENTS = [Events.change, Events.input, Events.select,
              EventListener("edit", data_class=EditData, doc="Triggered when the user edits a cell; carries gr.EditData.")]
    VIEW = "dataframe"
    data_model = DataframeData

    def __init__(
        self,
        value: Any = None,
        *,
        headers: list[str] | None = None,
        row_count: int | tuple[int, str] | None = None,
        row_limits: tuple[int | None, int | None] | None = None,
        col_count: Any = None,
        column_count: int | tuple[int, str] | None = None,
        column_limits: tuple[int | None, int | None] | None = None,
        datatype: str | Sequence[str] = "str",
        type: Literal["pandas", "numpy", "array", "polars"] = "pandas",
        latex_delimiters: list[dict[str, str | bool]] | None = None,
        max_height: int | str = 500,
        wrap: bool = False,
        line_breaks: bool = True,
        column_widths: list[str | int] | None = None,
        buttons: list[Literal["fullscreen", "copy"]] | None = None,
        show_row_numbers: bool = False,
        max_chars: int | None = None,
        show_search: Literal["none", "search", "filter"] = "none",
        pinned_columns: int | None = None,
        static_columns: list[int] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = _owner(type_name=self.__class__.__name__, label=props.get("label"))
        if isinstance(row_count, (tuple, list)):
            warnings.warn(
                f"{name}: a (count, mode) tuple for row_count is deprecated; use row_count for the count and "
                "row_limits=(min, max) for limits", DeprecationWarning, stacklevel=3)
        if col_count is not None:
            warnings.warn(
                f"{name}: col_count is deprecated and ignored (as in Gradio 6); use column_count and column_limits",
                UserWarning, stacklevel=3)
        self.row_count = _count(row_count, 3, name, "row_count")
        self.column_count = _count(column_count, len(headers) if headers else 3, name, "column_count")
        self.row_limits = _limits(row_limits, name, "row_limits")
        self.column_limits = _limits(column_limits, name, "column_limits")
        if headers is not None and len(headers) != self.column_count[0]:
            raise ValueError(
                f"{name}: headers has {len(headers)} items but column_count is {self.column_count[0]}; "
                "they must be equal")
        self.headers = list(headers) if headers is not None else [str(i) for i in range(1, self.column_count[0] + 1)]
        if type not in TYPES:
            raise ValueError(f"{name}: type must be one of {', '.join(TYPES)}, got {type!r}")
        if type == "polars":
            _needs_polars(name)
        self.type = type
        self.static_columns = list(static_columns or [])
        if datatype == "auto":
            from .._table_sources import auto_datatype

            datatype = auto_datatype(value)
        self.datatype = _datatypes(datatype, name)
        self.latex_delimiters = latex_delimiters if latex_delimiters is not None else [{"left": "$$", "right": "$$", "display": True}]
        self.max_height = max_height
        self.wrap = wrap
        self.line_breaks = line_breaks
        self.column_widths = [w if isinstance(w, str) and (w.endswith(("px", "%")) or w == "auto") else f"{w}px"
                              for w in (column_widths or [])]
        if buttons is not None:
            bad = [b for b in buttons if b not in BUTTONS]
            if bad:
                raise ValueError(f"{name}: buttons may be {', '.join(map(repr, BUTTONS))}, got {bad[0]!r}")
        self.buttons = list(buttons) if buttons is not None else None
        self.show_row_numbers = show_row_numbers
        self.max_chars = max_chars
        if show_search not in SEARCH_MODES:
            raise ValueError(f"{name}: show_search must be one of {', '.join(map(repr, SEARCH_MODES))}, got {show_search!r}")
        self.show_search = show_search
        self.pinned_columns = pinned_columns
        super().__init__(value, **props)

    # -- values --------------------------------------------------------------------------

    def payload_from_json(self, payload: Any) -> Any:
        """A ``Table`` held in the kernel passes as it is; JSON is validated."""
        if isinstance(payload, Table):
            return payload
        return super().payload_from_json(payload)

    def preprocess(self, payload: Table | DataframeData | None) -> Any:
        """Passes the table (with the user's edits) as a pandas DataFrame (``type="pandas"``),
        a numpy array, a list of rows (``"array"``) or a polars DataFrame; None when the
        client sent nothing."""
        from .._table_sources import from_payload, from_table

        if payload is None:
            return None
        owner = component_name(self)
        if isinstance(payload, Table):
            return from_table(payload, self.type, owner)
        if not isinstance(payload, DataframeData):
            raise InvalidComponentError(f"{owner} expects a table with headers and data, got {payload!r:.80}")
        return from_payload(payload.headers, [list(r) for r in payload.data], self.type, owner)

    def postprocess(self, value: Any) -> Table:
        """Accepts a pandas or polars DataFrame, a Styler, a numpy array, a list of rows
        (a flat list is one column), a dict with ``data``/``headers``/``metadata`` or a
        CSV path; None shows an empty table with the component's headers."""
        from .._table_sources import to_table

        return to_table(value, self.headers, component_name(self))

    def process_example(self, value: Any) -> Any:
        """An example shows its first five rows."""
        if value is None:
            return ""
        table = self.postprocess(value)
        return table.rows(range(min(5, table.n_rows)))

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        import json

        value = payload.model_dump() if hasattr(payload, "model_dump") else payload
        return json.dumps(value)

    def example_payload(self) -> Any:
        return {"headers": ["a", "b"], "data": [["foo", "bar"]]}

    def example_value(self) -> Any:
        return {"headers": ["a", "b"], "data": [["foo", "bar"]]}

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "headers": self.headers,
            "row_count": list(self.row_count),
            "row_limits": None if self.row_limits is None else list(self.row_limits),
            "col_count": list(self.column_count),
            "column_count": list(self.column_count),
            "column_limits": None if self.column_limits is None else list(self.column_limits),
            "datatype": self.datatype,
            "type": self.type,
            "latex_delimiters": self.latex_delimiters,
            "max_height": self.max_height,
            "wrap": self.wrap,
            "line_breaks": self.line_breaks,
            "column_widths": self.column_widths,
            "buttons": self.buttons,
            "show_row_numbers": self.show_row_numbers,
            "max_chars": self.max_chars,
            "show_search": self.show_search,
            "pinned_columns": self.pinned_columns,
            "static_columns": self.static_columns,
        }


DataFrame = Dataframe


def _owner(type_name: str, label: Any) -> str:
    return f"{type_name} '{label}'" if label else type_name


def _count(count: Any, default: int, owner: str, param: str) -> tuple[int, str]:
    """``row_count``/``column_count``: a number, or Gradio 5's ``(number, "fixed"|"dynamic")``."""
    if count is None:
        return (default, "dynamic")
    if isinstance(count, (tuple, list)):
        if len(count) != 2 or count[1] not in ("fixed", "dynamic"):
            raise ValueError(f"{owner}: {param} must be a number or (number, 'fixed'|'dynamic'), got {count!r}")
        return (_whole(count[0], owner, param), count[1])
    return (_whole(count, owner, param), "dynamic")


def _whole(n: Any, owner: str, param: str) -> int:
    if isinstance(n, bool) or not isinstance(n, (int, float)) or n != int(n) or n < 0:
        raise ValueError(f"{owner}: {param} must be a whole number >= 0, got {n!r}")
    return int(n)


def _limits(limits: Any, owner: str, param: str) -> tuple[int | None, int | None] | None:
    if limits is None:
        return None
    if not isinstance(limits, (tuple, list)) or len(limits) != 2:
        raise ValueError(f"{owner}: {param} must be (minimum, maximum), each a number or None, got {limits!r}")
    low, high = (None if v is None else _whole(v, owner, param) for v in limits)
    if low is not None and high is not None and low > high:
        raise ValueError(f"{owner}: {param} has a minimum {low} above its maximum {high}")
    return (low, high)


def _datatypes(datatype: Any, owner: str) -> str | list[str]:
    names = [datatype] if isinstance(datatype, str) else list(datatype)
    for n in names:
        if n not in DATATYPES:
            raise ValueError(f"{owner}: datatype must be one of {', '.join(DATATYPES)} or 'auto' (or a list of them), got {n!r}")
    return datatype if isinstance(datatype, str) else names


def _needs_polars(owner: str) -> None:
    import importlib.util

    if importlib.util.find_spec("polars") is None:
        raise ModuleNotFoundError(f"{owner}: type='polars' needs polars, which is not installed: pip install polars", name="polars")

