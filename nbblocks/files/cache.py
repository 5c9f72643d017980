"""One app's file cache: the files it issued (its allow-list), by opaque handle.

A handle is ``<random token>/<safe file name>``; it is looked up in the cache's table,
never joined to a filesystem path, so no value a client sends can name a file of its
choice. The bytes live in the process-wide :mod:`store <nbblocks.files.store>`, one file
per entry, never shared with another entry: a function that writes into the file it was
given (``type="filepath"``) changes no other upload. Each upload from a client is an entry
of its own; content the kernel stores (outputs, examples) is issued once per app for the
same bytes and name, so repeated outputs keep one handle. Closing the cache forgets its
entries and deletes their files.

Images returned as arrays are *pending* entries: their pixels are kept as they are and
encoded only when a file is really needed (:meth:`FileCache.materialize`). A pending image
that only the notebook's views ever showed is forgotten once they show two newer values in
its place (:meth:`FileCache.release_shown`), so its memory is reused for the next image.
"""

from __future__ import annotations

import collections
import dataclasses
import hashlib
import logging
import os
import secrets
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NoReturn, Protocol

from ..exceptions import InvalidComponentError
from .names import guess_mime, human_size, is_url, path_of, safe_filename
from .store import CHUNK, store, unlink

if TYPE_CHECKING:
    from ..data_classes import FileData

log = logging.getLogger("nbblocks")

#: Bytes of pending (not yet encoded) pixels a cache keeps in memory; beyond this the
#: oldest are written to disk as they are (no encoding) by a background thread.
PENDING_BUDGET = 256 << 20
#: Handles of replaced images remembered, to answer "gone" rather than "not issued".
GONE_KEPT = 1024
#: Types a browser may show inline when served over HTTP (no script can run in them).
INLINE_SAFE = frozenset({
    "image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp", "image/avif", "image/x-icon",
    "audio/mpeg", "audio/wav", "audio/x-wav", "audio/ogg", "audio/webm", "audio/flac", "audio/mp4",
    "video/mp4", "video/webm", "video/ogg", "text/plain", "application/pdf",
})
_UNSET: Any = object()


class FileTooLarge(InvalidComponentError):
    """An upload or a value is over ``max_file_size``; nothing of it was kept."""


class FileRefused(InvalidComponentError):
    """A file value names something this app's cache did not issue; it was not opened."""


class FileGone(FileRefused):
    """A file value names an image this app showed and then replaced: its pixels are no
    longer kept (:meth:`FileCache.release_shown`)."""


class PendingFile(Protocol):
    """Content that becomes a file only when one is needed (an image kept as pixels).
    Optional methods: ``spill(path)`` moves it out of memory without encoding it, and
    ``discard()`` deletes what ``spill`` wrote."""

    nbytes: int

    def encode(self) -> bytes: ...


class Entry:
    """One issued file: its handle, its name and type, and where its bytes are.

    A pending entry has no bytes yet (``path`` is None); :meth:`FileCache.materialize`
    encodes it on first need.
    """

    __slots__ = ("created", "handle", "lock", "mime_type", "name", "passed", "path", "pending", "sha256", "shows", "size")

    def __init__(self, handle: str, name: str, mime_type: str | None, *, path: Path | None = None,
                 size: int | None = None, sha256: str | None = None, pending: PendingFile | None = None):
        self.handle = handle
        self.name = name
        self.mime_type = mime_type
        self.created = time.time()
        self.path = path
        self.size = size
        self.sha256 = sha256
        self.pending = pending
        self.lock = threading.Lock()
        #: How many places of the notebook's views show it now or just before (``hold_shown``).
        self.shows = 0
        #: A FileData naming it came back (from a page, a client or a function's return
        #: value): someone other than a view knows the handle, so it is never released.
        self.passed = False

    @property
    def is_pending(self) -> bool:
        return self.pending is not None

    def __repr__(self) -> str:
        state = "pending" if self.pending is not None else f"{self.size} bytes"
        return f"Entry({self.handle!r}, {state})"


@dataclass(frozen=True)
class ServedFile:
    """What an HTTP route needs to send an issued file."""

    path: str
    size: int
    mime_type: str
    name: str
    #: False for types a browser could run script in (HTML, SVG, unknown): serve them
    #: as attachments (``Content-Disposition: attachment``).
    inline: bool


class Upload:
    """An upload in progress: bytes are written to a private temporary file and hashed;
    ``finish()`` stores them, ``abort()`` (or going over ``max_size``) leaves nothing."""

    def __init__(self, cache: FileCache, name: str, mime_type: str | None, max_size: int | None, *, shared: bool = False):
        self.cache = cache
        #: Content the kernel stores (``put_*``): the same bytes and name are issued once.
        #: A client's upload (``shared=False``) is always an entry, and a file, of its own.
        self.shared = shared
        self.name = safe_filename(name)
        self.mime_type = mime_type or guess_mime(self.name)
        self.max_size = max_size
        self.received = 0
        self.touched = time.monotonic()
        self._digest = hashlib.sha256()
        fd, self._tmp = store.incoming()
        self._out: BinaryIO | None = os.fdopen(fd, "wb")

    @property
    def open(self) -> bool:
        return self._out is not None

    def write(self, chunk: bytes | bytearray | memoryview) -> None:
        if self._out is None:
            raise RuntimeError(f"the upload of {self.name} is already finished")
        size = len(chunk)
        if self.max_size is not None and self.received + size > self.max_size:
            self.abort()
            raise FileTooLarge(f"{self.name} is larger than max_file_size ({human_size(self.max_size)}); nothing was stored")
        try:
            self._out.write(chunk)
        except BaseException:
            self.abort()
            raise
        self._digest.update(chunk)
        self.received += size
        self.touched = time.monotonic()

    def finish(self) -> Entry:
        if self._out is None:
            raise RuntimeError(f"the upload of {self.name} is already finished")
        out, self._out = self._out, None
        out.close()
        try:
            return self.cache._commit(self._tmp, self._digest.hexdigest(), self.received, self.name, self.mime_type,
                                      shared=self.shared)
        except BaseException:
            unlink(self._tmp)
            raise

    def abort(self) -> None:
        out, self._out = self._out, None
        if out is not None:
            out.close()
            unlink(self._tmp)


# -- one app's cache ------------------------------------------------------------------------


class FileCache:
    """The files one app issued (its allow-list), over the process-wide store.

    API for transports (both the widgets and the HTTP server use it):

    - issue: :meth:`upload` (incremental, bounded by ``max_file_size``), :meth:`put_stream`,
      :meth:`put_bytes`, :meth:`put_path` (an app-side file), :meth:`put_pending`,
      :meth:`allow_url`;
    - check what a client sent: :meth:`check` (a FileData whose ``path`` must be an issued
      handle, or an author URL);
    - read: :meth:`get`, :meth:`open`, :meth:`read`, :meth:`local_path`, :meth:`serve`;
    - lifetime: :meth:`forget`, :meth:`delete_older_than`, :meth:`close`.
    """

    def __init__(self, *, max_file_size: int | None = None, fallback: FileCache | None = None,
                 pending_budget: int = PENDING_BUDGET):
        #: Largest upload in bytes (``None``: no limit), as ``launch(max_file_size=...)``.
        self.max_file_size = max_file_size
        self.pending_budget = pending_budget
        self._fallback = fallback
        self._entries: dict[str, Entry] = {}
        self._by_content: dict[tuple[str, str], str] = {}
        self._urls: set[str] = set()
        self._pending: collections.OrderedDict[str, Entry] = collections.OrderedDict()
        self._pending_bytes = 0
        self._spilling = False
        self._gone: collections.OrderedDict[str, None] = collections.OrderedDict()
        self._lock = threading.RLock()
        self.closed = False

    # -- storing -------------------------------------------------------------------------

    def upload(self, filename: str | None, mime_type: str | None = None, *, max_size: int | None = _UNSET,
               shared: bool = False) -> Upload:
        """Start an upload (a client's: a new entry with its own file); ``max_size``
        defaults to ``max_file_size``."""
        self._check_open()
        return Upload(self, filename or "file", mime_type, self.max_file_size if max_size is _UNSET else max_size,
                      shared=shared)

    def put_stream(self, chunks: Iterable[bytes | bytearray | memoryview], filename: str | None = None, mime_type: str | None = None,
                   *, max_size: int | None = _UNSET) -> Entry:
        """Store streamed bytes the kernel made (the same bytes and name give the same
        entry); over ``max_size`` nothing is kept and ``FileTooLarge`` is raised."""
        upload = self.upload(filename, mime_type, max_size=max_size, shared=True)
        try:
            for chunk in chunks:
                upload.write(chunk)
        except BaseException:
            upload.abort()
            raise
        return upload.finish()

    def put_bytes(self, data: bytes | bytearray | memoryview, filename: str | None = None, mime_type: str | None = None,
                  *, max_size: int | None = None) -> Entry:
        """Store bytes the kernel made (no size limit unless given)."""
        view = memoryview(data).cast("B")
        return self.put_stream((view[i:i + CHUNK] for i in range(0, len(view), CHUNK)), filename, mime_type, max_size=max_size)

    def put_path(self, path: str | os.PathLike[str], filename: str | None = None, mime_type: str | None = None) -> Entry:
        """Store a copy of a file the app author named (an app-side path, never a client's)."""
        source = Path(path)
        if not source.is_file():
            raise FileNotFoundError(f"no such file: {source}")
        with source.open("rb") as f:
            return self.put_stream(iter(lambda: f.read(CHUNK), b""), filename or source.name, mime_type, max_size=None)

    def put_pending(self, pending: PendingFile, filename: str, mime_type: str | None = None) -> Entry:
        """Issue a handle for content encoded only when a file is needed (``materialize``)."""
        self._check_open()
        name = _safe_names.get(filename) or safe_filename(filename)
        entry = Entry(self._new_handle(name), name, mime_type or guess_mime(name), pending=pending)
        with self._lock:
            self._entries[entry.handle] = entry
            self._pending[entry.handle] = entry
            self._pending_bytes += pending.nbytes
            spill = self._pending_bytes > self.pending_budget and not self._spilling
            if spill:
                self._spilling = True
        if spill:
            threading.Thread(target=self._spill, name="nbblocks-file-spill", daemon=True).start()
        return entry

    def allow_url(self, url: str) -> None:
        """A URL the app author gave: the browser may show it; the kernel never fetches it."""
        with self._lock:
            self._urls.add(url)

    def _commit(self, tmp: str, sha: str, size: int, name: str, mime_type: str | None, *, shared: bool) -> Entry:
        with self._lock:
            self._check_open()
            if shared:
                handle = self._by_content.get((sha, name))
                if handle is not None and handle in self._entries:
                    unlink(tmp)
                    return self._entries[handle]
            handle = self._new_handle(name)
            path = store.commit(tmp, handle.split("/", 1)[0], name)
            entry = Entry(handle, name, mime_type or guess_mime(name), path=path, size=size, sha256=sha)
            self._entries[entry.handle] = entry
            if shared:
                self._by_content[(sha, name)] = entry.handle
            return entry

    @staticmethod
    def _new_handle(name: str) -> str:
        return f"{secrets.token_hex(16)}/{name}"

    # -- pending content ---------------------------------------------------------------

    def materialize(self, entry: Entry) -> Entry:
        """Give a pending entry its bytes (encoded once); other entries are returned as they are."""
        with entry.lock:
            pending = entry.pending
            if pending is None:
                return entry
            data = pending.encode()
            fd, tmp = store.incoming()
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            sha = hashlib.sha256(data).hexdigest()
            path = store.commit(tmp, entry.handle.split("/", 1)[0], entry.name)
            with self._lock:
                if self._pending.pop(entry.handle, None) is not None:
                    self._pending_bytes -= pending.nbytes
                if self.closed or entry.handle not in self._entries:
                    store.release(path)  # forgotten meanwhile: keep nothing
                else:
                    entry.path, entry.size, entry.sha256 = path, len(data), sha
            entry.pending = None
            _discard(pending)
            return entry

    def _spill(self) -> None:
        """Move the oldest pending entries out of memory until the rest fit the budget:
        written to disk as they are when they can be (cheap), else encoded."""
        try:
            while True:
                with self._lock:
                    if self.closed or self._pending_bytes <= self.pending_budget or not self._pending:
                        return
                    handle, entry = next(iter(self._pending.items()))
                    pending = entry.pending
                    if pending is not None:
                        self._pending.pop(handle)
                        self._pending_bytes -= pending.nbytes
                try:
                    if pending is None:
                        continue
                    spill = getattr(pending, "spill", None)
                    if spill is not None:
                        spill(str(store.root / f".pending-{handle.split('/', 1)[0]}"))
                    else:
                        self.materialize(entry)
                except Exception:  # encoding or writing failed: it stays in memory, uncounted
                    log.warning("nbblocks: moving %s out of memory failed; it stays in memory", handle, exc_info=True)
        finally:
            with self._lock:
                self._spilling = False

    # -- looking up --------------------------------------------------------------------

    def get(self, handle: Any) -> Entry | None:
        """The entry of an issued handle, or None. A dictionary look-up only."""
        if not isinstance(handle, str):
            return None
        with self._lock:
            entry = self._entries.get(handle)
        if entry is None and self._fallback is not None:
            return self._fallback.get(handle)
        return entry

    def handle_of_local_path(self, path: str | os.PathLike[str]) -> str | None:
        """The handle of an issued file known by its cached copy's path on disk (what
        ``processing_utils`` returns to a backend), or None. A look-up; nothing is opened."""
        local = Path(path)
        if local.parent.parent != store.root:
            return None
        handle = f"{local.parent.name}/{local.name}"  # an entry's file is <root>/<token>/<name>
        with self._lock:
            entry = self._entries.get(handle)
        if entry is not None and entry.path == local:
            return handle
        return self._fallback.handle_of_local_path(local) if self._fallback is not None else None

    def is_allowed_url(self, url: str) -> bool:
        with self._lock:
            if url in self._urls:
                return True
        return self._fallback is not None and self._fallback.is_allowed_url(url)

    def _issued(self, handle: str) -> Entry:
        entry = self.get(handle)
        if entry is None:
            self._refuse(handle, "")
        return entry

    def _refuse(self, handle: Any, prefix: str) -> NoReturn:
        with self._lock:
            gone = handle in self._gone
        if gone:
            raise FileGone(f"{prefix}the image {str(handle)[:80]!r} was replaced by newer values and is no longer kept")
        raise FileRefused(f"{prefix}the file {str(handle)[:80]!r} was not issued by this app and is refused")

    def _ready(self, handle: str) -> Entry:
        entry = self._issued(handle)
        return self._owner_of(entry).materialize(entry) if entry.pending is not None else entry

    def _owner_of(self, entry: Entry) -> FileCache:
        with self._lock:
            mine = self._entries.get(entry.handle) is entry
        return self if mine or self._fallback is None else self._fallback

    def open_served(self, handle: str) -> tuple[BinaryIO, ServedFile]:
        """An issued file opened for sending, with its size as it is on disk now (a
        function may have written to it since it was stored)."""
        stream = self.open(handle)
        try:
            served = self.serve(handle)
            size = os.fstat(stream.fileno()).st_size
        except BaseException:
            stream.close()
            raise
        return stream, dataclasses.replace(served, size=size)

    def open(self, handle: str) -> BinaryIO:
        """A binary file object of an issued file (refuses anything else, and symlinks)."""
        entry = self._ready(handle)
        path = entry.path
        assert path is not None
        root = os.path.realpath(store.root)
        real = os.path.realpath(path)
        if os.path.commonpath([real, root]) != root or os.path.islink(path):
            raise FileRefused(f"the file {entry.handle!r} is no longer a plain file of the cache")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        return os.fdopen(os.open(path, flags), "rb")

    def read(self, handle: str) -> bytes:
        with self.open(handle) as f:
            return f.read()

    def local_path(self, handle: str) -> str:
        """A path on disk for an issued file (what ``type="filepath"`` functions get)."""
        return str(self._ready(handle).path)

    def serve(self, handle: str) -> ServedFile:
        """Everything an HTTP route needs to send an issued file; ``FileRefused`` otherwise."""
        entry = self._ready(handle)
        mime = entry.mime_type or "application/octet-stream"
        return ServedFile(str(entry.path), int(entry.size or 0), mime, entry.name, mime in INLINE_SAFE)

    def file_data(self, entry: Entry, **extra: Any) -> FileData:
        from ..data_classes import FileData

        return FileData(path=entry.handle, size=entry.size, orig_name=entry.name, mime_type=entry.mime_type, **extra)

    def check(self, payload: Any, owner: str) -> Entry | None:
        """A FileData from a front end or client: its ``path`` must be a handle this cache
        issued (returns the entry) or a URL the app author gave (returns None). Anything
        else raises ``FileRefused`` naming ``owner``; nothing is opened."""
        path = path_of(payload)
        if not isinstance(path, str) or not path:
            raise FileRefused(f"{owner}: a file value needs a 'path'")
        entry = self.get(path)
        if entry is not None:
            entry.passed = True
            return entry
        if is_url(path) and self.is_allowed_url(path):
            return None
        self._refuse(path, f"{owner}: ")

    # -- lifetime ---------------------------------------------------------------------

    def hold_shown(self, handles: Iterable[str]) -> None:
        """A view shows these pending images (its block's new value)."""
        with self._lock:
            for handle in handles:
                entry = self._entries.get(handle)
                if entry is not None:
                    entry.shows += 1

    def release_shown(self, handles: Iterable[str]) -> None:
        """A view no longer shows these images, nor holds them as the value just replaced.
        An image no view shows any more, still pending (never encoded into a file) and
        whose handle never came back (``check``), is known to nothing else: the page
        drew it from the message, and the session holds newer values. It is forgotten and
        its pixel buffer reused; asking for it later raises ``FileGone``."""
        with self._lock:
            for handle in handles:
                entry = self._entries.get(handle)
                if entry is None or entry.shows <= 0:
                    continue
                entry.shows -= 1
                if entry.shows == 0 and entry.pending is not None and not entry.passed:
                    del self._entries[handle]
                    self._drop(entry)
                    self._gone[handle] = None
                    while len(self._gone) > GONE_KEPT:
                        self._gone.popitem(last=False)

    def forget(self, handle: str) -> None:
        """Stop serving a handle; its bytes go when no other entry uses them."""
        with self._lock:
            entry = self._entries.pop(handle, None)
            if entry is None:
                return
            self._drop(entry)

    def _drop(self, entry: Entry) -> None:
        if entry.sha256 is not None and self._by_content.get((entry.sha256, entry.name)) == entry.handle:
            del self._by_content[(entry.sha256, entry.name)]
        if entry.path is not None:
            store.release(entry.path)
        if self._pending.pop(entry.handle, None) is not None and entry.pending is not None:
            self._pending_bytes -= entry.pending.nbytes
        if entry.pending is not None:
            _discard(entry.pending)

    def delete_older_than(self, seconds: float) -> int:
        """Forget and delete files issued more than ``seconds`` ago (``delete_cache``)."""
        cutoff = time.time() - seconds
        with self._lock:
            old = [e for e in self._entries.values() if e.created < cutoff]
            for entry in old:
                del self._entries[entry.handle]
                self._drop(entry)
        return len(old)

    def close(self) -> None:
        """The app is closed: forget every entry and delete the bytes only it used."""
        with self._lock:
            if self.closed:
                return
            self.closed = True
            entries = list(self._entries.values())
            self._entries.clear()
            for entry in entries:
                self._drop(entry)
            self._by_content.clear()
            self._urls.clear()
            self._gone.clear()

    def absorb(self, other: FileCache) -> None:
        """Take over every file and URL ``other`` issued (an app rendered inside this
        one): their handles stay valid, now served by this cache; ``other`` is emptied."""
        if other is self:
            return
        with other._lock:
            entries, by_content, urls = dict(other._entries), dict(other._by_content), set(other._urls)
            pending, pending_bytes = list(other._pending.items()), other._pending_bytes
            other._entries.clear()
            other._by_content.clear()
            other._urls.clear()
            other._pending.clear()
            other._pending_bytes = 0
        with self._lock:
            self._check_open()
            self._entries.update(entries)
            for key, handle in by_content.items():
                self._by_content.setdefault(key, handle)
            self._urls |= urls
            self._pending.update(pending)
            self._pending_bytes += pending_bytes

    def _check_open(self) -> None:
        if self.closed:
            raise RuntimeError("the app's file cache is closed")

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __repr__(self) -> str:
        return f"FileCache({len(self)} files)"


#: Names the kernel gives pending content ("image.webp"), checked once.
_safe_names = {f"image.{ext}": f"image.{ext}" for ext in ("webp", "png", "jpg", "jpeg", "gif", "bmp", "tiff", "avif")}


def _discard(pending: Any) -> None:
    discard = getattr(pending, "discard", None)
    if discard is not None:
        discard()
