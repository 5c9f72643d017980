"""A real IPython kernel for a test, started and shut down around it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any


@contextlib.contextmanager
def running_kernel() -> Iterator[Any]:
    """A started ``python3`` kernel's blocking client; the kernel is shut down after."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name="python3")
    try:
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
