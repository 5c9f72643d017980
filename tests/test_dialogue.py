"""gr.Dialogue: the constructor, preprocess/postprocess, api_info, examples and the server
functions ``format``/``unformat`` as gradio 6.31 behaves (each expected value below was
measured by running gradio 6.31.0's ``gr.Dialogue``), errors that name the component and
the field, the events through Frontend, the saved-notebook snapshot, and the HTTP API
through the real gradio_client."""

from __future__ import annotations

import json

import pytest

import nbblocks as gr
from nbblocks.components.dialogue import DialogueLine, DialogueModel
from nbblocks.exceptions import Error, InvalidComponentError
from nbblocks.testing import Frontend, FrontendError

LINES = [{"speaker": "A", "text": "Hi"}, {"speaker": "B", "text": "Yo"}]
EXAMPLE = [{"speaker": "Speaker 1", "text": "Hello, how are you?"}, {"speaker": "Speaker 2", "text": "I'm fine, thank you!"}]
# gradio 6.31.0: gr.Dialogue().api_info()
API_INFO = {
    "$defs": {"DialogueLine": {"properties": {"speaker": {"title": "Speaker", "type": "string"},
                                              "text": {"title": "Text", "type": "string"}},
                               "required": ["speaker", "text"], "title": "DialogueLine", "type": "object"}},
    "anyOf": [{"items": {"$ref": "#/$defs/DialogueLine"}, "type": "array"}, {"type": "string"}],
    "title": "DialogueModel", "additional_description": None,
}


def model(value) -> DialogueModel:
    return DialogueModel.model_validate(value)


# -- constructor ------------------------------------------------------------------------------


def test_defaults_props_and_events_are_gradios():
    with gr.Blocks() as demo:
        dialogue = gr.Dialogue(speakers=["A", "B"])
    props = Frontend(demo).props(dialogue)
    # gradio 6.31.0's get_config() of gr.Dialogue(speakers=["A", "B"]), for these keys
    assert {k: props[k] for k in ("type", "speakers", "tags", "separator", "color_map", "label", "info", "placeholder",
                                  "show_label", "container", "min_width", "autofocus", "autoscroll", "max_lines",
                                  "buttons", "submit_btn", "ui_mode", "server_fns")} == {
        "type": "text", "speakers": ["A", "B"], "tags": [], "separator": "\n", "color_map": None, "label": "Dialogue",
        "info": None, "placeholder": None, "show_label": True, "container": True, "min_width": 160, "autofocus": False,
        "autoscroll": True, "max_lines": None, "buttons": [], "submit_btn": False, "ui_mode": "both",
        "server_fns": ["format", "unformat"],
    }
    assert props["name"] == "dialogue" and props["interactive"] is True
    assert "formatter" not in props and "unformatter" not in props  # functions stay in the kernel
    assert [str(e) for e in gr.Dialogue.EVENTS] == ["change", "input", "submit"]
    assert not hasattr(dialogue, "blur") and not hasattr(dialogue, "clear")
    demo.close()


def test_info_shows_only_on_an_interactive_dialogue():
    # gradio 6.31.0 drops `info` unless interactive is true
    assert gr.Dialogue().info is None
    assert gr.Dialogue(interactive=False, info="x").info is None
    assert gr.Dialogue(interactive=True).info == "Type colon (:) in the dialogue line to see the available tags"
    assert gr.Dialogue(interactive=True, info="Pick a voice").info == "Pick a voice"


def test_constructor_refuses_bad_arguments_naming_the_field():
    with pytest.raises(ValueError, match="Dialogue 'Script': type must be 'list' or 'text', got 'dict'"):
        gr.Dialogue(type="dict", label="Script")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Dialogue: ui_mode must be one of 'dialogue', 'text', 'both'"):
        gr.Dialogue(ui_mode="chat", label=None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="separator must be a string other than '' and ' '"):
        gr.Dialogue(separator=" ")  # gradio 6.31 refuses " " too
    with pytest.raises(ValueError, match="separator"):
        gr.Dialogue(separator="")
    with pytest.raises(ValueError, match="unknown button 'download'"):
        gr.Dialogue(buttons=["download"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="speakers must be a list of strings"):
        gr.Dialogue(speakers="Ann")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="tags must be a list of strings"):
        gr.Dialogue(tags=[1])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="color_map must map speaker names to CSS colours"):
        gr.Dialogue(color_map={"Ann": 3})  # type: ignore[dict-item]
    with pytest.raises(ValueError, match="max_lines must be a positive int or None"):
        gr.Dialogue(max_lines=0)
    with pytest.raises(ValueError, match="formatter must be a function or None"):
        gr.Dialogue(formatter="{speaker}: {text}")  # type: ignore[arg-type]
    with pytest.raises(Error, match=r"Dialogue 'Dialogue': value\[0\] has no 'text'"):
        gr.Dialogue([{"speaker": "A"}])
    assert gr.Dialogue(buttons=["copy"]).buttons == ["copy"]
    assert gr.Dialogue(separator=" | ").separator == " | "


# -- preprocess and postprocess ---------------------------------------------------------------


def test_preprocess_type_text_formats_the_lines():
    comp = gr.Dialogue(speakers=["A", "B"])
    assert comp.preprocess(model(LINES)) == "[A] Hi\n[B] Yo"
    assert comp.preprocess(model("hello there")) == "hello there"  # typed plain text passes as it is
    assert comp.preprocess(model("")) == ""
    assert comp.preprocess(model([])) == ""
    assert comp.preprocess(model([{"speaker": "A", "text": ""}])) == ""  # one empty line
    assert comp.preprocess(model([{"speaker": "A", "text": ""}, {"speaker": "B", "text": ""}])) == "[A] \n[B] "
    assert gr.Dialogue(separator=" | ").preprocess(model(LINES)) == "[A] Hi | [B] Yo"
    assert gr.Dialogue(formatter=lambda s, t: f"{s}: {t}").preprocess(model(LINES)) == "A: Hi\nB: Yo"
    assert comp.preprocess(None) is None  # gradio 6.31 fails on None; nbblocks passes it on


def test_preprocess_type_list_gives_the_lines_as_dicts():
    comp = gr.Dialogue(type="list", speakers=["A", "B"])
    assert comp.preprocess(model(LINES)) == LINES
    assert comp.preprocess(model("x")) == "x"  # text typed in the plain-text view stays text
    assert comp.preprocess(model([])) == []
    # the formatter plays no part for type="list"
    assert gr.Dialogue(type="list", formatter=lambda s, t: f"{s}: {t}").preprocess(model(LINES)) == LINES
    assert comp.preprocess(None) is None


def test_postprocess_takes_dicts_or_a_string():
    comp = gr.Dialogue(speakers=["A", "B"])
    assert comp.postprocess(LINES).model_dump() == LINES
    assert comp.postprocess([{"speaker": "A", "text": "x", "time": 3}]).model_dump() == [{"speaker": "A", "text": "x"}]
    assert comp.postprocess("[A] hi\n[B] yo").model_dump() == "[A] hi\n[B] yo"  # the page splits it (unformat)
    assert comp.postprocess(None) is None
    assert comp.postprocess([]).model_dump() == []
    assert comp.postprocess([DialogueLine(speaker="A", text="m")]).model_dump() == [{"speaker": "A", "text": "m"}]
    assert comp.postprocess(model(LINES)).model_dump() == LINES
    assert gr.Dialogue(LINES).value == LINES


def test_postprocess_refuses_what_is_not_a_dialogue_naming_the_field():
    comp = gr.Dialogue(label="Script")
    # gradio 6.31 raises KeyError, pydantic's ValidationError or TypeError for these
    with pytest.raises(Error, match=r"Dialogue 'Script': value\[0\] has no 'text' \(each line is"):
        comp.postprocess([{"speaker": "A"}])
    with pytest.raises(Error, match=r"Dialogue 'Script': value\[1\]\['speaker'\] must be a string, got int"):
        comp.postprocess([LINES[0], {"speaker": 1, "text": "x"}])
    with pytest.raises(Error, match=r"Dialogue 'Script': value must be a list of .* or a string, got int"):
        comp.postprocess(5)
    with pytest.raises(Error, match=r"value must be a list .* got dict"):
        comp.postprocess({"speaker": "A", "text": "x"})
    with pytest.raises(Error, match=r"value\[0\] must be a dict with 'speaker' and 'text', got tuple"):
        comp.postprocess([("A", "x")])
    with pytest.raises(Error, match="formatter must return a string, returned int for 'A'"):
        gr.Dialogue(formatter=lambda s, t: 1).preprocess(model(LINES))  # type: ignore[arg-type, return-value]
    with pytest.raises(InvalidComponentError, match=r"Dialogue 'Script' received an invalid value \(field 'list\[DialogueLine\]\.0\.text'"):
        comp.preprocess([{"speaker": "A"}])


# -- api_info and examples --------------------------------------------------------------------


def test_api_info_and_examples_are_gradios():
    comp = gr.Dialogue()
    assert comp.api_info() == API_INFO
    assert comp.example_payload() == EXAMPLE and comp.example_value() == EXAMPLE
    # as_example is the example as a function receives it (gradio 6.31)
    assert comp.as_example(LINES) == "[A] Hi\n[B] Yo"
    assert gr.Dialogue(type="list").as_example(LINES) == LINES
    assert comp.as_example("plain") == "plain"
    # an examples table shows the text (Gradio's table prints the list as "[object Object]")
    assert gr.Dialogue(type="list", formatter=lambda s, t: f"{s}: {t}").process_example(LINES) == "A: Hi\nB: Yo"
    flagged = comp.flag(model(LINES))
    assert json.loads(flagged) == LINES and comp.read_from_flag(flagged).model_dump() == LINES


def test_an_example_fills_the_dialogue_and_shows_as_text():
    seen = []
    with gr.Blocks() as demo:
        dialogue = gr.Dialogue(speakers=["A", "B"], type="list")
        examples = gr.Examples([[LINES], ["[B] typed"]], inputs=dialogue)
        dialogue.change(seen.append, dialogue, None)
    ui = Frontend(demo)
    assert ui.props(examples.dataset)["samples"] == [["[A] Hi\n[B] Yo"], ["[B] typed"]]
    ui.click_sample(examples, 0)
    assert ui.value(dialogue) == LINES and seen == [LINES]
    demo.close()


# -- the server functions the page calls ------------------------------------------------------


def test_format_and_unformat_are_gradios():
    comp = gr.Dialogue(speakers=["A", "B"])
    assert comp.format(LINES) == "[A] Hi\n[B] Yo"
    assert comp.format("raw") == "raw" and comp.format([]) == "" and comp.format([{"speaker": "A", "text": ""}]) == ""
    # measured in gradio 6.31: blank pieces dropped, a piece without "[speaker]" goes to the first speaker
    assert comp.unformat({"text": "[A] Hi\n[B] Yo\nplain line\n\n   \n[C]   spaced "}) == [
        {"speaker": "A", "text": "Hi"}, {"speaker": "B", "text": "Yo"}, {"speaker": "A", "text": "plain line"},
        {"speaker": "C", "text": "spaced"}]
    assert gr.Dialogue().unformat({"text": "plain\n[X] y"}) == [{"speaker": "Unknown", "text": "plain"}, {"speaker": "X", "text": "y"}]
    assert comp.unformat({"text": "  "}) == [] and comp.unformat({}) == []
    assert comp.unformat({"text": "[] \n[A]"}) == [{"speaker": "A", "text": ""}]
    assert comp.unformat({"text": "[A Hi"}) == [{"speaker": "A", "text": "[A Hi"}]
    assert gr.Dialogue(separator="|").unformat({"text": "[A] x|[B] y"}) == [{"speaker": "A", "text": "x"}, {"speaker": "B", "text": "y"}]


def test_a_custom_unformatter_reads_what_the_formatter_wrote():
    def parse(line: str, default: str) -> dict[str, str]:
        speaker, _, text = line.partition(": ")
        return {"speaker": speaker, "text": text}

    comp = gr.Dialogue(speakers=["A", "B"], formatter=lambda s, t: f"{s}: {t}", unformatter=parse)
    assert comp.format(LINES) == "A: Hi\nB: Yo"
    assert comp.unformat({"text": comp.format(LINES)}) == LINES
    # Gradio's docstring says an unformatter takes one line; one taking only the line works too
    one = gr.Dialogue(unformatter=lambda line: {"speaker": "X", "text": line.upper()})
    assert one.unformat({"text": "a\nb"}) == [{"speaker": "X", "text": "A"}, {"speaker": "X", "text": "B"}]
    bad = gr.Dialogue(label="S", unformatter=lambda line, default: line)  # type: ignore[arg-type, return-value]
    with pytest.raises(Error, match=r"Dialogue 'S': unformatter must return \{'speaker': str, 'text': str\}, returned 'a'"):
        bad.unformat({"text": "a"})


def test_the_page_calls_format_and_unformat_through_the_kernel():
    with gr.Blocks() as demo:
        dialogue = gr.Dialogue(speakers=["A", "B"], label="Script", formatter=lambda s, t: f"{s} says {t}")
    ui = Frontend(demo)
    assert ui.call_server(dialogue, "format", LINES) == "A says Hi\nB says Yo"
    assert ui.call_server(dialogue, "unformat", {"text": "[B] yo"}) == [{"speaker": "B", "text": "yo"}]
    with pytest.raises(FrontendError, match=r"Dialogue 'Script': unformat\(\) takes \{'text': <the dialogue as a string>\}"):
        ui.call_server(dialogue, "unformat", "[B] yo")
    with pytest.raises(FrontendError, match=r"Dialogue 'Script': format\(\) takes a list of .* lines or a string, got dict"):
        ui.call_server(dialogue, "format", {"speaker": "A"})
    demo.close()


# -- events through Frontend ------------------------------------------------------------------


def test_a_typed_dialogue_reaches_the_function_as_text_and_a_returned_one_is_shown():
    seen: list[tuple[str, object]] = []
    with gr.Blocks() as demo:
        script = gr.Dialogue(speakers=["A", "B"], submit_btn=True, label="Script")
        out = gr.Textbox()
        lines = gr.Dialogue(type="list", interactive=False, label="Lines")
        script.input(lambda v: seen.append(("input", v)), script, None)
        script.change(lambda v: seen.append(("change", v)), script, None)
        script.submit(lambda v: v.upper(), script, out)
        out.change(lambda text: [{"speaker": "B", "text": text}], out, lines)
        lines.change(lambda v: seen.append(("lines", v)), lines, None)
    ui = Frontend(demo)
    ui.set(script, LINES)
    assert sorted(seen) == [("change", "[A] Hi\n[B] Yo"), ("input", "[A] Hi\n[B] Yo")]  # two listeners, run side by side
    ui.trigger(script, "submit")
    assert ui.value(out) == "[A] HI\n[B] YO"
    assert ui.value(lines) == [{"speaker": "B", "text": "[A] HI\n[B] YO"}]
    assert seen[-1] == ("lines", [{"speaker": "B", "text": "[A] HI\n[B] YO"}])
    ui.set(script, "[A] typed in the plain-text view")
    assert seen[-1] == ("change", "[A] typed in the plain-text view")
    demo.close()


def test_a_bad_value_from_a_page_is_refused_and_a_bad_return_names_the_dialogue():
    seen = []
    with gr.Blocks() as demo:
        script = gr.Dialogue(speakers=["A"], label="Script")
        go = gr.Button()
        script.change(seen.append, script, None)
        go.click(lambda: [{"speaker": "A", "words": "x"}], None, script)
    ui = Frontend(demo)
    ui.set(script, [{"speaker": "A", "text": 3}])
    assert "Dialogue 'Script' received an invalid value (field 'list[DialogueLine].0.text'" in ui.toasts[-1]["message"]
    assert seen == []
    ui.click(go)
    assert ui.error(script) == "Dialogue 'Script': value[0] has no 'text' (each line is {'speaker': ..., 'text': ...})"
    demo.close()


def test_props_update_runs_the_constructor_again():
    with gr.Blocks() as demo:
        script = gr.Dialogue(speakers=["A"])
        go = gr.Button()
        go.click(lambda: gr.update(speakers=["A", "B"], ui_mode="text", interactive=True), None, script)
        bad = gr.Button()
        bad.click(lambda: gr.update(ui_mode="nope"), None, script)
    ui = Frontend(demo)
    ui.click(go)
    props = ui.props(script)
    assert (props["speakers"], props["ui_mode"], props["info"]) == (["A", "B"], "text", gr.Dialogue(interactive=True).info)
    ui.click(bad)
    assert "ui_mode must be one of" in ui.error(script)
    demo.close()


# -- the saved notebook ------------------------------------------------------------------------


def test_snapshot_shows_each_line_with_its_speaker_escaped():
    with gr.Blocks() as demo:
        gr.Dialogue([{"speaker": "Ann", "text": "Hi <script>x</script>"}, {"speaker": "Bob", "text": "Yo"}],
                    speakers=["Ann", "Bob"], interactive=False)
        gr.Dialogue("[Ann] typed", label="Plain")
        gr.Dialogue([{"speaker": "x", "text": "y"}], color_map={"x": "red;background:url(evil)"})
    html = demo.to_html()
    assert ">Ann</b>" in html and "Hi &lt;script&gt;x&lt;/script&gt;" in html and "<script>x" not in html
    assert "border-left:3px solid #ef4444" in html and "border-left:3px solid #22c55e" in html  # Gradio's palette
    assert "[Ann] typed" in html
    assert "evil" not in html  # a colour is written into the page only when it is one


# -- over HTTP ---------------------------------------------------------------------------------


def test_over_http_with_gradio_client():
    pytest.importorskip("uvicorn")
    pytest.importorskip("gradio_client")
    from support.servers import client, http_client, serving

    with gr.Blocks() as demo:
        script = gr.Dialogue(speakers=["A", "B"], interactive=True)
        lines = gr.Dialogue(type="list", speakers=["A", "B"])
        out = gr.Textbox()
        script.submit(lambda text: text, script, out, api_name="fmt")
        lines.change(lambda v: json.dumps(v), lines, out, api_name="lst")
        gr.Button().click(lambda text: text, out, script, api_name="back")
        gr.Button().click(lambda: LINES, None, lines, api_name="lines")
    with serving(demo):
        api = client(demo)
        # measured against gradio 6.31.0 with the same app
        assert api.predict(LINES, api_name="/fmt") == "[A] Hi\n[B] Yo"
        assert api.predict("raw text", api_name="/fmt") == "raw text"
        assert api.predict([LINES[0]], api_name="/lst") == '[{"speaker": "A", "text": "Hi"}]'
        assert api.predict("[A] x", api_name="/back") == "[A] x"
        assert api.predict(api_name="/lines") == LINES
        info = api.view_api(return_format="dict", print_info=False)["named_endpoints"]
        param = info["/fmt"]["parameters"][0]
        assert param["type"] == API_INFO and param["component"] == "Dialogue" and param["example_input"] == EXAMPLE
        assert param["python_type"]["type"] == "list[dict(speaker: str, text: str)] | str"
        assert info["/back"]["returns"][0]["python_type"]["type"] == "list[dict(speaker: str, text: str)] | str"
        with pytest.raises(Exception, match="Dialogue 'Dialogue' received an invalid value"):
            api.predict([{"speaker": "A"}], api_name="/fmt")
        with http_client(demo) as http:
            config = http.get("/config").json()
            comp = next(c for c in config["components"] if c["type"] == "dialogue")
            assert comp["props"]["server_fns"] == ["format", "unformat"]
            call = {"component_id": comp["id"], "session_hash": "abc"}
            # gradio 6.31.0 answers these two exactly so
            answer = http.post("/gradio_api/component_server/", json={**call, "fn_name": "unformat", "data": {"text": "[A] hi\n[B] yo"}})
            assert answer.status_code == 200 and answer.json() == [{"speaker": "A", "text": "hi"}, {"speaker": "B", "text": "yo"}]
            answer = http.post("/gradio_api/component_server/", json={**call, "fn_name": "format", "data": [LINES[0]]})
            assert answer.status_code == 200 and answer.json() == "[A] Hi"
            refused = http.post("/gradio_api/component_server/", json={**call, "fn_name": "unformat", "data": 5})
            assert refused.status_code == 400 and "Dialogue 'Dialogue': unformat()" in refused.text
