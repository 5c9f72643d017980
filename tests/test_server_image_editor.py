"""An ImageEditor over the HTTP API with the official gradio_client: the three parts are
uploaded as files, the kernel composes and crops as it does for the page, and an editor
output comes back as downloadable files."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")
from gradio_client import handle_file
from PIL import Image

import nbblocks as gr
from support.images import png_file
from support.servers import client as client_of, serving


@pytest.fixture(scope="module")
def served():
    with gr.Blocks() as demo:
        editor = gr.ImageEditor(label="Editor", crop_size="1:1")
        shown = gr.ImageEditor(label="Shown", format="png")
        info = gr.Textbox(label="Info")
        go = gr.Button()

        def describe(value):
            c = value["composite"]
            return f"{c.shape[1]}x{c.shape[0]} layers={len(value['layers'])} centre={tuple(int(v) for v in c[c.shape[0] // 2, c.shape[1] // 2])}"

        def inverted(value):
            bg = value["background"]
            return {"background": bg, "layers": value["layers"], "composite": 255 - value["composite"][..., :3]}

        go.click(describe, editor, info, api_name="describe")
        go.click(inverted, editor, shown, api_name="invert")
    with serving(demo):
        yield demo


def test_a_client_sends_background_and_layers_and_the_kernel_composes_and_crops(served, tmp_path):
    background = png_file(tmp_path / "bg.png", pixels=np.full((30, 40, 3), 200, np.uint8))
    layer = np.zeros((30, 40, 4), np.uint8)
    layer[10:20, 15:25] = (255, 0, 0, 255)
    client = client_of(served, download_files=str(tmp_path / "downloads"))
    try:
        info = client.predict({"background": handle_file(background), "layers": [handle_file(png_file(tmp_path / "l.png", pixels=layer))],
                               "composite": None}, api_name="/describe")
        assert info == "30x30 layers=1 centre=(255, 0, 0, 255)"  # composed, then cut to 1:1 around the centre
        out = client.predict({"background": handle_file(background), "layers": [], "composite": handle_file(background)},
                             api_name="/invert")
    finally:
        client.close()
    assert set(out) >= {"background", "layers", "composite"}
    composite = np.asarray(Image.open(out["composite"]))
    assert composite.shape == (30, 30, 3) and (composite == 55).all()
    assert Image.open(out["background"]).size == (30, 30)
