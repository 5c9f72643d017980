"""The app as a web page (``GET /`` in a browser), in real Chromium against a real uvicorn:
the quickstart and the image app used as a person would, tabs as separate sessions, a
closed tab's State delete callback, and the page behind a reverse proxy at a sub-path
(with and without ``root_path``)."""

from __future__ import annotations

import io
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from support.chromium import ACTION_TIMEOUT_MS, launched
from support.servers import serving
from support.waiting import WAIT, eventually

APP = '[data-nbblocks-view="blocks"]'
ROOT = Path(__file__).resolve().parent.parent
AXE = (ROOT / "js" / "node_modules" / "axe-core" / "axe.min.js", ROOT / "tests" / "js" / "harness" / "axe_check.js")
#: Screenshots of the page (docs/images/serving-page.png is one of them).
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


def part(root: Any, name: str) -> Any:
    return root.locator(f'[data-nbblocks-part="{name}"]')


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launched() as b:
        yield b


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()
    assert not errors, errors


def open_page(page: Any, url: str) -> Any:
    page.goto(url)
    page.wait_for_selector('#nbb-page[data-nbblocks-ready="true"]')
    return page.locator(APP).first


def quickstart() -> tuple[gr.Blocks, Any]:
    def greet(name: str, intensity: float) -> str:
        return "Hello, " + name + "!" * int(intensity)

    with gr.Blocks(title="Greeter", css=".nbb-marked { letter-spacing: 0.5px; }",
                   head='<meta name="nbb-test" content="head-ok">', js="() => { document.body.dataset.appJs = 'ran'; }",
                   theme=gr.themes.Default(primary_hue="green")) as demo:
        gr.Markdown("## Greeter", elem_classes=["nbb-marked"])
        with gr.Row():
            name = gr.Textbox(label="Name", placeholder="Type a name", elem_id="name")
            intensity = gr.Slider(1, 5, value=2, step=1, label="Intensity")
        greeting = gr.Textbox(label="Greeting", elem_id="greeting")
        greet_btn = gr.Button("Greet", variant="primary", elem_id="greet")
        greet_btn.click(greet, [name, intensity], greeting)
        name.submit(greet, [name, intensity], greeting)
    return demo, greeting


def test_quickstart_in_the_page_and_json_still_answers(page: Any) -> None:
    import httpx
    from playwright.sync_api import expect

    demo, _ = quickstart()
    with serving(demo):
        url = demo.local_url
        note = httpx.get(url, headers={"Accept": "application/json"}, timeout=WAIT)
        assert note.headers["content-type"].startswith("application/json") and note.json()["app"] == "Greeter"
        assert httpx.get(url, timeout=WAIT).json()["api"] == "/gradio_api/info"  # curl's */* too

        app = open_page(page, url)
        assert page.title() == "Greeter"
        assert page.locator('meta[name="nbb-test"]').get_attribute("content") == "head-ok"
        expect(page.locator("body")).to_have_attribute("data-app-js", "ran")
        name, greeting = part(app.locator("#name"), "input"), part(app.locator("#greeting"), "input")
        name.press_sequentially("Ada")
        part(app.locator("#greet"), "button").click()
        expect(greeting).to_have_value("Hello, Ada!!")
        # Submit (Enter) runs too; the app's css and the theme's accent apply.
        name.fill("Grace")
        name.press("Enter")
        expect(greeting).to_have_value("Hello, Grace!!")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=ARTIFACTS / "serving-page.png")
        # The page runs under the server's Content Security Policy for pages.
        policy = httpx.get(url, headers={"Accept": "text/html"}, timeout=WAIT).headers["content-security-policy"]
        assert "script-src 'self' blob: 'nonce-" in policy and "connect-src 'self'" in policy
        # axe-core's WCAG checks over the whole page (title, language, landmarks, the app),
        # injected in a context that lets the test add its scripts.
        checker = page.context.browser.new_context(bypass_csp=True)
        try:
            other = checker.new_page()
            open_page(other, url)
            for script in AXE:
                other.add_script_tag(path=str(script))
            assert other.evaluate("(selectors) => nbAxeViolations(selectors)", ["html"]) == []
        finally:
            checker.close()
        spacing = page.locator(".nbb-marked").first.evaluate("(el) => getComputedStyle(el).letterSpacing")
        assert spacing == "0.5px"
        accent = app.evaluate("(el) => el.style.getPropertyValue('--nbb-accent') || getComputedStyle(el).getPropertyValue('--nbb-accent')")
        assert accent.strip(), "the theme's accent is set on the app"


def gradient_png(width: int, height: int) -> bytes:
    arr = np.linspace(0, 255, width * height * 3).reshape(height, width, 3).astype(np.uint8)
    buf = io.BytesIO()
    PILImage.fromarray(arr).save(buf, "PNG")
    return buf.getvalue()


def test_image_app_uploads_and_shows_the_result(page: Any) -> None:
    from playwright.sync_api import expect

    def sepia(img: np.ndarray, strength: float) -> np.ndarray:
        matrix = np.array([[0.393, 0.769, 0.189], [0.349, 0.686, 0.168], [0.272, 0.534, 0.131]])
        toned = img.astype(np.float32) @ matrix.T
        return np.clip((1 - strength) * img + strength * toned, 0, 255).astype(np.uint8)

    with gr.Blocks() as demo:
        with gr.Row():
            photo = gr.Image(label="Photo", elem_id="photo")
            toned = gr.Image(label="Sepia", elem_id="toned", format="png", interactive=False)
        strength = gr.Slider(0, 1, value=0.8, label="Strength")
        info = gr.Textbox(label="Info", elem_id="info")
        photo.change(lambda img: "no picture" if img is None else f"{img.shape[1]}x{img.shape[0]} pixels", photo, info)
        gr.on([photo.change, strength.release], sepia, [photo, strength], toned)

    with serving(demo):
        app = open_page(page, demo.local_url)
        with page.expect_file_chooser() as chooser:
            part(app.locator("#photo"), "dropzone").click()
        chooser.value.set_files(files=[{"name": "gradient.png", "mimeType": "image/png", "buffer": gradient_png(64, 48)}])
        expect(part(app.locator("#info"), "input")).to_have_value("64x48 pixels")
        canvas = app.locator('#toned canvas[data-nbblocks-part="image"]')
        expect(canvas).to_have_attribute("data-kind", "pixels")
        size = canvas.evaluate("(c) => [c.width, c.height]")
        assert size == [64, 48]
        # The download button saves the file the server encodes now, in the Image's format.
        with page.expect_download() as download:
            part(app.locator("#toned"), "download").click()
        saved = PILImage.open(download.value.path())
        assert saved.format == "PNG" and saved.size == (64, 48)


def state_app(deleted: list[Any]) -> gr.Blocks:
    with gr.Blocks() as demo:
        count = gr.State(0, delete_callback=deleted.append)
        shown = gr.Number(label="Clicks", value=0, elem_id="shown")
        plus = gr.Button("Add", elem_id="plus")

        def add(n: int) -> tuple[int, int]:
            return n + 1, n + 1

        plus.click(add, count, [count, shown])
    return demo


def test_tabs_have_their_own_state_and_a_closed_tab_ends_its_session(browser: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from playwright.sync_api import expect

    monkeypatch.setenv("NBBLOCKS_PAGE_GRACE", "0.5")
    deleted: list[Any] = []
    demo = state_app(deleted)
    with serving(demo):
        context = browser.new_context()
        context.set_default_timeout(ACTION_TIMEOUT_MS)
        first, second = context.new_page(), context.new_page()
        a, b = open_page(first, demo.local_url), open_page(second, demo.local_url)
        for _ in range(3):
            part(a.locator("#plus"), "button").click()
            expect(part(a.locator("#shown"), "input")).to_have_value(str(_ + 1))
        part(b.locator("#plus"), "button").click()
        expect(part(b.locator("#shown"), "input")).to_have_value("1")
        assert deleted == []

        first.close()  # the tab's session ends after the grace period: its State's callback runs once
        eventually(lambda: deleted == [3])
        part(b.locator("#plus"), "button").click()  # the other tab goes on
        expect(part(b.locator("#shown"), "input")).to_have_value("2")
        context.close()
        eventually(lambda: sorted(deleted) == [2, 3])
    assert sorted(deleted) == [2, 3]


# -- behind a reverse proxy, or mounted in another app ----------------------------------------

@contextmanager
def uvicorn_serving(asgi: Any) -> Iterator[str]:
    """``asgi`` served by uvicorn on a free port for the ``with`` block; yields its URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(asgi, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    eventually(lambda: server.started)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = server.force_exit = True  # open page streams do not hold it up
        thread.join(WAIT)


def test_the_page_of_an_app_mounted_in_another_asgi_app(page: Any) -> None:
    from playwright.sync_api import expect
    from starlette.applications import Starlette
    from starlette.routing import Mount

    demo, _ = quickstart()
    host = Starlette(routes=[Mount("/apps/greeter", app=demo.app)])
    try:
        with uvicorn_serving(host) as url:
            app = open_page(page, f"{url}/apps/greeter/")
            part(app.locator("#name"), "input").press_sequentially("Mo")
            part(app.locator("#greet"), "button").click()
            expect(part(app.locator("#greeting"), "input")).to_have_value("Hello, Mo!!")
    finally:
        demo.close()

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def reverse_proxy(upstream: str, prefix: str, *, strip: bool, buffer: bool = False) -> Iterator[str]:
    """A small HTTP reverse proxy (Starlette + httpx, streaming, as nginx or
    jupyter-server-proxy forward) serving ``upstream`` at ``prefix`` on a free port;
    ``strip`` drops the prefix before forwarding (jupyter-server-proxy's way), else the
    app sees it and is launched with ``root_path``; ``buffer`` forwards a response only once
    it has ended, as jupyter-server-proxy before 4.3 did. Yields the page's public URL."""
    import httpx
    from starlette.applications import Starlette
    from starlette.background import BackgroundTask
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response, StreamingResponse
    from starlette.routing import Route

    client = httpx.AsyncClient(base_url=upstream.rstrip("/"), timeout=None)

    async def forward(request: Request) -> Any:
        path = request.url.path
        if path == prefix.rstrip("/"):
            path = prefix  # the sub-path without its slash is the app too
        if not path.startswith(prefix):
            return PlainTextResponse("not proxied", status_code=404)
        target = path[len(prefix) - 1:] if strip else path
        headers = [(k, v) for k, v in request.headers.raw if k.lower() not in (b"content-length", b"connection")]
        outgoing = client.build_request(request.method, target or "/", params=request.url.query, headers=headers,
                                        content=await request.body())
        response = await client.send(outgoing, stream=True)
        kept = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "transfer-encoding", "connection")}
        if buffer:
            body = await response.aread()  # a stream that never ends is never forwarded
            return Response(body, status_code=response.status_code, headers=kept)
        return StreamingResponse(response.aiter_raw(), status_code=response.status_code, headers=kept,
                                 background=BackgroundTask(response.aclose))

    app = Starlette(routes=[Route("/{path:path}", forward, methods=["GET", "POST", "HEAD"])])
    with uvicorn_serving(app) as url:
        yield f"{url}{prefix}"


@pytest.mark.parametrize("strip", [True, False], ids=["prefix-stripped", "root_path"])
def test_the_page_works_behind_a_proxy_at_a_sub_path(page: Any, strip: bool) -> None:
    from playwright.sync_api import expect

    prefix = "/user/ada/proxy/1234/"
    demo, _ = quickstart()
    options = {} if strip else {"root_path": prefix.rstrip("/")}
    with serving(demo, **options), reverse_proxy(demo.local_url, prefix, strip=strip) as url:
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        app = open_page(page, url)
        part(app.locator("#name"), "input").press_sequentially("Lin")
        part(app.locator("#greet"), "button").click()
        expect(part(app.locator("#greeting"), "input")).to_have_value("Hello, Lin!!")
        # Without the trailing slash the page still finds its parts below the prefix.
        open_page(page, url.rstrip("/"))
        # Every request stayed below the prefix (blob: URLs are the views' modules).
        outside = [r for r in requested if not (r.startswith(url) or r == url.rstrip("/") or r.startswith(("blob:", "data:")))]
        assert requested and not outside, outside


def test_toasts_errors_progress_timer_render_and_streaming_in_the_page(page: Any) -> None:
    from playwright.sync_api import expect

    release = threading.Event()

    def slow(progress: gr.Progress = gr.Progress()) -> str:
        progress(0.5, desc="halfway there")
        release.wait(WAIT)
        return "done"

    def boom() -> None:
        raise gr.Error("Nope, not today")

    def hello() -> None:
        gr.Info("Hi there")

    def crash() -> None:
        raise ValueError("secret internals")

    def reply(message: str, history: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
        history = [*history, {"role": "user", "content": message}, {"role": "assistant", "content": ""}]
        for word in ["Hello", " world,", f" {message}"]:
            history[-1]["content"] += word
            yield history

    with gr.Blocks() as demo:
        ticks = gr.Number(0, label="Ticks", elem_id="ticks")
        timer = gr.Timer(0.1)
        timer.tick(lambda n: n + 1, ticks, ticks)
        with gr.Row():
            gr.Button("Boom", elem_id="boom").click(boom)
            gr.Button("Hello", elem_id="hello").click(hello)
            gr.Button("Crash", elem_id="crash").click(crash)
        out = gr.Textbox(label="Slow", elem_id="slow")
        relabel = gr.Button("Relabel", elem_id="relabel")
        relabel.click(lambda: gr.update(label="Renamed", value="new value"), None, out)
        gr.Button("Slow", elem_id="go").click(slow, None, out)
        count = gr.Number(2, precision=0, label="How many", elem_id="count")
        draw = gr.Button("Draw", elem_id="draw")

        @gr.render(inputs=count, triggers=[draw.click])
        def boxes(n: int) -> None:
            for i in range(int(n or 0)):
                gr.Textbox(f"box {i}", elem_classes=["drawn"])

        chat = gr.Chatbot(elem_id="chat")
        prompt = gr.Textbox(label="Prompt", elem_id="prompt")
        prompt.submit(reply, [prompt, chat], chat)

    with serving(demo):
        app = open_page(page, demo.local_url)
        # The timer ticks in this tab's session.
        page.wait_for_function("Number(document.querySelector('#ticks [data-nbblocks-part=\"input\"]').value) >= 2")
        part(app.locator("#hello"), "button").click()
        expect(part(app, "toasts")).to_contain_text("Hi there")
        part(app.locator("#boom"), "button").click()
        expect(part(app, "toasts")).to_contain_text("Nope, not today")
        # Another exception says only "Error" to the page (it is in the server's log), as
        # Gradio's page does without show_error=True.
        errors_before = part(app, "toasts").inner_text().count("Error")
        part(app.locator("#crash"), "button").click()
        page.wait_for_function("(n) => document.querySelector('[data-nbblocks-part=\"toasts\"]').innerText.split('Error').length - 1 > n",
                               arg=errors_before)
        assert "secret internals" not in part(app, "toasts").inner_text()
        part(app.locator("#go"), "button").click()
        expect(part(app.locator("#slow"), "progress-desc")).to_contain_text("halfway there")
        release.set()
        expect(part(app.locator("#slow"), "input")).to_have_value("done")
        part(app.locator("#relabel"), "button").click()  # a props update
        expect(part(app.locator("#slow"), "label")).to_have_text("Renamed")
        expect(part(app.locator("#slow"), "input")).to_have_value("new value")
        part(app.locator("#count"), "input").fill("3")
        part(app.locator("#draw"), "button").click()
        expect(app.locator(".drawn")).to_have_count(3)
        part(app.locator("#prompt"), "input").fill("Ada")
        part(app.locator("#prompt"), "input").press("Enter")
        expect(part(app.locator("#chat"), "message").last).to_contain_text("Hello world, Ada")


def test_a_notebook_app_launched_inbrowser_links_to_its_page(page: Any) -> None:
    """In a real kernel: ``launch(inbrowser=True)`` serves the app, prints and shows a link
    to its page (no browser is opened from a kernel), and the page works."""
    from jupyter_client.manager import start_new_kernel
    from playwright.sync_api import expect

    km, kc = start_new_kernel(kernel_name="python3")
    try:
        msg_id = kc.execute(
            "import nbblocks as gr\n"
            "with gr.Blocks() as demo:\n"
            "    name = gr.Textbox(elem_id='name')\n"
            "    out = gr.Textbox(elem_id='out')\n"
            "    gr.Button('Go', elem_id='go').click(lambda s: 'Hi ' + s, name, out)\n"
            "demo.launch(inbrowser=True, server_port=0, quiet=True)\n"
        )
        printed, links = [], []
        while True:
            message = kc.get_iopub_msg(timeout=WAIT)
            if message["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = message["msg_type"], message["content"]
            assert kind != "error", content.get("traceback")
            if kind == "stream":
                printed.append(content["text"])
            elif kind == "display_data" and "Open the app as a web page" in content["data"].get("text/html", ""):
                links.append(content["data"]["text/html"])
            elif kind == "status" and content["execution_state"] == "idle":
                break
        url = next(line.split(": ", 1)[1] for line in "".join(printed).splitlines() if line.startswith("* The app's web page"))
        assert links and f'href="{url}"' in links[0]
        app = open_page(page, url)
        part(app.locator("#name"), "input").fill("Kim")
        part(app.locator("#go"), "button").click()
        expect(part(app.locator("#out"), "input")).to_have_value("Hi Kim")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_every_kind_of_view_draws_in_the_page(page: Any) -> None:
    """One app with most components and layouts: each draws its view in the page (no view
    error, no page error), and a Dataframe and a native plot show their data."""
    import pandas as pd
    from playwright.sync_api import expect

    frame = pd.DataFrame({"x": list(range(50)), "y": [i * i for i in range(50)]})
    with gr.Blocks() as demo:
        with gr.Sidebar():
            gr.Markdown("In the sidebar", elem_id="side-note")
        gr.BrowserState("kept", storage_key="nbb-page-test")
        with gr.Tabs():
            with gr.Tab("Inputs"):
                with gr.Accordion("More", open=True):
                    gr.Dropdown(["a", "b"], value="a", label="Drop")
                    gr.Checkbox(True, label="Check")
                    gr.Radio(["x", "y"], value="x", label="Radio")
                    gr.CheckboxGroup(["p", "q"], value=["p"], label="Group")
                    gr.ColorPicker("#ff0000", label="Colour")
                    gr.DateTime(label="When")
                    gr.Number(3, label="Num")
                gr.Code("print('hi')", language="python", label="Code")
                gr.MultimodalTextbox(label="Multi")
            with gr.Tab("Outputs"):
                gr.JSON({"a": [1, 2]}, label="JSON")
                gr.HTML("<b id='bold'>bold</b>")
                gr.Label({"cat": 0.9, "dog": 0.1})
                gr.HighlightedText([("hi", "greeting")])
                gr.Dataframe(frame, label="Table", elem_id="table")
                gr.LinePlot(frame, x="x", y="y", elem_id="plot")
                gr.Chatbot([{"role": "user", "content": "hello"}, {"role": "assistant", "content": "hi **there**"}], elem_id="chat")
            with gr.Tab("Media"):
                gr.Image(label="Image")
                gr.ImageEditor(label="Editor")
                gr.Audio(label="Audio")
                gr.Video(label="Video")
                gr.File(label="File")
                gr.Gallery(label="Gallery")
                gr.Model3D(label="3D")
    with serving(demo):
        app = open_page(page, demo.local_url)
        for tab in ("Outputs", "Media", "Inputs"):
            app.get_by_role("tab", name=tab).click()
        expect(part(app.locator("#chat"), "message")).to_have_count(2)
        expect(app.locator("#side-note")).to_contain_text("In the sidebar")
        expect(app.locator("#table")).to_contain_text("2401")  # 49 * 49, the last row
        expect(app.locator("#plot")).not_to_contain_text("error")
        page.wait_for_function("document.querySelectorAll('[data-nbblocks-view]').length >= 28")
        expect(app.locator('[data-nbblocks-part="view-error"]')).to_have_count(0)
        expect(app.locator('[data-nbblocks-part="view-waiting"]')).to_have_count(0)


def test_launch_takes_js_head_and_favicon_for_the_page_as_gradio_6_does(page: Any, tmp_path: Path) -> None:
    import base64

    from playwright.sync_api import expect

    icon = tmp_path / "icon.png"
    icon.write_bytes(gradient_png(16, 16))
    with gr.Blocks() as demo:
        gr.Textbox(label="Prompt")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True, js="() => { document.title = 'from js'; }",
                head='<meta name="from-launch" content="yes">', favicon_path=icon)
    try:
        open_page(page, demo.local_url)
        expect(page).to_have_title("from js")
        assert page.locator('meta[name="from-launch"]').get_attribute("content") == "yes"
        href = page.locator('link[rel="icon"]').get_attribute("href")
        assert href == "data:image/png;base64," + base64.b64encode(icon.read_bytes()).decode()
    finally:
        demo.close()


def test_fill_height_and_fill_width_fill_the_window(page: Any) -> None:
    with gr.Blocks(fill_height=True, fill_width=True) as demo:
        gr.Chatbot(elem_id="chat", scale=1)
        gr.Textbox(label="Prompt")
    with serving(demo):
        app = open_page(page, demo.local_url)
        box = app.bounding_box()
        viewport = page.viewport_size
        assert box["width"] >= viewport["width"] - 40 and box["height"] >= viewport["height"] - 40, (box, viewport)
    with gr.Blocks() as narrow:
        gr.Textbox(label="Prompt")
    with serving(narrow):
        app = open_page(page, narrow.local_url)
        assert app.bounding_box()["height"] < page.viewport_size["height"] / 2


def test_a_custom_component_works_in_the_page(page: Any) -> None:
    """A custom component's ``_esm``/``_css`` reach the page by id, as in the notebook; its
    value and custom events go to the tab's session."""
    from playwright.sync_api import expect

    from nbblocks.components import FormComponent

    class Shout(FormComponent):
        EVENTS = ["change", "shouted"]
        _esm = """
        export default {
          render(ctx) {
            const button = ctx.h("button", { type: "button", dataset: { nbblocksPart: "shout" } }, "Shout");
            const shown = ctx.h("span", { class: "shout-loud", dataset: { nbblocksPart: "shown" } });
            const draw = () => { shown.textContent = ctx.value() ?? ""; };
            ctx.listen(button, "click", () => {
              ctx.setValue(String(ctx.value() ?? "").toUpperCase(), { events: ["change"] });
              ctx.dispatch("shouted", { loud: true });
              draw();
            });
            ctx.on("value", draw);
            draw();
            ctx.el.append(button, shown);
          },
        };
        """
        _css = ".shout-loud { color: rgb(9, 8, 7); }"

        def preprocess(self, payload: str | None) -> str:
            return payload or ""

        def postprocess(self, value: str | None) -> str:
            return value or ""

        def example_payload(self) -> str:
            return "hi"

        def example_value(self) -> str:
            return "hi"

        def api_info(self) -> dict[str, Any]:
            return {"type": "string"}

    with gr.Blocks() as demo:
        shout = Shout("hello", elem_id="shout")
        log = gr.Textbox(elem_id="log")

        def shouted(text: str, evt: gr.EventData) -> str:
            return f"{text} {evt._data['loud']}"

        shout.shouted(shouted, shout, log)

    with serving(demo):
        app = open_page(page, demo.local_url)
        expect(part(app.locator("#shout"), "shown")).to_have_text("hello")
        part(app.locator("#shout"), "shout").click()
        expect(part(app.locator("#log"), "input")).to_have_value("HELLO True")
        assert part(app.locator("#shout"), "shown").evaluate("(el) => getComputedStyle(el).color") == "rgb(9, 8, 7)"


def test_the_page_polls_behind_a_proxy_that_holds_streams_back(page: Any) -> None:
    from playwright.sync_api import expect

    prefix = "/user/ada/proxy/4321/"
    demo, _ = quickstart()
    with serving(demo), reverse_proxy(demo.local_url, prefix, strip=True, buffer=True) as url:
        polls: list[str] = []
        page.on("request", lambda request: polls.append(request.url) if "/page/poll" in request.url else None)
        app = open_page(page, url)
        part(app.locator("#name"), "input").press_sequentially("Bo")
        part(app.locator("#greet"), "button").click()
        expect(part(app.locator("#greeting"), "input")).to_have_value("Hello, Bo!!")
        assert polls and all(p.startswith(url) for p in polls)



def test_browser_state_persists_across_reloads_and_the_sidebar_fires_its_events(page: Any) -> None:
    """gr.BrowserState in the page: an output is stored sealed in the tab's localStorage,
    and after a reload (a new session) the app's load listener gets it back; gr.Sidebar's
    toggle runs its collapse/expand listeners in the server."""
    from playwright.sync_api import expect

    with gr.Blocks() as demo:
        with gr.Sidebar(label="Filters") as sidebar:
            gr.Markdown("In the sidebar", elem_id="side-note")
        saved = gr.BrowserState([], storage_key="nbb-page-notes", secret="page-secret")
        note = gr.Textbox(label="Note", elem_id="note")
        shown = gr.Textbox(label="Shown", elem_id="shown")
        toggled = gr.Textbox(label="Toggled", elem_id="toggled")
        add = gr.Button("Add", elem_id="add")
        add.click(lambda text, items: (items + [text], ", ".join(items + [text])), [note, saved], [saved, shown])
        demo.load(lambda items: ", ".join(items) or "nothing yet", saved, shown)
        sidebar.collapse(lambda: "collapsed", None, toggled)
        sidebar.expand(lambda: "expanded", None, toggled)
    with serving(demo):
        app = open_page(page, demo.local_url)
        expect(part(app.locator("#shown"), "input")).to_have_value("nothing yet")
        for text in ("milk", "eggs"):
            part(app.locator("#note"), "input").fill(text)
            part(app.locator("#add"), "button").click()
        expect(part(app.locator("#shown"), "input")).to_have_value("milk, eggs")
        stored = page.wait_for_function("localStorage.getItem('nbb-page-notes')").json_value()
        assert "milk" not in stored and saved.read_notebook_value(stored) == ["milk", "eggs"]

        page.reload()  # a new session: the stored value comes back to the load listener
        page.wait_for_selector('#nbb-page[data-nbblocks-ready="true"]')
        app = page.locator(APP).first
        expect(part(app.locator("#shown"), "input")).to_have_value("milk, eggs")

        toggle = part(app, "sidebar-toggle")
        expect(app.locator("#side-note")).to_be_visible()
        toggle.click()
        expect(app.locator("#side-note")).to_be_hidden()
        expect(part(app.locator("#toggled"), "input")).to_have_value("collapsed")
        toggle.click()
        expect(part(app.locator("#toggled"), "input")).to_have_value("expanded")
    demo.close()
