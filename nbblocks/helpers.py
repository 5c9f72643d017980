"""Gradio's ``gradio.helpers`` import path for ``Examples`` (defined in ``nbblocks.examples``)."""

from __future__ import annotations

from .examples import Examples

__all__ = ["Examples"]
