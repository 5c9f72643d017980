"""Shown images' pixel buffers: released two values later, reused, never read once reused.

An image a view shows keeps its pixels while the view shows it or holds it as the value
just replaced; after that, if nothing else ever got its handle, it is forgotten and its
buffer reused for a later image. These tests check that a reader gets the pixels it asked
for or a clear "gone", never another image's, that a buffer still read is not reused, and
that handles kept elsewhere (an output used as an input, examples, raw inputs) stay.
"""

from __future__ import annotations

import io
import threading

import numpy as np
import pytest
from PIL import Image as PILImage

import nbblocks as gr
from nbblocks import _images, files
from nbblocks._images_pool import BufferPool, pool
from nbblocks.files import FileCache, FileGone
from nbblocks.testing import Frontend, FrontendError


def frame(i: int, shape: tuple[int, ...] = (6, 8, 3)) -> np.ndarray:
    """An image whose every byte is ``i``: a wrong buffer shows at once."""
    return np.full(shape, i % 256, np.uint8)


def stream_app(shape: tuple[int, ...] = (6, 8, 3)):
    """A button whose every click shows the next frame."""
    count = {"n": 0}
    with gr.Blocks() as demo:
        btn = gr.Button("Next")
        out = gr.Image(label="Out")

        def next_frame() -> np.ndarray:
            count["n"] += 1
            return frame(count["n"], shape)

        btn.click(next_frame, None, out)
    return demo, btn, out


def test_an_image_is_released_two_values_later_and_answers_gone():
    demo, btn, out = stream_app()
    ui = Frontend(demo)
    handles = []
    for _ in range(4):
        ui.click(btn)
        handles.append(ui.value(out)["path"])
    first, second, third, fourth = handles
    # shown now and the value just before: kept, with their own pixels
    assert bytes(demo.files.get(fourth).pending.data) == frame(4).tobytes()
    assert bytes(demo.files.get(third).pending.data) == frame(3).tobytes()
    # two and three values back: forgotten
    assert demo.files.get(first) is None and demo.files.get(second) is None
    with pytest.raises(FileGone, match="replaced by newer values"):
        demo.files.read(first)
    with pytest.raises(FrontendError, match="replaced by newer values"):  # a download the page asks for late
        ui.file_bytes(out, file={"path": second})
    # a download of the value just replaced still works and is that image
    data = ui.file_bytes(out, file={"path": third})
    assert np.array_equal(np.array(PILImage.open(io.BytesIO(data)).convert("RGB")), frame(3))
    demo.close()


def test_a_replaced_buffer_is_reused_for_the_next_image_and_holds_only_it():
    demo, btn, out = stream_app(shape=(7, 9, 3))  # a size no other test uses
    ui = Frontend(demo)
    reused = pool.reused
    for i in range(1, 9):
        ui.click(btn)
        assert ui._held(out)["blobs"][ui.value(out)["path"]]["data"] == frame(i, (7, 9, 3)).tobytes()
    assert pool.reused > reused  # later images landed in the buffers of earlier ones
    pending = [e for e in demo.files._entries.values() if e.is_pending]
    assert len(pending) == 2  # the one shown and the one before, not all eight
    demo.close()


def test_a_buffer_still_read_is_not_reused_until_the_reader_lets_go():
    shape = (5, 11, 3)
    demo, btn, out = stream_app(shape)
    ui = Frontend(demo)
    ui.click(btn)
    first = demo.files.get(ui.value(out)["path"]).pending
    reading = first.data  # a comm message not sent yet, a thumbnail being made
    for _ in range(4):
        ui.click(btn)
    assert demo.files.get(ui.value(out)["path"]).pending is not first
    with pytest.raises(FileGone):
        _ = first.data  # released: its owner hands out nothing any more
    assert bytes(reading) == frame(1, shape).tobytes()  # still the first image's pixels
    del reading
    for i in range(6, 9):
        ui.click(btn)
        assert ui._held(out)["blobs"][ui.value(out)["path"]]["data"] == frame(i, shape).tobytes()
    demo.close()


def test_the_pool_hands_out_only_buffers_no_one_reads():
    p = BufferPool()
    buf = bytearray(b"a" * 16)
    view = memoryview(buf)
    p.give(buf, 1)  # this frame's ``buf``, dropped next
    del buf
    assert len(p) == 0  # still read through ``view``: waiting, not free
    other = p.take(16)
    assert bytes(other) == bytes(16) and p.reused == 0  # a new buffer
    view[:] = b"b" * 16
    del view
    again = p.take(16)
    assert bytes(again) == b"b" * 16 and p.reused == 1  # the released one, now that no one reads it
    p.give(again, 1)
    del again
    assert len(p) == 1 and p.take(8) is not None and p.reused == 1  # exact sizes only
    assert bytes(p.take(16)) == b"b" * 16 and p.reused == 2


def test_the_pool_stays_bounded():
    p = BufferPool(max_free=2, max_free_bytes=100)
    for _ in range(5):
        p.give(bytearray(10), 0)
    assert len(p) == 2
    p.give(bytearray(91), 0)
    assert len(p) == 1  # over the byte budget: the oldest went


def test_readers_racing_the_stream_get_their_own_pixels_or_gone():
    shape = (16, 16, 3)
    demo, btn, out = stream_app(shape)
    ui = Frontend(demo)
    ui.click(btn)
    seen: list[tuple[int, str]] = [(1, ui.value(out)["path"])]
    stop = threading.Event()
    wrong: list[str] = []
    counts = {"own": 0, "gone": 0}

    def read_old() -> None:
        k = 0
        while not stop.is_set():
            k += 1
            number, handle = seen[-1 - k % min(len(seen), 4)]
            entry = demo.files.get(handle)
            try:
                if entry is None:
                    raise FileGone("forgotten")
                pending = entry.pending
                data = bytes(pending.data) if pending is not None else None
            except FileGone:
                counts["gone"] += 1
                continue
            if data is None:
                continue
            if data != frame(number, shape).tobytes():
                wrong.append(f"image {number} read as {data[0]}")
            counts["own"] += 1

    readers = [threading.Thread(target=read_old) for _ in range(2)]
    for r in readers:
        r.start()
    try:
        for n in range(2, 120):
            ui.click(btn)
            seen.append((n, ui.value(out)["path"]))
    finally:
        stop.set()
        for r in readers:
            r.join()
    assert not wrong, wrong[:5]
    assert counts["own"] > 0
    demo.close()


def test_an_output_used_as_an_input_is_never_released():
    seen = []
    with gr.Blocks() as demo:
        btn = gr.Button()
        a = gr.Image()
        b = gr.Textbox()
        n = {"i": 0}

        def make():
            n["i"] += 1
            return frame(n["i"])

        btn.click(make, None, a)
        a.change(lambda x: seen.append(int(x[0, 0, 0])) or "ok", a, b)
    ui = Frontend(demo)
    ui.click(btn)
    first = ui.value(a)["path"]
    for _ in range(3):
        ui.click(btn)
    assert seen == [1, 2, 3, 4]
    assert demo.files.get(first) is not None  # its handle came back as an input: kept
    assert bytes(demo.files.get(first).pending.data) == frame(1).tobytes()
    demo.close()


def test_raw_inputs_and_examples_keep_their_images():
    kept = []
    with gr.Blocks() as demo:
        btn = gr.Button()
        keep = gr.Button()
        out = gr.Image()
        n = {"i": 0}

        def make():
            n["i"] += 1
            return frame(n["i"])

        btn.click(make, None, out)
        keep.click(lambda payload: kept.append(payload), out, None, preprocess=False)
        examples = gr.Examples([[frame(200)]], inputs=[out])
    ui = Frontend(demo)
    ui.click(btn)
    ui.click(keep)  # the function got the raw value, handle and all
    for _ in range(3):
        ui.click(btn)
    assert demo.files.get(kept[0]["path"]) is not None
    example = examples.example_payloads(0)[0]["path"]
    ui.click_sample(examples.dataset, 0)
    assert ui.value(out)["path"] == example
    for _ in range(3):
        ui.click(btn)
    ui.click_sample(examples.dataset, 0)  # shown again: still there
    assert ui._held(out)["blobs"][example]["data"] == frame(200).tobytes()
    demo.close()


def test_a_gallery_keeps_images_it_still_shows():
    with gr.Blocks() as demo:
        btn = gr.Button()
        gallery = gr.Gallery()
        items: list = []

        def add():
            items.append(frame(len(items) + 1))
            return list(items)

        btn.click(add, None, gallery)
    ui = Frontend(demo)
    for _ in range(4):
        ui.click(btn)
    value = ui.value(gallery)
    assert len(value) == 4
    for i, item in enumerate(value, start=1):
        entry = demo.files.get(item["image"]["path"])
        assert entry is not None and bytes(entry.pending.data) == frame(i).tobytes()
    demo.close()


# -- arrays nothing can change are kept without a copy --------------------------------------


def test_a_read_only_array_over_bytes_is_kept_as_it_is():
    raw = frame(7).tobytes()
    arr = np.frombuffer(raw, np.uint8).reshape(6, 8, 3)
    assert _images.immutable_pixels(arr)
    pending = _images.array_to_pending(arr, "png", "Image")
    assert pending._buf is arr and bytes(pending.data) == raw
    with pytest.raises(ValueError):
        arr.flags.writeable = True  # numpy refuses: its memory is a bytes object


@pytest.mark.parametrize("make", [
    lambda: frame(3),  # writable
    lambda: _readonly(frame(3)),  # read-only, but owns its memory: its owner may unlock it
    lambda: _readonly(frame(3))[::1],  # a view of that
    lambda: np.frombuffer(bytearray(frame(3).tobytes()), np.uint8).reshape(6, 8, 3),  # over a bytearray
])
def test_other_arrays_are_copied(make):
    arr = make()
    assert not _images.immutable_pixels(arr)
    pending = _images.array_to_pending(arr, "png", "Image")
    assert pending._buf is not arr and type(pending._buf) is bytearray
    try:
        arr.flags.writeable = True
        arr[:] = 9
    except ValueError:
        pass
    assert bytes(pending.data) == frame(3).tobytes()


def test_a_converted_array_is_kept_without_a_second_copy():
    arr = np.full((6, 8, 3), 0.5, np.float32)
    pending = _images.array_to_pending(arr, "png", "Image")
    assert isinstance(pending._buf, np.ndarray) and pending._buf.dtype == np.uint8
    arr[:] = 0.0
    assert bytes(pending.data) == np.full((6, 8, 3), 128, np.uint8).tobytes()


def _readonly(arr: np.ndarray) -> np.ndarray:
    arr.flags.writeable = False
    return arr


def test_an_image_issued_before_its_copy_is_read_spilled_or_discarded_only_after_it():
    """``start_pending`` issues the entry before the pixels are copied in; until ``fill``
    nothing reads the buffer (it may hold a released image's pixels), moves it to disk or
    gives it back to the pool: each of those waits for the copy."""
    old = _images.array_to_pending(frame(1), "png", "Image")
    old.discard()  # its buffer, holding 1s, is free in the pool for the next image
    cache = FileCache()
    pending, source = _images.start_pending(frame(2), "png", "Image")
    assert source is not None
    entry = cache.put_pending(pending, "image.png")
    seen: list[bytes] = []
    readers = [threading.Thread(target=lambda: seen.append(bytes(cache.get(entry.handle).pending.data)))
               for _ in range(3)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join(0.2)  # each is blocked on the image until fill()
        assert reader.is_alive()
    pending.fill(source)
    for reader in readers:
        reader.join(30)
    assert seen == [frame(2).tobytes()] * 3
    pending2, source2 = _images.start_pending(frame(3), "png", "Image")
    entry2 = cache.put_pending(pending2, "image.png")
    closing = threading.Thread(target=cache.close)  # forgets every entry: discards their buffers
    closing.start()
    closing.join(0.2)
    assert closing.is_alive()
    pending2.fill(source2)
    closing.join(30)
    assert not closing.is_alive() and cache.get(entry2.handle) is None
    with pytest.raises(FileGone):
        pending2.data


def test_a_cache_releases_only_images_no_one_else_named():
    cache = FileCache()
    a = cache.put_pending(_images.array_to_pending(frame(1), "png", "Image"), "image.png")
    b = cache.put_pending(_images.array_to_pending(frame(2), "png", "Image"), "image.png")
    cache.hold_shown([a.handle, b.handle])
    cache.check({"path": b.handle}, "Image")  # b came back from a page
    cache.release_shown([a.handle, b.handle])
    assert cache.get(a.handle) is None and cache.get(b.handle) is b
    with files.bind(cache), pytest.raises(FileGone):
        cache.check({"path": a.handle}, "Image 'Out'")
    with pytest.raises(files.FileRefused, match="not issued"):
        cache.read("0" * 32 + "/image.png")
    cache.close()


# -- a real kernel: zmq sends large frames without copying them -------------------------------

KERNEL_CODE = '''
import numpy as np
import nbblocks as gr
from nbblocks.testing import Frontend
from nbblocks._images_pool import pool

with gr.Blocks() as demo:
    btn = gr.Button("Next")
    out = gr.Image(label="Out")
    count = {"n": 0}

    def next_frame():
        count["n"] += 1
        return np.full((256, 256, 3), count["n"], np.uint8)  # 192 KiB: sent without a copy

    btn.click(next_frame, None, out)
ui = Frontend(demo)
for _ in range(SHOWS):
    ui.click(btn)
# Buffers released while zmq still held their frames waited; once the frames are sent they
# are handed out again. Nothing signals zmq letting go: look every 10 ms, up to a minute.
import time
start, deadline = pool.reused, time.monotonic() + 60
while pool.reused == start and time.monotonic() < deadline:
    pool.take(256 * 256 * 3)
    time.sleep(0.01)
print("reusable", pool.reused > start)
'''


def test_in_a_kernel_every_image_reaches_the_page_with_its_own_pixels():
    """Each comm message's pixel buffer, as the page receives it from a real kernel's IOPub
    socket, is the image it was sent for, though images reuse released buffers."""
    from jupyter_client.manager import start_new_kernel

    shows = 60
    km, kc = start_new_kernel(kernel_name="python3")
    try:
        msg_id = kc.execute(KERNEL_CODE.replace("SHOWS", str(shows)))
        received: list[int] = []
        stdout = ""
        while True:
            msg = kc.get_iopub_msg(timeout=120)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind, content = msg["msg_type"], msg["content"]
            if kind == "stream":
                stdout += content["text"]
            elif kind == "error":
                pytest.fail("\n".join(content["traceback"]))
            elif kind == "comm_msg" and msg.get("buffers"):
                paths = content["data"].get("buffer_paths", [])
                for path, buf in zip(paths, msg["buffers"]):
                    if path[:1] == ["blobs"]:
                        data = bytes(buf)
                        assert len(set(data)) == 1, "an image's pixels were overwritten while it was sent"
                        received.append(data[0])
            elif kind == "status" and content["execution_state"] == "idle":
                break
        assert received == list(range(1, shows + 1))
        assert "reusable True" in stdout  # released buffers come back once zmq sent them
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_buffers_still_read_count_in_the_pools_bounds():
    p = BufferPool(max_free=4, max_free_bytes=100, max_waiting=8)
    readers = []
    for _ in range(5):
        buf = bytearray(30)
        readers.append(memoryview(buf))
        p.give(buf, 1)
        del buf
    assert len(p._waiting) == 3  # 90 bytes: the oldest two were let go
    del readers[:]
    assert p.take(30) is not None and p.reused == 1
