"""The login page and the API page in real Chromium against a server started here:
wrong password, login, the page the browser first asked for, the API page's script
under its Content Security Policy (address filled in, copy buttons), logout."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

import nbblocks as gr
from support.servers import serving

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served():
    def greet(name: str, request: gr.Request) -> str:
        return f"{request.username} says hello to {name}"

    with gr.Blocks(title="Team tools") as demo:
        name = gr.Textbox(label="Name")
        out = gr.Textbox(label="Greeting")
        gr.Button("Greet").click(greet, name, out, api_name="greet")
    with serving(demo, auth=[("ann", "s3cret")], auth_message="Ask <b>Ann</b> for an account.") as demo:
        yield demo


def watch_policy(page: Page) -> list[str]:
    """Console messages about the Content Security Policy (a blocked script or style)."""
    seen: list[str] = []
    page.on("console", lambda msg: seen.append(msg.text) if "Content Security Policy" in msg.text else None)
    return seen


def test_login_wrong_password_api_page_and_logout(page: Page, served, artifacts):
    url = served.local_url
    violations = watch_policy(page)
    page.goto(url + "?view=api")
    expect(page.get_by_role("heading", name="Team tools")).to_be_visible()
    expect(page.locator(".message")).to_have_text("Ask Ann for an account.")
    page.screenshot(path=artifacts / "serving-login.png")

    page.get_by_label("Username").fill("ann")
    page.get_by_label("Password").fill("wrong")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_role("alert")).to_have_text("Incorrect credentials.")
    expect(page.get_by_label("Username")).to_have_value("ann")
    assert page.context.cookies() == []

    page.get_by_label("Password").fill("s3cret")
    page.get_by_role("button", name="Login").click()
    page.wait_for_url(url + "?view=api")
    expect(page.get_by_role("heading", name="API documentation · Team tools")).to_be_visible()
    cookies = page.context.cookies()
    assert len(cookies) == 1 and cookies[0]["httpOnly"] and cookies[0]["sameSite"] == "Lax"
    assert page.evaluate("document.cookie") == ""  # HttpOnly: no script reads it

    # The page's own script ran under its policy: the address is filled in, copy works.
    expect(page.locator("[data-base-url]").first).to_have_text(url)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    copy = page.locator('button[data-copy="py-0"]')
    copy.click()
    expect(copy).to_have_text("Copied")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert f'Client("{url}", auth=("username", "password"))' in copied and "api_name='/greet'" in copied
    page.screenshot(path=artifacts / "serving-api-page.png", full_page=True)
    # An inline script without the nonce is refused by the policy.
    page.evaluate("""() => { const s = document.createElement("script"); s.textContent = "window.injected = 1";
                      document.body.append(s); }""")
    assert page.evaluate("window.injected") is None
    assert any("script" in v.lower() for v in violations), violations
    violations.clear()

    status = page.evaluate("fetch('gradio_api/info').then((r) => r.status)")
    assert status == 200
    page.goto(url + "logout")
    page.wait_for_url(url)
    expect(page.get_by_role("button", name="Login")).to_be_visible()
    assert page.context.cookies() == []
    status = page.evaluate("fetch('gradio_api/info').then((r) => r.status)")
    assert status == 401
    assert violations == []


def test_login_under_a_path_prefix(page: Page):
    """As behind a proxy that keeps the prefix (``root_path``): every address the pages
    use is relative, so the browser stays below the prefix from login to logout."""
    root = "/user/ann/proxy/7000"
    with gr.Blocks(title="Prefixed") as demo:
        gr.Textbox(label="Name")
    with serving(demo, auth=("ann", "s3cret"), root_path=root):
        base = demo.local_url.rstrip("/") + root
        page.goto(base + "?view=api")  # no trailing slash
        page.wait_for_url(base + "/?view=api")
        page.get_by_label("Username").fill("ann")
        page.get_by_label("Password").fill("s3cret")
        page.get_by_role("button", name="Login").click()
        page.wait_for_url(base + "/?view=api")
        expect(page.get_by_role("heading", name="API documentation · Prefixed")).to_be_visible()
        expect(page.get_by_text("This app has no public API endpoints.")).to_be_visible()
        assert [c["path"] for c in page.context.cookies()] == [root + "/"]
        page.get_by_role("link", name="Back to the app").click()
        page.wait_for_url(base + "/")
        page.goto(base + "/logout")
        page.wait_for_url(base + "/")
        expect(page.get_by_role("button", name="Login")).to_be_visible()
