"""Rendering one app inside another (``TabbedInterface``, ``demo.render()`` in a ``with``).

The guest's blocks move into the host's current container and every guest listener is
added to the host with the same triggers and options, so the host runs them as its own.
Public endpoint names stay as they were unless the host already has one of that name,
in which case a suffix makes them unique (``predict``, ``predict_1``), as in Gradio.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from .block import BlockContext

if TYPE_CHECKING:
    from .blocks import Blocks
    from .events import Dependency

# Listener options copied from a guest listener to its copy in the host.
_OPTIONS = (
    "api_description", "scroll_to_output", "show_progress", "show_progress_on", "batch",
    "max_batch_size", "preprocess", "postprocess", "js", "concurrency_limit", "concurrency_id",
    "time_limit", "stream_every", "key", "validator", "every",
)


def embed(guest: Blocks, host: Blocks, container: BlockContext) -> None:
    if guest.closed:
        raise RuntimeError(f"{guest!r} is closed and cannot be rendered into another app")
    if guest.rendered_in is not None:
        raise ValueError("this app is already rendered inside another app")
    if any(dep.renderable is not None for dep in guest.dependencies):
        raise NotImplementedError("an app using @gr.render cannot be rendered inside another app yet")
    for child in list(guest.children):
        container.add_child(child)
    for block in list(guest.blocks.values()):
        host._register_block(block)
    copies: dict[int, Dependency] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # arity warnings were given when the guest was built
        for dep in guest.dependencies:
            copies[dep.id] = _copy(dep, host, copies)
    host._unload_fns.extend(guest._unload_fns)
    with guest._files_lock:
        own_files = guest._files
    if own_files is not None:  # files issued while the guest was built (values, examples)
        host.files.absorb(own_files)
    guest.rendered_in = host


def _copy(dep: Dependency, host: Blocks, copies: dict[int, Dependency]) -> Dependency:
    options = {name: getattr(dep, name) for name in _OPTIONS}
    if dep.api_visibility == "private" or dep.api_name is None:
        options.update(api_name=False, api_visibility="private")
    else:
        options.update(api_name=dep.api_name, api_visibility=dep.api_visibility)
    after = copies[dep.trigger_after].id if dep.trigger_after is not None else None
    return host._add_dependency(
        targets=list(dep.targets),
        fn=dep.fn,
        inputs=set(dep.inputs) if dep.inputs_as_dict else list(dep.inputs),
        outputs=list(dep.outputs),
        trigger_after=after,
        trigger_only_on_success=dep.trigger_only_on_success,
        trigger_only_on_failure=dep.trigger_only_on_failure,
        queue=dep.queue,
        trigger_mode=dep.trigger_mode,
        cancels=[copies[c.id] for c in dep.cancels if c.id in copies],
        **options,
    )
