"""Silero VAD fed live, and the stretches of speech that time the delivery metrics."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pytest
from voice_helpers import load_16k, silence

from voice._vad import (
    MIN_PAUSE_S,
    WINDOW,
    StreamingVad,
    speech_probabilities,
    speech_spans,
)

STEP = WINDOW / 16000  # seconds per VAD window


def test_spans_end_at_the_first_quiet_window_of_a_long_enough_pause() -> None:
    pause = int(MIN_PAUSE_S / STEP) + 1
    probs = [0.1] * 10 + [0.9] * 20 + [0.4] * 3 + [0.9] * 5 + [0.1] * pause + [0.8] * 4
    spans = speech_spans(probs)
    # 0.4 is between the thresholds: still speech; the short run of 0.8 at the end is open
    assert spans == [
        pytest.approx((10 * STEP, 38 * STEP)),
        pytest.approx(((38 + pause) * STEP, (42 + pause) * STEP)),
    ]


def test_short_dips_do_not_split_a_stretch() -> None:
    dip = int(MIN_PAUSE_S / STEP) - 2
    spans = speech_spans([0.9] * 10 + [0.0] * dip + [0.9] * 10)
    assert spans == [pytest.approx((0.0, (20 + dip) * STEP))]
    assert speech_spans([]) == [] and speech_spans([0.2] * 50) == []


def test_real_pause_is_measured_within_a_window_or_so(real_speech: list[dict[str, Any]]) -> None:
    jfk = load_16k(next(c for c in real_speech if c["lang"] == "en")["path"])
    trimmed = jfk[: int(len(jfk) * 0.8)]  # JFK ends with silence: keep the speech
    audio = np.concatenate([silence(1.0), trimmed, silence(3.0), trimmed])
    spans = speech_spans(speech_probabilities(audio))
    assert 0.9 <= spans[0][0] <= 1.5  # the clip starts with a breath of silence
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(spans)]
    assert 3.0 <= max(gaps) <= 4.2  # 3 s of digital silence plus the clip's own edges


def test_streaming_in_chunks_matches_one_pass(real_speech: list[dict[str, Any]]) -> None:
    audio = load_16k(next(c for c in real_speech if c["lang"] == "en")["path"])
    audio = audio[: audio.size // WINDOW * WINDOW]
    whole = StreamingVad().push(audio)
    vad = StreamingVad()
    chunked = np.concatenate([vad.push(audio[i : i + 1600]) for i in range(0, audio.size, 1600)])
    assert chunked.shape == whole.shape
    assert np.abs(chunked - whole).max() < 1e-5  # the state carries over exactly
