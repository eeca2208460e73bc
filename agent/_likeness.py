"""The same as the wrong thing: the notes say what something equals ("输出分布和大模型
单独解码完全一样", "the output matches the target model's") and the answer likens it to
another thing the notes name ("输出分布跟 draft 小模型的一致").

A point clause "S 和 Y 一样" and an answer clause "S' 跟 X 一致" about the same subject
(sharing a term of S) contradict when X leads with a term the notes use elsewhere that Y
lacks and Y's leading term is not in X. A negation makes it a contrast, not a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, terms
from agent._negation import NEGATION
from agent._subjects import answer_clauses
from agent._swaps import CLAUSE
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_ZH_ALIKE = re.compile(r"(?:和|跟|与|同)(.{1,14}?)(?:完全|基本)?(?:一样|一致|相同|相等)")
_EN_ALIKE = re.compile(
    r"\b(?:same as|identical to|equal to|matches|match)\s+(?:that of\s+)?(?:the\s+)?"
    r"([a-z][\w -]{0,30}?)(?:'s\b|\s+(?:alone|exactly|model)\b|[,.;]|$)",
    re.IGNORECASE,
)


def likened_wrongly(
    points: Sequence[Point], kept: list[str], question: str
) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each thing likened to another."""
    alike = [(i, *found) for i, p in enumerate(points) for found in _likenesses(p.text)]
    if not alike:
        return []
    named = set().union(*(terms(p.text) for p in points))  # the question's too ("学生")
    found = []
    for j, clause in answer_clauses(kept):
        if NEGATION.search(clause):
            continue
        for subject, other in _likenesses(clause):
            for i, own_subject, own in alike:
                if subject & own_subject and _another(other, own, named):
                    found.append((i, (j, clause.lower())))
    return found


def _likenesses(text: str) -> list[tuple[set[str], list[str]]]:
    """(the subject's terms, the likened thing's terms in order) of each "S 和 Y 一样"."""
    out = []
    for clause in (c for c in CLAUSE.split(text) if c and c.strip()):
        for pattern in (_ZH_ALIKE, _EN_ALIKE):
            for match in pattern.finditer(clause):
                subject = content_terms(clause[: match.start()])
                thing = match.group(1)
                other = sorted(content_terms(thing), key=thing.lower().find)
                if subject and other:
                    out.append((subject, other))
    return out


def _another(said: list[str], own: list[str], named: set[str]) -> bool:
    """Is the answer's thing another the notes name: it leads with a notes term the
    point's thing lacks, and lacks the point's thing's leading term?"""
    return said[0] not in own and said[0] in named and own[0] not in said
