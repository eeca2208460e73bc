"""Degrees told at the wrong school: an introduction's "B.Tech, IIT Madras 2014 -> MS, CMU
2016" against "a bachelor's at CMU, then a PhD at IIT Madras", or "北邮 本科 → 中科院声学所
硕士" against "本科在中科院声学所，硕士去北邮".

The notes list degrees one to a stretch (between arrows or semicolons). An answer clause
naming one degree and, of the notes' degrees, only the words of another one ties that
school or subject to the wrong degree. A clause naming the words of its own degree too
("after IIT Madras I did my master's at CMU") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_LEVELS = {
    "bachelor": re.compile(
        r"\bb\.?\s?(?:tech|sc|eng|e|s|a)\b\.?|\bbachelor'?s?\b|\bundergrad\w*|本科|学士", re.I
    ),
    "master": re.compile(
        r"\bm\.?\s?(?:tech|sc|eng|s|a|phil)\b\.?|\bmaster'?s?\b|\bmba\b|硕士|研究生", re.I
    ),
    "doctorate": re.compile(r"\bph\.?\s?d\b\.?|\bdoctor(?:ate|al)\b|博士", re.I),
}
_DEGREE_WORDS = frozenset(
    {"bachelor", "undergrad", "undergradu", "master", "phd", "doctor", "doctorat", "degre"}
    | {"本科", "学士", "硕士", "研究", "究生", "博士", "tech", "sc", "eng", "ms", "ma", "bs"}
)
# the stretches of a notes' line that each hold one degree
_NOTES_STRETCH = re.compile(r"->|→|=>|⇒|[;；|｜]")
# an answer's clauses: "…at CMU, then a PhD…", "本科在…，硕士去…"
_ANSWER_CLAUSE = re.compile(
    r"[,;，；。.!?！？]\s|[，；。！？]|\b(?:then|and then|after that|before that)\b|之后|然后|后来"
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def misplaced_degrees(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each degree the answer ties to
    another degree's school or subject (the notes' degrees may stand in one point or in
    one point each)."""
    degrees = [
        (i, level, words)
        for i, point in enumerate(points)
        for level, words in _degrees(_NOTES_STRETCH.split(point.text))
    ]
    if len({level for _, level, _ in degrees}) < 2:
        return []
    found: list[tuple[int, Where]] = []
    for j, sentence in enumerate(kept):
        for clause in _ANSWER_CLAUSE.split(sentence):
            found += [(i, (j, clause.strip().lower())) for i in _misplaced(clause, degrees)]
    return found


def _degrees(stretches: Sequence[str]) -> list[tuple[str, frozenset[str]]]:
    """(level, the words naming its school and subject) for each stretch naming one degree."""
    out = []
    for stretch in stretches:
        levels = _levels(stretch)
        if len(levels) == 1:
            out.append((levels.pop(), _naming(stretch)))
    return out


def _misplaced(clause: str, degrees: list[tuple[int, str, frozenset[str]]]) -> list[int]:
    """The points whose degree's words a clause naming another degree says, and none of
    its own degree's."""
    levels = _levels(clause)
    if len(levels) != 1:
        return []
    level, said = levels.pop(), _naming(clause)
    own = set().union(*(words for _, lv, words in degrees if lv == level))
    if said & own:
        return []
    return sorted({i for i, lv, words in degrees if lv != level and said & (words - own)})


def _levels(text: str) -> set[str]:
    return {level for level, pattern in _LEVELS.items() if pattern.search(text)}


def _naming(text: str) -> frozenset[str]:
    """A stretch's words that name its school or subject: not the degree, not its year."""
    return frozenset(
        t for t in content_terms(text) if t not in _DEGREE_WORDS and not _YEAR.match(t)
    )
