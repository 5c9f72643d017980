"""Helpers for driving the harness page from tests."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from support.chromium import ACTION_TIMEOUT_MS

HARNESS = "/tests/js/harness/index.html"
ROOT = Path(__file__).resolve().parents[2]
AXE = (ROOT / "js" / "node_modules" / "axe-core" / "axe.min.js", ROOT / "tests" / "js" / "harness" / "axe_check.js")


def open_harness(browser, server_url: str, theme: str = "light", width: int = 1000, height: int = 800):
    """A new page with the harness loaded; `theme` is "light", "dark" or "none"
    (no JupyterLab variables). Page errors are collected in `page.js_errors`."""
    context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server_url)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.goto(f"{server_url}{HARNESS}?theme={theme}")
    page.wait_for_function("window.nbReady === true")
    page.js_errors = errors  # type: ignore[attr-defined]
    return page


def mount(page, spec: dict[str, Any]) -> str:
    """Render `spec` (view, value, props, status, children, key) and return its model id."""
    return page.evaluate("(spec) => nb.mount(spec)", spec)


def messages(page, key: str | None = None) -> list[dict[str, Any]]:
    return page.evaluate("(key) => nb.messages(key)", key)


def wire(page, key: str | None = None, *, skip: tuple[str, ...] = ("focus", "blur", "key_up")) -> list[Any]:
    """Messages as compact tuples: ("update", state) or ("event", name, data).

    A value travels inside event messages (``docs/protocol.md``); the first message that
    carries a new value is shown as ("update", {"value": v}) before its event.
    """
    out: list[Any] = []
    last: dict[Any, Any] = {}
    for entry in messages(page, key):
        if entry["kind"] == "update":
            out.append(("update", entry["state"]))
            continue
        content = entry["content"]
        model = entry.get("model", key)
        if "value" in content and last.get(model, _UNSET) != content["value"]:
            last[model] = content["value"]
            out.append(("update", {"value": content["value"]}))
        if content.get("type") == "event" and content["event"] not in skip:
            out.append(("event", content["event"], content.get("data")))
    return out


_UNSET = object()


def b64(data: bytes) -> str:
    """Bytes as the base64 text that ``nb.addFile`` and ``data:`` URLs take."""
    return base64.b64encode(data).decode()


def settle(page) -> None:
    """Wait until the page has drawn two frames since now: what the views queued while
    rendering (animation-frame callbacks, resize observers, zero-delay timers) has run."""
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))")


def image_settled(image) -> None:
    """Wait until an ``<img>`` (a Locator) has loaded or failed: its ``load``/``error``
    handlers, an injected ``onerror`` among them, have run."""
    image.evaluate("""(img) => new Promise((done) => {
        if (img.complete) setTimeout(done, 0);
        else for (const event of ["load", "error"]) img.addEventListener(event, () => setTimeout(done, 0), { once: true });
    })""")


def at_rest(page, selector: str) -> None:
    """Wait until the elements matching ``selector`` have finished their CSS animations and
    transitions (endless ones, such as a spinner, aside), e.g. before a screenshot."""
    page.wait_for_function("""(selector) => [...document.querySelectorAll(selector)].every((el) =>
        el.getAnimations({ subtree: true }).every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity))""",
                           arg=selector)


def clear(page) -> None:
    page.evaluate("nb.clearLog()")


def kernel_set(page, key: str, state: dict[str, Any]) -> None:
    page.evaluate("([key, state]) => nb.model(key).kernelSet(state)", [key, state])


def kernel_send(page, key: str, message: dict[str, Any]) -> None:
    page.evaluate("([key, message]) => nb.model(key).kernelSend(message)", [key, message])


def drop_file(page, selector: str, name: str, data: bytes, mime: str) -> None:
    """Drag a file over the element at ``selector`` and drop it, as a user does from the desktop."""
    page.evaluate("""([selector, name, b, mime]) => {
        const bytes = Uint8Array.from(atob(b), c => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, {type: mime}));
        const zone = document.querySelector(selector);
        zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", [selector, name, base64.b64encode(data).decode(), mime])


def block(key_selector: str) -> str:
    return f'[data-nbblocks-view="{key_selector}"]'


def axe_violations(page, selectors: list[str]) -> list[dict[str, Any]]:
    """What axe-core reports over the elements ``selectors`` name (see
    ``harness/axe_check.js``; the JupyterLab tests use the same script)."""
    for script in AXE:
        page.add_script_tag(path=str(script))
    return page.evaluate("(selectors) => nbAxeViolations(selectors)", selectors)
