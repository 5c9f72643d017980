"""``Component``: a description plus two conversions; it never touches a comm or a socket.

Shared constructor props are documented once here (``docs/components.md`` lists them);
each component file documents only its own parameters.
"""

from __future__ import annotations

import abc
import json
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from ..block import Block, BlockContext
from ..exceptions import InvalidComponentError, component_name
from ..json_values import JSON_SCALARS
from ._gradio_block import GradioBlockMixin, _Keywords, server

if TYPE_CHECKING:  # pydantic loads only when a component with a data_model needs it
    from ..data_classes import GradioModel, GradioRootModel

__all__ = ["ComponentProps", "Component", "FormComponent", "StreamingOutput", "StreamingInput", "serialize", "server"]


class ComponentProps(TypedDict, total=False):
    """The props every component accepts, documented once (see ``docs/components.md``).

    Subclass constructors take them as ``**props: Unpack[ComponentProps]``.
    """

    label: str | None
    info: str | None
    show_label: bool | None
    container: bool
    scale: int | None
    min_width: int | None
    interactive: bool | None
    visible: bool | str
    elem_id: str | None
    elem_classes: list[str] | str | None
    render: bool
    key: int | str | tuple[Any, ...] | None
    preserved_by_key: list[str] | str | None
    every: Any
    inputs: Any


def serialize(value: Any) -> Any:
    """The JSON form of a data_model value (a root model becomes its root)."""
    if type(value) in JSON_SCALARS:
        return value  # a Textbox's or a Number's value: nothing to look up
    dump = getattr(value, "model_dump", None)
    if dump is not None and hasattr(type(value), "model_fields"):
        return dump(mode="json")
    return value


class Component(GradioBlockMixin, Block):
    """Base of every input/output component.

    Shared props: ``value`` (or a callable called when a session starts), ``label``,
    ``info``, ``show_label``, ``container``, ``scale``, ``min_width``, ``interactive``
    (None = inferred: static when only used as an output), ``visible``, ``elem_id``,
    ``elem_classes``, ``render``, ``key``, ``preserved_by_key``, ``every``/``inputs``
    (for callable values).
    """

    data_model: type[GradioModel] | type[GradioRootModel] | None = None
    #: Custom components: the front-end view as ES module source or a file path.
    _esm: str | Path | None = None
    _css: str | Path | None = None
    #: A component class with neither a view nor ``_esm`` gets a built-in view chosen by
    #: its value type (``_default_view.py``): file, textbox, number, checkbox or JSON.
    VIEW: str | None = "json"

    def __new__(cls, *args: Any, **kwargs: Any) -> Component:
        missing = sorted(getattr(cls, "__abstractmethods__", ()))
        if missing:
            raise TypeError(
                f"{cls.__name__} can't be created: it does not define {' or '.join(f'{m}()' for m in missing)}. "
                "A component converts values both ways: preprocess(payload) turns what the view sends "
                "into what your function receives, postprocess(value) turns what your function returns "
                "into what the view shows (FormComponent gives a pass-through preprocess)."
            )
        return super().__new__(cls)

    def __init__(
        self,
        value: Any = None,
        *,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        container: bool = True,
        scale: int | None = None,
        min_width: int | None = 160,
        interactive: bool | None = None,
        visible: bool | str = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: int | str | tuple[Any, ...] | None = None,
        preserved_by_key: list[str] | str | None = "value",
        load_fn: Callable[..., Any] | None = None,
        every: Any = None,
        inputs: Any = None,
    ) -> None:
        self.label = label
        self.info = info
        self.show_label = True if show_label is None else show_label
        self.container = container
        if scale is not None and scale != round(scale):
            warnings.warn(f"{type(self).__name__}: scale should be an integer, got {scale!r}", stacklevel=2)
        self.scale = scale
        self.min_width = min_width
        self.interactive = interactive
        self.load_fn: Callable[..., Any] | None = None
        self.load_inputs = inputs
        self.every = every
        if every is not None and not callable(value):
            every = None  # Gradio: no effect unless value is a function
        self._every = every
        if callable(value) and load_fn is None:
            self.load_fn = value
            initial = None
        else:
            self.load_fn = load_fn
            initial = value
        self.value = serialize(self.postprocess(initial))
        self._default_view_props: dict[str, Any] = {}
        if self._esm is None and not any("VIEW" in vars(c) for c in type(self).__mro__[:type(self).__mro__.index(Component)]):
            from ._default_view import default_view

            self.VIEW, self._default_view_props = default_view(self)
            if self.VIEW == "file":  # the file view's picker: uploads as gr.File takes them
                from ._uploads import Uploads, append

                self.UPLOADS = Uploads(value=append)
        super().__init__(
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            preserved_by_key=preserved_by_key,
            visible=visible,
        )

    @property
    def loads_with_events(self) -> bool:
        """A callable value with ``inputs`` or ``every`` is computed by listeners, not at session start."""
        return self.load_fn is not None and (self.load_inputs is not None or self._every is not None)

    # -- the two conversions ------------------------------------------------------------

    @abc.abstractmethod
    def preprocess(self, payload: Any) -> Any:
        """Front-end value (a data_model instance, or JSON) -> what the function receives."""

    @abc.abstractmethod
    def postprocess(self, value: Any) -> Any:
        """What the function returned -> the front-end value (a data_model instance, or JSON)."""

    def example_payload(self) -> Any:
        """An example of what ``preprocess`` accepts (JSON-serialisable); shown to HTTP
        clients. Components written before Gradio 4.2 define ``example_inputs()`` instead."""
        return self._older_example("example_payload")

    def example_value(self) -> Any:
        """An example of what ``postprocess`` accepts."""
        return self._older_example("example_value")

    def example_inputs(self) -> Any:
        """Gradio's older name: what API pages show as the example input."""
        return self.example_payload()

    def api_default(self) -> Any:
        """The initial value as Gradio's ``/config`` has it (its ``postprocess`` of what the
        app gave): ``/info`` makes a parameter optional with this default unless it is None."""
        return self.value

    def _older_example(self, name: str) -> Any:
        if type(self).example_inputs is not Component.example_inputs:
            return self.example_inputs()
        raise NotImplementedError(f"{type(self).__name__} does not define {name}()")

    # -- what a data_model gives for free ------------------------------------------------

    def payload_from_json(self, payload: Any) -> Any:
        """Validate a JSON value from a front end against ``data_model``.

        Raises ``InvalidComponentError`` naming the component and the field.
        """
        if self.data_model is None or payload is None:
            return payload
        from pydantic import ValidationError

        try:
            return self.data_model.model_validate(payload)
        except ValidationError as exc:
            raise InvalidComponentError(describe_validation_error(self, exc)) from None

    def api_info(self) -> dict[str, Any]:
        """JSON schema of the value ``preprocess`` expects and ``postprocess`` returns."""
        if self.data_model is None:
            raise NotImplementedError(
                f"{type(self).__name__} has no data_model: define api_info() returning a JSON schema "
                "(or set data_model to a GradioModel/GradioRootModel)"
            )
        return self.data_model.model_json_schema()

    def api_info_as_input(self) -> dict[str, Any]:
        return self.api_info()

    def api_info_as_output(self) -> dict[str, Any]:
        return self.api_info()

    def flag(self, payload: Any, flag_dir: str | Path = "") -> str:
        """The value as text for a flagging CSV: the data_model's JSON, with the files it
        holds copied into ``flag_dir`` and named by their copies' paths."""
        if self.data_model is not None:
            from .. import files

            model = payload if isinstance(payload, self.data_model) else self.data_model.model_validate(payload)
            value = model.model_dump(mode="json")
            if files.holds_files(self):
                value = files.copy_out(value, flag_dir, component_name(self))
            return json.dumps(value)
        if hasattr(type(payload), "model_fields"):
            payload = payload.model_dump(mode="json")
        return payload if isinstance(payload, str) else json.dumps(payload)

    def read_from_flag(self, payload: Any) -> Any:
        """Turn a flagged cell back into the data_model value; its files are issued again
        from the copies (a cell that is one file's path, as ``CSVLogger`` stores a single
        file, is read as that file)."""
        if self.data_model is None:
            return payload  # as Gradio: the flagged text itself
        from .. import files
        from ..data_classes import FileData

        try:
            value = json.loads(payload)
        except ValueError:
            if not issubclass(self.data_model, FileData):
                raise
            value = FileData(path=payload).model_dump(mode="json")
        if files.holds_files(self):
            value = files.issue_again(value)
        return self.data_model.model_validate(value)

    def process_example(self, value: Any) -> Any:
        """How an example is shown in an examples table; defaults to ``postprocess``."""
        return serialize(self.postprocess(value))

    # -- front end -------------------------------------------------------------------

    def get_config(self) -> dict[str, Any]:
        config = super().get_config()
        config.update(
            label=self.label,
            info=self.info,
            show_label=self.show_label,
            container=self.container,
            scale=self.scale,
            min_width=self.min_width,
            interactive=self.interactive,
        )
        for key, value in getattr(self, "_default_view_props", {}).items():
            config.setdefault(key, value)
        names = [getattr(fn, "__name__", "") for fn in self.server_fns]
        if names:  # as Gradio: only components that have server functions say so
            config["server_fns"] = names
        return config

    @property
    def skip_api(self) -> bool:
        return False


def describe_validation_error(component: Component, exc: Any) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err.get("loc", ()) if p != "root") or "value"
        parts.append(f"field '{loc}': {err.get('msg')}")
    return f"{component_name(component)} received an invalid value ({'; '.join(parts)})"


class FormComponent(Component):
    """A component that Gradio groups with its neighbours in a form (Textbox, Number, ...)."""

    #: Gradio wraps a run of these in an implicit Form (``BlockContext._take_form_ids``).
    IN_GRADIO_FORM: ClassVar[bool] = True

    def preprocess(self, payload: Any) -> Any:
        """Passes the value on as it is (Gradio's default for form components)."""
        return payload


class StreamingOutput:
    """Mixin for components whose output can be streamed chunk by chunk."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.streaming: bool = getattr(self, "streaming", False)

    def stream_chunk(self, value: Any) -> Any:
        """One value a generator yielded to this output while ``streaming=True``, as a
        FileData (or None to skip it); the engine marks it as a chunk of the stream."""
        return self.postprocess(value)  # type: ignore[attr-defined]

    def combine_stream(self, chunks: list[Any]) -> Any:
        """The value the output keeps once the stream ended: one FileData of all the
        chunks (None keeps the last chunk)."""
        return None


class StreamingInput:
    """Mixin for components that stream their input (webcam, microphone)."""


__all__ += ["BlockContext", "component_name", "_Keywords"]
