"""File bytes over the widget comm, always as binary buffers (never base64).

- **Uploads** (page → kernel): a file arrives as ``upload`` messages of at most
  ``MAX_CHUNK`` bytes each, written straight into the app's file cache. Every chunk is
  acknowledged (``upload_progress``) so the page can show progress and keep a few chunks
  in flight; the last one stores the file and answers ``upload_done`` with its FileData.
  Over ``max_file_size``, refused or broken, the upload is aborted and nothing of it
  is kept (``upload_error``).
- **Requests** (kernel → page): ``file_request`` for an issued handle is answered with
  ``file_data`` chunks (a download, or a file the page has no bytes for); with
  ``offset``/``length`` only those bytes are sent (a player reading a long file in parts).
- **Display bytes**: components that show their files (Image, Gallery) get the bytes of
  their value's files in the ``blobs`` trait with the value, in the same message: raw
  pixels for images that are still arrays, file bytes otherwise.

The wire format is in ``docs/protocol.md``.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any, Protocol

from .. import files
from ..exceptions import InvalidComponentError

if TYPE_CHECKING:
    from ..block import Block
    from ..blocks import Blocks
    from ..sessions import Session
    from .model import BlockWidget

log = logging.getLogger("nbblocks")

#: Largest chunk a page may send in one message (the page sends 1 MiB).
MAX_CHUNK = 8 << 20
#: Chunk size of files sent to the page.
SEND_CHUNK = 4 << 20
#: Files larger than this are not sent with a value; the view asks for them.
DISPLAY_LIMIT = 64 << 20
#: Uploads a page may have in progress at once, and how long one may sit idle.
MAX_UPLOADS_PER_PAGE = 32
STALE_SECONDS = 300.0
#: Stream frames (``streaming=True``) kept per component; older ones are forgotten.
STREAM_FRAMES_KEPT = 4


class _Active:
    __slots__ = ("block", "next", "stream", "upload")

    def __init__(self, upload: files.Upload, block: Block, stream: bool):
        self.upload = upload
        self.block = block
        self.next = 0
        self.stream = stream


class View(Protocol):
    """What the file side needs of its app view (``app_view.AppView``)."""

    app: Blocks
    session: Session
    lock: threading.RLock
    closed: bool


class FileTransfer:
    """The file side of one app view: uploads, requests, display bytes."""

    def __init__(self, view: View):
        self.view = view
        self._uploads: dict[tuple[str, str], _Active] = {}
        self._frames: dict[int, list[str]] = {}
        #: Per block, the pending images of the value before and of the value now shown.
        self._showing: dict[int, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._lock = threading.Lock()

    @property
    def cache(self) -> files.FileCache:
        return self.view.app.files

    def handle(self, block: Block, widget: BlockWidget, content: dict[str, Any], buffers: list[Any]) -> None:
        kind = content.get("type")
        if kind == "upload":
            self._upload(block, widget, content, buffers)
        elif kind == "file_request":
            self._request(widget, content)

    def _reply(self, widget: BlockWidget, content: dict[str, Any], buffers: list[Any] | None = None) -> None:
        with self.view.lock:
            if not self.view.closed:
                widget.send(content, buffers)

    # -- uploads ------------------------------------------------------------------------

    def _upload(self, block: Block, widget: BlockWidget, content: dict[str, Any], buffers: list[Any]) -> None:
        page, uid, index = content.get("page"), content.get("id"), content.get("index")
        if not isinstance(uid, str) or not isinstance(index, int) or isinstance(index, bool):
            log.warning("nbblocks: %r ignored a malformed upload message", block)
            return
        page = page if isinstance(page, str) else ""
        key = (page, uid)

        def fail(message: str) -> None:
            with self._lock:
                active = self._uploads.pop(key, None)
            if active is not None:
                active.upload.abort()
            self._reply(widget, {"type": "upload_error", "id": uid, "page": page, "message": message})

        chunk = buffers[0] if buffers else b""
        if len(chunk) > MAX_CHUNK:
            fail(f"an upload chunk is larger than {files.human_size(MAX_CHUNK)}")
            return
        if index == 0:
            refusal = self._refusal(block, content)
            if refusal is not None:
                fail(refusal)
                return
            self._expire_stale()
            with self._lock:
                if sum(1 for p, _ in self._uploads if p == page) >= MAX_UPLOADS_PER_PAGE:
                    refusal = f"too many uploads at once (at most {MAX_UPLOADS_PER_PAGE})"
            if refusal is not None:
                fail(refusal)
                return
            try:
                upload = self.cache.upload(str(content.get("name") or "file"), _text(content.get("mime")),
                                           max_size=self.view.app.max_file_size)
            except RuntimeError as exc:
                fail(str(exc))
                return
            active = _Active(upload, block, bool(content.get("stream")))
            with self._lock:
                old = self._uploads.pop(key, None)
                self._uploads[key] = active
            if old is not None:
                old.upload.abort()
        else:
            with self._lock:
                found = self._uploads.get(key)
            if found is None or found.block is not block:
                fail("this upload is unknown (it was aborted, or it timed out)")
                return
            active = found
            if index != active.next:
                fail(f"upload chunk {index} arrived out of order (expected {active.next})")
                return
        try:
            active.upload.write(chunk)
        except files.FileTooLarge as exc:
            fail(f"{_owner(block)}: {exc}")
            return
        except OSError as exc:
            fail(f"{_owner(block)}: the upload could not be stored ({exc.strerror or exc})")
            return
        active.next += 1
        if not content.get("final"):
            self._reply(widget, {"type": "upload_progress", "id": uid, "page": page, "received": active.upload.received})
            return
        with self._lock:
            self._uploads.pop(key, None)
        try:
            entry = active.upload.finish()
        except (OSError, RuntimeError) as exc:
            fail(f"{_owner(block)}: the upload could not be stored ({exc})")
            return
        if active.stream:
            self._keep_frame(block, entry.handle)
        data = self.cache.file_data(entry).model_dump(mode="json")
        self._reply(widget, {"type": "upload_done", "id": uid, "page": page, "file": data})

    def _refusal(self, block: Block, content: dict[str, Any]) -> str | None:
        from ..components._files import FileValue, matches_file_types

        owner = _owner(block)
        # Built-in file components say whether they take uploads; any other component
        # (a custom one) takes them when its data_model holds FileData, as in Gradio.
        takes = block.accepts_uploads if isinstance(block, FileValue) else files.holds_files(block)
        if not takes:
            return f"{owner} does not take uploads"
        session = self.view.session
        comp = session.component(block)
        if session.config(block).get("interactive") is False:
            return f"{owner} is not interactive"
        name = files.safe_filename(_text(content.get("name")))
        if isinstance(comp, FileValue):
            refusal = comp.upload_refusal(name, _text(content.get("mime")))
        elif not matches_file_types(name, _text(content.get("mime")), accepted := getattr(comp, "file_types", None)):
            refusal = f"{owner}: {name!r} is not an accepted file type ({', '.join(accepted or ())})"
        else:
            refusal = None
        if refusal is not None:
            return refusal
        size, limit = content.get("size"), self.view.app.max_file_size
        if isinstance(size, int) and limit is not None and size > limit:
            return f"{owner}: {name} is larger than max_file_size ({files.human_size(limit)}); nothing was stored"
        return None

    def _keep_frame(self, block: Block, handle: str) -> None:
        with self._lock:
            frames = self._frames.setdefault(block._id, [])
            if handle in frames:
                frames.remove(handle)
            frames.append(handle)
            old = frames[:-STREAM_FRAMES_KEPT]
            del frames[:-STREAM_FRAMES_KEPT]
        for handle in old:
            self.cache.forget(handle)

    def _expire_stale(self) -> None:
        cutoff = time.monotonic() - STALE_SECONDS
        with self._lock:
            stale = [k for k, a in self._uploads.items() if a.upload.touched < cutoff]
            dropped = [self._uploads.pop(k) for k in stale]
        for active in dropped:
            active.upload.abort()

    # -- files to the page ---------------------------------------------------------------

    def _request(self, widget: BlockWidget, content: dict[str, Any]) -> None:
        page, uid, path = content.get("page"), content.get("id"), content.get("path")
        if not isinstance(uid, str):
            return
        page = page if isinstance(page, str) else ""
        try:
            if not isinstance(path, str):
                raise files.FileRefused("a file request needs a 'path'")
            f, served = self.cache.open_served(path)  # its size as it is on disk now
        except (InvalidComponentError, OSError, RuntimeError) as exc:
            self._reply(widget, {"type": "file_error", "id": uid, "page": page, "message": str(exc)})
            return
        except Exception as exc:  # encoding a pending image failed
            log.error("nbblocks: preparing %r failed", path, exc_info=exc)
            self._reply(widget, {"type": "file_error", "id": uid, "page": page, "message": f"the file could not be prepared ({exc})"})
            return
        from ..files import ranges

        size = served.size
        head = {"type": "file_data", "id": uid, "page": page, "name": served.name, "mime": served.mime_type, "size": size}
        start, end = ranges.clamp(content.get("offset"), content.get("length"), size)
        parts = ranges.read_parts(f, start, end, SEND_CHUNK)
        try:
            index, chunk = 0, next(parts, b"")  # an empty file is one empty, final part
            while True:
                following = next(parts, None)
                self._reply(widget, {**head, "index": index, "offset": start, "final": following is None}, [chunk])
                if following is None:
                    return
                start += len(chunk)
                index, chunk = index + 1, following
        except OSError as exc:  # the file became shorter while it was sent
            self._reply(widget, {"type": "file_error", "id": uid, "page": page, "message": str(exc)})
        finally:
            parts.close()
            f.close()

    # -- bytes sent with a value -----------------------------------------------------------

    def shown(self, block: Block, value: Any) -> tuple[Any, dict[str, Any]]:
        """``(value, blobs)`` the notebook's view is sent for a session value. A component
        may show something else than the value the HTTP API gets: its ``notebook_value``
        (a Plot's matplotlib image as a file, a big line plot's sample)."""
        comp = self.view.session.component(block)
        notebook_value = getattr(comp, "notebook_value", None)
        if value is not None and callable(notebook_value):
            with files.bind(self.cache):
                value = notebook_value(value)
        return value, self.display_blobs(block, value)

    def display_blobs(self, block: Block, value: Any) -> dict[str, Any]:
        """``{handle: {...}}`` for the files a displaying component shows (``blobs`` trait)."""
        if not getattr(block, "displays_files", False):
            return {}
        if value is None:
            self._now_showing(block, ())
            return {}
        from .._images import PendingImage

        cache = self.cache
        out: dict[str, Any] = {}
        images: list[str] = []
        budget = min(DISPLAY_LIMIT, getattr(block, "display_limit", DISPLAY_LIMIT))
        for item in files.file_data_in(value):
            handle = files.path_of(item)
            entry = cache.get(handle)
            if entry is None or not isinstance(handle, str) or handle in out:
                continue
            pending = entry.pending
            if isinstance(pending, PendingImage):
                try:
                    data = pending.data
                except files.FileGone:
                    continue
                images.append(handle)
                out[handle] = {"kind": "pixels", "width": pending.width, "height": pending.height,
                               "channels": pending.channels, "data": data}
                continue
            size = entry.size or 0
            if entry.path is None or size > budget:
                continue  # the view asks for it
            try:
                data = cache.read(handle)
            except (OSError, InvalidComponentError):
                continue
            budget -= len(data)
            out[handle] = {"kind": "file", "mime": entry.mime_type or "application/octet-stream", "data": data}
        self._now_showing(block, tuple(images))
        return out

    def _now_showing(self, block: Block, images: tuple[str, ...]) -> None:
        """``block`` shows ``images`` (pending pixels held in memory) from now on. The images
        of the value before stay held, so a download or an event the page started before
        this value arrived still finds them; those of the value before that are released
        (``FileCache.release_shown``): the pixel memory of a stream of images is reused."""
        with self._lock:
            before, now = self._showing.get(block._id, ((), ()))
            if images == now:
                return
            self._showing[block._id] = (now, images)
        self.cache.hold_shown(images)
        self.cache.release_shown(before)

    def close(self) -> None:
        with self._lock:
            active = list(self._uploads.values())
            self._uploads.clear()
        for a in active:
            a.upload.abort()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _owner(block: Block) -> str:
    from ..components.base import component_name

    return component_name(block)
