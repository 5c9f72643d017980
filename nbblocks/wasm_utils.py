"""Gradio's ``wasm_utils``: nbblocks never runs in a browser's Python (Pyodide)."""

from __future__ import annotations

__all__ = ["IS_WASM", "WasmUnsupportedError"]

#: Backends branch on this to avoid threads, sockets and subprocesses under Pyodide.
IS_WASM = False


class WasmUnsupportedError(Exception):
    """Raised by code paths that cannot run under Pyodide (never, here)."""
