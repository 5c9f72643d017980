"""gr.Numpy: a Dataframe that passes a numpy array."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from .dataframe import Dataframe, DataframeProps

__all__ = ["Numpy"]


class Numpy(Dataframe):
    """Gradio's ``"numpy"`` template: ``type="numpy"``, one row to start."""

    def __init__(self, value: Any = None, **props: Unpack[DataframeProps]):
        props.setdefault("type", "numpy")
        props.setdefault("row_count", 1)
        super().__init__(value, **props)
