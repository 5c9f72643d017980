"""What a ``nbblocks.testing.Frontend`` receives, message by message."""

from __future__ import annotations

from typing import Any


def received_updates(ui: Any, comp: Any) -> list[dict[str, Any]]:
    """From now on, every state update the browser receives for ``comp``, in order
    (``{"value": ...}``, ``{"status": {...}}``, ``{"props": {...}}``): for streams, where
    only the last value stays in ``ui.value``. The list grows as messages arrive."""
    model_id = ui._widget(comp).model_id
    updates: list[dict[str, Any]] = []
    receive = ui._receive

    def recording(mid: str, msg_type: str, data: Any, buffers: Any) -> None:
        if mid == model_id and msg_type == "comm_msg" and isinstance(data, dict) and data.get("method") == "update":
            updates.append(dict(data.get("state", {})))
        receive(mid, msg_type, data, buffers)

    ui._receive = recording
    return updates
