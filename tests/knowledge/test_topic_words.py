"""A topic's name is a whole word of the question or its answer, not letters inside one.

Read in an offline interview: "How do you handle position bias in click logs?", answered
"Estimate propensities …", was filed under the topic "RoPE" ("p-rope-nsities"), and the
report praised the candidate's "RoPE". The notes below are written for this test.
"""

from __future__ import annotations

import pytest

from knowledge import parse_note
from knowledge._cues import topic_of

NOTES = """Ranking questions
1. How do you handle position bias in click logs?
Estimate propensities with randomisation, then weight each click by its inverse propensity.
2. How does RoPE encode positions?
It rotates query and key vectors by an angle proportional to the token position.
"""


def test_letters_inside_a_word_name_no_topic() -> None:
    assert topic_of("Estimate propensities with randomisation") != "RoPE"
    assert topic_of("We shipped the property graph in Europe") != "RoPE"


def test_a_question_is_filed_under_the_technique_it_names_only() -> None:
    topics = {q.question: q.topic for q in parse_note(NOTES, "ranking.md").questions}
    assert topics["How do you handle position bias in click logs?"] != "RoPE"
    assert topics["How does RoPE encode positions?"] == "RoPE"
    assert topic_of("RoPE 为什么能外推？") == "RoPE"


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        (
            "What is the difference between pointwise, pairwise and listwise learning to rank?",
            "pointwise, pairwise and listwise learning to rank",
        ),
        ("What are the trade-offs between precision and recall?", "precision and recall"),
        ("How do you handle position bias in click logs?", "position bias"),
        ("How would you detect data drift in production?", "data drift"),
    ],
)
def test_an_english_question_is_filed_under_what_it_compares_or_deals_with(
    question: str, topic: str
) -> None:
    """Not under its first words cut short ("What is the difference between…"), which the
    report listed as a topic to review."""
    notes = f"Ranking questions\n1. {question}\nAn answer the notes give, in one line.\n"
    assert [q.topic for q in parse_note(notes, "ranking.md").questions] == [topic]


@pytest.mark.parametrize(
    ("question", "answer", "topic"),
    [
        # filed under "Reward model" and "BM25", words of their answers: the report then
        # told the candidate to review "BM25" for a question on hard negatives
        (
            "什么是拒绝采样？",
            "对同一个提示采样多个回复，用奖励模型打分，只保留最高分的。",
            "拒绝采样",
        ),
        (
            "What are hard negatives and why do they matter?",
            "Documents that look relevant (high BM25 score) but are not.",
            "hard negatives",
        ),
    ],
)
def test_a_question_naming_its_subject_after_the_asking_word_is_filed_under_it(
    question: str, answer: str, topic: str
) -> None:
    note = parse_note(f"## 八股 / Fundamentals\n\n### {question}\n{answer}\n", "notes.md")
    assert [q.topic for q in note.questions] == [topic]
