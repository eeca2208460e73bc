"""What one live piece may cost (voice._incremental.DecodeBudget): retries never compound.

A piece that every decode gets wrong costs at most LIVE_PASSES passes of the model, all
retries and second looks included; once someone waits (pieces queued behind it, or the
speaker after the stop) at most HURRIED_PASSES, and a decode Whisper is merely unsure of
is kept rather than decoded again. The model's mistakes are provoked deterministically
(the checks are made to fail); the decodes are the real base model's."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from voice_helpers import load_16k

import voice._local as local
import voice._transcriber as transcriber_module
from voice import Transcriber
from voice._incremental import HURRIED_PASSES, LIVE_PASSES, DecodeBudget

pytestmark = pytest.mark.slow


def test_the_budget_allows_fewer_passes_when_someone_waits() -> None:
    calm = DecodeBudget(LIVE_PASSES)
    assert [calm.allows(n, broken=False) for n in range(LIVE_PASSES + 1)] == [True] * (
        LIVE_PASSES
    ) + [False]
    hurried = DecodeBudget(LIVE_PASSES, hurried=lambda: True)
    assert hurried.allows(1, broken=True) and not hurried.allows(HURRIED_PASSES, broken=True)
    assert not hurried.allows(1, broken=False)  # unsure is kept when someone waits
    assert hurried.look(HURRIED_PASSES) and not hurried.look(LIVE_PASSES)  # a lost phrase
    followed = DecodeBudget(LIVE_PASSES, hurried=lambda: True, followed=lambda: True)
    assert not followed.look(1) and followed.allows(1, broken=True)
    gone = DecodeBudget(LIVE_PASSES, wanted=lambda: False)
    assert not gone.allows(0, broken=True)


def _jfk(real_speech: list[dict[str, Any]]) -> np.ndarray:
    return load_16k(next(c for c in real_speech if c["file"].startswith("en_jfk"))["path"])


def _passes_of_one_piece(transcriber: Transcriber, audio: np.ndarray, budget: Any) -> int:
    before = transcriber._local.passes
    transcriber._decode(audio, "en", offset_s=0.0, context="Thank you.", live=True, budget=budget)
    return int(transcriber._local.passes - before)


@pytest.fixture
def everything_fails(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No decode passes its checks and every piece seems to leave speech out: the worst
    case, which once cost a phrase seven passes and more."""
    monkeypatch.setattr(local, "acceptable", lambda *args: False)
    monkeypatch.setattr(transcriber_module, "says_too_little", lambda *args: True)
    return monkeypatch


def test_a_live_piece_that_always_fails_costs_at_most_live_passes(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], everything_fails: Any
) -> None:
    everything_fails.setattr(local, "broken", lambda *args: True)
    spent = _passes_of_one_piece(transcriber, _jfk(real_speech), DecodeBudget(LIVE_PASSES))
    assert 2 <= spent <= LIVE_PASSES  # retried, within the budget, second look included


def test_a_hurried_piece_retries_only_a_broken_decode(
    transcriber: Transcriber,
    real_speech: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hurried = DecodeBudget(LIVE_PASSES, hurried=lambda: True)
    monkeypatch.setattr(local, "acceptable", lambda *args: False)
    monkeypatch.setattr(local, "broken", lambda *args: True)
    assert _passes_of_one_piece(transcriber, _jfk(real_speech), hurried) == HURRIED_PASSES
    monkeypatch.setattr(local, "broken", lambda *args: False)  # only unsure
    assert _passes_of_one_piece(transcriber, _jfk(real_speech), hurried) == 1


def test_a_piece_nobody_wants_any_more_stops_after_its_pass(
    transcriber: Transcriber, real_speech: list[dict[str, Any]], everything_fails: Any
) -> None:
    """A decode ahead whose speaker went on: its retries would be thrown away."""
    everything_fails.setattr(local, "broken", lambda *args: True)
    gone = DecodeBudget(LIVE_PASSES, wanted=lambda: False)
    assert _passes_of_one_piece(transcriber, _jfk(real_speech), gone) == 1


def test_a_mandarin_decode_writes_fewer_tokens_than_an_english_one(
    transcriber: Transcriber,
) -> None:
    """What `loops` rejects in Mandarin (over 9 characters a second) is not written."""
    four_s = np.zeros(16000 * 4, dtype=np.float32)
    zh, en = (transcriber._local._token_budget(four_s, lang) for lang in ("zh", "en"))
    assert zh < en
    assert zh >= local._MAX_UNITS_PER_AUDIO_S["zh"] * 4 * 1.3  # ~1.3 tokens a character
