"""gr.Dataframe over HTTP with the official gradio_client: the API value is Gradio's whole
``{"headers", "data", "metadata"}`` (a big frame too), and tables sent as inputs reach the
function as ``type`` asks."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")
pd = pytest.importorskip("pandas")

import nbblocks as gr
from support.servers import client as client_of, serving

ROWS = 30_000  # more cells than the notebook page gets whole: the API still gets every row


@pytest.fixture(scope="module")
def demo():
    frame = pd.DataFrame({"id": np.arange(ROWS), "name": [f"row {i}" for i in range(ROWS)], "x": np.linspace(0, 1, ROWS)})
    styled = pd.DataFrame({"a": [1.23456, 2.5]}).style.format("{:.1f}").highlight_max(color="red")
    with gr.Blocks() as demo:
        n = gr.Number(label="Rows")
        table = gr.Dataframe(label="Table")
        numbers = gr.Numpy(label="Numbers")
        summary = gr.Textbox(label="Summary")
        gr.Button().click(lambda k: frame.head(int(k)), n, table, api_name="head")
        gr.Button().click(lambda: styled, None, table, api_name="styled")

        def describe(df: pd.DataFrame) -> str:
            return f"{type(df).__name__} {df.shape} {list(df.columns)} {df.dtypes.astype(str).tolist()} sum={df['v'].sum()}"

        gr.Button().click(describe, table, summary, api_name="describe")
        gr.Button().click(lambda arr: f"{type(arr).__name__} {arr.dtype} {arr.sum()}", numbers, summary, api_name="numbers")
        gr.Button().click(lambda df: df.assign(v=df["v"] * 2), table, table, api_name="double")
    with serving(demo):
        yield demo


@pytest.fixture(scope="module")
def client(demo):
    c = client_of(demo)
    yield c
    c.close()


def test_a_big_output_arrives_whole(client):
    value = client.predict(ROWS, api_name="/head")
    assert value["headers"] == ["id", "name", "x"] and value["metadata"] is None
    assert len(value["data"]) == ROWS
    assert value["data"][-1] == [ROWS - 1, f"row {ROWS - 1}", 1.0] and value["data"][0] == [0, "row 0", 0.0]


def test_a_styled_output_carries_its_metadata(client):
    value = client.predict(api_name="/styled")
    assert value == {"headers": ["a"], "data": [[1.23456], [2.5]],
                     "metadata": {"display_value": [["1.2"], ["2.5"]], "styling": [[""], ["background-color: red"]]}}


def test_tables_as_inputs(client):
    sent = {"headers": ["k", "v"], "data": [["a", 1], ["b", 2.5], ["c", None]], "metadata": None}
    assert client.predict(sent, api_name="/describe") == "DataFrame (3, 2) ['k', 'v'] ['str', 'float64'] sum=3.5"
    doubled = client.predict(sent, api_name="/double")
    assert doubled["headers"] == ["k", "v"] and doubled["data"][:2] == [["a", 2.0], ["b", 5.0]] and doubled["data"][2][1] is None
    assert client.predict({"headers": ["1", "2"], "data": [[1, 2], [3, 4]]}, api_name="/numbers") == "ndarray int64 10"


def test_view_api_describes_the_table(client):
    info = client.view_api(return_format="dict", print_info=False)
    params = info["named_endpoints"]["/describe"]["parameters"]
    assert params[0]["python_type"]["type"].lower() == "dict(headers: list[any], data: list[list[any]], metadata: dict(str, list[any] | none) | none)"
    assert info["named_endpoints"]["/head"]["returns"][0]["component"] == "Dataframe"
