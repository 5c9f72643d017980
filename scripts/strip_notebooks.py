#!/usr/bin/env python3
"""Strip run results from notebooks so that only their source is committed.

Removes code-cell outputs, execution counts, per-cell execution timings
(``metadata.execution``) and the saved widget state (notebook ``metadata.widgets``).
nbval then executes the notebooks without comparing stale outputs, and diffs show
only real changes.

    python scripts/strip_notebooks.py notebooks/            # strip in place
    python scripts/strip_notebooks.py --check notebooks/    # exit 1 if any is not clean

Plain json on purpose: this runs before any virtualenv exists. Files are written as
Jupyter writes them (sorted keys, indent 1, UTF-8, trailing newline) and only when
their content changes.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any


def find_notebooks(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p for p in sorted(path.rglob("*.ipynb")) if ".ipynb_checkpoints" not in p.parts
            )
        elif path.suffix == ".ipynb" and path.is_file():
            found.append(path)
        else:
            raise FileNotFoundError(f"{path}: not a notebook or a directory")
    return found


def strip(nb: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Return a stripped copy of ``nb`` and what was removed (empty when clean)."""
    nb = copy.deepcopy(nb)
    removed: set[str] = set()

    if "widgets" in nb.get("metadata", {}):
        del nb["metadata"]["widgets"]
        removed.add("widget state")

    for cell in nb.get("cells", []):
        metadata = cell.get("metadata", {})
        if "execution" in metadata:
            del metadata["execution"]
            removed.add("execution timings")
        if cell.get("cell_type") != "code":
            continue
        if cell.get("outputs"):
            removed.add("outputs")
        cell["outputs"] = []
        if cell.get("execution_count") is not None:
            removed.add("execution counts")
        cell["execution_count"] = None

    return nb, sorted(removed)


def dumps(nb: dict[str, Any]) -> str:
    # Same settings as nbformat's writer, so a save from Jupyter produces no diff.
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False, separators=(",", ": ")) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("notebooks")],
                        help="notebooks or directories to search (default: notebooks)")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 and list the notebooks that are not clean")
    args = parser.parse_args(argv)

    try:
        notebooks = find_notebooks(args.paths)
    except FileNotFoundError as exc:
        print(f"strip_notebooks: {exc}", file=sys.stderr)
        return 2

    dirty: list[str] = []
    for path in notebooks:
        try:
            nb = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"strip_notebooks: {path}: cannot read notebook: {exc}", file=sys.stderr)
            return 2
        clean, removed = strip(nb)
        if not removed:
            continue
        if args.check:
            dirty.append(f"{path}: has {', '.join(removed)}")
        else:
            path.write_text(dumps(clean), encoding="utf-8")
            print(f"stripped {path} ({', '.join(removed)})")

    if dirty:
        print("Notebooks must be committed without outputs. Not clean:", file=sys.stderr)
        for line in dirty:
            print(f"  {line}", file=sys.stderr)
        print("Fix with: python scripts/strip_notebooks.py notebooks/", file=sys.stderr)
        return 1
    if args.check:
        print(f"{len(notebooks)} notebook(s) clean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
