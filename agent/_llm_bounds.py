"""What code believes of an LLM's rubric reply: each judgement bounded by evidence.

A small local model is a weak grader (the 0.5B test model marks most key points "hit"
and gives a padded answer 4/5), and the overall is computed by code from what these
rules let through. Every rule can only lower what the model gave, never raise it:

1. A key point counts ("hit" or "partly") only with a quote that is really in the
   answer (spacing, case and punctuation aside) and that says something of that very
   point by the measure the offline estimate uses (agent._coverage: the point's words
   beyond the question's, and meaning with an embedder). A quote that only restates the
   question or speaks of another point earns nothing; a quote that code finds saying
   the opposite of the point makes it "contradicted".
2. Content dimensions (agent._rubric `content=True`) cannot exceed what the credited
   points support; the other dimensions (structure, clarity, ...) at most one step
   more: form around little content earns little, as in the offline estimate.
3. A dimension above the middle of the scale needs its own quote from the answer that
   adds something to the question: praise without evidence is taken down to the middle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent import _rubric
from agent._answer_text import Embedder, quote_in, terms
from agent._coverage import PARTLY, measure
from agent._models import DimensionScore, KeyPointStatus
from agent.keypoints import Point
from knowledge import Stage

FULL_CREDIT = 0.5  # credited share of the key points (hit 1, partly 0.5) that supports a 5
FORM_MARGIN = 1  # how far a form dimension may stand above the content the points support
MIDDLE = 3  # the highest score a dimension keeps without a quote as evidence
_CREDIT: dict[KeyPointStatus, float] = {"hit": 1.0, "partly": 0.5}


@dataclass(frozen=True)
class Evidence:
    """What the reply is checked against."""

    stage: Stage
    question: str
    answer: str
    points: Sequence[Point]
    embedder: Embedder | None = None
    cosine_range: tuple[float, float] = (0.3, 0.6)


@dataclass(frozen=True)
class Checked:
    dimensions: list[DimensionScore]
    statuses: list[KeyPointStatus]
    uncredited: int  # key points marked hit/partly whose quote code did not accept
    dropped_quotes: int  # dimension quotes not found in the answer
    lowered: int  # dimension scores lowered by rules 2 and 3


def check_reply(reply: _rubric.RubricReply, evidence: Evidence) -> Checked:
    statuses = [
        _point_status(m, p, evidence) for m, p in zip(reply.marks(), evidence.points, strict=True)
    ]
    uncredited = sum(
        m.mark in _CREDIT and s not in _CREDIT for m, s in zip(reply.marks(), statuses, strict=True)
    )
    ceiling = _support_ceiling(statuses) if evidence.points else 5
    dims, dropped, lowered = [], 0, 0
    for dimension in _rubric.dimensions(evidence.stage):
        given = reply.dimension_scores()[dimension.name]
        quote = given.evidence.strip()
        real = bool(quote) and quote_in(evidence.answer, quote)
        dropped += bool(quote) and not real
        score: int = given.score
        if not (real and _adds_to(quote, evidence.question)):
            score = min(score, MIDDLE)  # rule 3
        score = min(score, ceiling if dimension.content else ceiling + FORM_MARGIN)  # rule 2
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


def _point_status(mark: _rubric.PointMark, point: Point, evidence: Evidence) -> KeyPointStatus:
    """Rule 1: the model's mark if its quote is in the answer and speaks of the point."""
    quote = mark.quote.strip()
    if mark.mark == "missed" or not quote or not quote_in(evidence.answer, quote):
        return "missed"
    found = measure(
        [point], quote, evidence.question, evidence.embedder, evidence.cosine_range
    ).points[0]
    if found.contradicted:
        return "contradicted"
    return mark.mark if found.covered >= PARTLY else "missed"


def _support_ceiling(statuses: Sequence[KeyPointStatus]) -> int:
    """The highest content score the credited key points support (1-5)."""
    credit = sum(_CREDIT.get(s, 0.0) for s in statuses) / len(statuses)
    return 1 + round(4 * min(1.0, credit / FULL_CREDIT))


def _adds_to(quote: str, question: str) -> bool:
    """The quote has a content term the question does not: it is not an echo."""
    return bool(terms(quote) - terms(question))
