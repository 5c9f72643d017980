"""gr.ParamViewer: a table of parameters (name, type, default), each of which opens to its
description; for documenting a function, a model's settings or a custom component."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal, TypedDict

from typing_extensions import Unpack

from ..data_classes import GradioRootModel
from ..events import Events
from ..exceptions import Error
from .base import Component, ComponentProps, component_name
from .json_component import to_jsonable

__all__ = ["ParamViewer"]


class Parameter(TypedDict):
    """One parameter: ``type`` and ``default`` are shown as code, ``description`` as
    Markdown (links work). Other JSON values (``"default": 0``) pass as they are, as in
    Gradio, and the page shows them as code."""

    type: str
    description: str
    default: str | None


class ParamViewerData(GradioRootModel):
    root: dict[str, dict[str, Any]] | None = None


class ParamViewer(Component):
    """Shows ``{name: {"type", "description", "default"}}`` as a list that opens per row
    (the header's button opens or closes them all)."""

    EVENTS = [Events.change, Events.upload]
    VIEW = "paramviewer"
    data_model = ParamViewerData

    def __init__(
        self,
        value: Mapping[str, Parameter] | Callable[..., Any] | None = None,
        *,
        language: Literal["python", "typescript"] = "python",
        linkify: list[str] | None = None,
        header: str | None = "Parameters",
        anchor_links: bool | str = False,
        max_height: int | str | None = None,
        **props: Unpack[ComponentProps],
    ):
        if language not in ("python", "typescript"):
            raise ValueError(f"ParamViewer: language must be 'python' or 'typescript', not {language!r}")
        self.language = language
        self.linkify = list(linkify) if linkify is not None else None
        self.header = header
        self.anchor_links = anchor_links
        self.max_height = max_height
        super().__init__(value, **props)

    def preprocess(self, payload: ParamViewerData | None) -> dict[str, dict[str, Any]] | None:
        """Passes the parameters as they are shown: ``{name: {type, description, default}}``."""
        return None if payload is None else payload.root

    def postprocess(self, value: Mapping[str, Any] | None) -> ParamViewerData | None:
        if value is None:
            return None
        owner = component_name(self)
        if not isinstance(value, Mapping):
            raise Error(f"{owner}: the value must be a dict of parameters, not {type(value).__name__}")
        rows: dict[str, dict[str, Any]] = {}
        for name, about in value.items():
            if not isinstance(about, Mapping):
                kind = type(about).__name__
                raise Error(f"{owner}: parameter {name!r} must be a dict with 'type', 'description' and 'default', not {kind}")
            rows[str(name)] = to_jsonable(dict(about), owner)
        return ParamViewerData(rows)

    def api_info(self) -> dict[str, Any]:
        return {"type": {}, "description": "any valid json"}

    def example_payload(self) -> Any:
        return {"array": {"type": "numpy", "description": "any valid json", "default": "None"}}

    def example_value(self) -> Any:
        return self.example_payload()

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "language": self.language, "linkify": self.linkify, "header": self.header,
            "anchor_links": self.anchor_links, "max_height": self.max_height,
        }

