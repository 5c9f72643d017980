"""gr.Matrix: a Dataframe that passes a list of rows."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from .dataframe import Dataframe, DataframeProps

__all__ = ["Matrix"]


class Matrix(Dataframe):
    """Gradio's ``"matrix"`` template: ``type="array"``, one row to start."""

    def __init__(self, value: Any = None, **props: Unpack[DataframeProps]):
        props.setdefault("type", "array")
        props.setdefault("row_count", 1)
        super().__init__(value, **props)
