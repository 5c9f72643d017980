"""gr.FileExplorer: Gradio 6.31's contract (measured with gradio 6.31.0), its listing one
folder at a time, and that nothing outside ``root_dir`` is ever listed or returned."""

from __future__ import annotations

import inspect
import os
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks.components.file_explorer import FileExplorerData, matches
from nbblocks.exceptions import InvalidComponentError
from nbblocks.testing import Frontend, FrontendError


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """root/ a/ b/ z.txt, a/ y.py, c/ w.md, x.txt, .h.txt; beside it outside/secret.txt."""
    root = tmp_path / "root"
    (root / "a" / "b").mkdir(parents=True)
    (root / "c").mkdir()
    (root / "x.txt").write_text("x")
    (root / ".h.txt").write_text("h")
    (root / "a" / "y.py").write_text("y")
    (root / "a" / "b" / "z.txt").write_text("z")
    (root / "c" / "w.md").write_text("w")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text("secret")
    return root


def names(entries: list[dict]) -> list[tuple[str, str, bool]]:
    return [(e["name"], e["type"], e["valid"]) for e in entries]


# -- Gradio's contract ---------------------------------------------------------------------


def test_signature_events_and_config_follow_gradio(tree):
    params = inspect.signature(gr.FileExplorer).parameters
    assert list(params)[:5] == ["glob", "value", "file_count", "root_dir", "ignore_glob"]
    assert [params[p].default for p in ("glob", "file_count", "root_dir", "ignore_glob", "max_height")] == [
        "**/*", "multiple", ".", None, 500]
    assert [str(e) for e in gr.FileExplorer.EVENTS] == ["change", "input", "select"]
    fe = gr.FileExplorer(root_dir=tree, file_count="single", label="Files")
    config = fe.get_config()
    assert {k: config[k] for k in ("glob", "file_count", "root_dir", "ignore_glob", "max_height", "server_fns")} == {
        "glob": "**/*", "file_count": "single", "root_dir": str(tree), "ignore_glob": None, "max_height": 500,
        "server_fns": ["ls"]}
    assert fe.value is None
    assert gr.FileExplorer().root_dir == os.path.abspath(".")  # made absolute, as Gradio's config shows
    with pytest.raises(ValueError, match="FileExplorer 'F': file_count must be 'single' or 'multiple'"):
        gr.FileExplorer(file_count="directory", label="F")
    with pytest.raises(ValueError, match="FileExplorer: custom buttons are not supported"):
        gr.FileExplorer(buttons=[gr.Button("x", render=False)])


def test_preprocess_as_gradio(tree):
    many = gr.FileExplorer(root_dir=tree)
    one = gr.FileExplorer(root_dir=tree, file_count="single")
    assert many.preprocess(None) is None and one.preprocess(None) is None
    assert many.preprocess(FileExplorerData(root=[])) == [] and one.preprocess(FileExplorerData(root=[])) is None
    assert many.preprocess(FileExplorerData(root=[["a", "y.py"], ["x.txt"]])) == [str(tree / "a" / "y.py"), str(tree / "x.txt")]
    assert one.preprocess(FileExplorerData(root=[["a", "y.py"]])) == str(tree / "a" / "y.py")
    assert many.preprocess(FileExplorerData(root=[["a"]])) == [str(tree / "a")]  # a folder matching glob is selectable
    with pytest.raises(InvalidComponentError, match="FileExplorer: field 'value' holds 2 paths; file_count='single' takes one"):
        one.preprocess(FileExplorerData(root=[["x.txt"], ["a", "y.py"]]))


def test_postprocess_as_gradio(tree):
    fe = gr.FileExplorer(root_dir=tree)
    assert fe.postprocess(None) is None
    assert fe.postprocess([]).root == []
    assert fe.postprocess(str(tree / "a" / "y.py")).root == [["a", "y.py"]]
    assert fe.postprocess("a/y.py").root == [["a", "y.py"]]
    assert fe.postprocess(["a/y.py", tree / "x.txt"]).root == [["a", "y.py"], ["x.txt"]]
    assert fe.postprocess(str(tree / "a")).root == [["a"]]
    assert gr.FileExplorer(root_dir=tree, value="x.txt").value == [["x.txt"]]


def test_api_info_and_examples_as_gradio(tree):
    fe = gr.FileExplorer(root_dir=tree)
    assert fe.api_info() == {"items": {"items": {"type": "string"}, "type": "array"}, "title": "FileExplorerData",
                             "type": "array", "additional_description": None}
    assert fe.example_payload() == [["gradio", "app.py"]]
    assert fe.example_value() == os.path.join("gradio", "app.py")


def test_listing_one_folder_at_a_time_as_gradio(tree):
    fe = gr.FileExplorer(root_dir=tree)
    # folders first, then files, each by name; hidden files are files too
    assert names(fe.ls(None)) == names(fe.ls([])) == [
        ("a", "folder", True), ("c", "folder", True), (".h.txt", "file", True), ("x.txt", "file", True)]
    assert names(fe.ls(["a"])) == [("b", "folder", True), ("y.py", "file", True)]
    assert names(fe.ls(["a", "b"])) == [("z.txt", "file", True)]
    py = gr.FileExplorer("**/*.py", root_dir=tree)  # folders stay browsable, but only matches can be ticked
    assert names(py.ls([])) == [("a", "folder", False), ("c", "folder", False)]
    assert names(py.ls(["a"])) == [("b", "folder", False), ("y.py", "file", True)]
    txt = gr.FileExplorer("*.txt", root_dir=tree)  # no "/": the name, at any depth (Gradio lists a/b/z.txt)
    assert names(txt.ls(["a", "b"])) == [("z.txt", "file", True)]


def test_glob_patterns():
    assert matches("*.txt", ["a", "b", "z.txt"]) and not matches("*.txt", ["a"])
    assert matches("**/*.txt", ["x.txt"]) and matches("**/*.txt", ["a", "b", "z.txt"])
    assert matches("a/*", ["a", "y.py"]) and not matches("a/*", ["a", "b", "z.txt"]) and not matches("a/*", ["c", "w.md"])
    assert matches("**/*", ["a"]) and matches("a/**", ["a", "b", "z.txt"])


# -- nothing outside root_dir, nothing ignore_glob hides -----------------------------------


@pytest.mark.parametrize("bad", [[".."], ["..", "outside"], ["a", "..", ".."], ["/etc"], [str(Path("/").resolve())],
                                 ["a/../.."], ["a\\..\\.."], ["."], [""], ["a\x00"], "a", [1], {"path": "a"}])
def test_listing_refuses_paths_that_are_not_names_under_root(tree, bad):
    fe = gr.FileExplorer(root_dir=tree, label="Files")
    with pytest.raises(InvalidComponentError, match="FileExplorer 'Files': field 'subdirectory'"):
        fe.ls(bad)


def test_encoded_names_are_names_not_paths(tree):
    fe = gr.FileExplorer(root_dir=tree)
    for encoded in (["%2e%2e"], ["..%2f"], ["%2e%2e", "outside"]):  # never decoded: a name that is not there
        with pytest.raises(gr.Error, match="which is not a folder"):
            fe.ls(encoded)
    assert fe.postprocess("%2e%2e/outside").root == [["%2e%2e", "outside"]]  # shown ticked, never resolved


def test_symlinks_leading_out_are_neither_listed_nor_returned(tree):
    outside = tree.parent / "outside"
    (tree / "out").symlink_to(outside, target_is_directory=True)
    (tree / "leak.txt").symlink_to(outside / "secret.txt")
    (tree / "inner").symlink_to(tree / "a", target_is_directory=True)  # stays inside: fine
    (tree / "dangling").symlink_to(tree / "missing")
    fe = gr.FileExplorer(root_dir=tree, label="Files")
    assert [e["name"] for e in fe.ls([])] == ["a", "c", "inner", ".h.txt", "x.txt"]
    assert names(fe.ls(["inner"])) == [("b", "folder", True), ("y.py", "file", True)]
    with pytest.raises(InvalidComponentError, match="field 'subdirectory' names 'out', which is outside root_dir"):
        fe.ls(["out"])
    with pytest.raises(InvalidComponentError, match=r"field 'value\[0\]' names 'out/secret.txt', which is outside root_dir"):
        fe.preprocess(FileExplorerData(root=[["out", "secret.txt"]]))
    with pytest.raises(InvalidComponentError, match=r"field 'value\[1\]' names 'leak.txt', which is outside root_dir"):
        fe.preprocess(FileExplorerData(root=[["x.txt"], ["leak.txt"]]))
    with pytest.raises(InvalidComponentError, match="which is outside root_dir"):
        fe.postprocess(str(tree / "leak.txt"))
    assert fe.preprocess(FileExplorerData(root=[["inner", "y.py"]])) == [str(tree / "inner" / "y.py")]


def test_a_root_reached_through_a_symlink_still_lists(tree, tmp_path):
    link = tmp_path / "via"
    link.symlink_to(tree, target_is_directory=True)
    fe = gr.FileExplorer(root_dir=link)
    assert [e["name"] for e in fe.ls([])] == ["a", "c", ".h.txt", "x.txt"]
    assert fe.preprocess(FileExplorerData(root=[["x.txt"]])) == [str(link / "x.txt")]


def test_selections_are_only_what_a_listing_offers(tree):
    fe = gr.FileExplorer("**/*.txt", root_dir=tree, label="Files")
    for bad, why in ([["..", "outside", "secret.txt"]], "not a name in a folder"), ([["a", "y.py"]], "matches glob"), \
            ([["nope.txt"]], "not a file or folder"), ([["a"]], "matches glob"), ([[]], "not a file or folder"), \
            ([str(tree / "x.txt")], "must be a list of names"), ([[str(tree / "x.txt")]], "not a name in a folder"):
        with pytest.raises(InvalidComponentError, match=rf"FileExplorer 'Files': field 'value\[0\]' .*{why}"):
            fe.preprocess(bad)


def test_outputs_outside_root_are_refused(tree):
    fe = gr.FileExplorer(root_dir=tree, label="Files")
    for bad in ("/etc/passwd", "../outside/secret.txt", str(tree.parent / "outside"), "a/../../outside"):
        with pytest.raises(InvalidComponentError, match=r"FileExplorer 'Files': field 'value\[0\]' names .* outside root_dir"):
            fe.postprocess(bad)
    for bad in ("", 3, [None]):
        with pytest.raises(InvalidComponentError, match="FileExplorer 'Files': field 'value"):
            fe.postprocess(bad)
    with pytest.raises(InvalidComponentError, match="outside root_dir"):
        gr.FileExplorer(root_dir=tree, value="/etc/passwd")


def test_ignore_glob_hides_from_listings_and_selections(tree):
    fe = gr.FileExplorer(root_dir=tree, ignore_glob="*.txt", label="Files")
    assert [e["name"] for e in fe.ls([])] == ["a", "c"]
    assert fe.ls(["a", "b"]) == []
    with pytest.raises(InvalidComponentError, match=r"field 'value\[0\]' names 'a/b/z.txt', which ignore_glob hides"):
        fe.preprocess(FileExplorerData(root=[["a", "b", "z.txt"]]))
    with pytest.raises(InvalidComponentError, match="which ignore_glob hides"):
        fe.postprocess("x.txt")
    folder = gr.FileExplorer(root_dir=tree, ignore_glob="a")  # a folder and everything in it
    assert [e["name"] for e in folder.ls([])] == ["c", ".h.txt", "x.txt"]
    with pytest.raises(InvalidComponentError, match="field 'subdirectory' names 'a/b', which ignore_glob hides"):
        folder.ls(["a", "b"])
    with pytest.raises(InvalidComponentError, match="which ignore_glob hides"):
        folder.preprocess(FileExplorerData(root=[["a", "y.py"]]))


def test_a_big_folder_is_listed_alone(tmp_path):
    for i in range(300):
        (tmp_path / f"d{i:03}").mkdir()
        (tmp_path / f"d{i:03}" / "inner.txt").write_text("")
    fe = gr.FileExplorer(root_dir=tmp_path)
    listing = fe.ls([])
    assert len(listing) == 300 and all(e["type"] == "folder" for e in listing)  # not their contents


# -- through the page's protocol and over HTTP ----------------------------------------------


def test_page_lists_folders_and_a_function_receives_the_ticked_paths(tree):
    with gr.Blocks() as demo:
        fe = gr.FileExplorer(root_dir=tree, label="Files")
        out = gr.Textbox()
        changes = gr.Number(value=0)
        fe.change(lambda paths, n: (";".join(os.path.relpath(p, tree) for p in paths), n + 1), [fe, changes], [out, changes])
    ui = Frontend(demo)
    assert names(ui.call_server(fe, "ls", None))[0] == ("a", "folder", True)
    assert names(ui.call_server(fe, "ls", ["a"])) == [("b", "folder", True), ("y.py", "file", True)]
    with pytest.raises(FrontendError, match="FileExplorer 'Files': field 'subdirectory' holds '..'"):
        ui.call_server(fe, "ls", ["..", ".."])
    ui.set(fe, [["a", "y.py"], ["x.txt"]])
    assert ui.value(out) == os.path.join("a", "y.py") + ";x.txt" and ui.value(changes) == 1
    ui.set(fe, [["..", "outside", "secret.txt"]])  # refused: the function does not run, the app keeps serving
    assert ui.error(out) == ("FileExplorer 'Files': field 'value[0]' holds '..', which is not a name in a folder "
                             "(paths are lists of names under root_dir)")
    assert ui.value(changes) == 1
    ui.set(fe, [["c", "w.md"]])
    assert ui.value(out) == os.path.join("c", "w.md") and ui.value(changes) == 2
    demo.close()


def test_select_carries_the_clicked_files_path(tree):
    with gr.Blocks() as demo:
        fe = gr.FileExplorer(root_dir=tree)
        out = gr.Textbox()

        def picked(evt: gr.SelectData) -> str:
            return f"{evt.index} {evt.value} {evt.selected}"

        fe.select(picked, None, out)
    ui = Frontend(demo)
    ui.select(fe, [0, 1], "a/y.py")  # what the view sends for a click on a/y.py's name
    assert ui.value(out) == "[0, 1] a/y.py True"
    demo.close()


def test_a_function_ticks_paths_for_the_page(tree):
    with gr.Blocks() as demo:
        fe = gr.FileExplorer(root_dir=tree, file_count="single")
        btn = gr.Button()
        btn.click(lambda: str(tree / "a" / "b" / "z.txt"), None, fe)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(fe) == [["a", "b", "z.txt"]]
    demo.close()


def test_gradio_client_sends_a_selection_and_lists_over_http(tree):
    pytest.importorskip("uvicorn")
    pytest.importorskip("gradio_client")
    from gradio_client.exceptions import AppError
    from support.servers import client, http_client, serving
    from support.waiting import WAIT

    with gr.Blocks() as demo:
        fe = gr.FileExplorer(root_dir=tree, label="Files")
        out = gr.Textbox()
        gr.Button().click(lambda paths: ";".join(os.path.relpath(p, tree) for p in paths), fe, out, api_name="pick")
    with serving(demo):
        c = client(demo)
        try:
            assert c.predict([["a", "y.py"], ["x.txt"]], api_name="/pick") == os.path.join("a", "y.py") + ";x.txt"
            with pytest.raises(AppError, match="FileExplorer 'Files'"):
                c.submit([["..", "outside", "secret.txt"]], api_name="/pick").result(timeout=WAIT)
        finally:
            c.close()
        with http_client(demo) as http:
            url = "/gradio_api/component_server/"
            listed = http.post(url, json={"component_id": fe._id, "fn_name": "ls", "data": ["a"]})
            assert listed.status_code == 200 and names(listed.json()) == [("b", "folder", True), ("y.py", "file", True)]
            refused = http.post(url, json={"component_id": fe._id, "fn_name": "ls", "data": ["..", "outside"]})
            assert refused.status_code == 400 and "FileExplorer 'Files': field 'subdirectory'" in refused.text


def test_the_saved_snapshot_shows_the_ticked_paths_and_never_the_folder(tree):
    (tree / "<b>.txt").write_text("")
    with gr.Blocks() as demo:
        gr.FileExplorer(root_dir=tree, value=["a/y.py", "<b>.txt"], label="Files")
        gr.FileExplorer(root_dir=tree, label="Nothing")
    html = demo.to_html()
    assert "☑ a/y.py" in html and "☑ &lt;b&gt;.txt" in html and "No files selected" in html
    assert "x.txt" not in html and "w.md" not in html  # what is not ticked is not shown


def test_glob_names_follow_fnmatch_and_a_broken_pattern_is_refused_when_built():
    from fnmatch import fnmatchcase

    names = ["a", "b.txt", "x.py", "]a", "!x", "^q", "[b]", "a-b", "ab", ".h", "a\\b"]
    for pattern in ["*", "*.txt", "?", "[ab]", "[!a]*", "[]a]*", "[!]a]", "[^q]*", "[[]b]", "[a-c]*", "a*b", "[", "*[.]py"]:
        assert [matches(pattern, [n]) for n in names] == [fnmatchcase(n, pattern) for n in names], pattern
    assert not matches("*", []) and not matches("a?c", ["a", "c"]) and not matches("[!x]", ["/"])
    with pytest.raises(ValueError, match=r"FileExplorer 'F': ignore_glob '\[z-a\]' is not a glob pattern"):
        gr.FileExplorer(ignore_glob="[z-a]", label="F")
