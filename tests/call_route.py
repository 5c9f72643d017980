"""The ``/call`` REST route as curl uses it: POST the inputs, then read the answer's events."""

from __future__ import annotations

import json

import httpx


def call_route(url: str, api_name: str, body: dict, timeout: float = 30) -> list[tuple[str, object]]:
    """POST then GET ``{url}gradio_api/call/{api_name}``; the (event, data) pairs of the answer."""
    with httpx.Client(timeout=timeout) as http:
        posted = http.post(f"{url}gradio_api/call/{api_name}", json=body)
        assert posted.status_code == 200, posted.text
        text = http.get(f"{url}gradio_api/call/{api_name}/{posted.json()['event_id']}").text
    pairs = []
    for block in text.strip().split("\n\n"):
        event, data = block.split("\n", 1)
        assert event.startswith("event: ") and data.startswith("data: ")
        pairs.append((event[7:], json.loads(data[6:])))
    return pairs
