"""FileData inside values: the one test of "is this a FileData", the one walker over
values, and what both transports and the components do with the files they find.

A value may hold files anywhere (Gradio's "Handling Files"): a component's data_model
can nest ``FileData`` in lists, dicts and other models, and its JSON form carries
Gradio's marker (``meta: {"_type": "gradio.FileData"}``). Nothing here knows which
component a value belongs to beyond what it is given: the component itself (duck-typed:
``data_model``, ``payload_from_json``) and the name errors use.
"""

from __future__ import annotations

import functools
import shutil
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

from typing_extensions import TypeIs

from ..exceptions import Error, component_name
from ..json_values import JSON_SCALARS
from .active import current
from .cache import Entry, FileCache
from .names import is_url, path_of


class HoldsValues(Protocol):
    """What :func:`check_client_value` needs of a component."""

    data_model: Any

    def payload_from_json(self, payload: Any) -> Any: ...


def is_file_data(value: Any) -> bool:
    """A FileData: a ``FileData`` model (or a subclass), or its JSON form, a dict with a
    ``path`` carrying Gradio's marker (``data_classes.is_file_obj``)."""
    from ..data_classes import FileData, is_file_obj

    return isinstance(value, FileData) or is_file_obj(value)


def map_file_data(value: Any, fn: Callable[[Any], Any]) -> Any:
    """``value`` with each FileData in it (depth first, in order) replaced by ``fn(item)``.

    ``item`` is what the value holds: a model, or a JSON dict. Dicts, lists and tuples
    are walked and copied only where something was replaced (a list then replaces a
    tuple); other pydantic models are walked through their fields and kept as they are,
    so ``fn`` may change a FileData model in place.
    """
    from ..data_classes import FileData, is_file_obj

    def walk(item: Any) -> Any:
        if isinstance(item, FileData) or is_file_obj(item):
            return fn(item)
        if isinstance(item, dict):
            mapped = {k: walk(v) for k, v in item.items()}
            return mapped if any(mapped[k] is not v for k, v in item.items()) else item
        if isinstance(item, (list, tuple)):
            items = [walk(v) for v in item]
            return items if any(new is not old for new, old in zip(items, item)) else item
        fields = getattr(type(item), "model_fields", None)
        if fields is not None:
            for name in fields:
                walk(getattr(item, name))
        return item

    return walk(value)


def file_data_in(value: Any) -> Iterator[Any]:
    """Every FileData (model or JSON dict) inside a value, depth first."""
    found: list[Any] = []

    def collect(item: Any) -> Any:
        found.append(item)
        return item

    map_file_data(value, collect)
    return iter(found)


# -- which components hold files ----------------------------------------------------------


def holds_files(component: object) -> TypeIs[HoldsValues]:
    """Whether the component's ``data_model`` has a FileData anywhere in it."""
    model = getattr(component, "data_model", None)
    return model is not None and _model_holds_files(model)


@functools.cache
def _model_holds_files(model: type) -> bool:
    from ..data_classes import FileData

    def visit(tp: Any, seen: set[type]) -> bool:
        if isinstance(tp, type):
            if issubclass(tp, FileData):
                return True
            fields = getattr(tp, "model_fields", None)
            if fields is not None and tp not in seen:
                seen.add(tp)
                return any(visit(f.annotation, seen) for f in fields.values())
        return any(visit(arg, seen) for arg in typing.get_args(tp))

    return visit(model, set())


# -- what a client sent -------------------------------------------------------------------


def check_client_value(component: object, value: Any, cache: FileCache) -> None:
    """A value from a page or an HTTP client may name only files ``cache`` issued (or URLs
    the app author gave); anything else raises ``FileRefused`` naming the component, and
    nothing is opened. A component whose data_model holds files has the value validated
    first (``InvalidComponentError`` when it does not fit); in any other component's value,
    dicts carrying Gradio's FileData marker are checked.
    """
    if holds_files(component):
        checked = component.payload_from_json(value)
    elif type(value) in JSON_SCALARS:
        return  # no FileData can be in it (the commonest input: a text or a number)
    else:
        checked = value
    owner = component_name(component)
    for item in file_data_in(checked):
        cache.check(item, owner)


def keep_files(value: Any, cache: FileCache) -> Any:
    """``value`` is kept beyond what the notebook's views show (an example's payload, a
    function's raw input): the images it names are never released when the views move on
    (``FileCache.release_shown``). Returns ``value``."""
    for item in file_data_in(value):
        entry = cache.get(path_of(item))
        if entry is not None:
            entry.passed = True
    return value


def localize(model: Any, cache: FileCache, owner: str) -> Any:
    """A validated payload from a front end or client, for a component that reads files
    itself: every FileData must name an issued file (else ``FileRefused``), and its
    ``path`` becomes the file's path on disk, as Gradio components expect."""
    for item in file_data_in(model):
        entry = cache.check(item, owner)
        if entry is not None:
            item.path = cache.local_path(entry.handle)
    return model


# -- what a function returned -------------------------------------------------------------


def adopt_paths(payload: Any, cache: FileCache, owner: str) -> Any:
    """A component's postprocessed value (JSON): each FileData whose ``path`` is a file on
    disk (the app's own, as Gradio components return them) is stored in the cache and
    gets its handle; URLs become allowed; issued handles stay. Returns the new value."""

    def adopt(item: Any) -> Any:  # JSON dicts: a model is left as it is
        path = item.get("path") if isinstance(item, dict) else None
        if not isinstance(path, str) or cache.get(path) is not None:
            return item
        if is_url(path):
            cache.allow_url(path)
            return {**item, "url": path}
        cached = cache.handle_of_local_path(path)  # a copy the app's cache made (processing_utils)
        entry = cache.get(cached) if cached is not None else None
        if entry is None:
            source = Path(path)
            if not source.is_file():
                raise Error(f"{owner}: no such file: {path}")
            entry = cache.put_path(source, item.get("orig_name") or source.name, item.get("mime_type"))
        return {**item, "path": entry.handle, "size": entry.size, "orig_name": item.get("orig_name") or entry.name,
                "mime_type": item.get("mime_type") or entry.mime_type}

    return map_file_data(payload, adopt)


# -- flagging: files copied out and issued again ----------------------------------------------


def _as_json(item: Any) -> dict[str, Any]:
    from ..data_classes import FileData

    model = item if isinstance(item, FileData) else FileData.model_validate(item)
    return model.model_dump(mode="json")


def copy_out(value: Any, folder: str | Path, owner: str) -> Any:
    """A value with its issued files copied into ``folder`` (pending images encoded), each
    under ``<folder>/<handle token>/<name>``; the copies' paths replace the handles. URLs
    stay as they are."""
    cache = current()
    out_dir = Path(folder or ".")

    def copy(item: Any) -> dict[str, Any]:
        data = _as_json(item)
        entry = cache.check(data, owner)
        if entry is None:
            return data
        target_dir = out_dir / entry.handle.split("/", 1)[0]
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / entry.name
        with cache.open(entry.handle) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return {**data, "path": str(target)}

    return map_file_data(value, copy)


def issue_again(value: Any) -> Any:
    """A value read back from a flag: each file path is stored in the current cache and
    replaced by its handle (the same bytes and name give the same handle); URLs are
    allowed again."""
    cache = current()

    def issue(item: Any) -> dict[str, Any]:
        data = _as_json(item)
        if is_url(data["path"]):
            cache.allow_url(data["path"])
            return data
        entry: Entry = cache.put_path(data["path"], data.get("orig_name"), data.get("mime_type"))
        return cache.file_data(entry).model_dump(mode="json")

    return map_file_data(value, issue)
