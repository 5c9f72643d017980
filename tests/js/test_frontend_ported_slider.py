"""The image comparison slider ported in notebooks/custom_component.ipynb, in a real page."""

from __future__ import annotations

import json
from pathlib import Path

from frontend_harness import b64, mount
from support.images import png

NOTEBOOK = Path(__file__).resolve().parents[2] / "notebooks" / "custom_component.ipynb"


def _notebook_string(name: str) -> str:
    cells = json.loads(NOTEBOOK.read_text())["cells"]
    source = next("".join(c["source"]) for c in cells if f'{name} = """' in "".join(c["source"]))
    return source.split(f'{name} = """', 1)[1].split('"""', 1)[0]


def _png(colour: str) -> dict:
    url = "data:image/png;base64," + b64(png((40, 20), colour))
    return {"path": url, "url": url, "meta": {"_type": "gradio.FileData"}}


def test_the_ported_slider_draws_both_images_and_moves_its_divider(page):
    mount(page, {"view": "custom", "key": "s", "view_src": _notebook_string("SLIDER_VIEW"), "view_css": _notebook_string("SLIDER_CSS"),
                 "value": [_png("red"), _png("blue")], "events": ["upload", "change"],
                 "props": {"elem_id": "s", "position": 0.3, "slider_color": "rgb(225, 29, 72)", "interactive": False}})
    over = page.locator("#s img.over")
    page.wait_for_function("() => document.querySelector('#s img.over').complete && document.querySelector('#s img.over').naturalWidth === 40")
    assert over.evaluate("e => e.style.clipPath") == "inset(0px 0px 0px 30%)"
    assert page.locator("#s .divider").evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(225, 29, 72)"
    assert page.locator('#s [data-nbblocks-part="file-input"]').is_hidden()
    page.locator('#s [data-nbblocks-part="position"]').fill("75")
    assert over.evaluate("e => e.style.clipPath") == "inset(0px 0px 0px 75%)"
    assert page.locator("#s .over").evaluate("e => getComputedStyle(e).position") == "absolute"  # _css applied
