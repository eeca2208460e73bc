"""A note-taker's shorthand question is asked as an interviewer would ask it."""

from __future__ import annotations

import pytest

from agent._questions import offline_main
from agent._shorthand import spelled_out
from agent.state import PlannedTopic


@pytest.mark.parametrize(
    ("written", "asked"),
    [
        ("bias vs variance?", "What is the difference between bias and variance?"),
        ("L1 vs L2 regularisation", "What is the difference between L1 and L2 regularisation?"),
        ("vanishing gradients?", "Can you explain vanishing gradients?"),
        ("why does dropout work?", "Why does dropout work?"),
        ("How does LoRA work?", "How does LoRA work?"),
        ("Tell me about a time you failed.", "Tell me about a time you failed."),
    ],
)
def test_a_shorthand_question_is_spelled_out(written: str, asked: str) -> None:
    assert spelled_out(written) == asked


def test_an_english_interview_asks_no_shorthand() -> None:
    """Read: "Next, some fundamentals. bias vs variance?"."""
    topic = PlannedTopic(stage="fundamentals", topic="x", kind="bank", seed="bias vs variance?")
    text = offline_main(topic, "en", opening=True)
    assert text.endswith("What is the difference between bias and variance?"), text
    zh = offline_main(topic, "zh", opening=False)
    assert "“bias vs variance?”" in zh  # quoted as written in a Chinese interview
