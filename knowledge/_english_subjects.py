"""The thing an English question asks about, when it names one up front: "What is the
bias-variance tradeoff?" is about the bias-variance tradeoff, "How do you handle position
bias in click logs?" about position bias (knowledge._cues.subject_of's English half)."""

from __future__ import annotations

import re

# "What is the bias-variance tradeoff?", "How does gradient boosting work?", "Explain dropout."
_EN_SUBJECT = re.compile(
    r"^(?:what (?:is|are) (?:the |an? )?|explain (?:the |an? )?|how (?:does|do) (?:the |an? )?)"
    r"(?P<x>[A-Za-z0-9][\w\-/+ ]{1,40}?)(?: work| works)?"
    r"(?:,?\s+and (?:why|how|when|where|what)\b[^?]*)?\s*[?.]?$",  # "…and why do they matter?"
    re.IGNORECASE,
)


# "What is the difference between pointwise, pairwise and listwise learning to rank?" is
# about those three, "How do you handle position bias in click logs?" about position bias
_EN_BETWEEN = re.compile(
    r"^(?:what(?:'s| is| are)) the (?:differences?|trade-?offs?) between (?P<x>[^?]{3,60}?)\s*\??$",
    re.IGNORECASE,
)
_EN_DEALT_WITH = re.compile(
    r"^how (?:do|would|can|did|should) (?:you|we|one) (?:handle|deal with|detect|reduce|prevent"
    r"|avoid|mitigate|fix|measure|evaluate|choose|tune|pick|debug) (?:the |an? )?"
    r"(?P<x>[A-Za-z][\w\-/+ ]{2,40}?)"
    r"(?:\s+(?:in|for|on|at|when|during|with|of)\b[^?]*|\s+(?:offline|online|quickly))?\s*\??$",
    re.IGNORECASE,
)
_MAX_EN_SUBJECT = 4
_MAX_EN_BETWEEN = 7  # "pointwise, pairwise and listwise learning to rank"
_NOT_A_SUBJECT = {"it", "this", "that", "they", "you", "your", "how", "why", "and", "or", "we", "i"}


def english_subject(text: str) -> str | None:
    """The subject an English question names up front, short; None for "What is it?" or
    "Explain how you chose k."."""
    between = _EN_BETWEEN.match(text)
    if between and len(between.group("x").split()) <= _MAX_EN_BETWEEN:
        return between.group("x")
    named = _EN_DEALT_WITH.match(text) or _EN_SUBJECT.match(text)
    words = named.group("x").split() if named else []
    if not words or len(words) > _MAX_EN_SUBJECT or _NOT_A_SUBJECT & {w.lower() for w in words}:
        return None
    return " ".join(words)
