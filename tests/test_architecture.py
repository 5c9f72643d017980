"""The import plan of ``nbblocks/`` stays as ``docs/architecture.md`` draws it.

Every import counts: at module level, inside functions, under ``TYPE_CHECKING``, relative
or absolute. An import may go to the same layer or to a layer below; an import that runs
up a layer, a circle of modules that import each other, and a module the layer table
does not place all fail, naming the modules, so the structure stays what the docs say.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "nbblocks"

#: Imports allowed to run up a layer, as (importer, imported): {pair: why}. Keep it empty.
ALLOWED_UP: dict[tuple[str, str], str] = {}
#: Circles allowed, as sorted tuples of module names: {circle: why}. Keep it empty.
ALLOWED_CIRCLES: dict[tuple[str, ...], str] = {}


def layer_table() -> list[tuple[str, list[str]]]:
    """(layer, paths) from the table in docs/architecture.md, top layer first."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    layers = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) >= 2 and "`nbblocks/" in cells[1]:
            layers.append((cells[0], re.findall(r"`(nbblocks/[^`]*)`", cells[1])))
    return layers


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The nbblocks modules that ``name`` imports, anywhere in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "nbblocks":
                continue
            for alias in node.names:  # `from pkg import submodule` imports the submodule
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in known else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "nbblocks")
    found.discard(name)
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(name, path, known) for name, path in known.items()}


def layer_of(path: Path, layers: list[tuple[str, list[str]]]) -> int | None:
    """Index of the layer holding ``path`` (0 = top); the longest matching entry wins."""
    rel = path.relative_to(ROOT).as_posix()
    best: tuple[int, int] | None = None
    for index, (_, entries) in enumerate(layers):
        for entry in entries:
            if rel == entry or (entry.endswith("/") and rel.startswith(entry)):
                if best is None or len(entry) > best[1]:
                    best = (index, len(entry))
    return None if best is None else best[0]


def circles(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[tuple[str, ...]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(tuple(sorted(group)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_layer_table_is_read():
    layers = layer_table()
    names = [name for name, _ in layers]
    assert names[0] == "public API" and names[-1] == "base", names
    for expected in ("app runtime", "transports", "engine", "sessions", "app graph", "components", "data"):
        assert expected in names
    assert names.index("app runtime") < names.index("transports") < names.index("engine") < names.index("app graph")


def test_every_module_has_a_layer():
    layers = layer_table()
    unplaced = [name for name, path in modules().items() if layer_of(path, layers) is None]
    assert not unplaced, f"modules missing from the layer table in docs/architecture.md: {unplaced}"


def test_no_import_runs_up_a_layer():
    layers = layer_table()
    known = modules()
    up = []
    for name, targets in import_graph().items():
        mine = layer_of(known[name], layers)
        for target in sorted(targets):
            if target not in known:
                continue
            theirs = layer_of(known[target], layers)
            if mine is not None and theirs is not None and theirs < mine and (name, target) not in ALLOWED_UP:
                up.append(f"{name} ({layers[mine][0]}) imports {target} ({layers[theirs][0]})")
    assert not up, "imports that run up a layer (see docs/architecture.md):\n" + "\n".join(up)


def test_no_import_circles():
    found = [c for c in circles(import_graph()) if c not in ALLOWED_CIRCLES]
    assert not found, "modules that import each other (lazily or for types, too):\n" + "\n".join(map(str, found))


def test_the_check_sees_lazy_and_type_only_imports(tmp_path):
    """The graph counts what Python only runs later: imports inside functions and under
    TYPE_CHECKING, relative ones resolved against their package."""
    known = {"nbblocks.blocks": PACKAGE / "blocks.py", "nbblocks.engine": PACKAGE / "engine" / "__init__.py",
             "nbblocks.engine.core": PACKAGE / "engine" / "core.py", "nbblocks.files": PACKAGE / "files" / "__init__.py"}
    source = tmp_path / "probe.py"
    source.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from .engine import core\n"
        "def f():\n    from . import files\n    import nbblocks.blocks\n",
        encoding="utf-8",
    )
    assert imports_of("nbblocks.probe", source, known) == {"nbblocks.engine.core", "nbblocks.files", "nbblocks.blocks"}
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [("a", "b", "c")]


# -- the seams, as they run ------------------------------------------------------------------


def test_building_an_app_loads_nothing_that_runs_one():
    """The app graph reaches its runtime only through nbblocks.hosting, on first use."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "import nbblocks as gr\n"
        "with gr.Blocks() as demo:\n"
        "    a = gr.Textbox(); b = gr.Textbox(); gr.Button().click(lambda x: x, a, b)\n"
        "    @gr.render(inputs=a)\n"
        "    def show(text):\n"
        "        gr.Markdown(text)\n"
        "running = ('nbblocks.app_runtime', 'nbblocks.engine', 'nbblocks.sessions', 'nbblocks.widgets', 'nbblocks.server')\n"
        "print(sorted(m for m in sys.modules if m.startswith(running)))\n"
        "demo.engine\n"
        "print('nbblocks.app_runtime' in sys.modules, 'nbblocks.widgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.splitlines() == ["[]", "True False"], out


def _sink_calls() -> set[str]:
    """Every ``<something>.sink.<method>`` and ``sink.<method>`` the engine uses."""
    used: set[str] = set()
    for path in (PACKAGE / "engine").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute):
                owner = node.value
                if (isinstance(owner, ast.Attribute) and owner.attr == "sink") or (isinstance(owner, ast.Name) and owner.id == "sink"):
                    used.add(node.attr)
    return used


def test_the_sink_protocol_lists_every_report_and_both_transports_implement_it():
    from nbblocks.engine import NullSink, Sink
    from nbblocks.server.channels import HttpSession
    from nbblocks.widgets.app_view import AppView

    members = {name for name in vars(Sink) if not name.startswith("_")} | set(Sink.__annotations__)
    used = _sink_calls()
    assert used and used <= members, f"the engine calls {sorted(used - members)} outside engine.Sink"
    for sink in (AppView, HttpSession, NullSink):
        missing = sorted(name for name in members if not hasattr(sink, name))
        assert not missing, f"{sink.__name__} does not implement {missing}"
