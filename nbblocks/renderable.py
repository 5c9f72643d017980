"""``@gr.render``: blocks and listeners built by a function, again on every trigger.

Each run belongs to one session: what it builds is registered in that session's render
scope (other sessions never see it) and replaces what the previous run built. A block
whose ``key`` matches a block of the previous run keeps the props named in its
``preserved_by_key`` (by default its value) and, in the notebook, its widget.
"""

from __future__ import annotations

import contextvars
import inspect
from typing import TYPE_CHECKING, Any, Callable, Literal

from . import context
from .block import Block, BlockContext
from .component_meta import ComponentMeta

if TYPE_CHECKING:
    from .engine import Job
    from .sessions import Session

__all__ = ["render", "Renderable"]


class RenderRoot(BlockContext, metaclass=ComponentMeta):
    """Where one run of a render function puts its top-level blocks."""

    VIEW = None

    def __init__(self) -> None:
        super().__init__(render=False)


class Renderable:
    """A render function, its container in the app, and the listener that runs it."""

    def __init__(
        self,
        fn: Callable[..., Any],
        inputs: Any,
        triggers: Any,
        *,
        queue: bool,
        trigger_mode: str,
        concurrency_limit: int | None | Literal["default"],
        concurrency_id: str | None,
    ):
        from .events import BoundListener, Events
        from .layouts.column import Column

        app = context.current_root()
        if app is None:
            raise AttributeError("@gr.render must be used inside `with gr.Blocks():`")
        self.app = app
        self.fn = fn
        self.container = Column()
        self.id = self.container._id
        inputs_list = inputs if isinstance(inputs, (list, tuple)) else ([] if inputs is None else [inputs])
        if triggers is None:
            pairs = [(c, type(c).change) for c in inputs_list if hasattr(type(c), "change")]
            pairs.append((None, Events.load))
        else:
            items = triggers if isinstance(triggers, (list, tuple)) else [triggers]
            pairs = []
            for t in items:
                if not isinstance(t, BoundListener):
                    raise TypeError(f"render triggers are listeners such as `btn.click`, got {t!r}")
                pairs.append((t.block, t.listener))
        self.dep = app._add_dependency(
            targets=[(b, listener.event_name) for b, listener in pairs],
            fn=fn,
            inputs=inputs,
            outputs=None,
            api_name=False,
            queue=queue,
            trigger_mode=trigger_mode,
            concurrency_limit=concurrency_limit,
            concurrency_id=concurrency_id,
            show_progress="hidden",
        )
        self.dep.renderable = self

    async def run(self, job: Job, args: list[Any]) -> None:
        """Run the function for ``job``'s session and swap in what it built."""
        session = job.session
        scope = (session.id, self.id)
        old = list(self.app._scope_blocks.get(scope, []))
        old_deps = {d.id for d in self.app.dependencies if d.scope == scope}
        token_scope = object()
        new_scope = (session.id, self.id, token_scope)  # build under a fresh scope, then adopt it
        root = await self._build(new_scope, args)
        built = self.app._scope_blocks.pop(new_scope, [])  # type: ignore[arg-type]
        reused = self._match_keys(session, old, built)
        # Forget the previous run, then adopt the new one under the render's scope.
        removed = self.app._drop_scope(scope) if (old or old_deps) else []
        with self.app._graph_lock:
            for dep in self.app.dependencies:
                if dep.scope == new_scope:
                    dep.scope = scope
            self.app._scope_blocks[scope] = built
            for b in built:
                self.app.blocks[b._id] = b
        for block in removed:
            session.values.pop(block._id, None)
        from .engine import notify

        notify(session, "render_changed", job, self, root.children, reused, removed)

    async def _build(self, scope: Any, args: list[Any]) -> RenderRoot:
        from ._calling import in_thread

        root = RenderRoot()
        root.root = self.app

        def build() -> Any:
            context.render_scope.set(scope)
            context.push(self.app)
            context.push(root)
            try:
                return self.fn(*args)
            finally:
                context.pop(root)
                context.pop(self.app)

        ctx = contextvars.copy_context()
        if inspect.iscoroutinefunction(self.fn):
            result = ctx.run(build)
            await result
        else:
            await in_thread(ctx)(build)
        return root

    def _match_keys(self, session: Session, old: list[Block], new: list[Block]) -> dict[int, int]:
        """Blocks with the same key keep the preserved props of their predecessor.

        Returns {new block id: old block id} for the blocks that take over a widget.
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


def render(
    inputs: Any = None,
    triggers: Any = None,
    *,
    queue: bool = True,
    trigger_mode: Literal["once", "multiple", "always_last"] | None = "always_last",
    concurrency_limit: int | None | Literal["default"] = None,
    concurrency_id: str | None = None,
) -> Callable[[Callable[..., Any]], Renderable]:
    """Decorator: ``@gr.render(inputs=[...], triggers=[...])`` re-runs the function on
    each trigger (by default: app load and any input's ``change``) and shows what it builds
    in its place."""

    def decorator(fn: Callable[..., Any]) -> Renderable:
        return Renderable(
            fn,
            inputs,
            triggers,
            queue=queue,
            trigger_mode=trigger_mode or "always_last",
            concurrency_limit=concurrency_limit,
            concurrency_id=concurrency_id,
        )

    return decorator
