"""A generic follow-up to a question comparing things speaks of them, not of one "it"."""

from __future__ import annotations

import re

import pytest

from agent._generic import compares
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions

# "its"/"it" with no one thing to refer to: "What are its limits?" after "the difference
# between pre-training and fine-tuning"
ONE_THING = re.compile(r"\b(?:it|its)\b|它(?!们)")


@pytest.mark.parametrize(
    ("question", "comparing"),
    [
        ("What is the difference between pre-training and fine-tuning?", True),
        ("BatchNorm 和 LayerNorm 有什么区别？", True),
        ("faiss向量数据库和其他数据库有什么不同？", True),
        ("How does Adam differ from SGD?", True),
        ("LoRA 为什么比较省显存？", False),  # "比较" here is "rather"
        ("LoRA 作用在不同的层有什么效果？", False),
        ("讲一下 RLHF 的三个阶段。", False),
        ("What is LoRA?", False),
    ],
)
def test_a_comparing_question_is_told_apart(question: str, comparing: bool) -> None:
    assert compares(question) is comparing


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("What is the difference between pre-training and fine-tuning?", "en"),
        ("BatchNorm 和 LayerNorm 有什么区别？", "zh"),
    ],
)
@pytest.mark.parametrize("held", [True, False])
@pytest.mark.parametrize("seq", range(3))
def test_a_generic_follow_up_to_a_comparison_speaks_of_the_things_compared(
    question: str, language: str, held: bool, seq: int
) -> None:
    hits = [Point(text="x")] if held else []
    # a point no clean phrase names: the follow-up asks generically
    about = FollowUp(Point(text="…"), hits, "fundamentals", "", question=question)
    asked = offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]
    spoken = asked.replace("think it through and add it", "")  # "it": the point not covered
    assert not ONE_THING.search(spoken), asked


def test_a_question_about_one_thing_keeps_its_follow_ups() -> None:
    about = FollowUp(Point(text="…"), [Point(text="x")], "fundamentals", "", question="LoRA？")
    asked = {offline_follow_up(about, InterviewOptions(language="zh"), seq=s) for s in range(3)}
    assert any("它有什么局限" in a for a in asked), asked


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("如何解决幻觉问题的？", "zh"),
        ("How can we reduce hallucination in RAG answers?", "en"),
    ],
)
@pytest.mark.parametrize("seq", range(3))
def test_after_nothing_held_a_question_on_dealing_with_a_problem_restarts_from_its_cause(
    question: str, language: str, seq: int
) -> None:
    """An English interview on the shared notes asked "Let's start from the basics: what
    problem is it meant to solve?" after an off-topic answer to "如何解决幻觉问题的？"."""
    about = FollowUp(Point(text="…"), [], "fundamentals", "", question=question)
    asked = offline_follow_up(about, InterviewOptions(language=language), seq=seq)  # type: ignore[arg-type]
    assert not re.search(r"meant to solve|为了解决什么问题|用来做什么", asked), asked
    assert re.search(r"cause|原因|try first|优先尝试", asked), asked


def test_a_comparison_is_not_asked_what_each_thing_is_for_twice_in_a_row() -> None:
    """Read in the demo interview: "Let's take them one at a time: what is each of them
    for?" then, after another empty answer, "Let's start from the basics: what does each
    one do?" - the same question again."""
    questions = {
        "en": "What is the difference between bagging and boosting?",
        "zh": "Bagging 和 Boosting 有什么区别？",
    }
    for language, question in questions.items():
        for start in range(3):
            asked = [question]
            for seq in (start, start + 1):
                # a point no clean phrase names, after answers that held nothing
                about = FollowUp(Point(text="…"), [], "fundamentals", "", question=question)
                options = InterviewOptions(language=language)  # type: ignore[arg-type]
                asked.append(offline_follow_up(about, options, seq, asked))
            first, second = asked[1], asked[2]
            for each in ("each", "各自", "分别"):
                assert not (each in first and each in second), (first, second)
