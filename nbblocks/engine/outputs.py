"""Turning what a function returned into per-output changes in a session."""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from ..block import Block, BlockContext
from ..exceptions import Error
from ..updates import is_update
from .contract import OutputChange

if TYPE_CHECKING:
    from ..components._files import FileValue
    from ..components.base import Component
    from ..components.state import State
    from .contract import Job

_IMMUTABLE = (str, int, float, bool, bytes, tuple, frozenset, type(None))


@functools.cache
def _kinds() -> tuple[Any, type[FileValue], type[Component], Callable[[Any], str], Callable[[Any], Any], type[State]]:
    """What ``apply_output`` asks of each output, imported once (the components layer sits
    above the engine; an import statement per event costs about a microsecond each)."""
    from .. import files
    from ..components._files import FileValue
    from ..components.base import Component, component_name, serialize
    from ..components.state import State

    return files, FileValue, Component, component_name, serialize, State


@functools.cache
def _facts(cls: type) -> tuple[bool, bool, bool]:
    """(a layout that is no component, a State, a Component) for a block class, asked
    once per class: ``isinstance`` against the blocks' ABC metaclass costs about a
    microsecond, and ``apply_output`` asks several times per output."""
    _, _, Component, _, _, State = _kinds()
    component = issubclass(cls, Component)
    return issubclass(cls, BlockContext) and not component, issubclass(cls, State), component


def split_result(job: Job, result: Any) -> list[tuple[Block, Any]]:
    """Pair each output with its returned value (a value, a tuple, or a dict by component)."""
    dep = job.dep
    outputs = dep.outputs
    if not outputs:
        return []
    fn_name = getattr(dep.fn, "__name__", "fn")
    if isinstance(result, dict) and result and not is_update(result) and all(isinstance(k, Block) for k in result):
        pairs = []
        for block, value in result.items():
            if block not in outputs:
                raise Error(f"{fn_name}() returned a value for {_kinds()[3](block)}, which is not one of its outputs")
            pairs.append((block, value))
        return pairs
    if len(outputs) == 1:
        return [(outputs[0], result)]
    if not isinstance(result, (tuple, list)) or len(result) != len(outputs):
        got = len(result) if isinstance(result, (tuple, list)) else 1
        raise Error(f"{fn_name}() returned {got} value{'s' if got != 1 else ''} but the listener has {len(outputs)} outputs")
    return list(zip(outputs, result))


def apply_output(job: Job, block: Block, value: Any) -> OutputChange | None:
    """Store one output in the session: props from updates, the value postprocessed."""
    files, FileValue, _, component_name, serialize, State = _kinds()
    session = job.session
    props = None
    if type(value) not in _IMMUTABLE and isinstance(value, Block) and not isinstance(value, State):
        value = as_update(value)
    if is_update(value):
        upd = {k: v for k, v in value.items() if k != "__type__"}
        has_value = "value" in upd
        new_value = upd.pop("value", None)
        shown = getattr(block, "shown", None) if upd else None  # a layout a person changes too
        shown_before = shown(session.config) if callable(shown) else None
        if upd:
            try:
                session.update_props(block, upd)
            except (TypeError, ValueError) as exc:
                raise Error(f"{component_name(block)}: invalid update {sorted(upd)}: {exc}") from None
            props = session.config(block)
        if not has_value:
            if props is None:
                return None
            # A function that opens another tab or step, or opens or closes an Accordion,
            # changes what the layout shows: the events Gradio's page fires then follow.
            switched = callable(shown) and shown(session.config) != shown_before
            return OutputChange(block, props=props, changed=switched)
        value = new_value
    layout, state, _ = _facts(type(block))
    if layout:
        raise Error(f"{type(block).__name__} is a layout: return gr.update(...) to change it, not a value")
    comp = session.component(block)
    if state or not job.dep.postprocess or not _facts(type(comp))[2]:
        payload = value
    elif job.media_streams is not None and job.media_streams.streams(comp):
        payload = job.media_streams.chunk(comp, block, value)
        if payload is None:
            return None
    else:
        payload = serialize(cast("Component", comp).postprocess(value))  # a Component: _facts said so
        if is_update(payload):  # a component may answer with new props (Dataset samples)
            return apply_output(job, block, payload)
        if files.holds_files(comp) and not isinstance(comp, FileValue):
            payload = files.adopt_paths(payload, files.current(), component_name(comp))
    old = session.get(block)
    session.set(block, payload)
    return OutputChange(block, payload, True, props, changed=differs(old, payload))


def as_update(block: Block) -> dict[str, Any]:
    """A component returned from a function updates the props its constructor was given."""
    args = dict(getattr(block, "_constructor_args", {}))
    args.pop("render", None)
    return {"__type__": "update", **args}


def differs(old: Any, new: Any) -> bool:
    """Whether ``change`` should fire. The same mutable object counts as changed: a
    function may have mutated a State value in place and returned it."""
    if old is new:
        return not isinstance(new, _IMMUTABLE)
    try:
        return bool(old != new)
    except Exception:  # noqa: BLE001 - any __eq__ may raise (numpy: "truth value is ambiguous"); counts as changed
        return True


class MediaStreams:
    """The streamed media outputs of one generator run (``streaming=True`` Audio and
    Video): every yield is one chunk, played after the previous ones; when the run ends
    the component's value becomes one file of all of them.

    A chunk's FileData has ``is_stream`` set and ``meta["stream"] = {"id", "index"}``; the
    final file has ``meta["stream"] = {"id", "chunks"}``, so a page that played the chunks
    knows the file is what it played (``docs/audio-and-video.md``)."""

    def __init__(self) -> None:
        self._runs: dict[int, tuple[Any, str, list[Any]]] = {}

    @staticmethod
    def streams(comp: Any) -> bool:
        from ..components.base import StreamingOutput

        return isinstance(comp, StreamingOutput) and bool(getattr(comp, "streaming", False))

    def chunk(self, comp: Any, block: Block, value: Any) -> Any:
        """The payload of one yielded chunk, or None for a yield that adds nothing."""
        from ..components.base import serialize

        chunk = comp.stream_chunk(value)
        if chunk is None:
            return None
        _, token, chunks = self._runs.setdefault(block._id, (comp, secrets.token_hex(8), []))
        chunk = chunk.model_copy(update={"is_stream": True, "meta": {**chunk.meta, "stream": {"id": token, "index": len(chunks)}}})
        chunks.append(chunk)
        return serialize(chunk)

    def finish(self, job: Job) -> list[OutputChange]:
        """Each streamed output's final value: its chunks as one file."""
        from ..components.base import component_name, serialize

        changes = []
        runs, self._runs = self._runs, {}
        for block_id, (comp, token, chunks) in runs.items():
            block = next((b for b in job.dep.outputs if b._id == block_id), None)
            if block is None:
                continue
            try:
                whole = comp.combine_stream(chunks)
            except Exception as exc:  # noqa: BLE001 - logged: the chunks were played; the value keeps the last one
                import logging

                logging.getLogger("nbblocks").warning("nbblocks: %s could not join its streamed chunks: %s",
                                                      component_name(comp), exc)
                continue
            if whole is None:
                continue
            whole = whole.model_copy(update={"is_stream": False,
                                             "meta": {**whole.meta, "stream": {"id": token, "chunks": len(chunks)}}})
            payload = serialize(whole)
            old = job.session.get(block)
            job.session.set(block, payload)
            changes.append(OutputChange(block, payload, True, None, changed=differs(old, payload)))
        return changes
