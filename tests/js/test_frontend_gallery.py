"""Renders every built-in view in one app and saves screenshots (light and dark
JupyterLab themes, and a page without JupyterLab variables) to tests/artifacts/."""

from __future__ import annotations

import pytest

from frontend_harness import at_rest, kernel_send, mount, open_harness

CHOICES = [["GPT-like", "gpt"], ["Diffusion", "diffusion"], ["Classifier", "clf"]]
MARKDOWN = """## nbblocks gallery
Every built-in view of the front end, drawn by the shared runtime. **Bold**, `code` and a
[link](https://www.gradio.app)."""
DETAILS = """| Column | Meaning |
|---|---|
| `value` | the component's value |
| `props` | display props |

```python
demo.launch()
```"""


def gallery_spec() -> dict:
    def status(state: str, mode: str = "full", message: str | None = None, progress=None) -> dict:
        return {"state": state, "show_progress": mode, "message": message, "progress": progress, "queue_position": None}

    return {"view": "blocks", "key": "app", "props": {"elem_id": "gallery"}, "children": [
        {"view": "markdown", "value": MARKDOWN},
        {"view": "row", "children": [
            {"view": "column", "children": [
                {"view": "textbox", "props": {"label": "Name", "placeholder": "Type your name", "info": "As on your badge"}},
                {"view": "textbox", "value": "Hello!\nThis box grows with its text.",
                 "props": {"label": "Message", "lines": 3, "buttons": ["copy"]}},
                {"view": "textbox", "value": "secret", "props": {"label": "Password", "type": "password", "submit_btn": True}},
                {"view": "number", "value": 42, "props": {"label": "Age", "minimum": 0}},
                {"view": "slider", "value": 0.7, "props": {"label": "Temperature", "minimum": 0, "maximum": 1,
                                                           "step": 0.1, "show_reset_button": True}},
            ]},
            {"view": "column", "children": [
                {"view": "dropdown", "key": "dd", "value": "diffusion", "props": {"label": "Model", "choices": CHOICES}},
                {"view": "dropdown", "value": ["gpt", "clf"],
                 "props": {"label": "Ensemble", "multiselect": True, "choices": CHOICES, "info": "Pick up to three"}},
                {"view": "radio", "value": "m", "props": {"label": "Size", "choices": [["Small", "s"], ["Medium", "m"], ["Large", "l"]]}},
                {"view": "checkboxgroup", "value": ["cheese", "olives"],
                 "props": {"label": "Toppings", "choices": [["Cheese", "cheese"], ["Olives", "olives"], ["Basil", "basil"]]}},
                {"view": "checkbox", "value": True, "props": {"label": "I agree to the terms", "info": "Required to continue"}},
            ]},
        ]},
        {"view": "row", "children": [
            {"view": "button", "value": "Submit", "props": {"variant": "primary"}},
            {"view": "button", "value": "Clear", "props": {"variant": "secondary"}},
            {"view": "button", "value": "Stop", "props": {"variant": "stop"}},
            {"view": "button", "value": "Hugging Face", "props": {"variant": "huggingface"}},
            {"view": "button", "value": "Disabled", "props": {"interactive": False}},
            {"view": "button", "value": "Small", "props": {"size": "sm", "scale": 0}},
        ]},
        {"view": "tabs", "children": [
            {"view": "tab", "props": {"label": "Outputs"}, "children": [
                {"view": "row", "children": [
                    {"view": "label", "value": {"label": "tabby cat", "confidences": [
                        {"label": "tabby cat", "confidence": 0.82}, {"label": "tiger cat", "confidence": 0.12},
                        {"label": "lynx", "confidence": 0.04}]}, "props": {"label": "Prediction"}},
                    {"view": "json", "value": {"model": "resnet50", "top_k": 3, "normalize": True, "labels": ["tabby cat", "tiger cat"],
                                               "meta": {"device": None, "time_ms": 12.5}}, "props": {"label": "Raw output"}},
                ]},
            ]},
            {"view": "tab", "props": {"label": "HTML"}, "children": [
                {"view": "html", "value": "<p>Some <em>HTML</em> content.</p>"}]},
            {"view": "tab", "props": {"label": "Hidden tab", "visible": False}},
            {"view": "tab", "props": {"label": "Disabled", "interactive": False}},
        ]},
        {"view": "accordion", "props": {"label": "Details", "open": True}, "children": [
            {"view": "markdown", "value": DETAILS}]},
        {"view": "row", "props": {"variant": "panel"}, "children": [
            {"view": "textbox", "value": "Generating…", "props": {"label": "Pending (full)"},
             "status": status("pending", progress=[{"progress": 0.4, "index": 4, "length": 10, "unit": "steps", "desc": "Denoising"}])},
            {"view": "number", "value": 1, "props": {"label": "Errored"}, "status": status("error", message="ValueError: x must be positive")},
            {"view": "textbox", "value": "Working", "props": {"label": "Pending (minimal)"}, "status": status("pending", "minimal")},
        ]},
        {"view": "group", "children": [
            {"view": "textbox", "props": {"label": "First name"}},
            {"view": "textbox", "props": {"label": "Last name"}},
        ]},
    ]}


@pytest.mark.parametrize("theme", ["light", "dark", "none"])
def test_gallery_screenshot(browser, server_url, artifacts, theme):
    page = open_harness(browser, server_url, theme=theme, width=1100, height=900)
    mount(page, gallery_spec())
    kernel_send(page, "app", {"type": "toast", "level": "info", "title": "Info", "message": "Model loaded.", "duration": None})
    kernel_send(page, "app", {"type": "toast", "level": "error", "title": "Error",
                              "message": "Something went wrong in predict().", "duration": None})
    toasts = '[data-nbblocks-part="toast"]'
    page.wait_for_function("(toasts) => document.querySelectorAll(toasts).length === 2", arg=toasts)
    at_rest(page, toasts)
    assert page.locator("[data-nbblocks-view]").count() > 30
    page.screenshot(path=str(artifacts / f"gallery-{theme}.png"), full_page=True)
    # The last toast first: closing one removes it (150 ms later), which would renumber the rest.
    for close in reversed(page.locator('[data-nbblocks-part="toast-close"]').all()):
        close.click()
    page.wait_for_function("(toasts) => document.querySelectorAll(toasts).length === 0", arg=toasts)
    page.click('[data-nbblocks-view="dropdown"] [data-nbblocks-part="input"] >> nth=0')
    page.locator('[data-nbblocks-view="dropdown"] [data-nbblocks-part="options"]').first.wait_for(state="visible")
    at_rest(page, '[data-nbblocks-view="dropdown"]')
    page.screenshot(path=str(artifacts / f"gallery-{theme}-dropdown.png"),
                    clip={"x": 0, "y": 0, "width": 1100, "height": 700})
    errors = list(page.js_errors)
    page.context.close()
    assert not errors
