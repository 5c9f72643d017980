"""Click to DOM update in the app's web page: nbblocks' page against Gradio's page for the
same app, in the same run (``python bench/page_click.py``; ``bench/run.py --only page``).

Each library serves the app from a child interpreter (Gradio from ``--gradio-python``); one
headless Chromium (Debian's, through Playwright) opens each page and clicks a button many
times. Each click is timed inside the page, from ``click()`` until the output shows the new
text (polled on every turn of the page's event loop), and the median of the clicks is
reported, with the page's first load (time until the button is there, bytes transferred).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

APP = '''
count = [0]
def greet(name):
    count[0] += 1
    return f"Hello, {name} #{count[0]}"
with gr.Blocks() as demo:
    name = gr.Textbox("Ada", label="Name", elem_id="name")
    out = gr.Textbox(label="Greeting", elem_id="out")
    gr.Button("Greet", elem_id="go").click(greet, name, out)
'''

#: Where each page keeps the button and the output's text field.
SELECTORS = {
    "nbblocks": ('#go [data-nbblocks-part="button"]', '#out [data-nbblocks-part="input"]'),
    "gradio": ("button#go", "#out textarea"),
}

# One click, timed in the page: the output's value is read on every turn of the event loop
# (a MessageChannel round), so the time is not rounded to animation frames.
CLICK = """async ([button, output]) => {
  const b = document.querySelector(button), o = document.querySelector(output);
  const before = o.value;
  const channel = new MessageChannel();
  const t0 = performance.now();
  b.click();
  await new Promise((done) => {
    channel.port1.onmessage = () => (o.value !== before ? done() : channel.port2.postMessage(0));
    channel.port2.postMessage(0);
  });
  return performance.now() - t0;
}"""


def _child(library: str, port: int) -> None:
    import importlib

    gr = importlib.import_module(library)
    namespace: dict[str, Any] = {"gr": gr}
    exec(APP, namespace)
    demo = namespace["demo"]
    demo.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True)
    print(json.dumps({"url": f"http://127.0.0.1:{port}/", "version": getattr(gr, "__version__", "?")}), flush=True)
    sys.stdin.read()
    demo.close()


def measure(browser: Any, url: str, library: str, clicks: int) -> dict[str, float]:
    button, output = SELECTORS[library]
    for attempt in range(2):  # the first load of each also warms the browser and the server
        context = browser.new_context()  # a fresh HTTP cache for each load
        page = context.new_page()
        received = [0]
        page.on("response", lambda r: received.__setitem__(0, received[0] + int(r.headers.get("content-length") or 0)))
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(button, timeout=120_000)
        page.wait_for_selector(output, timeout=120_000)
        load = time.perf_counter() - start
        if attempt == 0:
            context.close()
    for _ in range(3):  # warm up: views, connections, the function's first call
        page.evaluate(CLICK, [button, output])
    times = sorted(page.evaluate(CLICK, [button, output]) for _ in range(clicks))
    context.close()
    return {"click_ms": times[len(times) // 2], "load_s": load, "bytes": received[0]}


def run(settings: Any) -> None:
    """The ``page`` section of ``bench/run.py``."""
    from _common import find_gradio_python, print_ratio, print_table, ratio
    from http_bench import Server

    print("page: click to DOM update in the app's web page (median of clicks), and first load")
    sys.path.insert(0, str(HERE.parent / "tests"))
    from support.chromium import CHROMIUM, launched  # Debian's Chromium, as the browser tests use it

    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        print_ratio("page", "skipped (playwright is not installed)")
        return
    if not CHROMIUM.is_file():
        print_ratio("page", f"skipped ({CHROMIUM} not found)")
        return
    clicks = 5 if settings.quick else 40
    gradio_python, note = find_gradio_python(settings)
    results: dict[str, dict[str, float]] = {}
    with launched() as browser:
        for library, python in (("nbblocks", sys.executable), ("gradio", gradio_python)):
            if python is None:
                continue
            server = Server(python, library, script=__file__)
            try:
                results[library] = measure(browser, server.url, library, clicks)
            finally:
                server.stop()
    rows = [[lib, f"{r['click_ms']:.1f}", f"{r['load_s'] * 1000:,.0f}", f"{r['bytes'] / 1024:,.0f}"] for lib, r in results.items()]
    print_table(["library", "click ms", "load ms", "load KiB"], rows)
    n, g = results.get("nbblocks"), results.get("gradio")
    if n and g:
        print_ratio("page", f"nbblocks / gradio click to DOM update = {ratio(n['click_ms'], g['click_ms'])}"
                    f"  ({n['click_ms']:.1f} / {g['click_ms']:.1f} ms)")
        print_ratio("page-load", f"nbblocks / gradio first load = {ratio(n['load_s'], g['load_s'])}"
                    f"  ({n['load_s'] * 1000:,.0f} / {g['load_s'] * 1000:,.0f} ms; "
                    f"{n['bytes'] / 1024:,.0f} / {g['bytes'] / 1024:,.0f} KiB)")
    else:
        print_ratio("page", f"skipped (gradio: {note})")


def main(argv: list[str] | None = None) -> int:
    from _common import GRADIO_PYTHON_ENV, Settings

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--gradio-python", help=f"an interpreter that imports gradio (or set {GRADIO_PYTHON_ENV})")
    args = parser.parse_args(argv)
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    run(Settings(quick=args.quick, gradio_python=args.gradio_python))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        _child(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(main())
