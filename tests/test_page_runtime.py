"""The page runtime model: one per kernel, carrying the loader of the front-end runtime
and the name of its build; block models carry a tiny stub and name their view, which a
page asks for once (``docs/protocol.md``)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend, FrontendError, _ask_for_view
from nbblocks.widgets import runtime_model
from nbblocks.widgets.runtime_model import page_runtime

STATIC = Path(__file__).resolve().parents[1] / "nbblocks" / "static"

COUNTER = "export default { render(ctx) { ctx.el.textContent = String(ctx.value()); } };"


class Counter(gr.Number):
    _esm = COUNTER
    _css = ".x { color: red }"


def two_apps():
    with gr.Blocks() as one:
        a = gr.Textbox(label="a")
        c1 = Counter(1)
    with gr.Blocks() as two:
        with gr.Row():
            b = gr.Slider(label="b")
            c2 = Counter(2)
    return one, two, a, b, c1, c2


def test_blocks_carry_a_stub_and_share_one_runtime_model():
    one, two, a, b, c1, c2 = two_apps()
    runtime = page_runtime()
    widgets = [*one.view().widgets.values(), *two.view().widgets.values()]
    stub = (STATIC / "block.js").read_text()
    assert len(stub) < 400
    for widget in widgets:
        assert widget._esm == stub and widget.runtime == f"anywidget:{runtime.model_id}"
    assert runtime._esm == (STATIC / "boot.js").read_text()
    assert "view_src" not in widgets[0].keys and "view_css" not in widgets[0].keys
    ids = {w.view: w.view_id for w in widgets if w.view != "custom"}
    assert ids["textbox"] == "textbox" and ids["slider"] == "slider" and ids["row"] == "row"
    # Two instances of one custom class share one view id.
    custom = [w.view_id for w in widgets if w.view == "custom"]
    assert len(custom) == 2 and custom[0] == custom[1] and custom[0].startswith("custom-")
    one.close()
    two.close()


def test_the_runtime_model_carries_a_small_loader_and_names_its_build():
    runtime = page_runtime()
    assert len(runtime._esm.encode()) < 4096  # the runtime itself is not in the state
    manifest = (STATIC / "manifest.json").read_bytes()
    assert runtime.static_id == hashlib.sha256(manifest).hexdigest()[:16]
    # The manifest is the build that ships: every built file, each with its true hash.
    files = json.loads(manifest)["files"]
    built = {p.relative_to(STATIC).as_posix() for p in STATIC.rglob("*.js")}
    assert set(files) == built and {"runtime.js", "boot.js", "block.js", "views/textbox.js"} <= built
    for name, digest in files.items():
        assert hashlib.sha256((STATIC / name).read_bytes()).hexdigest() == digest, name
    # A page that cannot get the runtime from the Jupyter server asks this model for it.
    assert _ask_for_view(runtime.ref, "runtime", "the page") == ((STATIC / "runtime.js").read_text(), "")


def test_a_page_gets_each_view_by_id_once():
    one, two, a, b, c1, c2 = two_apps()
    ui = Frontend(one)
    assert ui.view_source(a) == ((STATIC / "views" / "textbox.js").read_text(), "")
    assert ui.view_source(c1) == (COUNTER, ".x { color: red }")
    assert Frontend(two).view_source(c2) == ui.view_source(c1)
    one.close()
    two.close()


@pytest.mark.parametrize("view_id", ["../runtime", "nosuchview", "custom-0000", "", None, 7])
def test_an_unknown_view_is_answered_with_an_error(view_id):
    with gr.Blocks() as demo:
        box = gr.Textbox()
    ui = Frontend(demo)
    ui._held(box)["view_id"] = view_id  # the page asks for something the kernel never named
    with pytest.raises(FrontendError, match="has no view|a view id is a string"):
        ui.view_source(box)
    demo.close()


def test_a_closed_runtime_model_is_made_again_for_the_next_app():
    first = page_runtime()
    first.close()
    with gr.Blocks() as demo:
        box = gr.Textbox()
    widget = demo.view().widgets[box._id]
    second = page_runtime()
    assert second is not first and widget.runtime == second.ref
    assert Frontend(demo).view_source(box)[0] == (STATIC / "views" / "textbox.js").read_text()
    assert runtime_model._current is second
    demo.close()


def test_the_views_an_app_shows_are_named_before_its_block_models_are_made(monkeypatch):
    """So a page loads them while the kernel is still making the models (docs/frontend.md)."""
    from nbblocks.widgets.model import BlockWidget

    made = [0]
    init = BlockWidget.__init__

    def counting(self, *args, **kwargs):
        made[0] += 1
        init(self, *args, **kwargs)

    monkeypatch.setattr(BlockWidget, "__init__", counting)
    one, two, *_ = two_apps()
    runtime = page_runtime()
    seen: list[tuple[list[str], int]] = []
    runtime.observe(lambda change: seen.append((list(change["new"]), made[0])), "views")
    before = made[0]
    try:
        one_view = one.view()
        assert seen and seen[0][1] == before  # named before any of the app's models existed
        assert {"blocks", "textbox"} <= set(runtime.views)
        custom = next(w.view_id for w in one_view.widgets.values() if w.view == "custom")
        assert custom in runtime.views and runtime.views == sorted(set(runtime.views))
        # The app's own model names every view it shows (the web page loads them from it).
        root = one_view.root
        assert set(root.views) == {w.view_id for w in one_view.widgets.values()}
        assert all(w.views == [] for w in one_view.widgets.values() if w is not root)
        two.view()
        assert {"row", "slider", "textbox", "blocks", custom} <= set(runtime.views)  # it only grows
        count = len(seen)
        one.close()
        with gr.Blocks() as three:
            gr.Textbox()
        three.view()
        assert len(seen) == count  # nothing new: nothing sent
        three.close()
    finally:
        two.close()
