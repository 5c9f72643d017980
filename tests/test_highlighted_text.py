"""gr.HighlightedText: every value form Gradio 6.31 takes, what the page holds and what a
function receives, and select/change through the widget protocol."""

from __future__ import annotations

import inspect

import numpy as np
import pytest

import nbblocks as gr
from nbblocks.components.base import serialize
from nbblocks.exceptions import Error, InvalidComponentError
from nbblocks.testing import Frontend


def tokens(value):
    return [(t["token"], t["class_or_confidence"]) for t in serialize(value)]


def test_signature_config_and_aliases():
    params = inspect.signature(gr.HighlightedText.__init__).parameters
    defaults = {"color_map": None, "show_legend": False, "show_inline_category": True, "combine_adjacent": False,
                "adjacent_separator": "", "show_whitespaces": True, "rtl": False, "buttons": None}
    for name, default in defaults.items():
        assert params[name].default == default
    config = gr.HighlightedText(color_map={"A": "red"}, show_legend=True).get_config()
    assert {k: config[k] for k in defaults} == {**defaults, "color_map": {"A": "red"}, "show_legend": True, "buttons": []}
    assert gr.Highlight is gr.Highlightedtext is gr.HighlightedText
    assert [e.event_name for e in gr.HighlightedText.EVENTS] == ["change", "select"]
    with pytest.raises(ValueError, match="color_map must be a dict"):
        gr.HighlightedText(color_map=["red"])


def test_pairs_and_scores():
    ht = gr.HighlightedText()
    value = ht.postprocess([("The", None), ("quick", "adj"), ("fox", 0.5), ("x", 1), ["y", np.float32(-0.25)]])
    assert serialize(value) == [
        {"token": "The", "class_or_confidence": None}, {"token": "quick", "class_or_confidence": "adj"},
        {"token": "fox", "class_or_confidence": 0.5}, {"token": "x", "class_or_confidence": 1.0},
        {"token": "y", "class_or_confidence": -0.25}]
    assert ht.postprocess(None) is None
    # The input form can be returned as it is.
    assert tokens(ht.postprocess([{"token": "a", "class_or_confidence": "B"}])) == [("a", "B")]
    assert tokens(ht.postprocess([("a", "X", "extra")])) == [("a", "X")]  # extra items ignored, as in Gradio


def test_entities_become_tokens_with_the_gaps():
    ht = gr.HighlightedText()
    assert tokens(ht.postprocess({"text": "Hello World Foo", "entities": [{"entity": "A", "start": 6, "end": 11}]})) == [
        ("Hello ", None), ("World", "A"), (" Foo", None)]
    # Empty gaps stay as empty tokens at the ends; entity_group works; order does not matter.
    assert tokens(ht.postprocess({"text": "Hello", "entities": [{"entity_group": "A", "start": 0, "end": 5}]})) == [
        ("", None), ("Hello", "A"), ("", None)]
    assert tokens(ht.postprocess({"text": "abcdefgh", "entities": [
        {"entity": "B", "start": np.int64(5), "end": np.int64(7)}, {"entity": "A", "start": 0, "end": 2}]})) == [
        ("", None), ("ab", "A"), ("cde", None), ("fg", "B"), ("h", None)]
    assert tokens(ht.postprocess({"text": "Hello", "entities": []})) == [("Hello", None)]


def test_combine_adjacent_and_whitespace():
    ht = gr.HighlightedText(combine_adjacent=True, adjacent_separator=" ")
    assert tokens(ht.postprocess([("a", "X"), ("b", "X"), ("", None), ("c", None), ("d", "X")])) == [
        ("a b", "X"), ("c", None), ("d", "X")]
    joined = gr.HighlightedText(combine_adjacent=True).postprocess(
        {"text": "Hello World", "entities": [{"entity": "A", "start": 0, "end": 5}, {"entity": "A", "start": 5, "end": 11}]})
    assert tokens(joined) == [("Hello World", "A")]
    assert tokens(gr.HighlightedText(show_whitespaces=False).postprocess([(" a ", "X"), ("\tb\n", None)])) == [("a", "X"), ("b", None)]


def test_bad_values_name_the_component():
    ht = gr.HighlightedText(label="NER")
    for bad, message in [
        ({"text": "x"}, "a dict value needs the keys 'text' and 'entities'"),
        ("abc", "expected a list of \\(token, label\\) pairs"),
        ([("a",)], "item 0 must be a \\(token, label\\) pair"),
        ([(1, "x")], "token 0 must be a str, got int"),
        ([("a", ["x"])], "the label of token 0 must be a str, a number or None, got list"),
        ({"text": "abc", "entities": [{"entity": "A"}]}, "every entity needs 'start' and 'end'"),
        ({"text": 5, "entities": []}, "'text' must be a str"),
    ]:
        with pytest.raises(Error, match=f"HighlightedText 'NER': {message}"):
            ht.postprocess(bad)


def test_preprocess_gives_dicts():
    ht = gr.HighlightedText()
    payload = ht.payload_from_json([{"token": "a", "class_or_confidence": "X"}, {"token": "b"}])
    assert ht.preprocess(payload) == [{"token": "a", "class_or_confidence": "X"}, {"token": "b", "class_or_confidence": None}]
    assert ht.preprocess(None) is None
    with pytest.raises(InvalidComponentError, match="HighlightedText received an invalid value"):
        ht.payload_from_json([{"class_or_confidence": "X"}])
    info = ht.api_info()
    assert info["type"] == "array" and info["items"] == {"$ref": "#/$defs/HighlightedToken"}


def test_select_and_interactive_labelling_through_the_widgets():
    picked: list[tuple[object, object]] = []
    received: list[object] = []

    def on_select(evt: gr.SelectData):
        picked.append((evt.index, evt.value))
        return f"{evt.value[0]} is {evt.value[1]}"

    with gr.Blocks() as demo:
        text = gr.Textbox()
        ner = gr.HighlightedText(label="NER", interactive=True)
        said = gr.Textbox()
        text.submit(lambda s: {"text": s, "entities": [{"entity": "PER", "start": 0, "end": 3}]}, text, ner)
        ner.select(on_select, None, said)
        ner.change(received.append, ner, None)
    ui = Frontend(demo)
    ui.set(text, "Ada was here")
    ui.trigger(text, "submit")
    assert ui.value(ner) == [{"token": "", "class_or_confidence": None}, {"token": "Ada", "class_or_confidence": "PER"},
                             {"token": " was here", "class_or_confidence": None}]
    assert received[-1][1] == {"token": "Ada", "class_or_confidence": "PER"}
    ui.select(ner, 1)
    assert picked == [(1, ["Ada", "PER"])] and ui.value(said) == "Ada is PER"
    # The user labels "here" (the page splits the token and sends the new tokens with change).
    edited = [{"token": "Ada", "class_or_confidence": "PER"}, {"token": " was ", "class_or_confidence": None},
              {"token": "here", "class_or_confidence": "PLACE"}]
    ui.trigger(ner, "change", value=edited)
    assert received[-1] == edited
    from nbblocks.testing import FrontendError

    with pytest.raises(FrontendError, match="has no item 7 to select"):
        ui.select(ner, 7)
    demo.close()


def test_an_example_shows_its_text():
    ht = gr.HighlightedText()
    assert ht.process_example([("Ada", "PER"), (" lived", None)]) == "Ada lived"
    assert ht.process_example({"text": "in Paris", "entities": [{"entity": "LOC", "start": 3, "end": 8}]}) == "in Paris"
    assert ht.process_example(None) is None
