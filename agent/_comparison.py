"""Comparisons turned round: the answer says B beats A where the reference says A beats B.

"Relative schemes such as RoPE extrapolate better" against "learned ones extrapolate
better than relative ones like RoPE": the same comparative ("better", "更稳定"), and what
the reference puts on the winning side (before the comparative) the answer puts on the
losing side (after "than" / between 比 and 更), or the other way round. No negation
word is needed for such a claim to be wrong.
"""

from __future__ import annotations

import re

from agent._answer_text import content_terms

_EN = re.compile(
    r"\b(better|worse|more|less|fewer|faster|slower|higher|lower|larger|smaller|bigger"
    r"|cheaper|stronger|weaker|easier|harder|safer|longer|shorter)\b",
    re.IGNORECASE,
)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
_ZH = re.compile(r"(?:更|越)([\u4e00-\u9fff]{1,2})")
_ZH_THAN = re.compile(r"比")
_PREDICATE = 3  # characters before 更 that say what is compared

Sides = tuple[str, set[str], set[str]]  # the comparative, winner's terms, loser's terms


def sides(clause: str) -> Sides | None:
    """The comparative a clause makes and the terms on either side of it, or None."""
    text = clause.lower()
    found = _EN.search(text)
    if found:
        than = _THAN.search(text, found.end())
        loser = content_terms(text[than.end() :]) if than else set()
        return found.group(1), content_terms(text[: found.start()]), loser
    found = _ZH.search(text)
    if not found:
        return None
    # the predicate right before 更 ("训练更稳定") is said of both sides, so it is neither
    predicate = content_terms(text[max(0, found.start() - _PREDICATE) : found.start()])
    than = _ZH_THAN.search(text, 0, found.start())
    if than:
        loser = content_terms(text[than.end() : found.start()]) - predicate
        return found.group(1), content_terms(text[: than.start()]) - predicate, loser
    return found.group(1), content_terms(text[: found.start()]) - predicate, set()


def reversed_comparison(point: str, clause: str) -> bool:
    """Does the clause make the point's comparison with the sides swapped?"""
    ours, theirs = sides(point), sides(clause)
    if ours is None or theirs is None or ours[0] != theirs[0]:
        return False
    _, winner, loser = ours
    _, said_winner, said_loser = theirs
    demoted = (winner & said_loser) - said_winner
    promoted = (loser & said_winner) - said_loser
    return bool(demoted or promoted)
