"""Accessibility of the views on one page: ids unique across apps and kernels, every field
named by its own label, and axe-core's checks over every built-in view."""

from __future__ import annotations

import pytest

from frontend_harness import axe_violations, mount, open_harness
from test_frontend_gallery import gallery_spec


# Views the gallery does not show: file inputs (upload areas), tables, code and pickers.
MORE_VIEWS = {"view": "blocks", "key": "more", "props": {"elem_id": "more"}, "children": [
    {"view": "image", "props": {"label": "Photo"}},
    {"view": "file", "props": {"label": "Document"}},
    {"view": "uploadbutton", "props": {"label": "Upload a file"}},
    {"view": "downloadbutton", "props": {"label": "Download"}},
    {"view": "gallery", "props": {"label": "Pictures"}},
    {"view": "dataframe", "value": {"headers": ["a", "b"], "data": [[1, 2], [3, 4]], "metadata": None},
     "props": {"label": "Table"}},
    {"view": "code", "value": "print(1)", "props": {"label": "Source", "language": "python"}},
    {"view": "colorpicker", "value": "#ff0000", "props": {"label": "Colour"}},
    {"view": "datetime", "value": "2026-01-01 10:00:00", "props": {"label": "When"}},
    {"view": "highlightedtext", "value": [["a", "x"], [" b", None]], "props": {"label": "Entities"}},
    {"view": "paramviewer", "value": {"n": {"type": "int | None", "description": "How many. See [docs](https://e.org).",
                                            "default": "None"}},
     "props": {"anchor_links": True, "linkify": ["docs"]}},
]}


def other_kernel_app() -> dict:
    """An app of another kernel: its views come from a second copy of the runtime."""
    return {"view": "blocks", "key": "other", "runtime": "kernel2", "props": {"elem_id": "other"}, "children": [
        {"view": "textbox", "props": {"label": "City"}},
        {"view": "number", "props": {"label": "Zip code"}},
        {"view": "slider", "value": 3, "props": {"label": "Rooms", "minimum": 0, "maximum": 9}},
    ]}


@pytest.fixture
def page_with_apps(browser, server_url):
    page = open_harness(browser, server_url, theme="light", width=1100, height=900)
    mount(page, gallery_spec())
    mount(page, MORE_VIEWS)
    mount(page, other_kernel_app())
    yield page
    errors = list(page.js_errors)
    page.context.close()
    assert errors == []


def test_ids_are_unique_on_the_page_across_apps_and_kernels(page_with_apps):
    page = page_with_apps
    ids = page.evaluate("Array.from(document.querySelectorAll('[id]'), (el) => el.id)")
    assert len(ids) > 20
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


def test_every_field_is_named_by_its_own_label(page_with_apps):
    page = page_with_apps
    # Each aria-labelledby points at the label of the component the element belongs to.
    pairs = page.evaluate("""() => Array.from(document.querySelectorAll('[aria-labelledby]'), (el) => {
        const view = el.closest('[data-nbblocks-view]');
        const own = view.querySelector('[data-nbblocks-part="label"]');
        const named = el.getAttribute('aria-labelledby').split(/\\s+/).map((id) => document.getElementById(id));
        return [view.dataset.nbblocksView, own && own.textContent, named.map((n) => n && n.textContent)];
    })""")
    assert len(pairs) >= 10
    assert [p for p in pairs if p[2] != [p[1]]] == []
    # So a field is found by its label, as a person (or a screen reader) finds it.
    for label, part in (("Name", "input"), ("Age", "input"), ("City", "input"), ("Zip code", "input")):
        field = page.get_by_label(label, exact=True)
        assert field.count() == 1, label
        assert field.get_attribute("data-nbblocks-part") == part
    assert page.get_by_label("Rooms", exact=True).count() == 2  # the number box and the range
    page.get_by_label("City", exact=True).fill("Lyon")
    assert page.locator("#other").get_by_label("City").input_value() == "Lyon"


def test_tab_moves_through_the_fields_in_reading_order(page_with_apps):
    page = page_with_apps
    page.get_by_label("City", exact=True).focus()
    seen = []
    for _ in range(3):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("""() => { const el = document.activeElement;
            return [el.closest('[data-nbblocks-view]').dataset.nbblocksView, el.getAttribute('type') || el.tagName.toLowerCase()] }"""))
    assert seen == [["number", "number"], ["slider", "number"], ["slider", "range"]]


@pytest.mark.parametrize("theme", ["light", "dark", "none"])
def test_axe_finds_nothing_to_fix(browser, server_url, theme):
    """axe-core's WCAG checks over every view (except the contrast of Gradio's primary
    and stop button colours, see axe_check.js)."""
    page = open_harness(browser, server_url, theme=theme, width=1100, height=900)
    mount(page, gallery_spec())
    mount(page, MORE_VIEWS)
    violations = axe_violations(page, ["#gallery", "#more"])
    errors = list(page.js_errors)
    page.context.close()
    assert violations == []
    assert errors == []
