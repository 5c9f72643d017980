"""What the audio and video tests share: tones made with numpy, tiny clips made with ffmpeg,
and the rule for tests that need ffmpeg (skipped when it is missing here, run in CI,
where ``.ci/run`` installs it: under CI=true a missing ffmpeg fails them)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import numpy as np
import pytest

from nbblocks import _ffmpeg

#: ffmpeg and ffprobe are there (``NBBLOCKS_FFMPEG=/nowhere`` runs the suite as without them).
FFMPEG = _ffmpeg.available("ffmpeg", "ffprobe")
IN_CI = os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def needs_ffmpeg(test):  # noqa: ANN001, ANN201 - a decorator
    """Mark a test that needs ffmpeg: ``-m ffmpeg`` selects them; skipped without ffmpeg
    except in CI."""
    test = pytest.mark.skipif(not FFMPEG and not IN_CI, reason="ffmpeg is not installed")(test)
    return pytest.mark.ffmpeg(test)


def tone(freq: float = 440.0, seconds: float = 1.0, rate: int = 16000, amplitude: float = 0.5) -> np.ndarray:
    """A sine as float64 samples in [-amplitude, amplitude]."""
    t = np.arange(int(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * freq * t)


def tone16(freq: float = 440.0, seconds: float = 1.0, rate: int = 16000, amplitude: float = 0.5) -> np.ndarray:
    return np.round(tone(freq, seconds, rate, amplitude) * 32767).astype(np.int16)


def dominant_frequency(samples: np.ndarray, rate: int) -> float:
    """The strongest frequency of (mono or the first channel of) samples, in Hz."""
    mono = samples if samples.ndim == 1 else samples[:, 0]
    spectrum = np.abs(np.fft.rfft(mono.astype(np.float64)))
    return float(np.argmax(spectrum) * rate / len(mono))


def ffmpeg(*args: str) -> None:
    subprocess.run([_ffmpeg.which("ffmpeg") or "ffmpeg", "-hide_banner", "-v", "error", "-y", *args], check=True)


def clip(path: Path, *, seconds: float = 1.0, size: str = "64x48", rate: int = 10, audio: bool = True,
         codec: str = "libx264") -> Path:
    """A tiny test-pattern video (with a 440 Hz tone unless ``audio=False``) at ``path``;
    its extension picks the container."""
    args = ["-f", "lavfi", "-i", f"testsrc=size={size}:rate={rate}:duration={seconds}"]
    if audio:
        args += ["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"]
    args += ["-c:v", codec]
    if codec == "libx264":
        args += ["-pix_fmt", "yuv420p"]
    if audio:
        args += ["-shortest"]
    ffmpeg(*args, str(path))
    return path
