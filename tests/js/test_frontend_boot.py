"""The page runtime model's loader (``boot.js``): where the runtime and the views come from.

The loader runs in the harness page as anywidget runs it (``initialize({model})`` on a
model that answers ``view_request`` as the kernel does). The Jupyter server is played by
routes on ``<base>/nbblocks/static/<build>/``: the real extension is tested against a real
JupyterLab in tests/browser/test_static_files_lab.py; here the page's side of each case is
checked, including those a real server cannot easily be made to show (a page without
Jupyter's config, a server that has the runtime but not a view).
"""

from __future__ import annotations

import json
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "nbblocks" / "static"

BUILD = "0123456789abcdef"

# A page runtime model as the kernel's: view requests answered from nbblocks/static
# (the runtime for the id "runtime"); every id asked for is kept in `asked`.
LOAD = """
async ({ build, config }) => {
  if (config !== null) {
    const el = document.createElement("script");
    el.id = "jupyter-config-data";
    el.type = "application/json";
    el.textContent = JSON.stringify(config);
    document.head.append(el);
  }
  const asked = [];
  const handlers = [];
  const model = {
    get: (key) => (key === "static_id" ? build : undefined),
    on: (name, cb) => handlers.push([name, cb]),
    off: () => {},
    async send(content) {
      asked.push(content.id);
      const file = content.id === "runtime" ? "runtime.js" : `views/${content.id}.js`;
      const response = await fetch(`/nbblocks/static/${file}`);
      const reply = response.ok
        ? [{ type: "view", id: content.id, css: "" }, [new DataView(await response.arrayBuffer())]]
        : [{ type: "view_error", id: content.id, message: "no such view" }, []];
      setTimeout(() => handlers.filter(([n]) => n === "msg:custom").forEach(([, cb]) => cb(...reply)), 0);
    },
  };
  const boot = await import("/nbblocks/static/boot.js");
  const api = boot.default.initialize({ model });
  const textbox = await api.loadView("textbox");
  const button = await api.loadView("button");
  const origin = await api.origin();
  return { asked, origin, rendered: typeof textbox.definition.render === "function" && typeof button.definition.render === "function" };
}
"""


def _serve(page, files: dict[str, int]) -> list[str]:
    """Answer ``/jupyter/nbblocks/static/<BUILD>/<file>`` as a Jupyter server would:
    each listed file with its status (200: the built file), anything else 404."""
    fetched: list[str] = []

    def handle(route) -> None:
        name = route.request.url.split(f"/nbblocks/static/{BUILD}/", 1)[1]
        fetched.append(name)
        status = files.get(name, 404)
        if status == 200:
            route.fulfill(status=200, body=(STATIC / name).read_bytes(), content_type="text/javascript")
        else:
            route.fulfill(status=status, body="not here", content_type="text/plain")

    page.route(f"**/jupyter/nbblocks/static/{BUILD}/**", handle)
    return fetched


def _forget_404s(page) -> None:
    """Chromium logs each 404 as a console error; those are the cases under test."""
    page.js_errors[:] = [e for e in page.js_errors if "404" not in e]


def test_without_jupyter_page_config_everything_comes_from_the_kernel(page) -> None:
    fetched = _serve(page, {"runtime.js": 200, "views/textbox.js": 200, "views/button.js": 200})
    result = page.evaluate(LOAD, {"build": BUILD, "config": None})  # VS Code, Colab: no config
    assert result["rendered"]
    assert result["origin"]["runtime"] == "kernel" and result["origin"]["fromServer"] == []
    assert result["asked"] == ["runtime", "textbox", "button"]
    assert fetched == []


def test_with_the_server_the_runtime_and_views_come_from_it(page) -> None:
    fetched = _serve(page, {"runtime.js": 200, "views/textbox.js": 200})  # no button.js here
    result = page.evaluate(LOAD, {"build": BUILD, "config": {"baseUrl": "/jupyter/"}})
    _forget_404s(page)
    assert result["rendered"]
    assert result["origin"]["runtime"] == "server" and result["origin"]["fromServer"] == ["textbox"]
    assert result["origin"]["server"].endswith(f"/jupyter/nbblocks/static/{BUILD}/")
    # The view the server does not have comes from the kernel; nothing else does.
    assert result["asked"] == ["button"]
    assert fetched == ["runtime.js", "views/textbox.js", "views/button.js"]


def test_a_server_without_this_build_sends_the_page_to_the_kernel_for_everything(page) -> None:
    fetched = _serve(page, {})  # another nbblocks, or none: every file is 404
    result = page.evaluate(LOAD, {"build": BUILD, "config": {"baseUrl": "/jupyter/"}})
    _forget_404s(page)
    assert result["rendered"]
    assert result["origin"]["runtime"] == "kernel" and result["origin"]["fromServer"] == []
    assert result["asked"] == ["runtime", "textbox", "button"]
    assert fetched == ["runtime.js"]  # once the runtime is not there, views are not tried


def test_a_kernel_without_a_build_name_never_asks_the_server(page) -> None:
    fetched = _serve(page, {"runtime.js": 200})
    result = page.evaluate(LOAD, {"build": "", "config": {"baseUrl": "/jupyter/"}})
    assert result["origin"]["runtime"] == "kernel" and result["asked"] == ["runtime", "textbox", "button"]
    assert fetched == []


def test_the_build_name_is_the_manifest_hash_the_kernel_sends() -> None:
    """The loader's route and the kernel's name agree (16 hex digits, as BUILD above)."""
    from nbblocks.widgets.assets import static_id

    assert len(static_id()) == len(BUILD) and int(static_id(), 16) >= 0
    assert "runtime.js" in json.loads((STATIC / "manifest.json").read_text())["files"]
