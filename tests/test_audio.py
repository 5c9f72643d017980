"""gr.Audio: constructor, WAV in numpy, conversions, preprocess/postprocess, and the page's
flows through Frontend (upload, record, trim, clear, player events, streaming in and out)."""

from __future__ import annotations

import struct
import warnings
from pathlib import Path

import numpy as np
import pytest

import nbblocks as gr
from nbblocks import _audio, _ffmpeg
from nbblocks.exceptions import Error
from nbblocks.testing import Frontend, FrontendError

from media_support import dominant_frequency, needs_ffmpeg, tone, tone16


@pytest.fixture
def no_ffmpeg(monkeypatch, tmp_path):
    """ffmpeg is not installed (nbblocks looks at $NBBLOCKS_FFMPEG / $NBBLOCKS_FFPROBE first)."""
    monkeypatch.setenv("NBBLOCKS_FFMPEG", str(tmp_path / "no-ffmpeg"))
    monkeypatch.setenv("NBBLOCKS_FFPROBE", str(tmp_path / "no-ffprobe"))


def wav_file(path: Path, rate: int, samples: np.ndarray) -> Path:
    path.write_bytes(_audio.write_wav(rate, samples))
    return path


# -- the constructor -----------------------------------------------------------------------


def test_defaults_follow_gradio():
    audio = gr.Audio()
    config = audio.get_config()
    assert config["sources"] == ["upload", "microphone"]
    assert config["type"] == "numpy"
    assert config["format"] is None
    assert config["buttons"] == ["download", "share"]
    assert config["waveform_options"] == {"waveform_color": None, "waveform_progress_color": None, "trim_region_color": None,
                                          "show_recording_waveform": True, "skip_length": 5, "sample_rate": 44100}
    assert (config["autoplay"], config["loop"], config["editable"], config["recording"]) == (False, False, True, False)
    assert config["playback_position"] == 0
    assert gr.Audio(streaming=True).sources == ["microphone"]
    assert gr.Audio(sources="upload").sources == ["upload"]


def test_templates():
    assert gr.Microphone().sources == ["microphone"]
    assert gr.Mic is gr.Microphone
    assert isinstance(gr.Mic(type="filepath"), gr.Audio)


@pytest.mark.parametrize("kwargs, message", [
    ({"sources": ["webcam"]}, "sources must be a list of 'upload' and 'microphone'"),
    ({"type": "pil"}, "type must be 'numpy' or 'filepath'"),
    ({"format": "aac"}, "format must be 'wav', 'mp3' or None"),
    ({"streaming": True, "sources": ["upload"]}, "streaming=True needs 'microphone'"),
    ({"waveform_options": {"skip_length": 0}}, "skip_length must be a positive number"),
    ({"waveform_options": {"colour": "red"}}, "waveform_options"),
    ({"buttons": ["fullscreen"]}, "unknown button 'fullscreen'"),
    ({"playback_position": -1}, "playback_position must be a number of seconds >= 0"),
])
def test_bad_arguments_name_the_component_and_the_field(kwargs, message):
    with pytest.raises((ValueError, TypeError), match=message) as info:
        gr.Audio(label="Speech", **kwargs)
    assert "Audio 'Speech'" in str(info.value)


def test_waveform_options_and_legacy_buttons():
    audio = gr.Audio(waveform_options={"waveform_color": "red", "sample_rate": 16000}, show_download_button=False)
    assert audio.waveform_options == gr.WaveformOptions(waveform_color="red", sample_rate=16000)
    assert audio.buttons == ["share"]
    assert gr.Audio(format="MP3").format == "mp3"


def test_subtitles_from_cues_and_files(tmp_path):
    cues = gr.Audio(subtitles=[{"text": "hello", "timestamp": [0, 1.5]}]).subtitles
    assert cues == [{"start": 0.0, "end": 1.5, "text": "hello"}]
    srt = tmp_path / "talk.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,250\nHello\n\n2\n00:00:01,250 --> 00:00:02,000\nthere\n")
    with gr.Blocks() as demo:
        audio = gr.Audio(subtitles=srt)
    assert audio.subtitles["orig_name"] == "talk.vtt"
    text = demo.files.read(audio.subtitles["path"]).decode()
    assert text.startswith("WEBVTT") and "00:00:00.000 --> 00:00:01.250\nHello" in text
    with pytest.raises(Error, match="subtitle 0's 'timestamp' must be"):
        gr.Audio(subtitles=[{"text": "x", "timestamp": 3}])


# -- WAV in numpy --------------------------------------------------------------------------


def test_wav_round_trip_is_exact_mono_and_stereo():
    mono = tone16()
    rate, back = _audio.read_wav(_audio.write_wav(16000, mono))
    assert rate == 16000 and back.dtype == np.int16 and np.array_equal(back, mono)
    stereo = np.stack([tone16(440), tone16(660)], axis=1)
    rate, back = _audio.read_wav(_audio.write_wav(22050, stereo))
    assert rate == 22050 and back.shape == stereo.shape and np.array_equal(back, stereo)


def _riff(fmt: bytes, data: bytes, *, size: int | None = None, extra: bytes = b"") -> bytes:
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt + extra + b"data" + struct.pack("<I", len(data) if size is None else size) + data
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks


def test_wav_widths_and_float_are_read_as_int16():
    x = tone(seconds=0.1, rate=8000)
    for width, data in [
        (1, np.round(x * 127 + 128).astype(np.uint8).tobytes()),
        (3, b"".join(int(v).to_bytes(3, "little", signed=True) for v in np.round(x * (2**23 - 1)).astype(np.int64))),
        (4, np.round(x * (2**31 - 1)).astype("<i4").tobytes()),
    ]:
        fmt = struct.pack("<HHIIHH", 1, 1, 8000, 8000 * width, width, width * 8)
        rate, samples = _audio.read_wav(_riff(fmt, data))
        assert rate == 8000 and samples.dtype == np.int16
        assert np.max(np.abs(samples.astype(int) - np.round(x * 32767))) <= 260 if width == 1 else 2
    fmt = struct.pack("<HHIIHH", 3, 1, 8000, 32000, 4, 32)
    rate, samples = _audio.read_wav(_riff(fmt, x.astype("<f4").tobytes()))
    assert np.max(np.abs(samples.astype(int) - np.trunc(x * 32767))) <= 1


def test_wav_extensible_unknown_sizes_and_extra_chunks():
    pcm = tone16(seconds=0.05).tobytes()
    ext = struct.pack("<HHIIHHHHI16s", 0xFFFE, 1, 16000, 32000, 2, 16, 22, 16, 4, b"\x01\x00" + b"\x00" * 14)
    extra = b"LIST" + struct.pack("<I", 3) + b"abc\x00"  # odd size, padded
    for size in (None, 0, 0xFFFFFFFF):
        rate, samples = _audio.read_wav(_riff(ext, pcm, size=size, extra=extra))
        assert rate == 16000 and np.array_equal(samples, tone16(seconds=0.05))


@pytest.mark.parametrize("data, message", [
    (b"hello, this is text", "is not a WAV file"),
    (b"RIFF\x10\x00\x00\x00WAVEdata\x00\x00\x00\x00", "has no format chunk"),
    (_riff(struct.pack("<HHIIHH", 1, 0, 8000, 0, 0, 16), b""), "format chunk is damaged"),
])
def test_bad_wav_files_fail_clearly(data, message):
    with pytest.raises(Error, match=message):
        _audio.read_wav(data, "Audio 'x'")


def test_int16_conversions_follow_gradio():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.array_equal(_audio.to_int16(np.array([1, -2], dtype=np.int16), "A"), [1, -2])
    with pytest.warns(UserWarning, match="from float64 to 16-bit int"):
        out = _audio.to_int16(np.array([0.0, 0.25, -0.125]), "A")
    assert list(out) == [0, 32767, -16383]  # divided by the peak
    with pytest.warns(UserWarning):
        assert list(_audio.to_int16(np.zeros(3, dtype=np.float32), "A")) == [0, 0, 0]
    with pytest.warns(UserWarning):
        assert list(_audio.to_int16(np.array([65536 * 3], dtype=np.int32), "A")) == [3]
    with pytest.warns(UserWarning):
        assert list(_audio.to_int16(np.array([0, 255], dtype=np.uint8), "A")) == [-32768, 32767]
    with pytest.raises(Error, match="NaN"):
        _audio.to_int16(np.array([np.nan]), "A")
    with pytest.raises(Error, match="pass data.T"):
        _audio.to_int16(np.zeros((2, 1000)), "A")
    with pytest.raises(Error, match="shape"):
        _audio.to_int16(np.zeros((2, 2, 2)), "A")
    with pytest.raises(Error, match="dtype bool"):
        _audio.to_int16(np.array([True]), "A")


# -- postprocess and preprocess --------------------------------------------------------------


def test_int16_samples_are_kept_exactly_and_come_back():
    samples = tone16(seconds=0.25)
    with gr.Blocks():
        out = gr.Audio(label="Out")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fd = out.postprocess((16000, samples))
    assert fd.orig_name == "audio.wav" and fd.mime_type == "audio/wav"
    rate, back = out.preprocess(fd)
    assert rate == 16000 and back.dtype == np.int16 and np.array_equal(back, samples)
    stereo = np.stack([samples, samples[::-1]], 1)
    assert np.array_equal(out.preprocess(out.postprocess((8000, stereo)))[1], stereo)


def test_float_samples_are_normalised_with_a_warning():
    with gr.Blocks():
        out = gr.Audio()
    with pytest.warns(UserWarning, match="16-bit"):
        fd = out.postprocess((16000, tone(amplitude=0.25)))
    _, back = out.preprocess(fd)
    assert back.max() == 32767  # a quarter-scale tone becomes full scale, as in Gradio


def test_paths_urls_and_bytes(tmp_path):
    with gr.Blocks():
        out = gr.Audio(label="Out")
        path_in = gr.Audio(type="filepath")
    wav = wav_file(tmp_path / "tone.wav", 16000, tone16())
    fd = out.postprocess(wav)
    assert fd.orig_name == "tone.wav" and fd.path != str(wav)
    assert out.postprocess(Path(wav)).path == fd.path
    got = path_in.preprocess(fd)
    assert Path(got).read_bytes() == wav.read_bytes() and got.name == got
    url = "https://example.org/speech.mp3"
    shown = out.postprocess(url)
    assert (shown.path, shown.url) == (url, url)  # the browser loads it; the kernel never does
    assert path_in.preprocess(shown) == url
    with pytest.raises(Error, match="does not fetch URLs"):
        out.preprocess(shown)
    from_bytes = out.postprocess(wav.read_bytes())
    assert from_bytes.orig_name == "audio.wav" and from_bytes.mime_type == "audio/wav"
    with pytest.raises(Error, match="Audio 'Out': no such file"):
        out.postprocess(tmp_path / "missing.wav")
    with pytest.raises(Error, match="Audio 'Out': cannot play a object"):
        out.postprocess(object())
    with pytest.raises(Error, match="sample rate must be a positive int"):
        out.postprocess((-3, tone16()))


def test_a_text_file_is_not_audio(tmp_path, no_ffmpeg):
    with gr.Blocks():
        audio = gr.Audio(label="Voice")
    notes = tmp_path / "notes.wav"
    notes.write_text("not audio at all")
    fd = audio.postprocess(notes)
    with pytest.raises(Error, match="Audio 'Voice': 'notes.wav' is not an audio file"):
        audio.preprocess(fd)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(Error, match="'notes.txt' is not an audio file nbblocks can read .* needs ffmpeg"):
        audio.preprocess(audio.postprocess(text))


def test_other_formats_without_ffmpeg_name_ffmpeg(tmp_path, no_ffmpeg):
    with gr.Blocks():
        audio = gr.Audio(label="Voice")
        mp3_out = gr.Audio(format="mp3")
    fake_mp3 = tmp_path / "speech.mp3"
    fake_mp3.write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 100)
    with pytest.raises(_ffmpeg.FFmpegMissing, match="Audio 'Voice': reading 'speech.mp3' .* needs ffmpeg and ffprobe, which is not installed"):
        audio.preprocess(audio.postprocess(fake_mp3))
    with pytest.raises(_ffmpeg.FFmpegMissing, match="writing audio as mp3 needs ffmpeg"):
        mp3_out.postprocess((16000, tone16()))


@needs_ffmpeg
def test_mp3_out_and_in(tmp_path):
    with gr.Blocks():
        out = gr.Audio(format="mp3")
        numbers = gr.Audio()
        wav_path = gr.Audio(type="filepath", format="wav")
    fd = out.postprocess((16000, tone16(seconds=1.0)))
    assert fd.orig_name == "audio.mp3" and fd.mime_type == "audio/mpeg"
    rate, samples = numbers.preprocess(fd)
    assert rate == 16000 and samples.dtype == np.int16
    assert abs(dominant_frequency(samples, rate) - 440) < 5
    converted = wav_path.preprocess(fd)
    assert converted.endswith(".wav") and _audio.sniff(Path(converted).read_bytes()[:12] + b"WAVE") is not None
    assert Path(converted).read_bytes()[8:12] == b"WAVE"


@needs_ffmpeg
def test_formats_only_ffmpeg_reads(tmp_path):
    from media_support import ffmpeg

    with gr.Blocks():
        audio = gr.Audio()
        out = gr.Audio()
    src = wav_file(tmp_path / "src.wav", 16000, tone16(660))
    for ext in ("ogg", "flac", "webm", "m4a"):
        target = tmp_path / f"tone.{ext}"
        ffmpeg("-i", str(src), str(target))
        rate, samples = audio.preprocess(out.postprocess(target))
        assert rate in (16000, 48000) and abs(dominant_frequency(samples, rate) - 660) < 5, ext
    aiff = tmp_path / "tone.aiff"
    ffmpeg("-i", str(src), str(aiff))
    with pytest.warns(UserWarning, match="converted to .wav"):
        shown = out.postprocess(aiff)  # browsers do not play AIFF
    assert shown.orig_name == "tone.wav"


# -- through the page ----------------------------------------------------------------------


def test_upload_gives_the_function_exact_samples(tmp_path):
    samples = np.stack([tone16(440, 0.5), tone16(880, 0.5)], 1)
    got = []
    with gr.Blocks() as demo:
        audio = gr.Audio(label="Clip")
        audio.upload(lambda a: got.append(a), audio, None)
    ui = Frontend(demo)
    ui.upload(audio, wav_file(tmp_path / "clip.wav", 22050, samples))
    rate, data = got[0]
    assert rate == 22050 and np.array_equal(data, samples)
    assert ui.value(audio)["orig_name"] == "clip.wav"


def test_an_output_is_sent_with_its_bytes():
    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Audio()
        btn.click(lambda: (8000, tone16(rate=8000)), None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.displayed(out) == [{"kind": "file", "mime": "audio/wav", "bytes": 44 + 8000 * 2}]
    assert np.array_equal(_audio.read_wav(ui.file_bytes(out))[1], tone16(rate=8000))


def test_uploading_text_is_an_error_on_the_component_and_the_app_keeps_working(tmp_path, no_ffmpeg):
    heard = []
    with gr.Blocks() as demo:
        audio = gr.Audio(label="Voice")
        length = gr.Number(label="Seconds")
        echo = gr.Textbox()
        audio.change(lambda a: len(a[1]) / a[0], audio, length)
        echo.submit(lambda t: heard.append(t) or t.upper(), echo, echo)
    ui = Frontend(demo)
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(FrontendError, match="Audio 'Voice': 'notes.txt' is not an accepted file type"):
        ui.upload(audio, tmp_path / "notes.txt")
    (tmp_path / "notes.wav").write_text("still text")
    ui.upload(audio, tmp_path / "notes.wav")  # the name says audio: the upload is taken...
    assert "Audio 'Voice': 'notes.wav' is not an audio file" in (ui.error(length) or "")  # ...and the event fails
    ui.set(echo, "still here")
    ui.trigger(echo, "submit")
    assert heard == ["still here"] and ui.value(echo) == "STILL HERE"
    ui.upload(audio, wav_file(tmp_path / "ok.wav", 16000, tone16(seconds=2.0)))
    assert ui.value(length) == 2.0 and ui.error(length) is None


def test_recording_fires_start_then_stop_with_the_samples():
    order = []
    with gr.Blocks() as demo:
        mic = gr.Microphone(label="Mic")
        heard = gr.Number()
        mic.start_recording(lambda: order.append("start"), None, None)
        mic.stop_recording(lambda a: order.append("stop") or round(dominant_frequency(a[1], a[0])), mic, heard)
        mic.change(lambda a: order.append("change"), mic, None)
    ui = Frontend(demo)
    recorded = tone(523.25, 1.0, 48000, 0.4)
    fd = ui.record(mic, (48000, recorded))
    assert fd["orig_name"] == "recording.wav"
    # stop_recording and change are separate events sent together: they run at once, so
    # only start's place is fixed
    assert order[0] == "start" and sorted(order[1:]) == ["change", "stop"]
    assert abs(ui.value(heard) - 523) <= 1


def test_recording_needs_a_microphone_source():
    with gr.Blocks() as demo:
        audio = gr.Audio(sources=["upload"], label="Files only")
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="Audio 'Files only' has no microphone source"):
        ui.record(audio, (16000, tone16()))


def test_microphone_only_has_no_file_picker(tmp_path):
    with gr.Blocks() as demo:
        mic = gr.Microphone()
    ui = Frontend(demo)
    with pytest.raises(FrontendError, match="has no upload source"):
        ui.upload(mic, wav_file(tmp_path / "a.wav", 16000, tone16()))


def test_player_events_and_clear(tmp_path):
    seen = []
    with gr.Blocks() as demo:
        audio = gr.Audio(label="A")
        for event in ("play", "pause", "stop", "clear"):
            getattr(audio, event)(lambda e=event: seen.append(e), None, None)
        audio.input(lambda a: seen.append(("input", a is None)), audio, None)
    ui = Frontend(demo)
    ui.upload(audio, wav_file(tmp_path / "a.wav", 16000, tone16()))
    for event in ("play", "pause", "play", "stop"):
        ui.trigger(audio, event)
    ui.clear(audio)
    assert seen == [("input", False), "play", "pause", "play", "stop", "clear", ("input", True)]
    assert ui.value(audio) is None


def test_filepath_with_format_gets_a_converted_file(tmp_path):
    got = []
    with gr.Blocks() as demo:
        audio = gr.Audio(type="filepath", format="wav")
        audio.upload(lambda p: got.append(p), audio, None)
    ui = Frontend(demo)
    ui.upload(audio, wav_file(tmp_path / "keep.wav", 8000, tone16(rate=8000)))
    assert Path(got[0]).name == "keep.wav"


def test_trim_keeps_the_selected_part_at_the_waveform_rate(tmp_path):
    got = []
    with gr.Blocks() as demo:
        audio = gr.Audio(label="T", waveform_options=gr.WaveformOptions(sample_rate=8000))
        audio.input(lambda a: got.append(a), audio, None)
    ui = Frontend(demo)
    two = np.concatenate([tone16(440, 1.0, 16000), tone16(880, 1.0, 16000)])
    ui.upload(audio, wav_file(tmp_path / "two.wav", 16000, two))
    fd = ui.trim(audio, 1.0, 2.0)
    assert fd["orig_name"] == "two-trimmed.wav"
    rate, kept = got[-1]
    assert rate == 8000 and len(kept) == 8000
    assert abs(dominant_frequency(kept, rate) - 880) < 3
    with pytest.raises(FrontendError, match="no trim tool"):
        with gr.Blocks() as other:
            fixed = gr.Audio(editable=False)
        Frontend(other).trim(fixed, 0, 1)


def test_playback_position_and_autoplay_reach_the_page():
    with gr.Blocks() as demo:
        audio = gr.Audio(autoplay=True, loop=True, playback_position=1.5)
        btn = gr.Button()
        btn.click(lambda: gr.update(playback_position=3.0), None, audio)
    ui = Frontend(demo)
    props = ui.props(audio)
    assert (props["autoplay"], props["loop"], props["playback_position"]) == (True, True, 1.5)
    ui.click(btn)
    assert ui.props(audio)["playback_position"] == 3.0


# -- streaming ----------------------------------------------------------------------------


def test_microphone_stream_sends_chunks_to_the_listener():
    got = []
    with gr.Blocks() as demo:
        mic = gr.Audio(sources=["microphone"], streaming=True, label="Live")
        mic.stream(lambda a: got.append(a), mic, None, stream_every=0.25, time_limit=30)
    ui = Frontend(demo)
    assert (ui.props(mic)["stream_every"], ui.props(mic)["time_limit"]) == (0.25, 30)
    for freq in (300, 600, 900):
        fd = ui.stream(mic, (16000, tone(freq, 0.25)))
        assert fd["orig_name"] == "stream.wav"
    assert [len(a[1]) for a in got] == [4000, 4000, 4000]
    assert [round(dominant_frequency(a[1], a[0]) / 100) * 100 for a in got] == [300, 600, 900]


def test_a_streamed_output_sends_chunks_then_the_whole_file():
    def speak():
        for freq in (330, 440, 550):
            yield 16000, tone16(freq, 0.2)

    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Audio(streaming=True, autoplay=True, label="Speech")
        btn.click(speak, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    received = [v for v in ui.received(out) if v is not None]
    chunks, whole = received[:-1], received[-1]
    assert [c["is_stream"] for c in chunks] == [True, True, True]
    stream_id = chunks[0]["meta"]["stream"]["id"]
    assert [c["meta"]["stream"] for c in chunks] == [{"id": stream_id, "index": i} for i in range(3)]
    assert whole["is_stream"] is False and whole["meta"]["stream"] == {"id": stream_id, "chunks": 3}
    rate, joined = _audio.read_wav(ui.file_bytes(out))
    expected = np.concatenate([tone16(f, 0.2) for f in (330, 440, 550)])
    assert rate == 16000 and np.array_equal(joined, expected)
    for chunk, freq in zip(chunks, (330, 440, 550)):
        r, s = _audio.read_wav(ui.file_bytes(out, file=chunk))
        assert abs(dominant_frequency(s, r) - freq) < 10


def test_streamed_bytes_and_a_plain_return():
    def speak():
        yield _audio.write_wav(16000, tone16(seconds=0.1))
        yield None  # nothing for this output: skipped
        yield _audio.write_wav(16000, tone16(seconds=0.1))

    with gr.Blocks() as demo:
        btn, once = gr.Button(), gr.Button()
        out = gr.Audio(streaming=True)
        btn.click(speak, None, out)
        once.click(lambda: (16000, tone16(seconds=0.1)), None, out)
    ui = Frontend(demo)
    ui.click(btn)
    received = [v for v in ui.received(out) if v is not None]
    assert [v["is_stream"] for v in received] == [True, True, False]
    assert received[-1]["meta"]["stream"]["chunks"] == 2
    ui.click(once)
    assert "stream" not in ui.value(out)["meta"]  # a plain return is a plain value


def test_mixed_chunks_without_ffmpeg_keep_the_last_chunk(no_ffmpeg):
    def speak():
        yield 16000, tone16(seconds=0.1)
        yield b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\x00" * 50

    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Audio(streaming=True)
        btn.click(speak, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out)["is_stream"] is True and ui.value(out)["meta"]["stream"]["index"] == 1
    assert ui.error(out) is None


@needs_ffmpeg
def test_streamed_mp3_chunks_are_joined():
    with gr.Blocks():
        enc = gr.Audio(format="mp3")
    parts = [Path(_local(enc.postprocess((16000, tone16(f, 0.3))))).read_bytes() for f in (440, 660)]

    def speak():
        yield from parts

    with gr.Blocks() as demo:
        btn = gr.Button()
        out = gr.Audio(streaming=True)
        btn.click(speak, None, out)
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.value(out)["orig_name"] == "audio-stream.mp3"
    assert ui.file_bytes(out) == b"".join(parts)


def _local(fd):
    from nbblocks import files

    return files.current().local_path(fd.path)


def test_ranged_reads_of_a_long_file(tmp_path):
    with gr.Blocks() as demo:
        audio = gr.Audio()
        btn = gr.Button()
        btn.click(lambda: (16000, tone16(seconds=600)), None, audio)  # 19 MB: not sent with the value
    ui = Frontend(demo)
    ui.click(btn)
    assert ui.displayed(audio) == [{"kind": "fetch"}]
    whole = ui.file_bytes(audio)
    assert len(whole) == 44 + 600 * 16000 * 2
    assert ui.file_range(audio, 1_000_000, 5) == whole[1_000_000:1_000_005]
    assert ui.file_range(audio, len(whole) - 3, 100) == whole[-3:]
    assert ui.file_range(audio, len(whole) + 10, 5) == b""
