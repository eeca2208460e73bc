"""Shared Qt fixtures for the desktop tests.

The Qt platform must be chosen before the QApplication exists, so it is set when this
module is imported (pytest-qt creates the application later, on first `qtbot`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from speech_helpers import espeak_phrase, synthetic_phrase

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never open real windows from tests
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")  # no pipewire/VA-API noise

from desktop import _qt_compat  # after the environment above

_qt_compat.install()  # PySide6 6.12.0 emit() refcount bug would abort long test runs


@pytest.fixture(autouse=True)
def _offscreen_and_temp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every desktop test runs offscreen with its own MIANBA_HOME."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    home = tmp_path / "mianba-home"
    home.mkdir()
    monkeypatch.setenv("MIANBA_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _no_leftover_threads() -> Iterator[None]:
    """Fail any test that leaves a worker thread running (napari's habit)."""
    from desktop._tasks import stragglers

    baseline = set(threading.enumerate())
    yield
    leftovers = stragglers(baseline, wait_ms=2000)
    if leftovers:
        pytest.fail("test left threads running: " + "; ".join(leftovers), pytrace=False)


@pytest.fixture
def sync_tasks() -> Iterator[None]:
    """run_task runs inline: fn and its callbacks happen before run_task returns."""
    from desktop._tasks import synchronous

    with synchronous():
        yield


# -- audio fixtures -------------------------------------------------------------------
# Speech comes from Debian's espeak-ng (+ sox to resample), as DESIGN.md asks for audio
# fixtures; without those tools a voiced synthetic signal stands in so tests still run.

RATE = 16_000


@dataclass(frozen=True)
class SpeechClip:
    """16 kHz mono int16: quiet lead-in, phrase, short pause, phrase, long quiet tail."""

    pcm: np.ndarray
    speech_start: int  # first sample of the first phrase
    speech_end: int  # last sample of the second phrase
    pause: tuple[int, int]  # the thinking pause between the phrases

    def seconds(self, samples: int) -> float:
        return samples / RATE


def _quiet(seconds: float, rng: np.random.Generator) -> np.ndarray:
    return rng.normal(0, 12, int(seconds * RATE)).astype(np.int16)  # a quiet room, ~-69 dBFS


@pytest.fixture(scope="session")
def speech_clip(tmp_path_factory: pytest.TempPathFactory) -> SpeechClip:
    workdir = tmp_path_factory.mktemp("speech")
    first = espeak_phrase("I built a retrieval pipeline with hybrid search.", "en", workdir)
    second = espeak_phrase("We measured recall at ten on real questions.", "en", workdir)
    if first is None or second is None:
        first, second = synthetic_phrase(2.0, 1), synthetic_phrase(1.6, 2)
    rng = np.random.default_rng(7)
    lead, pause, tail = _quiet(0.6, rng), _quiet(1.0, rng), _quiet(3.5, rng)
    pcm = np.concatenate([lead, first, pause, second, tail])
    pause_start = len(lead) + len(first)
    speech_end = pause_start + len(pause) + len(second) - 1
    return SpeechClip(pcm, len(lead), speech_end, (pause_start, pause_start + len(pause)))


@pytest.fixture(scope="session")
def speech_wav(speech_clip: SpeechClip, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("wav") / "answer.wav"
    sf.write(str(path), speech_clip.pcm, RATE, subtype="PCM_16")
    return path
