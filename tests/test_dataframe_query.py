"""Sorting, searching and filtering a table in the kernel (big tables); the page applies
the same rules to tables it holds (js/lib/tablequery.js, tests/js/test_frontend_dataframe.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from nbblocks._table import Column, Table, json_cell
from nbblocks._table_query import (
    Query,
    QueryError,
    cell_text,
    number_text,
    row_order,
    window,
)


def table(*columns, headers=None) -> Table:
    cols = [Column(c) if isinstance(c, np.ndarray) else Column.of(list(c)) for c in columns]
    return Table(headers or [f"c{i}" for i in range(len(cols))], cols)


def order(t: Table, **query) -> list[int]:
    got = row_order(t, Query(n_columns=t.n_columns, **query))
    return list(range(t.n_rows)) if got is None else got.tolist()


def test_cell_text_is_what_javascript_prints():
    assert [number_text(x) for x in (1.0, -2.0, 0.5, 1e-7, 1.5e-5, 1e21, 1e16, 123.456, 2.5e-8)] == [
        "1", "-2", "0.5", "1e-7", "0.000015", "1e+21", "10000000000000000", "123.456", "2.5e-8"]
    assert [cell_text(v) for v in (None, True, False, 3, "x", {"a": [1, 2]}, [1, "b"])] == [
        "", "true", "false", "3", "x", '{"a":[1,2]}', '[1,"b"]']
    floats = np.array([1.0, 0.25, np.nan, np.inf, 1e-5, -3e22])
    t = table(floats)
    from nbblocks._table_query import _texts

    assert _texts(t.columns[0]) == ["1", "0.25", "", "", "0.00001", "-3e+22"]


def test_json_cells():
    assert json_cell(np.float32(1.5)) == 1.5 and json_cell(np.int64(3)) == 3 and json_cell(np.bool_(True)) is True
    assert json_cell(math.nan) is None and json_cell(np.datetime64("NaT")) is None
    assert json_cell(np.datetime64("2024-01-02T03:04:05")) == "2024-01-02 03:04:05"
    assert json_cell((1, np.nan)) == [1, None] and json_cell({1: "a"}) == {"1": "a"}
    class Money:
        def __str__(self) -> str:
            return "3 EUR"

    assert json_cell(Money()) == "3 EUR"  # anything else is its text


def test_sort_numbers_text_and_missing_last_in_either_direction():
    t = table([3.0, np.nan, 1.0, 2.0], ["b", "a", "C", None])
    assert order(t, sort=[[0, "asc"]]) == [2, 3, 0, 1]
    assert order(t, sort=[[0, "desc"]]) == [0, 3, 2, 1]
    assert order(t, sort=[[1, "asc"]]) == [1, 0, 2, 3]  # case-insensitive, None last
    assert order(t, sort=[[1, "desc"]]) == [2, 0, 1, 3]


def test_sort_mixed_types_and_ties_keep_their_order():
    t = table(["b", 2, True, None, 1.5, "A", [1]])
    # numbers, then booleans, then text, then anything else; missing last
    assert order(t, sort=[[0, "asc"]]) == [4, 1, 2, 5, 0, 6, 3]
    ties = table([1, 1, 0, 1], ["d", "c", "b", "a"])
    assert order(ties, sort=[[0, "asc"]]) == [2, 0, 1, 3]
    assert order(ties, sort=[[0, "asc"], [1, "asc"]]) == [2, 3, 1, 0]
    assert order(ties, sort=[[0, "desc"], [1, "desc"]]) == [0, 1, 3, 2]


def test_sort_bools_ints_and_dates():
    dates = np.array(["2024-03-01", "NaT", "2023-01-01"], dtype="datetime64[ns]")
    t = table(np.array([True, False, True]), np.array([5, -1, 3]), dates)
    assert order(t, sort=[[0, "asc"], [1, "asc"]]) == [1, 2, 0]
    assert order(t, sort=[[2, "asc"]]) == [2, 0, 1] and order(t, sort=[[2, "desc"]]) == [0, 2, 1]


def test_search_is_a_case_insensitive_substring_of_any_cell():
    t = table(["Apple pie", "banana", None, "Ünïcode"], np.array([1.5, 12.0, 120.25, np.nan]), np.array([True, False, True, False]))
    assert order(t, search="PIE") == [0]
    assert order(t, search="12") == [1, 2]  # 12 and 120.25 (a float 12.0 shows as "12")
    assert order(t, search="1.5") == [0]
    assert order(t, search="true") == [0, 2]
    assert order(t, search="ünï") == [3]
    assert order(t, search="nope") == []
    assert order(t, search="a", sort=[[1, "desc"]]) == [1, 0, 3]  # banana/false, apple, false (its NaN last)
    assert order(t, search="") == [0, 1, 2, 3]


def test_filters():
    t = table(["apple", "Banana", "", "  ", "cherry pie"], np.array([1.0, 5.0, np.nan, 10.0, 5.0]),
              ["3", "x", 7, None, "4.5"])
    f = lambda *fs: order(t, filters=[{"column": c, "op": op, "value": v} for c, op, v in fs])
    assert f((0, "Contains", "AN")) == [1]
    assert f((0, "Does not contain", "an")) == [0, 2, 3, 4]
    assert f((0, "Starts with", "ch")) == [4]
    assert f((0, "Ends with", "E")) == [0, 4]
    assert f((0, "Is", "banana")) == [1]
    assert f((0, "Is not", "banana")) == [0, 2, 3, 4]
    assert f((0, "Is empty", "")) == [2, 3]
    assert f((0, "Is not empty", "")) == [0, 1, 4]
    assert f((1, ">", "4")) == [1, 3, 4]
    assert f((1, "=", 5)) == [1, 4]
    assert f((1, "≠", 5)) == [0, 3]  # not-a-number cells pass no number filter
    assert f((1, "Is empty", "")) == [2]
    assert f((2, "≥", "4")) == [2, 4]  # numbers, and text that reads as a number
    assert f((1, "≤", 5), (0, "Contains", "a")) == [0, 1]
    with pytest.raises(QueryError, match="needs a number"):
        f((1, ">", "abc"))
    with pytest.raises(QueryError, match="unknown filter"):
        f((1, "~", "1"))


def test_bad_queries_are_refused():
    t = table([1, 2])
    for bad in ({"sort": [[5, "asc"]]}, {"sort": [[0, "up"]]}, {"sort": [[0, "asc"]] * 4}, {"search": 3},
                {"filters": [{"column": 9, "op": "Is", "value": ""}]}, {"filters": "x"}):
        with pytest.raises(QueryError):
            Query(n_columns=1, **bad)
    assert t.n_rows == 2


def test_window_and_cached_orders():
    n = 50_000
    values = np.arange(n, dtype=np.float64)[::-1].copy()
    t = table(values, [f"row {i}" for i in range(n)])
    q = Query(sort=[[0, "asc"]], n_columns=2)
    part = window(t, q, 10, 13)
    assert part == {"total": n, "start": 10, "index": [n - 11, n - 12, n - 13],
                    "rows": [[10.0, f"row {n - 11}"], [11.0, f"row {n - 12}"], [12.0, f"row {n - 13}"]], "metadata": None}
    assert t.order(q.key()) is not None  # the order is kept for the next scroll
    searched = window(t, Query(search="row 4999", n_columns=2), 0, 100)
    assert searched["total"] == 11 and searched["index"][:2] == [4999, 49990]
    assert window(t, Query(n_columns=2), n - 1, n + 50)["index"] == [n - 1]
    assert window(t, Query(n_columns=2), n + 5, n + 9)["rows"] == []


def test_edits_return_new_tables_that_share_untouched_columns():
    t = table(np.array([1.0, 2.0, 3.0]), ["a", "b", "c"])
    from nbblocks._table_query import ColumnIndex

    index_before = ColumnIndex.of(t.columns[1])
    index_before.ranks()
    edited = t.with_cell(0, 0, 9.5)
    assert t.data == [[1.0, "a"], [2.0, "b"], [3.0, "c"]]  # unchanged
    assert edited.data[0] == [9.5, "a"] and edited.version != t.version
    assert edited.columns[1] is t.columns[1] and edited.columns[1].index is index_before  # its sort keys are kept
    assert t.with_cell(1, 0, "x").columns[0].kind == "object"  # text in a number column: objects, as in JSON
    assert t.with_cell(1, 0, None).data[1] == [None, "b"]
    assert t.with_row(1, [None, ""]).data == [[1.0, "a"], [None, ""], [2.0, "b"], [3.0, "c"]]
    assert t.without_row(0).data == [[2.0, "b"], [3.0, "c"]]
    assert t.with_filled_column(1, "new", "").model_dump() == {
        "headers": ["c0", "new", "c1"], "data": [[1.0, "", "a"], [2.0, "", "b"], [3.0, "", "c"]], "metadata": None}
    assert t.without_column(0).headers == ["c1"]
    assert t.with_header(1, "name").headers == ["c0", "name"]
    dates = table(np.array(["2024-01-02"], dtype="datetime64[ns]"))
    assert dates.with_cell(0, 0, "soon").data == [["soon"]]
    assert dates.with_row(1, ["later"]).data == [["2024-01-02 00:00:00"], ["later"]]
    with pytest.raises(IndexError, match="there is no row 3"):
        t.with_cell(3, 0, 1)
    with pytest.raises(ValueError, match="a new row needs 2 values"):
        t.with_row(0, [1])


def test_tables_compare_by_content_and_copy_for_free():
    import copy

    a = table(np.array([1.0, np.nan]), ["x", None])
    b = table(np.array([1.0, np.nan]), ["x", None])
    assert a == b and a != a.with_cell(0, 0, 2.0)
    assert a == {"headers": ["c0", "c1"], "data": [[1.0, "x"], [None, None]], "metadata": None}
    assert copy.deepcopy(a) is a
