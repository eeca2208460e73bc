"""An answer the offline estimate could not compare with the notes ("a rough estimate, 50
at most": another language, a story of the candidate's own, a question the notes do not
answer) is no weak topic in the report and no answer to practise again: the cap measured
the notes, not what the candidate knows."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import EN_QUESTIONS, ZH_QUESTIONS, MemoryRetriever, drive, make_interviewer
from test_own_story import CONFLICT, OWN_STORY

from agent import _rubric
from agent._coverage import Coverage
from agent._offline_scoring import estimate
from agent.prompts.scoring import OWN_STORY_DETAILS, ROUGH_ESTIMATE_MAX
from agent.report import WEAK_TURN
from agent.state import InterviewOptions
from knowledge import Question

EN_ON_OVERFITTING = (
    "Overfitting is when a model fits the training set well but does badly on the test set. "
    "We reduce it with regularization, dropout and early stopping, and more training data or "
    "data augmentation also helps."
)
ZH_ON_OVERFITTING = (
    "过拟合就是模型在训练数据上表现很好，但在测试数据上表现差。"
    "可以用正则化、dropout 和早停来缓解，增加数据也有帮助。"
)


@pytest.mark.parametrize(
    ("language", "questions", "answer"),
    [("zh", ZH_QUESTIONS, EN_ON_OVERFITTING), ("en", EN_QUESTIONS, ZH_ON_OVERFITTING)],
)
def test_an_answer_in_the_other_language_is_no_weak_topic(
    mianba_home: Path, language: str, questions: list[Question], answer: str
) -> None:
    overfitting = [q for q in questions if q.id.endswith("overfit")]
    iv = make_interviewer(mianba_home, MemoryRetriever(overfitting, []), max_follow_ups=0)
    options = InterviewOptions(stages=["fundamentals"], minutes=10, language=language)  # type: ignore[arg-type]
    sid = iv.start(options)
    drive(iv, sid, [answer])
    session = iv.store.get(sid)
    iv.close()
    turn = session.turns[0]
    assert turn.score is not None and turn.score.overall is not None
    assert turn.score.overall <= 50  # capped: the card says it could not compare
    report = session.report
    assert report is not None and report.scored == 1
    assert report.weak_topics == [] and report.repractise == []


def test_a_story_of_the_candidates_own_is_no_weak_topic(mianba_home: Path) -> None:
    """Offline, a story the notes do not tell is judged on its form alone (a rough estimate,
    50 at most): the cap measured the notes, not the candidate."""
    iv = make_interviewer(mianba_home, MemoryRetriever([CONFLICT], []), max_follow_ups=0)
    options = InterviewOptions(stages=["behavioral"], minutes=10, language="zh")
    sid = iv.start(options)
    drive(iv, sid, [OWN_STORY])
    session = iv.store.get(sid)
    iv.close()
    score = session.turns[0].score
    assert score is not None and score.overall is not None
    assert OWN_STORY_DETAILS.zh in score.summary and score.overall <= ROUGH_ESTIMATE_MAX
    assert score.overall < WEAK_TURN  # weak by the report's measure, were it judged
    assert session.report is not None and session.report.weak_topics == []


def test_the_cap_the_cards_state_is_the_one_the_estimate_keeps() -> None:
    """With nothing to compare the answer with, no stage's estimate passes the number the
    cards say."""
    long_answer = ["我负责设计方案并且推动上线，结果把延迟从 900 ms 降到 300 ms，收获很大。"] * 12
    for stage in ("self_intro", "project", "fundamentals", "behavioral"):
        result = estimate(stage, Coverage(content=long_answer), "zh")  # type: ignore[arg-type]
        overall = _rubric.overall(result.dimensions, _rubric.weights(stage, {}))  # type: ignore[arg-type]
        assert overall <= ROUGH_ESTIMATE_MAX, (stage, overall)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_an_answer_the_notes_have_no_reference_for_is_no_weak_topic(language: str) -> None:
    """ "What would you change?" has no answer in the notes: its estimate (50 at most) judged
    the form alone; a topic answered well elsewhere is not made weak by it."""
    from agent import Answer, DimensionScore, Turn, TurnScore
    from agent.prompts.scoring import NO_REFERENCE_DETAILS, OFFLINE_SUMMARY
    from agent.report import build_report

    def turn(n: int, overall: float, summary: str) -> Turn:
        score = TurnScore(
            status="offline_estimate",
            overall=overall,
            dimensions=[DimensionScore(name="technical_depth", score=2, reason="")],
            summary=summary,
        )
        question = f"question {n}"
        return Turn(
            turn_id=f"t{n:03d}",
            seq=n,
            stage="project",
            topic="RAG",
            question=question,
            is_follow_up=n > 1,
            answer=Answer(text=f"answer {n}"),
            score=score,
        )

    rough = OFFLINE_SUMMARY.said_in(language).format(details=NO_REFERENCE_DETAILS.said_in(language))
    report = build_report("s", [turn(1, 70, "covers 3 of 4"), turn(2, 25, rough)], offline=True)
    assert report.weak_topics == [] and report.repractise == []
