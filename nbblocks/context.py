"""Which ``Blocks`` and which container are being built right now.

A ``with gr.Blocks():`` / ``with gr.Row():`` statement pushes onto this stack; a block
created inside renders into the innermost container. A ``ContextVar`` keeps concurrent
threads (and ``@gr.render`` functions) from seeing each other's half-built trees.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .block import BlockContext
    from .blocks import Blocks

_stack: ContextVar[tuple[BlockContext, ...]] = ContextVar("nbblocks_context", default=())


def push(ctx: BlockContext) -> None:
    _stack.set(_stack.get() + (ctx,))


def pop(ctx: BlockContext) -> None:
    stack = _stack.get()
    if not stack or stack[-1] is not ctx:
        raise RuntimeError(f"{ctx!r} closed out of order: `with` blocks must nest.")
    _stack.set(stack[:-1])


def current_container() -> BlockContext | None:
    stack = _stack.get()
    return stack[-1] if stack else None


def current_root() -> Blocks | None:
    from .blocks import Blocks

    for ctx in reversed(_stack.get()):
        if isinstance(ctx, Blocks):
            return ctx
    return None


#: While a ``@gr.render`` function runs: (session id, render id). Blocks and listeners
#: created then belong to that session's render and are replaced by the next run.
render_scope: ContextVar[tuple[str, int] | None] = ContextVar("nbblocks_render_scope", default=None)


class _ContextMeta(type):
    @property
    def root_block(cls) -> Blocks | None:
        return current_root()

    @property
    def block(cls) -> BlockContext | None:
        return current_container()


class Context(metaclass=_ContextMeta):
    """Gradio's ``Context``, read-only: ``Context.root_block`` is the ``Blocks`` being
    built (None outside ``with gr.Blocks()``), ``Context.block`` the innermost container."""
