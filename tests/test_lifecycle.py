"""Displaying, re-displaying and closing apps; deterministic reprs; the import budget."""

from __future__ import annotations

import subprocess
import sys

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, FrontendError


def test_blocks_mimebundle_points_at_the_app_model():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="x")
    bundle = demo._repr_mimebundle_()
    view = demo.view()
    assert bundle["application/vnd.jupyter.widget-view+json"]["model_id"] == view.root.model_id
    assert bundle["text/plain"] == repr(demo)


def test_component_displayed_alone_is_another_view_of_the_same_model():
    with gr.Blocks() as demo:
        box = gr.Textbox(label="x")
    app_bundle = demo._repr_mimebundle_()
    box_bundle = box._repr_mimebundle_()
    model_id = box_bundle["application/vnd.jupyter.widget-view+json"]["model_id"]
    assert model_id == demo.view().widgets[box._id].model_id
    assert model_id != app_bundle["application/vnd.jupyter.widget-view+json"]["model_id"]
    assert box._repr_mimebundle_() == box_bundle  # displaying twice: same model


def test_component_outside_any_app_gets_its_own():
    box = gr.Textbox(label="alone")
    bundle = box._repr_mimebundle_()
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert box.root is not None


def test_close_closes_every_widget_and_refuses_more_events():
    with gr.Blocks() as demo:
        box = gr.Textbox()
        btn = gr.Button()
        btn.click(lambda: "x", None, box)
    ui = Frontend(demo)
    widgets = list(demo.view().widgets.values())
    demo.close()
    assert all(w.comm is None for w in widgets)
    with pytest.raises(FrontendError, match="closed"):
        ui.click(btn)


def test_rerunning_a_cell_closes_the_previous_app(monkeypatch):
    from nbblocks import _kernel

    monkeypatch.setattr(_kernel, "current_cell_id", lambda: "cell-1")
    deleted = []
    with gr.Blocks() as first:
        gr.State("v1", delete_callback=deleted.append)
    first.view()
    with gr.Blocks() as second:
        gr.State("v2", delete_callback=deleted.append)
    assert first.closed and not second.closed
    assert deleted == ["v1"]
    monkeypatch.setattr(_kernel, "current_cell_id", lambda: "cell-2")
    with gr.Blocks() as third:
        pass
    assert not second.closed and not third.closed


def test_reprs_are_deterministic():
    def build():
        with gr.Blocks(title="T") as demo:
            with gr.Row():
                a = gr.Textbox(label="A")
                gr.Slider(0, 10, value=3)
            b = gr.Button("Run")
            b.click(lambda s: s, a, a)
        return demo

    r1, r2 = repr(build()), repr(build())
    assert r1 == r2
    assert "0x" not in r1 and "model" not in r1
    assert r1.splitlines()[0] == "Blocks(title='T')"
    assert "Textbox(label='A')" in r1


def test_launch_outside_a_kernel_serves_http():
    pytest.importorskip("uvicorn")
    with gr.Blocks() as demo:
        pass
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    try:
        assert demo.local_url.startswith("http://127.0.0.1:")
    finally:
        demo.close()
    assert demo.local_url is None


def test_import_is_light():
    code = (
        "import sys, nbblocks as gr\n"
        "heavy = ['numpy', 'PIL', 'pydantic', 'ipywidgets', 'anywidget', 'IPython', 'traitlets',\n"
        "         'pandas', 'matplotlib', 'plotly', 'altair', 'bokeh']\n"
        "print([m for m in heavy if m in sys.modules])\n"
        "print(sorted(m for m in sys.modules if m.startswith('nbblocks.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "[]"
    assert "nbblocks.components" not in out[1] and "nbblocks.components.textbox" not in out[1]


def test_building_an_app_loads_only_the_components_used():
    code = (
        "import sys, nbblocks as gr\n"
        "with gr.Blocks() as demo:\n"
        "    gr.Textbox()\n"
        "print(sorted(m for m in sys.modules if m.startswith('nbblocks.components.')))\n"
        "print([m for m in ('numpy', 'PIL', 'anywidget', 'pydantic') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    loaded = eval(out[0])
    assert "nbblocks.components.textbox" in loaded
    assert "nbblocks.components.dropdown" not in loaded and "nbblocks.components.label" not in loaded
    assert out[1] == "[]"
