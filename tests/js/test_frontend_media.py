"""Audio, Video and Model3D views in the harness page, in a Chromium with fake media devices
(a generated WAV as the microphone, Chromium's test pattern as the webcam) and software
WebGL. The harness stands in for the kernel's file transfer; the kernel side is covered by
tests/test_audio.py, tests/test_video.py, tests/test_model3d.py and the JupyterLab tests.
"""

from __future__ import annotations

import base64
import io
import json
import struct
import sys
from pathlib import Path

import numpy as np
import pytest

from frontend_harness import drop_file, kernel_send, kernel_set, messages, mount, open_harness, wire
from support import chromium

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from media_support import FFMPEG, IN_CI, clip, dominant_frequency, tone16  # noqa: E402

from nbblocks import _audio  # noqa: E402

MIC_HZ = 440
# Each AudioBufferSourceNode started on the page: when, how long, and its pitch (zero
# crossings of the first channel), so a test can check streamed chunks play in order.
RECORD_STARTS = """
window.__starts = [];
const start = AudioBufferSourceNode.prototype.start;
AudioBufferSourceNode.prototype.start = function (when = 0, ...rest) {
  const b = this.buffer;
  let crossings = 0;
  if (b) {
    const d = b.getChannelData(0);
    for (let i = 1; i < d.length; i++) if ((d[i - 1] < 0) !== (d[i] < 0)) crossings++;
  }
  window.__starts.push({ when, duration: b ? b.duration : 0, hz: b ? crossings / 2 / b.duration : 0,
                         now: this.context.currentTime });
  return start.call(this, when, ...rest);
};
"""


@pytest.fixture(scope="module")
def mic_wav(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("mic") / "mic.wav"
    path.write_bytes(_audio.write_wav(48000, tone16(MIC_HZ, 10.0, 48000, 0.5)))
    return path


@pytest.fixture(scope="module")
def browser(mic_wav):
    with chromium.launched(
        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
        f"--use-file-for-fake-audio-capture={mic_wav}", "--autoplay-policy=no-user-gesture-required",
        "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--ignore-gpu-blocklist", webgl=True,
    ) as browser:
        yield browser


@pytest.fixture
def page(browser, server_url):
    page = open_harness(browser, server_url)
    page.add_init_script(RECORD_STARTS)
    page.reload()
    page.wait_for_function("window.nbReady === true")
    yield page
    errors = [e for e in page.js_errors if "autoplay" not in e.lower()]
    page.context.close()
    assert not errors, f"errors in the page: {errors}"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def wav_bytes(freq=440.0, seconds=0.5, rate=16000) -> bytes:
    return _audio.write_wav(rate, tone16(freq, seconds, rate))


def add_file(page, name: str, data: bytes, mime: str) -> dict:
    return page.evaluate("([n, b, m]) => nb.addFile(n, b, m)", [name, b64(data), mime])


def blob(data: bytes, mime: str) -> dict:
    return {"kind": "file", "mime": mime, "data": {"b64": b64(data)}}


def events(page, key, skip=()):
    return [e[1] for e in wire(page, key) if e[0] == "event" and e[1] not in skip]


def wait_events(page, key, expected, skip=()):
    """Wait until the view has sent as many events as expected (media events fire as tasks),
    then compare them."""
    page.wait_for_function(
        """([key, n, skip]) => nb.messages(key).filter(m => m.content && m.content.type === 'event'
                                                     && !skip.includes(m.content.event)).length >= n""",
        arg=[key, len(expected), list(skip)])
    assert events(page, key, skip) == expected


def uploads(page, key):
    return [m["content"] for m in messages(page, key) if m["kind"] == "custom" and m["content"]["type"] == "upload"]


def uploaded(page, fd) -> bytes:
    return base64.b64decode(page.evaluate("(h) => nb.fileB64(h)", fd["path"]))


def frame(page, elem_id):
    return page.locator(f'#{elem_id} [data-nbblocks-part="frame"]')


# -- gr.Audio -------------------------------------------------------------------------------


def test_audio_plays_a_value_with_its_waveform_and_reports_player_events(page):
    data = wav_bytes(seconds=0.4)
    handle = "a" * 32 + "/tone.wav"
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "interactive": False},
                 "value": {"path": handle, "orig_name": "tone.wav", "mime_type": "audio/wav", "meta": {"_type": "gradio.FileData"}},
                 "blobs": {handle: blob(data, "audio/wav")}, "events": ["play", "pause", "stop"]})
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"][data-waveform="true"]')
    assert page.locator('#a [data-nbblocks-part="time"]').inner_text() == "0:00 / 0:00"
    drawn = page.evaluate("""() => {
        const c = document.querySelector('#a canvas[data-nbblocks-part="waveform"]');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n / (c.width * c.height); }""")
    assert drawn > 0.3  # a loud tone fills most of the waveform's height
    assert page.locator('#a [data-nbblocks-part="trim"]').is_hidden()  # not interactive: no trim tool
    page.click('#a [data-nbblocks-part="play"]')
    page.wait_for_function("() => document.querySelector('#a audio').ended")
    wait_events(page, "a", ["play", "stop"])
    # Played again, looping so that the short clip cannot end (a "stop") before the second
    # click pauses it, however long the click takes on a loaded machine.
    page.evaluate("() => { const a = document.querySelector('#a audio'); a.loop = true; a.currentTime = 0.05; }")
    page.click('#a [data-nbblocks-part="play"]')
    page.wait_for_function("() => !document.querySelector('#a audio').paused")
    page.click('#a [data-nbblocks-part="play"]')
    wait_events(page, "a", ["play", "stop", "play", "pause"])
    assert not page.locator('#a [data-nbblocks-part="clear"]').count()
    with page.expect_download() as download:
        page.click('#a [data-nbblocks-part="download"]')
    assert Path(download.value.path()).read_bytes() == data


def test_audio_autoplays_values_from_the_kernel_and_loops(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "interactive": False, "autoplay": True, "loop": True}})
    fd = add_file(page, "hello.wav", wav_bytes(seconds=0.3), "audio/wav")
    page.evaluate("""() => { const a = document.querySelector('#a audio'); let last = 0; window.__wrapped = false;
        a.addEventListener('timeupdate', () => { if (a.currentTime < last) window.__wrapped = true; last = a.currentTime; }); }""")
    kernel_set(page, "a", {"value": fd})
    page.wait_for_function("() => window.__wrapped")  # back at the start after the end: it loops
    assert frame(page, "a").get_attribute("data-autoplay") == "playing"
    assert page.evaluate("() => document.querySelector('#a audio').loop")
    assert events(page, "a")[0] == "play"


def test_audio_upload_and_a_file_that_is_not_audio(page, tmp_path):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a"}})
    (tmp_path / "notes.txt").write_text("hello")
    page.set_input_files('#a input[data-nbblocks-part="file-input"]', str(tmp_path / "notes.txt"))
    page.wait_for_selector('#a [data-nbblocks-part="upload-error"]:not([hidden])')
    assert "notes.txt is not an audio file" in page.inner_text('#a [data-nbblocks-part="upload-error"]')
    assert uploads(page, "a") == []
    (tmp_path / "tone.wav").write_bytes(wav_bytes())
    page.set_input_files('#a input[data-nbblocks-part="file-input"]', str(tmp_path / "tone.wav"))
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"]')
    assert events(page, "a") == ["upload", "input", "change"]
    value = page.evaluate("() => nb.model('a').get('value')")
    assert uploaded(page, value) == wav_bytes()
    page.click('#a [data-nbblocks-part="clear"]')
    assert events(page, "a")[-3:] == ["clear", "input", "change"]
    assert page.evaluate("() => nb.model('a').get('value')") is None
    assert frame(page, "a").get_attribute("data-state") == "upload"


def test_audio_takes_a_dropped_file(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a"}})
    drop_file(page, '#a [data-nbblocks-part="dropzone"]', "dropped.wav", wav_bytes(), "audio/wav")
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"]')
    assert uploads(page, "a")[0]["name"] == "dropped.wav"
    assert events(page, "a") == ["upload", "input", "change"]
    assert uploaded(page, page.evaluate("() => nb.model('a').get('value')")) == wav_bytes()


def test_audio_records_the_microphone_with_pause_and_a_level_meter(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "sources": ["microphone", "upload"]}})
    assert page.locator('#a [data-nbblocks-part="source-microphone"]').get_attribute("aria-pressed") == "true"
    page.click('#a [data-nbblocks-part="record"]')
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-state="recording"]')
    page.wait_for_function("() => Number(document.querySelector('#a [data-nbblocks-part=level]').getAttribute('aria-valuenow')) > 10")
    page.wait_for_function("() => document.querySelector('#a [data-nbblocks-part=record-time]').textContent === '0:01'")
    page.click('#a [data-nbblocks-part="record-pause"]')
    assert frame(page, "a").get_attribute("data-state") == "paused"
    page.click('#a [data-nbblocks-part="record-pause"]')
    page.click('#a [data-nbblocks-part="record-stop"]')
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"]')
    assert events(page, "a") == ["start_recording", "pause_recording", "stop_recording", "input", "change"]
    value = page.evaluate("() => nb.model('a').get('value')")
    assert value["orig_name"] == "recording.wav"
    rate, samples = _audio.read_wav(uploaded(page, value))
    assert samples.ndim == 1 and len(samples) > rate  # more than a second, in mono
    assert np.abs(samples).max() > 3000
    assert abs(dominant_frequency(samples, rate) - MIC_HZ) < 5


def test_audio_recording_prop_starts_and_stops_the_microphone(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "sources": ["microphone"], "recording": True}})
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-state="recording"]')
    page.wait_for_function("() => document.querySelector('#a [data-nbblocks-part=record-time]').textContent === '0:01'")
    kernel_set(page, "a", {"props": {**page.evaluate("() => nb.model('a').get('props')"), "recording": False}})
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"]')
    assert events(page, "a") == ["start_recording", "stop_recording", "input", "change"]


def test_audio_streams_the_microphone_every_stream_every(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "sources": ["microphone"], "streaming": True,
                                                        "stream_every": 0.2, "time_limit": None}})
    assert "Start streaming" in page.inner_text('#a [data-nbblocks-part="record"]')
    page.click('#a [data-nbblocks-part="record"]')
    page.wait_for_function("() => nb.messages('a').filter(m => m.content && m.content.event === 'stream').length >= 4")
    page.click('#a [data-nbblocks-part="record-stop"]')
    sent = [m["content"] for m in messages(page, "a") if m["kind"] == "custom" and m["content"].get("event") == "stream"]
    first = [u for u in uploads(page, "a") if u["index"] == 0]
    assert all(u["stream"] for u in first) and {u["name"] for u in first} == {"stream.wav"}
    lengths = []
    for content in sent[:4]:
        rate, samples = _audio.read_wav(uploaded(page, content["value"]))
        lengths.append(len(samples) / rate)
        assert abs(dominant_frequency(samples, rate) - MIC_HZ) < 15
    # Each chunk holds what was recorded since the one before: about stream_every, more when
    # the page was busy uploading the previous chunk (a busy machine).
    assert all(0.05 < s < 3 for s in lengths) and min(lengths) < 0.5, lengths
    assert events(page, "a", skip=("stream",)) == ["start_recording", "stop_recording"]


def test_audio_stream_stops_at_the_time_limit(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "sources": ["microphone"], "streaming": True,
                                                        "stream_every": 0.1, "time_limit": 0.5}})
    page.click('#a [data-nbblocks-part="record"]')
    page.wait_for_function("() => nb.messages('a').some(m => m.content && m.content.event === 'stop_recording')")
    assert frame(page, "a").get_attribute("data-state") == "microphone"


def test_audio_trims_to_the_chosen_part(page):
    data = _audio.write_wav(16000, np.concatenate([tone16(440, 1.0), tone16(880, 1.0)]))
    fd = add_file(page, "two.wav", data, "audio/wav")
    mount(page, {"view": "audio", "key": "a", "value": fd, "props": {"elem_id": "a",
                 "waveform_options": {"sample_rate": 8000, "trim_region_color": "red"}}})
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"]')
    page.click('#a [data-nbblocks-part="trim"]')
    page.fill('#a [data-nbblocks-part="trim-start"]', "1")
    page.fill('#a [data-nbblocks-part="trim-end"]', "2")
    page.click('#a [data-nbblocks-part="trim-apply"]')
    page.wait_for_function("() => (nb.model('a').get('value') || {}).orig_name === 'two-trimmed.wav'")
    assert events(page, "a") == ["input", "change"]
    rate, kept = _audio.read_wav(uploaded(page, page.evaluate("() => nb.model('a').get('value')")))
    assert rate == 8000 and abs(len(kept) - 8000) <= 2
    assert abs(dominant_frequency(kept, rate) - 880) < 5


def test_audio_subtitles_follow_playback(page):
    fd = add_file(page, "tone.wav", wav_bytes(seconds=1.0), "audio/wav")
    mount(page, {"view": "audio", "key": "a", "value": fd, "props": {"elem_id": "a", "interactive": False,
                 "subtitles": [{"start": 0, "end": 0.5, "text": "first"}, {"start": 0.5, "end": 1.0, "text": "second"}]}})
    page.wait_for_selector('#a [data-nbblocks-part="caption"]:not([hidden])')
    assert page.inner_text('#a [data-nbblocks-part="caption"]') == "first"
    page.evaluate("() => { document.querySelector('#a audio').currentTime = 0.7; }")
    page.wait_for_function("() => document.querySelector('#a [data-nbblocks-part=caption]').textContent === 'second'")


def test_audio_plays_streamed_chunks_in_order_without_gaps(page):
    mount(page, {"view": "audio", "key": "a", "props": {"elem_id": "a", "interactive": False, "streaming": True, "autoplay": True},
                 "events": ["play", "stop"]})
    freqs = [300, 500, 700, 900]
    for i, freq in enumerate(freqs):
        data = wav_bytes(freq, 0.25)
        fd = add_file(page, "chunk.wav", data, "audio/wav")
        fd.update(is_stream=True, meta={"_type": "gradio.FileData", "stream": {"id": "s1", "index": i}})
        kernel_set(page, "a", {"value": fd, "blobs": {fd["path"]: blob(data, "audio/wav")}})
    whole = add_file(page, "audio-stream.wav", _audio.write_wav(16000, np.concatenate([tone16(f, 0.25) for f in freqs])), "audio/wav")
    whole["meta"] = {"_type": "gradio.FileData", "stream": {"id": "s1", "chunks": 4}}
    kernel_set(page, "a", {"value": whole, "blobs": {}})
    page.wait_for_selector('#a [data-nbblocks-part="stream"][data-scheduled="4"]')
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-state="audio"][data-loaded="true"]', timeout=20000)
    starts = page.evaluate("() => window.__starts")
    assert [round(s["hz"], -2) for s in starts] == freqs
    for before, after in zip(starts, starts[1:]):
        assert after["when"] == pytest.approx(before["when"] + before["duration"], abs=1e-6)  # back to back
    assert events(page, "a") == ["play", "stop"]
    assert page.evaluate("() => nb.model('a').get('value').orig_name") == "audio-stream.wav"


def test_audio_reads_a_long_file_in_ranges(page):
    data = _audio.write_wav(16000, tone16(seconds=150))  # 4.8 MB: two ranges, the last one short
    fd = add_file(page, "long.wav", data, "audio/wav")
    mount(page, {"view": "audio", "key": "a", "value": fd, "props": {"elem_id": "a", "interactive": False}})
    page.wait_for_selector('#a [data-nbblocks-part="frame"][data-loaded="true"]', timeout=60000)
    asked = page.evaluate("() => nb.fileRequests")
    assert [(r["offset"], r["length"]) for r in asked] == [(0, 4 << 20), (4 << 20, 4 << 20)]
    assert page.evaluate("() => document.querySelector('#a audio').duration") == pytest.approx(150, abs=0.01)
    page.evaluate("() => { document.querySelector('#a audio').currentTime = 140; }")
    page.wait_for_function("() => Math.abs(document.querySelector('#a audio').currentTime - 140) < 0.5")


# -- gr.MultimodalTextbox's microphone -------------------------------------------------------


def test_multimodal_textbox_records_the_microphone_into_its_files(page):
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mm", "sources": ["upload", "microphone"]}})
    mic = page.locator('#mm [data-nbblocks-part="microphone"]')
    assert mic.is_visible() and page.locator('#mm [data-nbblocks-part="attach"]').is_visible()
    page.locator('#mm [data-nbblocks-part="input"]').fill("what is said?")
    mic.click()
    panel = page.locator('#mm [data-nbblocks-part="recording"]')
    panel.wait_for()
    assert mic.get_attribute("aria-pressed") == "true"
    page.wait_for_function("() => Number(document.querySelector('#mm [data-nbblocks-part=level]').getAttribute('aria-valuenow')) > 10")
    page.wait_for_function("() => document.querySelector('#mm [data-nbblocks-part=record-time]').textContent === '0:01'")
    page.click('#mm [data-nbblocks-part="record-pause"]')
    assert panel.get_attribute("data-state") == "paused"
    page.click('#mm [data-nbblocks-part="record-pause"]')
    page.click('#mm [data-nbblocks-part="record-stop"]')
    page.locator('#mm [data-nbblocks-part="file"]').wait_for()
    assert panel.is_hidden() and mic.get_attribute("aria-pressed") == "false"
    # The recording went up as a WAV file and the value sent to the kernel carries it in files.
    assert [u["name"] for u in uploads(page, "m")] == ["audio.wav"]
    sent = [e[1]["value"] for e in wire(page, "m") if e[0] == "update"][-1]
    assert sent["text"] == "what is said?" and len(sent["files"]) == 1
    fd = sent["files"][0]
    assert fd["orig_name"] == "audio.wav"
    rate, samples = _audio.read_wav(uploaded(page, fd))
    assert samples.ndim == 1 and len(samples) > rate
    assert abs(dominant_frequency(samples, rate) - MIC_HZ) < 5
    page.locator('#mm [data-nbblocks-part="input"]').press("Enter")
    assert events(page, "m")[-1] == "submit"


def test_multimodal_textbox_without_microphone_source_shows_no_microphone(page):
    mount(page, {"view": "multimodaltextbox", "key": "m", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mm"}})
    page.locator('#mm [data-nbblocks-part="attach"]').wait_for()
    assert page.locator('#mm [data-nbblocks-part="microphone"]').is_hidden()
    mount(page, {"view": "multimodaltextbox", "key": "n", "value": {"text": "", "files": []},
                 "props": {"elem_id": "mn", "sources": ["microphone"]}})
    page.locator('#mn [data-nbblocks-part="microphone"]').wait_for()
    assert page.locator('#mn [data-nbblocks-part="attach"]').is_hidden()


# -- gr.Video -------------------------------------------------------------------------------


needs_ffmpeg = pytest.mark.skipif(not FFMPEG and not IN_CI, reason="ffmpeg is not installed")


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    if not FFMPEG:
        return None
    folder = tmp_path_factory.mktemp("clips")
    return {"mp4": clip(folder / "clip.mp4", seconds=1.0), "avi": clip(folder / "clip.avi", codec="mpeg4"),
            "a": clip(folder / "a.mp4", seconds=0.5), "b": clip(folder / "b.mp4", seconds=0.5)}


@needs_ffmpeg
def test_video_plays_with_subtitles_and_reports_events(page, clips):
    data = clips["mp4"].read_bytes()
    fd = add_file(page, "clip.mp4", data, "video/mp4")
    subs = add_file(page, "clip.vtt", b"WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nHello there\n", "text/vtt")
    mount(page, {"view": "video", "key": "v", "value": fd, "props": {"elem_id": "v", "interactive": False, "subtitles": subs}})
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-loaded="true"]')
    page.wait_for_selector('#v track[data-nbblocks-part="subtitles"]', state="attached")
    # a user gesture on the page, away from the video: a click on a <video controls> makes
    # Chromium toggle playback itself (after its double-click delay), racing the play() below
    page.mouse.click(1, 1)
    page.evaluate("() => document.querySelector('#v video').play()")
    page.wait_for_function("() => document.querySelector('#v video').ended", timeout=20000)
    cue = page.evaluate("() => { const t = document.querySelector('#v video').textTracks[0]; return [t.mode, t.cues.length, t.cues[0].text]; }")
    assert cue == ["showing", 1, "Hello there"]
    assert events(page, "v") == ["play", "end", "stop"]


@needs_ffmpeg
def test_video_asks_the_kernel_for_a_preview_of_what_it_cannot_play(page, clips):
    fd = add_file(page, "clip.avi", clips["avi"].read_bytes(), "video/x-msvideo")
    mount(page, {"view": "video", "key": "v", "value": fd, "props": {"elem_id": "v"}})
    page.wait_for_function("() => nb.messages('v').some(m => m.content && m.content.type === 'server_call')")
    call = next(m["content"] for m in messages(page, "v") if m["content"].get("type") == "server_call")
    assert call["fn"] == "playable_preview" and call["args"][0]["path"] == fd["path"]
    preview = add_file(page, "clip.mp4", clips["mp4"].read_bytes(), "video/mp4")
    kernel_send(page, "v", {"type": "server_result", "id": call["id"], "page": call["page"], "value": preview})
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-preview="converted"]')
    page.evaluate("() => document.querySelector('#v video').play()")
    page.wait_for_function("() => document.querySelector('#v video').currentTime > 0.2")
    assert page.evaluate("() => nb.model('v').get('value').orig_name") == "clip.avi"  # the value is unchanged


@needs_ffmpeg
def test_video_says_when_no_preview_can_be_made(page, clips):
    fd = add_file(page, "clip.avi", clips["avi"].read_bytes(), "video/x-msvideo")
    mount(page, {"view": "video", "key": "v", "value": fd, "props": {"elem_id": "v"}})
    page.wait_for_function("() => nb.messages('v').some(m => m.content && m.content.type === 'server_call')")
    call = next(m["content"] for m in messages(page, "v") if m["content"].get("type") == "server_call")
    kernel_send(page, "v", {"type": "server_result", "id": call["id"], "page": call["page"],
                            "error": "Video: a playable preview of 'clip.avi' needs ffmpeg and ffprobe, which is not installed."})
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-preview="failed"]')
    assert "needs ffmpeg" in page.inner_text('#v [data-nbblocks-part="note"]')


def test_video_records_the_webcam(page):
    mount(page, {"view": "video", "key": "v", "props": {"elem_id": "v", "sources": ["webcam"], "include_audio": False,
                                                        "webcam_options": {"mirror": True, "constraints": None}}})
    page.click('#v [data-nbblocks-part="webcam-start"]')
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-state="webcam"]')
    assert "nbb-mirrored" in page.get_attribute('#v [data-nbblocks-part="webcam-video"]', "class")
    page.wait_for_function("() => document.querySelector('#v [data-nbblocks-part=webcam-video]')?.videoWidth > 0")
    page.click('#v [data-nbblocks-part="record"]')
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-state="recording"]')
    page.wait_for_timeout(1000)  # a second of video: the length of the recording, not a wait for an event
    page.click('#v [data-nbblocks-part="record"]')
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-loaded="true"]', timeout=20000)
    assert events(page, "v") == ["start_recording", "stop_recording", "input", "change"]
    value = page.evaluate("() => nb.model('v').get('value')")
    assert value["orig_name"] == "webcam.webm"
    assert uploaded(page, value)[:4] == b"\x1a\x45\xdf\xa3"  # a WebM (Matroska) file


@needs_ffmpeg
def test_video_plays_streamed_chunks_one_after_the_other(page, clips):
    mount(page, {"view": "video", "key": "v", "props": {"elem_id": "v", "interactive": False, "streaming": True, "autoplay": True}})
    # Every chunk the frame shows, in order (a short chunk may be over before the test looks).
    page.evaluate("""() => { window.__chunks = []; const f = document.querySelector('#v [data-nbblocks-part="frame"]');
        new MutationObserver(() => { const c = f.dataset.chunk; if (c !== undefined && window.__chunks.at(-1) !== c) window.__chunks.push(c); })
            .observe(f, {attributes: true, attributeFilter: ["data-chunk"]}); }""")
    for i, name in enumerate(("a", "b")):
        data = clips[name].read_bytes()
        fd = add_file(page, f"{name}.mp4", data, "video/mp4")
        fd.update(is_stream=True, meta={"_type": "gradio.FileData", "stream": {"id": "s", "index": i}})
        kernel_set(page, "v", {"value": fd, "blobs": {fd["path"]: blob(data, "video/mp4")}})
    page.wait_for_function("() => window.__chunks.includes('1')", timeout=20000)
    assert page.evaluate("() => window.__chunks") == ["0", "1"]
    whole = add_file(page, "video-stream.mp4", clips["mp4"].read_bytes(), "video/mp4")
    whole["meta"] = {"_type": "gradio.FileData", "stream": {"id": "s", "chunks": 2}}
    kernel_set(page, "v", {"value": whole, "blobs": {}})
    page.wait_for_selector('#v [data-nbblocks-part="frame"][data-state="video"][data-loaded="true"]', timeout=20000)
    assert events(page, "v") == ["play", "end", "stop"]


@needs_ffmpeg
def test_video_autoplays_values_from_the_kernel_and_loops(page, clips):
    mount(page, {"view": "video", "key": "v", "props": {"elem_id": "v", "interactive": False, "autoplay": True, "loop": True}})
    fd = add_file(page, "a.mp4", clips["a"].read_bytes(), "video/mp4")
    page.evaluate("""() => { let last = 0; window.__wrapped = false;  // the <video> is made when a value comes
        document.querySelector('#v').addEventListener('timeupdate', (e) => {
            if (e.target.currentTime < last) window.__wrapped = true; last = e.target.currentTime; }, true); }""")
    kernel_set(page, "v", {"value": fd})
    page.wait_for_function("() => window.__wrapped", timeout=20000)  # back at the start after the end: it loops
    assert frame(page, "v").get_attribute("data-autoplay") == "playing"
    assert page.evaluate("() => document.querySelector('#v video').loop")
    assert events(page, "v")[0] == "play"


def test_video_refuses_a_file_that_is_not_video(page, tmp_path):
    mount(page, {"view": "video", "key": "v", "props": {"elem_id": "v"}})
    (tmp_path / "song.txt").write_text("la la")
    page.set_input_files('#v input[data-nbblocks-part="file-input"]', str(tmp_path / "song.txt"))
    page.wait_for_selector('#v [data-nbblocks-part="upload-error"]:not([hidden])')
    assert uploads(page, "v") == []


# -- gr.Model3D -------------------------------------------------------------------------------

CUBE_OBJ = b"""v -1 -1 -1\nv 1 -1 -1\nv 1 1 -1\nv -1 1 -1\nv -1 -1 1\nv 1 -1 1\nv 1 1 1\nv -1 1 1
f 1 2 3 4\nf 5 8 7 6\nf 1 5 6 2\nf 2 6 7 3\nf 3 7 8 4\nf 5 1 4 8
"""


def triangle_glb() -> bytes:
    """A glTF binary with one triangle (positions only)."""
    positions = struct.pack("<9f", -1, -1, 0, 1, -1, 0, 0, 1, 0)
    doc = {
        "asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0]}], "nodes": [{"mesh": 0}],
        "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}],
        "buffers": [{"byteLength": len(positions)}],
        "bufferViews": [{"buffer": 0, "byteLength": len(positions)}],
        "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3",
                       "min": [-1, -1, 0], "max": [1, 1, 0]}],
    }
    text = json.dumps(doc).encode()
    text += b" " * (-len(text) % 4)
    body = struct.pack("<II", len(text), 0x4E4F534A) + text + struct.pack("<II", len(positions), 0x004E4942) + positions
    return struct.pack("<III", 0x46546C67, 2, 12 + len(body)) + body


STL = b"solid t\nfacet normal 0 0 1\nouter loop\nvertex -1 -1 0\nvertex 1 -1 0\nvertex 0 1 0\nendloop\nendfacet\nendsolid t\n"
PLY_POINTS = (b"ply\nformat ascii 1.0\nelement vertex 4\nproperty float x\nproperty float y\nproperty float z\nend_header\n"
              b"0 0 0\n1 0 0\n0 1 0\n0 0 1\n")


def canvas_pixels(page, elem_id):
    from PIL import Image

    url = page.evaluate(f"() => document.querySelector('#{elem_id} canvas[data-nbblocks-part=canvas]').toDataURL('image/png')")
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(url.split(",", 1)[1]))).convert("RGBA"))


@pytest.mark.parametrize("name, data, mime, vertices", [
    ("cube.obj", CUBE_OBJ, "model/obj", 36),
    ("tri.glb", triangle_glb(), "model/gltf-binary", 3),
    ("tri.stl", STL, "model/stl", 3),
    ("points.ply", PLY_POINTS, "application/ply", 4),
])
def test_model3d_draws_each_format(page, name, data, mime, vertices):
    fd = add_file(page, name, data, mime)
    mount(page, {"view": "model3d", "key": "m", "value": fd, "blobs": {fd["path"]: blob(data, mime)},
                 "props": {"elem_id": "m", "interactive": False, "clear_color": [0, 0, 1, 1], "camera_position": [None, None, None]}})
    page.wait_for_selector('#m [data-nbblocks-part="frame"][data-loaded="true"]', timeout=30000)
    assert int(page.get_attribute('#m [data-nbblocks-part="frame"]', "data-vertices")) == vertices
    pixels = canvas_pixels(page, "m")
    assert tuple(pixels[2, 2]) == (0, 0, 255, 255)  # the clear colour in the corner
    height, width = pixels.shape[:2]
    if not name.endswith(".ply"):
        centre = pixels[height // 2 - 5:height // 2 + 5, width // 2 - 5:width // 2 + 5].reshape(-1, 4)
        assert (np.abs(centre[:, :3].astype(int) - [0, 0, 255]).sum(axis=1) > 60).all()  # the model covers the centre


def test_model3d_display_modes_and_camera(page):
    fd = add_file(page, "cube.obj", CUBE_OBJ, "model/obj")
    mount(page, {"view": "model3d", "key": "m", "value": fd, "props": {"elem_id": "m", "interactive": False,
                 "clear_color": [1, 1, 1, 1], "display_mode": "wireframe", "camera_position": [0, 90, 20]}})
    page.wait_for_selector('#m [data-nbblocks-part="frame"][data-loaded="true"]', timeout=30000)
    wire_pixels = canvas_pixels(page, "m")
    covered = (np.abs(wire_pixels[:, :, :3].astype(int) - 255).sum(axis=2) > 60).mean()
    props = page.evaluate("() => nb.model('m').get('props')")
    kernel_set(page, "m", {"props": {**props, "display_mode": "solid"}})
    page.wait_for_function("() => Number(document.querySelector('#m [data-nbblocks-part=frame]').dataset.rendered) > 2")
    solid = (np.abs(canvas_pixels(page, "m")[:, :, :3].astype(int) - 255).sum(axis=2) > 60).mean()
    assert solid > covered * 2  # a wireframe covers much less of the picture than the solid cube
    assert solid < 0.2  # seen from 20 units away, the cube is small


def test_model3d_zoom_and_pan_speeds(page):
    fd = add_file(page, "cube.obj", CUBE_OBJ, "model/obj")
    mount(page, {"view": "model3d", "key": "m", "value": fd, "props": {"elem_id": "m", "interactive": False}})
    page.wait_for_selector('#m [data-nbblocks-part="frame"][data-loaded="true"]', timeout=30000)
    canvas = page.locator('#m [data-nbblocks-part="canvas"]').bounding_box()
    middle = (canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2)

    def camera() -> tuple[float, list[float]]:
        data = page.evaluate("() => { const d = document.querySelector('#m [data-nbblocks-part=frame]').dataset; return [d.distance, d.target]; }")
        return float(data[0]), [float(v) for v in data[1].split(",")]

    def zoom() -> float:  # one wheel step out: how many times further the camera is
        before, rendered = camera()[0], page.evaluate("() => document.querySelector('#m [data-nbblocks-part=frame]').dataset.rendered")
        page.mouse.move(*middle)
        page.mouse.wheel(0, 100)
        page.wait_for_function("(r) => document.querySelector('#m [data-nbblocks-part=frame]').dataset.rendered !== r", arg=rendered)
        return camera()[0] / before

    def pan() -> float:  # a 40-pixel drag with the right button: how far the target moved
        before = camera()[1]
        page.mouse.move(*middle)
        page.mouse.down(button="right")
        page.mouse.move(middle[0] + 40, middle[1], steps=4)
        page.mouse.up(button="right")
        page.wait_for_function("(t) => document.querySelector('#m [data-nbblocks-part=frame]').dataset.target !== t",
                               arg=",".join(f"{v:.4f}" for v in before))
        return float(np.linalg.norm(np.subtract(camera()[1], before)))

    slow_zoom, slow_pan = zoom(), pan()
    props = page.evaluate("() => nb.model('m').get('props')")
    kernel_set(page, "m", {"props": {**props, "zoom_speed": 3, "pan_speed": 2}})
    fast_zoom = zoom()
    assert slow_zoom > 1 and np.log(fast_zoom) / np.log(slow_zoom) == pytest.approx(3, rel=0.05)
    # Panning moves the target in proportion to the camera's distance, which zooming changed.
    assert pan() / slow_pan == pytest.approx(2 * fast_zoom, rel=0.1)


def test_model3d_upload_and_refusals(page, tmp_path):
    mount(page, {"view": "model3d", "key": "m", "props": {"elem_id": "m"}})
    (tmp_path / "scene.splat").write_bytes(b"\x00" * 32)
    page.set_input_files('#m input[data-nbblocks-part="file-input"]', str(tmp_path / "scene.splat"))
    page.wait_for_selector('#m [data-nbblocks-part="upload-error"]:not([hidden])')
    assert uploads(page, "m") == []
    (tmp_path / "cube.obj").write_bytes(CUBE_OBJ)
    page.set_input_files('#m input[data-nbblocks-part="file-input"]', str(tmp_path / "cube.obj"))
    page.wait_for_selector('#m [data-nbblocks-part="frame"][data-loaded="true"]', timeout=30000)
    assert events(page, "m") == ["upload", "change"]
    page.click('#m [data-nbblocks-part="clear"]')
    assert events(page, "m")[-2:] == ["clear", "change"]


def test_model3d_gltf_with_outside_files_says_so(page):
    doc = {"asset": {"version": "2.0"}, "buffers": [{"uri": "mesh.bin", "byteLength": 36}], "scenes": [{"nodes": []}], "scene": 0,
           "bufferViews": [{"buffer": 0, "byteLength": 36}],
           "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3"}],
           "meshes": [{"primitives": [{"attributes": {"POSITION": 0}}]}], "nodes": [{"mesh": 0}]}
    doc["scenes"][0]["nodes"] = [0]
    fd = add_file(page, "scene.gltf", json.dumps(doc).encode(), "model/gltf+json")
    mount(page, {"view": "model3d", "key": "m", "value": fd, "props": {"elem_id": "m", "interactive": False}})
    page.wait_for_selector('#m [data-nbblocks-part="frame"][data-loaded="error"]', timeout=30000)
    assert "embed them in the .gltf or use a .glb file" in page.inner_text('#m [data-nbblocks-part="message"]')
