"""gr.Label: a class label, optionally with confidences for the top classes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..data_classes import GradioModel
from ..events import Events
from ..exceptions import Error
from .base import Component, ComponentProps, component_name

__all__ = ["Label"]


class LabelConfidence(GradioModel):
    label: str | int | float | None = None
    confidence: float | None = None


class LabelData(GradioModel):
    label: str | int | float | None = None
    confidences: list[LabelConfidence] | None = None


class Label(Component):
    """Shows a label, or ``{label: confidence}`` as bars (``num_top_classes`` of them)."""

    EVENTS = [Events.change, Events.select]
    VIEW = "label"
    data_model = LabelData

    def __init__(
        self,
        value: dict[str, float] | str | float | Callable[..., Any] | None = None,
        *,
        num_top_classes: int | None = None,
        color: str | None = None,
        show_heading: bool = True,
        **props: Unpack[ComponentProps],
    ):
        self.num_top_classes = num_top_classes
        self.color = color
        self.show_heading = show_heading
        super().__init__(value, **props)

    def preprocess(self, payload: LabelData | None) -> dict[str, float | None] | str | int | float | None:
        """Passes ``{label: confidence}`` when there are confidences, else the label."""
        if payload is None:
            return None
        if payload.confidences is None:
            return payload.label
        return {str(c.label): c.confidence for c in payload.confidences}

    def api_default(self) -> Any:
        """As Gradio's ``/config``: an empty label is ``{}`` there."""
        return {} if self.value is None else self.value

    def postprocess(self, value: Any) -> LabelData | None:
        if value is None or value == {}:
            return None
        if isinstance(value, LabelData):
            return value
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            return LabelData(label=str(value))
        if isinstance(value, dict):
            if "confidences" in value and isinstance(value["confidences"], list):
                return LabelData.model_validate(value)
            try:
                pairs = sorted(((k, float(v)) for k, v in value.items()), key=lambda kv: kv[1], reverse=True)
            except (TypeError, ValueError):
                raise Error(f"{component_name(self)}: a dict value must map labels to numbers") from None
            top = pairs if self.num_top_classes is None else pairs[: self.num_top_classes]
            return LabelData(
                label=pairs[0][0],
                confidences=[LabelConfidence(label=k, confidence=v) for k, v in top],
            )
        raise Error(
            f"{component_name(self)}: expected a str, a number or a dict of confidences, got {type(value).__name__}"
        )

    def example_payload(self) -> Any:
        return {"label": "Cat", "confidences": [{"label": "cat", "confidence": 0.9}, {"label": "dog", "confidence": 0.1}]}

    def example_value(self) -> Any:
        return {"cat": 0.9, "dog": 0.1}

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {"num_top_classes": self.num_top_classes, "color": self.color, "show_heading": self.show_heading}
