"""A grader is believed in the languages it passed its check in, session by session: a
Chinese session scored (or scored again from Review) after the interview setting became
English is still judged as Chinese."""

from __future__ import annotations

from pathlib import Path

from agent.grader_check import GraderCheck, remember
from mianba.settings import load_settings
from mianba.wiring import agent_config, grader_checks_path

URL, MODEL = "http://127.0.0.1:9/v1", "judge"


def _settings(tmp_path: Path, language: str):  # type: ignore[no-untyped-def]
    s = load_settings(home=tmp_path, llm={"base_url": URL, "model": MODEL})
    s.interview.language = language  # type: ignore[assignment]
    return s


def _passed_in(s, language: str) -> None:  # type: ignore[no-untyped-def]
    check = GraderCheck(URL, MODEL, language, 3, 3, 20.0, 0, "2026-12-07T10:00:00")
    assert check.passed
    remember(grader_checks_path(s), check)


def test_a_chinese_session_is_judged_as_chinese_after_the_setting_became_english(
    tmp_path: Path,
) -> None:
    s = _settings(tmp_path, "en")
    _passed_in(s, "zh")  # the model passed in Chinese only
    config = agent_config(s)
    assert config.scoring.grader_trusted is False  # the setting's language: English
    assert config.in_language("zh").scoring.grader_trusted is True
    assert config.in_language("en").scoring.grader_trusted is False
    assert config.in_language("zh").language == "zh"


def test_the_interviewer_scores_each_session_as_its_own_language_says(tmp_path: Path) -> None:
    from agent import Interviewer

    s = _settings(tmp_path, "en")
    _passed_in(s, "zh")

    class NoNotes:
        def search(self, *args: object, **kwargs: object) -> list[object]:
            return []

    interviewer = Interviewer(agent_config(s), NoNotes())  # type: ignore[arg-type]
    try:
        pool = interviewer._scoring  # the scorers the sessions' answers are scored by
        assert pool.scorer("zh").settings.grader_trusted is True  # type: ignore[attr-defined]
        assert pool.scorer("en").settings.grader_trusted is False  # type: ignore[attr-defined]
    finally:
        interviewer.close()


def test_offline_no_language_is_trusted(tmp_path: Path) -> None:
    s = load_settings(home=tmp_path)
    assert agent_config(s).scoring.trusted_languages == []
    assert agent_config(s).in_language("zh").scoring.grader_trusted is False
