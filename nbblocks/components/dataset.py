"""gr.Dataset: a clickable table (or gallery) of samples; what backs ``gr.Examples``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import Unpack

from ..events import Events
from ..exceptions import InvalidComponentError
from ._registry import get_component_instance
from .base import Component, ComponentProps, component_name

if TYPE_CHECKING:
    from ..listeners import BoundListener

__all__ = ["Dataset"]


class Dataset(Component):
    """Shows ``samples`` (one row per sample, one column per component) as each column's
    component displays an example (``process_example``). Clicking a sample fires ``click``
    and ``select``; the value is the index of the clicked sample."""

    EVENTS = [Events.click, Events.select]
    VIEW = "dataset"
    click: BoundListener  # made by ComponentMeta from EVENTS

    # label and show_label have the Dataset's own defaults; **props are the other ComponentProps
    def __init__(  # type: ignore[misc]  # see above
        self,
        *,
        label: str | None = None,
        show_label: bool = True,
        components: Sequence[Component | str] | None = None,
        component_props: list[dict[str, Any]] | None = None,
        samples: list[list[Any]] | None = None,
        headers: list[str] | None = None,
        type: Literal["values", "index", "tuple"] = "values",
        layout: Literal["gallery", "table"] | None = None,
        samples_per_page: int = 10,
        sample_labels: list[str] | None = None,
        proxy_url: str | None = None,  # set by Gradio's gr.load(); accepted, unused here
        **props: Unpack[ComponentProps],
    ):
        if type not in ("values", "index", "tuple"):
            raise ValueError(f"Dataset: type must be 'values', 'index' or 'tuple', got {type!r}")
        if layout not in (None, "gallery", "table"):
            raise ValueError(f"Dataset: layout must be 'gallery', 'table' or None, got {layout!r}")
        if not isinstance(samples_per_page, int) or samples_per_page < 1:
            raise ValueError(f"Dataset: samples_per_page must be a positive int, got {samples_per_page!r}")
        self._components = [get_component_instance(c) for c in (components or [])]
        self.component_props = component_props
        self.type = type
        self.layout = layout
        self.samples_per_page = samples_per_page
        self.sample_labels = list(sample_labels) if sample_labels is not None else None
        self.raw_samples = [list(s) for s in _rows(samples, len(self._components))]
        if self.sample_labels is not None and len(self.sample_labels) != len(self.raw_samples):
            raise ValueError(
                f"Dataset: {len(self.sample_labels)} sample_labels for {len(self.raw_samples)} samples"
            )
        #: What the table shows: each value as its column's component shows an example.
        self.samples = [
            [comp.process_example(value) for comp, value in zip(self._components, sample)]
            for sample in self.raw_samples
        ]
        if headers is not None:
            self.headers = list(headers)
        elif all(getattr(c, "label", None) is None for c in self._components):
            self.headers = []
        else:
            self.headers = [getattr(c, "label", None) or "" for c in self._components]
        props.setdefault("interactive", True)
        super().__init__(None, label=label, show_label=show_label, **props)

    @property
    def components(self) -> list[Component]:
        return list(self._components)

    def preprocess(self, payload: int | None) -> Any:
        """Passes the clicked sample's values (``"values"``), its index (``"index"``) or
        both (``"tuple"``); None when no sample was clicked."""
        if payload is None:
            return None
        if isinstance(payload, bool) or not isinstance(payload, int):
            raise InvalidComponentError(f"{component_name(self)} expects the index of a sample, got {payload!r}")
        if not 0 <= payload < len(self.raw_samples):
            raise InvalidComponentError(f"{component_name(self)} has no sample {payload} (it has {len(self.raw_samples)})")
        if self.type == "index":
            return payload
        if self.type == "tuple":
            return payload, self.raw_samples[payload]
        return self.raw_samples[payload]

    def postprocess(self, value: Any) -> Any:
        """A list of samples replaces the samples shown; an int selects that sample."""
        if value is None or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        if isinstance(value, (list, tuple)):
            return {"__type__": "update", "samples": [list(s) if isinstance(s, (list, tuple)) else [s] for s in value]}
        raise InvalidComponentError(f"{component_name(self)}: return a list of samples, got {type(value).__name__}")

    def api_info(self) -> dict[str, Any]:
        return {"type": "integer", "description": "index of selected example"}

    def flag(self, payload: Any, flag_dir: Any = "") -> str:
        return "" if payload is None else str(payload)

    def read_from_flag(self, payload: Any) -> Any:
        return None if payload in (None, "") else int(payload)

    def example_payload(self) -> Any:
        return 0

    def example_value(self) -> Any:
        return []

    def get_config(self) -> dict[str, Any]:
        layout = self.layout or ("gallery" if len(self._components) == 1 else "table")
        return super().get_config() | {
            "components": [type(c).__name__.lower() for c in self._components],
            "component_props": self.component_props,
            "headers": self.headers,
            "samples": self.samples,
            "type": self.type,
            "layout": layout,
            "samples_per_page": self.samples_per_page,
            "sample_labels": self.sample_labels,
        }


def _rows(samples: Any, width: int) -> list[Sequence[Any]]:
    """Samples as rows. As in Gradio, a list whose first item is not a list is a list of
    single values when there is one component."""
    if samples is None:
        return []
    if not isinstance(samples, (list, tuple)):
        raise TypeError(f"Dataset: samples must be a list of lists, got {type(samples).__name__}")
    if samples and not isinstance(samples[0], (list, tuple)):
        if width != 1:
            raise TypeError(f"Dataset: samples must be a list of lists (one value per component), got {samples!r}")
        samples = [[s] for s in samples]
    rows: list[Sequence[Any]] = []
    for i, row in enumerate(samples):
        if not isinstance(row, (list, tuple)):
            raise TypeError(f"Dataset: sample {i} must be a list with one value per component, got {row!r}")
        if width and len(row) != width:
            raise ValueError(f"Dataset: sample {i} has {len(row)} values but there are {width} components")
        rows.append(row)
    return rows
