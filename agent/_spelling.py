"""A name said as the interview spells it, not as the notes misspelt it.

Notes are typed in a hurry: "fassi还集成了其他的一些算法索引算法" under the question "faiss
向量数据库和其他数据库有什么不同". The interviewer, who just asked about faiss, asks "那
faiss 这块呢？", not "那 fassi 这块呢？".
"""

from __future__ import annotations

import re

_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z+#\-]{3,}(?![A-Za-z0-9])")


def as_heard(phrase: str, heard: str) -> str:
    """Each latin word of `phrase` that is the same letters in another order as one word of
    `heard` (the question and answers) is said as heard - never another name one letter off
    ("BERT" and "BART" are two models)."""
    spelt = {w.lower(): w for w in _LATIN.findall(heard)}

    def said(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in spelt:
            return word
        near = {h for k, h in spelt.items() if _letters_swapped(word.lower(), k)}
        return near.pop() if len(near) == 1 else word

    return _LATIN.sub(said, phrase)


def _letters_swapped(a: str, b: str) -> bool:
    return a != b and a[0] == b[0] and sorted(a) == sorted(b)
