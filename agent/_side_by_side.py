"""Definitions exchanged: notes that define two things on neighbouring lines ("高偏差 =
欠拟合" above "高方差 = 过拟合"; "偏差：加特征 / boosting" above "方差：更多数据、bagging")
and an answer clause that gives one thing what the notes give the other ("偏差大其实对应的是
过拟合", "bagging、随机森林是降偏差的").

A definition is a line's short head before "=", "→" or a colon and the items of what
follows it. Of two neighbouring definitions, an answer clause saying a word only the first
head has, a whole item only the second gives, and nothing only the second head or the
first body has, with no negation, contradicts the point of either line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from agent._answer_text import CJK_CHAR, EN_STOPWORDS, mostly_cjk, terms
from agent._markdown import LIST_MARK, plain
from agent._negation import NEGATION
from agent._subjects import answer_clauses
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_DEFINED = re.compile(r"^(?P<head>[^=→:：]{1,24}?)\s*(?:=|→|->|：|:)\s*(?P<body>\S.*)$")
_ITEM = re.compile(r"[、，,;；:：/·（）()|]|→|->|\+|\s(?:and|or)\s|和|或")
HEAD_UNITS = 8  # a head is a name: at most this many CJK characters or words
APART = 2  # lines at most between two definitions set side by side


@dataclass(frozen=True)
class _Definition:
    line: int
    text: str
    head: frozenset[str]
    body: frozenset[str]
    items: tuple[frozenset[str], ...]


def exchanged_definitions(
    points: Sequence[Point], kept: list[str], notes: str = ""
) -> list[tuple[int, Where]]:
    """(point index, where) for each answer clause giving one head the other's item."""
    lines = notes.splitlines() if notes.strip() else [p.text for p in points]
    found = [d for n, line in enumerate(lines) if (d := _definition(n, line))]
    pairs = [(a, b) for a, b in combinations(found, 2) if _side_by_side(a, b)]
    out: list[tuple[int, Where]] = []
    for j, clause in answer_clauses(kept):
        if NEGATION.search(clause):
            continue  # "偏差大加数据没用" is a contrast the notes make too
        said = terms(clause)
        for a, b in pairs:
            told = [d for d in (a, b) if _given(said, d, b if d is a else a)]
            # the line wronged, or its neighbour when that one was not sampled
            where = [
                i for d in told for i in (_point_of(points, d), _point_of(points, _other(d, a, b)))
            ]
            if any(i is not None for i in where):
                out.append((next(i for i in where if i is not None), (j, clause.lower())))
                break
    return out


def _other(one: _Definition, a: _Definition, b: _Definition) -> _Definition:
    return b if one is a else a


def _definition(number: int, line: str) -> _Definition | None:
    bare = LIST_MARK.sub("", plain(line), count=1).strip()
    found = _DEFINED.match(bare)
    if found is None:
        return None
    head, body = found.group("head"), found.group("body")
    if _units(head) > HEAD_UNITS:
        return None
    items = tuple(t for i in _ITEM.split(body) if (t := frozenset(terms(i))))
    return _Definition(number, bare, frozenset(terms(head)), frozenset(terms(body)), items)


def _side_by_side(a: _Definition, b: _Definition) -> bool:
    """Two definitions of one kind, near each other: heads sharing a word or a character
    ("高偏差" / "高方差", "high bias" / "high variance"), not "now:" above "why switch:"."""
    if b.line - a.line > APART or a.head == b.head:
        return False
    return bool(_head_words(a) & _head_words(b))


def _head_words(definition: _Definition) -> set[str]:
    head = _DEFINED.match(definition.text).group("head")  # type: ignore[union-attr]
    if mostly_cjk(head):
        return set(CJK_CHAR.findall(head))
    return {w for w in re.findall(r"[a-z]+", head.lower()) if w not in EN_STOPWORDS}


def _units(text: str) -> int:
    return len(text.strip()) if mostly_cjk(text) else len(text.split())


def _given(said: set[str], own: _Definition, other: _Definition) -> bool:
    """Does `said` name `own`'s head with an item only `other` gives?"""
    # (a head's word the other line says too names neither: "标签" of "多标签" in "多分类：
    # 一个样本只有一个标签")
    mine, theirs = own.head - other.head - other.body, other.head - own.head - own.body
    if not mine or not theirs or not said & mine or said & theirs:
        return False
    if said & (own.body - other.body):
        return False  # its own item named too: a comparison, not a claim
    return any(item <= said and _specific(item - own.body - own.head) for item in other.items)


def _specific(terms_of_item: frozenset[str]) -> bool:
    """Words that name something: not a lone letter or symbol ("k", "h_t")."""
    return any(len(t) >= 2 and (not t.isascii() or len(t) >= 3) for t in terms_of_item)


def _point_of(points: Sequence[Point], definition: _Definition) -> int | None:
    """The point a definition's line became (most of the point's words are the line's)."""
    line = definition.head | definition.body
    for i, point in enumerate(points):
        own = terms(point.text)
        if own and len(own & line) >= 0.6 * len(own):
            return i
    return None
