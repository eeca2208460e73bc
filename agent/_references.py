"""Which of the notes' questions an answer is scored against, when the scorer looks it up.

The retriever returns the bank questions nearest to the one asked, and a bank lists many
questions with no answer ("使用外挂知识库主要是为了解决什么问题？" alone on its line).
Dropping those first made the nearest neighbour with an answer ("介绍一下 RAG?") the
reference, and a good answer scored 0 against another question's points. So the question
asked is found first, answered or not: worded nearly as asked, or else the nearest in
meaning when that is close enough to be the same question. With no answer in the notes
it is scored as having no reference, unless the bank lists the same question again with
one. A neighbour about another question ("最困难的事情" for "意见不一致") never stands in.
"""

from __future__ import annotations

from collections.abc import Sequence

from agent._answer_text import Embedder, cosine, similarity
from agent._turn import Reference

SAME_WORDING = 0.5  # trigram Jaccard: the bank's wording of the question asked


def chosen(
    question: str, found: Sequence[Reference], embedder: Embedder | None, same_cosine: float
) -> list[Reference]:
    """The references to score on, the question asked's own first; [] when the notes have
    no answer to it. `same_cosine`: how close in meaning (embeddings) a differently worded
    bank question must be to count as the one asked."""
    own = _own_entry(question, found, embedder, same_cosine)
    if own is not None and not own.answer.strip():
        own = _answered_duplicate(own, found)
    if own is None:
        return []
    return [own, *(r for r in found if r is not own and r.answer.strip())]


def with_answers(question: str, given: Sequence[Reference]) -> list[Reference]:
    """References a caller chose, those with text, the one for the question asked first.

    Embedding search can rank a neighbour ("QLoRA vs LoRA?") above the very question
    asked from the bank ("LoRA 的原理是什么？"); the key points must come from the latter.
    Otherwise the given order stands.
    """
    refs = [r for r in given if r.answer.strip()]
    best = _nearest_wording(question, refs)
    if best is None:
        return refs
    return [best, *(r for r in refs if r is not best)]


def _own_entry(
    question: str, found: Sequence[Reference], embedder: Embedder | None, same_cosine: float
) -> Reference | None:
    """The bank's entry for the question asked, or None when no entry asks it. Without an
    embedder its meaning cannot be measured: the retriever's nearest stands for it."""
    if not found:
        return None
    if embedder is None:
        return _nearest_wording(question, found) or found[0]
    index = same_question(question, [r.question for r in found], embedder, same_cosine)
    return None if index is None else found[index]


def same_question(
    question: str, others: Sequence[str], embedder: Embedder | None, same_cosine: float
) -> int | None:
    """Which of `others` asks `question`: the one worded nearly as it, else (with an embedder)
    the nearest in meaning when at least `same_cosine` close; None when none asks it."""
    if not others:
        return None
    worded = max(range(len(others)), key=lambda i: similarity(question, others[i]))
    if similarity(question, others[worded]) >= SAME_WORDING:
        return worded
    if embedder is None:
        return None
    vectors = embedder.embed_passages([question, *others])
    closeness = [cosine(vectors[0], v) for v in vectors[1:]]
    best = max(range(len(others)), key=closeness.__getitem__)
    return best if closeness[best] >= same_cosine else None


def _nearest_wording(question: str, refs: Sequence[Reference]) -> Reference | None:
    if not refs:
        return None
    best = max(refs, key=lambda r: similarity(question, r.question))
    return best if similarity(question, best.question) >= SAME_WORDING else None


def _answered_duplicate(own: Reference, found: Sequence[Reference]) -> Reference | None:
    """The same question listed again in the notes, with an answer this time."""
    answered = [r for r in found if r is not own and r.answer.strip()]
    return _nearest_wording(own.question, answered)
