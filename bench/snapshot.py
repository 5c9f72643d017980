"""Bytes a saved notebook holds with and without the apps' static snapshots.

``notebooks/quickstart.ipynb`` is executed by a real kernel (``nbclient``, widget state
stored as ``nbconvert --execute`` and JupyterLab store it), once with snapshots on and
once with ``NBBLOCKS_SNAPSHOT=0``, and the saved ``.ipynb`` is measured. Also: the
snapshot of the README's quickstart app alone (``demo.to_html()``). Bytes are counted,
not timed: one run is exact (the kernel's own outputs aside).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from _common import print_ratio, print_table, ratio

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "quickstart.ipynb"


def saved_size(snapshots: bool) -> dict[str, int]:
    """Execute the quickstart notebook; bytes of the saved file, its snapshot outputs and
    its widget state."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    old = os.environ.get("NBBLOCKS_SNAPSHOT")
    os.environ["NBBLOCKS_SNAPSHOT"] = "1" if snapshots else "0"
    try:
        NotebookClient(nb, timeout=600, kernel_name="python3", store_widget_state=True,
                       resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    finally:
        if old is None:
            os.environ.pop("NBBLOCKS_SNAPSHOT", None)
        else:
            os.environ["NBBLOCKS_SNAPSHOT"] = old
    html = sum(
        len(o["data"]["text/html"].encode())
        for cell in nb.cells if cell.cell_type == "code"
        for o in cell.outputs if "nbb-snapshot" in str(o.get("data", {}).get("text/html", ""))
    )
    state = nb.metadata.get("widgets", {}).get("application/vnd.jupyter.widget-state+json", {})
    return {"file": len(nbformat.writes(nb).encode()), "snapshots": html, "state": len(json.dumps(state).encode())}


def quickstart_snapshot() -> int:
    from frontend_bytes import quickstart_app

    demo = quickstart_app()
    try:
        return len(demo.to_html().encode())
    finally:
        demo.close()


def _kb(n: int) -> str:
    return f"{n / 1024:.1f}"


def run(settings: Any) -> None:
    print("[snapshot] the saved quickstart notebook (executed, widget state stored), KiB")
    on, off = saved_size(True), saved_size(False)
    one = quickstart_snapshot()
    print_table(
        ["case", "file KiB", "snapshot outputs KiB", "widget state KiB"],
        [["snapshots on", _kb(on["file"]), _kb(on["snapshots"]), _kb(on["state"])],
         ["NBBLOCKS_SNAPSHOT=0", _kb(off["file"]), _kb(off["snapshots"]), _kb(off["state"])]],
    )
    print(f"  README quickstart app, demo.to_html(): {one} bytes")
    settings.results["snapshot"] = {"on": on, "off": off, "quickstart_to_html": one}
    print_ratio("snapshot", f"saved notebook with snapshots / without = {ratio(on['file'], off['file'])}"
                            f"  ({_kb(on['file'])} KiB / {_kb(off['file'])} KiB)")
