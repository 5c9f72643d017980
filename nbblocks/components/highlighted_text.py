"""gr.HighlightedText: text whose spans are coloured by a category or a score."""

from __future__ import annotations

import numbers
import operator
from collections.abc import Callable
from typing import Any

from typing_extensions import Unpack

from ..data_classes import GradioModel, GradioRootModel
from ..events import Events
from ..exceptions import Error
from ._buttons import check_buttons
from .base import Component, ComponentProps, component_name

__all__ = ["HighlightedText", "Highlight", "Highlightedtext"]


class HighlightedToken(GradioModel):
    token: str
    class_or_confidence: str | float | None = None


class HighlightedTextData(GradioRootModel):
    root: list[HighlightedToken]


class HighlightedText(Component):
    """Text as ``(token, label)`` pairs; a label is a category (``str``), a score
    (``float``, -1 to 1) or ``None``. Categories get colours (``color_map``, else Gradio's
    palette) and a legend; an interactive one lets the user label spans."""

    EVENTS = [Events.change, Events.select]
    VIEW = "highlightedtext"
    data_model = HighlightedTextData

    def __init__(
        self,
        value: list[tuple[str, str | float | None]] | dict[str, Any] | Callable[..., Any] | None = None,
        *,
        color_map: dict[str, str] | None = None,
        show_legend: bool = False,
        show_inline_category: bool = True,
        combine_adjacent: bool = False,
        adjacent_separator: str = "",
        show_whitespaces: bool = True,
        rtl: bool = False,
        buttons: list[Any] | None = None,
        **props: Unpack[ComponentProps],
    ):
        name = f"HighlightedText '{props['label']}'" if props.get("label") else "HighlightedText"
        if color_map is not None and not isinstance(color_map, dict):
            raise ValueError(f"{name}: color_map must be a dict of label -> colour, got {type(color_map).__name__}")
        self.color_map = color_map
        self.show_legend = show_legend
        self.show_inline_category = show_inline_category
        self.combine_adjacent = combine_adjacent
        self.adjacent_separator = adjacent_separator
        self.show_whitespaces = show_whitespaces
        self.rtl = rtl
        self.buttons = check_buttons(buttons, name, ())
        super().__init__(value, **props)

    def preprocess(self, payload: HighlightedTextData | None) -> list[dict[str, Any]] | None:
        """Passes ``[{"token": str, "class_or_confidence": str | float | None}, ...]`` (dicts,
        as Gradio does)."""
        if payload is None:
            return None
        return payload.model_dump()  # type: ignore[no-any-return]  # a root model dumps as its root: the list

    def postprocess(self, value: Any) -> HighlightedTextData | None:
        """Takes a list of ``(token, label)`` pairs (or of ``{"token", "class_or_confidence"}``
        dicts, as the input gives them), or ``{"text": ..., "entities": [{"entity" |
        "entity_group", "start", "end"}, ...]}`` (a model's NER output); the text between
        entities becomes tokens labelled ``None``."""
        if value is None:
            return None
        if isinstance(value, HighlightedTextData):
            return value
        pairs = self._pairs(value)
        if self.combine_adjacent:
            pairs = self._combined(pairs)
        tokens = []
        for index, (text, label) in enumerate(pairs):
            if not isinstance(text, str):
                raise Error(f"{component_name(self)}: token {index} must be a str, got {type(text).__name__}")
            if isinstance(label, numbers.Real):
                label = float(label)  # a score; numpy numbers too
            elif label is not None and not isinstance(label, str):
                raise Error(f"{component_name(self)}: the label of token {index} must be a str, a number or None, "
                            f"got {type(label).__name__}")
            token = text if self.show_whitespaces else text.strip()
            tokens.append(HighlightedToken(token=token, class_or_confidence=label))
        return HighlightedTextData(root=tokens)

    def _pairs(self, value: Any) -> list[tuple[Any, Any]]:
        owner = component_name(self)
        if isinstance(value, dict):
            if "text" not in value or "entities" not in value:
                raise Error(f"{owner}: a dict value needs the keys 'text' and 'entities' "
                            f"(got {sorted(map(str, value))[:5]})")
            return self._from_entities(value["text"], value["entities"])
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            raise Error(f"{owner}: expected a list of (token, label) pairs or a dict with 'text' and 'entities', "
                        f"got {type(value).__name__}")
        pairs = []
        for index, item in enumerate(value):
            if isinstance(item, dict) and "token" in item:
                pairs.append((item["token"], item.get("class_or_confidence")))
            elif isinstance(item, HighlightedToken):
                pairs.append((item.token, item.class_or_confidence))
            elif isinstance(item, (tuple, list)) and len(item) >= 2:
                pairs.append((item[0], item[1]))
            else:
                raise Error(f"{owner}: item {index} must be a (token, label) pair, got {item!r:.80}")
        return pairs

    def _from_entities(self, text: Any, entities: Any) -> list[tuple[Any, Any]]:
        owner = component_name(self)
        if not isinstance(text, str):
            raise Error(f"{owner}: 'text' must be a str, got {type(text).__name__}")
        if not entities:
            return [(text, None)]
        try:
            ordered = sorted(entities, key=lambda e: e["start"])
        except (KeyError, TypeError):
            raise Error(f"{owner}: every entity needs 'start' and 'end' character offsets") from None
        pairs: list[tuple[Any, Any]] = []
        index = 0
        for entity in ordered:
            try:
                start, end = operator.index(entity["start"]), operator.index(entity["end"])
            except (KeyError, TypeError):
                raise Error(f"{owner}: entity {entity!r:.80} needs integer 'start' and 'end'") from None
            pairs.append((text[index:start], None))
            pairs.append((text[start:end], entity.get("entity") or entity.get("entity_group")))
            index = end
        pairs.append((text[index:], None))
        return pairs

    def _combined(self, pairs: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
        """Adjacent tokens of one label merged, joined by ``adjacent_separator``; empty
        tokens dropped (they neither start a run nor add a separator)."""
        out: list[tuple[Any, Any]] = []
        for text, label in pairs:
            if not text:
                continue
            if out and out[-1][1] == label:
                out[-1] = (out[-1][0] + self.adjacent_separator + text, label)
            else:
                out.append((text, label))
        return out

    def process_example(self, value: Any) -> Any:
        """An example shows as its text (the tokens joined)."""
        data = self.postprocess(value)
        return None if data is None else "".join(t.token for t in data.root)

    def selected_item(self, value: Any, index: int) -> list[Any]:
        """What a click on token ``index`` of the page's value sends as
        ``SelectData.value``: ``[token, label]``."""
        if not 0 <= index < len(value):
            raise IndexError(index)
        return [value[index]["token"], value[index]["class_or_confidence"]]

    def example_payload(self) -> Any:
        return [{"token": "The", "class_or_confidence": None}, {"token": "quick", "class_or_confidence": "adj"}]

    def example_value(self) -> Any:
        return [("The", None), ("quick", "adj"), ("brown", "adj"), ("fox", "noun")]

    def get_config(self) -> dict[str, Any]:
        return super().get_config() | {
            "color_map": self.color_map, "show_legend": self.show_legend,
            "show_inline_category": self.show_inline_category, "combine_adjacent": self.combine_adjacent,
            "adjacent_separator": self.adjacent_separator, "show_whitespaces": self.show_whitespaces,
            "rtl": self.rtl, "buttons": self.buttons,
        }


#: Gradio's other names for it.
Highlight = Highlightedtext = HighlightedText
