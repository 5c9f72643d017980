"""gr.List: a one-column Dataframe that passes a list of rows."""

from __future__ import annotations

from typing import Any

from typing_extensions import Unpack

from .dataframe import Dataframe, DataframeProps

__all__ = ["List"]


class List(Dataframe):
    """Gradio's ``"list"`` template: ``type="array"``, one row and one column to start.

    Differs from Gradio 6.31, whose List shows three columns (its ``col_count=1`` is
    ignored): here it has the one column its description promises."""

    def __init__(self, value: Any = None, **props: Unpack[DataframeProps]):
        props.setdefault("type", "array")
        props.setdefault("row_count", 1)
        if "column_count" not in props and not props.get("headers"):
            props["column_count"] = 1
        super().__init__(value, **props)
