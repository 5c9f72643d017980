"""gr.JSON: any JSON-serialisable value shown as a collapsible tree."""

from __future__ import annotations

import json
import math
from typing import Any

from typing_extensions import Unpack

from ..data_classes import GradioRootModel
from ..events import Events
from ..exceptions import Error
from .base import Component, ComponentProps, component_name

__all__ = ["JSON"]


class JsonData(GradioRootModel):
    root: Any = None


def to_jsonable(value: Any, owner: str) -> Any:
    """Plain JSON types; numpy scalars and arrays become numbers and lists; NaN becomes null."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {str(k): to_jsonable(v, owner) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [to_jsonable(v, owner) for v in value]
    tolist = getattr(value, "tolist", None)  # numpy arrays and scalars, without importing numpy
    if callable(tolist):
        return to_jsonable(tolist(), owner)
    model_dump = getattr(value, "model_dump", None)
    if callable(model_dump):
        return to_jsonable(model_dump(mode="json"), owner)
    raise Error(f"{owner}: {type(value).__name__} is not JSON-serialisable")


class JSON(Component):
    """Shows a dict/list (or a JSON string, which is parsed)."""

    EVENTS = [Events.change]
    VIEW = "json"
    data_model = JsonData

    def __init__(
        self,
        value: Any = None,
        *,
        open: bool = False,
        show_indices: bool = False,
        height: int | str | None = None,
        max_height: int | str | None = 500,
        min_height: int | str | None = None,
        **props: Unpack[ComponentProps],
    ):
        self.open = open
        self.show_indices = show_indices
        self.height = height
        self.max_height = max_height
        self.min_height = min_height
        super().__init__(value, **props)

    def preprocess(self, payload: JsonData | None) -> Any:
        """Passes the parsed JSON (dict, list, number, ...)."""
        return None if payload is None else payload.root

    def postprocess(self, value: Any) -> JsonData | None:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise Error(f"{component_name(self)}: the string is not valid JSON ({exc.msg})") from None
        return JsonData(to_jsonable(value, component_name(self)))

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"foo": "bar"}

    def example_value(self) -> Any:
        return {"foo": "bar"}

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "open": self.open, "show_indices": self.show_indices, "height": self.height,
            "max_height": self.max_height, "min_height": self.min_height,
        }
