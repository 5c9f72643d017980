"""The docs match the code: the Gradio compatibility tables list exactly what nbblocks
exports, and every local link in the docs leads to a file (and heading) that exists."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

import nbblocks

REPO = Path(__file__).resolve().parents[1]
COMPAT = REPO / "docs" / "gradio-compatibility.md"
DOC_FILES = sorted(
    [REPO / "README.md", REPO / "CHANGELOG.md", REPO / "binder" / "README.md", REPO / "notebooks" / "README.md", REPO / "bench" / "README.md"]
    + list((REPO / "docs").glob("*.md"))
)


def _section_rows(markdown: str, heading: str) -> dict[str, str]:
    """`gr.Name` -> the nbblocks column, from the table under ``## heading``."""
    section = markdown.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"\|\s*`gr\.(\w+)`\s*\|\s*([^|]+?)\s*\|", line)
        if match:
            rows[match.group(1)] = match.group(2)
    return rows


def _exported_blocks() -> set[str]:
    """Components and layouts that ``import nbblocks as gr`` offers by name."""
    from nbblocks.block import Block
    from nbblocks.components import Component, FormComponent

    bases = {Component, FormComponent, nbblocks.Blocks}
    names = set()
    for name in nbblocks.__all__:
        obj = getattr(nbblocks, name)
        if inspect.isclass(obj) and issubclass(obj, Block) and obj not in bases and obj.__name__ == name:
            names.add(name)
    return names


def _exported_apps() -> set[str]:
    """Apps (``Blocks`` subclasses such as ``Interface``), listed under High-level classes."""
    return {n for n in _exported_blocks() if issubclass(getattr(nbblocks, n), nbblocks.Blocks)}


def test_compatibility_tables_list_exactly_what_nbblocks_exports():
    text = COMPAT.read_text()
    rows = {**_section_rows(text, "Components"), **_section_rows(text, "Layouts")}
    assert rows, "no table rows found"
    for name, status in rows.items():
        assert status in {"yes", "not yet"}, f"gr.{name}: unknown status {status!r}"
        if status == "yes":
            assert hasattr(nbblocks, name), f"docs say gr.{name} is supported, but nbblocks has no {name}"
        else:
            assert not hasattr(nbblocks, name), f"gr.{name} exists now: mark it 'yes' in docs/gradio-compatibility.md"
    missing = sorted(_exported_blocks() - _exported_apps() - {n for n, s in rows.items() if s == "yes"})
    assert not missing, f"docs/gradio-compatibility.md does not list {missing}"


def test_compatibility_high_level_rows_are_true():
    rows = _section_rows(COMPAT.read_text(), "High-level classes")
    for name, status in rows.items():
        if status == "not yet":
            assert not hasattr(nbblocks, name), f"gr.{name} exists now: update docs/gradio-compatibility.md"
        else:
            assert hasattr(nbblocks, name), f"gr.{name} is listed as {status!r} but does not exist"
    missing = sorted(_exported_apps() - {n for n, s in rows.items() if s != "not yet"})
    assert not missing, f"docs/gradio-compatibility.md does not list {missing} under High-level classes"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = heading.strip().lower().replace("`", "")
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    anchors, fenced = set(), False
    for line in path.read_text().splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and (match := re.match(r"#{1,6} (.+)", line)):
            anchors.add(_slug(match.group(1)))
    return anchors


def _links(path: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", path.read_text(), flags=re.S)
    return re.findall(r"\]\(([^)\s]+)\)", text)


@pytest.mark.parametrize("doc", DOC_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_local_links_lead_somewhere(doc: Path):
    broken = []
    for link in _links(doc):
        if re.match(r"[a-z]+:", link):
            continue  # https:, mailto:
        target, _, anchor = link.partition("#")
        path = (doc.parent / target).resolve() if target else doc
        if not path.exists():
            if "*(coming)*" in next((l for l in doc.read_text().splitlines() if f"]({link})" in l), ""):
                continue  # a gallery notebook still being written, marked as such
            broken.append(f"{link}: no such file")
        elif anchor and path.suffix == ".md" and anchor not in _anchors(path):
            broken.append(f"{link}: no heading #{anchor} in {path.name}")
    assert not broken, f"{doc.relative_to(REPO)}:\n  " + "\n  ".join(broken)


# A file or folder of the repository in backticks (``owner/name`` of a repository is not).
_REPO_PATH = re.compile(r"`((?:tests|nbblocks|scripts|js|notebooks|bench|docs|binder|\.ci)/[\w./-]*(?:\.\w+|/))`")


#: Folders the tests make (not in git): docs may name them before any test ran.
_MADE_BY_TESTS = ("tests/artifacts/",)


def _not_yet() -> set[str]:
    """``gr.`` names the compatibility page marks "not yet" (they may be named anywhere)."""
    text = COMPAT.read_text()
    return set(re.findall(r"^\| `gr\.(\w+)` \| not yet", text, flags=re.M))


@pytest.mark.parametrize("doc", DOC_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_docs_name_only_files_and_apis_that_exist(doc: Path):
    """A file of the repository, a ``gr.`` name or a ``Frontend`` method named in the docs
    exists (or, for ``gr.`` names, is marked "not yet" on the compatibility page)."""
    from nbblocks.testing import Frontend

    text = doc.read_text()
    named = [p for p in _REPO_PATH.findall(text) if not any(c in p for c in "*<") and not p.startswith(_MADE_BY_TESTS)]
    missing = [p for p in named if not (REPO / p).exists()]
    not_yet = _not_yet()
    missing += [f"gr.{n}" for n in sorted(set(re.findall(r"\bgr\.([A-Za-z]\w*)", text)))
                if not hasattr(nbblocks, n) and n not in not_yet]
    missing += [f"Frontend.{n}" for n in sorted(set(re.findall(r"\bFrontend\.(\w+)", text))) if not hasattr(Frontend, n)]
    assert not missing, f"{doc.relative_to(REPO)} names what does not exist: {', '.join(missing)}"


def test_what_getting_started_calls_missing_is_missing():
    text = (REPO / "docs" / "getting-started.md").read_text()
    section = text.split("\n## What is not there yet\n", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"\bgr\.(\w+)", section)
    assert named and [n for n in named if hasattr(nbblocks, n)] == []
