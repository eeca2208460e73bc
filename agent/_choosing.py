"""Which of a stage's candidate questions the plan asks, and in what order.

Two things a candidate noticed in real interviews: a bank with many topics asked six
LoRA and QLoRA questions in a row (the notes list them together), and one stage asked
"大模型怎么评测", "如何衡量大模型水平" and "大模型评估方法有哪些" - one question, worded
three ways in three places of the notes. So a stage asks each main term once before it
asks any twice, and never asks the same question again in other words ("什么是 DPO？"
and "什么是 PPO？" are close in meaning, but they name different things).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from agent import policy
from agent._answer_text import Embedder, similarity
from agent._references import SAME_WORDING, same_question
from agent.state import PlannedTopic

_MIN_TERM = 3  # "QLoRA" asks about "LoRA"; a term of two letters is inside too many words
_NOT_IN_TERM = re.compile(r"[\s\W_]+")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]+")


def main_term(topic: PlannedTopic) -> str:
    """What a topic is about, compared across topics: its name, lower-case, no spacing."""
    return _NOT_IN_TERM.sub("", topic.topic).lower()


def _same_term(a: str, b: str) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return a == b or (len(shorter) >= _MIN_TERM and shorter in longer)


def repeats(topics: Sequence[PlannedTopic], focus: Collection[str] = ()) -> list[int]:
    """For each topic, how many earlier ones share its main term (0 for the first of each):
    sorting on it asks every term once before any twice. A topic the candidate chose to
    focus on is never held back."""
    seen: list[str] = []
    counts: list[int] = []
    for topic in topics:
        term = main_term(topic)
        earlier = sum(_same_term(term, s) for s in seen)
        counts.append(0 if policy.in_focus(topic, focus) else earlier)
        seen.append(term)
    return counts


def distinct(
    topics: Sequence[PlannedTopic],
    budget: int,
    embedder: Embedder | None,
    same_cosine: float,
) -> list[PlannedTopic]:
    """The first `budget` topics, leaving out a bank question that asks what one kept
    asks (agent._references.same_question: in its wording, or in its meaning) about the
    same named things."""
    kept: list[PlannedTopic] = []
    for topic in topics:
        if len(kept) >= budget:
            break
        if topic.kind == "bank":
            terms = _terms(topic.seed)
            earlier = [t.seed for t in kept if t.kind == "bank" and _terms(t.seed) == terms]
            earlier = [seed for seed in earlier if not _framed_apart(topic.seed, seed)]
            if same_question(topic.seed, earlier, embedder, same_cosine) is not None:
                continue
        kept.append(topic)
    return kept


def _terms(question: str) -> set[str]:
    """The names a question asks about: "DPO", "LoRA", "BM25", "GPT-4" (two capitals or
    digits in a latin word); an embedding hardly tells "什么是 DPO？" from "什么是 PPO？"."""
    words = _LATIN_WORD.findall(question)
    return {w.lower() for w in words if sum(c.isupper() or c.isdigit() for c in w) >= 2}


def _framed_apart(a: str, b: str) -> bool:
    """Two questions in one frame about different things: "讲讲「项目里最难的问题」这段经历：
    当时是什么情况…" and "讲讲「和同事意见不一致」这段经历：…" are two stories, though the
    frame makes their wording nearly the same. The frame is what they share at both ends,
    longer than what is left of either."""
    start = _shared_start(a, b)
    end = _shared_start(a[start:][::-1], b[start:][::-1])
    left, right = a[start : len(a) - end], b[start : len(b) - end]
    if not left or not right or start + end <= max(len(left), len(right)):
        return False
    return similarity(left, right) < SAME_WORDING


def _shared_start(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
