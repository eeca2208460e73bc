"""A mapping turned round: the notes define a named thing as one side to another
("CBOW（上下文 → 中心词）", "encoder: image -> latent code") and the answer tells it the other
way ("CBOW 是拿中心词去预测上下文").

An answer clause about the name (naming it, or after a clause of its sentence that did)
that says both sides, the arrow's target first, joined by a word that leads forward
("预测", "生成", "to", "into") and not back ("from", "由", "根据"), has the mapping
reversed. Words both sides share, and the leading words themselves, tell neither side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from agent._answer_text import content_terms, terms
from agent._negation import NEGATION, negated
from agent._swaps import CLAUSE
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_ARROW = r"(?:→|->|=>|⇒)"
# "CBOW（上下文 → 中心词）": a latin name, its mapping in brackets
_BRACKETED = re.compile(rf"([A-Za-z][\w-]*)\s*[（(]([^()（）→>]+?){_ARROW}([^()（）→>]+?)[)）]")
# "encoder: image -> latent code": a label, one arrow
_LABELLED = re.compile(rf"^\s*([^，,。:：()（）]{{1,20}})[：:]([^→>]+?){_ARROW}([^→>]+)$")
_FORWARD = re.compile(
    r"预测|生成|得到|映射|变成|转成|输出|→|->|\b(?:to|into|predicts?|generates?|maps?)\b",
    re.IGNORECASE,
)
_BACKWARD = re.compile(r"由|根据|基于|被|\b(?:from|given|based on|by)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Mapping:
    point: int
    name: frozenset[str]
    source: frozenset[str]
    target: frozenset[str]


def reversed_mappings(
    points: Sequence[Point], kept: list[str], question: str
) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each mapping told the other way."""
    mappings = [m for i, p in enumerate(points) for m in _mappings(i, p.text)]
    if not mappings:
        return []
    names = set().union(*(m.name for m in mappings))
    found = []
    for j, sentence in enumerate(kept):
        subject: set[str] = set()
        for clause in (c for c in CLAUSE.split(sentence) if c and c.strip()):
            said = terms(clause)
            subject = (said & names) or subject
            if NEGATION.search(clause):
                continue
            about = [m for m in mappings if m.name & subject]
            if len({m.name for m in about}) != 1:
                continue  # no name, or two: a comparison
            for mapping in about:
                if _turned_round(clause.lower(), mapping):
                    found.append((mapping.point, (j, clause.lower())))
    return found


def _mappings(index: int, text: str) -> list[_Mapping]:
    """The point's named mappings: bracketed after a latin name, or after its label."""
    found = [m.groups() for m in _BRACKETED.finditer(text)]
    if not found and (labelled := _LABELLED.match(text)):
        found = [labelled.groups()]
    out = []
    for name, source, target in found:
        own = content_terms(name)
        ends = [_side(side) - own for side in (source, target)]
        both = ends[0] & ends[1]
        if own and ends[0] - both and ends[1] - both:
            out.append(_Mapping(index, frozenset(own), ends[0] - both, ends[1] - both))
    return out


def _side(text: str) -> frozenset[str]:
    """A side's content terms, without the words that lead from one side to the other."""
    return frozenset(t for t in content_terms(text) if not _FORWARD.search(t))


def _turned_round(clause: str, mapping: _Mapping) -> bool:
    """Does the clause say the target first, then a forward word, then the source?"""
    target = _first(clause, mapping.target)
    source = _first(clause, mapping.source)
    if target < 0 or source < 0 or target >= source:
        return False
    # "instead of waiting for the whole batch to finish": a rejected mapping is not told
    if any(negated(clause, t) for t in mapping.target | mapping.source):
        return False
    between = clause[target:source]
    return _FORWARD.search(between) is not None and _BACKWARD.search(clause) is None


def _first(clause: str, side: frozenset[str]) -> int:
    """Where the clause first says one of the side's terms, or -1."""
    said = terms(clause)
    places = [clause.find(t) for t in side if t in said and clause.find(t) >= 0]
    return min(places, default=-1)
