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
