"""A key point the question quotes: a deep-dive round opens with "你提到：“…”" and asks
how it was done. Saying the quote back is an echo (it covers nothing); the claim is
covered by a sentence that speaks of it and adds words of its own - how it was done,
what came of it - which the notes need not have written down.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, terms, units
from agent._sections import SECTION_WORD
from agent.keypoints import Point

_QUOTED = re.compile(r"“([^”]+)”|\"([^\"]+)\"")
_ASIDE = re.compile(r"[（(][^（）()]*[）)]")
QUOTE_KEY = 20  # characters of a quoted claim that find the point it was cut from
SPOKEN_OF = 0.3  # share of the quote's words a sentence has: it speaks of the claim
OWN_TERMS = 6  # words a sentence adds to the question's: it tells something of the claim
OWN_SHARE = 0.5  # share of a sentence's words that are its own: more than the quote again
HIT = 0.6  # an explained claim is covered (agent._coverage.HIT), as far as offline can say


def quotes(claim: str, point: Point) -> bool:
    """The claim was cut from this point (an aside dropped, the end cut "…", its section
    label left out as the question says it: `unlabelled`)."""
    said = _key(claim.rstrip("…"))[:QUOTE_KEY]
    texts = {point.text, unlabelled(point.text)}
    return bool(said) and any(_key(text).startswith(said) for text in texts)


# "背景: …", "my part: …", "Result: …": the part of a write-up a line is in, as its label
_SECTION = re.compile(r"^\s*(?P<label>[^，,。.：:；;]{1,16}?)\s*[：:]\s*(?=\S)")
MAX_SECTION_UNITS = 4  # "问题背景", "my part": a section's name, not a claim's subject


def unlabelled(claim: str) -> str:
    """The claim as quoted to the candidate, without the section of the write-up it sits
    in ("背景: 商品推荐 CTR 低…" -> "商品推荐 CTR 低…"); a label naming what a figure
    measures stays ("有依据率：62% → 84%"), as does one naming a thing ("混合检索：…")."""
    found = _SECTION.match(claim)
    if not found or units(found.group("label")) > MAX_SECTION_UNITS:
        return claim
    if not SECTION_WORD.search(found.group("label")):
        return claim
    rest = claim[found.end() :]
    if not re.search(r"[A-Za-z\u4e00-\u9fff]", rest) or len(terms(rest)) < 2:
        return claim
    # "Problem: search p99 was…" is quoted as the sentence it starts: "Search p99 was…"
    return rest[:1].upper() + rest[1:] if found.group("label")[:1].isupper() else rest


def _key(text: str) -> str:
    return "".join(ch for ch in _ASIDE.sub("", text).lower() if ch.isalnum())


def quoted_in(points: Sequence[Point], question: str) -> set[int]:
    """The points the question quotes ("你提到：“…”")."""
    spans = [a or b for a, b in _QUOTED.findall(question)]
    return {i for i, p in enumerate(points) if any(quotes(s, p) for s in spans)}


def explaining(point: Point, sentence: str, asked: set[str]) -> float:
    """How far a sentence covers a point the question quoted: it speaks of the claim (has
    SPOKEN_OF of the words the question quoted of it) and is mostly words of its own, not
    the quote with a remark added ("…去重、时间戳统一，这个工作非常重要"); HIT from
    OWN_TERMS of them on, nothing under half that."""
    quote = terms(point.text) & asked
    if not quote or len(quote & terms(sentence)) < SPOKEN_OF * len(quote):
        return 0.0
    words = content_terms(sentence)
    own = words - asked
    if len(own) < OWN_SHARE * len(words) or len(own) < OWN_TERMS / 2:
        return 0.0
    return HIT * min(1.0, len(own) / OWN_TERMS)
