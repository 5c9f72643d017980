"""File names and uploads under hostile input: names outside Latin-1, long multi-byte
names, identical uploads from different sessions (``docs/reliability.md``).

Over HTTP with a real uvicorn on 127.0.0.1 (raw multipart and the official
gradio_client), and over the widget comm with the virtual front end.
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")
pytest.importorskip("gradio_client")
from gradio_client import Client, handle_file

import nbblocks as gr
from nbblocks.files import safe_filename
from nbblocks.testing import Frontend
from server_log import ServerLog

TIMEOUT = 30

NAMES = [
    "写真.png",
    "café.txt",
    "cafe\u0301 décomposé.txt",  # combining accent, as macOS writes names
    "👨‍👩‍👧 family 🎉.txt",  # an emoji sequence joined by U+200D
    "\ufeffbom.txt",
    "Ωμέγα – ñandú.csv",
]


@pytest.fixture(scope="module")
def served():
    with gr.Blocks() as demo:
        doc = gr.File(label="Doc", type="filepath")
        out = gr.Textbox(label="Out")
        made = gr.File(label="Made")

        def append(path):
            with open(path, "ab") as f:  # a function that writes into its input file
                f.write(b" and more")
            return Path(path).read_bytes().decode(), path

        doc.upload(append, doc, [out, made], api_name="append")
        doc.change(lambda path: Path(path).name, doc, out, api_name="name")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    yield demo
    demo.close()


def multipart(disposition: bytes, data: bytes = b"content") -> tuple[bytes, dict]:
    body = b"--XyZ\r\nContent-Disposition: form-data; " + disposition + b"\r\nContent-Type: application/octet-stream\r\n\r\n" + data + b"\r\n--XyZ--\r\n"
    return body, {"Content-Type": "multipart/form-data; boundary=XyZ"}


def upload_raw(web, disposition: bytes, data: bytes = b"content") -> httpx.Response:
    body, headers = multipart(disposition, data)
    return web.post("/gradio_api/upload", content=body, headers=headers)


def served_name(handle: str) -> str:
    return handle.rsplit("/", 1)[-1]


# -- item 1: names outside Latin-1 -------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_utf8_filenames_are_stored_and_returned_as_sent(served, web, name):
    with ServerLog() as log:
        response = upload_raw(web, b'name="files"; filename="' + name.encode("utf-8") + b'"')
    assert response.status_code == 200, response.text
    [handle] = response.json()
    assert served_name(handle) == name
    entry = served.files.get(handle)
    assert entry is not None and entry.name == name
    download = web.get(f"/gradio_api/file={quote(handle)}")
    assert download.status_code == 200 and download.content == b"content"
    assert f"filename*=UTF-8''{quote(name, safe='')}" in download.headers["content-disposition"]
    assert log.errors == []


def test_rfc5987_filename_star_is_understood(web):
    response = upload_raw(web, b"name=\"files\"; filename*=UTF-8''%E5%86%99%E7%9C%9F.png")
    assert response.status_code == 200, response.text
    assert served_name(response.json()[0]) == "写真.png"


def test_gradio_client_uploads_names_outside_latin1(served, tmp_path):
    source = tmp_path / "写真 🎉.txt"
    source.write_bytes(b"photo")
    client = Client(served.local_url, verbose=False, analytics_enabled=False, download_files=False)
    try:
        name = client.predict(handle_file(str(source)), api_name="/name")
    finally:
        client.close()
    assert name == "写真 🎉.txt"


def test_utf8_filenames_over_the_comm():
    with gr.Blocks() as demo:
        doc = gr.File(label="Doc")
        out = gr.Textbox()
        doc.upload(lambda p: Path(p).name, doc, out)
    ui = Frontend(demo)
    for name in NAMES:
        value = ui.upload(doc, b"x", name)
        assert value["orig_name"] == name and ui.value(out) == name
    demo.close()


# -- item 6: long multi-byte names are cut by bytes, keeping the extension ----------------------


def test_long_multibyte_names_are_cut_by_bytes_keeping_the_extension(served, web):
    name = "漢" * 94 + ".png"  # 286 bytes in UTF-8
    response = upload_raw(web, b'name="files"; filename="' + name.encode() + b'"')
    assert response.status_code == 200, response.text
    stored = served_name(response.json()[0])
    assert stored.endswith(".png") and stored.startswith("漢")
    assert len(stored.encode()) <= 200 and name.startswith(stored[:-4])
    with gr.Blocks() as demo:
        doc = gr.File(label="Doc")
    ui = Frontend(demo)
    value = ui.upload(doc, b"x", name)
    assert value["orig_name"] == stored
    demo.close()


@pytest.mark.parametrize(
    "name",
    ["é" * 300, "a" * 150 + "😀" * 40 + ".tar.gz", "x." + "é" * 200, "e\u0301" * 120 + ".txt"],
)
def test_safe_filename_fits_the_file_system_on_a_character_boundary(name):
    cut = safe_filename(name)
    encoded = cut.encode("utf-8")  # never a broken character
    assert 0 < len(encoded) <= 200
    assert name.startswith(cut) or cut.endswith(os.path.splitext(name)[1][:8])


def test_safe_filename_keeps_what_was_sent():
    for name in NAMES:
        assert safe_filename(name) == name
    assert safe_filename("cafe\u0301.txt") != unicodedata.normalize("NFC", "cafe\u0301.txt")
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("a\x00b\nc\x7f.txt") == "abc.txt"


# -- item 2: every upload has its own file, served as it is on disk -----------------------------


def test_identical_uploads_of_two_sessions_are_separate_files(served, web):
    first = upload_raw(web, b'name="files"; filename="same.txt"', b"shared bytes").json()[0]
    second = upload_raw(web, b'name="files"; filename="same.txt"', b"shared bytes").json()[0]
    assert first != second
    one, two = served.files.local_path(first), served.files.local_path(second)
    assert one != two and os.stat(one).st_ino != os.stat(two).st_ino


def test_a_function_writing_its_input_changes_no_other_upload_and_downloads_stay_whole(served, web):
    a = upload_raw(web, b'name="files"; filename="doc.txt"', b"original").json()[0]  # one session's
    b = upload_raw(web, b'name="files"; filename="doc.txt"', b"original").json()[0]  # another's
    file_data = {"path": a, "meta": {"_type": "gradio.FileData"}}
    event_id = web.post("/gradio_api/call/append", json={"data": [file_data], "session_hash": "writer"}).json()["event_id"]
    result = web.get(f"/gradio_api/call/append/{event_id}").text
    assert "event: complete" in result and "original and more" in result
    mine = web.get(f"/gradio_api/file={quote(a)}")
    theirs = web.get(f"/gradio_api/file={quote(b)}")
    assert mine.content == b"original and more" and int(mine.headers["content-length"]) == len(mine.content)
    assert theirs.content == b"original" and int(theirs.headers["content-length"]) == len(theirs.content)


def test_identical_uploads_over_the_comm_are_separate_files():
    with gr.Blocks() as demo:
        doc = gr.File(label="Doc")
    ui = Frontend(demo)
    first = ui.upload(doc, b"same", "a.txt")
    second = ui.upload(doc, b"same", "a.txt")
    assert first["path"] != second["path"]
    assert demo.files.local_path(first["path"]) != demo.files.local_path(second["path"])
    demo.close()
