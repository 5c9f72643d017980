"""Choice lists shared by Dropdown, Radio and CheckboxGroup: ``[(label, value), ...]``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..exceptions import Error


def normalize_choices(owner: str, choices: Sequence[Any] | None) -> list[tuple[str, Any]]:
    """Accept values or ``(label, value)`` pairs, as Gradio does."""
    if choices is None:
        return []
    if isinstance(choices, (str, bytes)) or not hasattr(choices, "__iter__"):
        raise TypeError(f"{owner}: choices must be a list, got {type(choices).__name__}")
    out: list[tuple[str, Any]] = []
    for c in choices:
        if isinstance(c, (tuple, list)):
            if len(c) != 2:
                raise ValueError(f"{owner}: a choice pair must be (label, value), got {c!r}")
            out.append((str(c[0]), c[1]))
        else:
            out.append((str(c), c))
    return out


def choice_values(choices: list[tuple[str, Any]]) -> list[Any]:
    return [v for _, v in choices]


def check_choice(owner: str, value: Any, choices: list[tuple[str, Any]]) -> None:
    values = choice_values(choices)
    if value not in values:
        raise Error(f"{owner}: value {value!r} is not in the list of choices: {values}")


def config_choices(choices: list[tuple[str, Any]]) -> list[list[Any]]:
    return [[label, value] for label, value in choices]


class ChoiceExamples:
    """Examples tables show the label of a choice rather than its value."""

    choices: list[tuple[str, Any]]

    def process_example(self, value: Any) -> Any:
        def label(v: Any) -> Any:
            return next((lbl for lbl, choice in self.choices if choice == v), v)

        if isinstance(value, (list, tuple, set)):
            return [label(v) for v in value]
        return label(value)
