"""Every built-in component: Gradio's defaults, preprocess/postprocess, api_info, examples,
front-end props and repr."""

from __future__ import annotations

import inspect
import json
import threading
from typing import Any, Callable

import pytest
from pydantic import BaseModel

import nbblocks as gr
from nbblocks.components import ComponentProps
from nbblocks.components.base import serialize
from nbblocks.exceptions import InvalidComponentError

#: One ordinary instance of every component.
ALL: dict[str, Callable[[], Any]] = {
    "Textbox": lambda: gr.Textbox(),
    "Number": lambda: gr.Number(),
    "Slider": lambda: gr.Slider(),
    "Checkbox": lambda: gr.Checkbox(),
    "CheckboxGroup": lambda: gr.CheckboxGroup(["a", "b"]),
    "Dropdown": lambda: gr.Dropdown(["a", "b"]),
    "Dropdown-multiselect": lambda: gr.Dropdown(["a", "b"], multiselect=True),
    "Radio": lambda: gr.Radio(["a", "b"]),
    "Button": lambda: gr.Button(),
    "Markdown": lambda: gr.Markdown(),
    "HTML": lambda: gr.HTML(),
    "JSON": lambda: gr.JSON(),
    "Label": lambda: gr.Label(),
    "State": lambda: gr.State(),
}
ALL_IDS = list(ALL)
ALL_MAKERS = list(ALL.values())


def roundtrip_in(comp, payload):
    """What a function receives when a front end sends ``payload``."""
    return comp.preprocess(comp.payload_from_json(payload))


def roundtrip_out(comp, value):
    """What a front end receives when a function returns ``value``."""
    return serialize(comp.postprocess(value))


# -- defaults ------------------------------------------------------------------------

SHARED_DEFAULTS = {
    "label": None, "info": None, "show_label": True, "container": True, "scale": None,
    "min_width": 160, "interactive": None, "visible": True, "elem_id": None,
    "elem_classes": [], "key": None,
}

DEFAULTS = {
    "Textbox": ("", {
        "type": "text", "lines": 1, "max_lines": 20, "placeholder": None, "autofocus": False,
        "autoscroll": True, "text_align": None, "rtl": False, "buttons": [], "max_length": None,
        "submit_btn": False, "stop_btn": False, "html_attributes": None,
    }),
    "Number": (None, {"placeholder": None, "precision": None, "minimum": None, "maximum": None, "step": 1}),
    "Slider": (0, {"minimum": 0, "maximum": 100, "step": 1, "precision": None, "show_reset_button": True}),
    "Checkbox": (False, {}),
    "CheckboxGroup": ([], {"choices": [["a", "a"], ["b", "b"]], "type": "value", "show_select_all": False}),
    "Dropdown": ("a", {
        "choices": [["a", "a"], ["b", "b"]], "type": "value", "multiselect": False,
        "allow_custom_value": False, "max_choices": None, "filterable": True,
    }),
    "Dropdown-multiselect": ([], {"multiselect": True}),
    "Radio": (None, {"choices": [["a", "a"], ["b", "b"]], "type": "value", "rtl": False}),
    "Button": ("Run", {
        "variant": "secondary", "size": "lg", "icon": None, "link": None,
        "interactive": True, "min_width": None, "show_label": False,
    }),
    "Markdown": ("", {
        "rtl": False, "latex_delimiters": [{"left": "$$", "right": "$$", "display": True}],
        "sanitize_html": True, "line_breaks": False, "header_links": False, "height": None,
        "max_height": None, "min_height": None, "buttons": [], "padding": False,
        "container": False, "show_label": False,
    }),
    "HTML": (None, {"min_height": None, "max_height": None, "padding": False, "show_label": False, "container": False,
                    "min_width": None}),
    "JSON": (None, {"open": False, "show_indices": False, "height": None, "max_height": 500, "min_height": None}),
    "Label": (None, {"num_top_classes": None, "color": None, "show_heading": True}),
    "State": (None, {"time_to_live": None}),
}


@pytest.mark.parametrize("name", ALL_IDS)
def test_constructor_defaults(name):
    comp = ALL[name]()
    value, own = DEFAULTS[name]
    assert comp.value == value
    config = comp.get_config()
    expected = {**SHARED_DEFAULTS, **own}
    assert {k: config[k] for k in expected} == expected
    assert config["name"] == type(comp).__name__.lower()


EVENTS = {
    "Textbox": ["change", "input", "select", "submit", "focus", "blur", "stop", "copy"],
    "Number": ["change", "input", "submit", "focus", "blur"],
    "Slider": ["change", "input", "release"],
    "Checkbox": ["change", "input", "select"],
    "CheckboxGroup": ["change", "input", "select"],
    "Dropdown": ["change", "input", "select", "focus", "blur", "key_up"],
    "Radio": ["select", "change", "input"],
    "Button": ["click"],
    "Markdown": ["change", "copy"],
    "HTML": ["change", "input", "click", "double_click", "submit", "stop", "edit", "clear", "play", "pause", "end",
             "start_recording", "pause_recording", "stop_recording", "focus", "blur", "upload", "release", "select",
             "stream", "like", "example_select", "option_select", "load", "key_up", "apply", "delete", "tick", "undo",
             "retry", "expand", "collapse", "download", "copy"],
    "JSON": ["change"],
    "Label": ["change", "select"],
    "State": ["change"],
}


@pytest.mark.parametrize("name, events", EVENTS.items(), ids=list(EVENTS))
def test_events(name, events):
    cls = getattr(gr, name)
    assert [e.event_name for e in cls.EVENTS] == events
    for event in events:
        assert callable(getattr(cls(), event))


@pytest.mark.parametrize("make", ALL_MAKERS, ids=ALL_IDS)
def test_config_keys_are_constructor_parameter_names(make):
    comp = make()
    params = set(inspect.signature(type(comp).__init__).parameters) | set(ComponentProps.__annotations__)
    # Gradio's config names the class of a gr.HTML subclass (for its errors) besides the props.
    assert set(comp.get_config()) - {"name", "component_class_name"} <= params


def test_given_props_reach_the_config():
    config = gr.Textbox(
        "hi", label="Name", info="Your name", lines=3, placeholder="Ada", elem_id="name",
        elem_classes="big", scale=2, min_width=100, interactive=False, visible="hidden", key="k",
        show_copy_button=True,
    ).get_config()
    expected = {
        "label": "Name", "info": "Your name", "lines": 3, "placeholder": "Ada", "elem_id": "name",
        "elem_classes": ["big"], "scale": 2, "min_width": 100, "interactive": False,
        "visible": "hidden", "key": "k", "buttons": ["copy"],
    }
    assert {k: config[k] for k in expected} == expected


def test_config_is_json_serialisable():
    for make in ALL_MAKERS:
        json.dumps(make().get_config())


DISPLAYED = [gr.Textbox, gr.Number, gr.Slider, gr.Checkbox, gr.CheckboxGroup, gr.Dropdown, gr.Radio,
             gr.Button, gr.Markdown, gr.HTML, gr.JSON, gr.Label]


@pytest.mark.parametrize("cls", DISPLAYED, ids=lambda c: c.__name__)
@pytest.mark.parametrize("visible", [True, False, "hidden"])
def test_visible_values(cls, visible):
    assert cls(visible=visible).get_config()["visible"] == visible


@pytest.mark.parametrize("cls", DISPLAYED, ids=lambda c: c.__name__)
@pytest.mark.parametrize("visible", ["sometimes", None, 2])
def test_other_visible_values_raise(cls, visible):
    with pytest.raises(ValueError, match=f"{cls.__name__}: visible must be True, False or 'hidden'"):
        cls(visible=visible)


def test_scale_should_be_an_integer():
    assert gr.Textbox(scale=2.0).scale == 2.0
    with pytest.warns(UserWarning, match="Textbox: scale should be an integer"):  # Gradio 6.31 warns too
        gr.Textbox(scale=1.5)


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: gr.Textbox(type="number"), "Textbox: type must be"),
        (lambda: gr.Button(variant="danger"), "Button: variant must be"),
        (lambda: gr.Slider(10, 0), "Slider: minimum 10 is greater than maximum 0"),
        (lambda: gr.Dropdown(["a"], type="label"), "Dropdown: type must be"),
        (lambda: gr.Radio(["a"], type="label"), "Radio: type must be"),
        (lambda: gr.CheckboxGroup(["a"], type="label"), "CheckboxGroup: type must be"),
        (lambda: gr.State(time_to_live=0), "State: time_to_live must be a positive number"),
    ],
)
def test_bad_constructor_arguments_name_the_component(make, message):
    with pytest.raises(ValueError, match=message):
        make()


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: gr.Dropdown("abc"), "Dropdown: choices must be a list, got str"),
        (lambda: gr.Radio(3), "Radio: choices must be a list, got int"),
        (lambda: gr.CheckboxGroup([("a", 1, 2)]), r"CheckboxGroup: a choice pair must be \(label, value\)"),
    ],
)
def test_bad_choices_name_the_component(make, message):
    with pytest.raises((TypeError, ValueError), match=message):
        make()


@pytest.mark.parametrize("cls", [gr.Dropdown, gr.Radio, gr.CheckboxGroup])
def test_choices_are_normalised_to_label_value_pairs(cls):
    comp = cls([("One", 1), "two", 3, ["Four", 4.0]])
    assert comp.get_config()["choices"] == [["One", 1], ["two", "two"], ["3", 3], ["Four", 4.0]]


# -- preprocess / postprocess ------------------------------------------------------------

PREPROCESS = [
    # (component, payload from the front end, what the function receives)
    (gr.Textbox(), "hi", "hi"),
    (gr.Textbox(), "", ""),
    (gr.Textbox(), None, None),
    (gr.Textbox(max_length=3), "abc", "abc"),
    # Gradio keeps the number the page sent: an int stays an int (f"{n} y/o" is "0 y/o")
    (gr.Number(), 3, 3),
    (gr.Number(), 0, 0),
    (gr.Number(), 2.5, 2.5),
    (gr.Number(), None, None),
    (gr.Number(precision=0), 2.6, 3),
    (gr.Number(precision=2), 3.14159, 3.14),
    (gr.Number(precision=2), 2, 2),
    (gr.Number(minimum=0, maximum=10), 10, 10),
    (gr.Number(minimum=0, maximum=10), 0, 0),
    (gr.Number(minimum=0, maximum=10), 0.0, 0.0),
    (gr.Slider(0, 10), 5, 5),
    (gr.Slider(0, 10), 10, 10),
    (gr.Slider(0, 1), 0.25, 0.25),
    (gr.Slider(0, 10, precision=0), 2.6, 3),
    (gr.Checkbox(), True, True),
    (gr.Checkbox(), False, False),
    (gr.Checkbox(), None, None),
    (gr.CheckboxGroup(["a", "b", "c"]), ["a", "c"], ["a", "c"]),
    (gr.CheckboxGroup(["a", "b", "c"]), None, []),
    (gr.CheckboxGroup(["a", "b", "c"], type="index"), ["c", "a"], [2, 0]),
    (gr.CheckboxGroup([("One", 1), ("Two", 2)]), [2], [2]),
    (gr.Dropdown(["a", "b"]), "b", "b"),
    (gr.Dropdown(["a", "b"]), None, None),
    (gr.Dropdown(["a", "b"], type="index"), "b", 1),
    (gr.Dropdown([("One", 1), ("Two", 2)]), 2, 2),
    (gr.Dropdown(["a", "b"], multiselect=True), ["b", "a"], ["b", "a"]),
    (gr.Dropdown(["a", "b"], multiselect=True), None, []),
    (gr.Dropdown(["a", "b"], multiselect=True, type="index"), ["b", "a"], [1, 0]),
    (gr.Dropdown(["a", "b"], multiselect=True, max_choices=2), ["a", "b"], ["a", "b"]),
    (gr.Dropdown(["a", "b"], allow_custom_value=True), "zzz", "zzz"),
    (gr.Dropdown(["a", "b"], allow_custom_value=True, type="index"), "zzz", None),
    (gr.Dropdown(["a", "b"], allow_custom_value=True, multiselect=True, type="index"), ["a", "zzz"], [0, None]),
    (gr.Radio(["a", "b"]), "a", "a"),
    (gr.Radio(["a", "b"]), None, None),
    (gr.Radio(["a", "b"], type="index"), "b", 1),
    (gr.Button(), "Run", "Run"),
    (gr.Markdown(), "# Title", "# Title"),
    (gr.HTML(), "<b>x</b>", "<b>x</b>"),
    (gr.JSON(), {"a": [1, 2, None]}, {"a": [1, 2, None]}),
    (gr.JSON(), [1, "two"], [1, "two"]),
    (gr.JSON(), 3, 3),
    (gr.JSON(), None, None),
    (gr.Label(), {"label": "cat", "confidences": [{"label": "cat", "confidence": 0.9}, {"label": "dog", "confidence": 0.1}]}, {"cat": 0.9, "dog": 0.1}),
    (gr.Label(), {"label": "cat"}, "cat"),
    (gr.Label(), {"label": 3.5, "confidences": None}, 3.5),
    (gr.Label(), None, None),
]


@pytest.mark.parametrize("comp, payload, expected", PREPROCESS, ids=[repr(c) for c, *_ in PREPROCESS])
def test_preprocess(comp, payload, expected):
    result = roundtrip_in(comp, payload)
    assert result == expected
    assert type(result) is type(expected)


def test_state_preprocess_passes_the_object_itself():
    value = object()
    state = gr.State()
    assert state.preprocess(value) is value
    assert state.postprocess(value) is value


PREPROCESS_ERRORS = [
    # (component, bad payload, error type, message)
    (gr.Textbox(label="Name"), 3, InvalidComponentError, "Textbox 'Name' expects text, got int"),
    (gr.Textbox(label="Name", max_length=3), "abcd", InvalidComponentError, "Textbox 'Name': text longer than max_length=3"),
    (gr.Number(label="Age"), "3", InvalidComponentError, "Number 'Age' expects a number, got str"),
    (gr.Number(label="Age"), True, InvalidComponentError, "Number 'Age' expects a number, got bool"),
    (gr.Number(label="Age", minimum=0), -1, gr.Error, "Number 'Age': value -1 is less than the minimum 0"),
    (gr.Number(label="Age", maximum=120), 121, gr.Error, "Number 'Age': value 121 is more than the maximum 120"),
    (gr.Slider(0, 10, label="Level"), 11, InvalidComponentError, r"Slider 'Level': value 11 is outside \[0, 10\]"),
    (gr.Slider(0, 10, label="Level"), -0.5, InvalidComponentError, r"Slider 'Level': value -0.5 is outside \[0, 10\]"),
    (gr.Slider(0, 10, label="Level"), "5", InvalidComponentError, "Slider 'Level' expects a number, got str"),
    (gr.Slider(0, 10, label="Level"), None, InvalidComponentError, "Slider 'Level' expects a number, got NoneType"),
    (gr.Checkbox(label="OK"), "true", InvalidComponentError, "Checkbox 'OK' expects true or false, got 'true'"),
    (gr.Checkbox(label="OK"), 1, InvalidComponentError, "Checkbox 'OK' expects true or false, got 1"),
    (gr.CheckboxGroup(["a"], label="Tags"), "a", InvalidComponentError, "CheckboxGroup 'Tags' expects a list, got str"),
    (gr.CheckboxGroup(["a"], label="Tags"), ["z"], gr.Error, r"CheckboxGroup 'Tags': value 'z' is not in the list of choices: \['a'\]"),
    (gr.Dropdown(["a"], label="Pick"), "z", gr.Error, r"Dropdown 'Pick': value 'z' is not in the list of choices: \['a'\]"),
    (gr.Dropdown(["a"], label="Pick"), ["a"], InvalidComponentError, "Dropdown 'Pick' expects a single value, got list"),
    (gr.Dropdown(["a"], label="Pick", multiselect=True), "a", InvalidComponentError, r"Dropdown 'Pick' \(multiselect\) expects a list, got str"),
    (gr.Dropdown(["a"], label="Pick", multiselect=True), ["a", "z"], gr.Error, "Dropdown 'Pick': value 'z' is not in the list of choices"),
    (gr.Dropdown(["a", "b"], label="Pick", multiselect=True, max_choices=1), ["a", "b"], gr.Error, "Dropdown 'Pick': at most 1 choices can be selected"),
    (gr.Dropdown([("One", 1)], label="Pick"), "One", gr.Error, r"Dropdown 'Pick': value 'One' is not in the list of choices: \[1\]"),
    (gr.Radio(["a"], label="Size"), "z", gr.Error, "Radio 'Size': value 'z' is not in the list of choices"),
    (gr.Radio(["a"], label="Size"), ["a"], InvalidComponentError, "Radio 'Size' expects a single value, got list"),
    (gr.Label(label="Class"), {"label": [1]}, InvalidComponentError, r"Label 'Class' received an invalid value.*field 'label\.str'"),
    (gr.Label(label="Class"), {"confidences": "x"}, InvalidComponentError, "Label 'Class' received an invalid value.*field 'confidences'"),
]


@pytest.mark.parametrize(
    "comp, payload, error, message", PREPROCESS_ERRORS, ids=[f"{c!r}-{p!r}" for c, p, *_ in PREPROCESS_ERRORS]
)
def test_preprocess_rejects_bad_input_naming_the_component(comp, payload, error, message):
    with pytest.raises(error, match=message):
        roundtrip_in(comp, payload)


def test_component_without_label_is_named_by_its_class():
    with pytest.raises(InvalidComponentError, match="^Textbox expects text"):
        gr.Textbox().preprocess(1)


class Point(BaseModel):
    x: int
    y: int


class ListLike:
    """Anything with ``tolist()`` (numpy arrays and scalars) without importing numpy."""

    def tolist(self):
        return [[1, 2], [3, 4]]


POSTPROCESS = [
    # (component, what the function returns, what the front end gets)
    (gr.Textbox(), "hi", "hi"),
    (gr.Textbox(), 3, "3"),
    (gr.Textbox(), None, ""),
    (gr.Number(), 3, 3),
    (gr.Number(), 3.0, 3.0),
    (gr.Number(), "2.5", 2.5),
    (gr.Number(), None, None),
    (gr.Number(precision=0), 2.6, 3),
    (gr.Number(precision=2), 3.14159, 3.14),
    (gr.Slider(5, 10), None, 5),
    (gr.Slider(0, 10), 7, 7),
    (gr.Slider(0, 10), 2.5, 2.5),
    (gr.Slider(0, 10), "4", 4.0),
    (gr.Checkbox(), True, True),
    (gr.Checkbox(), None, False),
    (gr.Checkbox(), 1, True),
    (gr.CheckboxGroup(["a", "b"]), ["a"], ["a"]),
    (gr.CheckboxGroup(["a", "b"]), ("a", "b"), ["a", "b"]),
    (gr.CheckboxGroup(["a", "b"]), "a", ["a"]),
    (gr.CheckboxGroup(["a", "b"]), None, []),
    (gr.Dropdown(["a", "b"]), "b", "b"),
    (gr.Dropdown(["a", "b"]), None, None),
    (gr.Dropdown(["a", "b"], multiselect=True), "a", ["a"]),
    (gr.Dropdown(["a", "b"], multiselect=True), ("a", "b"), ["a", "b"]),
    (gr.Dropdown(["a", "b"], multiselect=True), None, []),
    (gr.Radio(["a", "b"]), "b", "b"),
    (gr.Radio(["a", "b"]), None, None),
    (gr.Button(), "Go", "Go"),
    (gr.Button(), 3, "3"),
    (gr.Button(), None, None),
    (gr.Markdown(), "# Title", "# Title"),
    (gr.Markdown(), "\n    # Title\n      indented\n    text\n", "# Title\n  indented\ntext"),
    (gr.Markdown(), None, ""),
    (gr.HTML(), "<p>x</p>", "<p>x</p>"),
    (gr.HTML(), None, None),
    (gr.JSON(), {"a": 1}, {"a": 1}),
    (gr.JSON(), '{"a": [1, 2]}', {"a": [1, 2]}),
    (gr.JSON(), "[1, 2]", [1, 2]),
    (gr.JSON(), (1, "two", (3,)), [1, "two", [3]]),
    (gr.JSON(), {1: float("nan"), "inf": float("inf")}, {"1": None, "inf": None}),
    (gr.JSON(), {"p": Point(x=1, y=2)}, {"p": {"x": 1, "y": 2}}),
    (gr.JSON(), ListLike(), [[1, 2], [3, 4]]),
    (gr.JSON(), None, None),
    (gr.Label(), "cat", {"label": "cat", "confidences": None}),
    (gr.Label(), 3, {"label": "3", "confidences": None}),
    (gr.Label(), None, None),
    (gr.Label(), {}, None),
    (
        gr.Label(),
        {"cat": 0.2, "dog": 0.7, "fox": 0.1},
        {"label": "dog", "confidences": [
            {"label": "dog", "confidence": 0.7},
            {"label": "cat", "confidence": 0.2},
            {"label": "fox", "confidence": 0.1},
        ]},
    ),
    (
        gr.Label(num_top_classes=2),
        {"cat": 0.2, "dog": 0.7, "fox": 0.1},
        {"label": "dog", "confidences": [{"label": "dog", "confidence": 0.7}, {"label": "cat", "confidence": 0.2}]},
    ),
    (
        gr.Label(),
        {"label": "x", "confidences": [{"label": "x", "confidence": 1}]},
        {"label": "x", "confidences": [{"label": "x", "confidence": 1.0}]},
    ),
]


@pytest.mark.parametrize("comp, value, expected", POSTPROCESS, ids=[repr(c) for c, *_ in POSTPROCESS])
def test_postprocess(comp, value, expected):
    result = roundtrip_out(comp, value)
    assert result == expected
    assert type(result) is type(expected)
    json.dumps(result)


POSTPROCESS_ERRORS = [
    (gr.Number(label="Age"), "abc", "Number 'Age': expected a number, got str 'abc'"),
    (gr.Number(label="Age"), [1], r"Number 'Age': expected a number, got list \[1\]"),
    (gr.Slider(0, 10, label="Level"), "abc", "Slider 'Level': expected a number, got str 'abc'"),
    (gr.Slider(0, 10, label="Level"), {"v": 1}, "Slider 'Level': expected a number, got dict"),
    (gr.JSON(label="Data"), "{not json", "JSON 'Data': the string is not valid JSON"),
    (gr.JSON(label="Data"), {"when": object()}, "JSON 'Data': object is not JSON-serialisable"),
    (gr.Label(label="Class"), {"cat": "high"}, "Label 'Class': a dict value must map labels to numbers"),
    (gr.Label(label="Class"), ["cat"], "Label 'Class': expected a str, a number or a dict of confidences, got list"),
]


@pytest.mark.parametrize("comp, value, message", POSTPROCESS_ERRORS, ids=[f"{c!r}-{v!r}" for c, v, _ in POSTPROCESS_ERRORS])
def test_postprocess_rejects_bad_values_naming_the_component(comp, value, message):
    with pytest.raises(gr.Error, match=message):
        comp.postprocess(value)


def test_label_dict_round_trips_sorted():
    label = gr.Label()
    scores = {"cat": 0.2, "dog": 0.7, "fox": 0.1}
    received = roundtrip_in(label, roundtrip_out(label, scores))
    assert received == scores
    assert list(received) == ["dog", "cat", "fox"]


@pytest.mark.parametrize("value", [{"a": [1, {"b": None}]}, [1, 2.5, True], 0, None])
def test_json_round_trips(value):
    comp = gr.JSON()
    assert roundtrip_in(comp, roundtrip_out(comp, value)) == value


@pytest.mark.parametrize(
    "precision, number, expected",
    [(None, 3, 3), (None, 0, 0), (None, 3.0, 3.0), (None, 2.71828, 2.71828), (0, 2.6, 3), (0, 2.4, 2),
     (1, 2.71828, 2.7), (3, 2.71828, 2.718), (2, 2, 2)],
)
def test_number_precision(precision, number, expected):
    comp = gr.Number(precision=precision)
    for result in (comp.preprocess(number), comp.postprocess(number)):
        assert result == expected
        assert type(result) is type(expected)


def test_number_initial_value_is_rounded():
    assert gr.Number(2.71828, precision=2).value == 2.72
    assert gr.Number(2.6, precision=0).value == 3


@pytest.mark.parametrize(
    "minimum, maximum, step",
    [(0, 100, 1), (0, 360, 1), (0, 1, 0.01), (0, 10, 0.1), (-5, 5, 0.1), (0, 1000, 10), (0, 0.5, 0.001), (3, 3, 1)],
)
def test_slider_default_step(minimum, maximum, step):
    assert gr.Slider(minimum, maximum).step == step


def test_slider_explicit_step_is_kept():
    assert gr.Slider(0, 100, step=5).step == 5


def test_slider_value_defaults_to_minimum():
    assert gr.Slider(2, 8).value == 2
    assert gr.Slider(2, 8, value=5).value == 5


def test_slider_randomize_picks_values_on_the_step_grid():
    slider = gr.Slider(0, 1, value=0.5, step=0.1, randomize=True)
    assert slider.load_fn is not None  # value is ignored: a random value per session
    grid = {round(i / 10, 1) for i in range(11)}
    draws = {slider.load_fn() for _ in range(200)}
    assert draws <= grid
    assert len(draws) > 1


def test_dropdown_default_value_is_the_first_choice():
    assert gr.Dropdown(["a", "b"]).value == "a"
    assert gr.Dropdown([("One", 1), ("Two", 2)]).value == 1
    assert gr.Dropdown().value is None


def test_dropdown_value_none_selects_nothing():
    assert gr.Dropdown(["a", "b"], value=None).value is None
    assert gr.Dropdown(["a", "b"], value=None, multiselect=True).value == []


def test_dropdown_multiselect_default_and_single_value():
    assert gr.Dropdown(["a", "b"], multiselect=True).value == []
    assert gr.Dropdown(["a", "b"], value="b", multiselect=True).value == ["b"]


def test_markdown_initial_value_is_dedented():
    md = gr.Markdown(
        """
        # Title
        Some *text*.
        """
    )
    assert md.value == "# Title\nSome *text*."


def test_checkboxgroup_initial_value():
    assert gr.CheckboxGroup(["a", "b"], value="a").value == ["a"]
    assert gr.CheckboxGroup(["a", "b"], value=["a", "b"]).value == ["a", "b"]


# -- api_info and examples -------------------------------------------------------------------

API_INFO = [
    (gr.Textbox(), {"type": "string"}),
    (gr.Number(), {"type": "number"}),
    (gr.Slider(0, 10), {"type": "number", "description": "numeric value between 0 and 10"}),
    (gr.Checkbox(), {"type": "boolean"}),
    (gr.CheckboxGroup(["a", "b"]), {"items": {"enum": ["a", "b"], "type": "string"}, "title": "Checkbox Group", "type": "array"}),
    (gr.Dropdown(["a", "b"]), {"type": "string", "enum": ["a", "b"]}),
    (gr.Dropdown(["a", "b"], multiselect=True), {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}}),
    (gr.Dropdown(["a", "b"], allow_custom_value=True), {"type": "string"}),
    (gr.Radio(["a", "b"]), {"type": "string", "enum": ["a", "b"]}),
    (gr.Button(), {"type": "string"}),
    (gr.Markdown(), {"type": "string"}),
    (gr.HTML(), {"type": "string"}),
    (gr.JSON(), {"type": {}, "description": "any valid json"}),
    (gr.State(), {"type": {}, "description": "any valid json"}),
]


@pytest.mark.parametrize("comp, expected", API_INFO, ids=[repr(c) for c, _ in API_INFO])
def test_api_info(comp, expected):
    assert comp.api_info() == expected


def test_label_api_info_is_its_data_model_schema():
    schema = gr.Label().api_info()
    assert schema["title"] == "LabelData"
    assert set(schema["properties"]) == {"label", "confidences"}
    assert schema["$defs"]["LabelConfidence"]["properties"].keys() == {"label", "confidence"}


@pytest.mark.parametrize("make", ALL_MAKERS, ids=ALL_IDS)
def test_example_payload_is_json_and_preprocesses(make):
    comp = make()
    payload = comp.example_payload()
    assert json.loads(json.dumps(payload)) == payload
    roundtrip_in(comp, payload)


@pytest.mark.parametrize("make", ALL_MAKERS, ids=ALL_IDS)
def test_example_value_round_trips(make):
    comp = make()
    value = comp.example_value()
    sent = roundtrip_out(comp, value)
    json.dumps(sent)
    assert roundtrip_in(comp, sent) == value


@pytest.mark.parametrize("make", ALL_MAKERS, ids=ALL_IDS)
def test_flag_round_trips(make):
    comp = make()
    payload = roundtrip_out(comp, comp.example_value())
    assert isinstance(comp.flag(payload), str)
    if comp.skip_api:
        return
    assert serialize(comp.read_from_flag(comp.flag(payload))) == payload


@pytest.mark.parametrize(
    "comp, example, shown",
    [
        (gr.Textbox(), 3, "3"),
        (gr.Markdown(), "  # Hi", "# Hi"),
        (gr.Label(), {"a": 1}, {"label": "a", "confidences": [{"label": "a", "confidence": 1.0}]}),
        (gr.JSON(), '{"a": 1}', {"a": 1}),
    ],
)
def test_process_example_uses_postprocess(comp, example, shown):
    assert comp.process_example(example) == shown


# -- repr -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make, text",
    [
        (lambda: gr.Textbox(), "Textbox()"),
        (lambda: gr.Textbox("hi", label="Name", lines=3), "Textbox(value='hi', lines=3, label='Name')"),
        (lambda: gr.Textbox(label="Name", render=False), "Textbox(label='Name')"),
        (lambda: gr.Slider(0, 10, value=3), "Slider(minimum=0, maximum=10, value=3)"),
        (lambda: gr.Dropdown(["a", "b"], value="b"), "Dropdown(choices=['a', 'b'], value='b')"),
        (lambda: gr.Number(value=lambda: 3), "Number(value=<function <lambda>>)"),
        (lambda: gr.State(object()), "State(value=<object>)"),
        (lambda: gr.Button("Go", variant="primary"), "Button(value='Go', variant='primary')"),
        (lambda: gr.Markdown("x" * 100), "Markdown(value='" + "x" * 56 + "...)"),
    ],
)
def test_repr(make, text):
    assert repr(make()) == text


@pytest.mark.parametrize("make", ALL_MAKERS, ids=ALL_IDS)
def test_repr_is_deterministic(make):
    a, b = make(), make()
    assert a._id != b._id
    assert repr(a) == repr(b)
    assert "0x" not in repr(a)


# -- State -------------------------------------------------------------------------------------


def test_state_deep_copies_its_initial_value():
    history = [{"role": "user"}]
    state = gr.State(history)
    history.append("later")
    history[0]["role"] = "changed"
    assert state.value == [{"role": "user"}]
    assert state.initial_value() == [{"role": "user"}]


def test_state_gives_each_session_a_fresh_copy():
    state = gr.State({"items": []})
    first, second = state.initial_value(), state.initial_value()
    assert first == second == {"items": []}
    first["items"].append(1)
    assert second == {"items": []}
    assert state.initial_value() == {"items": []}
    assert state.value == {"items": []}


def test_state_callable_is_called_per_session():
    calls = []

    def fresh():
        calls.append(1)
        return len(calls)

    state = gr.State(fresh)
    assert calls == []
    assert state.value is None
    assert [state.initial_value(), state.initial_value()] == [1, 2]


def test_state_value_must_be_deep_copyable():
    with pytest.raises(TypeError, match="State: the initial value must be deep-copyable"):
        gr.State(threading.Lock())


def test_state_options():
    seen = []
    state = gr.State(1, time_to_live=5, delete_callback=seen.append)
    assert state.time_to_live == 5
    assert state.get_config()["time_to_live"] == 5
    state.delete_callback("x")
    assert seen == ["x"]
    assert state.skip_api
    assert state.VIEW is None
