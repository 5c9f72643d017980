"""``AnyModel``: the base of nbblocks' widget models, an anywidget model on the wire.

The page draws every nbblocks model with anywidget's front end (its ``AnyModel`` and
``AnyView``, which evaluate the model's ``_esm``). What anywidget's Python class adds to
an ipywidgets ``DOMWidget`` is those names with the version of anywidget's front end,
the ``_anywidget_id`` trait, and, in Colab, turning on the custom widget manager; this
class declares the same, so a model's state is the one ``anywidget.AnyWidget`` sends.

Why not subclass ``anywidget.AnyWidget``: importing ``anywidget`` also imports what its
other features need (``psygnal`` for file watching, its descriptors and experimental
API; some 15 to 30 ms), on the way to the first app a kernel shows. nbblocks uses none
of them. tests/test_first_display.py checks the state against anywidget's own class.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

import traitlets
from ipywidgets import DOMWidget

__all__ = ["AnyModel", "anywidget_version"]


def _semver(version: str) -> str:
    """anywidget's front-end module version for its package ``version``: a range that
    accepts any patch (``~0.11.*``), or the exact version of a pre-release (as
    ``anywidget._version.get_semver_version``)."""
    parts = version.split(".", maxsplit=2)
    if len(parts) == 3 and ("a" in parts[2] or "b" in parts[2]):
        return version
    return "~" + ".".join([*parts[:2], "*"])


def _installed_version() -> str:
    """anywidget's installed version: from the name of its ``.dist-info`` folder beside
    the package (a directory listing), else from its metadata (``importlib.metadata``
    looks through every path entry and parses the file: a few ms)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("anywidget")
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        folder = os.path.dirname(location)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found = [n[len("anywidget-"):-len(".dist-info")] for n in names if n.startswith("anywidget-") and n.endswith(".dist-info")]
        if len(found) == 1:
            return found[0]
    from importlib.metadata import version

    return version("anywidget")


@functools.cache
def anywidget_version() -> str:
    """The module version of anywidget's front end (what ``anywidget`` computes from its
    package's version when imported)."""
    from importlib.metadata import PackageNotFoundError

    try:
        return _semver(_installed_version())
    except PackageNotFoundError:  # anywidget without metadata (a source tree): ask it
        from anywidget._version import _ANYWIDGET_SEMVER_VERSION

        return str(_ANYWIDGET_SEMVER_VERSION)


@functools.cache
def _enable_colab_widgets() -> None:
    """Colab draws third-party widgets only with its custom widget manager on (as
    anywidget turns it on for each model it makes there)."""
    sys.modules["google.colab.output"].enable_custom_widget_manager()


class AnyModel(DOMWidget):  # type: ignore[misc]  # ipywidgets is not typed
    """An anywidget model; subclasses set ``_esm``."""

    _model_name = traitlets.Unicode("AnyModel").tag(sync=True)
    _model_module = traitlets.Unicode("anywidget").tag(sync=True)
    _model_module_version = traitlets.Unicode(anywidget_version()).tag(sync=True)
    _view_name = traitlets.Unicode("AnyView").tag(sync=True)
    _view_module = traitlets.Unicode("anywidget").tag(sync=True)
    _view_module_version = traitlets.Unicode(anywidget_version()).tag(sync=True)
    _esm = traitlets.Unicode("").tag(sync=True)
    #: anywidget's id of the model's class. anywidget adds this trait to each model it
    #: makes, which makes a new class per model (about 0.5 ms each); declared here once.
    _anywidget_id = traitlets.Unicode("").tag(sync=True)

    @traitlets.default("_anywidget_id")
    def _class_id(self) -> str:
        return f"{type(self).__module__}.{type(self).__name__}"

    def __init__(self, **kwargs: Any) -> None:
        if "google.colab.output" in sys.modules:
            _enable_colab_widgets()
        super().__init__(**kwargs)

    def __repr__(self) -> str:
        """ipywidgets' repr reads every trait; a model's repr need not."""
        return object.__repr__(self)
