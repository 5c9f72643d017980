"""gr.Code: Gradio 6.31's parameters and value semantics, its events through the widget
protocol, and an editor bundle that only a Code component loads."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks.exceptions import Error, InvalidComponentError
from nbblocks.testing import Frontend, FrontendError

STATIC = Path(gr.__file__).parent / "static"

GRADIO_LANGUAGES = [
    "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2", "typescript",
    "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL", "sql-mariaDB", "sql-sqlite",
    "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL", "sql-gql", "sql-gpSQL", "sql-sparkSQL", "sql-esper", None,
]


def test_signature_and_defaults_are_gradios():
    params = inspect.signature(gr.Code.__init__).parameters
    assert list(params)[1:3] == ["value", "language"]
    assert params["language"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    for name, default in {"lines": 5, "max_lines": None, "wrap_lines": False, "show_line_numbers": True,
                          "autocomplete": False, "buttons": None}.items():
        assert params[name].default == default and params[name].kind is inspect.Parameter.KEYWORD_ONLY
    code = gr.Code()
    config = code.get_config()
    assert {k: config[k] for k in ("language", "lines", "max_lines", "wrap_lines", "show_line_numbers",
                                   "autocomplete", "buttons")} == {
        "language": None, "lines": 5, "max_lines": None, "wrap_lines": False, "show_line_numbers": True,
        "autocomplete": False, "buttons": ["copy", "download"]}
    assert code.value is None
    assert [e.event_name for e in gr.Code.EVENTS] == ["change", "input", "focus", "blur"]


def test_languages_are_gradios_list():
    assert gr.Code.languages == GRADIO_LANGUAGES
    for language in GRADIO_LANGUAGES:
        assert gr.Code(language=language).language == language
    with pytest.raises(ValueError, match="'rust' is not supported"):
        gr.Code(language="rust")
    with pytest.raises(ValueError, match="not supported"):
        gr.Code(language="Python")


def test_postprocess_strips_and_preprocess_does_not():
    code = gr.Code(language="python")
    assert code.postprocess("\n  x = 1\n\n") == "x = 1"
    assert code.postprocess(None) is None
    assert gr.Code("  a = 1  \n").value == "a = 1"
    assert code.preprocess("  x\n") == "  x\n"
    assert code.preprocess(None) is None
    with pytest.raises(InvalidComponentError, match="Code expects code as text, got int"):
        code.preprocess(3)
    with pytest.raises(Error, match="tuple"):
        code.postprocess(("file.py", "python"))
    with pytest.raises(Error, match="Code 'Src': expected code as a str, got int"):
        gr.Code(label="Src").postprocess(5)


def test_max_lines_is_at_least_lines_and_buttons_are_checked():
    assert gr.Code(lines=3, max_lines=2).max_lines == 3
    assert gr.Code(lines=3, max_lines=9).max_lines == 9
    assert gr.Code(buttons=["copy"]).buttons == ["copy"]
    assert gr.Code(buttons=[]).buttons == []
    with pytest.raises(ValueError, match="unknown button 'fullscreen'"):
        gr.Code(buttons=["fullscreen"])
    with pytest.raises(ValueError, match="custom buttons are not supported"):
        gr.Code(buttons=[gr.Button("x", render=False)])


def test_api_info_flag_and_examples():
    code = gr.Code()
    assert code.api_info() == {"type": "string"}
    assert code.flag("x\n") == "x\n" and code.read_from_flag("x\n") == "x\n"
    assert code.example_payload() == code.example_value() == "print('Hello World')"
    assert code.process_example("  y  ") == "y"


def test_typing_runs_input_and_change_listeners_with_the_code_as_typed():
    seen: list[tuple[str, str]] = []
    with gr.Blocks() as demo:
        editor = gr.Code(language="python", label="Editor")
        out = gr.Code(label="Out")
        focus = gr.Textbox()
        editor.input(lambda c: seen.append(("input", c)), editor, None)
        editor.change(lambda c: f"  {c.upper()}  \n", editor, out)
        editor.focus(lambda: "focused", None, focus)
        editor.blur(lambda: "blurred", None, focus)
    ui = Frontend(demo)
    assert ui.props(editor)["language"] == "python"
    assert ui.value(editor) is None
    ui.set(editor, "  def f():\n    pass\n")
    assert seen == [("input", "  def f():\n    pass\n")]
    assert ui.value(out) == "DEF F():\n    PASS"  # postprocess stripped it
    ui.trigger(editor, "focus")
    assert ui.value(focus) == "focused"
    ui.trigger(editor, "blur")
    assert ui.value(focus) == "blurred"
    demo.close()


def test_a_static_code_refuses_typing_and_a_bad_value_is_refused():
    with gr.Blocks() as demo:
        shown = gr.Code("x = 1", interactive=False)
        editor = gr.Code(label="Editor")
        editor.change(lambda c: c, editor, shown)
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="not interactive"):
        ui.set(shown, "y")
    ui.set(editor, 5)  # what a broken page might send
    assert "Code 'Editor' expects code as text, got int" in ui.error(shown)
    assert ui.value(shown) == "x = 1"
    ui.set(editor, "ok")  # the app keeps working
    assert ui.value(shown) == "ok" and ui.error(shown) is None
    demo.close()


def test_only_the_code_view_carries_the_editor():
    code_js = (STATIC / "views" / "code.js").read_text(encoding="utf-8")
    assert "cm-editor" in code_js  # CodeMirror is inside the Code view...
    for path in [STATIC / "boot.js", STATIC / "runtime.js", STATIC / "block.js", *sorted((STATIC / "views").glob("*.js"))]:
        if path.name != "code.js":  # ... and in nothing else a page may load
            assert "cm-editor" not in path.read_text(encoding="utf-8"), f"{path.name} bundles CodeMirror"
    with gr.Blocks() as demo:
        text = gr.Textbox()
        code = gr.Code()
    ui = Frontend(demo)
    assert ui.view_source(code) == (code_js, "")  # what the page asks for when it shows a Code
    assert "cm-editor" not in ui.view_source(text)[0]
    demo.close()


def test_import_nbblocks_reads_no_view_and_loads_no_editor():
    probe = ("import sys, builtins, nbblocks as gr\n"
             "opened = []\n"
             "real = builtins.open\n"
             "builtins.open = lambda f, *a, **k: (opened.append(str(f)), real(f, *a, **k))[1]\n"
             "gr.Code('x')\n"
             "print([f for f in opened if f.endswith('.js')])")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.replace("'", '"')) == []
