"""The FileExplorer view in the harness page: each folder's entries are asked for when it is
opened, and answered here by a real ``gr.FileExplorer.ls`` over a real folder (the kernel's
side is covered by tests/test_file_explorer.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

import nbblocks as gr
from frontend_harness import axe_violations, kernel_send, kernel_set, messages, mount, wire


@pytest.fixture
def explorer(tmp_path: Path) -> gr.FileExplorer:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "c").mkdir()
    (tmp_path / "x.txt").write_text("x")
    (tmp_path / "a" / "y.py").write_text("y")
    (tmp_path / "a" / "b" / "z.txt").write_text("z")
    return gr.FileExplorer(root_dir=tmp_path, label="Files")


def answer_listing(page, key: str, explorer: gr.FileExplorer, answered: set[str]) -> list[str] | None:
    """Wait for the view's next ``ls`` call and answer it as the kernel does; returns the
    folder it asked for."""
    page.wait_for_function(
        "([key, done]) => nb.messages(key).some(m => m.content && m.content.type === 'server_call' && !done.includes(m.content.id))",
        arg=[key, sorted(answered)])
    call = next(m["content"] for m in messages(page, key)
                if m["content"].get("type") == "server_call" and m["content"]["id"] not in answered)
    answered.add(call["id"])
    assert call["fn"] == "ls"
    try:
        reply = {"value": explorer.ls(*call["args"])}
    except Exception as exc:  # noqa: BLE001 - the kernel sends the error back to the view
        reply = {"error": str(exc)}
    kernel_send(page, key, {"type": "server_result", "id": call["id"], "page": call["page"], **reply})
    return call["args"][0]


def value_events(page, key):
    return [e for e in wire(page, key) if e[0] == "update" and "value" in e[1]]


def test_folders_open_on_demand_and_files_are_ticked_by_mouse_and_keyboard(page, explorer, artifacts):
    key = mount(page, {"view": "fileexplorer", "key": "fe", "value": None,
                       "props": {"elem_id": "fe", "label": "Files", "file_count": "multiple",
                                 "root_dir": explorer.root_dir, "glob": "**/*", "ignore_glob": None, "max_height": 500}})
    answered: set[str] = set()
    assert answer_listing(page, key, explorer, answered) == []
    tree = page.get_by_role("tree", name="Files")
    tree.get_by_role("treeitem", name="x.txt").wait_for()
    assert [t.strip() for t in tree.locator(':scope > [role="treeitem"]').all_inner_texts()] == ["a", "c", "x.txt"]
    assert len(answered) == 1  # nothing below the root was asked for
    # a roving tabindex: every entry can take focus, one is in the tab order
    assert sorted(page.evaluate("() => [...document.querySelectorAll('#fe [role=treeitem]')].map(i => i.getAttribute('tabindex'))")) == [
        "-1", "-1", "0"]

    # the mouse: open folder a (asked for now), tick a/y.py and x.txt
    tree.locator('[data-path="a"] > .nbb-fe-row').click()
    assert answer_listing(page, key, explorer, answered) == ["a"]
    page.locator('#fe [data-path="a/y.py"] input[type="checkbox"]').click()
    page.locator('#fe [data-path="x.txt"] input[type="checkbox"]').click()
    assert page.evaluate("() => nb.model('fe').get('value')") == [["a", "y.py"], ["x.txt"]]
    assert value_events(page, key)[-1] == ("update", {"value": [["a", "y.py"], ["x.txt"]]})
    assert page.get_attribute('#fe [data-path="a/y.py"]', "aria-checked") == "true"
    page.locator('#fe [data-path="a/y.py"] .nbb-fe-name').click()  # a click on the name selects it
    assert ("event", "select", {"index": [0, 1], "value": "a/y.py", "selected": True}) in wire(page, key)

    # the keyboard: from "a", Right moves into it, Down to b, Right opens b, Right into it, Space ticks z.txt
    page.focus('#fe [data-path="a"]')
    page.keyboard.press("ArrowRight")  # a is open: to its first child
    assert page.evaluate("() => document.activeElement.dataset.path") == "a/b"
    page.keyboard.press("ArrowRight")
    assert answer_listing(page, key, explorer, answered) == ["a", "b"]
    page.locator('#fe [data-path="a/b/z.txt"]').wait_for()
    page.keyboard.press("ArrowRight")
    assert page.evaluate("() => document.activeElement.dataset.path") == "a/b/z.txt"
    page.keyboard.press(" ")
    assert page.evaluate("() => nb.model('fe').get('value')") == [["a", "y.py"], ["x.txt"], ["a", "b", "z.txt"]]
    page.keyboard.press(" ")  # untick
    page.keyboard.press("ArrowLeft")  # to the parent folder b
    assert page.evaluate("() => document.activeElement.dataset.path") == "a/b"
    page.keyboard.press("ArrowLeft")  # close b
    assert page.get_attribute('#fe [data-path="a/b"]', "aria-expanded") == "false"
    page.keyboard.press("End")
    assert page.evaluate("() => document.activeElement.dataset.path") == "x.txt"
    page.keyboard.press(" ")
    assert page.evaluate("() => nb.model('fe').get('value')") == [["a", "y.py"]]
    page.keyboard.press("Enter")  # Enter on a file selects it
    assert wire(page, key)[-1] == ("event", "select", {"index": [2], "value": "x.txt", "selected": True})
    assert [e[1] for e in wire(page, key) if e[0] == "event" and e[1] != "select"][-2:] == ["input", "change"]
    assert len(answered) == 3  # one listing per folder opened, b's once though it was closed again
    assert axe_violations(page, ["#fe"]) == []
    page.locator("#fe").screenshot(path=artifacts / "file-explorer.png")


def test_single_keeps_one_tick_and_follows_the_kernel(page, explorer):
    key = mount(page, {"view": "fileexplorer", "key": "fe", "value": [["a", "b", "z.txt"]],
                       "props": {"elem_id": "fe", "label": "Files", "file_count": "single", "root_dir": explorer.root_dir}})
    answered: set[str] = set()
    answer_listing(page, key, explorer, answered)
    page.locator('#fe [data-path="x.txt"]').wait_for()
    # the ticked file's folder says so while closed
    assert page.get_attribute('#fe [data-path="a"]', "data-holds-selection") == ""
    assert page.get_attribute("#fe [role=tree]", "aria-multiselectable") == "false"
    page.locator('#fe [data-path="x.txt"] input[type="checkbox"]').click()
    assert page.evaluate("() => nb.model('fe').get('value')") == [["x.txt"]]
    assert page.get_attribute('#fe [data-path="a"]', "data-holds-selection") is None
    kernel_set(page, key, {"value": [["c"]]})  # a function ticked folder c
    page.wait_for_selector('#fe [data-path="c"][aria-checked="true"]')
    assert page.get_attribute('#fe [data-path="x.txt"]', "aria-checked") == "false"


def test_a_refused_listing_is_shown_in_the_folder(page, explorer):
    key = mount(page, {"view": "fileexplorer", "key": "fe", "value": None,
                       "props": {"elem_id": "fe", "label": "Files", "root_dir": explorer.root_dir, "interactive": False}})
    answered: set[str] = set()
    answer_listing(page, key, explorer, answered)
    page.locator('#fe [data-path="c"]').wait_for()
    assert page.locator('#fe [data-path="x.txt"] input[type="checkbox"]').is_disabled()
    (Path(explorer.root_dir) / "c").rmdir()  # gone since it was listed
    page.locator('#fe [data-path="c"] > .nbb-fe-row').click()
    answer_listing(page, key, explorer, answered)
    page.wait_for_selector('#fe [data-path="c"] [data-nbblocks-part="error"]')
    assert "FileExplorer 'Files': field 'subdirectory' names 'c', which is not a folder" in page.inner_text(
        '#fe [data-path="c"] [data-nbblocks-part="error"]')


def test_in_the_served_web_page_a_function_receives_the_ticked_files(browser, explorer):
    """The whole path: the app served by uvicorn, its web page in Chromium (the notebook's
    runtime and view), folders listed by the kernel's ``ls``, the ticks reaching a function."""
    pytest.importorskip("uvicorn")
    from playwright.sync_api import expect

    from support.chromium import ACTION_TIMEOUT_MS
    from support.servers import serving

    root = Path(explorer.root_dir)
    with gr.Blocks() as demo:
        fe = gr.FileExplorer(root_dir=root, label="Files", elem_id="fe")
        out = gr.Textbox(elem_id="out")
        fe.change(lambda paths: ";".join(sorted(Path(p).relative_to(root).as_posix() for p in paths)), fe, out)
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    try:
        with serving(demo):
            page = context.new_page()
            page.goto(demo.local_url)
            page.wait_for_selector('#nbb-page[data-nbblocks-ready="true"]')
            page.locator('#fe [data-path="a"] > .nbb-fe-row').click()
            page.locator('#fe [data-path="a/y.py"] input[type="checkbox"]').click()
            page.locator('#fe [data-path="x.txt"]').focus()
            page.keyboard.press(" ")
            expect(page.locator('#out [data-nbblocks-part="input"]')).to_have_value("a/y.py;x.txt")
    finally:
        context.close()
