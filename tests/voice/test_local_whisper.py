"""LocalWhisper's decoding of one piece, on the real base model.

Live pieces are encoded in a window as long as the piece plus a margin, not Whisper's
30 s: about half the decoding work (benchmarks/bench_voice.py). A decode that loops,
fails Whisper's checks or says the prompt back is decoded again, a bounded number of
times. Loops are provoked deterministically: a fake first decode stands in for the
model's mistake (which model, which CPU, loops where differs), the retry is real."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from voice_helpers import load_16k

import voice._local as local
from voice import Transcriber
from voice._accuracy import wer
from voice._local import MAX_PASSES, Attempt, acceptable, attempts
from voice._text import spoken_units

pytestmark = pytest.mark.slow
JFK = (
    "And so my fellow Americans, ask not what your country can do for you, ask what you "
    "can do for your country."
)


def _jfk(real_speech: list[dict[str, Any]]) -> Any:
    return load_16k(next(c for c in real_speech if c["file"].startswith("en_jfk"))["path"])


def _fake(text: str, logprob: float = -0.2, compression: float = 1.5) -> Any:
    """A raw faster-whisper segment as a decode that went wrong would give it."""
    return SimpleNamespace(
        start=0.0,
        end=3.0,
        text=text,
        avg_logprob=logprob,
        compression_ratio=compression,
        no_speech_prob=0.01,
        words=None,
    )


def _spy_decodes(
    transcriber: Transcriber, monkeypatch: pytest.MonkeyPatch, first: list[Any] | None = None
) -> list[Attempt]:
    """Every attempt LocalWhisper decodes; with `first`, the first decode returns it."""
    whisper = transcriber._local
    real = whisper._decode
    seen: list[Attempt] = []

    def spying(audio: Any, attempt: Attempt, *args: Any) -> Any:
        seen.append(attempt)
        if first is not None and len(seen) == 1:
            return first, "en"
        return real(audio, attempt, *args)

    monkeypatch.setattr(whisper, "_decode", spying)
    return seen


def test_attempts_drop_the_context_then_the_short_window_then_the_prompt() -> None:
    audio = np.zeros(16000 * 4, dtype=np.float32)
    frames = local._window_frames(audio)
    ladder = attempts(audio, "en", "P.", "before", short_window=True)
    assert ladder[:2] == [Attempt("P. before", frames=frames), Attempt("P.", frames=frames)]
    assert ladder[2:4] == [Attempt("P."), Attempt(None)]
    assert ladder[4].temperature > 0 and ladder[4].prompt is None
    assert attempts(audio, "en", "P.", "before", short_window=False)[:3] == [
        Attempt("P. before"),
        Attempt("P."),
        Attempt(None),
    ]
    assert attempts(audio, "en", None, "", short_window=False)[0] == Attempt(None)


def test_what_is_kept_and_what_is_decoded_again() -> None:
    audio = np.zeros(16000 * 4, dtype=np.float32)
    assert acceptable([_fake("ask not what your country can do")], audio, "en", None)
    looped = "ask what you can do for your country, ask what you can do for your country"
    assert not acceptable([_fake(looped)], audio, "en", None)
    assert not acceptable([_fake("you you you " * 10)], audio, "en", None)  # too many words
    assert not acceptable([_fake("ask not", logprob=-1.5)], audio, "en", None)
    assert not acceptable([_fake("ask not", compression=2.6)], audio, "en", None)
    prompt = "An answer in a technical interview about LoRA, BM25."
    assert not acceptable([_fake(f"{prompt} {prompt}")], audio, "en", prompt)
    assert acceptable([_fake("We tuned LoRA adapters.")], audio, "en", prompt)
    before = "And so my fellow Americans, ask not what your country can do for you."
    assert not acceptable([_fake("ask not what your country can do")], audio, "en", None, before)


def test_a_live_piece_is_encoded_in_a_short_window(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    jfk = _jfk(real_speech)  # 11 s: a 16 s window instead of 30 s
    seen = _spy_decodes(transcriber, monkeypatch)
    short, _ = transcriber._local.transcribe(jfk, language="en", short_window=True)
    full, _ = transcriber._local.transcribe(jfk, language="en")
    assert [a.frames for a in seen] == [1600, None]
    assert wer(JFK, " ".join(s.text for s in short)) <= 0.15
    assert wer(JFK, " ".join(s.text for s in full)) <= 0.15


def test_a_loop_in_the_short_window_is_decoded_again_without_context_then_in_full(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    looped = [_fake("ask what you can do for your country, " * 3)]
    seen = _spy_decodes(transcriber, monkeypatch, first=looped)
    segments, _ = transcriber._local.transcribe(
        _jfk(real_speech), language="en", context="Thank you.", short_window=True
    )
    assert seen[0].frames is not None and seen[0].prompt == "Thank you."
    assert seen[1] == Attempt(None, frames=seen[0].frames)  # the cheap window, no context
    assert wer(JFK, " ".join(s.text for s in segments)) <= 0.15


def test_a_loop_in_the_short_window_with_no_context_is_decoded_again_in_full(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    looped = [_fake("ask what you can do for your country, " * 3)]
    seen = _spy_decodes(transcriber, monkeypatch, first=looped)
    segments, _ = transcriber._local.transcribe(_jfk(real_speech), language="en", short_window=True)
    assert seen[0].frames is not None and seen[1].frames is None  # then Whisper's 30 s
    assert wer(JFK, " ".join(s.text for s in segments)) <= 0.15


def test_a_loop_caused_by_the_previous_text_is_decoded_again_without_it(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = "ask what you can do for your country, " * 3
    looped = [_fake(before.strip())]
    seen = _spy_decodes(transcriber, monkeypatch, first=looped)
    segments, _ = transcriber._local.transcribe(_jfk(real_speech), language="en", context=before)
    assert before.strip() in (seen[0].prompt or "") and seen[1].prompt is None
    assert wer(JFK, " ".join(s.text for s in segments)) <= 0.15


def test_the_prompt_said_back_is_decoded_again_without_the_prompt(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "以下是技术面试的回答。 以下是技术面试的回答。" came back for a whole answer once."""
    prompt = "An answer in a technical interview about LoRA, BM25."
    seen = _spy_decodes(transcriber, monkeypatch, first=[_fake(f"{prompt} {prompt}")])
    segments, _ = transcriber._local.transcribe(_jfk(real_speech), language="en", prompt=prompt)
    assert seen[0].prompt == prompt and len(seen) >= 2
    assert "interview" not in " ".join(s.text for s in segments)


def test_a_piece_that_always_fails_costs_at_most_max_passes(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Retries never compound: a piece that no decode gets right is decoded MAX_PASSES
    times, and the likeliest of those results is kept."""
    monkeypatch.setattr(local, "acceptable", lambda *args: False)
    seen = _spy_decodes(transcriber, monkeypatch)
    segments, _ = transcriber._local.transcribe(
        _jfk(real_speech), language="en", prompt="P.", context="before", short_window=True
    )
    assert len(seen) == MAX_PASSES
    assert wer(JFK, " ".join(s.text for s in segments)) <= 0.3


def test_a_decode_writes_at_most_its_token_budget_whatever_the_prompt(
    transcriber: Transcriber, real_speech: list[dict[str, Any]]
) -> None:
    """A loop stops at MAX_TOKENS_PER_S per second of audio, not at the model's 448; with
    a long prompt the budget shrinks to what the prompt leaves (faster-whisper would
    refuse it with a ValueError)."""
    whisper = transcriber._local
    assert whisper._token_budget(np.zeros(16000 * 4, dtype=np.float32)) == 4 * 20 + 16
    context = "ask what you can do for your country, " * 30  # past the 223 prompt tokens
    segments, _ = whisper.transcribe(_jfk(real_speech), language="en", context=context)
    assert segments  # decoded, not refused
    assert spoken_units(" ".join(s.text for s in segments)) <= whisper._token_budget(
        _jfk(real_speech)
    )
