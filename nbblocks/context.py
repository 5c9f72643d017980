"""Which app and which container are being built right now.

A ``with gr.Blocks():`` / ``with gr.Row():`` statement pushes onto this stack; a block
created inside renders into the innermost container and registers with the innermost
app. A ``ContextVar`` keeps concurrent threads (and ``@gr.render`` functions) from
seeing each other's half-built trees. The stack holds ``BlockContext`` objects and knows
nothing else about them: an app says it is one when it is pushed (``app=True``), so this
module needs nothing from the block model or the app graph above it.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import Any

_stack: ContextVar[tuple[tuple[Any, bool], ...]] = ContextVar("nbblocks_context", default=())


def push(ctx: Any, *, app: bool = False) -> None:
    """``ctx`` (a ``BlockContext``) is open; ``app=True`` for an app (a ``Blocks``)."""
    _stack.set((*_stack.get(), (ctx, app)))


def pop(ctx: Any) -> None:
    stack = _stack.get()
    if not stack or stack[-1][0] is not ctx:
        raise RuntimeError(f"{ctx!r} closed out of order: `with` blocks must nest.")
    _stack.set(stack[:-1])


def current_container() -> Any:
    """The innermost open ``BlockContext``, or None."""
    stack = _stack.get()
    return stack[-1][0] if stack else None


def current_root() -> Any:
    """The innermost app being built (a ``Blocks``), or None."""
    for ctx, app in reversed(_stack.get()):
        if app:
            return ctx
    return None


#: While a ``@gr.render`` function runs: (session id, render id). Blocks and listeners
#: created then belong to that session's render and are replaced by the next run.
render_scope: ContextVar[tuple[Any, ...] | None] = ContextVar("nbblocks_render_scope", default=None)


class _ContextMeta(type):
    @property
    def root_block(cls) -> Any:
        """The ``Blocks`` being built, or None."""
        return current_root()

    @property
    def block(cls) -> Any:
        """The innermost open ``BlockContext``, or None."""
        return current_container()


class Context(metaclass=_ContextMeta):
    """Gradio's ``Context``, read-only: ``Context.root_block`` is the ``Blocks`` being
    built (None outside ``with gr.Blocks()``), ``Context.block`` the innermost container."""
