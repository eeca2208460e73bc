"""A note-taker's shorthand question said as an interviewer asks it, in English.

Notes write questions as reminders: "bias vs variance?", "Adam vs SGD", "vanishing
gradients?". Read out as written they are not questions a person asks ("Next, some
fundamentals. bias vs variance?"): a comparison is asked as one ("What is the difference
between bias and variance?"), a bare name as a request to explain it ("Can you explain
vanishing gradients?"), and a question that starts in lower case starts with a capital.
"""

from __future__ import annotations

import re

_VERSUS = re.compile(
    r"^(?P<a>[^,;:?.!]{1,40}?)\s+(?:vs\.?|versus)\s+(?P<b>[^,;:?.!]{1,40}?)\s*\??$", re.I
)
_ASKS = re.compile(
    r"\b(?:what|why|how|when|which|who|whom|whose|where|is|are|was|were|do|does|did|can|could|"
    r"should|would|will|explain|describe|tell|compare|walk|give|name|list|define)\b",
    re.I,
)
_MAX_BARE_WORDS = 6


def spelled_out(question: str) -> str:
    """The question as asked aloud (unchanged when it already reads as one)."""
    text = question.strip()
    versus = _VERSUS.match(text)
    if versus:
        return f"What is the difference between {versus['a']} and {versus['b']}?"
    if text and not _ASKS.search(text) and len(text.rstrip("?").split()) <= _MAX_BARE_WORDS:
        return f"Can you explain {text.rstrip('?').strip()}?"
    return text[:1].upper() + text[1:]
