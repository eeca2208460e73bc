"""A mismatch said two ways: "flag items whose given label disagrees with a confident
prediction" and "flag items where the model is confident about a class that isn't the
given label" state one claim. The answer's "isn't the given label" denies that the two
are one thing, which is what "disagrees" asserts: no flip of it (agent._negation's
contrast_kept, read by agent._contradiction and agent._denials).
"""

from __future__ import annotations

import re

from agent._answer_text import terms

# a claim that two things differ: "disagrees with", "differs from", "a mismatch between"
_DIFFER = re.compile(r"\b(?:disagree|differ|mismatch|conflict|contradict)\w*", re.IGNORECASE)
_NOT_MATCHING = re.compile(r"\bdo(?:es)?(?:n't| not) match\b", re.IGNORECASE)
# a denial that one thing is the other: "isn't the given label", "doesn't match the…"
_NOT_SAME = re.compile(
    r"\b(?:is|are|was|were)(?:n't| not)\s+(?:the|a|an|its|their|what)\b"
    r"|\b(?:does|do|did)(?:n't| not) (?:match|agree with)\b|\bnot (?:equal to|the same as)\b",
    re.IGNORECASE,
)


def mismatch_restated(point: str, clause: str) -> bool:
    """Does the point say two things differ and the clause deny that one is the other,
    naming a word of the point after its denial ("isn't the *given label*")? A clause
    denying the mismatch itself ("doesn't differ") is no restatement of it."""
    if _DIFFER.search(point) is None and _NOT_MATCHING.search(point) is None:
        return False
    if _DIFFER.search(clause) is not None:  # "never disagrees", "no mismatch": said itself
        return False
    denied = _NOT_SAME.search(clause)
    return denied is not None and bool(terms(clause[denied.end() :]) & terms(point))
