"""A claim of knowledge that holds in a phase, jotted with no comma ("At inference all
units are kept and activations are scaled"), is asked about by its phase ("And at
inference: what happens then?") - not read out ("Let's take another angle: at inference
all units are kept and activations are scaled. Can you explain that?")."""

from __future__ import annotations

import pytest

from agent._questions import FollowUp, offline_follow_up
from agent.keypoints import Point
from agent.state import InterviewOptions

CLAIMS = [
    ("At inference all units are kept and activations are scaled", "at inference", "units"),
    ("During training each unit is zeroed with probability p", "during training", "zeroed"),
    ("In decoding the cache grows with every generated token", "in decoding", "grows"),
]


@pytest.mark.parametrize(("claim", "phase", "told"), CLAIMS)
@pytest.mark.parametrize("seq", range(3))
def test_a_claim_in_a_phase_is_asked_by_its_phase(
    claim: str, phase: str, told: str, seq: int
) -> None:
    about = FollowUp(Point(text=claim), [], "fundamentals", "", "", "How does dropout work?")
    text = offline_follow_up(about, InterviewOptions(language="en"), seq=seq)  # type: ignore[arg-type]
    assert phase in text.lower() and told not in text, text
