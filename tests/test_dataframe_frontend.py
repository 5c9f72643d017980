"""gr.Dataframe through the widget protocol (``nbblocks.testing.Frontend``): tables the page
holds whole, and big tables it gets in windows (docs/protocol.md, "Tables")."""

from __future__ import annotations

import uuid

import numpy as np
import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, FrontendError
from nbblocks.widgets.tables import FIRST_ROWS, WHOLE_CELLS

pd = pytest.importorskip("pandas")

ORDERS = pd.DataFrame({"item": ["Tea", "Coffee", "Cake"], "price": [2.5, 3.0, 4.25], "paid": [True, False, True]})


def small_app(**kwargs):
    seen: dict[str, list] = {"events": [], "frames": [], "selected": [], "edits": []}
    kwargs.setdefault("show_search", "filter")
    with gr.Blocks() as demo:
        table = gr.Dataframe(ORDERS, interactive=True, datatype=["str", "number", "bool"], **kwargs)

        def edited(evt: gr.EditData) -> None:
            seen["edits"].append((evt.index, evt.value, evt.previous_value))

        table.edit(edited, None, None)
        table.input(lambda df: seen["events"].append("input"), table, None)
        table.change(lambda df: seen["events"].append("change") or seen["frames"].append(df), table, None)

        def picked(evt: gr.SelectData) -> None:
            seen["selected"].append((evt.index, evt.value, evt.row_value, evt.col_value))

        table.select(picked, None, None)
    return demo, table, seen


def test_a_small_table_travels_whole_and_is_edited_in_the_page():
    demo, table, seen = small_app()
    ui = Frontend(demo)
    assert ui.value(table) == {"headers": ["item", "price", "paid"],
                               "data": [["Tea", 2.5, True], ["Coffee", 3.0, False], ["Cake", 4.25, True]], "metadata": None}
    view = ui.table(table)
    assert not view.windowed and view.total == 3
    view.sort_by(1, "desc")
    view.search_for("c")
    assert view.rows() == [["Cake", 4.25, True], ["Coffee", 3.0, False]] and view.index() == [2, 1]
    assert seen["events"] == []  # sorting and searching change nothing in the kernel
    view.edit(1, 2, True)
    assert seen["edits"] == [([1, 2], True, False)]
    assert sorted(seen["events"]) == ["change", "input"]
    frame = seen["frames"][-1]
    assert frame["paid"].tolist() == [True, True, True] and list(frame.columns) == ["item", "price", "paid"]
    view.select(2, 0)
    assert seen["selected"] == [([2, 0], "Cake", ["Cake", 4.25, True], ["Tea", "Coffee", "Cake"])]
    demo.close()


def test_rows_and_columns_added_deleted_renamed():
    demo, table, seen = small_app()
    ui = Frontend(demo)
    view = ui.table(table)
    view.add_row()
    assert seen["frames"][-1].iloc[3].tolist()[0] == ""  # text cells start as "", others as null
    assert ui.value(table)["data"][3] == ["", None, None]
    view.add_row(at=0)
    view.delete_row(1)
    assert [r[0] for r in ui.value(table)["data"]] == ["", "Coffee", "Cake", ""]
    view.add_column()
    assert ui.value(table)["headers"] == ["item", "price", "paid", "Header 4"]
    view.rename_column(3, "note")
    view.delete_column(0)
    assert list(seen["frames"][-1].columns) == ["price", "paid", "note"]
    assert seen["edits"] == []  # only cell edits fire `edit`
    demo.close()


def test_what_a_user_cannot_do():
    demo, table, _ = small_app(static_columns=[0], show_search="none")
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="column 0 of Dataframe is static"):
        ui.table(table).edit(0, 0, "x")
    with pytest.raises(FrontendError, match="shows no search box"):
        ui.table(table).search_for("x")
    demo.close()
    with gr.Blocks() as demo:
        shown = gr.Dataframe(ORDERS, show_search="search")
        gr.Textbox().change(lambda: ORDERS, None, shown)
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="not interactive"):
        ui.table(shown).edit(0, 0, "x")
    with pytest.raises(FrontendError, match="shows no filters"):
        ui.table(shown).filter(0, "Is", "x")
    demo.close()


# -- big tables: windows ------------------------------------------------------------------

N = 120_000


@pytest.fixture(scope="module")
def big_frame():
    rng = np.random.default_rng(3)
    return pd.DataFrame({"id": np.arange(N), "name": [f"row {i}" for i in range(N)], "x": rng.normal(size=N).round(3)})


def big_app(frame, **kwargs):
    got: dict[str, list] = {"frames": [], "selected": [], "edits": []}
    with gr.Blocks() as demo:
        table = gr.Dataframe(frame, interactive=True, show_search="filter", **kwargs)
        table.change(lambda df: got["frames"].append(df), table, None)

        def edited(evt: gr.EditData) -> None:
            got["edits"].append((evt.index, evt.value, evt.previous_value))

        table.edit(edited, None, None)

        def picked(evt: gr.SelectData) -> None:
            got["selected"].append(evt)

        table.select(picked, None, None)
    return demo, table, got


def test_a_big_table_sends_its_first_rows_and_the_rest_on_request(big_frame):
    demo, table, _ = big_app(big_frame)
    ui = Frontend(demo)
    value = ui.value(table)
    assert set(value) == {"headers", "window"} and value["headers"] == ["id", "name", "x"]
    first = value["window"]["first"]
    assert first["total"] == N and first["start"] == 0 and len(first["rows"]) == FIRST_ROWS
    assert first["rows"][5] == [5, "row 5", big_frame["x"][5]] and first["index"][:3] == [0, 1, 2]
    assert value["window"]["columns"] == 3
    view = ui.table(table)
    assert view.windowed and view.total == N
    assert view.rows(N - 2) == [[N - 2, f"row {N - 2}", big_frame["x"][N - 2]], [N - 1, f"row {N - 1}", big_frame["x"][N - 1]]]
    view.sort_by(2, "desc")
    assert view.index(0, 1) == [int(big_frame["x"].idxmax())]
    view.sort_by(2, None)
    view.search_for("ROW 1199")
    assert view.total == 111 and view.index(0, 3) == [1199, 11990, 11991]  # 1199, 11990-11999, 119900-119999
    view.search_for(None)
    view.filter(0, "<", 3)
    view.filter(1, "Ends with", "1")
    assert view.rows() == [[1, "row 1", big_frame["x"][1]]]
    demo.close()


def test_an_edit_far_down_reaches_the_function(big_frame):
    demo, table, got = big_app(big_frame)
    ui = Frontend(demo)
    view = ui.table(table)
    version = ui.value(table)["window"]["version"]
    view.edit(N - 3, 2, 123.5)
    frame = got["frames"][-1]
    assert len(frame) == N and frame["x"].iloc[N - 3] == 123.5 and frame["x"].iloc[N - 4] == big_frame["x"][N - 4]
    assert got["edits"] == [([N - 3, 2], 123.5, big_frame["x"][N - 3])]
    assert ui.value(table)["window"]["version"] != version  # every page learns the table changed
    view.sort_by(2, "desc")
    assert view.index(0, 1) == [N - 3]  # sorted over the edited table
    view.sort_by(2, None)
    view.add_row(at=N)
    view.delete_row(0)
    assert len(got["frames"][-1]) == N and got["frames"][-1]["name"].iloc[-1] == "" and got["frames"][-1]["id"].iloc[0] == 1
    view.add_column(at=1, header="flag")
    view.rename_column(1, "flagged")
    view.delete_column(0)
    assert list(got["frames"][-1].columns) == ["flagged", "name", "x"]
    assert big_frame.shape == (N, 3) and big_frame["x"].iloc[N - 3] != 123.5  # the author's frame is untouched
    demo.close()


def test_select_in_a_big_table_carries_the_row_and_the_column(big_frame):
    demo, table, got = big_app(big_frame)
    ui = Frontend(demo)
    ui.table(table).select(7, 1)
    evt = got["selected"][0]
    assert evt.index == [7, 1] and evt.value == "row 7" and evt.row_value == [7, "row 7", big_frame["x"][7]]
    assert len(evt.col_value) == N and evt.col_value[N - 1] == f"row {N - 1}"
    demo.close()


def test_copy_takes_the_view_or_the_selected_cells():
    with gr.Blocks() as demo:
        table = gr.Dataframe(pd.DataFrame({"a": range(30_000), "b": ["x, y" if i == 2 else "z" for i in range(30_000)]}),
                             show_search="search")
    ui = Frontend(demo)
    view = ui.table(table)
    assert view.windowed
    view.search_for("x,")
    assert view.copy() == '2,"x, y"'
    assert view.copy([[5, 1], [4, 0], [4, 1]]) == "4,z\n,z"
    assert ui.table(table).copy([[1, 0]]) == "1"
    demo.close()


def test_limits_fixed_counts_and_static_columns_are_kept_by_the_kernel(big_frame):
    demo, table, got = big_app(big_frame, row_limits=(None, N), column_limits=(2, None))
    ui = Frontend(demo)
    view = ui.table(table)
    with pytest.raises(FrontendError, match=f"allows at most {N} rows"):
        view.add_row()
    view.delete_column(0)
    with pytest.raises(FrontendError, match="keeps at least 2 column"):
        view.delete_column(0)
    demo.close()
    with pytest.warns(DeprecationWarning, match="row_count"):
        demo, table, got = big_app(big_frame, row_count=(N, "fixed"), static_columns=["name"])
    ui = Frontend(demo)
    view = ui.table(table)
    with pytest.raises(FrontendError, match="fixed number of rows"):
        view.add_row()
    with pytest.raises(FrontendError, match="fixed set of columns"):
        view.add_column()
    with pytest.raises(FrontendError, match="column 1 of Dataframe is static"):
        view.edit(0, 1, "x")
    view.edit(0, 2, 1.0)  # other columns stay editable
    assert got["frames"][-1]["x"].iloc[0] == 1.0
    demo.close()


def test_an_edit_of_an_outdated_table_is_refused(big_frame):
    demo, table, got = big_app(big_frame)
    ui = Frontend(demo)
    view = ui.table(table)
    old = ui.value(table)["window"]["version"]
    view.edit(0, 2, 5.0)
    widget = demo.view().widgets[table._id]
    rid = uuid.uuid4().hex
    ui._send_custom(widget, {"type": "table_edit", "id": rid, "version": old, "op": "set", "row": 1, "column": 2,
                             "value": 9.0, "events": ["change"]})
    reply, _ = ui._transfer_reply(rid, 1)
    assert reply["type"] == "table_error" and "changed meanwhile" in reply["message"]
    assert reply["version"] == ui.value(table)["window"]["version"]
    ui.wait()
    assert len(got["frames"]) == 1 and ui.table(table).rows(1, 2)[0][2] == big_frame["x"][1]
    demo.close()


def test_malformed_requests_are_answered_and_the_app_keeps_working(big_frame):
    demo, table, got = big_app(big_frame)
    ui = Frontend(demo)
    view = ui.table(table)
    widget = demo.view().widgets[table._id]
    version = ui.value(table)["window"]["version"]
    for bad, message in (
        ({"type": "table_rows", "start": 5, "stop": 1}, "start and stop"),
        ({"type": "table_rows", "start": 0, "stop": 50_000}, "at most 2000 rows"),
        ({"type": "table_rows", "start": 0, "stop": 5, "sort": [[7, "asc"]]}, "a sort key"),
        ({"type": "table_edit", "version": version, "op": "explode"}, "unknown table edit"),
        ({"type": "table_edit", "version": version, "op": "set", "row": N + 5, "column": 0}, f"there is no row {N + 5}"),
        ({"type": "table_copy", "cells": [["a", 1]]}, "cells are [row, column] pairs"),
    ):
        rid = uuid.uuid4().hex
        ui._send_custom(widget, {**bad, "id": rid})
        reply, _ = ui._transfer_reply(rid, 1)
        assert reply["type"] == "table_error" and message in reply["message"], reply
    view.edit(2, 2, 0.5)
    assert got["frames"][-1]["x"].iloc[2] == 0.5
    demo.close()


def test_a_table_that_is_not_interactive_refuses_edits(big_frame):
    with gr.Blocks() as demo:
        table = gr.Dataframe(big_frame, interactive=False)
    ui = Frontend(demo)
    widget = demo.view().widgets[table._id]
    rid = uuid.uuid4().hex
    ui._send_custom(widget, {"type": "table_edit", "id": rid, "version": ui.value(table)["window"]["version"],
                             "op": "set", "row": 0, "column": 0, "value": 1})
    reply, _ = ui._transfer_reply(rid, 1)
    assert reply["message"] == "Dataframe is not interactive"
    demo.close()


def test_function_outputs_switch_between_whole_and_windows(big_frame):
    with gr.Blocks() as demo:
        rows = gr.Number(value=10)
        out = gr.Dataframe()
        back = gr.Textbox()
        rows.change(lambda n: big_frame.head(int(n)), rows, out)
        out.change(lambda df: f"{len(df)} rows", out, back)
    ui = Frontend(demo)
    ui.set(rows, 5)
    assert ui.value(out)["data"][4] == [4, "row 4", big_frame["x"][4]] and ui.value(back) == "5 rows"
    ui.set(rows, WHOLE_CELLS)  # more cells than a page gets whole
    assert "window" in ui.value(out) and ui.table(out).total == WHOLE_CELLS
    assert ui.value(back) == f"{WHOLE_CELLS} rows"
    ui.set(rows, 3)
    assert len(ui.value(out)["data"]) == 3
    demo.close()


def test_styles_of_a_big_styled_frame_travel_with_its_rows():
    frame = pd.DataFrame({"v": np.arange(25_000)})
    styled = frame.style.format("#{}").map(lambda v: "color: red" if v % 2 else None)
    with gr.Blocks() as demo:
        table = gr.Dataframe(styled, interactive=True)
    ui = Frontend(demo)
    part = ui.table(table).view(24_998, 25_000)
    assert part["rows"] == [[24_998], [24_999]]
    assert part["metadata"] == {"display_value": [["#24998"], ["#24999"]], "styling": [[""], ["color: red"]]}
    ui.table(table).edit(0, 0, 5)
    assert ui.table(table).view(0, 1)["metadata"] is None  # an edited table has no display values any more
    demo.close()


def test_a_listener_without_preprocess_gets_gradios_payload(big_frame):
    got = []
    with gr.Blocks() as demo:
        table = gr.Dataframe(big_frame.head(3))
        gr.Button().click(lambda value: got.append(value), table, None, preprocess=False)
    ui = Frontend(demo)
    ui.click(demo.blocks[max(demo.blocks)])
    assert got[0]["headers"] == ["id", "name", "x"] and got[0]["data"][2][:2] == [2, "row 2"]
    demo.close()


def test_frames_as_examples_of_an_interface():
    demo = gr.Interface(lambda df: f"sum {df.iloc[:, 0].sum()}", gr.Dataframe(), "text",
                        examples=[[pd.DataFrame({"a": [1, 2, 3]})], [[[5], [6]]]], cache_examples=True)
    ui = Frontend(demo)
    dataset = next(b for b in demo.blocks.values() if type(b).__name__ == "Dataset")
    table = next(b for b in demo.blocks.values() if isinstance(b, gr.Dataframe))
    answer = next(b for b in demo.blocks.values() if isinstance(b, gr.Textbox))
    assert ui.props(dataset)["samples"] == [[[[1], [2], [3]]], [[[5], [6]]]]  # the first rows of each
    ui.click_sample(dataset, 0)
    assert ui.value(table) == {"headers": ["a"], "data": [[1], [2], [3]], "metadata": None} and ui.value(answer) == "sum 6"
    ui.click_sample(dataset, 1)
    assert ui.value(table)["headers"] == ["1"] and ui.value(answer) == "sum 11"
    demo.close()
