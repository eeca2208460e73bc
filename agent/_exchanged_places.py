"""Two names put in each other's place: a clause of the notes sets two names in two roles
("用 q 的编码去编 p", "用 teacher 的输出去教 student") and an answer clause says the same
with the names exchanged ("用 p 的编码去编 q", "用 student 的输出去教 teacher").

A name is a latin word said once in the clause (a variable, a model, a method; in English,
a single letter or a word with a capital or a digit). Its place
is the word or character right before it, or right after: two names in each other's
place each stand where the other stood, in a clause with no negation (a contrast, "not
q's code but p's", is told on purpose).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations

from agent._answer_text import EN_STOPWORDS, mostly_cjk
from agent._negation import NEGATION
from agent._subjects import answer_clauses
from agent._swaps import CLAUSE
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_NAMED = re.compile(r"\d|.[A-Z]|^[A-Z]")
_NAME = re.compile(r"(?<![A-Za-z0-9_'’])[a-z][a-z0-9_-]*(?![A-Za-z0-9_])")
# the neighbours of a name: a latin word or one character, spaces skipped
_BEFORE = re.compile(r"([a-z0-9']+|[^\sa-z0-9])\s*$")
_AFTER = re.compile(r"\s*([a-z0-9']+|[^\sa-z0-9])")

_Places = dict[str, tuple[str, str]]  # name -> (what stands before it, what after)


def exchanged_places(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, where) for each answer clause telling a point clause's two names each
    in the other's place."""
    owned = [
        (i, places)
        for i, p in enumerate(points)
        for clause in CLAUSE.split(p.text)
        if len(places := _places(clause)) > 1
    ]
    found: list[tuple[int, Where]] = []
    for j, clause in answer_clauses(kept):
        low = clause.lower()
        said = _places(clause) if not NEGATION.search(low) else {}
        for i, places in owned:
            pairs = [(a, b) for a, b in permutations(places, 2) if _exchanged(places, said, a, b)]
            # as another clause of the notes puts them ("encoder q(z|x)", "decoder p(x|z)")
            if any(not _told(owned, said, a, b) for a, b in pairs):
                found.append((i, (j, low)))
                break
    return found


def _places(text: str) -> _Places:
    """The names said once in the clause, each with its neighbours (lower case)."""
    text = text.rstrip(" .。!?！？")  # the sentence's end is the clause's
    clause = text.lower()
    names = [m for m in _NAME.finditer(clause) if m.group() not in EN_STOPWORDS]
    if not mostly_cjk(text):  # in English every word is latin: a name is p, GPT-4, LoRA
        names = [
            m for m in names if len(m.group()) == 1 or _NAMED.search(text[m.start() : m.end()])
        ]
    counts = {n: sum(m.group() == n for m in names) for n in {m.group() for m in names}}
    places: _Places = {}
    for m in names:
        if counts[m.group()] == 1:
            before = _BEFORE.search(clause[: m.start()])
            after = _AFTER.match(clause, m.end())
            # the clause's start or end is a place too ("…train the student")
            places[m.group()] = (
                before.group(1) if before else "^",
                after.group(1) if after else "$",
            )
    return places


def _told(owned: list[tuple[int, _Places]], said: _Places, a: str, b: str) -> bool:
    """Does some clause of the notes put `a` and `b` where the answer puts them?"""
    return any(
        a in places and b in places and places[a] == said[a] and places[b] == said[b]
        for _, places in owned
    )


def _exchanged(notes: _Places, said: _Places, a: str, b: str) -> bool:
    """Does the answer put `a` where the notes put `b`, and `b` where they put `a`, on the
    same side, the two places told apart?"""
    if a not in said or b not in said:
        return False
    for side in (0, 1):
        a_place, b_place = notes[a][side], notes[b][side]
        if a_place != b_place and said[a][side] == b_place and said[b][side] == a_place:
            return True
    return False
