"""A component is declared once, in its own class: this module adds one (a Python class with
an inline view and a file picker) without touching any table of nbblocks, and the app, the
widget models and the headless front end take it as they take a built-in one.

The same component rendered in JupyterLab, with a file picked in the page:
``tests/browser/test_custom_component_lab.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, List

import pytest

import nbblocks as gr
from nbblocks.components import Component, Uploads
from nbblocks.data_classes import FileData, GradioRootModel
from nbblocks.events import Events
from nbblocks.testing import Frontend, FrontendError

#: The view: a file picker that adds files to the list, a clear button, a "stamp" button.
STAMPS_VIEW = """
export default {
  render(ctx) {
    const list = ctx.h("ol", { dataset: { nbblocksPart: "stamps" } });
    const picker = ctx.h("input", { type: "file", multiple: true, dataset: { nbblocksPart: "file-input" } });
    const clear = ctx.h("button", { dataset: { nbblocksPart: "clear" }, text: "Clear" });
    const stamp = ctx.h("button", { dataset: { nbblocksPart: "stamp" }, text: "Stamp" });
    const draw = () => {
      list.replaceChildren(...(ctx.value() ?? []).map((f) => ctx.h("li", { text: f.orig_name })));
    };
    ctx.listen(picker, "change", async () => {
      const uploaded = await Promise.all([...picker.files].map((f) => ctx.upload(f)));
      ctx.setValue([...(ctx.value() ?? []), ...uploaded], { events: ["upload", "change"] });
      draw();
    });
    ctx.listen(clear, "click", () => { ctx.setValue([], { events: ["clear", "change"] }); draw(); });
    ctx.listen(stamp, "click", () => ctx.dispatch("stamp", { count: (ctx.value() ?? []).length }));
    ctx.on("value", draw);
    draw();
    ctx.el.append(picker, list, clear, stamp);
  },
};
"""


class StampFiles(GradioRootModel):
    root: List[FileData]


def _add(current: Any, files: list[dict[str, Any]], props: dict[str, Any]) -> list[Any]:
    return [*(current or []), *files]


class Stamps(Component):
    """Files stamped one after the other; declared once, here."""

    EVENTS = [Events.upload, Events.change, Events.clear, "stamp"]
    data_model = StampFiles
    _esm = STAMPS_VIEW
    UPLOADS = Uploads(value=_add, events=("upload", "change"), single=lambda props: False,
                      cleared=[], clear_events=("clear", "change"))

    def preprocess(self, payload: StampFiles | None) -> list[str]:
        return [] if payload is None else [f.path for f in payload.root]

    def postprocess(self, value: list[str] | None) -> StampFiles:
        return StampFiles([FileData(path=str(p)) for p in value or []])

    def example_payload(self) -> Any:
        return []

    def example_value(self) -> Any:
        return []


def stamps_app() -> tuple[gr.Blocks, Stamps, gr.Textbox]:
    with gr.Blocks() as demo:
        stamps = Stamps(label="Stamps")
        log = gr.Textbox(label="Log")
        stamps.upload(lambda paths: "uploaded " + ", ".join(Path(p).read_text() for p in paths), stamps, log)
        stamps.clear(lambda: "cleared", None, log)

        @stamps.stamp(outputs=log)
        def stamped(evt: gr.EventData) -> str:
            return f"stamped {evt._data['count']}"

    return demo, stamps, log


def test_a_component_defined_here_renders_takes_uploads_and_fires_its_events():
    demo, stamps, log = stamps_app()
    ui = Frontend(demo)

    # It is a model of the app with its own view and only the events that have listeners.
    widget = demo.view().widgets[stamps._id]
    assert widget.view == "custom" and widget.props["name"] == "stamps" and widget.props["label"] == "Stamps"
    assert sorted(widget.events) == ["clear", "stamp", "upload"]
    assert ui.view_source(stamps) == (STAMPS_VIEW, "")  # the page asks for its view by id, as for a built-in one

    # Uploads follow its declaration: files are added to the list, "upload" and "change" fire.
    first = ui.upload(stamps, b"one", "one.txt")
    assert first["orig_name"] == "one.txt"
    ui.upload(stamps, [b"two", b"three"], "more.txt")
    assert [f["orig_name"] for f in ui.value(stamps)] == ["one.txt", "more.txt", "more.txt"]
    assert ui.value(log) == "uploaded one, two, three"

    ui.trigger(stamps, "stamp", {"count": 3})
    assert ui.value(log) == "stamped 3"

    ui.clear(stamps)
    assert ui.value(stamps) == [] and ui.value(log) == "cleared"
    demo.close()


def test_a_component_without_a_declared_picker_takes_no_upload():
    class Plain(Stamps):
        _esm = "export default { render(ctx) {} }"  # a view of its own, without a file picker

    with gr.Blocks() as demo:
        plain = Plain(label="Plain")
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="has no file picker"):
        ui.upload(plain, b"x", "x.txt")
    with pytest.raises(FrontendError, match="has no clear button"):
        ui.clear(plain)
    demo.close()
