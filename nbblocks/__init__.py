"""nbblocks: Gradio's Blocks programming model, native in Jupyter.

``import nbblocks as gr`` gives Gradio's public names. Everything is imported on first
use (PEP 562 ``__getattr__``), so the import itself loads neither numpy, PIL, pydantic
models of every component, nor the widget stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._lazy import lazy_attributes
from ._version import __version__

_LAZY: dict[str, str] = {
    # app graph
    "Blocks": "nbblocks.blocks",
    "on": "nbblocks.events",
    "EventData": "nbblocks.events",
    "SelectData": "nbblocks.events",
    "KeyUpData": "nbblocks.events",
    "Dependency": "nbblocks.events",
    "Events": "nbblocks.events",
    # layouts
    "Row": "nbblocks.layouts",
    "Column": "nbblocks.layouts",
    "Group": "nbblocks.layouts",
    "Tabs": "nbblocks.layouts",
    "Tab": "nbblocks.layouts",
    "TabItem": "nbblocks.layouts",
    "Accordion": "nbblocks.layouts",
    # components
    "Component": "nbblocks.components",
    "FormComponent": "nbblocks.components",
    "Textbox": "nbblocks.components",
    "TextArea": "nbblocks.components",
    "Text": "nbblocks.components",
    "Number": "nbblocks.components",
    "Slider": "nbblocks.components",
    "Checkbox": "nbblocks.components",
    "CheckboxGroup": "nbblocks.components",
    "Dropdown": "nbblocks.components",
    "Radio": "nbblocks.components",
    "Button": "nbblocks.components",
    "Markdown": "nbblocks.components",
    "HTML": "nbblocks.components",
    "JSON": "nbblocks.components",
    "Label": "nbblocks.components",
    "State": "nbblocks.components",
    "Timer": "nbblocks.components",
    "Image": "nbblocks.components",
    "File": "nbblocks.components",
    "Files": "nbblocks.components",
    "UploadButton": "nbblocks.components",
    "DownloadButton": "nbblocks.components",
    "Gallery": "nbblocks.components",
    "WebcamOptions": "nbblocks.components",
    "WatermarkOptions": "nbblocks.components",
    "ImageEditor": "nbblocks.components",
    "Sketchpad": "nbblocks.components",
    "Paint": "nbblocks.components",
    "ImageMask": "nbblocks.components",
    "Brush": "nbblocks.components",
    "Eraser": "nbblocks.components",
    "LayerOptions": "nbblocks.components",
    "ClearButton": "nbblocks.components",
    "Dataset": "nbblocks.components",
    # high-level apps, examples and flagging
    "Interface": "nbblocks.interface",
    "TabbedInterface": "nbblocks.interface",
    "Examples": "nbblocks.examples",
    "FlaggingCallback": "nbblocks.flagging",
    "CSVLogger": "nbblocks.flagging",
    "SimpleCSVLogger": "nbblocks.flagging",
    # helpers
    "Progress": "nbblocks.progress",
    "validate": "nbblocks.validation",
    "render": "nbblocks.renderable",
    "update": "nbblocks.updates",
    "skip": "nbblocks.updates",
    "Error": "nbblocks.exceptions",
    "Warning": "nbblocks.reporting",
    "Info": "nbblocks.reporting",
    "Success": "nbblocks.reporting",
    "FileData": "nbblocks.data_classes",
    "Theme": "nbblocks.themes",
    "ImageData": "nbblocks.data_classes",
}

_SUBMODULES = {
    "blocks", "block", "components", "layouts", "events", "data_classes", "component_meta",
    "exceptions", "updates", "testing", "engine", "sessions", "widgets", "reporting",
    "progress", "validation", "timers", "renderable", "files", "interface", "examples", "flagging",
    "helpers", "documentation", "themes",
}

__all__ = sorted([*_LAZY, "__version__"])


_lazy_getattr, _lazy_dir = lazy_attributes(__name__, _LAZY, globals())


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"nbblocks.{name}")
    return _lazy_getattr(name)


def __dir__() -> list[str]:
    return sorted([*_lazy_dir(), *_SUBMODULES])


if TYPE_CHECKING:  # for type checkers and IDEs only
    from .blocks import Blocks
    from .components import (
        HTML, JSON, Brush, Button, Checkbox, CheckboxGroup, ClearButton, Component, Dataset,
        DownloadButton, Dropdown, Eraser, File, Files, FormComponent, Gallery, Image, ImageEditor,
        ImageMask, Label, LayerOptions, Markdown, Number, Paint, Radio, Sketchpad, Slider, State,
        Text, TextArea, Textbox, Timer, UploadButton, WatermarkOptions, WebcamOptions,
    )
    from .examples import Examples
    from .flagging import CSVLogger, FlaggingCallback, SimpleCSVLogger
    from .interface import Interface, TabbedInterface
    from .progress import Progress
    from .renderable import render
    from .validation import validate
    from .data_classes import FileData, ImageData
    from .events import Dependency, EventData, Events, KeyUpData, SelectData, on
    from .exceptions import Error
    from .layouts import Accordion, Column, Group, Row, Tab, TabItem, Tabs
    from .reporting import Info, Success, Warning
    from .updates import skip, update
    from .themes import Base as Theme
