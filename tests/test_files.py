"""The file cache (nbblocks.files) and the binary file transport over the widget comm."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks import files
from nbblocks.exceptions import InvalidComponentError
from nbblocks.files import FileCache, FileRefused, FileTooLarge, is_url, safe_filename
from nbblocks.testing import UPLOAD_CHUNK, Frontend, FrontendError
from support.waiting import WAIT, eventually

HANDLE = re.compile(r"^[0-9a-f]{32}/[^/]+$")


def stored_paths() -> set[str]:
    root = files._store.root
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


# -- names and URLs --------------------------------------------------------------------


@pytest.mark.parametrize("name, expected", [
    ("photo.png", "photo.png"),
    ("../../etc/passwd", "passwd"),
    ("C:\\Users\\me\\cat.jpg", "cat.jpg"),
    (".bashrc", "bashrc"),
    ("a<b>c:d|e?.txt", "abcde.txt"),
    ("bad\x00name\n.txt", "badname.txt"),
    ("", "file"),
    (None, "file"),
    ("..", "file"),
    ("x" * 300 + ".png", "x" * 196 + ".png"),  # at most 200 bytes, the extension kept
])
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_is_url():
    assert is_url("https://example.com/a.png") and is_url("http://x") and is_url("data:image/png;base64,AAAA")
    assert not is_url("/tmp/a.png") and not is_url("file:///etc/passwd") and not is_url("ftp://x/y") and not is_url(None)


# -- storing once, by content ------------------------------------------------------------------


def test_content_the_kernel_stores_gets_one_handle_per_bytes_and_name():
    cache = FileCache()
    before = files._store.stored()
    a = cache.put_bytes(b"hello world", "a.txt")
    b = cache.put_bytes(b"hello world", "a.txt")
    c = cache.put_bytes(b"hello world", "b.txt")
    assert a is b and a.handle == b.handle
    assert c.handle != a.handle and c.sha256 == a.sha256
    assert files._store.stored() == before + 2
    assert Path(cache.local_path(a.handle)).name == "a.txt"
    assert Path(cache.local_path(c.handle)).name == "b.txt"
    # each entry has a file of its own (no hard link): writing one changes no other
    assert os.stat(cache.local_path(a.handle)).st_ino != os.stat(cache.local_path(c.handle)).st_ino
    cache.close()


def test_two_apps_share_the_bytes_but_not_the_handles(tmp_path):
    one, two = FileCache(), FileCache()
    a = one.put_bytes(b"shared", "s.bin")
    b = two.put_bytes(b"shared", "s.bin")
    assert a.handle != b.handle
    assert one.get(b.handle) is None and two.get(a.handle) is None
    one.close()
    assert two.read(b.handle) == b"shared"  # still stored: app two uses it
    path = two.local_path(b.handle)
    two.close()
    assert not Path(path).exists()


def test_handles_are_opaque_and_only_issued_ones_are_served(tmp_path):
    cache = FileCache()
    entry = cache.put_bytes(b"\x89PNG...", "../../x.png")
    assert HANDLE.match(entry.handle) and entry.name == "x.png"
    assert cache.read(entry.handle) == b"\x89PNG..."
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    for forged in (str(secret), cache.local_path(entry.handle), f"../{entry.handle}", entry.handle.upper(),
                   "0" * 32 + "/x.png", "", "/etc/passwd"):
        assert cache.get(forged) is None
        with pytest.raises(FileRefused, match="not issued by this app|needs a 'path'"):
            cache.check({"path": forged}, "Image 'Photo'")
        with pytest.raises(FileRefused):
            cache.read(forged)
    with pytest.raises(FileRefused, match=r"^Image 'Photo': the file '/etc/passwd' was not issued by this app"):
        cache.check({"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}}, "Image 'Photo'")
    cache.close()


def test_urls_only_when_the_author_gave_them():
    cache = FileCache()
    cache.allow_url("https://example.com/cat.png")
    assert cache.check({"path": "https://example.com/cat.png"}, "Image") is None
    with pytest.raises(FileRefused, match="not issued"):
        cache.check({"path": "https://evil.example/steal"}, "Image")
    with pytest.raises(FileRefused):
        cache.read("https://example.com/cat.png")  # a URL is never fetched or opened
    cache.close()


def test_a_symlink_swapped_into_the_cache_is_not_followed(tmp_path):
    cache = FileCache()
    entry = cache.put_bytes(b"ok", "f.txt")
    secret = tmp_path / "secret"
    secret.write_text("secret")
    path = Path(cache.local_path(entry.handle))
    path.unlink()
    path.symlink_to(secret)
    with pytest.raises(FileRefused, match="no longer a plain file"):
        cache.read(entry.handle)
    cache.close()


def test_serve_tells_whether_a_type_is_safe_inline():
    cache = FileCache()
    png = cache.serve(cache.put_bytes(b"x", "a.png").handle)
    svg = cache.serve(cache.put_bytes(b"<svg/>", "a.svg").handle)
    html = cache.serve(cache.put_bytes(b"<script>", "a.html").handle)
    unknown = cache.serve(cache.put_bytes(b"?", "blob").handle)
    assert (png.mime_type, png.inline, png.size, png.name) == ("image/png", True, 1, "a.png")
    assert svg.mime_type == "image/svg+xml" and not svg.inline
    assert html.mime_type == "text/html" and not html.inline
    assert unknown.mime_type == "application/octet-stream" and not unknown.inline
    cache.close()


# -- size bound --------------------------------------------------------------------------------


def test_max_file_size_keeps_nothing():
    cache = FileCache(max_file_size=10)
    before = stored_paths()
    with pytest.raises(FileTooLarge, match=r"big.bin is larger than max_file_size \(10 B\); nothing was stored"):
        cache.put_stream([b"12345", b"67890", b"1"], "big.bin")
    assert stored_paths() == before and len(cache) == 0
    assert cache.put_stream([b"12345", b"67890"], "ok.bin").size == 10
    upload = cache.upload("x.bin", max_size=4)
    upload.write(b"1234")
    with pytest.raises(FileTooLarge):
        upload.write(b"5")
    assert not upload.open and stored_paths() == before | {p for p in stored_paths() if p.endswith("ok.bin")}
    cache.close()


def test_an_aborted_upload_leaves_nothing():
    cache = FileCache()
    before = stored_paths()
    upload = cache.upload("half.bin")
    upload.write(b"x" * 1000)
    upload.abort()
    assert stored_paths() == before and len(cache) == 0
    cache.close()


# -- pending content ------------------------------------------------------------------------


class Counting:
    def __init__(self, data: bytes):
        self.data = data
        self.nbytes = len(data)
        self.encoded = 0

    def encode(self) -> bytes:
        self.encoded += 1
        return b"ENC:" + self.data


def test_pending_entries_are_encoded_once_and_only_when_needed():
    cache = FileCache()
    pending = Counting(b"pixels")
    entry = cache.put_pending(pending, "image.webp")
    assert entry.is_pending and entry.size is None and pending.encoded == 0
    assert cache.get(entry.handle) is entry
    assert cache.read(entry.handle) == b"ENC:pixels"
    assert cache.local_path(entry.handle).endswith("image.webp")
    assert pending.encoded == 1 and not entry.is_pending and entry.size == 10
    cache.close()


def test_pending_pixels_over_the_budget_spill_to_disk():
    cache = FileCache(pending_budget=25)
    pendings = [Counting(b"x" * 10) for _ in range(4)]
    entries = [cache.put_pending(p, f"{i}.webp") for i, p in enumerate(pendings)]
    assert eventually(lambda: cache._pending_bytes <= 25)
    assert entries[0].path is not None and pendings[0].encoded == 1  # the oldest went to disk
    assert all(cache.read(e.handle) == b"ENC:" + b"x" * 10 for e in entries)
    cache.close()


def test_pending_images_over_the_budget_move_to_disk_without_encoding():
    import numpy as np

    from nbblocks._images import PendingImage, array_to_pending

    cache = FileCache(pending_budget=100)
    arrays = [np.full((5, 6, 3), i, np.uint8) for i in range(4)]
    entries = [cache.put_pending(array_to_pending(a, "png", "Image"), "image.png") for a in arrays]
    assert eventually(lambda: cache._pending_bytes <= 100)
    spilled = [e for e in entries if isinstance(e.pending, PendingImage) and e.pending._buf is None]
    assert spilled and all(e.path is None for e in entries)  # moved out of memory, not encoded
    raw = list(files._store.root.glob(".pending-*"))
    assert len(raw) >= len(spilled)
    assert spilled[0].pending.data == arrays[entries.index(spilled[0])].tobytes()
    assert cache.read(spilled[0].handle)[:4] == b"\x89PNG"  # encoded when a file is needed
    assert not Path(spilled[0].pending._spilled if spilled[0].pending else "/nonexistent").exists()
    cache.close()
    assert not any(Path(p).exists() for p in raw)


def test_a_pending_file_that_cannot_leave_memory_stays_readable_and_is_logged(caplog):
    class Stubborn:
        nbytes = 10

        def encode(self) -> bytes:
            return b"encoded"

        def spill(self, path: str) -> None:
            raise OSError("disk full")

    cache = FileCache()  # under the budget: nothing moves yet
    entry = cache.put_pending(Stubborn(), "stubborn.bin")
    cache.pending_budget = 0
    with caplog.at_level("WARNING", logger="nbblocks"):
        cache._spill()  # what the background thread does once the budget is passed
    assert any("out of memory failed" in r.getMessage() and r.exc_info for r in caplog.records)
    assert cache._pending_bytes == 0 and entry.is_pending  # uncounted, still in memory
    assert cache.read(entry.handle) == b"encoded"
    cache.close()


# -- lifetime ---------------------------------------------------------------------------------


def test_delete_older_than_and_close():
    cache = FileCache()
    old = cache.put_bytes(b"old", "old.txt")
    old.created -= 100
    new = cache.put_bytes(b"new", "new.txt")
    old_path = cache.local_path(old.handle)
    assert cache.delete_older_than(50) == 1
    assert cache.get(old.handle) is None and not Path(old_path).exists()
    new_path = cache.local_path(new.handle)
    cache.close()
    assert not Path(new_path).exists() and len(cache) == 0
    with pytest.raises(RuntimeError, match="closed"):
        cache.put_bytes(b"x", "x")


def test_closing_an_app_deletes_its_files():
    with gr.Blocks() as demo:
        f = gr.File(value=__file__)
    path = demo.files.local_path(f.value["path"])
    assert Path(path).read_bytes() == Path(__file__).read_bytes()
    demo.close()
    assert not Path(path).exists()


def test_delete_cache_is_validated_and_runs():
    with pytest.raises(ValueError, match="delete_cache must be"):
        gr.Blocks(delete_cache=(0, 10))
    with gr.Blocks(delete_cache=(0.05, 0.05)) as demo:
        f = gr.File(value=__file__)
    path = demo.files.local_path(f.value["path"])
    Frontend(demo)  # starts the engine, which sweeps
    assert eventually(lambda: not Path(path).exists())
    demo.close()


def test_a_value_made_before_its_app_is_found_through_the_default_cache():
    early = gr.File(value=__file__, render=False)
    with gr.Blocks() as demo:
        early.render()
        out = gr.Textbox()
        gr.Button().click(lambda p: Path(p).name, early, out)
    assert demo.files.get(early.value["path"]) is not None
    ui = Frontend(demo)
    ui.click(demo.blocks[max(demo.blocks)])
    assert ui.value(out) == Path(__file__).name
    demo.close()


# -- the transport ------------------------------------------------------------------------------


def file_app(**kwargs):
    seen = {}
    with gr.Blocks() as demo:
        f = gr.File(label="Doc", **kwargs)
        out = gr.Textbox(label="Out")

        def read(value):
            seen["value"] = value
            if value is None:
                return "none"
            if isinstance(value, list):
                return ",".join(Path(v).name for v in value)
            return value.hex() if isinstance(value, bytes) else Path(value).read_text()

        f.upload(read, f, out)
    return demo, f, out, seen


def test_upload_goes_in_chunks_as_binary_buffers(tmp_path):
    demo, f, out, seen = file_app()
    ui = Frontend(demo)
    data = os.urandom(int(2.5 * UPLOAD_CHUNK))
    src = tmp_path / "big.bin"
    src.write_bytes(data)
    sent: list[tuple[dict, list]] = []
    widget = demo.view().widgets[f._id]
    handle_msg = widget.comm.handle_msg

    def spy(msg):
        content = msg["content"]["data"].get("content", {})
        if content.get("type") == "upload":
            sent.append((content, msg["buffers"]))
        return handle_msg(msg)

    widget.comm.handle_msg = spy
    fd = ui.upload(f, src)
    assert [c["index"] for c, _ in sent] == [0, 1, 2] and [c["final"] for c, _ in sent] == [False, False, True]
    assert all(isinstance(b[0], bytes) for _, b in sent) and b"".join(b[0] for _, b in sent) == data
    assert all("data" not in c and "bytes" not in c for c, _ in sent)
    progress = [m for _, m in ui.messages if m.get("type") == "upload_progress"]
    assert [m["received"] for m in progress] == [UPLOAD_CHUNK, 2 * UPLOAD_CHUNK]
    assert HANDLE.match(fd["path"]) and fd["orig_name"] == "big.bin" and fd["size"] == len(data)
    assert ui.value(f) == fd
    assert Path(seen["value"]).read_bytes() == data and Path(seen["value"]).name == "big.bin"
    assert seen["value"].name == seen["value"]  # Gradio's NamedString
    assert ui.file_bytes(f) == data
    demo.close()


def test_binary_type_and_multiple_files(tmp_path):
    demo, f, out, seen = file_app(type="binary")
    ui = Frontend(demo)
    ui.upload(f, b"\x00\x01\xff", "raw.bin")
    assert seen["value"] == b"\x00\x01\xff" and ui.value(out) == "0001ff"
    demo.close()

    demo, f, out, seen = file_app(file_count="multiple")
    ui = Frontend(demo)
    ui.upload(f, [b"a", b"b"], "same.txt")
    ui.upload(f, b"c", "third.txt")
    assert [v["orig_name"] for v in ui.value(f)] == ["same.txt", "same.txt", "third.txt"]
    assert ui.value(out) == "same.txt,same.txt,third.txt"
    assert ui.file_bytes(f, index=2) == b"c"
    with pytest.raises(FrontendError, match="holds 3 files"):
        ui.file_bytes(f)
    demo.close()


def test_each_upload_is_a_file_of_its_own():
    demo, f, out, seen = file_app()
    ui = Frontend(demo)
    first = ui.upload(f, b"same bytes", "a.txt")
    count = len(demo.files)
    second = ui.upload(f, b"same bytes", "a.txt")
    assert first["path"] != second["path"] and len(demo.files) == count + 1
    demo.close()


def test_max_file_size_refuses_the_upload_and_keeps_nothing():
    demo, f, out, seen = file_app()
    demo.max_file_size = 1000
    ui = Frontend(demo)
    before, entries = stored_paths(), len(demo.files)
    with pytest.raises(FrontendError, match=r"File 'Doc': big.bin is larger than max_file_size \(1000 B\); nothing was stored"):
        ui.upload(f, b"x" * 1001, "big.bin")
    assert stored_paths() == before and len(demo.files) == entries and ui.value(f) is None and "value" not in seen
    ui.upload(f, b"x" * 1000, "ok.bin")
    assert ui.value(out) == "x" * 1000
    demo.close()


def test_a_declared_size_that_lies_is_caught_while_receiving():
    demo, f, out, seen = file_app()
    demo.max_file_size = 3 * UPLOAD_CHUNK // 2
    ui = Frontend(demo)
    widget = demo.view().widgets[f._id]
    before = stored_paths()
    ui._send_custom(widget, {"type": "upload", "id": "u1", "index": 0, "name": "lie.bin", "size": 10, "final": False},
                    [b"x" * UPLOAD_CHUNK])
    ui._send_custom(widget, {"type": "upload", "id": "u1", "index": 1, "final": True}, [b"x" * UPLOAD_CHUNK])
    reply, _ = ui._transfer_reply("u1", 2)
    assert reply["type"] == "upload_error" and "larger than max_file_size" in reply["message"]
    assert stored_paths() == before
    ui._send_custom(widget, {"type": "upload", "id": "u1", "index": 2, "final": True}, [b"x"])
    assert ui._transfer_reply("u1", 3)[0]["type"] == "upload_error"  # aborted: unknown now
    demo.close()


def test_chunks_out_of_order_abort_the_upload():
    demo, f, out, seen = file_app()
    ui = Frontend(demo)
    widget = demo.view().widgets[f._id]
    before = stored_paths()
    ui._send_custom(widget, {"type": "upload", "id": "u2", "index": 0, "name": "a.bin", "size": 3, "final": False}, [b"a"])
    ui._send_custom(widget, {"type": "upload", "id": "u2", "index": 2, "final": True}, [b"c"])
    reply, _ = ui._transfer_reply("u2", 2)
    assert reply["type"] == "upload_error" and "out of order" in reply["message"]
    assert stored_paths() == before
    demo.close()


def test_uploads_are_refused_where_a_user_could_not_upload(tmp_path):
    with gr.Blocks() as demo:
        locked = gr.File(label="Locked", interactive=False)
        pdf_only = gr.File(label="PDF", file_types=[".pdf"])
        download = gr.DownloadButton("Get", value=__file__)
        text = gr.Textbox(label="T")
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="not interactive"):
        ui.upload(locked, b"x", "a.txt")
    with pytest.raises(FrontendError, match=r"File 'PDF': 'a.txt' is not an accepted file type \(.pdf\)"):
        ui.upload(pdf_only, b"x", "a.txt")
    assert ui.upload(pdf_only, b"%PDF", "doc.PDF")["orig_name"] == "doc.PDF"
    with pytest.raises(FrontendError, match="no file picker"):
        ui.upload(download, b"x", "a.txt")
    for comp in (locked, download, text):  # the kernel refuses too, whatever a page sends
        widget = demo.view().widgets[comp._id]
        ui._send_custom(widget, {"type": "upload", "id": f"r{comp._id}", "index": 0, "name": "a.txt", "size": 1, "final": True}, [b"x"])
        reply, _ = ui._transfer_reply(f"r{comp._id}", 1)
        assert reply["type"] == "upload_error" and ("not interactive" in reply["message"] or "does not take uploads" in reply["message"])
    demo.close()


def test_a_forged_file_value_from_the_page_is_refused_and_never_opened(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    demo, f, out, seen = file_app()
    ui = Frontend(demo)
    good = ui.upload(f, b"fine", "fine.txt")
    forged = {**good, "path": str(secret)}
    ui.set(f, forged)
    assert ui.error(f) == f"File 'Doc': the file {str(secret)!r} was not issued by this app and is refused"
    assert ui.state_value(f) == good  # the session kept the issued file
    ui.set(f, {"path": "https://evil.example/x", "meta": {"_type": "gradio.FileData"}})
    assert "was not issued by this app" in ui.error(f)
    assert ui.state_value(f) == good
    demo.close()


def test_a_refused_value_shows_until_a_new_value_a_clear_or_a_successful_event(tmp_path, caplog):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    with gr.Blocks() as demo:
        f = gr.File(label="Doc")
        out = gr.Textbox(label="Out")
        btn = gr.Button()
        f.upload(lambda p: Path(p).read_text(), f, out)
        btn.click(lambda p: "none" if p is None else Path(p).name, f, out)
    ui = Frontend(demo)
    forged = {"path": str(secret), "meta": {"_type": "gradio.FileData"}}
    refused = f"File 'Doc': the file {str(secret)!r} was not issued by this app and is refused"

    with caplog.at_level("WARNING", logger="nbblocks"):
        ui.set(f, forged)
    assert ui.error(f) == refused
    # The log says where the value came from: this is Frontend, not a browser page.
    assert [r.getMessage() for r in caplog.records] == [f"nbblocks: refused a value from Frontend: {refused}"]

    ui.upload(f, b"fine", "fine.txt")  # a new valid value
    assert ui.error(f) is None and ui.value(out) == "fine"
    ui.set(f, forged)
    assert ui.error(f) == refused
    ui.clear(f)
    assert ui.error(f) is None and ui.state_value(f) is None

    ui.set(f, forged)
    assert ui.error(f) == refused
    ui.click(btn)  # an event with the input succeeds
    assert ui.value(out) == "none" and ui.error(f) is None
    demo.close()


def test_a_refused_value_from_a_page_is_logged_with_its_page(tmp_path, caplog):
    demo, f, out, seen = file_app()
    ui = Frontend(demo)
    widget = ui._widget(f)
    forged = {"path": str(tmp_path / "x.txt"), "meta": {"_type": "gradio.FileData"}}
    with caplog.at_level("WARNING", logger="nbblocks"):
        widget.comm.handle_msg({"content": {"comm_id": widget.comm.comm_id, "data": {
            "method": "custom", "content": {"type": "value", "value": forged, "page": "0123456789abcdef", "seq": 1}}},
            "buffers": []})
    assert [r.getMessage().split(": File")[0] for r in caplog.records] == ["nbblocks: refused a value from the page 01234567"]
    assert "was not issued by this app" in ui.error(f)
    demo.close()


def test_a_forged_file_from_an_api_client_is_refused_by_preprocess(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    demo, f, out, seen = file_app()
    engine = demo.engine
    session = engine.sessions.create("client", sink=None, cascade=False)
    dep = demo.listeners_for(f, "upload")[0]
    job = engine.submit(dep, session, None, inputs=[{"path": str(secret), "meta": {"_type": "gradio.FileData"}}])
    assert job is not None and job.done.wait(WAIT)
    assert job.state == "error" and "was not issued by this app and is refused" in job.error and "value" not in seen
    demo.close()


def test_file_requests_serve_only_issued_files(tmp_path):
    demo, f, out, seen = file_app()
    ui = Frontend(demo)
    widget = demo.view().widgets[f._id]
    ui._send_custom(widget, {"type": "file_request", "id": "q1", "path": "/etc/passwd"})
    reply, buffers = ui._transfer_reply("q1", 1)
    assert reply["type"] == "file_error" and "not issued" in reply["message"] and buffers == []
    fd = ui.upload(f, b"abc" * 10, "x.txt")
    ui._send_custom(widget, {"type": "file_request", "id": "q2", "path": fd["path"]})
    reply, buffers = ui._transfer_reply("q2", 1)
    assert reply == {**reply, "type": "file_data", "name": "x.txt", "mime": "text/plain", "size": 30, "final": True}
    assert buffers == [b"abc" * 10]
    demo.close()


def test_a_file_value_and_its_download_through_the_frontend(tmp_path):
    src = tmp_path / "report.csv"
    src.write_text("a,b\n1,2\n")
    with gr.Blocks() as demo:
        f = gr.File(label="Out")
        btn = gr.Button()
        btn.click(lambda: str(src), None, f)
    ui = Frontend(demo)
    ui.click(btn)
    value = ui.value(f)
    assert HANDLE.match(value["path"]) and value["orig_name"] == "report.csv" and value["size"] == 8
    assert str(src) not in str(value)  # the app-side path never reaches the page
    assert ui.file_bytes(f) == b"a,b\n1,2\n"
    demo.close()


def test_errors_keep_the_app_working(tmp_path):
    demo, f, out, seen = file_app()
    demo.max_file_size = 10
    ui = Frontend(demo)
    with pytest.raises(FrontendError):
        ui.upload(f, b"x" * 11, "big.bin")
    ui.set(f, {"path": "/etc/passwd"})
    assert ui.upload(f, b"small", "s.txt")["size"] == 5
    assert ui.value(out) == "small" and ui.error(out) is None
    demo.close()


def test_invalid_component_error_is_a_value_error():
    assert issubclass(FileRefused, InvalidComponentError) and issubclass(FileTooLarge, ValueError)


def test_parts_of_a_file_and_the_file_closed_when_the_reader_stops(tmp_path):
    from nbblocks.files import ranges

    path = tmp_path / "long.bin"
    path.write_bytes(bytes(range(256)) * 40)  # 10,240 bytes
    f = open(path, "rb")
    assert list(ranges.read_parts(f, 1000, 3500, 1024)) == [path.read_bytes()[1000:2024], path.read_bytes()[2024:3048],
                                                          path.read_bytes()[3048:3500]]
    assert f.closed
    f = open(path, "rb")
    parts = ranges.read_parts(f, 0, 10_240, 1024)
    next(parts)
    parts.close()  # a client that left after the first part
    assert f.closed
    assert ranges.clamp(None, None, 100) == (0, 100)
    assert ranges.clamp(90, 50, 100) == (90, 100)
    assert ranges.clamp(500, 5, 100) == (100, 100)
    assert ranges.clamp(True, -1, 100) == (0, 100)  # not numbers the page may send: the whole file
