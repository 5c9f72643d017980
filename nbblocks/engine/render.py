"""Running a ``@gr.render`` function for one session and swapping in what it built.

What a run builds is registered under a fresh scope of the app graph, then adopted as the
render's scope for that session, replacing the previous run (other sessions never see
it). A block whose ``key`` matches a block of the previous run keeps the props named in
its ``preserved_by_key`` (by default its value) and, in a front end, its model; the sink
hears one :class:`~nbblocks.engine.contract.RenderChange`.
"""

from __future__ import annotations

import contextvars
import inspect
from typing import TYPE_CHECKING, Any

from .. import context
from ..renderable import RenderRoot
from .calling import in_thread
from .contract import RenderChange

if TYPE_CHECKING:
    from ..block import Block
    from ..renderable import Renderable
    from ..sessions import Session
    from .contract import Job


async def rerender(job: Job, renderable: Renderable, args: list[Any]) -> None:
    """Run the render function for ``job``'s session and swap in what it built."""
    session, app = job.session, renderable.app
    scope = (session.id, renderable.id)
    old = app.scope_blocks(scope)
    build_scope = (session.id, renderable.id, object())  # build under a fresh scope, then adopt it
    root = await _build(renderable, build_scope, args)
    built, removed = app._swap_scope(scope, build_scope)
    reused = _match_keys(session, old, built)
    for block in removed:
        session.values.pop(block._id, None)
    job.sink.render_changed(job, RenderChange(renderable.id, list(root.children), reused, removed))


async def _build(renderable: Renderable, scope: tuple[Any, ...], args: list[Any]) -> RenderRoot:
    app, fn = renderable.app, renderable.fn
    root = RenderRoot()
    root.root = app

    def build() -> Any:
        context.render_scope.set(scope)
        context.push(app, app=True)
        context.push(root)
        try:
            return fn(*args)
        finally:
            context.pop(root)
            context.pop(app)

    ctx = contextvars.copy_context()
    if inspect.iscoroutinefunction(fn):
        await ctx.run(build)
    else:
        await in_thread(ctx)(build)
    return root


def _match_keys(session: Session, old: list[Block], new: list[Block]) -> dict[int, int]:
    """Blocks with the same key keep the preserved props of their predecessor.

    Returns {new block id: old block id} for the blocks that take over a front-end model.
    """
    by_key = {(type(b), _key(b.key)): b for b in old if b.key is not None}
    reused: dict[int, int] = {}
    for block in new:
        if block.key is None:
            continue
        prev = by_key.get((type(block), _key(block.key)))
        if prev is None:
            continue
        reused[block._id] = prev._id
        preserved = set(block.preserved_by_key)
        if "value" in preserved and prev._id in session.values:
            session.set(block, session.values[prev._id])
        props = {k: v for k, v in session.overrides.get(prev._id, {}).items() if k in preserved}
        if props:
            session.update_props(block, props)
    return reused


def _key(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key
