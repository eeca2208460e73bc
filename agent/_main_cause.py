"""Another main cause: the notes say what an effect mainly comes from ("省显存主要来自优化器
状态…") and the answer gives the same effect another main cause, sharing none of the
notes' words for it ("省显存主要是因为权重量化成了 4bit"). Two "main" causes of one
effect cannot both hold; an answer that also says the notes' cause is adding one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms
from agent._negation import NEGATION
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_MAIN = re.compile(
    r"主要(?:是)?(?:来自|来源于|因为|由于|在于|靠|得益于)|主要原因是"
    r"|\bmain(?:ly)?\s+(?:because|from|due to|comes from|thanks to)\b|\bmain reason is\b",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[，,。；;：:！？!?]")
SHARED = 2  # words of the effect both must say (or all of the notes' when fewer)
CAUSE = 2  # words the answer's cause needs to be a claim of its own


def main_cause_changed(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, where) for an answer sentence giving a point's effect another main cause."""
    found: list[tuple[int, Where]] = []
    for i, point in enumerate(points):
        ours = _cause(point.text)
        if ours is None:
            continue
        effect, cause = ours
        if any(len(content_terms(s) & cause) >= SHARED for s in kept):
            continue  # the notes' cause is said (too)
        for j, sentence in enumerate(kept):
            theirs = _cause(sentence)
            if theirs is None or len(theirs[1]) < CAUSE or theirs[1] & cause:
                continue
            if len(theirs[0] & effect) >= min(SHARED, len(effect)):
                found.append((i, (j, sentence.lower())))
                break
    return found


def _cause(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The effect (its clause before "主要来自") and the cause (all after it), unless the
    clause denies it ("主要不是因为…")."""
    m = _MAIN.search(text)
    if m is None:
        return None
    effect = _CLAUSE_START.split(text[: m.start()])[-1]
    if not effect.strip() or NEGATION.search(effect + m.group()):
        return None
    return frozenset(content_terms(effect)), frozenset(content_terms(text[m.end() :]))
