"""LocalWhisper's decoding of live pieces, on the real base model.

Live pieces are encoded in a window as long as the piece plus a margin, not Whisper's
30 s: about half the decoding work (benchmarks/bench_voice.py). A decode that loops,
in the short window or because of the text said before the piece, is decoded again."""

from __future__ import annotations

from typing import Any

import pytest
from voice_helpers import load_16k

import voice._local as local
from voice import Transcriber
from voice._accuracy import wer
from voice._text import repeats_phrase

pytestmark = pytest.mark.slow


def _jfk(shared_audio: list[dict[str, Any]]) -> Any:
    return load_16k(next(c for c in shared_audio if c["file"] == "en_jfk.wav")["path"])


def _encoded_frames(transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The encoder output length (frames / 2) of every window the real model encodes."""
    model = transcriber._local._model
    seen: list[int] = []
    real = model.encode

    def spying(features: Any) -> Any:
        output = real(features)
        seen.append(output.shape[1])
        return output

    monkeypatch.setattr(model, "encode", spying)
    return seen


def test_a_live_piece_is_encoded_in_a_short_window(
    transcriber: Transcriber, shared_audio: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    jfk = _jfk(shared_audio)  # 11 s: a 16 s window instead of 30 s
    seen = _encoded_frames(transcriber, monkeypatch)
    short, _ = transcriber._local.transcribe(
        jfk, language="en", vad_filter=False, short_window=True
    )
    assert seen == [800]
    full, _ = transcriber._local.transcribe(jfk, language="en", vad_filter=False)
    assert seen[1:] == [1500]
    assert wer(" ".join(s.text for s in full), " ".join(s.text for s in short)) <= 0.1


def test_a_loop_in_the_short_window_is_decoded_again_in_full(
    transcriber: Transcriber, shared_audio: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last 3.8 s of the JFK clip in a 4.8 s window send base into a loop ("you ask
    what you can do for your country, you ask what you can do for your country, ...")."""
    monkeypatch.setattr(local, "SHORT_WINDOW_MARGIN_S", 1.0)
    monkeypatch.setattr(local, "SHORT_WINDOW_MIN_S", 0.0)
    tail = _jfk(shared_audio)[-int(3.8 * 16000) :]
    seen = _encoded_frames(transcriber, monkeypatch)
    segments, _ = transcriber._local.transcribe(
        tail, language="en", vad_filter=False, short_window=True
    )
    text = "".join(s.text for s in segments)
    assert seen[0] == 240 and 1500 in seen[1:]  # looped in 4.8 s, then the full window
    assert not repeats_phrase(text) and "your country" in text, text


def test_a_loop_caused_by_the_previous_text_is_decoded_again_without_it(
    transcriber: Transcriber, shared_audio: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The candidate repeated a phrase; with that as the prompt, base repeats it too."""
    piece = _jfk(shared_audio)[int(2.5 * 16000) : int(7.5 * 16000)]  # "...ask not what your..."
    before = "ask what you can do for your country, " * 3
    seen = _encoded_frames(transcriber, monkeypatch)
    segments, _ = transcriber._local.transcribe(
        piece, language="en", vad_filter=False, context=before
    )
    text = "".join(s.text for s in segments)
    assert len(seen) >= 2  # the prompted decode looped and was thrown away
    assert not repeats_phrase(text) and "what your country" in text, text
