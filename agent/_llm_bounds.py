"""What code believes of an LLM's rubric reply: each judgement bounded by evidence.

A small local model is a weak grader (the 0.5B test model marks key points at random,
gives a padded answer 4/5, and quotes the question or the notes where it was asked to
quote the answer), and the overall is computed by code from what these rules let
through:

1. Each key point is read twice, each reading worth half: the model's mark, counted
   only as far as evidence in the answer bears it out — its own quote, when that is
   really in the answer (spacing, case and punctuation aside) and speaks of that very
   point by the measure the offline estimate uses (agent._coverage: the point's words
   beyond the question's, and meaning with an embedder), else that measure over the
   whole answer — and code's measure itself. A stray "hit" cannot invent a point, a
   stray "missed" cannot erase one the answer plainly makes. A point code finds the
   answer (or the quote) contradicting is "contradicted" whatever the mark.
2. Content dimensions (agent._rubric `content=True`) cannot exceed what the credited
   points support, on the offline estimate's curve (agent._offline_scoring.content_level:
   half the points supports a 4, about two thirds a 5); those the points measure
   (correctness, key-point coverage, relevance) are, like a key point, read twice: the
   model's score and that support, half each, rounded down (a weak grader's 1 for an
   answer making half the points is met halfway; the support stays the ceiling); the
   other dimensions (structure, clarity, ...) at most one step more: form around little
   content earns little, as in the offline estimate. A point the answer contradicts costs as much as
   a covered one earns (as offline): an answer that gets one fact right and another
   backwards supports no more than one with neither.
3. The overall is read twice as well (`read_overall`): the rubric's (computed by code
   from the dimensions above) and the offline estimate's on the same answer and
   measure, half each when every checkable claim of the reply held (its credit marks,
   quotes and dimension scores, `Checked.trust`), the rubric's share falling toward a
   quarter by the share code could not confirm, and never further than a band from
   the estimate. On the 1-5 grid a weak grader gives a strong and a partial answer, or
   a partial and a wrong one, the same scores; the estimate's reading then decides
   their order (and the model's decides between answers the estimate scores alike); a
   grader shown wrong on its own claims has less say; and its taste can move the
   estimate by at most the band, so answers the estimate sets far apart keep their
   order and a padded or off-topic answer it puts near 0 stays near 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from agent import _rubric
from agent._answer_text import Embedder, quote_in
from agent._coverage import HIT, PARTLY, Coverage, PointCoverage, measure
from agent._models import DimensionScore, KeyPointStatus
from agent._offline_scoring import CONTENT_DIMENSIONS, content_level
from knowledge import Stage

FORM_MARGIN = 1  # how far a form dimension may stand above the content the points support
_CREDIT: dict[KeyPointStatus, float] = {"hit": 1.0, "partly": 0.5}
CONTRADICTION_COST = 1.0  # credit lost per contradicted point (offline: CONTRADICTION_COST)
# the rubric's least share of the overall (rule 3): under half, so where the two readings
# disagree in opposite directions the estimate's wins; above 0, so answers the estimate
# scores alike (all at 0, say) are still ordered by the model's reading
RUBRIC_SHARE_MIN = 0.25


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
    raised: int  # content scores raised toward the support by rule 2
    checks: int = 0  # the reply's checkable claims: credit marks, quotes and dimension scores
    said: list[str] = field(default_factory=list)  # per point, the answer's words read

    @property
    def trust(self) -> float:
        """The share of the reply's checkable claims that code's checks bore out (0-1)."""
        failed = self.uncredited + self.dropped_quotes + self.lowered + self.raised
        return 1.0 - failed / self.checks if self.checks else 1.0


def check_reply(
    reply: _rubric.RubricReply, evidence: Evidence, *, trusted: bool = False
) -> Checked:
    """Rules 1 and 2; a `trusted` grader (it passed agent.grader_check's exam) keeps its
    marks and scores, and only its quotes are checked."""
    marks = reply.marks()
    read = [
        _trusted_point(m, f, evidence) if trusted else _read_point(m, f, evidence)
        for m, f in zip(marks, evidence.coverage.points, strict=True)
    ]
    statuses = [r.status for r in read]
    uncredited = sum(r.model < _CREDIT.get(m.mark, 0.0) for m, r in zip(marks, read, strict=True))
    ceiling = _support_ceiling(read) if read else 5
    dims, dropped, lowered, raised = [], 0, 0, 0
    for dimension in _rubric.dimensions(evidence.stage):
        given = reply.dimension_scores()[dimension.name]
        quote = given.evidence.strip()
        real = bool(quote) and quote_in(evidence.answer, quote)
        dropped += bool(quote) and not real
        score = given.score if trusted else _bounded(dimension, given.score, ceiling)
        lowered += score < given.score
        raised += score > given.score
        dims.append(
            DimensionScore(
                name=dimension.name,
                score=score,
                reason=given.reason.strip(),
                evidence=quote if real else "",
            )
        )
    claimed = sum(m.mark in _CREDIT for m in marks)
    quoted = sum(bool(d.evidence.strip()) for d in reply.dimension_scores().values())
    checks = claimed + quoted + len(dims)
    said = [r.said for r in read]
    return Checked(dims, statuses, uncredited, dropped, lowered, raised, checks, said)


def _bounded(dimension: _rubric.Dimension, given: int, ceiling: int) -> int:
    """Rule 2 for one dimension's score."""
    if dimension.name in CONTENT_DIMENSIONS:  # what the points measure: two readings
        return min(ceiling, (given + ceiling) // 2)
    # depth, structure, ...: the model's, bounded
    return min(given, ceiling if dimension.content else ceiling + FORM_MARGIN)


@dataclass(frozen=True)
class _Reading:
    status: KeyPointStatus  # shown on the card
    model: float  # the model's mark as far as evidence bears it out (0, 0.5, 1)
    credit: float  # what the point earns: the model's reading and code's, half each
    said: str = ""  # the answer's words it was read from: the model's quote, or code's


def _trusted_point(mark: _rubric.PointMark, found: PointCoverage, evidence: Evidence) -> _Reading:
    credit = _CREDIT.get(mark.mark, 0.0)
    return _Reading(mark.mark, credit, credit, _said(mark, found, evidence, mark.mark))


def _read_point(mark: _rubric.PointMark, found: PointCoverage, evidence: Evidence) -> _Reading:
    """Rule 1: two readings of the point, each worth half. The model's mark counts as far
    as its own quote (in the answer and about the point) or code's measure bears it out;
    code's measure counts as it is. A small model's stray "missed" cannot erase a point
    the answer plainly makes, nor its stray "hit" invent one."""
    # code's reading: its measured coverage, full at a "hit" (a short answer touching a
    # point below "partly" still earns a little, as in the offline estimate)
    code = 0.0 if found.contradicted else min(1.0, found.covered / HIT)
    model = min(_CREDIT.get(mark.mark, 0.0), code)  # no usable quote: code's evidence
    quote = mark.quote.strip()
    contradicted = found.contradicted
    if mark.mark in _CREDIT and quote and quote_in(evidence.answer, quote):
        quoted = measure(
            [found.point], quote, evidence.question, evidence.embedder, evidence.cosine_range
        ).points[0]
        contradicted = contradicted or quoted.contradicted
        if quoted.covered >= PARTLY and not contradicted:
            model = _CREDIT[mark.mark]
    if contradicted:
        return _Reading("contradicted", 0.0, 0.0, _said(mark, found, evidence, "contradicted"))
    credit = (model + code) / 2
    status: KeyPointStatus = "hit" if credit >= 0.75 else "partly" if credit >= 0.25 else "missed"
    return _Reading(status, model, credit, _said(mark, found, evidence, status))


def _said(
    mark: _rubric.PointMark, found: PointCoverage, evidence: Evidence, status: KeyPointStatus
) -> str:
    """What the card quotes for the point: for one contradicted, the clause code read as
    saying otherwise; else the model's quote when it is the answer's own words, or the
    words code read the point from. None for a point missed."""
    if status == "missed":
        return ""
    quote = mark.quote.strip()
    real = quote if quote and quote_in(evidence.answer, quote) else ""
    if status == "contradicted":
        return found.against or real
    return real or found.said


def read_overall(
    rubric: float, offline: float, band: float, trust: float = 1.0, share: float | None = None
) -> float:
    """Rule 3: the rubric's overall and the offline estimate's (0-100), half each when the
    reply's checkable claims all held (`Checked.trust`), the rubric's share falling to
    RUBRIC_SHARE_MIN as they all failed (or `share`, for a grader that passed its exam);
    within `band` of the estimate."""
    share = rubric_share(trust) if share is None else share
    both = offline + share * (rubric - offline)
    return round(min(offline + band, max(offline - band, both)), 1)


def rubric_share(trust: float) -> float:
    """The rubric's share of the overall: from RUBRIC_SHARE_MIN (no claim held) to half."""
    return RUBRIC_SHARE_MIN + (0.5 - RUBRIC_SHARE_MIN) * trust


def _support_ceiling(read: Sequence[_Reading]) -> int:
    """The highest content score the credited key points support (1-5)."""
    earned = sum(r.credit for r in read)
    lost = CONTRADICTION_COST * sum(r.status == "contradicted" for r in read)
    credit = max(0.0, earned - lost) / len(read)
    return 1 + round(4 * content_level(credit))
