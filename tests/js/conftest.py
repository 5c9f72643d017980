"""Fixtures for the front-end tests: a static HTTP server on 127.0.0.1 serving the
repository (the built bundles and the harness page) and a headless Chromium."""

from __future__ import annotations

import functools
import http.server
import sys
import threading
from pathlib import Path
from typing import Iterator

import pytest

from frontend_harness import open_harness
from support import chromium

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
STATIC = ROOT / "nbblocks" / "static"


def _jupyterlab_theme(name: str) -> Path:
    """JupyterLab's own theme variables when it is installed, else the harness copy."""
    installed = (
        Path(sys.prefix) / "share" / "jupyter" / "lab" / "themes" / "@jupyterlab"
        / f"theme-{name}-extension" / "index.css"
    )
    if installed.is_file():
        return installed
    return ROOT / "tests" / "js" / "harness" / "themes" / f"{name}.css"


class _Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript"}

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if clean.startswith("/jupyterlab-theme/") and clean.endswith(".css"):
            name = clean.rsplit("/", 1)[1][: -len(".css")]
            if name in {"light", "dark"}:
                return str(_jupyterlab_theme(name))
        return super().translate_path(path)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        clean = self.path.split("?", 1)[0]
        if clean.startswith("/library/") and clean.endswith(".js"):
            self._library(clean[len("/library/"):-len(".js")])
            return
        super().do_GET()

    def _library(self, name: str) -> None:
        """A front-end library as the kernel's page runtime model sends it."""
        from nbblocks.widgets.assets import library_source

        try:
            body = library_source(name).encode("utf-8")
        except LookupError as exc:
            self.send_error(404, str(exc))
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/javascript")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


@pytest.fixture(scope="session")
def server_url() -> Iterator[str]:
    if not (STATIC / "runtime.js").is_file():
        pytest.skip("nbblocks/static/runtime.js is missing: run `npm --prefix js ci && npm --prefix js run build`")
    handler = functools.partial(_Handler, directory=str(ROOT))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


# Module scope: one Playwright instance at a time per process (tests/browser starts its own).
@pytest.fixture(scope="module")
def browser():
    with chromium.launched() as browser:
        yield browser


@pytest.fixture
def page(browser, server_url):
    page = open_harness(browser, server_url)
    yield page
    errors = list(page.js_errors)
    page.context.close()
    assert not errors, f"errors in the page: {errors}"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS

