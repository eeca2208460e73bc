"""A relation the notes deny, asserted: "和参数量没直接关系" against "它大小主要跟参数量成
正比", "independent of batch size" against "it scales with the batch size".

The notes' clause says a thing is unrelated; an answer clause naming the thing (a term of
the clause's, not the question's) with a word of relation, and no negation, contradicts it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms
from agent._negation import NEGATION
from agent._subjects import answer_clauses
from agent._swaps import CLAUSE
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_UNRELATED = re.compile(
    r"没有?(?:什么|直接|太大|多大)?(?:的)?(?:关系|关联)|无关|不相关|不取决于|不依赖"
    r"|\b(?:unrelated to|independent of|does(?:n't| not) depend on|not tied to|regardless of)\b",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"成正比|成反比|正相关|负相关|线性相关|取决于|由[^，,。]{1,8}决定"
    r"|\b(?:proportional to|scales? with|depends? on|grows? with|determined by|driven by)\b",
    re.IGNORECASE,
)


def asserted_relations(
    points: Sequence[Point], kept: list[str], question: str
) -> list[tuple[int, Where]]:
    """(point index, the answer's clause) for each relation a point denies and it asserts."""
    asked = content_terms(question)
    denied = [(i, things) for i, p in enumerate(points) for things in _unrelated(p.text, asked)]
    found: list[tuple[int, Where]] = []
    for j, clause in answer_clauses(kept):
        if not _RELATED.search(clause) or NEGATION.search(clause) or _UNRELATED.search(clause):
            continue
        said = content_terms(clause)
        for i, things in denied:
            if things & said:
                found.append((i, (j, clause.lower())))
                break
    return found


def _unrelated(point: str, asked: set[str]) -> list[frozenset[str]]:
    """The terms of each clause of the point that says a thing is unrelated."""
    out = []
    for clause in CLAUSE.split(point):
        found = _UNRELATED.search(clause) if clause else None
        if found is None:
            continue
        # what it is unrelated to: "和参数量没关系", "independent of batch size"
        before = re.split(r"[和跟与同]", clause[: found.start()])
        other = before[-1] if len(before) > 1 else clause[found.end() :]
        things = frozenset(t for t in content_terms(other) - asked if len(t) >= 2)
        if things:
            out.append(things)
    return out
