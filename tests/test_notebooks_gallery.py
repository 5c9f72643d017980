"""The notebook gallery keeps its conventions: indexed, committed clean, self-checking.

nbval runs the notebooks themselves (``./dev test``); this checks what nbval cannot see.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
INDEX = NOTEBOOKS / "README.md"


def _load_strip_tool():
    spec = importlib.util.spec_from_file_location("strip_notebooks", REPO / "scripts" / "strip_notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _notebooks() -> list[Path]:
    return sorted(p for p in NOTEBOOKS.glob("*.ipynb"))


def _index_rows() -> dict[str, str]:
    """Notebook file name -> its row in notebooks/README.md."""
    rows = {}
    for line in INDEX.read_text().splitlines():
        match = re.match(r"\|\s*\[([\w.-]+\.ipynb)\]\(([\w.-]+\.ipynb)\)", line)
        if match:
            assert match.group(1) == match.group(2), f"link text and target differ: {line}"
            rows[match.group(1)] = line
    return rows


def test_gallery_has_notebooks():
    assert len(_notebooks()) >= 6


def test_every_notebook_is_in_the_index_and_the_index_is_true():
    rows = _index_rows()
    present = {p.name for p in _notebooks()}
    missing = sorted(present - set(rows))
    assert not missing, f"notebooks/README.md does not list {missing}"
    for name, row in rows.items():
        coming = "*(coming)*" in row
        if name in present:
            assert not coming, f"{name} exists: remove its '*(coming)*' mark in notebooks/README.md"
        else:
            assert coming, f"notebooks/README.md links {name}, which does not exist (mark it '*(coming)*')"


@pytest.mark.parametrize("path", _notebooks(), ids=lambda p: p.name)
def test_notebook_is_committed_clean(path: Path):
    strip = _load_strip_tool()
    nb = json.loads(path.read_text())
    _, removed = strip.strip(nb)
    assert not removed, f"{path.name} has {', '.join(removed)}: run python scripts/strip_notebooks.py notebooks/"
    # Saved as Jupyter saves, so opening and saving it in JupyterLab changes nothing.
    assert path.read_text() == strip.dumps(nb)


@pytest.mark.parametrize("path", _notebooks(), ids=lambda p: p.name)
def test_notebook_opens_with_python_kernel_and_checks_itself(path: Path):
    nb = json.loads(path.read_text())
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert nb["cells"][0]["cell_type"] == "markdown" and "".join(nb["cells"][0]["source"]).startswith("# ")
    # A gallery notebook is a test: asserts on what Frontend (the virtual page) holds.
    assert "Frontend(" in code or "Client(" in code
    assert re.search(r"^\s*assert ", code, re.M), f"{path.name} asserts nothing"
