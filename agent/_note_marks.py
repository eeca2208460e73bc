"""A note's marks said aloud: an interviewer naming a point of the notes says no arrow and
no plus sign ("labels arrive late -> trained on older data", "scale_pos_weight + tuned
threshold"). A change of figures ("62% → 84%") and a formula ("TP+FP", "1 + 1") keep theirs.
"""

from __future__ import annotations

import re

from agent._answer_text import mostly_cjk

_ARROW = re.compile(r"\s*(?:->|→|=>|⇒)\s*(?=[^\d\s])")
_PLUS = re.compile(r"(?<=([^\d\s]))\s+\+\s+(?=([^\d\s]))")


def said_aloud(phrase: str) -> str:
    """The phrase with its arrows as a pause and its pluses as "and" - three or more things
    as a list ("数据、SFT 和评测", "retrieval, reranking and evals"), not "A 和 B 和 C"."""
    chinese = mostly_cjk(phrase)
    phrase = _ARROW.sub("，" if chinese else ", ", phrase)
    last = len(_PLUS.findall(phrase)) - 1
    count = iter(range(last + 1))

    def joined(m: re.Match[str]) -> str:
        final = next(count) == last
        if not chinese:
            return " and " if final else ", "
        return f"{_gap(m[1])}和{_gap(m[2])}" if final else "、"

    return _PLUS.sub(joined, phrase)


def _gap(char: str) -> str:
    """A latin word meeting Chinese is set off by a space ("双塔模型和 ItemCF")."""
    return " " if char.isascii() else ""
