"""Which of a long write-up's key points one answer is measured on (agent.scoring, and
agent._probing for a follow-up's points)."""

from __future__ import annotations

from collections.abc import Sequence

from agent._answer_text import Embedder
from agent._coverage import PARTLY, measure
from agent.keypoints import Point


def addressable(
    points: Sequence[Point],
    answer: str,
    question: str,
    limit: int,
    embedder: Embedder | None = None,
    cosine_range: tuple[float, float] = (0.3, 0.6),
    kept: Sequence[Point] = (),
) -> list[Point]:
    """At most `limit` of a long reference's points: `kept` (what the question asked about),
    then up to half of them the ones this answer covers best (or contradicts), the rest
    taken evenly across the reference, in its order.

    A project write-up has twenty points and a two-minute answer cannot make them all;
    a sample blind to the answer scored a decent answer 0 when its content sat in the
    points left out. Half the cap stays a sample of the whole, so covering one part of
    the write-up well is not taken for covering all of it.
    """
    if len(points) <= limit:
        return list(points)
    found = measure(points, answer, question, embedder, cosine_range).points
    asked = {p.text for p in kept}
    chosen = {i for i, p in enumerate(points) if p.text in asked}
    # a point the answer contradicts was answered, wrongly: it is as addressed as a hit
    reach = [1.0 if f.contradicted else f.credit for f in found]
    ranked = sorted((i for i in range(len(points)) if i not in chosen), key=lambda i: -reach[i])
    best = max(1, limit // 2 - len(chosen))
    chosen |= {i for i in ranked[:best] if reach[i] >= PARTLY}
    chosen = set(sorted(chosen)[:limit])
    rest = [i for i in range(len(points)) if i not in chosen]
    step = len(rest) / max(1, limit - len(chosen))
    chosen |= {rest[int(k * step)] for k in range(limit - len(chosen))}
    return [p for i, p in enumerate(points) if i in chosen]
