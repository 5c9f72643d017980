"""scripts/strip_notebooks.py: what it removes, --check, and that it writes only changes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "strip_notebooks.py"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, SCRIPT, *map(str, args)], capture_output=True, text=True)


def run_notebook(path: Path) -> None:
    """A notebook as JupyterLab saves it after a run: outputs, counts, timings, widget state."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {"abc": {}}, "version_major": 2}}
    code = nbformat.v4.new_code_cell("print('hi')\n1 + 1")
    code.execution_count = 3
    code.metadata["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    code.outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="hi\n"),
        nbformat.v4.new_output("execute_result", data={"text/plain": "2"}, execution_count=3),
    ]
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"), code]
    nbformat.write(nb, path)


@pytest.fixture
def dirty(tmp_path: Path) -> Path:
    run_notebook(tmp_path / "a.ipynb")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    run_notebook(tmp_path / ".ipynb_checkpoints" / "a-checkpoint.ipynb")
    return tmp_path


def test_check_lists_what_is_not_clean_and_changes_nothing(dirty: Path):
    before = (dirty / "a.ipynb").read_text()
    result = run("--check", dirty)
    assert result.returncode == 1
    assert "a.ipynb: has execution counts, execution timings, outputs, widget state" in result.stderr
    assert "checkpoint" not in result.stderr  # checkpoints are JupyterLab's, not the repo's
    assert (dirty / "a.ipynb").read_text() == before


def test_strip_removes_results_and_keeps_the_rest(dirty: Path):
    result = run(dirty)
    assert result.returncode == 0, result.stderr
    nb = json.loads((dirty / "a.ipynb").read_text())
    assert "widgets" not in nb["metadata"]
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    markdown, code = nb["cells"]
    assert "".join(markdown["source"]) == "# Title"
    assert "".join(code["source"]) == "print('hi')\n1 + 1"
    assert code["outputs"] == [] and code["execution_count"] is None
    assert "execution" not in code["metadata"]
    nbformat.validate(nbformat.reads(json.dumps(nb), as_version=4))

    assert run("--check", dirty).returncode == 0


def test_a_clean_notebook_is_not_rewritten(dirty: Path):
    run(dirty)
    path = dirty / "a.ipynb"
    mtime = path.stat().st_mtime_ns
    result = run(dirty)
    assert result.returncode == 0 and result.stdout == ""
    assert path.stat().st_mtime_ns == mtime


def test_output_matches_what_jupyter_writes(dirty: Path):
    """After stripping, a save from Jupyter (nbformat) gives the same bytes: no diff noise."""
    run(dirty)
    path = dirty / "a.ipynb"
    stripped = path.read_text()
    nbformat.write(nbformat.read(path, as_version=4), path)
    assert path.read_text() == stripped


def test_a_path_that_is_not_a_notebook_is_an_error(tmp_path: Path):
    result = run(tmp_path / "missing.ipynb")
    assert result.returncode == 2 and "not a notebook or a directory" in result.stderr
