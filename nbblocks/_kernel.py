"""What we need to know about the IPython kernel we may be running in, without importing it."""

from __future__ import annotations

import sys
from typing import Any


def ipython_shell() -> Any | None:
    """The running IPython shell, or None (scripts, pytest)."""
    mod = sys.modules.get("IPython")
    if mod is None:
        return None
    try:
        return mod.get_ipython()
    except AttributeError:  # an "IPython" module without get_ipython (a stub, a partial import)
        return None


def in_kernel() -> bool:
    shell = ipython_shell()
    return shell is not None and getattr(shell, "kernel", None) is not None


def _parent_message() -> dict[str, Any]:
    """The request the kernel is executing now (an ``execute_request``), or {}."""
    shell = ipython_shell()
    kernel = getattr(shell, "kernel", None)
    if kernel is None:
        return {}
    try:
        parent = kernel.get_parent("shell")
    except TypeError:
        parent = kernel.get_parent()
    except AttributeError:  # a kernel without get_parent (ipykernel < 6, other kernels)
        return {}
    return parent if isinstance(parent, dict) else {}


def current_cell_id() -> str | None:
    """The id of the notebook cell being executed (JupyterLab sends it), if any."""
    cell_id = _parent_message().get("metadata", {}).get("cellId")
    return cell_id if isinstance(cell_id, str) else None


def current_execution_id() -> str | None:
    """The message id of the running execution: one per run of a cell."""
    msg_id = _parent_message().get("header", {}).get("msg_id")
    return msg_id if isinstance(msg_id, str) else None


def cell_from_notebook_page() -> bool:
    """Whether the running cell was sent by a JupyterLab-family notebook page (JupyterLab,
    Notebook 7), which draws the widgets it displays: its execute requests carry the
    ``deletedCells`` list of the notebook model; nbclient, nbconvert, papermill and nbval
    send none. Used to move work the page does not need yet (the saved-notebook
    snapshot) after the page has drawn the app."""
    metadata = _parent_message().get("metadata")
    return isinstance(metadata, dict) and "deletedCells" in metadata
