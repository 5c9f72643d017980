"""PEP 562 lazy attributes: a package's public names map to the modules that hold them;
each module is imported the first time one of its names is used.

Component and layout packages do not keep that map by hand: :func:`module_exports` reads
it from each module's ``__all__`` (as text, without importing the module) the first time
a name is missed, so a new module is found by being in the folder. The type checkers'
view of the same names is the generated ``__init__.pyi`` beside each package
(``python scripts/exports.py``; ``docs/contributing.md``).
"""

from __future__ import annotations

import functools
import importlib
import os
import re
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes", "module_exports", "public_modules", "MISSING_HINT"]

#: ``__all__ = [...]`` or ``(...)`` at the start of a line; the body holds only string literals.
_ALL = re.compile(r"^__all__\s*(?::[^=\n]*)?=\s*[\[(](?P<body>[^\])]*)[\])]", re.M)
_NAME = re.compile(r"""["']([A-Za-z_]\w*)["']""")

MISSING_HINT = "a component or layout module lists its public names in __all__: docs/contributing.md"


def public_modules(folder: str) -> list[str]:
    """Module names of a package folder that are public: ``*.py`` without a leading underscore."""
    return sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".py") and not f.startswith("_"))


def declared_all(path: str) -> list[str] | None:
    """The names a module's source lists in ``__all__`` (None when it has none)."""
    with open(path, encoding="utf-8") as file:
        match = _ALL.search(file.read())
    return None if match is None else _NAME.findall(match.group("body"))


@functools.cache
def module_exports(folder: str, skip: tuple[str, ...] = ()) -> Mapping[str, str]:
    """``{name: ".module"}`` for every name in the ``__all__`` of each public module of
    ``folder`` (modules in ``skip`` left out). Read once per process; nothing is imported.
    When two modules list the same name the first (by module name) wins; a test forbids it."""
    exports: dict[str, str] = {}
    for module in public_modules(folder):
        if module in skip:
            continue
        for name in declared_all(os.path.join(folder, f"{module}.py")) or ():
            exports.setdefault(name, f".{module}")
    return exports


def lazy_attributes(
    package: str,
    names: Mapping[str, str] | Callable[[], Mapping[str, str]],
    namespace: dict[str, Any],
    hint: str = "",
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``. ``names`` maps a name to its module
    (relative like ``".textbox"`` or absolute), or is a function giving that map, called on
    the first miss. ``__all__`` is answered from the map too. ``hint`` ends the message of
    the ``AttributeError`` for an unknown name."""

    def table() -> Mapping[str, str]:
        return names() if callable(names) else names

    def __getattr__(name: str) -> Any:
        if name == "__all__":
            value: Any = sorted(table())
        else:
            module = table().get(name)
            if module is None:
                raise AttributeError(f"module {package!r} has no attribute {name!r}{f' ({hint})' if hint else ''}")
            value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value  # later look-ups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted(set(table()) | {k for k in namespace if not k.startswith("_")})

    return __getattr__, __dir__
