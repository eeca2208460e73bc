"""What the answer said for a key point, quoted on the card beside it ("You said: …").

A mark alone ("✓ Q 会挑一个峰贴紧") asks the candidate to trust it; the words it was read
from let them check it: an answer that said the right words of the wrong thing ("反向 KL
… 多峰的时候会摊开") shows it at once. The quote is the answer's own words, as said: the
sentence that covered the point best, or its clause nearest the point when the sentence
is long.
"""

from __future__ import annotations

from agent._answer_text import mostly_cjk, terms, units
from agent._clauses import split_clauses

QUOTE_UNITS = 60  # a Chinese sentence longer than this (characters) is quoted by a clause
QUOTE_WORDS = 36  # ... an English one longer than this (words): as much said
_CLAUSE_UNITS = 8  # a clause shorter than this takes the next one with it ("首先，")


def quote_for(point: str, sentence: str) -> str:
    """The sentence, or its clause nearest the point when it is long; cut with "…"."""
    sentence = sentence.strip()
    if units(sentence) <= _limit(sentence):
        return sentence
    wanted = terms(point)
    parts = _clauses(sentence)
    best = max(parts, key=lambda part: len(terms(part) & wanted))  # first of a tie
    return _cut(best.strip().rstrip("，,：:；;"))


def _clauses(sentence: str) -> list[str]:
    """The sentence's clauses, a very short one joined to the next."""
    out: list[str] = []
    carried = ""
    for clause in split_clauses(sentence):
        carried += clause
        if units(carried) >= _CLAUSE_UNITS:
            out.append(carried)
            carried = ""
    if carried:
        out = [*out[:-1], out[-1] + carried] if out else [carried]
    return out


def _cut(clause: str) -> str:
    """At most the quote's length, whole words in English, then "…"."""
    limit = _limit(clause)
    if units(clause) <= limit:
        return clause
    if mostly_cjk(clause):
        return clause[:limit] + "…"
    return " ".join(clause.split()[:limit]) + "…"


def _limit(text: str) -> int:
    return QUOTE_UNITS if mostly_cjk(text) else QUOTE_WORDS
