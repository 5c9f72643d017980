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
    except Exception:
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
    except Exception:
        return {}
    return parent if isinstance(parent, dict) else {}


def current_cell_id() -> str | None:
    """The id of the notebook cell being executed (JupyterLab sends it), if any."""
    return _parent_message().get("metadata", {}).get("cellId")


def current_execution_id() -> str | None:
    """The message id of the running execution: one per run of a cell."""
    return _parent_message().get("header", {}).get("msg_id")
