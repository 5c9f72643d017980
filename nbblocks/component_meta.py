"""The metaclass of every block: listener methods from ``EVENTS`` and recorded constructor args.

Recording which constructor arguments were given explicitly lets a returned component
instance (``return gr.Textbox(visible=False)``) act as an update of just those props,
and gives every block a deterministic repr.
"""

from __future__ import annotations

import abc
import functools
import inspect
from typing import Any, TypeVar

from typing_extensions import TypeIs

from .listeners import EventListener, as_listener

__all__ = ["ComponentMeta"]

_T = TypeVar("_T")


class ComponentMeta(abc.ABCMeta):
    """Creates one listener method per entry of ``EVENTS``; enforces abstract methods."""

    def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> ComponentMeta:
        init = namespace.get("__init__")
        if init is not None and not getattr(init, "_records_args", False):
            namespace["__init__"] = _recording(init)
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        events = namespace.get("EVENTS")
        if events is not None:
            listeners = [as_listener(e) for e in events]
            for listener in listeners:
                existing = cls.__dict__.get(listener.event_name)
                if existing is not None and not isinstance(existing, EventListener):
                    raise TypeError(
                        f"{name}.EVENTS has {listener.event_name!r} but {name} already defines "
                        f"an attribute of that name"
                    )
                setattr(cls, listener.event_name, listener)
            cls.EVENTS = listeners  # type: ignore[attr-defined]  # cls is a Block class; mypy sees only ComponentMeta
        return cls


def _recording(init: Any) -> Any:
    sig = inspect.signature(init)

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        # Only the most derived constructor records: it sees what the user passed.
        if "_constructor_args" not in self.__dict__:
            try:
                bound = sig.bind(self, *args, **kwargs)
            except TypeError as exc:
                raise TypeError(f"{type(self).__name__}(): {exc}") from None
            given = dict(bound.arguments)
            given.pop(next(iter(sig.parameters)), None)  # self
            for p in sig.parameters.values():
                if p.kind is inspect.Parameter.VAR_KEYWORD and p.name in given:
                    given.update(given.pop(p.name))
                elif p.kind is inspect.Parameter.VAR_POSITIONAL:
                    given.pop(p.name, None)
            self.__dict__["_constructor_args"] = given
        init(self, *args, **kwargs)

    __init__._records_args = True  # type: ignore[attr-defined]  # a marker on the function object
    return __init__


@functools.cache
def is_kind(cls: type, base: type) -> bool:
    """``issubclass(cls, base)``, remembered: ``isinstance`` against a block class (an
    ``ABCMeta``) costs a few tenths of a microsecond, and every event asks it several
    times of the same few classes. Only for blocks (a bounded set of classes)."""
    return issubclass(cls, base)


def is_a(block: object, base: type[_T]) -> TypeIs[_T]:
    """``isinstance(block, base)`` for a block, through ``is_kind``."""
    return is_kind(type(block), base)  # type: ignore[arg-type]  # a class is hashable
