"""The engine: runs one listener for one session, the same way for every transport.

- ``core``: :class:`Engine`, the queue (trigger modes, concurrency, cancels, batches,
  ``max_size``) and a job's run (js, validation, pre/postprocess, generators, errors,
  ``change`` cascades and ``.then`` followers);
- ``contract``: what the engine and a transport say to each other (:class:`Job`,
  :class:`OutputChange`, :class:`RenderChange`, the :class:`Sink` protocol);
- ``calling``: calling user functions (threads or the loop, generators, batches);
- ``outputs``: what a function returned, as changes of a session's values and props;
- ``render``: a ``@gr.render`` run, swapped in for one session;
- ``timers``: ``gr.Timer`` ticks and ``every=`` repetitions;
- ``server_fns``: a component's server functions (``@server``), called for a transport;
- ``limiter``: a FIFO concurrency limit that knows queue positions;
- ``loop``: the engine's event loop thread and worker threads.
"""

from __future__ import annotations

from .contract import NULL_SINK, Job, NullSink, OutputChange, RenderChange, Sink
from .core import STREAM_INTERVAL, Engine

__all__ = ["Engine", "Job", "NULL_SINK", "NullSink", "OutputChange", "RenderChange", "STREAM_INTERVAL", "Sink"]
