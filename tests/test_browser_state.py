"""gr.BrowserState: a JSON value kept in the page's localStorage, sealed by the kernel."""

from __future__ import annotations

import json

import pytest

import nbblocks as gr
from nbblocks.components._sealing import Sealer
from nbblocks.testing import Frontend


def _counter_app(storage_key: str = "notes", secret: str = "s3cret"):
    with gr.Blocks() as demo:
        notes = gr.BrowserState(["first"], storage_key=storage_key, secret=secret)
        item = gr.Textbox()
        add = gr.Button("Add")
        shown = gr.JSON()
        add.click(lambda text, items: items + [text], [item, notes], notes)
        notes.change(lambda items: items, notes, shown)
        show = gr.Button("Show")
        show.click(lambda items: items, notes, shown)
    return demo, notes, item, add, show, shown


def test_constructor_and_processing():
    state = gr.BrowserState({"a": 1}, storage_key="k", secret="x")
    assert state.storage_key == "k"
    assert state.value == {"a": 1}
    got = state.preprocess(None)
    assert got == {"a": 1} and got is not state.default_value  # a fresh copy each time
    assert state.preprocess([1, 2]) == [1, 2]
    assert state.postprocess((1, 2)) == [1, 2]
    assert state.api_info() == {"type": {}, "description": "any json-serializable value"}
    assert state.example_payload() == "test"
    config = state.get_config()
    assert config["storage_key"] == "k" and config["default_value"] == {"a": 1}
    assert "x" not in json.dumps(config)  # the secret stays in the kernel
    assert config["visible"] is False


def test_random_key_and_secret_by_default():
    a, b = gr.BrowserState(), gr.BrowserState()
    assert len(a.storage_key) == 16 and a.storage_key != b.storage_key
    text = a.notebook_value([1])
    assert a.read_notebook_value(text) == [1]
    assert b.read_notebook_value(text) is None  # another random secret


def test_bad_arguments_name_the_component():
    with pytest.raises(ValueError, match="BrowserState: default_value must be JSON-serializable"):
        gr.BrowserState({1, 2})
    with pytest.raises(ValueError, match="BrowserState: storage_key"):
        gr.BrowserState(storage_key="")
    with pytest.raises(ValueError, match="BrowserState: value must be JSON-serializable"):
        gr.BrowserState().postprocess(float("nan"))


def test_sealed_text_is_unreadable_and_tamper_evident():
    sealer = Sealer("secret")
    text = sealer.seal('{"card":"4111 1111"}', "key")
    assert text.startswith("nbb1.") and "4111" not in text
    assert sealer.seal('{"card":"4111 1111"}', "key") != text  # a fresh nonce each time
    assert sealer.open(text, "key") == '{"card":"4111 1111"}'
    for plain in ("", "é" * 5000, '"\u0000"'):  # empty, long (many stream blocks), odd text
        assert sealer.open(sealer.seal(plain, "key"), "key") == plain
    with pytest.raises(ValueError, match="another secret"):
        Sealer("other").open(text, "key")
    with pytest.raises(ValueError, match="another secret"):
        sealer.open(text, "another-key")  # bound to its storage key
    flipped = text[:-6] + ("A" if text[-6] != "A" else "B") + text[-5:]
    with pytest.raises(ValueError):
        sealer.open(flipped, "key")
    for junk in ("", "nbb1.", "nbb1.!!!", "plain", None, 3):
        with pytest.raises(ValueError, match="not a sealed value"):
            sealer.open(junk, "key")  # type: ignore[arg-type]


def test_kernel_stores_sealed_value_in_local_storage_and_reads_it_back():
    demo, notes, item, add, show, shown = _counter_app()
    page = Frontend(demo)
    stored = page.local_storage["notes"]  # the default, stored when first shown
    assert "first" not in stored and notes.read_notebook_value(stored) == ["first"]
    page.set(item, "second")
    page.click(add)
    assert page.value(shown) == ["first", "second"]  # change fired
    stored = page.local_storage["notes"]
    assert "second" not in stored
    assert notes.read_notebook_value(stored) == ["first", "second"]
    demo.close()

    # The cell runs again (or the kernel restarted): the page sends what it stored.
    demo2, notes2, item2, add2, show2, shown2 = _counter_app()
    page2 = Frontend(demo2, local_storage=page.local_storage)
    page2.click(show2)
    assert page2.value(shown2) == ["first", "second"]
    page2.set(item2, "third")
    page2.click(add2)
    assert notes2.read_notebook_value(page.local_storage["notes"]) == ["first", "second", "third"]
    demo2.close()


def test_a_value_sealed_with_another_secret_gives_the_default(caplog):
    demo, *_ = _counter_app(secret="one")
    page = Frontend(demo)
    demo.close()
    demo2, _, _, _, show2, shown2 = _counter_app(secret="two")
    page2 = Frontend(demo2, local_storage=page.local_storage)
    page2.click(show2)
    assert page2.value(shown2) == ["first"]
    assert "stored value was ignored" in caplog.text
    demo2.close()


def test_http_api_sends_and_returns_the_plain_value_as_gradio():
    pytest.importorskip("uvicorn")
    pytest.importorskip("gradio_client")
    from support.servers import client, serving
    from support.waiting import WAIT

    from nbblocks.server.api_info import component_config

    demo, notes, *_ = _counter_app()
    config = component_config(notes)
    assert config["type"] == "browserstate" and config["skip_api"] is False
    assert "s3cret" not in json.dumps(config)
    with serving(demo):
        c = client(demo)
        try:
            api = c.view_api(return_format="dict", print_info=False)
            params = api["named_endpoints"]["/lambda"]["parameters"]
            assert [p["component"] for p in params] == ["Textbox", "Browserstate"]  # Gradio capitalises the class name
            assert params[1]["python_type"]["type"] == "str | float | bool | list | dict"
            assert c.submit("x", ["a"], api_name="/lambda").result(timeout=WAIT) == ["a", "x"]
            # None (nothing stored): the function gets the default value
            assert c.submit("x", None, api_name="/lambda").result(timeout=WAIT) == ["first", "x"]
        finally:
            c.close()


def test_load_listeners_and_change_see_the_stored_value_as_in_gradio():
    def app():
        with gr.Blocks() as demo:
            saved = gr.BrowserState(["", ""], storage_key="login", secret="k")
            user = gr.Textbox()
            changes = gr.Number(0)
            demo.load(lambda values: values[0], saved, user)  # Gradio's documented pattern
            saved.change(lambda n: n + 1, changes, changes)
            keep = gr.Button()
            keep.click(lambda name: [name, "pw"], user, saved)
        return demo, saved, user, changes, keep

    demo, saved, user, changes, keep = app()
    page = Frontend(demo)
    page.wait()
    assert page.value(user) == ""  # nothing stored: load saw the default
    page.set(user, "ada")
    page.click(keep)
    assert page.value(changes) == 1
    demo.close()

    demo, saved, user, changes, keep = app()
    page = Frontend(demo, local_storage=page.local_storage)
    page.wait_for(lambda: page.value(user) == "ada")  # load ran again with what the page kept
    page.wait()
    assert page.value(changes) == 1  # change fired once, for the value read from storage
    demo.close()
