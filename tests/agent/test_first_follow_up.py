"""A follow-up after answers that covered nothing of the question (off the subject, vague)
does not speak as if part of it had been answered.

Read in an offline interview: "I usually go hiking at the weekend" to "What is the difference
between pointwise, pairwise and listwise learning to rank?" was followed by "Think about
pointwise again: what key part is still missing?", and "我比较喜欢看足球" to a LogLoss question
by "这个问题还有一个关键点你没讲到，能再想想吗？". The questions below are written for this test.
"""

from __future__ import annotations

import pytest

from agent import _questions
from agent.keypoints import key_points
from agent.state import InterviewOptions

EN_Q = "What is the difference between pointwise, pairwise and listwise learning to rank?"
EN_REF = (
    "Pointwise treats each document as a regression or classification target; pairwise "
    "learns from ordered pairs; listwise optimises the whole ranked list."
)
ZH_Q = "为什么推荐里常用 LogLoss 而不是 AUC 做训练目标？"
ZH_REF = (
    "AUC 不可导，没法直接用梯度下降优化；LogLoss 可导，而且输出能解释成点击概率，方便校准和排序。"
)
OFF = {"en": "I usually go hiking at the weekend.", "zh": "我比较喜欢看足球，周末经常熬夜看比赛。"}
AS_IF_ANSWERED = (
    "again",
    "still missing",
    "one more",
    "say more",
    "还有一个",
    "再想想",
    "还缺",
    "再补充",
)


def _follow_up(language: str, hits: int, seq: int) -> str:
    question, reference = (EN_Q, EN_REF) if language == "en" else (ZH_Q, ZH_REF)
    points = key_points(reference)
    said = OFF[language] if not hits else points[0].text
    about = _questions.FollowUp(
        points[1 if hits else 0], points[:hits], "fundamentals", said, said, question
    )
    options = InterviewOptions(language=language)  # type: ignore[arg-type]
    return _questions.written_follow_up(about, options, seq)[0]


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("seq", range(1, 4))
def test_after_an_answer_that_covered_nothing_no_follow_up_says_something_is_still_missing(
    language: str, seq: int
) -> None:
    text = _follow_up(language, 0, seq)
    assert not any(word in text for word in AS_IF_ANSWERED), text
    assert any(opening in text for opening in (*FIRST, *FIRST_ZH)), text


FIRST = ("Let's start with", "First, ", "Let's focus", "come back to", "step by step", "Put simply")
FIRST_ZH = ("说起，", "先说说", "聚焦在", "回到这个问题本身", "一步步来", "简单来说")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_after_an_answer_that_covered_a_point_it_is_not_asked_from_the_start(
    language: str,
) -> None:
    for seq in range(1, 4):
        text = _follow_up(language, 1, seq)
        assert not any(opening in text for opening in (*FIRST, *FIRST_ZH)), text


@pytest.mark.parametrize(
    "reference",
    [
        "Estimate propensities with randomisation, then weight clicks by inverse propensity.",
        "Compute gradients per sample, then clip each one to a fixed norm.",
    ],
)
def test_a_point_that_starts_on_a_verb_is_not_asked_about_the_verb(reference: str) -> None:
    """ "Can you say more about estimate?": a sentence's capital was read as a name's."""
    verb = reference.split()[0].lower()
    points = key_points(reference)
    about = _questions.FollowUp(points[0], [], "fundamentals", OFF["en"], OFF["en"], "How?")
    for seq in range(1, 4):
        text = _questions.written_follow_up(about, InterviewOptions(language="en"), seq)[0]
        assert f"about {verb}?" not in text.lower() and f"start with {verb}." not in text.lower(), (
            text
        )


@pytest.mark.parametrize("seq", range(1, 4))
def test_a_subject_of_the_notes_is_not_asked_for_more_after_an_answer_about_something_else(
    seq: int,
) -> None:
    """ "Can you say more about how the model is trained?" after an answer about football."""
    reference = (
        "The model is trained to produce fluent, likely continuations, not to check facts; "
        "knowledge can be missing, outdated or only weakly stored."
    )
    points = key_points(reference)
    question = "Why do LLMs hallucinate, and how can we reduce it?"
    about = _questions.FollowUp(points[0], [], "fundamentals", OFF["en"], OFF["en"], question)
    text = _questions.written_follow_up(about, InterviewOptions(language="en"), seq)[0]
    assert "how the model is trained" in text, text
    assert not any(word in text.lower() for word in ("say more", "tell me more")), text
