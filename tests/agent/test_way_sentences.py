"""An English sentence under a how-to question is no way to be asked about by name.

Read in an offline interview: under "How do you reduce serving latency?", the note "We cache
the results." was taken for a way and asked back as "What about We cache the results? How
does it help reduce serving latency?"; "Use a smaller model." as "What about Use a smaller
model?". The notes below are written for this test.
"""

from __future__ import annotations

import pytest

from agent import InterviewOptions
from agent._questions import FollowUp, offline_follow_up
from agent._ways import ways
from agent.keypoints import key_points

QUESTION = "How do you reduce serving latency?"


@pytest.mark.parametrize(
    "sentence",
    [
        "We cache the results.",
        "I would prune it.",
        "Batching helps a lot.",
        "Distillation works well.",
    ],
)
def test_a_sentence_with_a_subject_or_a_verb_of_its_own_names_no_way(sentence: str) -> None:
    assert ways(sentence) == []
    points = key_points(f"1. {sentence}\n2. quantization")
    about = FollowUp(points[0], [], "fundamentals", "", "", QUESTION)
    for seq in (1, 2, 3):
        text = offline_follow_up(about, InterviewOptions(language="en"), seq)
        assert f"about {sentence.rstrip('.')}?" not in text, text
        assert f"{sentence.rstrip('.')} help" not in text, text


def test_a_command_written_as_a_sentence_is_asked_as_a_thing_one_does() -> None:
    points = key_points("1. Use a smaller model.\n2. quantization")
    about = FollowUp(points[0], [], "fundamentals", "", "", QUESTION)
    texts = [offline_follow_up(about, InterviewOptions(language="en"), s) for s in (1, 2, 3)]
    assert all("using a smaller model" in t and "Use a smaller" not in t for t in texts), texts


def test_ways_named_alone_are_still_ways() -> None:
    assert ways("quantization, batching, caching") == ["quantization", "batching", "caching"]
    assert ways("train a verifier") == ["train a verifier"]
