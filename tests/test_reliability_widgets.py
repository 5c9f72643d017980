"""Hostile and malformed widget messages, through the virtual front end: the same rules
as over HTTP (``docs/reliability.md``). A refused message shows an error on its component
naming it and the field; the app keeps serving other events."""

from __future__ import annotations

import json
import threading

import pytest

import nbblocks as gr
from nbblocks.testing import Frontend
from server_log import ServerLog


@pytest.fixture
def app():
    with gr.Blocks() as demo:
        text = gr.Textbox(label="Text")
        number = gr.Number(label="Amount")
        data = gr.JSON(label="Data")
        out = gr.Textbox(label="Out")
        text.submit(lambda s: s[::-1], text, out)
        number.submit(lambda x: repr(x), number, out)
        data.change(lambda d: json.dumps(d)[:50], data, out)
    yield demo, text, number, data, out
    demo.close()


def nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


def still_serves(ui: Frontend, text, out) -> None:
    ui.set(text, "abc")
    ui.trigger(text, "submit")
    assert ui.value(out) == "cba"


# -- item 5: nesting bound and numbers out of range ------------------------------------------


def test_deeply_nested_value_from_the_page_is_refused_naming_the_component(app):
    demo, text, number, data, out = app
    ui = Frontend(demo)
    with ServerLog() as log:
        ui.send_raw(data, {"method": "custom", "content": {"type": "event", "event": "change", "data": None, "value": nested(500)}})
        ui.wait()
    message = ui.error(data)
    assert message is not None and "JSON 'Data'" in message and "deeper than 100" in message
    assert ui.value(out) == ""  # the event did not run
    assert not [r for r in log.errors if "Error in" in r.getMessage()]
    still_serves(ui, text, out)


def test_a_number_out_of_float_range_is_refused_by_number(app):
    demo, text, number, data, out = app
    ui = Frontend(demo)
    with ServerLog() as log:
        ui.send_raw(number, {"method": "custom", "content": {"type": "event", "event": "submit", "data": None, "value": 10**4000}})
        ui.wait()
    message = ui.error(out)
    assert message is not None and "Number 'Amount'" in message and "out of range" in message
    assert "OverflowError" not in message
    assert log.errors == []
    still_serves(ui, text, out)


# -- item 10: lone surrogates ------------------------------------------------------------------


def test_a_lone_surrogate_from_the_page_is_refused_at_the_door(app):
    demo, text, number, data, out = app
    ui = Frontend(demo)
    ui.send_raw(text, {"method": "custom", "content": {"type": "event", "event": "submit", "data": None, "value": "ab\ud800"}})
    ui.wait()
    message = ui.error(text)
    assert message is not None and "Textbox 'Text'" in message and "surrogate" in message
    assert ui.value(out) == ""
    still_serves(ui, text, out)


def test_a_lone_surrogate_in_a_synced_value_is_refused(app):
    demo, text, number, data, out = app
    ui = Frontend(demo)
    ui.send_raw(data, {"method": "update", "state": {"value": {"k": "\udc80"}}, "buffer_paths": []})
    assert "surrogate" in (ui.error(data) or "")
    assert ui.state_value(data) is None


# -- item 11: NaN and Infinity -------------------------------------------------------------------


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_nan_and_infinity_from_the_page_are_refused(app, bad):
    demo, text, number, data, out = app
    ui = Frontend(demo)
    ui.send_raw(number, {"method": "custom", "content": {"type": "event", "event": "submit", "data": None, "value": bad}})
    ui.wait()
    message = ui.error(number)
    assert message is not None and "Number 'Amount'" in message and "finite" in message
    assert ui.value(out) == ""


def test_nan_and_infinity_in_outputs_reach_the_page_as_null():
    with gr.Blocks() as demo:
        number = gr.Number(label="Amount")
        data = gr.JSON(label="Data")
        button = gr.Button()
        button.click(lambda: (float("nan"), {"a": float("inf"), "b": [1.5, float("-inf")]}), None, [number, data])
    ui = Frontend(demo)
    with ServerLog() as log:
        ui.click(button)
    assert ui.value(number) is None
    assert ui.value(data) == {"a": None, "b": [1.5, None]}
    assert ui.error(number) is None and log.errors == []
    demo.close()


# -- item 7: a State stored by an event still running at close() is called back ----------------


def test_a_state_stored_after_close_gets_its_delete_callback_once():
    deleted: list = []
    both = threading.Event()
    entered = threading.Event()
    release = threading.Event()

    def on_delete(value):
        deleted.append(value)
        if len(deleted) == 2:
            both.set()

    with gr.Blocks() as demo:
        state = gr.State("initial", delete_callback=on_delete)
        button = gr.Button()

        def slow(value):
            entered.set()
            assert release.wait(30)
            return "stored while closing"

        button.click(slow, state, state)
    ui = Frontend(demo)
    session = demo.view().session
    ui.click(button, wait=False)
    assert entered.wait(30)
    demo.close()
    assert deleted == ["initial"]
    release.set()
    assert both.wait(30), deleted
    assert session.wait_idle(30)
    assert deleted == ["initial", "stored while closing"]


@pytest.mark.parametrize("flat", [
    {"type": "event", "event": "click", "data": None, "seq": 3, "ok": True, "x": 1.5},
    {"value": "caf\u00e9 \u2603"},
    {"value": float("nan")},
    {"value": float("-inf")},
    {"value": "a\ud800b"},
    {"a\udc00": 1},
    {1: "a"},
    {"value": [1, 2]},
    {},
])
def test_flat_messages_are_checked_and_cleaned_as_nested_ones_are(flat):
    """A one-level dict of plain scalars takes a shorter check; it finds what the general
    walk finds, in the same words, and cleans the same way."""
    from nbblocks.json_values import find_problem, for_clients

    nested = find_problem({"m": flat})
    problem = find_problem(flat)
    if nested is None:
        assert problem is None
        assert for_clients(flat) is flat
    else:
        assert problem == (nested[0][1:], nested[1])
        assert for_clients(flat) == for_clients({"m": flat})["m"]


_FILE = {"path": "ab12/image.webp", "url": None, "size": None, "orig_name": "image.webp", "mime_type": "image/webp",
         "is_stream": False, "meta": {"_type": "gradio.FileData"}}


@pytest.mark.parametrize("value", [
    _FILE,
    {**_FILE, "meta": {"_type": "gradio.FileData", "w": float("nan")}},
    {**_FILE, "orig_name": "caf\u00e9.webp"},
    {"a": [{"b": {"c": [1, 2.5, None, True]}}]},
    {"a": [{"b": {"c": [1, float("inf")]}}]},
    {"a": {"b": {"c": {"d": {"e": {"f": 1}}}}}},
    {"a": {"b": {"c": {"d": {"e": {"f\ud800": 1}}}}}},
    {"a": [{"k\udc00": 1}]},
    {"a": {1: "x"}},
    {"a": ("t", "u")},
])
@pytest.mark.parametrize("max_depth", [2, 3, 100])
def test_nested_values_take_the_short_check_with_the_walks_answer(value, max_depth):
    """Plain dicts and lists a few levels deep (a FileData's JSON form) skip the general
    walk; the answer, the depth limit and the cleaning stay the walk's (a list at the
    root always takes the walk)."""
    from nbblocks.json_values import find_problem, for_clients

    walked = find_problem([value], max_depth + 1)  # one level more for the list around it
    problem = find_problem(value, max_depth)
    if walked is None:
        assert problem is None
    else:
        assert problem == (walked[0][1:], walked[1].replace(f"than {max_depth + 1} levels", f"than {max_depth} levels"))
    if find_problem([value], 1 << 30) is None:
        assert for_clients(value) is value
    else:
        assert for_clients(value) == for_clients([value])[0]


# -- a gesture's events and a listener that writes back -----------------------------------


def test_a_listener_writing_back_to_its_trigger_is_not_undone_by_the_gestures_next_event():
    # The page sends a gesture's value once, with its first event; the next event names
    # that message. Here the first event's listener has finished (and written back) before
    # the next event arrives, the order that lost the written value when each message
    # carried the value again.
    with gr.Blocks() as demo:
        box = gr.Textbox(label="Name")
        box.input(lambda s: s.upper(), box, box)
    ui = Frontend(demo)
    widget = ui._widget(box)
    first = ui._send_custom(widget, {"type": "event", "event": "input", "data": None, "value": "ada"})
    ui.wait()
    assert ui.value(box) == "ADA"
    ui._send_custom(widget, {"type": "event", "event": "change", "data": None, "value_of": first})
    ui.wait()
    assert ui.value(box) == "ADA" and ui.state_value(box) == "ADA"
    demo.close()


def test_an_upload_listener_that_replaces_the_image_keeps_its_output():
    pytest.importorskip("numpy")
    from support.images import png

    with gr.Blocks() as demo:
        img = gr.Image(type="numpy", label="Photo")
        img.upload(lambda a: a[:4, :4], img, img)
        shape = gr.Textbox()
        size = gr.Button("Size")
        size.click(lambda a: "x".join(map(str, a.shape)), img, shape)
    ui = Frontend(demo)
    for attempt in range(10):  # the write-back races the gesture's later events each time
        ui.upload(img, png((8, 8)), "photo.png")
        ui.click(size)
        assert ui.value(shape) == "4x4x3", f"attempt {attempt}"
    demo.close()


def test_a_refused_value_stops_its_whole_gesture():
    ran: list[str] = []
    with gr.Blocks() as demo:
        img = gr.Image(label="Photo")
        img.input(lambda a: ran.append("input"), img, None)
        img.change(lambda a: ran.append("change"), img, None)
    ui = Frontend(demo)
    ui.set(img, {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}})
    assert ran == [] and "was not issued by this app" in (ui.error(img) or "")
    demo.close()
