"""Whether to follow up, and on what: as a candidate reads whole offline interviews."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from interview_fixtures import ZH_QUESTIONS, MemoryRetriever, drive, make_interviewer, of_type

from agent import InterviewOptions

OVERFIT, ATTENTION = ZH_QUESTIONS[1], ZH_QUESTIONS[2]


def _asked(
    home: Path, retriever: MemoryRetriever, options: InterviewOptions, answers: list[str]
) -> list[Any]:
    iv = make_interviewer(home, retriever)
    sid = iv.start(options)
    events = drive(iv, sid, answers)
    iv.close()
    return of_type(events, "question_asked")


def test_a_good_english_answer_on_chinese_notes_is_not_asked_again(mianba_home: Path) -> None:
    """Offline, English words cannot be compared with Chinese notes: "you missed it all"
    judged the language, and the follow-up asked a complete answer again ("Let's come back
    to the question itself…")."""
    retriever = MemoryRetriever(questions=[OVERFIT, ATTENTION], projects=[])
    options = InterviewOptions(stages=["fundamentals"], minutes=30, language="en")
    answer = (
        "Overfitting is when a model does well on the training set but badly on the test set. "
        "Regularization, dropout, early stopping and more training data all reduce it."
    )
    asked = _asked(mianba_home, retriever, options, [answer, answer])
    assert not asked[1].is_follow_up, asked[1].text
    # the same answer in the notes' language is measured, and a weak one is followed up
    zh = InterviewOptions(stages=["fundamentals"], minutes=30, language="zh")
    weak = _asked(mianba_home, retriever, zh, ["过拟合就是训练集好测试集差。", "不太清楚。"])
    assert weak[1].is_follow_up
