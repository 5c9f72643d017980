"""gr.Group: children joined without gaps or padding."""

from __future__ import annotations

from typing_extensions import Unpack

from ..block import BlockContext, BlockProps
from ..component_meta import ComponentMeta

__all__ = ["Group"]


class Group(BlockContext, metaclass=ComponentMeta):
    """Children shown as one joined panel."""

    VIEW = "group"

    def __init__(
        self,
        **props: Unpack[BlockProps],
    ):
        props.setdefault("preserved_by_key", None)
        super().__init__(**props)
