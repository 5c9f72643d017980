"""Calling a component's server functions (``@server`` methods, ``gr.HTML(server_functions=)``)
for a view: ``await ctx.server.<name>(...args)`` in the page.

Transport-agnostic (both transports call it): the caller gives the app's file cache and
gets a future of the JSON result. Sync functions run in a worker thread, coroutines on the engine's loop; files the
function saves go to the app's cache, as in an event.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import inspect
from typing import Any

from .. import files
from ..exceptions import Error, InvalidComponentError, component_name
from . import loop as _loop

__all__ = ["call"]


def call(component: Any, name: Any, args: Any, cache: files.FileCache) -> concurrent.futures.Future[Any]:
    """Run server function ``name`` of ``component`` with ``args``; the future holds its
    result as JSON, or an ``Error`` naming the component and the function (an
    ``InvalidComponentError`` when the function refused its arguments)."""
    owner = component_name(component)
    lookup = getattr(component, "server_fn", None)
    fn = lookup(name) if lookup is not None and isinstance(name, str) else None
    if fn is None:
        known = [getattr(f, "__name__", "?") for f in getattr(component, "server_fns", [])]
        failed: concurrent.futures.Future[Any] = concurrent.futures.Future()
        failed.set_exception(Error(f"{owner} has no server function {str(name)[:60]!r} (it has: {', '.join(known) or 'none'})"))
        return failed
    if not isinstance(args, list):
        args = [args]

    async def run() -> Any:
        token = files.use(cache)
        try:
            if inspect.iscoroutinefunction(fn):
                result = await fn(*args)
            else:
                ctx = contextvars.copy_context()
                result = await asyncio.get_running_loop().run_in_executor(_loop.get_executor(), ctx.run, fn, *args)
                if inspect.isawaitable(result):
                    result = await result
        except (Error, InvalidComponentError):
            raise  # already names the component: a refusal of the arguments, or the function's own message
        except Exception as exc:
            raise Error(f"{owner}: server function {name}() failed: {type(exc).__name__}: {exc}") from exc
        finally:
            files.unuse(token)
        return _json(result)

    return _loop.submit(run())


def _json(value: Any) -> Any:
    if hasattr(type(value), "model_fields"):
        return value.model_dump(mode="json")
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    return value
