"""When the question itself asks for the result ("How did you measure success?", "如何评价
项目的效果好坏？"), a follow-up on a missed result asks for its figures - it does not read
them out first ("This result: precision at 1% alert rate went from 0.41 to 0.63. What led
to it…" told the candidate the answer). A deep dive's "how did it turn out?" still names
the result it asks about."""

from __future__ import annotations

import pytest

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions

RESULTS = [
    ("en", "How did you measure success?", "Precision at 1% alert rate went from 0.41 to 0.63"),
    ("en", "What were the results?", "Recall went from 65% to 88%"),
    ("zh", "如何评价RAG项目的效果好坏，即指标是什么？", "召回率从65%提到88%"),
    ("zh", "效果怎么样？", "上线后人工转接率下降了20%"),
]


def _ask(language: str, question: str, point: str, seq: int) -> str:
    about = FollowUp(Point(text=point), [], "project", "", "", question)
    return offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "question", "point"), RESULTS)
@pytest.mark.parametrize("seq", range(2))
def test_a_result_the_question_asked_for_is_not_read_out(
    language: str, question: str, point: str, seq: int
) -> None:
    text = _ask(language, question, point, seq)
    assert not any(figure in text for figure in ("0.41", "0.63", "65%", "88%", "20%")), text
    assert any(word in text for word in ("number", "数")), text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_deep_dives_result_is_still_named(language: str) -> None:
    question = {
        "en": 'I see you worked on "X". What was your part, and how did it turn out?',
        "zh": "我看到你做过「X」。能具体讲讲吗：你负责哪部分、怎么做的、效果怎么样？",
    }[language]
    point = {"en": "Recall went from 65% to 88%", "zh": "召回率从65%提到88%"}[language]
    assert "88%" in _ask(language, question, point, 0)
