"""A bound turned round: the answer says of one thing past a value what the notes say of it
on the other side of that value ("T 大于 1 分布更尖锐" where the notes say "T<1 分布更尖锐";
"loss above 0.5 means underfitting" where they say "below 0.5").

A bound is a name, a comparison (<, >, ≤, ≥, 小于, 大于, 低于, 高于, 超过, below, above…)
and a number; what follows it in its clause is what is said of it. The answer's bound
flips the notes' one when both bound the same name at the same number the other way and
say the same thing of it, and no bound of the notes on the answer's side says that thing
as much ("T<1 更尖锐；T>1 更平": each side says its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from agent._answer_text import content_terms
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_BELOW = r"<=|≤|<|小于等于|小于|低于|少于|不到|不超过|\b(?:below|under|less than|smaller than)\b"
_ABOVE = r">=|≥|>|大于等于|大于|高于|多于|超过|\b(?:above|over|greater than|larger than)\b"
_BOUND = re.compile(
    rf"(?<![A-Za-z0-9_])(?P<name>[A-Za-z][A-Za-z0-9_]*)\s*(?:(?:的值|值|的|是|\bis\b|\bare\b)\s*)?"
    rf"(?:(?P<below>{_BELOW})|(?P<above>{_ABOVE}))\s*(?P<value>\d+(?:\.\d+)?)(?![\d.])",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]")
HALF = 0.5  # share of what the notes say of a bound the answer says of it, at least
SAID = 2  # words of what is said of the bound that two clauses share, at least


class Bound(NamedTuple):
    name: str
    side: int  # -1 below, +1 above
    value: float
    said: frozenset[str]  # what the clause says of it


def bounds(text: str) -> list[Bound]:
    """Each name bounded by a number in the text, with what its clause says of it."""
    found = []
    for m in _BOUND.finditer(text):
        rest = _CLAUSE_END.split(text[m.end() :])[0]
        side = -1 if m.group("below") else 1
        said = frozenset(content_terms(rest))
        found.append(Bound(m.group("name").lower(), side, float(m.group("value")), said))
    return found


def turned_bounds(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, where) for each answer bound on the other side of a notes bound."""
    ours = [(i, b) for i, p in enumerate(points) for b in bounds(p.text)]
    found: list[tuple[int, Where]] = []
    for j, sentence in enumerate(kept):
        for clause in (c for c in _CLAUSE_END.split(sentence) if c.strip()):
            for bound in bounds(clause):
                point = _turned(bound, ours)
                if point is not None:
                    found.append((point, (j, clause.lower())))
    return found


def _turned(bound: Bound, ours: Sequence[tuple[int, Bound]]) -> int | None:
    """The point whose bound of the same name and value, on the other side, says what
    the answer's bound says, more than any bound of the notes on the answer's side does
    (shares of each notes bound's words: "分布" alone is said of both sides)."""
    same = [(i, b) for i, b in ours if (b.name, b.value) == (bound.name, bound.value)]
    agreeing = max((_share(b, bound) for _, b in same if b.side == bound.side), default=0.0)
    for i, b in same:
        shared = len(b.said & bound.said)
        enough = shared >= min(SAID, len(b.said)) and _share(b, bound) >= HALF
        if b.side != bound.side and enough and _share(b, bound) > agreeing:
            return i
    return None


def _share(ours: Bound, theirs: Bound) -> float:
    return len(ours.said & theirs.said) / len(ours.said) if ours.said else 0.0
