"""`mianba transcribe`, run in-process through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mianba.cli import main

pytestmark = pytest.mark.slow


def test_json_output_is_stable(audio_fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["transcribe", str(audio_fixtures / "en_pause.wav"), "--lang", "en", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) >= {
        "file",
        "text",
        "language",
        "duration_s",
        "backend",
        "model",
        "warnings",
        "segments",
        "metrics",
    }
    assert out["language"] == "en" and out["model"] == "base" and out["text"]
    assert set(out["segments"][0]) == {"start", "end", "text", "words"}
    assert set(out["metrics"]) == {
        "language",
        "duration_s",
        "speech_span_s",
        "speaking_rate",
        "rate_unit",
        "filler_counts",
        "filler_count",
        "fillers_per_min",
        "long_pause_threshold_s",
        "long_pauses",
        "longest_pause_s",
        "time_to_first_word_s",
        "english_term_share",
    }
    assert out["metrics"]["long_pauses"] == 1


def test_plain_output_and_terms(audio_fixtures: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "transcribe",
            str(audio_fixtures / "jargon_answer.wav"),
            "--lang",
            "en",
            "--terms",
            "LoRA,BM25,KV cache",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "BM25" in out.splitlines()[0]
    assert "[00:0" in out and "speaking rate" in out and "long pauses" in out


def test_bad_file_exits_2_with_a_message_and_no_traceback(
    audio_fixtures: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["transcribe", str(audio_fixtures / "not_audio.wav")])
    captured = capsys.readouterr()
    assert code == 2
    assert "not an audio file we can read" in captured.err
    assert "Traceback" not in captured.err + captured.out
