"""The first display of an app in a kernel: the display stack is imported while the
kernel waits after ``import nbblocks`` (not by the import, not outside a kernel), and a
block model is made without a class of its own."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from support.kernels import running_kernel

DISPLAY_STACK = ("anywidget", "ipywidgets", "nbblocks.app_runtime", "nbblocks.widgets.app_view", "nbblocks.data_classes")


@pytest.fixture
def kernel() -> Iterator[Any]:
    with running_kernel() as kc:
        yield kc


def _run(kc: Any, code: str) -> str:
    reply = kc.execute_interactive(code, timeout=300, output_hook=_collect.hook)
    assert reply["content"]["status"] == "ok", _collect.text
    return _collect.take()


class _Output:
    def __init__(self) -> None:
        self.text = ""

    def hook(self, msg: dict[str, Any]) -> None:
        if msg["msg_type"] == "stream":
            self.text += msg["content"]["text"]
        elif msg["msg_type"] == "error":
            self.text += "\n".join(msg["content"]["traceback"])

    def take(self) -> str:
        text, self.text = self.text, ""
        return text


_collect = _Output()


def test_the_display_stack_is_imported_after_the_import_cell(kernel: Any) -> None:
    loaded = f"import sys\nprint(sorted(m for m in {DISPLAY_STACK!r} if m in sys.modules))"
    # The cell that imports nbblocks does not pay for the display stack...
    assert _run(kernel, "import nbblocks as gr\n" + loaded).strip() == "[]"
    # ...which is imported once that cell has finished, in a thread of its own.
    _run(kernel, "import threading\nfor t in threading.enumerate():\n    if t.name == 'nbblocks-warm-up': t.join()")
    assert _run(kernel, loaded).strip() == str(sorted(DISPLAY_STACK))


def test_outside_a_kernel_import_nbblocks_starts_nothing() -> None:
    code = (
        "import sys, threading, nbblocks\n"
        f"assert not [m for m in {DISPLAY_STACK!r} if m in sys.modules], 'display stack imported'\n"
        "assert not [t for t in threading.enumerate() if t.name == 'nbblocks-warm-up']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_block_model_keeps_its_class() -> None:
    """anywidget adds ``_anywidget_id`` per model (a new class each); the class declares it."""
    from nbblocks.widgets.model import BlockWidget

    widgets = [BlockWidget(lock=threading.RLock()) for _ in range(2)]
    try:
        assert {type(w) for w in widgets} == {BlockWidget}
        assert widgets[0].get_state()["_anywidget_id"] == "nbblocks.widgets.model.BlockWidget"
    finally:
        for widget in widgets:
            widget.close()
