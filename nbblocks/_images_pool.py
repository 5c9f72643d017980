"""Pixel buffers reused by shown images, so a new image is copied into memory already in use.

Copying a 1024x1024 RGB image costs about 0.25 ms into memory the process used before and
1.5 to 2 ms into fresh memory: the kernel gives fresh pages one fault at a time. Every
shown image keeps its copy (a download, the next event or the HTTP API may read it), so
without reuse each copy lands in fresh memory. A buffer comes back here only when its image
no longer needs it (forgotten by its cache, encoded into a file or moved to disk) *and*
nothing else holds it: every reader gets a view of the buffer (:meth:`PendingImage.data
<nbblocks._images.PendingImage.data>`), and a view keeps a reference to it, so a buffer
with references beyond its owner's is still being read (a comm message not sent yet, a
thumbnail being made) and is not reused until they are gone.
"""

from __future__ import annotations

import sys
import threading

#: Free buffers kept for reuse, at most this many; with the waiting ones, at most this many bytes.
MAX_FREE = 4
MAX_FREE_BYTES = 32 << 20
#: Released buffers still read elsewhere, checked again when a buffer is needed.
MAX_WAITING = 8

# A buffer no one else holds has these references while it is checked: the pool's list,
# the name ``buf`` in ``_unshared`` and ``getrefcount``'s own argument.
_OWN_REFS = 3


def _unshared(held: list[bytearray], i: int) -> bool:
    buf = held[i]
    return sys.getrefcount(buf) <= _OWN_REFS


class BufferPool:
    """Free ``bytearray`` buffers by size; ``take`` one, ``give`` it back when its owner is done."""

    def __init__(self, max_free: int = MAX_FREE, max_free_bytes: int = MAX_FREE_BYTES, max_waiting: int = MAX_WAITING):
        self.max_free = max_free
        self.max_free_bytes = max_free_bytes
        self.max_waiting = max_waiting
        self._free: list[bytearray] = []
        self._waiting: list[bytearray] = []
        self._lock = threading.Lock()
        #: Buffers handed out again (for tests and the benchmark).
        self.reused = 0

    def take(self, nbytes: int) -> bytearray:
        """A buffer of exactly ``nbytes``: a free one when there is one, else a new one."""
        with self._lock:
            for i, buf in enumerate(self._free):
                if len(buf) == nbytes:
                    del self._free[i]
                    self.reused += 1
                    return buf
            for i in range(len(self._waiting)):
                if len(self._waiting[i]) == nbytes and _unshared(self._waiting, i):
                    self.reused += 1
                    return self._waiting.pop(i)
        return bytearray(nbytes)

    def give(self, buf: bytearray, refs: int) -> None:
        """Take back ``buf`` from an owner that no longer reads it; ``refs`` is how many
        references to it the caller's frame holds (its variables and arguments), so that
        any other reference means someone is still reading it."""
        # getrefcount's argument adds one and ``buf`` here another.
        shared = sys.getrefcount(buf) > refs + 2
        with self._lock:
            if shared:
                self._waiting.append(buf)
            else:
                self._free.append(buf)
            # Beyond the bounds the oldest are let go: a free one is freed, a waiting one is
            # freed by its last reader.
            while len(self._free) > self.max_free:
                del self._free[0]
            del self._waiting[:-self.max_waiting]
            while sum(map(len, self._free)) + sum(map(len, self._waiting)) > self.max_free_bytes:
                del (self._waiting or self._free)[0]

    def clear(self) -> None:
        with self._lock:
            self._free.clear()
            self._waiting.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._free)


#: The process-wide pool of image pixel buffers.
pool = BufferPool()
