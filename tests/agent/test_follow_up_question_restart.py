"""A behavioral question that asks for a view or a reason, not a story ("为什么离开上一家
公司？", "What is your biggest weakness?"), answered off the point, is asked again - not
"挑一件具体的事说说吧，当时是什么情况、你怎么做的、结果怎么样？", which asks for a story
it never wanted. A question that asks for a story still asks for one."""

from __future__ import annotations

import pytest

from agent._questions import story_follow_up
from agent.state import InterviewOptions

OFF_THE_POINT = {"zh": "我比较喜欢看足球。", "en": "I really like football."}


def _restart(language: str, question: str, seq: int) -> str:
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    return story_follow_up(options, seq, [question], OFF_THE_POINT[language], question)


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("zh", "为什么离开上一家公司？"),
        ("zh", "你的缺点是什么"),
        ("en", "What is your biggest weakness?"),
        ("en", "Where do you see yourself in five years?"),
    ],
)
@pytest.mark.parametrize("seq", [1, 2])
def test_a_question_asking_no_story_is_asked_again(language: str, question: str, seq: int) -> None:
    text = _restart(language, question, seq)
    assert question.rstrip("？?") in text, text
    assert not any(word in text for word in ("具体的事", "例子", "one real case", "specific time"))


@pytest.mark.parametrize(
    ("language", "question"),
    [
        ("zh", "讲一次你和同事意见不一致的经历，你是怎么处理的？"),
        ("en", "Tell me about a time you failed"),
    ],
)
def test_a_question_asking_for_a_story_still_asks_for_one(language: str, question: str) -> None:
    for seq in (1, 2):
        text = _restart(language, question, seq)
        assert any(word in text for word in ("具体的事", "例子", "one real case", "specific time"))


def test_a_question_in_the_other_language_is_not_quoted_into_the_interview() -> None:
    text = _restart("en", "为什么离开上一家公司？", 1)
    assert "为什么" not in text and "question" in text
