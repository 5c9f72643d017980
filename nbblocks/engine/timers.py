"""Time-driven events of a live session: ``gr.Timer`` ticks and ``every=`` listeners.

A browser drives these in Gradio; here the engine drives them for each session that is
a live front end (the notebook view), so they also run headless. They stop when the
session or the app closes.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Protocol

from . import loop as _loop

if TYPE_CHECKING:
    from ..block import Block
    from ..events import Dependency
    from ..sessions import Session


class Engine(Protocol):
    """What timers need of the engine (``core.Engine``)."""

    app: Any
    closed: bool

    def dispatch(self, session: Session, block: Block | None, event: str, data: Any = None) -> Any: ...

    def submit(self, dep: Dependency, session: Session, event_data: Any = None) -> Any: ...

_IDLE_POLL = 0.1  # how often an inactive timer checks whether it was started


def start_timers(engine: Engine, session: Session) -> None:
    from ..components.timer import Timer

    for block in list(engine.app.blocks.values()):
        if isinstance(block, Timer):
            _loop.submit(_tick(engine, session, block))


async def _tick(engine: Engine, session: Session, timer: Block) -> None:
    while not (session.closed or engine.closed):
        comp = session.component(timer)
        interval = session.get(timer)
        active = getattr(comp, "active", True)
        if not active or not interval or interval <= 0:
            await asyncio.sleep(_IDLE_POLL)
            continue
        await asyncio.sleep(float(interval))
        comp = session.component(timer)
        if getattr(comp, "active", True) and not (session.closed or engine.closed):
            engine.dispatch(session, timer, "tick")


def schedule_every(engine: Engine, session: Session, dep: Dependency, generation: int) -> None:
    """Run ``dep`` again ``every`` seconds after a run ends, until it is cancelled (a
    cancel bumps the generation, so runs started before it do not reschedule)."""

    def again() -> None:
        if session.closed or engine.closed or session.periodic.get(dep.id, 0) != generation:
            return
        engine.submit(dep, session, None)

    _loop.get_loop().call_soon_threadsafe(lambda: _loop.get_loop().call_later(float(dep.every), again))  # type: ignore[arg-type]  # only deps with every are started
