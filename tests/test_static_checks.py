"""The package is type-checked (mypy --strict) and linted (ruff), as configured in
pyproject.toml; this runs both, so ``./dev test`` and CI fail on a new finding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    # Generous: mypy's first run (no cache) on a loaded 2-core machine takes minutes.
    return subprocess.run([sys.executable, "-m", *args], cwd=cwd, capture_output=True, text=True, timeout=900)


def _needs(module: str) -> None:
    try:
        __import__(module)
    except ImportError:
        pytest.fail(f"{module} is not installed: it comes with the `test` extra (pip install -e '.[test]')")


@pytest.mark.timeout(900)
def test_mypy_strict_passes_on_the_package(tmp_path_factory: pytest.TempPathFactory) -> None:
    _needs("mypy")
    # The cache is kept between runs in the repo's .mypy_cache (ignored by git); it is
    # only a speed-up, and a fresh clone starts without one.
    result = _run(["mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache")], ROOT)
    assert result.returncode == 0, f"mypy found problems:\n{result.stdout}\n{result.stderr}"


@pytest.mark.timeout(300)
def test_ruff_passes_on_the_package() -> None:
    _needs("ruff")
    result = _run(["ruff", "check", "--no-cache", "nbblocks"], ROOT)
    assert result.returncode == 0, f"ruff found problems:\n{result.stdout}\n{result.stderr}"


def test_the_checks_are_configured_in_pyproject() -> None:
    """The rules live in pyproject.toml (one place for editors, CI and this test)."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["mypy"]["strict"] is True
    assert config["tool"]["mypy"]["files"] == ["nbblocks"]
    assert {"E", "F", "W", "I", "B", "UP", "SIM", "RUF", "BLE"} <= set(config["tool"]["ruff"]["lint"]["select"])
    extra = " ".join(config["project"]["optional-dependencies"]["test"])
    assert "mypy" in extra and "ruff" in extra
