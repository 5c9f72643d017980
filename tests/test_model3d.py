"""gr.Model3D: props as in Gradio 6.31, paths in and out, uploads, what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks.exceptions import Error
from nbblocks.testing import Frontend, FrontendError

STATIC = Path(gr.__file__).parent / "static"

CUBE_OBJ = """v 0 0 0\nv 1 0 0\nv 1 1 0\nv 0 1 0\nv 0 0 1\nv 1 0 1\nv 1 1 1\nv 0 1 1
f 1 2 3 4\nf 5 8 7 6\nf 1 5 6 2\nf 2 6 7 3\nf 3 7 8 4\nf 5 1 4 8
"""


def test_defaults_follow_gradio():
    config = gr.Model3D().get_config()
    assert config["clear_color"] == [0.0, 0.0, 0.0, 0.0]
    assert config["camera_position"] == [None, None, None]
    assert (config["zoom_speed"], config["pan_speed"], config["display_mode"], config["height"]) == (1.0, 1.0, None, None)
    assert [e.event_name for e in gr.Model3D.EVENTS] == ["change", "upload", "edit", "clear"]
    custom = gr.Model3D(clear_color=(1, 0.5, 0), camera_position=(45, 60, 3), display_mode="wireframe", zoom_speed=2)
    assert custom.get_config()["clear_color"] == [1.0, 0.5, 0.0, 1.0]
    assert custom.get_config()["camera_position"] == [45, 60, 3]


@pytest.mark.parametrize("kwargs, message", [
    ({"display_mode": "points"}, "display_mode must be one of solid, point_cloud, wireframe"),
    ({"clear_color": (2, 0, 0, 1)}, "clear_color must be"),
    ({"camera_position": (1, 2)}, "camera_position must be"),
    ({"zoom_speed": 0}, "zoom_speed must be a positive number"),
    ({"pan_speed": "fast"}, "pan_speed must be a positive number"),
])
def test_bad_arguments_name_the_component(kwargs, message):
    with pytest.raises(ValueError, match=message) as info:
        gr.Model3D(label="Mesh", **kwargs)
    assert "Model3D 'Mesh'" in str(info.value)


def test_paths_in_and_out(tmp_path):
    obj = tmp_path / "cube.obj"
    obj.write_text(CUBE_OBJ)
    got = []
    with gr.Blocks() as demo:
        model = gr.Model3D(label="In")
        shown = gr.Model3D(label="Out")
        model.upload(lambda p: got.append(p) or p, model, shown)
    ui = Frontend(demo)
    ui.upload(model, obj)
    assert Path(got[0]).read_text() == CUBE_OBJ and Path(got[0]).name == "cube.obj"
    assert ui.value(shown)["mime_type"] == "model/obj"
    assert ui.displayed(shown)[0]["kind"] == "file"  # the viewer gets the bytes with the value
    url = "https://example.org/models/Fox.glb"
    fd = shown.postprocess(url)
    assert (fd.path, fd.url) == (url, url)
    assert shown.preprocess(fd) == url
    with pytest.raises(Error, match="Model3D 'Out': cannot show 'notes.txt'"):
        shown.postprocess(tmp_path / "notes.txt")


def test_uploads_of_other_files_are_refused(tmp_path):
    with gr.Blocks() as demo:
        model = gr.Model3D(label="M")
    ui = Frontend(demo)
    (tmp_path / "scene.splat").write_bytes(b"\x00" * 32)
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(FrontendError, match=r"Gaussian splat files \(.splat\) are not supported"):
        ui.upload(model, tmp_path / "scene.splat")
    with pytest.raises(FrontendError, match="'notes.txt' is not an accepted file type"):
        ui.upload(model, tmp_path / "notes.txt")
    (tmp_path / "tri.stl").write_bytes(b"solid t\nendsolid t\n")
    ui.upload(model, tmp_path / "tri.stl")
    ui.clear(model)
    assert ui.value(model) is None


def test_only_the_model3d_view_carries_three_js():
    model3d_js = (STATIC / "views" / "model3d.js").read_text(encoding="utf-8")
    assert "WebGLRenderer" in model3d_js  # three.js is inside the Model3D view...
    for path in [STATIC / "boot.js", STATIC / "runtime.js", STATIC / "block.js", *sorted((STATIC / "views").glob("*.js"))]:
        if path.name != "model3d.js":  # ... and in nothing else a page may load
            assert "WebGLRenderer" not in path.read_text(encoding="utf-8"), f"{path.name} bundles three.js"
    with gr.Blocks() as demo:
        text = gr.Textbox()
        model = gr.Model3D()
    ui = Frontend(demo)
    assert ui.view_source(model)[0] == model3d_js  # what the page asks for when it shows a Model3D
    assert "WebGLRenderer" not in ui.view_source(text)[0]
    demo.close()
