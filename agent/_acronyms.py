"""Acronyms said in full: notes write "SFT", "RM", "KV cache", a candidate says "supervised
fine-tuning", "reward model", "key-value cache". The words whose initials spell one of the
notes' acronyms say it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from agent._answer_text import EN_STOPWORDS, terms

_ACRONYM = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,5})s?(?![A-Za-z0-9])")
_WORD = re.compile(r"[A-Za-z]+")
LONGEST = 5


def acronyms_in(texts: Iterable[str]) -> set[str]:
    """The capital-letter acronyms the texts use, lower case as terms are ("sft", "rm")."""
    return {m.group(1).lower() for text in texts for m in _ACRONYM.finditer(text)}


def spelled_out(
    sentence: str, acronyms: set[str], asked: set[str] | frozenset[str] = frozenset()
) -> set[str]:
    """The acronyms among `acronyms` the sentence says word by word: consecutive content
    words whose initials spell it ("supervised fine-tuning" -> "sft"), not all of them
    the question's `asked` terms ("data parallelism" asked is no "DP" told)."""
    if not acronyms:
        return set()
    words = _WORD.findall(sentence)
    found = set()
    for start in range(len(words)):
        initials, new = "", False
        for word in words[start : start + LONGEST]:
            if word.lower() in EN_STOPWORDS:
                break  # "rather than more": no acronym runs across a function word
            initials += word[0].lower()
            new = new or not terms(word) <= asked
            if len(initials) >= 2 and initials in acronyms and new:
                found.add(initials)
    return found
