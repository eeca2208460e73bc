"""What code believes of an LLM's rubric reply: each judgement bounded by evidence.

A small local model is a weak grader (the 0.5B test model marks most key points "hit",
gives a padded answer 4/5, and quotes the question or the notes where it was asked to
quote the answer), and the overall is computed by code from what these rules let
through. Every rule can only lower what the model gave, never raise it:

1. A key point counts ("hit" or "partly") only as far as evidence in the answer shows
   it: the model's own quote, when that is really in the answer (spacing, case and
   punctuation aside) and speaks of that very point by the measure the offline estimate
   uses (agent._coverage: the point's words beyond the question's, and meaning with an
   embedder); else what that measure finds for the point in the whole answer, echoes of
   the question and repeats left out. A point code finds the answer contradicting is
   "contradicted" whatever the mark.
2. Content dimensions (agent._rubric `content=True`) cannot exceed what the credited
   points support; the other dimensions (structure, clarity, ...) at most one step
   more: form around little content earns little, as in the offline estimate. A point
   the answer contradicts costs as much as a covered one earns (as offline): an answer
   that gets one fact right and another backwards supports no more than one with neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent import _rubric
from agent._answer_text import Embedder, quote_in
from agent._coverage import PARTLY, Coverage, PointCoverage, measure
from agent._models import DimensionScore, KeyPointStatus
from knowledge import Stage

FULL_CREDIT = 0.5  # credited share of the key points (hit 1, partly 0.5) that supports a 5
FORM_MARGIN = 1  # how far a form dimension may stand above the content the points support
_CREDIT: dict[KeyPointStatus, float] = {"hit": 1.0, "partly": 0.5}
CONTRADICTION_COST = 1.0  # credit lost per contradicted point (offline: CONTRADICTION_COST)
_RANK: dict[KeyPointStatus, int] = {"contradicted": 0, "missed": 1, "partly": 2, "hit": 3}


@dataclass(frozen=True)
class Evidence:
    """What the reply is checked against: the turn, and code's own measure of the answer."""

    stage: Stage
    question: str
    answer: str
    coverage: Coverage  # agent._coverage.measure of the answer against the key points
    embedder: Embedder | None = None
    cosine_range: tuple[float, float] = (0.3, 0.6)


@dataclass(frozen=True)
class Checked:
    dimensions: list[DimensionScore]
    statuses: list[KeyPointStatus]
    uncredited: int  # key points marked hit/partly that the evidence did not bear out
    dropped_quotes: int  # dimension quotes not found in the answer
    lowered: int  # dimension scores lowered by rule 2


def check_reply(reply: _rubric.RubricReply, evidence: Evidence) -> Checked:
    marks = reply.marks()
    found = evidence.coverage.points
    statuses = [_point_status(m, f, evidence) for m, f in zip(marks, found, strict=True)]
    uncredited = sum(
        _RANK[s] < _RANK[m.mark] and m.mark in _CREDIT for m, s in zip(marks, statuses, strict=True)
    )
    ceiling = _support_ceiling(statuses) if statuses else 5
    dims, dropped, lowered = [], 0, 0
    for dimension in _rubric.dimensions(evidence.stage):
        given = reply.dimension_scores()[dimension.name]
        quote = given.evidence.strip()
        real = bool(quote) and quote_in(evidence.answer, quote)
        dropped += bool(quote) and not real
        score = min(given.score, ceiling if dimension.content else ceiling + FORM_MARGIN)
        lowered += score < given.score
        dims.append(
            DimensionScore(
                name=dimension.name,
                score=score,
                reason=given.reason.strip(),
                evidence=quote if real else "",
            )
        )
    return Checked(dims, statuses, uncredited, dropped, lowered)


def _point_status(
    mark: _rubric.PointMark, found: PointCoverage, evidence: Evidence
) -> KeyPointStatus:
    """Rule 1: the model's mark, as far as its quote or code's measure bears it out."""
    if found.contradicted:
        return "contradicted"
    if mark.mark not in _CREDIT:
        return mark.mark  # missed, or contradicted by the model's reading: only lowers
    quote = mark.quote.strip()
    if quote and quote_in(evidence.answer, quote):
        quoted = measure(
            [found.point], quote, evidence.question, evidence.embedder, evidence.cosine_range
        ).points[0]
        if quoted.contradicted:
            return "contradicted"
        if quoted.covered >= PARTLY:
            return mark.mark
    return min(mark.mark, found.status, key=lambda s: _RANK[s])


def _support_ceiling(statuses: Sequence[KeyPointStatus]) -> int:
    """The highest content score the credited key points support (1-5)."""
    earned = sum(_CREDIT.get(s, 0.0) for s in statuses)
    lost = CONTRADICTION_COST * statuses.count("contradicted")
    credit = max(0.0, earned - lost) / len(statuses)
    return 1 + round(4 * min(1.0, credit / FULL_CREDIT))
