"""JSON values at the boundary: what a client may send, and what every client can parse.

Both transports (the widget comm and the HTTP server) apply the same rules
(``docs/reliability.md``):

- in: a JSON document (a request body, a comm message) nests arrays and objects at most
  :data:`MAX_DEPTH` deep; a value holds no NaN or Infinity (JSON has neither; Python's
  parser reads them, and ``1e400`` as Infinity) and no lone surrogate (text that is not
  valid Unicode and cannot be encoded back). :func:`find_problem` says where and what;
- out: :func:`for_clients` turns NaN and Infinity into ``null``, as Gradio's queue does,
  and a lone surrogate into U+FFFD, so no client (a browser's ``JSON.parse``, the
  kernel's UTF-8 messages) fails on what a function returned.
"""

from __future__ import annotations

import math
import re
from typing import Any

__all__ = ["MAX_DEPTH", "find_problem", "describe", "refused", "for_clients"]

#: Arrays and objects a client's JSON document may nest (Gradio has no bound; Python's
#: own limits fail deep inside an event at about 1000, blamed on the user's function).
MAX_DEPTH = 100

_SURROGATE = re.compile("[\ud800-\udfff]")
_END: Any = object()


def _text_problem(text: str) -> str | None:
    if text.isascii():
        return None
    found = _SURROGATE.search(text)
    if found is None:
        return None
    return f"holds a lone surrogate ({found.group()!a}), which is not valid Unicode"


def _scalar_problem(value: Any) -> str | None:
    kind = type(value)
    if kind is str:
        return _text_problem(value)
    if kind is float and not math.isfinite(value):
        name = "NaN" if value != value else ("Infinity" if value > 0 else "-Infinity")
        return f"{name} is not a finite number (JSON has no NaN or Infinity; a number past about 1.8e308 reads as Infinity)"
    return None


def find_problem(value: Any, max_depth: int = MAX_DEPTH, *, depth_only: bool = False) -> tuple[tuple[Any, ...], str] | None:
    """``(path, message)`` of the first part of a client's JSON value that is refused, or
    None. ``path`` holds the keys and indexes leading to it; ``depth_only`` checks only
    the nesting (for a whole document whose values are checked one by one later)."""
    if type(value) is dict and max_depth >= 1 and _flat_and_clean(value):
        return None  # the usual message or status: one level of plain keys and scalars
    path: list[Any] = []
    stack: list[Any] = []
    current = value
    while True:
        if isinstance(current, (dict, list, tuple)):
            if len(stack) >= max_depth:
                return tuple(path), f"nests arrays and objects deeper than {max_depth} levels"
            stack.append(iter(current.items()) if isinstance(current, dict) else enumerate(current))
            path.append(None)
        elif not depth_only:
            problem = _scalar_problem(current)
            if problem is not None:
                return tuple(path), problem
        while stack:
            entry = next(stack[-1], _END)
            if entry is _END:
                stack.pop()
                path.pop()
                continue
            key, current = entry
            path[-1] = key
            if not depth_only and type(key) is str:
                problem = _text_problem(key)
                if problem is not None:
                    return tuple(path), f"a key {problem}"
            break
        else:
            return None


#: The types of JSON's scalars, as Python builds them: a value of one of these holds no
#: container, file or binary buffer (checked with ``type(value) in JSON_SCALARS``).
JSON_SCALARS = frozenset({str, int, float, bool, type(None)})
#: The scalars every client parses as they are (text and floats need a look first).
_PLAIN_SCALARS = JSON_SCALARS - {str, float}


def _flat_and_clean(value: dict[Any, Any]) -> bool:
    """True when ``value`` has only ASCII str keys and values that are None, bools, ints,
    finite floats or ASCII text: nothing to refuse or clean, checked without the walk."""
    for key, item in value.items():
        if type(key) is not str or not key.isascii():
            return False
        kind = type(item)
        if kind in _PLAIN_SCALARS or (kind is str and item.isascii()) or (kind is float and math.isfinite(item)):
            continue
        return False
    return True


def describe(path: tuple[Any, ...], message: str, root: str = "value") -> str:
    """``field 'a.1': message``: where in the value, in the words of validation errors."""
    where = ".".join(_clean_scalar(str(p)) for p in path) if path else root
    if len(where) > 120:
        where = where[:57] + "..." + where[-60:]
    return f"field '{where}': {message}"


def refused(owner: str, problem: tuple[tuple[Any, ...], str]) -> str:
    """The message for a component (``owner``, e.g. ``Number 'Amount'``) whose value from a
    client has ``problem``: the same words as a value that does not fit its data model."""
    return f"{owner} received an invalid value ({describe(*problem)})"


def for_clients(value: Any) -> Any:
    """``value`` with NaN and Infinity as None and lone surrogates as U+FFFD; the same
    object when there is nothing to change (the usual case: no copy is made)."""
    kind = type(value)
    if kind is str:
        return value if value.isascii() or _SURROGATE.search(value) is None else _SURROGATE.sub("\ufffd", value)
    if kind in _PLAIN_SCALARS:
        return value
    if find_problem(value, max_depth=1 << 30) is None:
        return value
    return _cleaned(value)


def _cleaned(value: Any) -> Any:
    if isinstance(value, dict):
        return {_clean_scalar(k): _cleaned(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_cleaned(v) for v in value]
    return _clean_scalar(value)


def _clean_scalar(value: Any) -> Any:
    kind = type(value)
    if kind is float and not math.isfinite(value):
        return None
    if kind is str and not value.isascii() and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value
