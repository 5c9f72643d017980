"""gr.ParamViewer: its value passes as in gradio 6.31 (the dict of parameters, unchanged),
errors name the component and the parameter, and the value reaches the page, the HTTP API
and the saved-notebook snapshot."""

from __future__ import annotations

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend

PARAMS = {
    "value": {"type": "str | None", "description": "The text.", "default": "None"},
    "lines": {"type": "int", "description": "How many lines.", "default": 1},
}


def test_values_pass_as_in_gradio() -> None:
    viewer = gr.ParamViewer()
    # Measured in gradio 6.31: preprocess and postprocess hand the dict on unchanged.
    assert viewer.preprocess(viewer.data_model(PARAMS)) == PARAMS
    assert viewer.postprocess(PARAMS).root == PARAMS
    assert viewer.postprocess(None) is None and viewer.preprocess(None) is None
    assert viewer.api_info() == {"type": {}, "description": "any valid json"}
    example = {"array": {"type": "numpy", "description": "any valid json", "default": "None"}}
    assert viewer.example_payload() == example and viewer.example_value() == example
    assert [e if isinstance(e, str) else e.event_name for e in gr.ParamViewer.EVENTS] == ["change", "upload"]


def test_config_carries_gradio_props() -> None:
    config = gr.ParamViewer(PARAMS, language="typescript", linkify=["Blocks"], header=None,
                            anchor_links="tb", max_height=300).get_config()
    assert {k: config[k] for k in ("language", "linkify", "header", "anchor_links", "max_height")} == {
        "language": "typescript", "linkify": ["Blocks"], "header": None, "anchor_links": "tb", "max_height": 300,
    }
    defaults = gr.ParamViewer().get_config()
    assert (defaults["language"], defaults["linkify"], defaults["header"], defaults["anchor_links"]) == ("python", None, "Parameters", False)


def test_bad_values_are_refused_with_the_component_and_parameter_named() -> None:
    viewer = gr.ParamViewer(label="Args")
    with pytest.raises(gr.Error, match=r"ParamViewer 'Args'.*dict of parameters, not list"):
        viewer.postprocess([1, 2])
    with pytest.raises(gr.Error, match=r"ParamViewer 'Args'.*parameter 'lines'.*not int"):
        viewer.postprocess({"lines": 3})
    with pytest.raises(ValueError, match="language must be 'python' or 'typescript'"):
        gr.ParamViewer(language="rust")  # type: ignore[arg-type]


def test_a_function_shows_the_parameters_of_another() -> None:
    def describe(name: str) -> dict[str, dict[str, object]]:
        return {name: {"type": "int", "description": f"The {name}.", "default": 0}}

    with gr.Blocks() as demo:
        name = gr.Textbox()
        viewer = gr.ParamViewer()
        go = gr.Button("Describe")
        go.click(describe, name, viewer)
        shown = gr.Textbox()
        viewer.change(lambda params: ", ".join(params or {}), viewer, shown)
    ui = Frontend(demo)
    ui.set(name, "width")
    ui.click(go)
    assert ui.value(viewer) == {"width": {"type": "int", "description": "The width.", "default": 0}}
    assert ui.value(shown) == "width"


def test_over_http_with_gradio_client() -> None:
    pytest.importorskip("uvicorn")
    pytest.importorskip("gradio_client")
    from support.servers import client, serving

    with gr.Blocks() as demo:
        name = gr.Textbox()
        viewer = gr.ParamViewer()
        name.submit(lambda n: {n: {"type": "str", "description": "d", "default": None}}, name, viewer, api_name="describe")
    with serving(demo):
        assert client(demo).predict("prompt", api_name="/describe") == {"prompt": {"type": "str", "description": "d", "default": None}}


def test_snapshot_shows_each_parameter_escaped() -> None:
    with gr.Blocks() as demo:
        gr.ParamViewer({**PARAMS, "<script>x</script>": {"type": "<b>", "description": "<i>d</i>", "default": None}})
    html = demo.to_html()
    assert "value: str | None = None" in html and "lines: int = 1" in html and "How many lines." in html
    assert "<script>x" not in html and "&lt;script&gt;x&lt;/script&gt;: &lt;b&gt;" in html
