"""The component model as the custom-component backend guide describes it.

Custom components here are written the way a Gradio author writes them, with
``gradio`` replaced by ``nbblocks`` in the imports.
"""

from __future__ import annotations

import json
from typing import Any, List

import pytest

import nbblocks as gr
from nbblocks.blocks import BlockContext
from nbblocks.component_meta import ComponentMeta
from nbblocks.components import Component, FormComponent, StreamingOutput
from nbblocks.data_classes import FileData, GradioModel, GradioRootModel
from nbblocks.events import EventListener, Events
from nbblocks.exceptions import InvalidComponentError



class Names(GradioModel):
    names: List[str]


class NamesRoot(GradioRootModel):
    root: List[str]


def _methods(skip: str | None = None, *, data_model_free: bool = False) -> dict[str, Any]:
    """Class body of a minimal component, leaving out ``skip``."""
    body: dict[str, Any] = {
        "preprocess": lambda self, payload: payload,
        "postprocess": lambda self, value: value,
        "example_payload": lambda self: "x",
        "example_value": lambda self: "x",
    }
    if data_model_free:
        body.update(
            api_info=lambda self: {"type": "string"},
            flag=lambda self, payload, flag_dir="": str(payload),
            read_from_flag=lambda self, payload: payload,
        )
    body.pop(skip, None)
    return body


class NamesComponent(Component):
    data_model = Names

    def preprocess(self, payload: Names | None) -> list[str] | None:
        return None if payload is None else payload.names

    def postprocess(self, value: list[str] | None) -> Names | None:
        return None if value is None else Names(names=list(value))

    def example_payload(self) -> Any:
        return {"names": ["freddy", "pete"]}

    def example_value(self) -> Any:
        return ["freddy", "pete"]


class NamesRootComponent(Component):
    data_model = NamesRoot

    def preprocess(self, payload: NamesRoot | None) -> list[str] | None:
        return None if payload is None else payload.root

    def postprocess(self, value: list[str] | None) -> NamesRoot | None:
        return None if value is None else NamesRoot(list(value))

    def example_payload(self) -> Any:
        return ["freddy", "pete"]

    def example_value(self) -> Any:
        return ["freddy", "pete"]


class MyComponent(FormComponent):
    EVENTS = ["text_submit", "file_upload", Events.change]
    data_model = NamesRoot

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value

    def example_payload(self) -> Any:
        return ["a"]

    def example_value(self) -> Any:
        return ["a"]


# -- required methods ---------------------------------------------------------------


@pytest.mark.parametrize("missing", ["preprocess", "postprocess"])
def test_missing_conversion_fails_at_instantiation_with_a_clear_message(missing):
    cls = type("Incomplete", (Component,), {"data_model": NamesRoot, **_methods(missing)})  # class creation is fine
    with pytest.raises(TypeError, match=rf"Incomplete can't be created: it does not define {missing}\(\)"):
        cls()


def test_form_component_gets_a_pass_through_preprocess():
    body = _methods("preprocess")
    comp = type("Form", (FormComponent,), body)()
    assert comp.preprocess({"a": 1}) == {"a": 1}
    with pytest.raises(TypeError, match=r"does not define postprocess\(\)"):
        type("NoOut", (FormComponent,), _methods("postprocess"))()


@pytest.mark.parametrize("missing", ["example_payload", "example_value"])
def test_examples_are_optional_as_in_gradio(missing):
    comp = type("NoExample", (Component,), {"data_model": NamesRoot, **_methods(missing)})()
    with pytest.raises(NotImplementedError, match=f"NoExample does not define {missing}"):
        getattr(comp, missing)()


def test_example_inputs_is_the_older_name_of_both_examples():
    body = {k: v for k, v in _methods().items() if not k.startswith("example")}
    comp = type("Old", (Component,), {**body, "example_inputs": lambda self: ["a"], "data_model": NamesRoot})()
    assert comp.example_payload() == comp.example_value() == comp.example_inputs() == ["a"]
    new = type("New", (Component,), {**_methods(), "data_model": NamesRoot})()
    assert new.example_inputs() == "x"  # what API pages show: example_payload()


def test_without_data_model_gradios_defaults_apply():
    comp = type("NoModel", (Component,), _methods())(value="hi")
    assert comp.value == "hi"
    with pytest.raises(NotImplementedError, match="NoModel has no data_model: define api_info"):
        comp.api_info()
    assert comp.flag("text") == "text" and comp.flag({"a": [1]}) == '{"a": [1]}'
    assert comp.read_from_flag('{"a": [1]}') == '{"a": [1]}'  # as Gradio: the flagged text


def test_without_data_model_all_methods_implemented_instantiates():
    comp = type("Complete", (Component,), _methods(data_model_free=True))(value="hi")
    assert comp.value == "hi"
    assert comp.api_info() == {"type": "string"}


def test_with_data_model_four_methods_are_enough():
    comp = type("Enough", (Component,), {"data_model": NamesRoot, **_methods()})()
    assert comp.api_info()["type"] == "array"


# -- what a data_model gives for free -----------------------------------------------------


@pytest.mark.parametrize(
    "cls, model, flagged",
    [
        (NamesComponent, Names, {"names": ["freddy", "pete"]}),
        (NamesRootComponent, NamesRoot, ["freddy", "pete"]),
    ],
    ids=["model", "root-model"],
)
def test_data_model_gives_api_info_flag_and_read_from_flag(cls, model, flagged):
    comp = cls()
    assert comp.api_info() == model.model_json_schema()
    payload = comp.postprocess(["freddy", "pete"])
    text = comp.flag(payload)
    assert json.loads(text) == flagged
    restored = comp.read_from_flag(text)
    assert isinstance(restored, model)
    assert restored == payload
    # flag also accepts the JSON form a front end sends
    assert comp.flag(flagged) == text


@pytest.mark.parametrize("cls", [NamesComponent, NamesRootComponent])
def test_examples_round_trip_through_pre_and_postprocess(cls):
    comp = cls()
    assert comp.preprocess(comp.payload_from_json(comp.example_payload())) == ["freddy", "pete"]
    payload = comp.postprocess(comp.example_value())
    assert comp.preprocess(payload) == comp.example_value()


def test_initial_value_is_stored_in_its_json_form():
    assert NamesComponent(value=["a"]).value == {"names": ["a"]}
    assert NamesRootComponent(value=["a"]).value == ["a"]
    assert NamesComponent().value is None


def test_process_example_defaults_to_postprocess():
    assert NamesComponent().process_example(["a", "b"]) == {"names": ["a", "b"]}
    assert NamesRootComponent().process_example(["a", "b"]) == ["a", "b"]


def test_process_example_can_be_overridden():
    class SimpleDropdown(NamesRootComponent):
        choices = [("Freddy", "freddy")]

        def process_example(self, input_data):
            return next((c[0] for c in self.choices if c[1] == input_data), None)

    assert SimpleDropdown().process_example("freddy") == "Freddy"
    assert SimpleDropdown().process_example("nobody") is None


def test_invalid_payload_names_component_and_field():
    comp = NamesComponent(label="People")
    with pytest.raises(InvalidComponentError, match=r"NamesComponent 'People'.*field 'names'"):
        comp.payload_from_json({"names": "freddy"})
    with pytest.raises(InvalidComponentError, match="NamesRootComponent"):
        NamesRootComponent().payload_from_json([1, 2])


def test_file_data_inside_a_data_model():
    class VideoData(GradioModel):
        video: FileData

    class Video(Component):
        data_model = VideoData

        def preprocess(self, payload):
            return None if payload is None else payload.video.path

        def postprocess(self, value):
            return None if value is None else VideoData(video=FileData(path=value))

        def example_payload(self):
            return {"video": {"path": "https://example.com/v.mp4"}}

        def example_value(self):
            return "v.mp4"

    comp = Video()
    assert comp.preprocess(comp.payload_from_json(comp.example_payload())) == "https://example.com/v.mp4"
    schema = comp.api_info()
    assert "FileData" in json.dumps(schema)


# -- EVENTS ------------------------------------------------------------------------------


def test_events_create_one_listener_method_per_event():
    assert [e.event_name for e in MyComponent.EVENTS] == ["text_submit", "file_upload", "change"]
    for name in ("text_submit", "file_upload", "change"):
        assert isinstance(MyComponent.__dict__[name], EventListener)
    assert not hasattr(MyComponent, "click")


def test_event_name_strings_of_standard_events_get_their_defaults():
    cls = type("WithStrings", (Component,), {"EVENTS": ["change", "click"], "data_model": NamesRoot, **_methods()})
    assert cls.change is Events.change
    assert cls.change.trigger_mode == "always_last"
    assert cls.click.trigger_mode == "once"


def test_listener_methods_record_dependencies():
    with gr.Blocks() as demo:
        comp = MyComponent()
        out = gr.Textbox()
        submit = comp.text_submit(lambda v: str(v), comp, out)
        upload = comp.file_upload(lambda v: str(v), comp, out)

        @comp.change(inputs=comp, outputs=out)
        def changed(v):
            return str(v)

    assert [dep.targets for dep in demo.dependencies] == [
        [(comp, "text_submit")],
        [(comp, "file_upload")],
        [(comp, "change")],
    ]
    assert submit.inputs == [comp] and upload.outputs == [out]
    assert demo.dependencies[2].fn is changed


def test_listener_outside_blocks_says_how_to_fix():
    comp = MyComponent()
    with pytest.raises(AttributeError, match="gr.Blocks"):
        comp.text_submit(lambda v: v, comp, comp)


def test_subclass_inherits_events():
    class Child(MyComponent):
        pass

    assert [e.event_name for e in Child.EVENTS] == ["text_submit", "file_upload", "change"]
    assert Child.text_submit is MyComponent.text_submit


@pytest.mark.parametrize("bad", [3, "not a name", None])
def test_events_entries_must_be_names_or_listeners(bad):
    with pytest.raises(TypeError, match="EVENTS"):
        type("Bad", (Component,), {"EVENTS": [bad], **_methods()})


def test_event_cannot_shadow_a_method():
    with pytest.raises(TypeError, match="submit"):
        type("Clash", (Component,), {"EVENTS": ["submit"], "submit": lambda self: None, **_methods()})


# -- base classes and import paths ------------------------------------------------------------


def test_block_context_subclass_is_a_with_container():
    class Row(BlockContext, metaclass=ComponentMeta):
        pass

    with gr.Blocks() as demo:
        with Row() as row:
            a = gr.Textbox()
            b = NamesComponent()
        after = gr.Number()

    assert row.children == [a, b]
    assert a.parent is row and b.parent is row
    assert demo.children == [row, after]
    assert row.get_config()["name"] == "row"


def test_streaming_output_mixin():
    class Streamer(StreamingOutput, NamesRootComponent):
        pass

    comp = Streamer(value=["a"])
    assert comp.streaming is False
    assert comp.value == ["a"]
    assert isinstance(comp, StreamingOutput) and isinstance(comp, Component)


def test_form_component_is_a_component():
    assert issubclass(FormComponent, Component)
    assert issubclass(gr.Textbox, FormComponent)
    assert not issubclass(gr.JSON, FormComponent)


def test_gradio_module_paths():
    import nbblocks.blocks
    import nbblocks.component_meta
    import nbblocks.components
    import nbblocks.data_classes
    import nbblocks.events

    assert nbblocks.blocks.BlockContext is BlockContext
    assert isinstance(Component, nbblocks.component_meta.ComponentMeta)
    assert nbblocks.events.Events is gr.Events
    assert nbblocks.components.Component is gr.Component
    assert nbblocks.components.FormComponent is gr.FormComponent
    for name in ("GradioModel", "GradioRootModel", "FileData"):
        assert hasattr(nbblocks.data_classes, name)
    assert gr.FileData is FileData
