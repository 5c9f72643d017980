"""gr.HTML: HTML shown in the app, or a small custom component made from templates.

Gradio 6's ``gr.HTML`` is also how custom components are written without a build step:
``html_template`` (a JavaScript template string, with Handlebars ``{{...}}`` too) is
filled from ``value`` and the other props, ``css_template`` is scoped to the component,
and ``js_on_load`` runs once in the page with ``element``, ``props``, ``trigger``,
``watch``, ``upload`` and ``server``. Extra keyword arguments become template props.
Scripts inside the HTML itself do not run (browsers do not run ``<script>`` set as
``innerHTML``); use ``head`` or ``js_on_load``.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from ..block import BlockContext
from ..events import BoundListener, EventListener, as_listener
from ._text import TextValue
from .base import Component

__all__ = ["HTML"]

_SCRIPT_TAG = re.compile(r"<script[\s>]", re.IGNORECASE)
#: Gradio's ``all_events``: a template may trigger any of them.
ALL_EVENTS = [as_listener(name) for name in (
    "change", "input", "click", "double_click", "submit", "stop", "edit", "clear", "play", "pause", "end",
    "start_recording", "pause_recording", "stop_recording", "focus", "blur", "upload", "release", "select",
    "stream", "like", "example_select", "option_select", "load", "key_up", "apply", "delete", "tick", "undo",
    "retry", "expand", "collapse", "download", "copy",
)]
DEFAULT_JS_ON_LOAD = "element.addEventListener('click', function() { trigger('click') });"

__all__ = ["HTML"]


def _warn_script(content: Any) -> None:
    if isinstance(content, str) and _SCRIPT_TAG.search(content):
        warnings.warn(
            "A <script> tag was found in the content of a gr.HTML component. Browsers do not run "
            "scripts inserted as innerHTML: load libraries with `head=` and run code in `js_on_load=`.",
            UserWarning, stacklevel=3,
        )


class HTML(TextValue, Component, BlockContext):
    """HTML set as the element's content, filled into ``html_template``. Components made
    inside ``with gr.HTML(...):`` are drawn where the template says ``@children``."""

    EVENTS = [*ALL_EVENTS]
    VIEW = "html"

    def __init__(
        self,
        value: Any | Callable[..., Any] | None = None,
        *,
        label: str | None = None,
        html_template: str = "${value}",
        css_template: str = "",
        js_on_load: str | None = DEFAULT_JS_ON_LOAD,
        apply_default_css: bool = True,
        every: Any = None,
        inputs: Any = None,
        show_label: bool = False,
        scale: int | None = None,
        min_width: int | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[int | str, ...] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        min_height: int | None = None,
        max_height: int | None = None,
        container: bool = False,
        padding: bool = False,
        autoscroll: bool = False,
        buttons: Sequence[Any] | None = None,
        head: str | None = None,
        server_functions: list[Callable[..., Any]] | None = None,
        **props: Any,
    ):
        _warn_script(html_template)
        self.html_template = html_template
        self.css_template = css_template
        self.js_on_load = js_on_load
        self.apply_default_css = apply_default_css
        self.head = head
        self.min_height = min_height
        self.max_height = max_height
        self.padding = padding
        self.autoscroll = autoscroll
        self.props = props
        self.component_class_name = type(self).__name__
        self.buttons = list(buttons or [])
        for button in self.buttons:
            if hasattr(button, "unrender"):
                button.unrender()
        self._extra_server_fns = list(server_functions or [])
        super().__init__(
            value,
            label=label,
            every=every,
            inputs=inputs,
            show_label=show_label,
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
            container=container,
            scale=scale,
            min_width=min_width,
        )

    def preprocess(self, payload: Any) -> Any:
        """Passes the value as the page holds it (the HTML string, or what ``js_on_load`` set)."""
        return payload

    def postprocess(self, value: Any) -> Any:
        _warn_script(value)
        return value

    def example_payload(self) -> Any:
        return "<p>Hello</p>"

    def example_value(self) -> Any:
        return "<p>Hello</p>"

    @property
    def custom_events(self) -> list[str]:
        """Events ``js_on_load`` triggers that are not standard ones (``trigger('save')``)."""
        js = self.__dict__.get("js_on_load") or ""
        standard = {listener.event_name for listener in ALL_EVENTS}
        found = re.findall(r"""trigger\(\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]""", js)
        return sorted(set(found) - standard)

    def __getattr__(self, name: str) -> Any:
        js = self.__dict__.get("js_on_load") or ""
        if not name.startswith("_") and re.search(rf"""['"`]{re.escape(name)}['"`]""", js):
            return BoundListener(self, EventListener(name))  # a custom event named in js_on_load
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}'. If '{name}' is a custom event, "
            f"name it (in quotes) in js_on_load, e.g. trigger('{name}')."
        )

    def get_config(self) -> dict[str, Any]:
        config = super().get_config() | {
            "html_template": self.html_template,
            "css_template": self.css_template,
            "js_on_load": self.js_on_load,
            "apply_default_css": self.apply_default_css,
            "head": self.head,
            "min_height": self.min_height,
            "max_height": self.max_height,
            "padding": self.padding,
            "autoscroll": self.autoscroll,
            "props": _jsonable(self.props),
            "component_class_name": self.component_class_name,
        }
        return config


def _jsonable(value: Any) -> Any:
    """Template props as JSON (models dumped, tuples as lists, other objects as text)."""
    if hasattr(type(value), "model_fields"):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)
