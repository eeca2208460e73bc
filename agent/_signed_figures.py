"""A change's direction told the other way: the notes' "人工复核 -60%" against "人工复核的
工作量反而涨了", "p50 latency -30%" against "latency went up", "ROAS +6%" against "ROAS
dropped".

The notes write a change as a signed figure after what it measures. An answer clause
saying the measure's words (the two terms before the sign, or all of them if fewer) with
a verb of the other direction, no negation and no figure of the same sign, has the
change turned round.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, mostly_cjk
from agent._negation import NEGATION
from agent._subjects import answer_clauses
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

# "人工复核 -60%", "ROAS +6%", "latency ↓30%": the measure, then a signed figure
# (a sign after a space, a share or a multiple after it, no arrow on: "day-1", "3e-4",
# "bias -15% -> -2%" are a name, a number and a level)
_SIGNED = re.compile(
    r"([^\s,;:，；：()（）→]+(?:\s[^\s,;:，；：()（）→+\-−]+)?)\s+([+\-−↑↓])\s*"
    r"\d[\d.]*\s*(?:%|pp\b|个点|点|x\b|倍)(?!\s*(?:->|→|=>))"
)
_UP = re.compile(
    r"涨|升|增|提高|提升|提了|提到|变多|多了|翻倍|加重"
    r"|\b(?:rose|rise[sn]?|grew|grow[sn]?|increas\w*|went up|gone up|climb\w*|jump\w*|doubled)\b",
    re.IGNORECASE,
)
_DOWN = re.compile(
    r"降|减|少了|变少|砍|省了"
    r"|\b(?:fell|fall[sn]?|dropp?\w*|decreas\w*|went down|gone down|reduc\w*|cut|shr[aiu]nk)\b",
    re.IGNORECASE,
)
MEASURE_TERMS = 2  # terms of the measure, from the sign back, the clause must say


def turned_directions(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, the answer's clause) for each signed change told in the other way."""
    signed = [(i, terms, up) for i, p in enumerate(points) for terms, up in _signed(p.text)]
    found: list[tuple[int, Where]] = []
    for j, clause in answer_clauses(kept):
        if NEGATION.search(clause):
            continue  # "latency didn't go up" says it the notes' way
        said = content_terms(clause)
        up, down = _UP.search(clause), _DOWN.search(clause)
        for i, measure, rose in signed:
            if not measure <= said or (up is not None) == (down is not None):
                continue  # another measure, or no direction, or both
            if (up is not None) != rose:
                found.append((i, (j, clause.lower())))
                break
    return found


def _signed(text: str) -> list[tuple[frozenset[str], bool]]:
    """(the measure's last terms, whether it rose) for each signed figure of the text."""
    out = []
    for found in _SIGNED.finditer(text):
        words = content_terms(found.group(1))
        measure = [t for t in words if re.search(r"[^\W\d_]", t) and len(t) >= 2]
        ordered = sorted(measure, key=found.group(1).lower().find)[-MEASURE_TERMS:]
        # (one English word is too common a measure, "search +5%" is not every search; in
        # Chinese notes a latin one is a name: "总 GPU 时 -45%")
        named = mostly_cjk(text) or (ordered and not ordered[0].isascii())
        if len(ordered) >= MEASURE_TERMS or (ordered and named):
            out.append((frozenset(ordered), found.group(2) in "+↑"))
    return out
