"""Edits between two JSON values, in the form ``gradio_client`` applies.

A streamed output (a chat reply growing token by token) changes a little at a time;
sending only the edits keeps a stream's cost near the size of its final value. The
format is Gradio's: a list of ``[action, path, value]`` with ``action`` one of
``replace`` (the value at ``path``), ``append`` (to the string at ``path``), ``add`` (a
list item inserted at, or a dict key set at, ``path``) and ``delete``. ``gradio_client``
applies them to what it received before (``utils.apply_diff``); the widget front end and
``nbblocks.testing.Frontend`` apply them the same way.
"""

from __future__ import annotations

import copy
from typing import Any

__all__ = ["diff", "apply_diff", "replaces_root"]

Edit = list[Any]  # [action, path, value]


def diff(old: Any, new: Any) -> list[Edit]:
    """The edits that turn ``old`` into ``new`` (``[]`` when they are equal)."""
    edits: list[Edit] = []
    _compare(old, new, [], edits)
    return edits


def _compare(old: Any, new: Any, path: list[Any], edits: list[Edit]) -> None:
    if type(old) is not type(new):
        edits.append(["replace", path, new])
        return
    if old == new:
        return
    if isinstance(old, str):
        if new.startswith(old):
            edits.append(["append", path, new[len(old):]])
        else:
            edits.append(["replace", path, new])
        return
    if isinstance(old, list):
        common = min(len(old), len(new))
        for i in range(common):
            _compare(old[i], new[i], [*path, i], edits)
        # Extra items go from the end; each delete shifts the next, as Gradio numbers them.
        for _ in range(common, len(old)):
            edits.append(["delete", [*path, common], None])
        for i in range(common, len(new)):
            edits.append(["add", [*path, i], new[i]])
        return
    if isinstance(old, dict):
        for key in old:
            if key in new:
                _compare(old[key], new[key], [*path, key], edits)
            else:
                edits.append(["delete", [*path, key], None])
        for key in new:
            if key not in old:
                edits.append(["add", [*path, key], new[key]])
        return
    edits.append(["replace", path, new])


def replaces_root(edits: list[Edit]) -> bool:
    """Whether the edits replace the whole value (sending the value is as cheap)."""
    return any(not edit[1] and edit[0] == "replace" for edit in edits)


def apply_diff(value: Any, edits: list[Edit]) -> Any:
    """``value`` after ``edits`` (a new value; ``value`` itself is not changed)."""
    value = copy.deepcopy(value)
    for action, path, item in edits:
        value = _apply(value, list(path), action, item)
    return value


def _apply(target: Any, path: list[Any], action: str, item: Any) -> Any:
    if not path:
        if action == "replace":
            return item
        if action == "append":
            return target + item
        raise ValueError(f"cannot {action} at the root of a value")
    current = target
    for key in path[:-1]:
        current = current[key]
    last = path[-1]
    if action == "replace":
        current[last] = item
    elif action == "append":
        current[last] += item
    elif action == "add":
        if isinstance(current, list):
            current.insert(int(last), item)
        else:
            current[last] = item
    elif action == "delete":
        del current[int(last) if isinstance(current, list) else last]
    else:
        raise ValueError(f"unknown edit {action!r}")
    return target
