"""What a ``nbblocks.testing.Frontend`` receives, message by message."""

from __future__ import annotations

import copy
from typing import Any


def received_updates(ui: Any, comp: Any) -> list[dict[str, Any]]:
    """From now on, every state update the browser receives for ``comp``, in order
    (``{"value": ...}``, also after a stream's ``value_diff`` edits, ``{"status": {...}}``, ``{"props": {...}}``): for streams, where
    only the last value stays in ``ui.value``. The list grows as messages arrive."""
    model_id = ui._widget(comp).model_id
    updates: list[dict[str, Any]] = []
    receive = ui._receive

    def recording(mid: str, msg_type: str, data: Any, buffers: Any) -> None:
        receive(mid, msg_type, data, buffers)
        if mid != model_id or msg_type != "comm_msg" or not isinstance(data, dict):
            return
        if data.get("method") == "update":
            updates.append(dict(data.get("state", {})))
        elif data.get("method") == "custom" and (data.get("content") or {}).get("type") == "value_diff":
            # edits of the value held (a stream): record the value the browser then shows
            updates.append({"value": copy.deepcopy(ui._state[model_id].get("value"))})

    ui._receive = recording
    return updates
