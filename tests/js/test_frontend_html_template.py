"""gr.HTML's templates (Gradio 6's custom HTML components) in the page."""

from __future__ import annotations

from frontend_harness import kernel_set, mount, wire

TEMPLATE = """
<h4>${label}</h4>
<ul>{{#each choices}}<li data-i="{{@index}}">{{this}}</li>{{/each}}</ul>
<p class="picked">${value.length ? value.join(' + ') : 'nothing'}</p>
{{#if note}}<em>{{note}}</em>{{else}}<em>no note</em>{{/if}}
"""
JS = """
element.addEventListener('click', (e) => {
  const li = e.target.closest('li');
  if (!li) return;
  props.value = [...props.value, li.textContent];
  trigger('pick', {index: Number(li.dataset.i)});
});
watch('value', () => { element.dataset.watched = String(props.value.length); });
"""


def spec(**props):
    return {"view": "html", "key": "h", "value": [], "events": ["change", "pick"],
            "props": {"elem_id": "h", "label": "Fruit", "html_template": TEMPLATE, "css_template": "li { color: rgb(255, 0, 0); }",
                      "js_on_load": JS, "props": {"choices": ["apple", "<pear>"], "note": None}, **props}}


def test_template_fills_props_with_handlebars_and_js_expressions(page):
    mount(page, spec())
    root = page.locator("#h")
    assert root.locator("h4").inner_text() == "Fruit"
    assert root.locator("li").all_inner_texts() == ["apple", "<pear>"]  # {{this}} is escaped
    assert root.locator(".picked").inner_text() == "nothing"
    assert root.locator("em").inner_text() == "no note"
    assert root.locator("li").first.evaluate("e => getComputedStyle(e).color") == "rgb(255, 0, 0)"


def test_css_template_is_scoped_to_its_component(page):
    mount(page, spec())
    mount(page, {"view": "html", "key": "other", "value": "<ul><li>x</li></ul>", "props": {"elem_id": "other"}})
    assert page.locator("#other li").evaluate("e => getComputedStyle(e).color") != "rgb(255, 0, 0)"


def test_js_on_load_sets_the_value_triggers_events_and_watches(page):
    mount(page, spec())
    page.locator("#h li").nth(0).click()
    assert page.locator("#h .picked").inner_text() == "apple"  # ${...} inserts raw HTML, {{...}} escapes
    assert page.locator('#h [data-nbblocks-part="content"]').get_attribute("data-watched") == "1"
    assert wire(page, "h") == [("update", {"value": ["apple"]}), ("event", "change", None), ("event", "pick", {"index": 0})]
    kernel_set(page, "h", {"value": ["apple", "kiwi"]})
    assert page.locator("#h .picked").inner_text() == "apple + kiwi"
    assert page.locator('#h [data-nbblocks-part="content"]').get_attribute("data-watched") == "2"


def test_plain_html_and_template_errors(page):
    mount(page, {"view": "html", "key": "p", "value": "<b>Hi</b>", "props": {"elem_id": "p"}})
    assert page.locator("#p b").inner_text() == "Hi"
    mount(page, {"view": "html", "key": "e", "value": "x", "props": {"elem_id": "e", "html_template": "${missing.field}"}})
    assert "missing" in page.locator("#e .nbb-html-error").inner_text()
    page.js_errors.clear()


def test_children_are_drawn_at_the_children_marker_and_survive_redraws(page):
    mount(page, {"view": "html", "key": "acc", "value": "Open",
                 "props": {"elem_id": "acc", "html_template": "<button class='head'>${value}</button>@children<footer>end</footer>",
                           "js_on_load": None},
                 "children": [{"view": "textbox", "key": "inner", "value": "typed", "props": {"elem_id": "inner", "label": "Inner"}}]})
    host = page.locator('#acc [data-nbblocks-part="children"]')
    assert host.locator("#inner textarea, #inner input").first.input_value() == "typed"
    order = page.evaluate("""() => [...document.querySelector('#acc [data-nbblocks-part="content"]').children].map(e => e.tagName)""")
    assert order == ["BUTTON", "DIV", "FOOTER"]  # where @children stood
    page.evaluate("document.querySelector('#inner').dataset.mark = 'same'")
    kernel_set(page, "acc", {"value": "Closed"})
    assert page.locator("#acc .head").inner_text() == "Closed"
    assert page.locator("#inner").get_attribute("data-mark") == "same"  # the child was kept, not rebuilt
