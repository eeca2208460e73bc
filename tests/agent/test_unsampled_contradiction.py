"""A long reference is measured on an even sample of its key points, but an answer
denying a point the sample left out is still caught: the card lists that point as
"may contradict" and the estimate counts it, as it would a sampled one."""

from __future__ import annotations

from pathlib import Path

from agent import AgentConfig, Answer
from agent.keypoints import ALL_POINTS, key_points
from agent.scoring import Scorer
from knowledge import Citation, Question

QUESTION = "How does HyperLogLog estimate the number of distinct items?"
NOTES = """HyperLogLog: count-distinct in tiny fixed memory
- hash each item to uniform bits
- a hash with k leading zeros suggests about 2^k distinct items seen
- one register is too noisy, so it keeps m = 2^p registers
- the first p bits of the hash pick the register
- each register keeps the maximum number of leading zeros seen
- the registers are combined with a harmonic mean, robust to outliers
- small ranges fall back to linear counting
- the standard error is about 1.04 / sqrt(m)
- duplicates change nothing because the max is idempotent
- sketches are mergeable: the union is the register-wise max
- deletes are not supported"""
SAID = (
    "Each item is hashed to uniform bits, and a hash with k leading zeros suggests about "
    "two to the k distinct items. The registers are picked by the first bits of the hash "
    "and combined with a harmonic mean, the error is about 1.04 over the square root of "
    "m, and sketches merge by a register-wise max. "
)
RIGHT = "One register alone is too noisy, so it keeps thousands of them."
WRONG = "A single register is not noisy at all, so one register is enough."


def _turn(tmp_path: Path, answer: str):  # type: ignore[no-untyped-def]
    cite = Citation(source="notes.md", line_start=1, line_end=13)
    notes = Question(
        id="h", question=QUESTION, answer=NOTES, stage="fundamentals", topic="h", citation=cite
    )
    scorer = Scorer(AgentConfig(sessions_db=tmp_path / "s.sqlite", language="en"), None, None)
    return scorer.score(QUESTION, Answer(text=answer), "fundamentals", references=[notes])


def test_a_denied_point_outside_the_sample_is_shown_and_counted(tmp_path: Path) -> None:
    sampled = {p.label for p in key_points(NOTES)}
    noisy = next(p.label for p in key_points(NOTES, ALL_POINTS) if "noisy" in p.label)
    assert noisy not in sampled  # the case this test is about

    right = _turn(tmp_path, SAID + RIGHT)
    wrong = _turn(tmp_path, SAID + WRONG)

    assert [k.point for k in right.key_points] == [p.label for p in key_points(NOTES)]
    shown = {k.point: k.status for k in wrong.key_points}
    assert shown[noisy] == "contradicted"
    assert wrong.overall is not None and right.overall is not None
    assert wrong.overall < right.overall
