"""Snapshot outputs in a real kernel (nbclient): one per displayed app, refreshed after a
cell changed the app, and the two ways to turn them off; from a notebook page (a cell
whose execute request carries JupyterLab's metadata), the HTML after the page drew the
app."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient
from support.kernels import running_kernel

APP = '''
import nbblocks as gr
with gr.Blocks() as demo:
    box = gr.Textbox("first", label="Box")
'''


def _run(*cells: str) -> list[list[dict]]:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(c) for c in cells]
    NotebookClient(nb, timeout=600, kernel_name="python3").execute()
    return [c.outputs for c in nb.cells]


def _snapshots(outputs: list[dict]) -> list[str]:
    return [o["data"]["text/html"] for o in outputs if "nbb-snapshot" in o.get("data", {}).get("text/html", "")]


def test_snapshot_output_is_refreshed_and_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NBBLOCKS_SNAPSHOT", raising=False)
    shown, changed, quiet, closed = _run(
        APP + "demo",
        "from nbblocks.testing import Frontend\nFrontend(demo).set(box, 'second')",
        "with gr.Blocks() as other:\n    gr.Textbox('x')\nother.launch(snapshot=False)",
        "demo.close()\nprint('closed')",
    )
    html = _snapshots(shown)
    assert len(html) == 1 and "second" in html[0] and "first" not in html[0]  # refreshed by display id
    assert shown[-1]["data"]["text/plain"].startswith("Blocks(")  # the live output, unchanged
    assert _snapshots(changed) == []
    assert _snapshots(quiet) == [] and any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in quiet)
    assert [o.get("text", "").strip() for o in closed] == ["closed"]  # no refresh after close


def test_environment_variable_turns_snapshots_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NBBLOCKS_SNAPSHOT", "0")
    (shown,) = _run(APP + "demo")
    assert _snapshots(shown) == []
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in shown)


# -- a cell run from a notebook page ---------------------------------------------------------

_LAB_METADATA = {"deletedCells": [], "recordTiming": False, "cellId": "app-cell"}


def _execute(kc: Any, code: str, metadata: dict[str, Any]) -> tuple[str, list[dict[str, Any]]]:
    """Run ``code`` with the execute request's ``metadata`` (as JupyterLab sends it); the
    iopub messages of that request until the kernel is idle."""
    msg = kc.session.msg("execute_request", {
        "code": code, "silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": True,
    }, metadata=metadata)
    kc.shell_channel.send(msg)
    messages = []
    while True:
        reply = kc.get_iopub_msg(timeout=120)
        if reply["parent_header"].get("msg_id") != msg["header"]["msg_id"]:
            continue
        messages.append(reply)
        if reply["msg_type"] == "status" and reply["content"]["execution_state"] == "idle":
            return msg["header"]["msg_id"], messages


def _next_snapshot_update(kc: Any, display_id: str) -> str:
    """Wait for the ``update_display_data`` of ``display_id``; its HTML."""
    while True:
        reply = kc.get_iopub_msg(timeout=120)
        content = reply["content"]
        if reply["msg_type"] == "update_display_data" and content.get("transient", {}).get("display_id") == display_id:
            return str(content["data"]["text/html"])


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    monkeypatch.delenv("NBBLOCKS_SNAPSHOT", raising=False)
    with running_kernel() as kc:
        yield kc


def _shown(messages: list[dict[str, Any]]) -> tuple[dict[str, Any], str]:
    """The snapshot output (its content) and the live app's model id, from a display."""
    (placeholder,) = [m["content"] for m in messages if m["msg_type"] == "display_data"]
    (result,) = [m["content"] for m in messages if m["msg_type"] == "execute_result"]
    return placeholder, result["data"]["application/vnd.jupyter.widget-view+json"]["model_id"]


def test_from_a_notebook_page_the_html_follows_once_the_page_drew_the_app(kernel: Any) -> None:
    """JupyterLab typesets HTML outputs (loading MathJax on first use): while its page
    draws the app the snapshot output is an empty text, and the HTML replaces it by
    display id once the page says it drew the app."""
    kc = kernel
    _execute(kc, "import nbblocks.app_runtime.snapshots as s\ns.PAGE_WAIT = 600", {})
    _, messages = _execute(kc, APP + "demo", _LAB_METADATA)
    placeholder, model_id = _shown(messages)
    assert placeholder["data"] == {"text/plain": ""}
    display_id = placeholder["transient"]["display_id"]
    assert display_id.startswith("nbblocks-snapshot-")
    # The cell has ended and a later cell ran: still no HTML (the page has not drawn).
    _, later = _execute(kc, "1 + 1", _LAB_METADATA)
    assert not [m for m in messages + later if m["msg_type"] == "update_display_data"]
    kc.shell_channel.send(kc.session.msg("comm_msg", {
        "comm_id": model_id, "data": {"method": "custom", "content": {"type": "drawn"}},
    }))
    html = _next_snapshot_update(kc, display_id)
    assert "nbb-snapshot" in html and "first" in html


def test_from_a_notebook_page_that_never_draws_the_html_comes_after_page_wait(kernel: Any) -> None:
    kc = kernel
    _execute(kc, "import nbblocks.app_runtime.snapshots as s\ns.PAGE_WAIT = 0.2", {})
    _, messages = _execute(kc, APP + "demo", _LAB_METADATA)
    placeholder, _ = _shown(messages)
    assert placeholder["data"] == {"text/plain": ""}
    html = _next_snapshot_update(kc, placeholder["transient"]["display_id"])
    assert "nbb-snapshot" in html and "first" in html


def test_without_a_page_the_display_carries_the_html_at_once(kernel: Any) -> None:
    """nbclient, nbconvert and nbval send no page's metadata: the HTML is in the display
    itself (nbval compares it; it ignores outputs replaced by display id)."""
    _, messages = _execute(kernel, APP + "demo", {"cellId": "app-cell"})
    placeholder, _ = _shown(messages)
    assert "nbb-snapshot" in placeholder["data"]["text/html"]
