"""The first display of an app in a kernel: the display stack is imported while the
kernel waits after ``import nbblocks`` (not by the import, not outside a kernel, and not
while a cell runs), a block model is made without a class of its own, and the models are
anywidget's without importing anywidget."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from support.kernels import running_kernel

DISPLAY_STACK = ("ipywidgets", "nbblocks.app_runtime", "nbblocks.widgets.app_view", "nbblocks.data_classes")


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
    # ...which is imported once that cell has finished, in a thread of its own, one step
    # at a time between cells (it waits while one runs, so a cell cannot join it): each
    # pause between these cells lets at least one step start.
    alive = "import threading\nprint(any(t.name == 'nbblocks-warm-up' for t in threading.enumerate()))"
    for _ in range(100):
        if _run(kernel, alive).strip() == "False":
            break
    assert _run(kernel, loaded).strip() == str(sorted(DISPLAY_STACK))


def test_outside_a_kernel_import_nbblocks_starts_nothing() -> None:
    code = (
        "import sys, threading, nbblocks\n"
        f"assert not [m for m in {DISPLAY_STACK!r} if m in sys.modules], 'display stack imported'\n"
        "assert not [t for t in threading.enumerate() if t.name == 'nbblocks-warm-up']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_block_model_keeps_its_class() -> None:
    """anywidget adds ``_anywidget_id`` per model (a new class each); the base declares it."""
    from nbblocks.widgets.model import BlockWidget

    widgets = [BlockWidget(lock=threading.RLock()) for _ in range(2)]
    try:
        assert {type(w) for w in widgets} == {BlockWidget}
        assert widgets[0].get_state()["_anywidget_id"] == "nbblocks.widgets.model.BlockWidget"
    finally:
        for widget in widgets:
            widget.close()


def test_the_warm_up_steps_aside_while_a_cell_runs() -> None:
    """A cell that starts during the warm-up finds the step under way finished and no new
    one started until the cell has finished (IPython's execution events, real ones)."""
    from types import SimpleNamespace

    from IPython.core.events import EventManager, available_events

    import nbblocks

    events = EventManager(None, available_events)  # type: ignore[arg-type]  # no shell needed
    shell = SimpleNamespace(events=events, kernel=object())
    ran: list[str] = []
    gate = threading.Event()

    def first() -> None:
        gate.wait()
        ran.append("first")

    warm_up = nbblocks._warm_up_in_kernel(shell, (first, lambda: ran.append("second")), enough=lambda: False)
    assert warm_up is not None
    events.trigger("pre_execute")  # the importing cell
    events.trigger("post_execute")
    events.trigger("post_run_cell", None)  # ...has finished: the warm-up starts
    events.trigger("pre_execute")  # the next cell starts during the first step
    gate.set()
    assert warm_up.paused.wait(60), "the warm-up did not stop for the running cell"
    assert ran == ["first"]
    events.trigger("post_execute")  # the cell has finished
    warm_up.thread.join(60)
    assert ran == ["first", "second"]
    # done: it left IPython's events as it found them
    assert warm_up.idle.set not in events.callbacks["post_execute"]
    assert warm_up.idle.clear not in events.callbacks["pre_execute"]
    assert warm_up.start not in events.callbacks["post_run_cell"]


def test_the_warm_up_stops_once_an_app_was_shown() -> None:
    """What is left once a cell showed an app (the data models) is not imported beside
    the app's first events."""
    from types import SimpleNamespace

    from IPython.core.events import EventManager, available_events

    import nbblocks

    events = EventManager(None, available_events)  # type: ignore[arg-type]  # no shell needed
    ran: list[str] = []
    shown = threading.Event()
    gate = threading.Event()

    def first() -> None:
        gate.wait()
        ran.append("first")

    warm_up = nbblocks._warm_up_in_kernel(
        SimpleNamespace(events=events, kernel=object()), (first, lambda: ran.append("second")), enough=shown.is_set
    )
    assert warm_up is not None
    events.trigger("post_run_cell", None)
    events.trigger("pre_execute")  # a cell that shows an app
    gate.set()
    assert warm_up.paused.wait(60)
    shown.set()
    events.trigger("post_execute")
    warm_up.thread.join(60)
    assert not warm_up.thread.is_alive()
    assert ran == ["first"]
    # in a kernel, an app shown is the page runtime model made
    from nbblocks.widgets import runtime_model

    assert nbblocks._an_app_was_shown() is (runtime_model._current is not None)


def test_models_are_anywidget_models_without_importing_anywidget() -> None:
    """The state a page gets names anywidget's front end exactly as ``anywidget.AnyWidget``
    does, and showing an app's models imports neither anywidget nor what it brings."""
    code = (
        "import sys, threading\n"
        "from nbblocks.widgets.model import BlockWidget\n"
        "from nbblocks.widgets.runtime_model import PageRuntime\n"
        "ours = [BlockWidget(lock=threading.RLock()), PageRuntime()]\n"
        "states = [w.get_state() for w in ours]\n"
        "assert 'anywidget' not in sys.modules and 'psygnal' not in sys.modules, 'anywidget imported'\n"
        "import anywidget, traitlets\n"
        "class Theirs(anywidget.AnyWidget):\n"
        "    _esm = traitlets.Unicode('').tag(sync=True)\n"
        "theirs = Theirs().get_state()\n"
        "for widget, state in zip(ours, states):\n"
        "    assert set(theirs) <= set(state), set(theirs) - set(state)\n"
        "    for key in ('_model_name', '_model_module', '_model_module_version', '_view_name', '_view_module', '_view_module_version'):\n"
        "        assert state[key] == theirs[key], (key, state[key], theirs[key])\n"
        "    assert state['_anywidget_id'] == f'{type(widget).__module__}.{type(widget).__name__}'\n"
        "assert theirs['_anywidget_id'] == '__main__.Theirs'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    ("version", "expected"), [("0.11.0", "~0.11.*"), ("1.2.3", "~1.2.*"), ("0.12.0a1", "0.12.0a1"), ("0.12.0b2", "0.12.0b2")]
)
def test_the_front_end_version_is_anywidgets(version: str, expected: str) -> None:
    from anywidget._version import get_semver_version

    from nbblocks.widgets.anymodel import _semver

    assert _semver(version) == expected == get_semver_version(version)


def test_an_app_shown_in_a_kernel_gets_ready_for_its_first_event(kernel: Any) -> None:
    """While the page draws the app, a thread starts the engine's loop and a worker and
    reads what the first event needs; the event itself is unchanged."""
    _run(kernel, "import nbblocks as gr\nwith gr.Blocks() as demo:\n    a = gr.Textbox()\n    b = gr.Textbox()\n"
                 "    a.submit(lambda s: s.upper(), a, b)\ndemo")
    names = _run(kernel, "import threading\nfor t in threading.enumerate():\n    if t.name == 'nbblocks-prepare': t.join()\n"
                         "print(sorted({t.name for t in threading.enumerate() if t.name.startswith('nbblocks-')}))")
    assert "nbblocks-engine" in names and "nbblocks-worker-hand-0" in names, names
    ready = _run(kernel, "dep = demo.dependencies[0]\nprint(dep.id in demo.engine._signatures, demo._files is not None)")
    assert ready.split() == ["True", "True"]


def test_prepare_is_what_a_first_event_would_make() -> None:
    """``Engine.prepare`` makes what the first event makes on its own; the event then runs
    as before."""
    import nbblocks as gr
    from nbblocks.engine import loop
    from nbblocks.testing import Frontend

    with gr.Blocks() as demo:
        a = gr.Textbox()
        b = gr.Textbox()
        a.submit(lambda s: s.upper(), a, b)
    try:
        demo.engine.prepare()
        assert demo.dependencies[0].id in demo.engine._signatures
        assert demo._files is not None
        assert loop._hands._threads and not loop.get_loop().is_closed()
        ui = Frontend(demo)
        ui.set(a, "hi")
        ui.trigger(a, "submit")
        assert ui.value(b) == "HI"
    finally:
        demo.close()
