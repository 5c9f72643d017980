"""The comm of one block model in a browser tab, and the JSON form of its messages.

The messages are Jupyter's comm messages as ipywidgets writes them (``comm_open``,
``comm_msg`` with ``update``/``echo_update``/``custom``, ``comm_close``); only their
carrier changes: a tab's outbox read by an SSE stream, and POSTed batches the other way.
A message's binary buffers travel as base64 strings beside it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from comm.base_comm import BaseComm


class PageComm(BaseComm):
    """The comm of one widget model whose front end is a browser tab: what the widget
    publishes goes to ``deliver``; what the tab sends comes in through ``handle_msg``."""

    def __init__(self, deliver: Callable[[dict[str, Any]], None]) -> None:
        self._deliver = deliver
        #: ipywidgets sends nothing over a comm whose ``kernel`` is None: the widget's
        #: traits, set while it is built, travel once in its ``comm_open`` (``opened``).
        self.kernel: object | None = None
        super().__init__(target_name="jupyter.widget", primary=False)

    def opened(self) -> None:
        """The tab has the model: from now on its changes are sent."""
        self.kernel = self

    def publish_msg(self, msg_type: str, data: Any = None, metadata: Any = None, buffers: Any = None, **keys: Any) -> None:
        self._deliver(encode(msg_type, self.comm_id, data, buffers))

    def close(self, data: Any = None, metadata: Any = None, buffers: Any = None, deleting: bool = False) -> None:
        """Close the tab's model (no kernel comm manager holds this comm)."""
        if self._closed:
            return
        self._closed = True
        if not deleting:
            self.publish_msg("comm_close", data=data or {})


def encode(msg_type: str, comm_id: str, data: Any, buffers: Any = None) -> dict[str, Any]:
    """A comm message as the tab reads it."""
    message: dict[str, Any] = {"type": msg_type, "comm_id": comm_id, "data": data if data is not None else {}}
    if buffers:
        message["buffers"] = [base64.b64encode(bytes(b)).decode("ascii") for b in buffers]
    return message


def dumps(message: dict[str, Any]) -> str:
    return json.dumps(message, separators=(",", ":"), allow_nan=False, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def decode_buffers(message: dict[str, Any]) -> list[bytes]:
    """The binary buffers of a message from the tab; ``ValueError`` for malformed ones."""
    raw = message.get("buffers") or []
    if not isinstance(raw, list) or not all(isinstance(b, str) for b in raw):
        raise ValueError("buffers must be a list of base64 strings")
    try:
        return [base64.b64decode(b, validate=True) for b in raw]
    except ValueError:
        raise ValueError("a buffer is not valid base64") from None
