"""Code, ColorPicker, DateTime, HighlightedText and AnnotatedImage over HTTP: the official
gradio_client sends and receives their values against a real uvicorn on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import pytest

pytest.importorskip("uvicorn")
pytest.importorskip("gradio_client")
from gradio_client import Client
from gradio_client.exceptions import AppError
from PIL import Image

import nbblocks as gr

TIMEOUT = 30


def invert(colour: str) -> str:
    value = int(colour.lstrip("#"), 16)
    return f"#{0xFFFFFF - value:06x}"


def tag(text: str) -> dict:
    start = text.index("Paris") if "Paris" in text else 0
    return {"text": text, "entities": [{"entity_group": "LOC", "start": start, "end": start + 5}]}


def label_count(tokens: list[dict]) -> str:
    labelled = [t for t in tokens if t["class_or_confidence"] is not None]
    return f"{len(tokens)} tokens, {len(labelled)} labelled: " + ", ".join(f"{t['token']}={t['class_or_confidence']}" for t in labelled)


def detect(size: float):
    img = np.zeros((40, 60, 3), dtype=np.uint8)
    mask = np.zeros((40, 60))
    mask[:10, :10] = 1.0
    return img, [((5, 5, 5 + int(size), 5 + int(size)), "box"), (mask, "corner")]


@pytest.fixture(scope="module")
def served():
    with gr.Blocks() as demo:
        code_in = gr.Code(language="python", label="Source")
        code_out = gr.Code(language="python", label="Shouted")
        colour_in = gr.ColorPicker(label="Colour")
        colour_out = gr.ColorPicker(label="Inverse")
        when = gr.DateTime(label="When", type="datetime", timezone="UTC")
        tokyo = gr.DateTime(label="Tokyo", timezone="Asia/Tokyo")
        day = gr.DateTime(label="Day", include_time=False, type="string")
        text = gr.Textbox(label="Text")
        tokens = gr.HighlightedText(label="Tokens")
        counted = gr.Textbox(label="Counted")
        size = gr.Number(label="Size")
        found = gr.AnnotatedImage(label="Found", color_map={"box": "#00ff00"})
        go = gr.Button()
        go.click(lambda c: f"\n\n{c.upper()}\n\n", code_in, code_out, api_name="shout")
        go.click(invert, colour_in, colour_out, api_name="invert")
        go.click(lambda d: d.timestamp() if d else None, when, tokyo, api_name="to_tokyo")
        go.click(lambda s: s, day, day, api_name="day")
        go.click(tag, text, tokens, api_name="tag")
        go.click(label_count, tokens, counted, api_name="count")
        go.click(detect, size, found, api_name="detect")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    yield demo
    demo.close()


@pytest.fixture
def client(served, tmp_path):
    c = Client(served.local_url, verbose=False, analytics_enabled=False, download_files=str(tmp_path))
    yield c
    c.close()


def test_the_api_describes_the_values(client):
    info = client.view_api(return_format="dict", print_info=False)["named_endpoints"]
    assert info["/shout"]["parameters"][0]["type"] == {"type": "string"}
    assert info["/to_tokyo"]["parameters"][0]["type"] == {"type": "string", "description": "Formatted as YYYY-MM-DD HH:MM:SS"}
    assert info["/day"]["returns"][0]["type"]["description"] == "Formatted as YYYY-MM-DD"
    assert info["/count"]["parameters"][0]["python_type"]["type"] == "list[dict(token: str, class_or_confidence: str | float | None)]"
    assert info["/detect"]["returns"][0]["label"] == "Found"


def test_code_comes_back_stripped(client):
    assert client.predict("  x = 1\n", api_name="/shout") == "X = 1"


def test_colours(client):
    assert client.predict("#ff8800", api_name="/invert") == "#0077ff"


def test_dates_by_type_and_time_zone(client):
    assert client.predict("2024-01-01 00:00:00", api_name="/to_tokyo") == "2024-01-01 09:00:00"
    assert client.predict("2024-05-06", api_name="/day") == "2024-05-06"
    start = dt.datetime.now(dt.timezone.utc).timestamp()
    shown = client.predict("now - 1h", api_name="/to_tokyo")
    stamp = dt.datetime.strptime(shown, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.timezone(dt.timedelta(hours=9))).timestamp()
    assert abs(stamp - (start - 3600)) < 120
    with pytest.raises(AppError, match="DateTime 'When': '01/01/2024' is not a date in the form YYYY-MM-DD HH:MM:SS"):
        client.predict("01/01/2024", api_name="/to_tokyo")


def test_highlighted_text_in_and_out(client):
    assert client.predict("I love Paris!", api_name="/tag") == [
        {"token": "I love ", "class_or_confidence": None}, {"token": "Paris", "class_or_confidence": "LOC"},
        {"token": "!", "class_or_confidence": None}]
    sent = [{"token": "Ada", "class_or_confidence": "PER"}, {"token": " was ", "class_or_confidence": None},
            {"token": "good", "class_or_confidence": 0.75}]
    assert client.predict(sent, api_name="/count") == "3 tokens, 2 labelled: Ada=PER, good=0.75"
    with pytest.raises(AppError, match="HighlightedText 'Tokens'"):
        client.predict([{"class_or_confidence": "PER"}], api_name="/count")


def test_annotated_image_masks_are_downloaded_as_png_files(client):
    result = client.predict(10, api_name="/detect")
    base = Image.open(result["image"])
    assert base.size == (60, 40) and base.format == "WEBP"  # encoded in `format` for the client
    box, corner = result["annotations"]
    assert (box["label"], corner["label"]) == ("box", "corner")
    box_mask = Image.open(box["image"])
    assert box_mask.format == "PNG" and box_mask.mode == "RGBA"
    assert box_mask.getpixel((5, 5)) == (0, 255, 0, 255) and box_mask.getpixel((10, 10)) == (0, 255, 0, 127)
    assert Image.open(corner["image"]).getpixel((0, 0)) == (255, 0, 0, 255)
