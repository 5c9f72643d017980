"""gr.ColorPicker and gr.DateTime: Gradio 6.31's parameters, value forms and types, and
their events through the widget protocol."""

from __future__ import annotations

import datetime as dt
import inspect
import time
from zoneinfo import ZoneInfo

import pytest

import nbblocks as gr
from nbblocks.exceptions import Error, InvalidComponentError
from nbblocks.testing import Frontend

# -- ColorPicker -----------------------------------------------------------------------------


def test_colorpicker_values():
    cp = gr.ColorPicker("#ff0000", label="Tint")
    assert cp.value == "#ff0000"
    assert cp.preprocess("#00ff00") == "#00ff00"
    assert cp.preprocess(None) is None and cp.postprocess(None) is None
    assert cp.postprocess("#ABCDEF") == "#ABCDEF"  # shown as given, as Gradio does
    assert cp.postprocess(123) == "123"
    with pytest.raises(InvalidComponentError, match="ColorPicker 'Tint' expects a colour as text, got list"):
        cp.preprocess([1, 2, 3])
    assert cp.api_info() == {"type": "string"}
    assert cp.example_payload() == cp.example_value() == "#000000"
    assert [e.event_name for e in gr.ColorPicker.EVENTS] == ["change", "input", "release", "submit", "focus", "blur"]
    assert list(inspect.signature(gr.ColorPicker.__init__).parameters)[1:2] == ["value"]


def test_colorpicker_events():
    calls: list[tuple[str, object]] = []

    def released(c: str, evt: gr.EventData) -> str:
        calls.append(("release", c))
        return f"{c} {evt._data}"  # release carries the picked colour, as the page sends it

    with gr.Blocks() as demo:
        cp = gr.ColorPicker("#000000")
        shown = gr.Textbox()
        for event in ("input", "change", "submit", "focus", "blur"):
            getattr(cp, event)(lambda c, e=event: calls.append((e, c)), cp, None)
        cp.release(released, cp, shown)
    ui = Frontend(demo)
    ui.set(cp, "#12ab34")
    assert calls == [("input", "#12ab34"), ("change", "#12ab34")]
    calls.clear()
    ui.trigger(cp, "release", "#12ab34")
    assert ui.value(shown) == "#12ab34 #12ab34"
    ui.trigger(cp, "submit")
    ui.trigger(cp, "focus")
    ui.trigger(cp, "blur")
    assert calls == [("release", "#12ab34"), ("submit", "#12ab34"), ("focus", "#12ab34"), ("blur", "#12ab34")]
    demo.close()


def test_colorpicker_as_an_output():
    calls: list[str] = []
    with gr.Blocks() as demo:
        src = gr.Textbox()
        out = gr.ColorPicker()
        src.submit(lambda s: s, src, out)
        out.change(calls.append, out, None)
    ui = Frontend(demo)
    ui.set(src, "red")
    ui.trigger(src, "submit")
    assert ui.value(out) == "red" and calls == ["red"]
    demo.close()


# -- DateTime --------------------------------------------------------------------------------


def test_datetime_signature_and_config():
    params = inspect.signature(gr.DateTime.__init__).parameters
    for name, default in {"include_time": True, "type": "timestamp", "timezone": None, "buttons": None}.items():
        assert params[name].default == default
    d = gr.DateTime(include_time=False, type="string", timezone="Europe/Paris")
    config = d.get_config()
    assert {k: config[k] for k in ("include_time", "type", "timezone", "buttons")} == {
        "include_time": False, "type": "string", "timezone": "Europe/Paris", "buttons": []}
    assert [e.event_name for e in gr.DateTime.EVENTS] == ["change", "submit"]
    assert gr.DateTime().api_info() == {"type": "string", "description": "Formatted as YYYY-MM-DD HH:MM:SS"}
    assert d.api_info() == {"type": "string", "description": "Formatted as YYYY-MM-DD"}
    with pytest.raises(ValueError, match="DateTime: type must be one of timestamp, datetime, string"):
        gr.DateTime(type="date")
    with pytest.raises(ValueError, match="unknown timezone 'Mars/Base'"):
        gr.DateTime(timezone="Mars/Base")
    with pytest.raises(ValueError, match="custom buttons are not supported"):
        gr.DateTime(buttons=[gr.Button("x", render=False)])


def test_datetime_postprocess_formats():
    assert gr.DateTime(value=0.0, timezone="Asia/Tokyo").value == "1970-01-01 09:00:00"
    assert gr.DateTime(value=86400, timezone="UTC").value == "1970-01-02 00:00:00"
    local = dt.datetime.fromtimestamp(1_700_000_000).strftime("%Y-%m-%d %H:%M:%S")
    assert gr.DateTime(value=1_700_000_000).value == local  # no timezone: the kernel's local time
    assert gr.DateTime(value=dt.datetime(2024, 1, 2, 3, 4, 5)).value == "2024-01-02 03:04:05"
    aware = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=ZoneInfo("America/New_York"))
    assert gr.DateTime(value=aware, timezone="Asia/Tokyo").value == "2024-01-02 03:04:05"  # as it is, like Gradio
    assert gr.DateTime(value=dt.datetime(2024, 1, 2, 3, 4, 5), include_time=False).value == "2024-01-02"
    assert gr.DateTime(value=dt.date(2024, 5, 6), include_time=False).value == "2024-05-06"
    assert gr.DateTime(value="hello").value == "hello"  # strings are shown unchecked
    assert gr.DateTime().postprocess(None) is None
    with pytest.raises(Error, match="DateTime: expected a timestamp, a datetime or a str, got list"):
        gr.DateTime().postprocess([1])
    with pytest.raises(Error, match="out of range"):
        gr.DateTime().postprocess(1e20)


def test_datetime_preprocess_by_type():
    text = "2024-07-02 10:00:00"
    naive = dt.datetime(2024, 7, 2, 10)
    assert gr.DateTime().preprocess(text) == naive.timestamp()
    assert gr.DateTime(timezone="Europe/Paris").preprocess(text) == 1719907200.0
    assert gr.DateTime(timezone="UTC").preprocess(text) == 1719914400.0
    paris = gr.DateTime(type="datetime", timezone="Europe/Paris").preprocess(text)
    assert paris == dt.datetime(2024, 7, 2, 10, tzinfo=ZoneInfo("Europe/Paris")) and paris.utcoffset() == dt.timedelta(hours=2)
    assert gr.DateTime(type="datetime").preprocess(text) == naive
    assert gr.DateTime(type="datetime", include_time=False).preprocess("2024-07-02") == dt.datetime(2024, 7, 2)
    assert gr.DateTime(type="string").preprocess("anything at all") == "anything at all"
    for empty in (None, "", "   "):
        assert gr.DateTime().preprocess(empty) is None
    with pytest.raises(Error, match=r"'2024/01/01' is not a date in the form YYYY-MM-DD HH:MM:SS"):
        gr.DateTime().preprocess("2024/01/01")
    with pytest.raises(Error, match="YYYY-MM-DD$"):
        gr.DateTime(include_time=False).preprocess(text)
    with pytest.raises(InvalidComponentError, match="expects the date as text"):
        gr.DateTime().preprocess(5)


def test_datetime_relative_now():
    before = time.time()
    got = gr.DateTime().preprocess("now - 5m")
    after = time.time()
    assert before - 300 - 1 <= got <= after - 300 + 1
    assert abs(gr.DateTime().preprocess("now") - time.time()) < 5
    assert abs(gr.DateTime().preprocess(" now - 2 d ") - (time.time() - 2 * 86400)) < 5
    with pytest.raises(Error, match="'now-5x' is not a valid time"):
        gr.DateTime().preprocess("now-5x")
    stamped = gr.DateTime(type="string").preprocess("now - 1h")
    assert dt.datetime.strptime(stamped, "%Y-%m-%d %H:%M:%S")
    # With a timezone, "now" is that zone's wall time (an aware datetime).
    tokyo = gr.DateTime(type="datetime", timezone="Asia/Tokyo").preprocess("now")
    assert tokyo.utcoffset() == dt.timedelta(hours=9)


def test_datetime_ambiguous_and_skipped_times_match_gradio():
    # Gradio's pytz.localize(is_dst=False): the standard-time offset.
    paris = gr.DateTime(timezone="Europe/Paris")
    assert paris.preprocess("2024-10-27 02:30:00") == 1729992600.0  # the second 02:30 (CET)
    assert paris.preprocess("2024-03-31 02:30:00") == 1711848600.0  # a skipped time, read as CET
    assert gr.DateTime(type="datetime", timezone="Europe/Paris").preprocess("2024-10-27 02:30:00").utcoffset() == dt.timedelta(hours=1)


def test_datetime_events_and_a_bad_date_keeps_the_app_working(caplog):
    with gr.Blocks() as demo:
        when = gr.DateTime(label="When", type="datetime", timezone="UTC")
        out = gr.Textbox()
        submitted = gr.Textbox()
        when.change(lambda d: "none" if d is None else d.isoformat(), when, out)
        when.submit(lambda d: "submitted", when, submitted)
    ui = Frontend(demo)
    ui.set(when, "2024-01-02 03:04:05")
    assert ui.value(out) == "2024-01-02T03:04:05+00:00"
    ui.trigger(when, "submit")
    assert ui.value(submitted) == "submitted"
    ui.set(when, "2024/01/02")
    assert "DateTime 'When': '2024/01/02' is not a date" in ui.error(out)
    ui.set(when, "")
    assert ui.value(out) == "none" and ui.error(out) is None
    # A DateTime has no `input` event: setting it sends only what its view sends.
    assert not [r for r in caplog.records if "has no event" in r.getMessage()]
    demo.close()


def test_datetime_output_from_a_timestamp():
    with gr.Blocks() as demo:
        src = gr.Number()
        when = gr.DateTime(timezone="UTC", include_time=False)
        src.submit(lambda n: n, src, when)
    ui = Frontend(demo)
    ui.set(src, 86400 * 365)
    ui.trigger(src, "submit")
    assert ui.value(when) == "1971-01-01"
    demo.close()
