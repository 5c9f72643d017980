"""Layouts: containers used with ``with``; one per module, each listing its public names
in ``__all__`` (read on the first miss, as for components; ``docs/contributing.md``)."""

from __future__ import annotations

import os as _os
from collections.abc import Mapping as _Mapping

from .._lazy import MISSING_HINT as _HINT
from .._lazy import lazy_attributes as _lazy_attributes
from .._lazy import module_exports as _module_exports


def _declared() -> _Mapping[str, str]:
    """``{name: ".module"}`` of every layout the modules declare."""
    return _module_exports(_os.path.dirname(__file__))


__getattr__, __dir__ = _lazy_attributes(__name__, _declared, globals(), _HINT)
