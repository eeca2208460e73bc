"""Endpointer and PCM conversion on their own: no Qt event loop, no wall time."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.audio import Endpointing, PcmFormat, silence_stop_for_stage
from desktop.audio._endpointing import Endpointer
from desktop.audio._pcm import Converter, level_from_dbfs, rms_dbfs

RATE = 16_000
FRAME = RATE * 30 // 1000


def tone(seconds: float, amplitude: float, rng: np.random.Generator | None = None) -> np.ndarray:
    t = np.arange(int(seconds * RATE)) / RATE
    voiced = amplitude * 32767 * np.sin(2 * np.pi * 180 * t)
    return voiced.astype(np.int16)


def noise(seconds: float, std: float, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, std, int(seconds * RATE)).astype(np.int16)


def run(endpointer: Endpointer, audio: np.ndarray) -> list:
    return [endpointer.push(audio[i : i + FRAME]) for i in range(0, len(audio) - FRAME + 1, FRAME)]


def test_a_click_is_not_speech_but_a_word_is() -> None:
    endpointer = Endpointer(Endpointing(silence_stop_s=1.0))
    verdicts = run(endpointer, np.concatenate([noise(1, 10), tone(0.06, 0.3), noise(1, 10)]))
    assert not endpointer.heard_speech  # 60 ms < the 120 ms onset
    assert all(v.stop is None for v in verdicts)
    verdicts = run(endpointer, tone(0.3, 0.3))
    assert endpointer.heard_speech
    assert sum(v.speech_started for v in verdicts) == 1


def test_silence_is_counted_in_samples_after_the_last_word() -> None:
    endpointer = Endpointer(Endpointing(silence_stop_s=2.0))
    run(endpointer, np.concatenate([noise(0.5, 10), tone(1.0, 0.3)]))
    verdicts = run(endpointer, noise(3.0, 10))
    stop_at = next(i for i, v in enumerate(verdicts) if v.stop)
    assert verdicts[stop_at].stop == "silence"
    assert (stop_at + 1) * FRAME / RATE == pytest.approx(2.0, abs=0.031)


def test_the_noise_floor_follows_a_louder_room() -> None:
    """A fan switching on must not count as endless speech."""
    endpointer = Endpointer(Endpointing(silence_stop_s=1.5, max_wait_s=60))
    run(endpointer, np.concatenate([noise(1, 10), tone(0.8, 0.3)]))
    quiet_floor = endpointer.noise_floor_dbfs
    verdicts = run(endpointer, noise(10, 400, seed=1))  # ~ -38 dBFS fan noise from now on
    assert endpointer.noise_floor_dbfs > quiet_floor + 20
    assert any(v.stop == "silence" for v in verdicts)


def test_speech_well_above_a_noisy_floor_is_still_heard() -> None:
    endpointer = Endpointer(Endpointing(silence_stop_s=1.0))
    run(endpointer, noise(6, 400, seed=2))
    assert not endpointer.heard_speech
    run(endpointer, tone(0.5, 0.4))
    assert endpointer.heard_speech


def test_push_to_talk_only_stops_at_the_maximum_length() -> None:
    endpointer = Endpointer(Endpointing(silence_stop_s=None, max_duration_s=3.0))
    verdicts = run(endpointer, np.concatenate([tone(0.5, 0.3), noise(4, 10)]))
    reasons = [v.stop for v in verdicts if v.stop]
    assert reasons[0] == "max_duration"
    first = next(i for i, v in enumerate(verdicts) if v.stop)
    assert (first + 1) * FRAME == pytest.approx(3 * RATE, abs=FRAME)


def test_dbfs_and_level() -> None:
    assert rms_dbfs(np.zeros(100, np.int16)) == -100.0
    assert rms_dbfs(np.array([], np.int16)) == -100.0
    full_sine = tone(0.1, 1.0)
    assert rms_dbfs(full_sine) == pytest.approx(-3.01, abs=0.05)
    assert level_from_dbfs(-60) == 0.0
    assert level_from_dbfs(0) == 1.0
    assert level_from_dbfs(-30) == pytest.approx(0.5)


@pytest.mark.parametrize(
    ("sample_type", "dtype", "scale", "offset"),
    [
        ("int16", "<i2", 32767, 0),
        ("int32", "<i4", 2**31 - 1, 0),
        ("uint8", "u1", 127, 128),
        ("float32", "<f4", 1.0, 0),
    ],
)
def test_converter_turns_any_format_into_16k_mono(sample_type, dtype, scale, offset) -> None:
    rate, seconds = 48_000, 1.0
    t = np.arange(int(rate * seconds)) / rate
    wave = 0.5 * np.sin(2 * np.pi * 300 * t)
    stereo = np.stack([wave, wave], axis=1) * scale + offset
    data = stereo.astype(dtype).tobytes()
    converter = Converter(PcmFormat(rate, 2, sample_type))
    odd_slices = [data[i : i + 1001] for i in range(0, len(data), 1001)]  # frames split anywhere
    out = np.concatenate([converter.convert(piece) for piece in odd_slices])
    assert out.dtype == np.int16
    assert abs(len(out) - RATE * seconds) <= 1
    expected = 0.5 * 32767 * np.sin(2 * np.pi * 300 * np.arange(len(out)) / RATE)
    tolerance = 2 * 256 if sample_type == "uint8" else 60  # 8-bit steps are 256 in int16
    assert np.max(np.abs(out - expected)) < tolerance


def test_converter_passes_16k_mono_int16_through_unchanged() -> None:
    samples = noise(0.5, 3000)
    data = samples.tobytes()
    converter = Converter(PcmFormat())
    out = np.concatenate([converter.convert(data[:777]), converter.convert(data[777:])])
    np.testing.assert_array_equal(out, samples)


def test_technical_stages_wait_longer_before_ending_an_answer() -> None:
    from knowledge import STAGES

    waits = {stage: silence_stop_for_stage(stage, 2.5) for stage in STAGES}
    assert waits["self_intro"] == 2.5
    assert waits["fundamentals"] > waits["behavioral"] > waits["self_intro"]
    assert waits["project"] > waits["self_intro"]
    assert silence_stop_for_stage("wrap_up", 2.5) == 2.5
