"""The "Use via API" page at ``/?view=api`` and the headers of the server's HTML pages,
over real HTTP on 127.0.0.1; its snippets are run as they are copied (gradio_client,
curl in bash)."""

from __future__ import annotations

import contextlib
import html
import io
import re
import shutil
import subprocess

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

import nbblocks as gr
from nbblocks.server.page_security import content_security_policy
from support.servers import http_client, serving
from support.waiting import WAIT


def make_app() -> gr.Blocks:
    def greet(name: str, times: int = 2) -> tuple[str, int]:
        """Greets someone a number of times.

        Args:
            name: from here on the docstring is not shown (Gradio's rule)."""
        return " ".join([f"Hello {name}"] * int(times)), len(name)

    def count(n: float):
        for i in range(int(n)):
            yield str(i)

    with gr.Blocks(title="API <demo>") as demo:
        name = gr.Textbox(label="Name")
        times = gr.Slider(1, 5, value=2, step=1, label="Times")
        out = gr.Textbox(label="Greeting")
        length = gr.Number(label="Length")
        image = gr.Image(label="Photo")
        button = gr.Button()
        button.click(greet, [name, times], [out, length], api_name="greet")
        button.click(count, times, out, api_name="count")
        button.click(lambda im: im, image, image, api_name="echo_image")
        button.click(lambda s: s, name, out, api_name="secret", api_visibility="private")
        button.click(lambda s: s, name, out, api_name="quiet", api_visibility="undocumented")
    return demo


@pytest.fixture(scope="module")
def served():
    with serving(make_app()) as demo:
        yield demo


@pytest.fixture(scope="module")
def page(served):
    with http_client(served) as http:
        response = http.get("/?view=api", headers={"Accept": "text/html"})
    assert response.status_code == 200
    return response


def section(text: str, api_name: str) -> str:
    match = re.search(rf'<section class="endpoint" data-api-name="{re.escape(api_name)}">(.*?)</section>', text, re.S)
    assert match, f"no section for {api_name}"
    return match.group(1)


def snippet(text: str, block_id: str, url: str) -> str:
    """A snippet's text as the page's script leaves it (the server's address filled in)."""
    code = re.search(rf'<code id="{block_id}">(.*?)</code>', text, re.S).group(1)
    code = re.sub(r"<span data-base-url>.*?</span>", url, code)
    return html.unescape(code)


def test_lists_exactly_the_public_endpoints_with_their_parameters(served, page):
    text = page.text
    with http_client(served) as http:
        info = http.get("/gradio_api/info").json()["named_endpoints"]
    listed = re.findall(r'<section class="endpoint" data-api-name="([^"]+)">', text)
    assert listed == list(info) == ["/greet", "/count", "/echo_image"]
    for api_name, endpoint in info.items():
        part = section(text, api_name)
        for param in endpoint["parameters"]:
            assert f"<code>{param['parameter_name']}</code>" in part
            assert f'<code class="type">{html.escape(param["python_type"]["type"])}</code>' in part
        for returned in endpoint["returns"]:
            assert html.escape(returned["python_type"]["type"]) in part
    greet = section(text, "/greet")
    assert "Greets someone a number of times." in greet and "not shown" not in greet
    assert "Textbox “Name”" in greet and "Slider “Times”" in greet
    assert "Default: <code>2</code>" in greet  # the Slider's value, as Gradio documents it
    assert "a tuple of 2 elements" in greet
    assert "A generator" in section(text, "/count")
    assert "handle_file(&#x27;path/to/bus.png&#x27;)" in section(text, "/echo_image")
    assert "secret" not in text and "quiet" not in text
    assert "API &lt;demo&gt;" in text  # the title is escaped
    assert "Logout" not in text  # no auth=


def test_every_url_in_the_page_is_relative(served, page):
    text = page.text
    assert served.local_url not in text and "127.0.0.1" not in text
    for attribute in re.findall(r'(?:href|src|action)="([^"]*)"', text):
        assert "://" not in attribute and not attribute.startswith("//"), attribute


def test_the_page_carries_a_strict_policy_with_the_scripts_nonce(page):
    policy = page.headers["content-security-policy"]
    nonces = re.findall(r'<script nonce="([^"]+)">', page.text)
    assert len(nonces) == 1 and len(page.text.split("<script")) == 2
    assert f"'nonce-{nonces[0]}'" in policy
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
    assert directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in directives["script-src"] and "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == "'none'" and directives["base-uri"] == "'none'"
    assert directives["connect-src"] == "'self'"
    for value in directives.values():
        assert "http" not in value and "*" not in value  # no other origin
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["cache-control"] == "no-store"


def test_each_page_gets_its_own_nonce(served, page):
    with http_client(served) as http:
        again = http.get("/?view=api")
    assert re.findall(r'nonce="([^"]+)"', again.text) != re.findall(r'nonce="([^"]+)"', page.text)


def test_the_policy_helper_for_other_pages():
    assert "script-src 'none'" in content_security_policy(scripts=False)
    with_nonce = content_security_policy("abc")
    assert "script-src 'self' blob: 'nonce-abc'" in with_nonce
    inline = content_security_policy("abc", inline_scripts=True, eval_scripts=True)
    assert "'nonce-abc'" not in inline and "'unsafe-inline'" in inline and "'unsafe-eval'" in inline
    assert "img-src 'self' blob: data:" in with_nonce and "media-src 'self' blob: data:" in with_nonce


def test_json_clients_at_root_still_get_the_note(served):
    with http_client(served) as http:
        note = http.get("/", headers={"Accept": "application/json"})
        assert http.get("/gradio_api/user").json() is None  # no auth=: no user
    assert note.status_code == 200 and note.json()["api"] == "/gradio_api/info"


def test_the_python_snippet_runs_as_copied(served, page):
    code = snippet(page.text, "py-0", served.local_url)
    assert f'Client("{served.local_url}")' in code
    code = code.replace("Client(", "Client(verbose=False, download_files=False, src=", 1)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "snippet", "exec"), {})  # noqa: S102 - the page's own snippet, run as a user would
    assert printed.getvalue().strip() == "('Hello Hello!!', 7)"


@pytest.mark.skipif(shutil.which("curl") is None or shutil.which("bash") is None, reason="needs curl and bash")
def test_the_curl_snippet_runs_as_copied(served, page):
    code = snippet(page.text, "curl-0", served.local_url)
    done = subprocess.run(["bash", "-c", code], capture_output=True, text=True, timeout=WAIT)
    assert done.returncode == 0, done.stderr
    assert "event: complete" in done.stdout
    assert 'data: ["Hello Hello!!",7]' in done.stdout


@pytest.mark.skipif(shutil.which("curl") is None or shutil.which("bash") is None, reason="needs curl and bash")
def test_with_auth_the_page_needs_a_login_and_its_snippets_log_in(tmp_path):
    with serving(make_app(), auth=("ann", "pw")) as demo, http_client(demo) as http:
        assert http.get("/?view=api").status_code == 401
        assert http.post("/login", data={"username": "ann", "password": "pw"}).status_code == 200
        text = http.get("/?view=api").text
        python = snippet(text, "py-0", demo.local_url)
        assert 'auth=("username", "password")' in python
        curl = snippet(text, "curl-0", demo.local_url).replace("USERNAME", "ann").replace("PASSWORD", "pw")
        done = subprocess.run(["bash", "-c", curl], capture_output=True, text=True, timeout=WAIT, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert "event: complete" in done.stdout and "Hello Hello!!" in done.stdout


def test_the_origin_check_holds_for_the_pages(served):
    with http_client(served) as http:
        foreign = http.get("/?view=api", headers={"Origin": "http://evil.example"})
        same = http.get("/?view=api", headers={"Origin": served.local_url.rstrip("/")})
    assert foreign.status_code == 403 and "cross-origin" in foreign.json()["detail"]
    assert same.status_code == 200
