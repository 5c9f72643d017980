"""gr.Dataframe as a component: every value form in, every type out, props, templates.

Expected values are what gradio 6.31 gives for the same inputs (its postprocess dumped
through its server's JSON encoder), except where docs/data-and-code.md says nbblocks differs.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
import warnings

import numpy as np
import pytest

import nbblocks as gr
from nbblocks._table import Table
from nbblocks.components.dataframe import DataframeData

pd = pytest.importorskip("pandas")


def dump(value):
    return json.loads(json.dumps(value.model_dump()))


# -- postprocess: what a function may return ---------------------------------------------


def test_the_default_value_is_gradios_empty_table():
    d = gr.Dataframe()
    assert dict(d.value) == {"headers": ["1", "2", "3"], "data": [], "metadata": None}
    assert dump(d.postprocess(None)) == {"headers": ["1", "2", "3"], "data": [], "metadata": None}


def test_pandas_frame_keeps_its_columns_and_drops_the_index():
    df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}, index=["r1", "r2"])
    assert dump(gr.Dataframe().postprocess(df)) == {"headers": ["a", "b"], "data": [[1, "x"], [2, "y"]], "metadata": None}
    assert dump(gr.Dataframe().postprocess(pd.DataFrame({1: [1], 2: [2]})))["headers"] == [1, 2]


def test_pandas_cells_are_json_as_gradio_sends_them():
    df = pd.DataFrame({
        "t": pd.to_datetime(["2024-01-02", None]),
        "frac": pd.to_datetime(["2024-01-02 00:00:00.5", "2024-01-02 00:00:00.000000001"]),
        "n": [1.0, np.nan], "i": pd.array([1, None], dtype="Int64"), "s": ["a", None],
        "b": pd.array([True, None], dtype="boolean"), "inf": [np.inf, -np.inf], "cat": pd.Categorical(["x", "y"]),
        "tz": pd.to_datetime(["2024-01-02 03:04:05", "2024-01-02 00:00:00"]).tz_localize("UTC"),
        "td": pd.to_timedelta([1, 2], unit="s"), "d": [datetime.date(2024, 1, 1), None], "obj": [{"a": 1}, [1, 2]],
    })
    assert dump(gr.Dataframe().postprocess(df))["data"] == [
        ["2024-01-02 00:00:00", "2024-01-02 00:00:00.500000", 1.0, 1, "a", True, None, "x",
         "2024-01-02 03:04:05+00:00", "0 days 00:00:01", "2024-01-01", {"a": 1}],
        # Differs from Gradio: a missing date is null (Gradio sends the text "NaT").
        [None, "2024-01-02 00:00:00.000000001", None, None, None, None, None, "y",
         "2024-01-02 00:00:00+00:00", "0 days 00:00:02", None, [1, 2]],
    ]


def test_numpy_list_dict_and_csv_values(tmp_path):
    d = gr.Dataframe()
    assert dump(d.postprocess(np.array([[1.5, 2], [3, 4]]))) == {"headers": ["1", "2"], "data": [[1.5, 2.0], [3.0, 4.0]], "metadata": None}
    assert dump(d.postprocess(np.array([1, 2, 3])))["data"] == [[1], [2], [3]]
    assert dump(d.postprocess(np.array([[np.nan, 1.0]])))["data"] == [[None, 1.0]]
    assert dump(d.postprocess([[1, 2, 3, 4]]))["headers"] == ["1", "2", "3", "4"]
    assert dump(d.postprocess([1, 2])) == {"headers": ["1"], "data": [[1], [2]], "metadata": None}
    assert dump(d.postprocess([(1, 2), (3, 4)]))["data"] == [[1, 2], [3, 4]]
    assert dump(d.postprocess({"data": [[1, 2]], "headers": ["q"]}))["headers"] == ["q", "2"]
    meta = {"display_value": [["x", "y"]], "styling": None}
    assert dump(d.postprocess({"data": [[1, 2]], "headers": ["a", "b"], "metadata": meta}))["metadata"] == meta
    assert dump(d.postprocess({"data": [], "headers": ["z"]})) == {"headers": ["z"], "data": [], "metadata": None}
    for empty in ([], [[]], np.array([])):
        assert dump(d.postprocess(empty)) == {"headers": ["1", "2", "3"], "data": [], "metadata": None}
    csv = tmp_path / "t.csv"
    csv.write_text("h1,h2\n1,foo\n2,bar\n")
    assert dump(d.postprocess(str(csv))) == {"headers": ["h1", "h2"], "data": [[1, "foo"], [2, "bar"]], "metadata": None}
    assert dump(d.postprocess(csv))["headers"] == ["h1", "h2"]


def test_headers_are_padded_or_cut_to_the_data():
    assert dump(gr.Dataframe(headers=["x", "y"]).postprocess([[1, 2, 3]]))["headers"] == ["x", "y", "3"]
    assert dump(gr.Dataframe(headers=["x", "y", "z"]).postprocess([[1]]))["headers"] == ["x"]
    assert dump(gr.Dataframe().postprocess(pd.DataFrame({"a": []}))) == {"headers": ["a"], "data": [], "metadata": None}


def test_polars_frames():
    pl = pytest.importorskip("polars")
    df = pl.DataFrame({"a": [1, None], "s": ["x", "y"], "dt": [datetime.datetime(2024, 1, 1), None], "f": [1.5, None],
                       "b": [True, False], "d": [datetime.date(2024, 1, 2), None]})
    assert dump(gr.Dataframe().postprocess(df)) == {
        "headers": ["a", "s", "dt", "f", "b", "d"],
        "data": [[1, "x", "2024-01-01 00:00:00", 1.5, True, "2024-01-02"], [None, "y", None, None, False, None]],
        "metadata": None,
    }
    assert dump(gr.Dataframe().postprocess(pl.DataFrame({"a": []}))) == {"headers": ["a"], "data": [], "metadata": None}


def test_a_value_it_cannot_show_names_the_component():
    with pytest.raises(gr.Error, match="Dataframe 'T' cannot show a set"):
        gr.Dataframe(label="T").postprocess({1, 2})
    with pytest.raises(gr.Error, match="a dict value needs a 'data' key"):
        gr.Dataframe().postprocess({"rows": []})


def test_the_value_reads_like_gradios_payload():
    table = gr.Dataframe().postprocess(pd.DataFrame({"a": [1]}))
    assert isinstance(table, Table)
    assert table.headers == ["a"] and table.data == [[1]] and table.metadata is None
    assert table["data"] == [[1]] and dict(table) == {"headers": ["a"], "data": [[1]], "metadata": None}
    assert table == {"headers": ["a"], "data": [[1]], "metadata": None}
    assert json.loads(gr.Dataframe().flag(table)) == {"headers": ["a"], "data": [[1]], "metadata": None}
    read = gr.Dataframe().read_from_flag(gr.Dataframe().flag(table))
    assert isinstance(read, DataframeData) and read.data == [[1]]


# -- Styler: display values and cell styles ------------------------------------------------


@pytest.fixture
def frame():
    return pd.DataFrame({"a": [1.23456, 2.5], "b": ["x", "y"], "c": [True, False]})


def test_styler_display_values_and_styles(frame):
    styled = frame.style.format({"a": "{:.2f}"}).highlight_max(subset=["a"], color="yellow")
    assert dump(gr.Dataframe().postprocess(styled)) == {
        "headers": ["a", "b", "c"],
        "data": [[1.23456, "x", True], [2.5, "y", False]],
        "metadata": {"display_value": [["1.23", "x", True], ["2.50", "y", False]],
                     "styling": [["", "", ""], ["background-color: yellow", "", ""]]},
    }
    mapped = frame.style.map(lambda v: "color: red" if v == "y" else None, subset=["b"]).set_properties(
        **{"font-weight": "bold"}, subset=pd.IndexSlice[0, :])
    assert dump(gr.Dataframe().postprocess(mapped))["metadata"] == {
        "display_value": [["1.234560", "x", True], ["2.500000", "y", False]],
        "styling": [["font-weight: bold", "font-weight: bold", "font-weight: bold"], ["", "color: red", ""]],
    }
    assert dump(gr.Dataframe().postprocess(frame.style.format(precision=1)))["metadata"]["display_value"] == [
        ["1.2", "x", True], ["2.5", "y", False]]


def test_styler_hidden_columns_and_rows_are_left_out(frame):
    # Differs from Gradio, which keeps the first headers (a, b) for the visible columns
    # (a, c) and keeps hidden rows in `data` while leaving them out of `metadata`.
    assert dump(gr.Dataframe().postprocess(frame.style.hide(axis="columns", subset=["b"]))) == {
        "headers": ["a", "c"], "data": [[1.23456, True], [2.5, False]],
        "metadata": {"display_value": [["1.234560", True], ["2.500000", False]], "styling": [["", ""], ["", ""]]},
    }
    hidden = dump(gr.Dataframe().postprocess(frame.style.hide([0], axis="index")))
    assert hidden["data"] == [[2.5, "y", False]] and hidden["metadata"]["display_value"] == [["2.500000", "y", False]]


def test_styles_are_computed_only_for_the_rows_shown():
    big = pd.DataFrame({"v": np.arange(30_000)})
    calls = []
    styled = big.style.format(lambda v: calls.append(v) or f"#{v}")
    table = gr.Dataframe().postprocess(styled)
    assert calls == []
    from nbblocks._table_query import Query, window

    part = window(table, Query(n_columns=1), 20_000, 20_002)
    assert part["metadata"]["display_value"] == [["#20000"], ["#20001"]]
    assert calls == [20_000, 20_001]


# -- preprocess: what the function receives --------------------------------------------------


PAYLOAD = {"headers": ["a", "b"], "data": [[1, "x"], [2, "y"]]}


@pytest.mark.parametrize("held", [False, True], ids=["json payload", "kernel table"])
def test_preprocess_by_type(held):
    def passed(kind, payload=PAYLOAD):
        d = gr.Dataframe(type=kind)
        value = d.postprocess(payload) if held else DataframeData(**payload)
        return d.preprocess(value)

    df = passed("pandas")
    assert list(df.columns) == ["a", "b"] and df["a"].tolist() == [1, 2] and str(df["a"].dtype) == "int64"
    arr = passed("numpy")
    assert arr.tolist() == [["1", "x"], ["2", "y"]] and arr.dtype.kind == "U"  # mixed data: strings, as numpy makes them
    assert passed("array") == [[1, "x"], [2, "y"]]
    assert passed("numpy", {"headers": ["a"], "data": [[1], [2]]}).tolist() == [[1], [2]]
    nan = passed("pandas", {"headers": ["a"], "data": [[1], [None]]})
    assert str(nan["a"].dtype) == "float64" and np.isnan(nan["a"][1])
    mixed = passed("pandas", {"headers": ["a", "b"], "data": [[1, 2.5], ["x", True]]})
    assert mixed["a"].tolist() == [1, "x"] and mixed["b"].tolist() == [2.5, True]
    empty = passed("pandas", {"headers": ["a", "b"], "data": []})
    assert list(empty.columns) == ["a", "b"] and len(empty) == 0
    assert passed("array", {"headers": ["a"], "data": []}) == []


def test_preprocess_polars():
    pl = pytest.importorskip("polars")
    for held in (False, True):
        d = gr.Dataframe(type="polars")
        df = d.preprocess(d.postprocess(PAYLOAD) if held else DataframeData(**PAYLOAD))
        assert isinstance(df, pl.DataFrame) and df.columns == ["a", "b"] and df.rows() == [(1, "x"), (2, "y")]


def test_a_kernel_table_gives_the_dtypes_of_the_json_round_trip():
    source = pd.DataFrame({"f32": np.array([1.5, 2], dtype=np.float32), "u8": np.array([1, 255], dtype=np.uint8),
                           "t": pd.to_datetime(["2024-01-02", "2024-01-03"]), "b": [True, False]})
    d = gr.Dataframe()
    df = d.preprocess(d.postprocess(source))
    assert [str(t) for t in df.dtypes[:2]] == ["float64", "int64"]
    assert df["t"].tolist() == ["2024-01-02 00:00:00", "2024-01-03 00:00:00"]  # dates arrive as their text, as in Gradio
    assert df["b"].dtype == bool
    assert d.preprocess(None) is None


def test_the_function_gets_a_copy():
    d = gr.Dataframe()
    source = pd.DataFrame({"a": [1.0, 2.0]})
    table = d.postprocess(source)
    first = d.preprocess(table)
    first.loc[0, "a"] = 99.0
    assert d.preprocess(table)["a"].tolist() == [1.0, 2.0]
    source.loc[1, "a"] = 42.0  # the frame a function returned changes later: the shown value does not
    assert table.data == [[1.0], [2.0]]


# -- constructor ----------------------------------------------------------------------------


def test_props_and_their_defaults():
    cfg = gr.Dataframe().get_config()
    assert {k: cfg[k] for k in ("headers", "row_count", "col_count", "column_count", "datatype", "type", "max_height",
                                "wrap", "line_breaks", "column_widths", "buttons", "show_row_numbers", "max_chars",
                                "show_search", "pinned_columns", "static_columns", "row_limits", "column_limits")} == {
        "headers": ["1", "2", "3"], "row_count": [3, "dynamic"], "col_count": [3, "dynamic"],
        "column_count": [3, "dynamic"], "datatype": "str", "type": "pandas", "max_height": 500, "wrap": False,
        "line_breaks": True, "column_widths": [], "buttons": None, "show_row_numbers": False, "max_chars": None,
        "show_search": "none", "pinned_columns": None, "static_columns": [], "row_limits": None, "column_limits": None,
    }
    cfg = gr.Dataframe(headers=["a", "b"], column_widths=[100, "20%", "3em"], row_count=5, row_limits=(1, 10),
                       column_limits=(None, 4), datatype=["str", "bool"]).get_config()
    assert cfg["column_count"] == [2, "dynamic"] and cfg["row_count"] == [5, "dynamic"]
    assert cfg["column_widths"] == ["100px", "20%", "3empx"]  # as Gradio: only px, % and auto pass unchanged
    assert cfg["row_limits"] == [1, 10] and cfg["column_limits"] == [None, 4]
    assert gr.Dataframe(latex_delimiters=[]).latex_delimiters == []


def test_bad_props_name_the_component_and_the_field():
    with pytest.raises(ValueError, match="Dataframe 'T': type must be one of pandas, numpy, array, polars"):
        gr.Dataframe(label="T", type="dict")
    with pytest.raises(ValueError, match="headers has 2 items but column_count is 3"):
        gr.Dataframe(headers=["a", "b"], column_count=3)
    with pytest.raises(ValueError, match="datatype must be one of"):
        gr.Dataframe(datatype=["str", "colour"])
    with pytest.raises(ValueError, match="show_search must be one of"):
        gr.Dataframe(show_search="yes")
    with pytest.raises(ValueError, match="buttons may be"):
        gr.Dataframe(buttons=["download"])
    with pytest.raises(ValueError, match="row_limits has a minimum 5 above its maximum 2"):
        gr.Dataframe(row_limits=(5, 2))
    with pytest.raises(ValueError, match="row_count must be a whole number"):
        gr.Dataframe(row_count=-1)


def test_old_count_spellings_warn():
    with pytest.warns(DeprecationWarning, match="tuple for row_count"):
        d = gr.Dataframe(row_count=(2, "fixed"))
    assert d.row_count == (2, "fixed")
    with pytest.warns(UserWarning, match="col_count is deprecated and ignored"):
        d = gr.Dataframe(col_count=(2, "fixed"))
    assert d.column_count == (3, "dynamic")  # ignored, as in Gradio 6
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gr.Dataframe(column_count=(2, "fixed"), headers=["a", "b"])


def test_datatype_auto_follows_the_dtypes():
    df = pd.DataFrame({"s": ["a"], "i": [1], "f": [1.5], "b": [True], "t": pd.to_datetime(["2024-01-01"]),
                       "c": pd.Categorical(["x"])})
    assert gr.Dataframe(df, datatype="auto").datatype == ["str", "number", "number", "bool", "date", "str"]
    assert gr.Dataframe([[1, "a", True]], datatype="auto").datatype == ["number", "str", "bool"]
    assert gr.Dataframe(np.array([[1.5, 2.0]]), datatype="auto").datatype == ["number", "number"]
    assert gr.Dataframe(None, datatype="auto").datatype == "str"


def test_templates():
    assert gr.DataFrame is gr.Dataframe
    n = gr.Numpy()
    assert n.type == "numpy" and n.row_count == (1, "dynamic") and n.headers == ["1", "2", "3"]
    m = gr.Matrix(headers=["a", "b"])
    assert m.type == "array" and m.headers == ["a", "b"]
    lst = gr.List()
    assert lst.type == "array" and lst.headers == ["1"] and lst.column_count == (1, "dynamic")  # one column (Gradio: three)
    assert gr.List(headers=["x", "y"]).column_count == (2, "dynamic")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gr.Numpy(), gr.Matrix(), gr.List()  # their own defaults do not warn
    assert gr.Matrix([[1, 2]]).preprocess(gr.Matrix().postprocess([[1, 2]])) == [[1, 2]]


def test_api_info_and_examples_are_gradios():
    d = gr.Dataframe()
    info = d.api_info()
    assert info["title"] == "DataframeData" and info["required"] == ["headers", "data"]
    assert d.example_payload() == {"headers": ["a", "b"], "data": [["foo", "bar"]]}
    assert d.process_example(pd.DataFrame({"a": range(8)})) == [[0], [1], [2], [3], [4]]
    assert d.process_example(None) == ""


def test_string_shortcuts_name_them():
    from nbblocks.components import component_class

    assert component_class("dataframe")[0] is gr.Dataframe
    assert component_class("numpy")[0] is gr.Numpy and component_class("list")[0] is gr.List


# -- light imports ------------------------------------------------------------------------


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)


def test_import_loads_neither_pandas_nor_polars():
    proc = _run("import sys, nbblocks as gr; gr.Dataframe([[1, 2]]).preprocess; "
                "d = gr.Dataframe([[1, 'a']], type='array'); t = d.postprocess([[1, 2]]); d.preprocess(t); "
                "print(sorted(m for m in ('pandas', 'polars') if m in sys.modules))")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_without_pandas_the_message_says_how_to_install_it():
    blocked = "import sys; sys.modules['pandas'] = None; sys.modules['polars'] = None\n"
    proc = _run(blocked + "import nbblocks as gr\n"
                "d = gr.Dataframe(type='array'); print(d.preprocess(d.postprocess([[1, 2]])))\n"
                "d = gr.Dataframe(label='Scores')\n"
                "try:\n    d.preprocess(d.postprocess([[1]]))\nexcept ModuleNotFoundError as e:\n    print(e)\n"
                "try:\n    d.postprocess('t.csv')\nexcept ModuleNotFoundError as e:\n    print(e)\n"
                "try:\n    gr.Dataframe(type='polars')\nexcept ModuleNotFoundError as e:\n    print(e)\n")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[0] == "[[1, 2]]"
    assert lines[1] == ("Dataframe 'Scores' passes a pandas DataFrame to your function (type='pandas'), but pandas is "
                        "not installed: pip install pandas (or use type='array' to get a list of lists)")
    assert lines[2] == "Dataframe 'Scores' reads the CSV file 't.csv' with pandas, but pandas is not installed: pip install pandas"
    assert "type='polars' needs polars, which is not installed: pip install polars" in lines[3]
