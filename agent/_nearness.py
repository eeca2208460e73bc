"""How near an answer, taken whole, is to the topic of the notes: a vague but right answer
("就是在推理服务这块做优化，延迟降了不少") makes no key point, yet it is about them; an
answer fluent about something nearby is not. Word counts cannot tell the two apart (both
share a few of the notes' words); the embedder places the whole answer: on the labelled
and held-out sets the vague answer is the nearer of the two in 9 questions of 10."""

from __future__ import annotations

from collections.abc import Sequence

from agent._answer_text import Embedder, cosine
from agent.keypoints import Point

QUESTION_WEIGHT = 0.5  # the question counts half: it names the topic, the points say it


def nearness(
    points: Sequence[Point], kept: Sequence[str], question: str, embedder: Embedder | None
) -> float:
    """The best cosine of the answer's content to a key point, plus half its cosine to the
    question (0 without an embedder, points or content)."""
    if embedder is None or not points or not kept:
        return 0.0
    labels = [p.label for p in points]
    vectors = embedder.embed_passages([*labels, question or ".", "\n".join(kept)])
    said, asked = vectors[-1], vectors[-2]
    best = max(cosine(said, v) for v in vectors[: len(labels)])
    return best + QUESTION_WEIGHT * cosine(said, asked) if question else best
