"""`mianba transcribe`, run in-process through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import voice
from mianba.cli import main

pytestmark = pytest.mark.slow
JARGON = ("LoRA", "BM25", "KV cache")
NOTE = """# 基础知识

## LoRA 是什么？
LoRA 在冻结的权重旁加低秩矩阵，只训练很少的参数。LoRA 的秩一般取 8 或 16。

## BM25 和向量检索有什么区别？
BM25 按词频和文档长度打分，适合精确匹配术语；混合检索把 BM25 和向量检索的结果融合。

## KV cache 为什么能加速推理？
KV cache 保存已经算过的 key 和 value，解码时不用重复计算，KV cache 会占用显存。
"""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own MIANBA_HOME: no test reads the user's settings or notes."""
    home = tmp_path / "home"
    monkeypatch.setenv("MIANBA_HOME", str(home))
    return home


def _terms_given(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The terms each real Transcriber is made with."""
    given: list[list[str]] = []
    real_init = voice.Transcriber.__init__

    def init(self: Any, config: Any, terms: Any = ()) -> None:
        given.append(list(terms))
        real_init(self, config, terms)

    monkeypatch.setattr(voice.Transcriber, "__init__", init)
    return given


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


def test_the_imported_notes_terms_are_listened_for_unless_no_terms(
    audio_fixtures: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "fundamentals.md").write_text(NOTE, encoding="utf-8")
    assert main(["ingest", str(notes)]) == 0
    given = _terms_given(monkeypatch)
    answer = str(audio_fixtures / "jargon_answer.wav")
    capsys.readouterr()
    assert main(["transcribe", answer, "--lang", "en", "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert set(JARGON) <= set(given[0]), given
    assert all(term in text for term in JARGON), text
    assert main(["transcribe", answer, "--lang", "en", "--no-terms", "--terms", "RAG"]) == 0
    assert given[1] == ["RAG"]


def test_with_nothing_imported_no_store_is_created(
    audio_fixtures: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = _terms_given(monkeypatch)
    assert main(["transcribe", str(audio_fixtures / "en_pause.wav"), "--lang", "en"]) == 0
    assert given == [[]] and not (home / "knowledge").exists()
