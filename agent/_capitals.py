"""An English phrase cut from the notes, said in the middle of a question.

A sentence's first word is capitalised whether it is a plain word ("Dropout randomly
zeroes…", "Regularization reduces…") or a name ("Adam keeps two moments…", "Google
released…"). Mid-sentence only the plain word loses its capital: "adam keeps two moments"
reads as a typo of the optimizer's name. So the capital goes only where the word is
known to be a plain one - a function word, a word made with an English suffix, or a word
the text around it writes in lower case - and otherwise the phrase keeps it, as written.
"""

from __future__ import annotations

import re

from agent._answer_text import EN_STOPWORDS

# endings of derived English words, never of the short names notes use (Adam, Qwen, Llama)
_DERIVED = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ings?|ized?|ised?|ation|ally|ly|ous|ive|"
    r"able|ible|ful|less)$"
)
_FIRST = re.compile(r"[A-Za-z][a-z]*(?=[^A-Za-z0-9]|$)")


def mid_sentence(phrase: str, around: str = "") -> str:
    """`phrase` as said inside a sentence: its first word lower-cased when it is a plain
    word capitalised only for starting its sentence (`around`: text that may write it in
    lower case - the notes' context, the candidate's answers)."""
    first = _FIRST.match(phrase)
    if first is None or not first.group(0).istitle():
        return phrase  # "BM25", "LightGBM", "iPhone", a lower-case start: as written
    word = first.group(0)
    if not plain(word, around):
        return phrase
    return word.lower() + phrase[len(word) :]


# words that open a sentence and are never names, beside the stopwords
_OPENERS = frozenset(
    ["each", "every", "both", "either", "neither", "another", "few", "several", "many", "most"]
)


def plain(word: str, around: str = "") -> bool:
    """The capitalised word is an ordinary English word, not a name."""
    lower = word.lower()
    stem = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    if lower in EN_STOPWORDS or lower in _OPENERS or (len(stem) > 4 and _DERIVED.search(stem)):
        return True
    return bool(around and re.search(rf"(?<![A-Za-z]){re.escape(lower)}(?![A-Za-z])", around))
