"""The static snapshot of an app (``nbblocks.snapshot``, ``demo.to_html()``)."""

from __future__ import annotations

import base64
import io
import re

import pytest

import nbblocks as gr
from nbblocks.snapshot import enabled
from nbblocks.snapshot.sanitize import sanitize_html
from nbblocks.testing import Frontend


def _text(html: str) -> str:
    """The visible text of a snapshot, roughly: tags out, entities kept."""
    return re.sub(r"<[^>]+>", " ", html)


def test_every_user_value_is_escaped() -> None:
    evil = "<script>alert(1)</script>"
    with gr.Blocks() as demo:
        gr.Textbox(evil, label=evil)
        gr.Markdown(evil)
        gr.JSON({"k": evil})
        gr.Dropdown([evil, "b"], value=evil)
        gr.Dataframe([[evil, 1]], headers=[evil, "n"])
        gr.Label({evil: 0.5})
        gr.HighlightedText([(evil, evil)])
        gr.Button(evil)
        with gr.Tab(evil):
            gr.Number(1)
    out = demo.to_html()
    assert "<script" not in out.lower()
    assert out.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 8


def test_html_component_is_sanitised() -> None:
    dirty = '<b onclick="x()">bold</b><script>steal()</script><a href="javascript:x">j</a><a href="https://e.org">ok</a><img src=x onerror=y><style>p{}</style>'
    clean = sanitize_html(dirty)
    assert clean == '<b>bold</b><a>j</a><a href="https://e.org" rel="noopener noreferrer">ok</a>'
    assert sanitize_html("<div><p>unclosed") == "<div><p>unclosed</p></div>"
    assert sanitize_html("1 < 2 & <i>x</i>") == "1 &lt; 2 &amp; <i>x</i>"


def test_layout_labels_and_values() -> None:
    with gr.Blocks() as demo:
        with gr.Row():
            gr.Textbox("hello", label="Greeting")
            gr.Number(41.5, label="Answer")
        with gr.Tabs(selected="second"):
            with gr.Tab("First", id="first"):
                gr.Textbox("in first", label="T1")
            with gr.Tab("Second", id="second"):
                gr.Checkbox(True, label="Agree")
        with gr.Accordion("Closed part", open=False):
            gr.Textbox("hidden text", label="Inner")
        with gr.Accordion("Open part"):
            gr.CheckboxGroup(["a", "b"], value=["b"], label="Pick")
        gr.Textbox("invisible", label="Gone", visible=False)
        gr.Radio([("Small", "s"), ("Large", "l")], value="l", label="Size")
        gr.Button("Run", variant="primary")
    out = demo.to_html()
    text = _text(out)
    for shown in ("Greeting", "hello", "Answer", "41.5", "Agree", "Closed part", "Open part", "Pick", "Run"):
        assert shown in text, shown
    # the selected tab's content only; both tab titles
    assert "First" in text and "Second" in text
    assert "in first" not in text
    assert re.search(r'data-selected="1"[^>]*>Second<', out)
    assert 'data-checked="true"' in out
    assert "○ Small&nbsp;&nbsp; ◉ Large" in out and "☐ a&nbsp;&nbsp; ☑ b" in out
    # a closed accordion shows its title, not its content
    assert 'data-accordion="closed"' in out and "hidden text" not in text
    assert "Gone" not in text and "invisible" not in text
    assert "running kernel" in text
    assert "<script" not in out and "class=\"nbb-snapshot\"" in out


def test_long_values_and_tables_are_cut() -> None:
    with gr.Blocks() as demo:
        gr.Textbox("x" * 10_000, label="Long")
        gr.Dataframe([[i, i * i] for i in range(500)], headers=["i", "sq"])
    out = demo.to_html()
    assert "x" * 2000 in out and "x" * 2001 not in out
    assert "8000 more characters" in out
    assert out.count("<tr>") == 1 + 20  # header + bounded rows
    assert "480 more rows (500 in all)" in out
    assert len(out) < 20_000


def test_images_are_small_inline_thumbnails() -> None:
    np = pytest.importorskip("numpy")
    from PIL import Image

    big = np.zeros((1200, 1600, 3), dtype=np.uint8)
    big[:, :800] = (255, 0, 0)
    with gr.Blocks() as demo:
        gr.Image(big, label="Photo")
        gr.Gallery([big, big], label="Many")
    out = demo.to_html()
    uris = re.findall(r'src="data:(image/[a-z]+);base64,([A-Za-z0-9+/=]+)"', out)
    assert len(uris) == 3
    for mime, data in uris:
        with Image.open(io.BytesIO(base64.b64decode(data))) as im:
            assert max(im.size) <= 160 and im.size == (160, 120)
            assert im.getpixel((10, 60))[0] > 200  # the red half survived
    assert len(out) < 3 * 12_000


def test_a_thumbnail_of_pixels_not_yet_encoded_leaves_them_unencoded() -> None:
    # Whether the page gets an output image as raw pixels must not depend on whether a
    # snapshot ran first: the thumbnail is made from the pixels, no file is written.
    np = pytest.importorskip("numpy")
    from PIL import Image

    pixels = np.zeros((60, 80, 4), dtype=np.uint8)
    pixels[..., 1] = 255
    pixels[..., 3] = 128
    with gr.Blocks() as demo:
        gr.Image(pixels, label="Green", image_mode="RGBA")
    fe = Frontend(demo)
    image = next(b for b in demo.blocks.values() if isinstance(b, gr.Image))
    path = fe.value(image)["path"]
    assert demo.files.get(path).pending is not None
    out = demo.to_html()
    assert demo.files.get(path).pending is not None
    assert fe.displayed(image)[0]["kind"] == "pixels"
    (data,) = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', out)
    with Image.open(io.BytesIO(base64.b64decode(data))) as im:
        assert im.mode == "RGBA" and im.size == (80, 60)
        assert im.getpixel((5, 5)) == (0, 255, 0, 128)
    demo.close()


def test_values_follow_the_notebook_session() -> None:
    with gr.Blocks() as demo:
        name = gr.Textbox(label="Name")
        greeting = gr.Textbox(label="Greeting")
        greet = gr.Button("Greet")
        greet.click(lambda n: f"Hello {n}!", name, greeting)
    assert "Hello" not in demo.to_html()  # initial values before the app is shown
    fe = Frontend(demo)
    fe.set(name, "Ada")
    fe.click(greet)
    fe.wait()
    assert "Hello Ada!" in demo.to_html()
    demo.close()


def test_unknown_components_fall_back_to_the_text_of_their_value() -> None:
    from nbblocks.snapshot.base import InitialValues, generic

    with gr.Blocks() as demo:
        state = gr.State({"n": 1})
        color = gr.ColorPicker("#ff0000", label="Colour")
    assert "#ff0000" in demo.to_html() and "Colour" in demo.to_html()
    # a state is not shown, but the generic renderer draws any value
    assert "{&#x27;n&#x27;: 1}" in generic(None, state, {"n": 1}, {})  # type: ignore[arg-type]
    assert InitialValues().get(color) == "#ff0000"


def test_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NBBLOCKS_SNAPSHOT", raising=False)
    assert enabled() and enabled(True) and not enabled(False)
    for off in ("0", "false", "off", "No"):
        monkeypatch.setenv("NBBLOCKS_SNAPSHOT", off)
        assert not enabled() and enabled(True)
    monkeypatch.setenv("NBBLOCKS_SNAPSHOT", "1")
    assert enabled()


def test_the_plain_repr_stays_and_no_snapshot_outside_a_kernel() -> None:
    with gr.Blocks() as demo:
        gr.Textbox("v", label="L")
    bundle = demo._repr_mimebundle_()
    assert set(bundle) == {"text/plain", "application/vnd.jupyter.widget-view+json"}
    assert bundle["text/plain"] == repr(demo)
    demo.close()


def test_plots_and_media_are_shown_as_what_can_be_shown_without_a_kernel() -> None:
    """A matplotlib figure is a bounded image; a page-drawn figure, a native plot and a
    media file are named (escaped), never dumped as their raw value."""
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np
    import pandas as pd
    from PIL import Image

    fig = plt.figure(figsize=(12, 8))
    plt.plot([1, 3, 2])
    tone = (np.sin(np.arange(8000) * 0.1) * 3000).astype(np.int16)
    with gr.Blocks() as demo:
        gr.Plot(fig, label="Figure")
        gr.LinePlot(pd.DataFrame({"x": [1, 2, 3], "<i>y</i>": [3, 1, 2]}), x="x", y="<i>y</i>", label="Line")
        gr.Audio((8000, tone), label="Tone")
    plt.close(fig)
    out = demo.to_html()
    [uri] = re.findall(r'<img src="(data:image/[a-z]+;base64,[^"]+)" alt="Figure"', out)
    with Image.open(io.BytesIO(base64.b64decode(uri.split(",", 1)[1]))) as im:
        assert max(im.size) <= 320
    text = _text(out)
    assert "line plot of &lt;i&gt;y&lt;/i&gt; by x, 3 rows" in text
    assert "audio.wav" in text and "plays only in the live app" in text
    assert "gradio.FileData" not in out and "'mark'" not in out  # no raw values
    assert "<i>" not in out


def test_sidebar_is_a_side_column_and_browser_state_draws_nothing() -> None:
    with gr.Blocks() as demo:
        with gr.Sidebar("Filters", width=200):
            gr.Textbox("only cats", label="Query")
        with gr.Sidebar(open=False, position="right"):
            gr.Textbox("closed text", label="Hidden")
        gr.Textbox("main text", label="Main")
        gr.BrowserState({"secret-ish": 1}, storage_key="k")
    out = demo.to_html()
    text = _text(out)
    assert "only cats" in text and "main text" in text
    assert "Filters" not in text  # a Sidebar's label is not shown, as in Gradio
    assert "closed text" not in text and 'data-sidebar="closed"' in out
    # the open sidebar comes first in a row, beside the main column; the closed one after it
    assert out.index('data-sidebar="open"') < out.index("main text") < out.index('data-sidebar="closed"')
    assert re.search(r'data-sidebar="open" style="[^"]*width:200px', out)
    assert "secret-ish" not in out
    with gr.Blocks() as odd:
        with gr.Sidebar(width="1px;background:url(x)"):
            gr.Markdown("x")
    assert "url(x)" not in odd.to_html()


def test_walkthrough_shows_its_numbered_steps_and_the_open_steps_content() -> None:
    evil = "<script>alert(1)</script>"
    with gr.Blocks() as demo:
        with gr.Walkthrough(selected=1) as wt:
            with gr.Step("Pick", id=1):
                next_step = gr.Button("Next")
                gr.Textbox("first step", label="A")
            with gr.Step(evil, id=2):
                gr.Textbox("second step", label="B")
            with gr.Step("Skipped", visible=False):
                pass
            with gr.Step(id=3):
                pass
        next_step.click(lambda: gr.Walkthrough(selected=2), None, wt)
    out = demo.to_html()
    text = _text(out)
    assert "first step" in text and "second step" not in text
    assert re.findall(r'data-step="(\w+)"', out) == ["current", "todo", "todo"]
    assert "Skipped" not in text and "3 Step 3" in text  # hidden steps leave no number behind
    assert "<script" not in out and "&lt;script&gt;" in out
    # After "Next" in the notebook session, the snapshot follows.
    ui = Frontend(demo)
    ui.click(next_step)
    out = demo.to_html()
    assert "second step" in _text(out) and "first step" not in _text(out)
    assert re.findall(r'data-step="(\w+)"', out) == ["done", "current", "todo"]
    assert "✓ Pick" in out
    demo.close()
