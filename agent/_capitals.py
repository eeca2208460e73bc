"""An English phrase cut from the notes, said in the middle of a question.

A sentence's or a note line's first word is capitalised whether it is a plain word
("Thousands of tickets…", "Base model Qwen 7B", "Regularization reduces…") or a name
("Adam keeps two moments…", "Google released…", "Qwen 7B as the base"). Mid-sentence only
the plain word loses its capital: "adam keeps two moments" reads as a typo of the
optimizer's name, "About the background, Thousands of…" as a pasted line. The word is a
name when it is written with a capital in the middle of a line around it (the notes, the
answers), is "I", or is followed by a version ("Qwen 7B", "Llama 3"); it is plain when it
is a function word, a word made with an English suffix, one the text around it writes in
lower case, or an English word more often written in lower case than capitalised
(agent/lower_words.txt, from GPT-2's vocabulary: "thousands", "base", not "adam",
"google") - unless the notes write it with its capital somewhere else too, at the start of
another line or in a heading ("## Meta", "Llama keeps the weights open."): a common word
that is also a name ("Meta", "Llama" without a version) is the notes' name. Anything else -
an unknown word, "Qwen" - keeps its capital, as written.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from agent._answer_text import EN_STOPWORDS

# endings of derived English words, never of the short names notes use (Adam, Qwen, Llama)
_DERIVED = re.compile(
    r"(?:tion|sion|ment|ness|ity|ance|ence|ism|ings?|ized?|ised?|ation|ally|ly|ous|ive|"
    r"able|ible|ful|less)$"
)
_FIRST = re.compile(r"[A-Za-z][a-z]*(?=[^A-Za-z0-9@]|$)")  # "Recall@5" is a metric's name
# "Qwen 7B", "Llama 3", "Claude 3.5", "Gemini-1.5": a name with its version
_VERSION = re.compile(r"[ -]v?\d")


def mid_sentence(phrase: str, around: str = "", notes: str = "") -> str:
    """`phrase` as said inside a sentence: its first word lower-cased when it is a plain
    word capitalised only for starting its sentence or line (`around`: text that may write
    it in lower case, or with a capital mid-line - the notes' context, the answers; `notes`:
    the notes' own text the phrase comes from, where a capital anywhere else names it)."""
    first = _FIRST.match(phrase)
    if first is None or not first.group(0).istitle():
        return phrase  # "BM25", "LightGBM", "iPhone", "GPT-4", a lower-case start: as written
    word = first.group(0)
    if word == "I" or _VERSION.match(phrase, len(word)) or _named_mid_line(word, around):
        return phrase
    if not plain(word, around, _named_elsewhere(word, phrase, notes)):
        return phrase
    return word.lower() + phrase[len(word) :]


# words that open a sentence and are never names, beside the stopwords
_OPENERS = frozenset(
    ["each", "every", "both", "either", "neither", "another", "few", "several", "many", "most"]
)


def plain(word: str, around: str = "", named: bool = False) -> bool:
    """The capitalised word is an ordinary English word, not a name (`named`: the notes
    write it with its capital elsewhere, which outweighs a common word's list)."""
    lower = word.lower()
    stem = lower[:-1] if lower.endswith("s") and not lower.endswith("ss") else lower
    if lower in EN_STOPWORDS or lower in _OPENERS or (len(stem) > 4 and _DERIVED.search(stem)):
        return True
    if around and re.search(rf"(?<![A-Za-z]){re.escape(lower)}(?![A-Za-z])", around):
        return True
    return not named and lower in _lower_words()


def _named_elsewhere(word: str, phrase: str, notes: str) -> bool:
    """The notes write the word with its capital besides where the phrase comes from (a
    heading "## Meta", another line starting "Meta …"): the phrase's own capital says
    nothing, it may only start its line."""
    rest = notes.replace(phrase, " ") if phrase else notes
    return bool(re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", rest))


def _named_mid_line(word: str, around: str) -> bool:
    """`around` writes the word with its capital after a lower-case word or a comma on the
    same line ("we fine-tuned Qwen on…"): a name, not a line's first word."""
    return bool(re.search(rf"[a-z0-9,;)] +{re.escape(word)}(?![A-Za-z])", around))


@cache
def _lower_words() -> frozenset[str]:
    text = resources.files("agent").joinpath("lower_words.txt").read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))
