"""The committed bundles match the sources' shape (no browser needed)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "js" / "views"
BUILT = ROOT / "nbblocks" / "static" / "views"
STATIC_IMPORT = re.compile(r"(^|[;}\s])import\s*([\"'{*]|[\w$]+\s*(,|from))")


def test_every_view_source_has_a_bundle():
    sources = sorted(p.stem for p in SOURCES.glob("*.js"))
    built = sorted(p.stem for p in BUILT.glob("*.js"))
    assert sources == built
    assert (ROOT / "nbblocks" / "static" / "runtime.js").is_file()


def test_view_bundles_are_self_contained():
    for path in BUILT.glob("*.js"):
        code = path.read_text(encoding="utf-8")
        assert not STATIC_IMPORT.search(code), f"{path.name} imports something"
        assert "export{" in code.replace(" ", "") and "as default" in code, f"{path.name} has no default export"
        assert str(ROOT) not in code


def test_runtime_is_an_anywidget_module():
    code = (ROOT / "nbblocks" / "static" / "runtime.js").read_text(encoding="utf-8")
    assert "as default" in code
    assert "nbblocks-style" in code
