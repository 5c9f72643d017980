"""A lean curl-style HTTP/1.1 client for the ``/call`` API, on asyncio streams.

General clients (httpx, requests) spend more CPU per request than a fast server does,
so with several of them on a 2-core machine the benchmark would measure the client.
This one speaks only what ``/call`` needs: keep-alive, JSON POST, a response with
``Content-Length`` or chunked encoding, read to its end.
"""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any
from urllib.parse import urlsplit


class Connection:
    """One keep-alive connection to the server."""

    def __init__(self, url: str):
        parts = urlsplit(url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.prefix = parts.path.rstrip("/")
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def __aenter__(self) -> Connection:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        return self

    async def __aexit__(self, *exc: Any) -> None:
        assert self.writer is not None
        self.writer.close()

    async def request(self, method: str, path: str, body: Any = None) -> tuple[int, bytes]:
        assert self.reader is not None and self.writer is not None
        data = b"" if body is None else json.dumps(body).encode()
        head = f"{method} {self.prefix}{path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\nContent-Length: {len(data)}\r\n"
        if body is not None:
            head += "Content-Type: application/json\r\n"
        self.writer.write(head.encode() + b"\r\n" + data)
        status_line = await self.reader.readline()
        headers: dict[str, str] = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            key, _, value = line.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        return int(status_line.split()[1]), await self._body(headers)

    async def _body(self, headers: dict[str, str]) -> bytes:
        assert self.reader is not None
        if "content-length" in headers:
            return await self.reader.readexactly(int(headers["content-length"]))
        chunks = []
        while True:
            size = int((await self.reader.readline()).split(b";")[0].strip(), 16)
            if size == 0:
                await self.reader.readline()
                return b"".join(chunks)
            chunks.append(await self.reader.readexactly(size))
            await self.reader.readline()

    async def call(self, api_name: str, data: list[Any]) -> bytes:
        """POST ``/gradio_api/call/<api_name>`` then read the answer stream to its end."""
        status, body = await self.request("POST", f"/gradio_api/call/{api_name}", {"data": data})
        if status != 200:
            raise RuntimeError(f"POST /call/{api_name}: {status} {body[:200]!r}")
        event_id = json.loads(body)["event_id"]
        status, body = await self.request("GET", f"/gradio_api/call/{api_name}/{event_id}")
        if status != 200 or b"event: complete" not in body:
            raise RuntimeError(f"GET /call/{api_name}: {status} {body[:200]!r}")
        return body


async def _latencies(url: str, events: int) -> list[float]:
    samples = []
    async with Connection(url) as conn:
        for i in range(events + 3):
            start = time.perf_counter()
            body = await conn.call("echo", [f"c{i}", None])
            if i >= 3:  # the first calls warm up both ends
                samples.append(time.perf_counter() - start)
            assert f'"c{i}"'.encode() in body, body
    return samples


async def _paired(urls: list[str], events: int) -> list[list[float]]:
    samples: list[list[float]] = [[] for _ in urls]
    conns = [Connection(url) for url in urls]
    for conn in conns:
        await conn.__aenter__()
    try:
        for i in range(events + 3):
            # Each server in turn, the first one changing every call: a moment of load on
            # the machine falls on both sides alike.
            order = list(range(len(urls)))
            if i % 2:
                order.reverse()
            for k in order:
                start = time.perf_counter()
                body = await conns[k].call("echo", [f"c{i}", None])
                if i >= 3:  # the first calls warm up both ends
                    samples[k].append(time.perf_counter() - start)
                assert f'"c{i}"'.encode() in body, body
    finally:
        for conn in conns:
            await conn.__aexit__()
    return samples


async def _throughput(url: str, clients: int, per_client: int) -> float:
    async def caller(c: int) -> None:
        async with Connection(url) as conn:
            for k in range(per_client):
                body = await conn.call("echo", [f"{c}-{k}", None])
                assert f'"{c}-{k}"'.encode() in body, body

    await caller(0)
    start = time.perf_counter()
    await asyncio.gather(*(caller(c) for c in range(clients)))
    return clients * per_client / (time.perf_counter() - start)


def call_latencies(url: str, events: int) -> list[float]:
    """Seconds per sequential echo ``/call`` (POST + answer stream) on one connection."""
    return asyncio.run(_latencies(url, events))


def call_throughput(url: str, clients: int, per_client: int) -> float:
    """Echo events per second with ``clients`` concurrent callers, each one call at a time."""
    return asyncio.run(_throughput(url, clients, per_client))


def paired_call_latencies(urls: list[str], events: int) -> list[list[float]]:
    """Seconds per sequential echo ``/call`` of each server, the servers called in turn
    (one keep-alive connection each), so both are measured under the same load."""
    return asyncio.run(_paired(urls, events))
