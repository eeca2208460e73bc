"""An English name opening a point keeps its capital inside a question; a plain word loses it."""

from __future__ import annotations

import pytest

from agent._capitals import mid_sentence
from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Adam keeps two moments for every parameter", "Adam keeps two moments"),
        ("Google released BERT in 2018", "Google released"),
        ("BM25 scores terms by frequency", "BM25 scores"),
        ("LightGBM ranks the candidates", "LightGBM ranks"),
        ("Regularization reduces variance", "regularization reduces"),
        ("The reranker sees the top 50", "the reranker"),
        ("Training stops early", "training stops"),
        ("Mitigations: ground the answers", "mitigations:"),
        ("Each expert is an FFN", "each expert"),
    ],
)
def test_only_a_plain_word_loses_its_capital(phrase: str, said: str) -> None:
    assert mid_sentence(phrase).startswith(said)


def test_a_word_the_notes_write_in_lower_case_is_a_plain_one() -> None:
    assert mid_sentence("Dropout zeroes activations").startswith("Dropout")
    around = "Use dropout and weight decay."
    assert mid_sentence("Dropout zeroes activations", around).startswith("dropout")


@pytest.mark.parametrize("seq", range(4))
def test_an_english_follow_up_keeps_a_name_as_written(seq: int) -> None:
    probe = Point(text="Adam keeps two moments for every parameter")
    about = FollowUp(probe, [], "fundamentals", "SGD uses one learning rate.")
    asked = offline_follow_up(about, InterviewOptions(language="en"), seq=seq)
    assert "adam" not in asked and "Adam" in asked, asked


NOTES = """## Meta's open models
Meta released the weights under a research licence.
Llama keeps the weights open for research.
Llama was trained on public data only.
Thousands of teams fine-tuned it within a month.
"""


@pytest.mark.parametrize(
    ("phrase", "said"),
    [
        ("Meta released the weights under a research licence", "Meta released"),  # a heading
        ("Llama keeps the weights open for research", "Llama keeps"),  # another line
        ("Thousands of teams fine-tuned it within a month", "thousands of teams"),  # only here
    ],
)
def test_a_common_word_the_notes_capitalise_elsewhere_is_their_name(phrase: str, said: str) -> None:
    assert mid_sentence(phrase, phrase, NOTES).startswith(said)


@pytest.mark.parametrize(
    ("text", "hits", "name"),
    [
        (
            "Meta released the weights under a research licence",
            ["Meta asked for a form before the download"],
            "Meta released",
        ),
        (
            "Llama keeps the weights open for research",
            ["Llama was trained on public data only"],
            "Llama keeps",
        ),
    ],
)
@pytest.mark.parametrize("seq", range(3))
def test_an_english_follow_up_keeps_a_name_that_is_also_a_common_word(
    text: str, hits: list[str], name: str, seq: int
) -> None:
    about = FollowUp(Point(text=text), [Point(text=h) for h in hits], "fundamentals")
    asked = offline_follow_up(about, InterviewOptions(language="en"), seq=seq)
    assert name.lower() not in asked and name in asked, asked


@pytest.mark.parametrize(
    "phrase", ["Precision@10 rose from 0.52 to 0.70", "Hit@3 went from 48% to 66%"]
)
def test_a_metric_named_with_its_cutoff_keeps_its_case(phrase: str) -> None:
    # "About this change: recall@5 went from 71% to 89%" wrote the notes' "Recall@5" anew
    assert mid_sentence(phrase, "we tuned the ranker for precision and hit rate") == phrase
    probe = Point(text=phrase)
    about = FollowUp(probe, [], "project", "We tuned the ranker.")
    for seq in range(3):
        asked = offline_follow_up(about, InterviewOptions(language="en"), seq=seq)
        assert phrase.split(" ")[0] in asked, asked
