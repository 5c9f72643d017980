"""``@gr.render``: blocks and listeners built by a function, again on every trigger.

This records the render in the app graph: its container and the listener that runs it.
Each run belongs to one session: the engine (``nbblocks.engine.render``) runs the
function, registers what it builds in that session's render scope (other sessions never
see it) and replaces what the previous run built. A block whose ``key`` matches a block
of the previous run keeps the props named in its ``preserved_by_key`` (by default its
value) and, in the notebook, its widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from .block import BlockContext
from .blocks import current_app
from .component_meta import ComponentMeta
from .events import ListenerOptions
from .layouts.column import Column
from .listeners import BoundListener, EventListener, Events, TriggerMode

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
        trigger_mode: TriggerMode,
        concurrency_limit: int | Literal["default"] | None,
        concurrency_id: str | None,
    ):
        app = current_app()
        if app is None:
            raise AttributeError("@gr.render must be used inside `with gr.Blocks():`")
        self.app = app
        self.fn = fn
        self.container = Column()
        self.id = self.container._id
        inputs_list = inputs if isinstance(inputs, (list, tuple)) else ([] if inputs is None else [inputs])
        pairs: list[tuple[Any, EventListener]]
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
        options = ListenerOptions(
            api_name=False, queue=queue, trigger_mode=trigger_mode,
            concurrency_limit=concurrency_limit, concurrency_id=concurrency_id, show_progress="hidden",
        )
        self.dep = app._listen(pairs, fn, inputs, None, options)
        self.dep.renderable = self


def render(
    inputs: Any = None,
    triggers: Any = None,
    *,
    queue: bool = True,
    trigger_mode: Literal["once", "multiple", "always_last"] | None = "always_last",
    concurrency_limit: int | Literal["default"] | None = None,
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
