"""Public names are declared once, in each component and layout module's ``__all__``: the
packages find them on first use, the type stubs are generated from them and kept fresh,
and nothing is imported before it is used."""

from __future__ import annotations

import importlib
import importlib.util
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import nbblocks
from nbblocks import components, layouts
from nbblocks._lazy import declared_all, public_modules

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"nbblocks.components": ROOT / "nbblocks" / "components", "nbblocks.layouts": ROOT / "nbblocks" / "layouts"}


def _exports_script():
    spec = importlib.util.spec_from_file_location("exports_script", ROOT / "scripts" / "exports.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_type_stubs_are_generated_from_the_declarations():
    stale = _exports_script().stale()
    assert not stale, f"stale type stubs {[str(p.relative_to(ROOT)) for p in stale]}: run `python scripts/exports.py`"


@pytest.mark.parametrize("package", sorted(PACKAGES))
def test_every_public_module_declares_what_it_exports(package):
    folder = PACKAGES[package]
    seen: dict[str, str] = {}
    for module_name in public_modules(str(folder)):
        if (package, module_name) == ("nbblocks.components", "base"):
            continue  # the base classes are listed in nbblocks.components itself
        names = declared_all(str(folder / f"{module_name}.py"))
        assert names, f"{package}.{module_name} lists no public names in __all__"
        module = importlib.import_module(f"{package}.{module_name}")
        assert list(module.__all__) == names, f"{package}.{module_name}.__all__ is not a plain list of strings"
        for name in names:
            assert hasattr(module, name), f"{package}.{module_name}.__all__ names {name!r}, which it does not define"
            assert name not in seen, f"{name} is exported by both {seen[name]} and {module_name}"
            seen[name] = module_name
            assert getattr(importlib.import_module(package), name) is getattr(module, name)


def test_top_level_offers_every_component_and_layout():
    declared = {**components._declared(), **layouts._declared()}
    assert set(declared) <= set(nbblocks.__all__)
    for name, module in declared.items():
        package = components if name in components._declared() else layouts
        assert getattr(nbblocks, name) is getattr(importlib.import_module(module, package.__name__), name)
    # Gradio's module paths stay.
    assert nbblocks.Textbox is components.Textbox is importlib.import_module("nbblocks.components.textbox").Textbox
    assert nbblocks.Row is layouts.Row
    assert {"Blocks", "Interface", "Component", "FormComponent", "update", "__version__"} <= set(nbblocks.__all__)
    assert set(nbblocks.__all__) <= set(dir(nbblocks))


def test_an_unknown_name_says_where_names_are_declared():
    with pytest.raises(AttributeError, match=r"no attribute 'Chatbox'.*__all__.*contributing"):
        nbblocks.Chatbox  # noqa: B018


_PROBE = """
import json, sys
import nbblocks as gr
before = sorted(m for m in sys.modules if m.startswith("nbblocks."))
names = list(gr.__all__) + dir(gr)
listed = sorted(m for m in sys.modules if m.startswith("nbblocks."))
gr.Textbox
used = sorted(m for m in sys.modules if m.startswith("nbblocks.components."))
print(json.dumps([before, listed, used]))
"""


def test_names_are_found_without_importing_their_modules():
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=ROOT)
    before, listed, used = json.loads(out.stdout.strip().splitlines()[-1])
    # hosting: the runtime seam; _kernel: is this a kernel (then the display stack is
    # imported once the cell has finished), read without importing IPython
    assert before == ["nbblocks._kernel", "nbblocks._lazy", "nbblocks._version", "nbblocks.hosting"]
    # Listing every name reads the packages' folders, not their modules.
    assert not [m for m in listed if m.rsplit(".", 1)[-1] not in {"_kernel", "_lazy", "_version", "hosting", "components", "layouts"}], listed
    assert "nbblocks.components.textbox" in used and "nbblocks.components.image_editor" not in used


def test_type_checkers_see_real_classes(tmp_path):
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed")
    (tmp_path / "use.py").write_text(textwrap.dedent("""
        import nbblocks as gr
        from nbblocks.components import Image
        from nbblocks.layouts import Row
        reveal_type(gr.Textbox(label="x"))
        reveal_type(Image)
        reveal_type(gr.Row())
        reveal_type(Row)
        gr.NotAComponent
    """))
    proc = subprocess.run([sys.executable, "-m", "mypy", "--follow-imports=silent", "--no-incremental", "use.py"],
                          capture_output=True, text=True, cwd=tmp_path)
    out = proc.stdout
    assert 'Revealed type is "nbblocks.components.textbox.Textbox"' in out, out
    assert "-> nbblocks.components.image.Image" in out, out
    assert 'Revealed type is "nbblocks.layouts.row.Row"' in out, out
    assert 'Module has no attribute "NotAComponent"' in out, out
    assert '"Any"' not in out, out
