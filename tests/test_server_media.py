"""Audio and video over the HTTP API: the official gradio_client sends and receives them
(``handle_file``), streamed outputs arrive as chunks then the whole file, and long files
are served in parts (HTTP range requests) with every file-serving rule kept.

A real uvicorn on 127.0.0.1; the official gradio_client.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import pytest

pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")
pytest.importorskip("gradio_client")
from gradio_client import Client, handle_file

import nbblocks as gr
from nbblocks import _audio

from media_support import clip, dominant_frequency, needs_ffmpeg, tone16

TIMEOUT = 60


@pytest.fixture(scope="module")
def served():
    with gr.Blocks() as demo:
        voice = gr.Audio(label="Voice")
        louder = gr.Audio(label="Louder")
        pitch = gr.Number(label="Pitch")
        film = gr.Video(label="Film")
        name = gr.Textbox(label="Name")
        speech = gr.Audio(label="Speech", streaming=True)
        long = gr.Audio(label="Long")
        go = gr.Button()

        def double(audio):
            rate, samples = audio
            return rate, np.clip(samples.astype(np.int32) * 2, -32768, 32767).astype(np.int16)

        def speak(n):
            for i in range(int(n)):
                yield 16000, tone16(300 + 100 * i, 0.2)

        go.click(double, voice, louder, api_name="double")
        go.click(lambda a: dominant_frequency(a[1], a[0]), voice, pitch, api_name="pitch")
        go.click(lambda p: (Path(p).name, p), film, [name, film], api_name="film")
        go.click(speak, pitch, speech, api_name="speak")
        go.click(lambda n: ((chunk, f"said {i}") for i, chunk in enumerate(speak(n))), pitch, [speech, name], api_name="narrate")
        go.click(lambda n: (yield from (str(i) for i in range(int(n)))), pitch, name, api_name="count")
        go.click(lambda: (16000, tone16(seconds=120)), None, long, api_name="long")
    demo.launch(server_port=0, prevent_thread_lock=True, quiet=True)
    yield demo
    demo.close()


@pytest.fixture
def http(served):
    with httpx.Client(base_url=served.local_url.rstrip("/"), timeout=10) as client:
        yield client


def client(demo, download_files=None) -> Client:
    kwargs = {} if download_files is None else {"download_files": download_files}
    return Client(demo.local_url, verbose=False, analytics_enabled=False, **kwargs)


def wav(path: Path, rate: int, samples: np.ndarray) -> Path:
    path.write_bytes(_audio.write_wav(rate, samples))
    return path


def test_gradio_client_sends_and_receives_audio(served, tmp_path):
    samples = tone16(440, 0.5, amplitude=0.25)
    c = client(served)
    out = c.predict(handle_file(str(wav(tmp_path / "in.wav", 16000, samples))), api_name="/double")
    rate, doubled = _audio.read_wav(Path(out).read_bytes())
    assert rate == 16000 and np.array_equal(doubled, np.clip(samples.astype(np.int32) * 2, -32768, 32767))
    assert abs(c.predict(handle_file(str(tmp_path / "in.wav")), api_name="/pitch") - 440) < 3


@needs_ffmpeg
def test_gradio_client_sends_and_receives_video(served, tmp_path):
    source = clip(tmp_path / "clip.mp4")
    name, path = client(served).predict(handle_file(str(source)), api_name="/film")
    assert name == "clip.mp4"
    assert Path(path).read_bytes() == source.read_bytes()


def test_a_streamed_output_reaches_the_client_as_chunks_then_the_whole(served):
    job = client(served).submit(3, api_name="/speak")
    whole = job.result(timeout=TIMEOUT)
    outputs = job.outputs()
    assert len(outputs) >= 2
    for chunk in outputs[:-1]:  # each chunk is fetched from its URL, a WAV of its own
        assert _audio.read_wav(Path(chunk).read_bytes())[1].shape == (3200,)
    rate, joined = _audio.read_wav(Path(whole).read_bytes())
    assert rate == 16000 and len(joined) == 3 * 3200
    assert [round(dominant_frequency(joined[i * 3200:(i + 1) * 3200], rate), -2) for i in range(3)] == [300, 400, 500]


def test_the_result_of_a_streamed_output_with_others_keeps_their_last_values(served):
    job = client(served).submit(2, api_name="/narrate")
    whole, said = job.result(timeout=TIMEOUT)
    assert said == "said 1"  # as in Gradio: the last yield, with the joined file
    assert len(_audio.read_wav(Path(whole).read_bytes())[1]) == 2 * 3200


def test_a_plain_generator_still_ends_with_its_last_value(served):
    job = client(served).submit(3, api_name="/count")  # no streamed media output: nothing is joined
    assert job.result(timeout=TIMEOUT) == "2"
    outputs = job.outputs()  # yields faster than the stream interval are sent as the latest
    assert outputs[0] == "0" and outputs[-1] == "2"


def _long_file(served, http) -> tuple[str, bytes]:
    c = client(served, download_files=False)
    fd = c.predict(api_name="/long")
    url = fd["url"]
    whole = http.get(url)
    assert whole.status_code == 200 and whole.headers["accept-ranges"] == "bytes"
    return url, whole.content


def test_range_requests_serve_parts_of_a_file(served, http):
    url, whole = _long_file(served, http)
    size = len(whole)
    part = http.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206
    assert part.headers["content-range"] == f"bytes 100-199/{size}"
    assert part.headers["content-length"] == "100" and part.content == whole[100:200]
    tail = http.get(url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == whole[-10:]
    assert tail.headers["content-range"] == f"bytes {size - 10}-{size - 1}/{size}"
    rest = http.get(url, headers={"Range": f"bytes={size - 5}-"})
    assert rest.content == whole[-5:] and rest.headers["content-range"] == f"bytes {size - 5}-{size - 1}/{size}"
    clipped = http.get(url, headers={"Range": f"bytes={size - 2}-{size + 100}"})
    assert clipped.status_code == 206 and clipped.content == whole[-2:]
    head = http.head(url, headers={"Range": "bytes=0-9"})
    assert head.status_code == 206 and head.headers["content-length"] == "10" and head.content == b""


def test_ranges_the_server_does_not_serve(served, http):
    url, whole = _long_file(served, http)
    size = len(whole)
    past = http.get(url, headers={"Range": f"bytes={size}-"})
    assert past.status_code == 416 and past.headers["content-range"] == f"bytes */{size}"
    for header in ("bytes=0-1,5-9", "lines=1-2", "bytes=9-3", "bytes=-"):
        full = http.get(url, headers={"Range": header})
        assert full.status_code == 200 and len(full.content) == size, header
    etag = http.head(url).headers["etag"]
    same = http.get(url, headers={"Range": "bytes=0-3", "If-Range": etag})
    assert same.status_code == 206
    other = http.get(url, headers={"Range": "bytes=0-3", "If-Range": '"not-this-one"'})
    assert other.status_code == 200 and len(other.content) == size


def test_ranges_only_for_issued_files(served, http, tmp_path):
    secret = tmp_path / "secret.wav"
    secret.write_bytes(b"RIFF")
    prefix = "/gradio_api/file="
    for path in (str(secret), "../../etc/passwd", "00000000000000000000000000000000/secret.wav"):
        refused = http.get(prefix + path, headers={"Range": "bytes=0-3"})
        assert refused.status_code == 404


def test_a_browser_can_seek_in_a_served_file(served, http):
    """What a player does: ask for the start, then jump to the middle."""
    url, whole = _long_file(served, http)
    first = http.get(url, headers={"Range": "bytes=0-"}, )
    assert first.status_code == 206 and first.content == whole
    middle = len(whole) // 2
    jump = http.get(url, headers={"Range": f"bytes={middle}-{middle + 65535}"})
    assert jump.content == whole[middle:middle + 65536]
