"""Answers recorded elsewhere (a phone): the formats a phone writes are decoded, a file too
long to be an answer is refused before it is decoded, and transcribing a file reports its
progress and stops when the caller's progress callback raises."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from voice_helpers import load_16k

from voice import AudioError, Transcriber, load_audio


def _encode(source: Path, target: Path, codec: str, rate: int) -> Path:
    """`source` re-encoded with PyAV's own FFmpeg (as a phone's AAC or Opus would be)."""
    import av

    audio = load_16k(source)
    with av.open(str(target), "w") as out:
        stream = out.add_stream(codec, rate=rate, layout="mono")
        frame = av.AudioFrame.from_ndarray(audio.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = 16000
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)
        for chunk in [*resampler.resample(frame), *resampler.resample(None)]:
            out.mux(stream.encode(chunk))
        out.mux(stream.encode(None))
    return target


def _sox(source: Path, target: Path) -> Path:
    subprocess.run(["sox", "-q", str(source), "-r", "44100", str(target)], check=True)
    return target


@pytest.mark.parametrize("suffix", ["m4a", "mp3", "ogg", "opus", "flac", "3gp"])
def test_a_phones_formats_decode_to_the_same_answer(
    audio_fixtures: Path, tmp_path: Path, suffix: str
) -> None:
    source = audio_fixtures / "en_answer.wav"
    made = {
        "m4a": lambda t: _encode(source, t, "aac", 44100),
        "mp3": lambda t: _sox(source, t),
        "ogg": lambda t: _sox(source, t),
        "opus": lambda t: _encode(source, t, "libopus", 48000),
        "flac": lambda t: _sox(source, t),
        "3gp": lambda t: _encode(source, t, "libopencore_amrnb", 8000),
    }
    try:
        path = made[suffix](tmp_path / f"answer.{suffix}")
    except Exception as exc:  # an encoder this FFmpeg build lacks: nothing to decode
        pytest.skip(f"cannot write {suffix} here: {exc}")
    original, decoded = load_16k(source), load_audio(path)
    assert abs(decoded.size - original.size) < 0.2 * 16000  # codec padding only
    assert float(np.max(np.abs(decoded))) > 0.1


def test_a_file_longer_than_an_answer_is_refused_before_decoding(
    audio_fixtures: Path, tmp_path: Path
) -> None:
    long = tmp_path / "lecture.wav"
    subprocess.run(
        ["sox", "-q", "-n", "-r", "16000", "-c", "1", "-b", "16", str(long), "synth", "660",
         "sine", "300", "vol", "0.1"],
        check=True,
    )  # fmt: skip
    with pytest.raises(AudioError, match="11 min") as raised:
        load_audio(long, max_seconds=600)
    assert raised.value.kind == "too_long" and raised.value.seconds == pytest.approx(660, abs=1)
    assert load_audio(audio_fixtures / "en_answer.wav", max_seconds=600).size > 0


@pytest.mark.slow
def test_transcribing_a_file_reports_progress_and_can_be_stopped(
    transcriber: Transcriber, audio_fixtures: Path
) -> None:
    done: list[float] = []
    result = transcriber.transcribe(
        audio_fixtures / "en_pause.wav", language="en", progress=done.append
    )
    assert "trained" in result.text.lower()
    assert done[0] == 0.0 and done[-1] == 1.0 and done == sorted(done)

    class Stop(Exception):
        pass

    def stop(_fraction: float) -> None:
        raise Stop

    passes = transcriber._local.passes
    with pytest.raises(Stop):
        transcriber.transcribe(audio_fixtures / "en_answer.wav", language="en", progress=stop)
    assert transcriber._local.passes == passes  # stopped before the model ran
