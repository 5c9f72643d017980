"""Audio and Video in JupyterLab, in Chromium with fake devices: a generated 440 Hz WAV is
the microphone and Chromium's test pattern the webcam. Recording reaches the kernel as
samples of that tone; the microphone streams chunks to a listener; a TTS-style generator's
chunks play in order, back to back; a webcam recording reaches the kernel; a clip the
kernel returns plays. The widget renders in the notebook's own frame (no nested iframe),
so the microphone works inline."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
import numpy as np
import pytest
from playwright.sync_api import Locator, Page, expect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from media_support import FFMPEG, IN_CI, tone16  # noqa: E402

from nbblocks import _audio  # noqa: E402

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("NBBLOCKS_CHROMIUM", "/usr/bin/chromium"))
MIC_HZ = 440
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
]
# Each Web Audio buffer the page starts: when, how long, its pitch (zero crossings).
RECORD_STARTS = """
window.__starts = [];
const start = AudioBufferSourceNode.prototype.start;
AudioBufferSourceNode.prototype.start = function (when = 0, ...rest) {
  const b = this.buffer; let crossings = 0;
  if (b) { const d = b.getChannelData(0); for (let i = 1; i < d.length; i++) if ((d[i - 1] < 0) !== (d[i] < 0)) crossings++; }
  window.__starts.push({ when, duration: b ? b.duration : 0, hz: b ? crossings / 2 / b.duration : 0 });
  return start.call(this, when, ...rest);
};
"""

APP = '''\
import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import nbblocks as gr


def pitch(audio):
    if audio is None:
        return "none"
    rate, samples = audio
    mono = samples if samples.ndim == 1 else samples[:, 0]
    spectrum = np.abs(np.fft.rfft(mono.astype(float)))
    return f"{rate} {len(mono)} {round(np.argmax(spectrum) * rate / len(mono))} {int(np.abs(mono).max())}"


def speak():
    """A stand-in for a text-to-speech model: one chunk of speech at a time."""
    for freq in (300, 500, 700):
        t = np.arange(int(0.4 * 16000)) / 16000
        yield 16000, (0.3 * np.sin(2 * np.pi * freq * t) * 32767).astype(np.int16)


def make_clip():
    target = Path(tempfile.mkdtemp()) / "clip.mp4"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "testsrc=size=160x120:rate=15:duration=2",
                    "-c:v", "libx264", "-pix_fmt", "yuv420p", str(target)], check=True)
    return str(target)


with gr.Blocks() as demo:
    mic = gr.Microphone(label="Mic", elem_id="mic")
    heard = gr.Textbox(label="Heard", elem_id="heard")
    mic.stop_recording(pitch, mic, heard)
    live = gr.Audio(sources=["microphone"], streaming=True, label="Live", elem_id="live")
    chunks = gr.Number(value=0, label="Chunks", elem_id="chunks")
    last = gr.Textbox(label="Last chunk", elem_id="last")
    live.stream(lambda a, n: (n + 1, pitch(a)), [live, chunks], [chunks, last], stream_every=0.3)
    say = gr.Button("Say", elem_id="say")
    voice = gr.Audio(streaming=True, autoplay=True, label="Voice", elem_id="voice", interactive=False)
    say.click(speak, None, voice)
    cam = gr.Video(sources=["webcam"], label="Cam", elem_id="cam")
    cam_info = gr.Textbox(label="Cam info", elem_id="cam_info")
    cam.stop_recording(lambda p: f"{Path(p).suffix} {Path(p).stat().st_size > 1000}", cam, cam_info)
    show = gr.Button("Show a clip", elem_id="show")
    film = gr.Video(label="Film", elem_id="film", interactive=False)
    show.click(make_clip, None, film)
demo
'''


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """Chromium whose microphone plays a 440 Hz tone (replaces the harness's browser)."""
    from playwright.sync_api import expect as expect_, sync_playwright

    mic = tmp_path_factory.mktemp("mic") / "mic.wav"
    mic.write_bytes(_audio.write_wav(48000, tone16(MIC_HZ, 10.0, 48000, 0.5)))
    expect_.set_options(timeout=30_000)
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=[*CHROMIUM_ARGS, f"--use-file-for-fake-audio-capture={mic}"])
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


def part(root: Locator, name: str) -> Locator:
    return root.locator(f'[data-nbblocks-part="{name}"]').first


def open_app(page: Page, open_and_run, lab_server, name: str) -> Locator:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(APP)]
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    nbformat.write(nb, lab_server.root_dir / name)
    page.context.grant_permissions(["microphone", "camera"], origin=lab_server.url)
    page.add_init_script(RECORD_STARTS)
    open_and_run(page, name)
    app = page.locator('[data-nbblocks-view="blocks"]').first
    expect(app).to_be_visible()
    return app


def heard(value: str) -> tuple[int, int, int, int]:
    rate, count, hz, peak = (int(v) for v in value.split())
    return rate, count, hz, peak


def test_microphone_recording_streaming_and_a_spoken_stream(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    app = open_app(page, open_and_run, lab_server, "media_audio_lab.ipynb")

    # Record about a second from the microphone: the kernel gets the tone's samples.
    mic = app.locator("#mic")
    part(mic, "record").click()
    expect(part(mic, "frame")).to_have_attribute("data-state", "recording")
    page.wait_for_function("Number(document.querySelector('#mic [data-nbblocks-part=level]').getAttribute('aria-valuenow')) > 10")
    expect(part(mic, "record-time")).to_have_text("0:01")
    mic.screenshot(path=artifacts / "media-lab-recording.png")
    part(mic, "record-stop").click()
    box = part(app.locator("#heard"), "input")
    expect(box).not_to_have_value("")
    rate, count, hz, peak = heard(box.input_value())
    assert rate in (44100, 48000) and count >= rate  # a second or more
    assert abs(hz - MIC_HZ) <= 5 and peak > 3000  # the tone, not silence
    expect(part(mic, "frame")).to_have_attribute("data-loaded", "true")  # and the page shows what it recorded

    # Stream the microphone: a chunk every stream_every=0.3 s reaches the listener.
    live = app.locator("#live")
    part(live, "record").click()
    page.wait_for_function("Number(document.querySelector('#chunks input').value) >= 3", timeout=30_000)
    part(live, "record-stop").click()
    rate, count, hz, peak = heard(part(app.locator("#last"), "input").input_value())
    # The browser's noise suppressor (on by default, as for any page) learns a steady tone as
    # noise and lowers it by up to about 20 dB the longer it plays: the tone, not silence.
    assert 0.1 * rate < count < 0.6 * rate and abs(hz - MIC_HZ) <= 15 and peak > 500

    # A TTS-style generator: its three chunks play in order, each right after the last.
    part(app.locator("#say"), "button").click()
    voice = app.locator("#voice")
    expect(part(voice, "frame")).to_have_attribute("data-state", "audio", timeout=30_000)  # all played, then the whole
    starts = page.evaluate("() => window.__starts")
    assert [round(s["hz"], -2) for s in starts] == [300, 500, 700]
    for before, after in zip(starts, starts[1:]):
        assert after["when"] == pytest.approx(before["when"] + before["duration"], abs=1e-6)
    with page.expect_download() as download:
        part(voice, "download").click()
    rate, samples = _audio.read_wav(Path(download.value.path()).read_bytes())
    assert rate == 16000 and len(samples) == 3 * 6400
    app.screenshot(path=artifacts / "media-lab-audio.png")


@pytest.mark.skipif(not FFMPEG and not IN_CI, reason="ffmpeg is not installed (the app makes its clip with it)")
def test_webcam_recording_and_a_returned_clip_plays(page: Page, open_and_run, lab_server, artifacts: Path) -> None:
    app = open_app(page, open_and_run, lab_server, "media_video_lab.ipynb")
    cam = app.locator("#cam")
    part(cam, "webcam-start").click()
    page.wait_for_function("document.querySelector('#cam [data-nbblocks-part=webcam-video]')?.videoWidth > 0")
    part(cam, "record").click()
    expect(part(cam, "frame")).to_have_attribute("data-state", "recording")
    page.wait_for_timeout(1200)  # the length of the recording, not a wait for an event
    part(cam, "record").click()
    expect(part(app.locator("#cam_info"), "input")).to_have_value(".webm True", timeout=60_000)
    expect(part(cam, "frame")).to_have_attribute("data-loaded", "true")

    part(app.locator("#show"), "button").click()
    film = app.locator("#film")
    expect(part(film, "frame")).to_have_attribute("data-loaded", "true", timeout=60_000)
    page.evaluate("() => document.querySelector('#film video').play()")
    page.wait_for_function("document.querySelector('#film video').currentTime > 0.5", timeout=30_000)
    assert page.evaluate("() => document.querySelector('#film video').videoWidth") == 160
    film.screenshot(path=artifacts / "media-lab-film.png")
