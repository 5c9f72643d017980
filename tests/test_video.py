"""gr.Video and gr.PlayableVideo: constructor, conversions with ffmpeg (and clear errors
without it), subtitles, the page's flows through Frontend, streamed chunks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import nbblocks as gr
from nbblocks import _ffmpeg, _subtitles, _video
from nbblocks.exceptions import Error
from nbblocks.testing import Frontend, FrontendError

from media_support import clip, needs_ffmpeg


@pytest.fixture
def no_ffmpeg(monkeypatch, tmp_path):
    monkeypatch.setenv("NBBLOCKS_FFMPEG", str(tmp_path / "no-ffmpeg"))
    monkeypatch.setenv("NBBLOCKS_FFPROBE", str(tmp_path / "no-ffprobe"))


@pytest.fixture(scope="module")
def clips(tmp_path_factory):
    """Tiny clips made once: an mp4 (h264 + aac), a silent one, an avi (mpeg4), a webm."""
    if not _ffmpeg.available("ffmpeg", "ffprobe"):
        return None
    folder = tmp_path_factory.mktemp("clips")
    return {
        "mp4": clip(folder / "clip.mp4"),
        "silent": clip(folder / "silent.mp4", audio=False),
        "avi": clip(folder / "clip.avi", codec="mpeg4"),
        "webm": clip(folder / "clip.webm", codec="libvpx", audio=False),
    }


def streams(path: str | Path) -> tuple[str | None, str | None]:
    return _ffmpeg.codecs(path)


# -- the constructor -----------------------------------------------------------------------


def test_defaults_follow_gradio():
    video = gr.Video()
    config = video.get_config()
    assert config["sources"] == ["upload", "webcam"]
    assert config["format"] is None and config["buttons"] == ["download"]
    assert config["include_audio"] is True
    assert config["webcam_options"] == {"mirror": True, "constraints": None}
    assert (config["autoplay"], config["loop"], config["streaming"]) == (False, False, False)
    assert gr.Video(sources=["webcam"]).include_audio is False  # Gradio: no sound from the webcam by default
    assert gr.Video(sources="webcam", include_audio=True).include_audio is True
    assert gr.PlayableVideo().format == "mp4"
    assert gr.Video(mirror_webcam=False).webcam_options.mirror is False
    assert gr.Video(show_download_button=False).buttons == []


@pytest.mark.parametrize("kwargs, message", [
    ({"sources": ["microphone"]}, "sources must be a list of 'upload' and 'webcam'"),
    ({"format": "mp4; rm"}, "format must be a file extension"),
    ({"playback_position": "soon"}, "playback_position must be a number"),
    ({"buttons": ["fullscreen"]}, "unknown button"),
])
def test_bad_arguments_name_the_component(kwargs, message):
    with pytest.raises((ValueError, TypeError), match=message) as info:
        gr.Video(label="Clip", **kwargs)
    assert "Video 'Clip'" in str(info.value)


# -- subtitles ---------------------------------------------------------------------------


def test_srt_becomes_webvtt():
    srt = "\ufeff1\r\n00:00:01,5 --> 00:00:02,250\r\nHello\r\nthere\r\n\r\n2\r\n0:0:3,000 --> 00:00:04,000\r\nAgain\r\n"
    assert _subtitles.srt_to_vtt(srt) == ("WEBVTT\n\n00:00:01.500 --> 00:00:02.250\nHello\nthere\n\n"
                                          "00:00:03.000 --> 00:00:04.000\nAgain\n")
    with pytest.raises(Error, match="bad timing line"):
        _subtitles.srt_to_vtt("1\n00:00:01 --> soon\nx\n", "Video 'v'")


def test_subtitles_files_and_cues_are_issued_as_webvtt(tmp_path):
    (tmp_path / "a.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nOne\n")
    (tmp_path / "b.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nTwo\n")
    (tmp_path / "c.json").write_text(json.dumps([{"text": "Three", "timestamp": [0, 1.25]}]))
    (tmp_path / "d.txt").write_text("nope")
    (tmp_path / "e.vtt").write_text("no header")
    with gr.Blocks() as demo:
        made = [gr.Video(subtitles=tmp_path / name) for name in ("a.srt", "b.vtt", "c.json")]
        from_list = gr.Video(subtitles=[{"text": "Four", "timestamp": [2, 3]}])
    texts = [demo.files.read(v.subtitles["path"]).decode() for v in [*made, from_list]]
    assert [v.subtitles["orig_name"] for v in made] == ["a.vtt", "b.vtt", "c.vtt"]
    assert "00:00:00.000 --> 00:00:01.000\nOne" in texts[0]
    assert texts[1].startswith("WEBVTT") and "Two" in texts[1]
    assert "00:00:00.000 --> 00:00:01.250\nThree" in texts[2]
    assert "00:00:02.000 --> 00:00:03.000\nFour" in texts[3]
    assert demo.files.get(made[0].subtitles["path"]).mime_type == "text/vtt"
    with pytest.raises(Error, match="Video: subtitles must be a .srt, .vtt or .json file"):
        gr.Video(subtitles=tmp_path / "d.txt")
    with pytest.raises(Error, match="is not a WebVTT file"):
        gr.Video(subtitles=tmp_path / "e.vtt")
    with pytest.raises(Error, match="no such subtitles file"):
        gr.Video(subtitles=tmp_path / "missing.srt")


# -- without ffmpeg -----------------------------------------------------------------------


def test_a_playable_video_needs_no_ffmpeg(tmp_path, no_ffmpeg):
    fake = tmp_path / "clip.mp4"
    fake.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    got = []
    with gr.Blocks() as demo:
        video = gr.Video(label="V")
        shown = gr.Video()
        video.upload(lambda p: got.append(p) or p, video, shown)
    ui = Frontend(demo)
    ui.upload(video, fake)
    assert Path(got[0]).read_bytes() == fake.read_bytes() and Path(got[0]).name == "clip.mp4"
    assert ui.value(shown)["orig_name"] == "clip.mp4"
    assert ui.file_bytes(shown) == fake.read_bytes()


def test_conversions_without_ffmpeg_name_ffmpeg(tmp_path, no_ffmpeg):
    fake = tmp_path / "clip.mp4"
    fake.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    with gr.Blocks():
        webm = gr.Video(format="webm", label="Web")
        marked = gr.Video(watermark=fake, label="Marked")
        plain = gr.Video()
    with pytest.raises(_ffmpeg.FFmpegMissing, match="Video 'Web': converting 'clip.mp4' to webm needs ffmpeg"):
        webm.preprocess(plain.postprocess(fake))
    with pytest.raises(_ffmpeg.FFmpegMissing, match="Video 'Marked': watermarking 'clip.mp4' needs ffmpeg"):
        marked.postprocess(fake)
    with pytest.raises(_ffmpeg.FFmpegMissing, match="a playable preview of 'clip.mp4' needs ffmpeg"):
        plain.playable_preview(plain.postprocess(fake).model_dump())


def test_webcam_recording_without_ffmpeg_is_passed_as_it_is(tmp_path, no_ffmpeg, caplog):
    got = []
    with gr.Blocks() as demo:
        cam = gr.Video(sources=["webcam"], label="Cam")
        cam.stop_recording(lambda p: got.append(p), cam, None)
    ui = Frontend(demo)
    ui.record(cam, b"\x1a\x45\xdf\xa3" + b"\x00" * 64)
    assert Path(got[0]).name == "webcam.webm"
    assert "mirroring the webcam recording" in caplog.text


# -- with ffmpeg ---------------------------------------------------------------------------


@needs_ffmpeg
def test_playable_files_are_served_as_they_are(clips):
    with gr.Blocks():
        video = gr.Video()
    for name in ("mp4", "webm"):
        fd = video.postprocess(clips[name])
        assert Path(video.preprocess(fd)).read_bytes() == clips[name].read_bytes()


@needs_ffmpeg
def test_a_file_the_browser_cannot_play_is_converted_to_mp4(clips):
    with gr.Blocks():
        video = gr.Video(label="V")
    with pytest.warns(UserWarning, match="converted to mp4"):
        fd = video.postprocess(clips["avi"])
    assert fd.orig_name == "clip.mp4" and fd.mime_type == "video/mp4"
    assert streams(video.preprocess(fd)) == ("h264", "aac")


@needs_ffmpeg
def test_format_and_include_audio_on_input(clips):
    got: dict[str, list[str]] = {}

    def keep(name):
        return lambda path: got.setdefault(name, []).append(path)

    with gr.Blocks() as demo:
        webm = gr.Video(format="webm")
        mute = gr.Video(include_audio=False)
        cam = gr.Video(sources=["webcam"])
        cam_plain = gr.Video(sources=["webcam"], webcam_options=gr.WebcamOptions(mirror=False))
        again = gr.Button()
        webm.upload(keep("webm"), webm, None)
        mute.upload(keep("mute"), mute, None)
        cam.stop_recording(keep("cam"), cam, None)
        again.click(keep("cam"), cam, None)
        cam_plain.stop_recording(keep("plain"), cam_plain, None)
    ui = Frontend(demo)
    ui.upload(webm, clips["mp4"])
    ui.upload(mute, clips["mp4"])
    ui.record(cam, clips["webm"])
    ui.click(again)
    ui.record(cam_plain, clips["webm"])
    assert got["webm"][0].endswith("clip.webm") and streams(got["webm"][0]) == ("vp8", "opus")
    assert Path(got["mute"][0]).name == "muted_clip.mp4" and streams(got["mute"][0]) == ("h264", None)
    assert Path(got["cam"][0]).name == "muted_webcam_flip.webm" and streams(got["cam"][0])[0] in ("vp8", "vp9")
    assert got["cam"][1] == got["cam"][0]  # converted once, then reused
    assert Path(got["plain"][0]).name == "muted_webcam.webm"


@needs_ffmpeg
def test_the_mirrored_recording_is_mirrored(tmp_path):
    from media_support import ffmpeg

    # A frame that is white on the left half and black on the right.
    src = tmp_path / "half.webm"
    ffmpeg("-f", "lavfi", "-i", "color=c=black:s=32x16:d=0.5", "-vf", "drawbox=x=0:y=0:w=16:h=16:color=white:t=fill",
           "-c:v", "libvpx", str(src))
    got = []
    with gr.Blocks() as demo:
        cam = gr.Video(sources=["webcam"])
        cam.stop_recording(lambda p: got.append(p), cam, None)
    Frontend(demo).record(cam, src)
    raw = _ffmpeg.run(["-i", got[0], "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"], "test")
    assert raw[32 * 8 + 2] < 60 and raw[32 * 8 + 29] > 200  # the white half is now on the right


@needs_ffmpeg
def test_format_and_watermark_on_output(clips, tmp_path):
    import numpy as np

    with gr.Blocks():
        webm = gr.Video(format="webm")
        marked = gr.Video(watermark=gr.WatermarkOptions(watermark=np.full((8, 8, 3), 255, np.uint8), position="top-left"))
        url = gr.Video(format="webm")
    fd = webm.postprocess(clips["mp4"])
    assert fd.orig_name == "clip.webm" and fd.mime_type == "video/webm"
    out = marked.postprocess(clips["silent"])
    assert out.orig_name == "silent_watermarked.mp4"
    path = marked.preprocess(out)
    raw = _ffmpeg.run(["-i", path, "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"], "test")
    assert min(raw[64 * 6 + 6:64 * 6 + 11]) > 200  # the white square at (5, 5)
    with pytest.warns(UserWarning, match="not converted to webm"):
        shown = url.postprocess("https://example.org/v.mp4")
    assert shown.url == "https://example.org/v.mp4"


@needs_ffmpeg
def test_playable_preview_of_an_upload(clips):
    with gr.Blocks() as demo:
        video = gr.Video(label="V")
    ui = Frontend(demo)
    fd = ui.upload(video, clips["avi"])
    preview = ui.call_server(video, "playable_preview", fd)
    assert preview["orig_name"] == "clip.mp4" and preview["mime_type"] == "video/mp4"
    assert ui.value(video)["orig_name"] == "clip.avi"  # the value stays the original
    data = ui.file_bytes(video, file=preview)
    assert data[4:8] == b"ftyp"
    with pytest.raises(FrontendError, match="was not issued by this app"):
        ui.call_server(video, "playable_preview", {"path": "/etc/passwd", "meta": {"_type": "gradio.FileData"}})


@needs_ffmpeg
def test_subtitles_with_a_returned_pair(clips, tmp_path):
    srt = tmp_path / "words.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:00,500\nHi\n")
    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Video()
        btn.click(lambda: (str(clips["mp4"]), str(srt)), None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out)["orig_name"] == "clip.mp4"
    subs = ui.props(out)["subtitles"]
    assert subs["orig_name"] == "words.vtt"
    assert ui.file_bytes(out, file=subs).decode().startswith("WEBVTT")


def test_player_events_and_clear(tmp_path):
    seen = []
    fake = tmp_path / "clip.mp4"
    fake.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64)
    with gr.Blocks() as demo:
        video = gr.Video(label="V")
        for event in ("play", "pause", "stop", "end", "clear", "upload", "start_recording", "stop_recording"):
            getattr(video, event)(lambda e=event: seen.append(e), None, None)
    ui = Frontend(demo)
    ui.upload(video, fake)
    for event in ("play", "pause", "end", "stop"):
        ui.trigger(video, event)
    ui.clear(video)
    ui.record(video, fake)
    assert seen == ["upload", "play", "pause", "end", "stop", "clear", "start_recording", "stop_recording"]


@needs_ffmpeg
def test_streamed_chunks_are_joined_into_one_mp4(clips, tmp_path):
    parts = []
    for i in range(3):
        part = tmp_path / f"part{i}.mp4"
        clip(part, seconds=0.5)
        parts.append(part)

    def film():
        for part in parts:
            yield str(part)

    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Video(streaming=True, autoplay=True)
        btn.click(film, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    received = [v for v in ui.received(out) if v is not None]
    assert [v["is_stream"] for v in received] == [True, True, True, False]
    assert [v["meta"]["stream"].get("index") for v in received[:3]] == [0, 1, 2]
    assert received[-1]["orig_name"] == "video-stream.mp4"
    with gr.Blocks():
        probe = gr.Video()
    whole = probe.preprocess(probe.postprocess(_save(tmp_path / "whole.mp4", ui.file_bytes(out))))
    duration = float(_ffmpeg.probe(whole)["format"]["duration"])
    assert 1.3 < duration < 1.8


def test_streamed_chunks_without_ffmpeg_keep_the_last_one(tmp_path, no_ffmpeg):
    def film():
        for i in range(2):
            yield b"\x00\x00\x00\x18ftypmp42" + bytes([i]) * 32

    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Video(streaming=True)
        btn.click(film, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out)["meta"]["stream"]["index"] == 1 and ui.value(out)["orig_name"] == "chunk.mp4"


def _save(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_is_playable_reads_the_codec(tmp_path):
    fake = tmp_path / "x.mkv"
    fake.write_bytes(b"")
    assert _video.is_playable(fake, "V") is False  # Matroska is not a container browsers take
