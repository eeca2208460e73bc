"""Recordings of several utterances (>= 30 s, zh and en), built from real clips.

Five real Mandarin utterances joined into 34.6 s once came out as the first one only:
a whole file is now cut at the VAD's pauses and decoded piece by piece. The clips are
the real ones the tests own (tests/voice/data), some sped up or pitched by sox so that
no two utterances are the same audio (Whisper tends to drop an exact repeat)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from voice import Transcriber
from voice._accuracy import long_recording, recall

pytestmark = pytest.mark.slow
# The failure guarded against lost most utterances (0.11-0.15 of the words kept). The
# recording is six variants of one sentence, and Whisper may still drop one exact-sounding
# repeat or mishear a word (停滞 -> 停制: 0.79 on one run), so the test allows that; the
# 0.9 target is measured by benchmarks/bench_voice.py.
MIN_RECALL = 0.6


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_long_recording_keeps_every_utterance(
    transcriber: Transcriber,
    real_speech: list[dict[str, Any]],
    tmp_path: Path,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    audio, said = long_recording(real_speech, lang, 30.0, tmp_path)
    pieces: list[float] = []
    real_decode = transcriber._decode

    def counting(piece: np.ndarray, *args: Any, **kwargs: Any) -> Any:
        pieces.append(piece.size / 16000)
        return real_decode(piece, *args, **kwargs)

    monkeypatch.setattr(transcriber, "_decode", counting)
    result = transcriber.transcribe(audio, language=lang)
    assert len(pieces) >= 2 and max(pieces) <= 30.0  # cut by the VAD, never one window
    assert recall(said, result.text, lang) >= MIN_RECALL, result.text
    assert result.segments == sorted(result.segments, key=lambda s: s.start)
    assert result.segments[-1].end <= result.duration_s + 0.5


def test_a_long_chinese_recording_live_keeps_most_utterances(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], tmp_path: Path
) -> None:
    audio, said = long_recording(real_speech, "zh", 30.0, tmp_path)
    inc = transcriber.incremental(language="zh")
    for i in range(0, audio.size, 1600):
        inc.feed(audio[i : i + 1600])
    result = inc.finish()
    assert recall(said, result.text, "zh") >= MIN_RECALL, result.text
