"""An answer the offline estimate could not compare with the notes (another language: "a
rough estimate, 50 at most") is no weak topic in the report and no answer to practise again:
the cap measured the language, not what the candidate knows."""

from __future__ import annotations

from pathlib import Path

import pytest
from interview_fixtures import EN_QUESTIONS, ZH_QUESTIONS, MemoryRetriever, drive, make_interviewer

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
