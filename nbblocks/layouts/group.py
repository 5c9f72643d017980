"""gr.Group: children joined without gaps or padding."""

from __future__ import annotations

from ..block import BlockContext
from ..component_meta import ComponentMeta


class Group(BlockContext, metaclass=ComponentMeta):
    """Children shown as one joined panel."""

    VIEW = "group"

    def __init__(
        self,
        *,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple | None = None,
        preserved_by_key: list[str] | str | None = None,
    ):
        super().__init__(visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, key=key, preserved_by_key=preserved_by_key)
