"""Files over the HTTP API: uploads into the app's file cache, outputs downloaded by
handle, and everything a request could use to reach another file refused.

The official gradio_client and raw HTTP both run against a real uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")
gradio_client = pytest.importorskip("gradio_client")
from gradio_client import handle_file
from gradio_client.exceptions import ValidationError

import nbblocks as gr
from nbblocks import files
from opened_files import watch_opens
from support.images import png, png_file
from support.servers import client, http_client, serving, nothing_connected


@pytest.fixture(scope="module")
def served():
    with gr.Blocks() as demo:
        upload = gr.File(label="Upload")
        size = gr.Number(label="Size")
        photo = gr.Image(label="Photo", type="numpy")
        flipped = gr.Image(label="Flipped", format="png")
        path_in = gr.Image(label="Path", type="filepath")
        made = gr.File(label="Made")
        text = gr.Textbox(label="Text")
        go = gr.Button()

        def measure(path):
            return os.path.getsize(path)

        go.click(measure, upload, size, api_name="measure")
        go.click(lambda a: a[:, ::-1], photo, flipped, api_name="flip")
        go.click(lambda p: (Path(p).name, p), path_in, [text, made], api_name="name_of")

        def make(content):
            out = Path(demo_dir) / "report.html"
            out.write_text(content)
            return str(out)

        go.click(make, text, made, api_name="make")
    import tempfile

    demo_dir = tempfile.mkdtemp(prefix="nbblocks-test-app-")
    with serving(demo, max_file_size="1mb"):
        yield demo


@pytest.fixture
def http(served):
    with http_client(served) as http:
        yield http


# -- the official client ----------------------------------------------------------------------


def test_client_uploads_a_file_and_the_function_gets_it(served, tmp_path):
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(300_000))
    c = client(served)
    try:
        assert c.predict(handle_file(str(source)), api_name="/measure") == 300_000
    finally:
        c.close()


def test_client_image_round_trip_downloads_the_output_in_its_format(served, tmp_path):
    import numpy as np
    from PIL import Image

    source = tmp_path / "in.png"
    pixels = np.arange(4 * 5 * 3, dtype=np.uint8).reshape(4, 5, 3)
    png_file(source, pixels=pixels)
    c = client(served, download_files=str(tmp_path / "downloads"))
    try:
        result = c.predict(handle_file(str(source)), api_name="/flip")
    finally:
        c.close()
    assert result.endswith(".png")
    assert np.array_equal(np.asarray(Image.open(result)), pixels[:, ::-1])


def test_filepath_inputs_get_a_cache_path_with_the_original_name(served, tmp_path):
    source = tmp_path / "holiday photo.png"
    source.write_bytes(png(size=(4, 3)))
    c = client(served, download_files=str(tmp_path / "downloads"))
    try:
        name, made = c.predict(handle_file(str(source)), api_name="/name_of")
    finally:
        c.close()
    assert name == "holiday photo.png"
    assert Path(made).read_bytes() == source.read_bytes()


def test_each_upload_is_a_file_of_its_own(served, tmp_path):
    source = tmp_path / "same.bin"
    source.write_bytes(b"identical bytes" * 1000)
    before = files._store.stored()
    with http_client(served) as http:
        first = http.post("/gradio_api/upload", files={"files": ("same.bin", source.read_bytes())}).json()
        second = http.post("/gradio_api/upload", files={"files": ("same.bin", source.read_bytes())}).json()
    assert first != second  # another session's function writing into one changes no other
    assert files._store.stored() == before + 2


# -- raw HTTP --------------------------------------------------------------------------------


def test_raw_upload_returns_handles_served_back_by_file(http):
    response = http.post("/gradio_api/upload", files=[("files", ("a.txt", b"alpha")), ("files", ("b.png", png(size=(4, 3))))])
    assert response.status_code == 200
    handles = response.json()
    assert [h.rsplit("/", 1)[1] for h in handles] == ["a.txt", "b.png"]
    text = http.get(f"/gradio_api/file={handles[0]}")
    assert text.content == b"alpha" and text.headers["content-type"].startswith("text/plain")
    image = http.get(f"/gradio_api/file={handles[1]}")
    assert image.content == png(size=(4, 3))
    assert image.headers["content-type"] == "image/png"
    assert image.headers["content-disposition"].startswith("inline")
    assert image.headers["x-content-type-options"] == "nosniff"
    head = http.head(f"/gradio_api/file={handles[1]}")
    assert head.status_code == 200 and head.content == b"" and head.headers["content-length"] == str(len(png(size=(4, 3))))


def test_html_and_svg_are_served_as_attachments(http):
    for name, body in (("page.html", b"<script>alert(1)</script>"), ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
                       ("no-extension", b"<script>alert(1)</script>")):
        (handle,) = http.post("/gradio_api/upload", files={"files": (name, body)}).json()
        response = http.get(f"/gradio_api/file={handle}")
        assert response.content == body
        assert response.headers["content-disposition"].startswith("attachment"), name
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "sandbox" in response.headers["content-security-policy"]


def test_an_output_file_made_by_the_app_is_downloadable_as_an_attachment(served, http):
    event = http.post("/gradio_api/call/make", json={"data": ["<b>report</b>"]}).json()["event_id"]
    answer = http.get(f"/gradio_api/call/make/{event}").text
    import json

    data = json.loads(answer.split("event: complete\ndata: ", 1)[1].split("\n", 1)[0])
    handle = data[0]["path"]
    assert not handle.startswith("/") and handle.endswith("/report.html")
    response = http.get(f"/gradio_api/file={handle}")
    assert response.content == b"<b>report</b>"
    assert response.headers["content-disposition"].startswith("attachment")


def test_oversize_upload_is_refused_and_nothing_is_kept(served, http):
    before = files._store.stored()
    entries = len(served.files)
    response = http.post("/gradio_api/upload", files=[("files", ("ok.txt", b"small")), ("files", ("big.bin", b"x" * (1024 * 1024 + 1)))])
    assert response.status_code == 413
    assert "max_file_size" in response.json()["detail"]
    assert files._store.stored() == before and len(served.files) == entries
    assert not list(files._store.root.glob(".incoming-*"))  # the partial upload was deleted
    config = http.get("/config").json()
    assert config["max_file_size"] == 1024 * 1024
    assert http.post("/gradio_api/upload", files={"files": ("ok.txt", b"small")}).status_code == 200


def test_hostile_file_names_are_made_safe_and_nothing_is_written_outside_the_cache(http):
    root = os.path.realpath(files._store.root)
    names = ["../../../../tmp/evil.sh", "..\\..\\win.ini", "/etc/cron.d/job", "a\x00b.txt", ".bashrc", "x" * 300 + ".txt", "<img src=x>.png", ""]
    with watch_opens() as opened:
        response = http.post("/gradio_api/upload", files=[("files", (name, b"payload")) for name in names])
    assert response.status_code == 200
    stored = [h.split("/", 1)[1] for h in response.json()]
    for name in stored:
        assert "/" not in name and "\\" not in name and "\x00" not in name and not name.startswith(".")
        assert len(name.encode()) <= 200  # bytes: every file system takes it
    assert stored[0] == "evil.sh" and stored[1] == "win.ini"
    outside = [p for p in opened if not os.path.realpath(p).startswith(root) and "site-packages" not in p and not p.endswith((".pyc", ".py"))]
    assert outside == []
    assert not Path("/tmp/evil.sh").exists()


def test_malformed_uploads_are_refused_and_the_server_keeps_serving(served, http):
    for headers, body in (
        ({"Content-Type": "application/json"}, b"[]"),
        ({"Content-Type": "multipart/form-data"}, b"--x\r\n"),
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"garbage"),
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a\"\r\n\r\nunterminated"),
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nvalue\r\n--x--\r\n"),
    ):
        response = http.post("/gradio_api/upload", content=body, headers=headers)
        assert response.status_code == 400, body
        assert response.json()["detail"]
    too_many = b"".join(b"--x\r\nContent-Disposition: form-data; name=\"f\"\r\n\r\n\r\n" for _ in range(1001)) + b"--x--\r\n"
    response = http.post("/gradio_api/upload", content=too_many, headers={"Content-Type": "multipart/form-data; boundary=x"})
    assert response.status_code == 413
    assert http.post("/gradio_api/upload", files={"files": ("fine.txt", b"fine")}).status_code == 200


def test_forged_file_inputs_are_refused_naming_the_component(served, http, tmp_path):
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY")
    measure = next(d for d in served.dependencies if d.api_name == "measure")
    for path in (str(canary), "/etc/passwd", "../../canary.txt", "0" * 32 + "/canary.txt", "http://169.254.169.254/latest/meta-data"):
        for value in ({"path": path, "meta": {"_type": "gradio.FileData"}}, {"path": path}):  # with and without the marker
            with watch_opens() as opened:
                response = http.post("/gradio_api/queue/join", json={"data": [value], "fn_index": measure.id, "session_hash": "forge"})
            assert response.status_code == 422, value
            (problem,) = response.json()["detail"]
            assert problem["__type__"] == "validate" and problem["is_valid"] is False
            assert problem["parameter_name"] == "path"
            assert "File 'Upload'" in problem["message"] and "not issued" in problem["message"]
            assert not [p for p in opened if "canary" in p or "passwd" in p]


def test_a_symlink_planted_in_the_cache_is_not_followed(served, http, tmp_path):
    canary = tmp_path / "canary.txt"
    canary.write_text("CANARY-SECRET")
    (handle,) = http.post("/gradio_api/upload", files={"files": ("victim.txt", b"victim")}).json()
    entry = served.files.get(handle)
    real = Path(entry.path)
    real.unlink()
    real.symlink_to(canary)
    try:
        with watch_opens() as opened:
            response = http.get(f"/gradio_api/file={handle}")
        assert response.status_code == 404
        assert b"CANARY" not in response.content
        assert str(canary) not in opened
    finally:
        real.unlink()
        real.write_bytes(b"victim")


def test_url_inputs_from_the_client_are_refused_and_never_fetched(served):
    import socket

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    c = client(served)
    try:
        with pytest.raises(ValidationError, match=r"- path: File 'Upload': the file 'http://127\.0\.0\.1:\d+/secret\.txt' was not issued"):
            c.predict(handle_file(f"http://127.0.0.1:{port}/secret.txt"), api_name="/measure")
        assert nothing_connected(listener)
    finally:
        c.close()
        listener.close()


def test_output_files_carry_the_url_they_are_served_at(served, http):
    import json

    event = http.post("/gradio_api/call/make", json={"data": ["<i>x</i>"]}).json()["event_id"]
    answer = http.get(f"/gradio_api/call/make/{event}").text
    (value,) = json.loads(answer.split("event: complete\ndata: ", 1)[1].split("\n", 1)[0])
    assert value["url"] == "/gradio_api/file=" + value["path"]
    assert http.get(value["url"]).content == b"<i>x</i>"
