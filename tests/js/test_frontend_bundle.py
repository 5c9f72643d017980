"""The committed bundles match the sources' shape (no browser needed): the runtime, the
block stub every model carries, and self-contained views that bring their stylesheets."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "js" / "views"
STATIC = ROOT / "nbblocks" / "static"
BUILT = STATIC / "views"
STYLES = ROOT / "js" / "styles"
STATIC_IMPORT = re.compile(r"(^|[;}\s])import\s*([\"'{*]|[\w$]+\s*(,|from))")
# A stylesheet as the build embeds it: {name:"inputs",rank:4,css:"..."} (css in "", '' or ``).
SHEET = re.compile(r"""\{name:"([\w-]+)",rank:(-?\d+),css:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`)\}""")
SHARED = ("theme", "chrome", "status", "toasts", "layouts")


def test_every_view_source_has_a_bundle():
    sources = sorted(p.stem for p in SOURCES.glob("*.js"))
    built = sorted(p.stem for p in BUILT.glob("*.js"))
    assert sources == built
    assert (STATIC / "runtime.js").is_file() and (STATIC / "block.js").is_file()


def test_view_bundles_and_the_block_stub_are_self_contained():
    for path in [*BUILT.glob("*.js"), STATIC / "block.js"]:
        code = path.read_text(encoding="utf-8")
        assert not STATIC_IMPORT.search(code), f"{path.name} imports something"
        assert "export{" in code.replace(" ", "") and "as default" in code, f"{path.name} has no default export"
        assert str(ROOT) not in code


def test_the_block_stub_is_tiny_and_mounts_through_the_runtime():
    code = (STATIC / "block.js").read_text(encoding="utf-8")
    assert len(code) < 400
    assert "getWidget" in code and '"runtime"' in code and ".mount(" in code


def test_runtime_is_an_anywidget_module_with_only_the_shared_stylesheet():
    code = (STATIC / "runtime.js").read_text(encoding="utf-8")
    assert "as default" in code and "initialize" in code
    assert "nbblocks-style" in code
    sheets = [name for name, _, _ in SHEET.findall(code)]
    assert sorted(sheets) == sorted(SHARED)


def _classes_with_rules_of_their_own() -> dict[str, str]:
    """class -> stylesheet, for classes a stylesheet styles on their own (a selector that is
    just that class, with pseudo-classes): what a view needs that sheet for."""
    owner: dict[str, str] = {}
    for path in STYLES.glob("*.css"):
        text = re.sub(r"/\*.*?\*/", "", path.read_text(), flags=re.S)
        for selectors in re.findall(r"([^{}@;]+)\{", text):
            for selector in selectors.split(","):
                match = re.fullmatch(r"\.(nbb-[\w-]+)((:[\w-]+(\([^)]*\))?)|(\[[^\]]*\]))*", selector.strip())
                if match:
                    owner.setdefault(match.group(1), path.stem)
    return owner


def test_every_view_brings_the_stylesheets_of_the_classes_it_uses():
    owner = _classes_with_rules_of_their_own()
    for path in BUILT.glob("*.js"):
        code = path.read_text(encoding="utf-8")
        sheets = {name for name, _, _ in SHEET.findall(code)}
        js = SHEET.sub("", code)
        used = set(re.findall(r"nbb-[a-z0-9-]*[a-z0-9]", js))
        missing = {cls: owner[cls] for cls in used if cls in owner and owner[cls] not in sheets | set(SHARED)}
        assert not missing, f"views/{path.name} uses classes styled in stylesheets it does not import: {missing}"


def test_stylesheet_ranks_keep_each_views_import_order():
    for path in BUILT.glob("*.js"):
        ranks = [int(rank) for _, rank, _ in SHEET.findall(path.read_text(encoding="utf-8"))]
        assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks), path.name
        for _, _, css in SHEET.findall(path.read_text(encoding="utf-8")):
            assert len(css) > 2 and "{" in css, path.name
