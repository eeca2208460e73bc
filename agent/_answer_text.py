"""Measures of answer text shared by the guards, key points, coverage and the offline estimator.

Chinese is compared by character bigrams and English by lower-cased words, so no
tokenizer dictionary has to load; embeddings (when a provider is given) add meaning
where the words differ.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]+|[A-Za-z][A-Za-z0-9+#.\-]*|\d+(?:\.\d+)?%?")
CJK_RUN = re.compile(rf"^[{_CJK}]+$")
CJK_CHAR = re.compile(rf"[{_CJK}]")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])(?!=)|(?<=\.)\s+|\n+")  # ("!=" is no end)
# a list mark, not the start of a figure: "4.2 万条…" kept its "4." as "1." is dropped, and
# "2 万条…" read against the notes' 4.2 万
_BULLET = re.compile(
    r"^\s*(?:[-*•·>]+|\(?[0-9一二三四五六七八九十]+(?:[、)）]|[.:：](?!\d))"
    r"|（[0-9一二三四五六七八九十]+）)\s*"
)


def _words(text: str) -> list[str]:
    return text.split()


EN_STOPWORDS = frozenset(
    _words(
        "a about after all also am an and any are as at be because been but by can could did do "
        "does for from had has have how i if in into is it its just like me more most my no not "
        "of on one or other our out so some such than that the their them then there these they "
        "this to up us very was we were what when where which while who why will with would you "
        "your yes okay ok um uh well too much many lot really quite "
        # spoken filler: no word of the answer's own ("Sure, so, basically, in a nutshell…")
        "sure basically actually literally honestly nutshell anyway anyways "
    )
)
ZH_FILLER = frozenset(
    _words(
        "一下 这个 那个 我们 就是 然后 什么 可以 一个 的话 这样 那么 还是 "
        "他们 你们 比如 嗯嗯 自己 没有 不是 这些 那些 因为 所以 但是 如果 "
        "或者 以及 通过 进行 问题 方面 时候 不过 可是 而且 并且 其实 另外 于是 "
    )
)


ZH_LONE_FUNCTION = frozenset("的了是在和与及或也就都而把被这那个吗呢吧啊")  # alone: no content


class Embedder(Protocol):
    """What scoring needs from knowledge.EmbeddingProvider."""

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]: ...


class Remembering:
    """An embedder that embeds each text once: measuring one answer asks for the key
    points' vectors twice (against each sentence, then against the whole answer)."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self._seen: dict[str, list[float]] = {}

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        new = [t for t in dict.fromkeys(texts) if t not in self._seen]
        if new:
            self._seen.update(zip(new, self._embedder.embed_passages(new), strict=True))
        return [self._seen[t] for t in texts]


def tokens(text: str) -> list[str]:
    """CJK runs and latin words/numbers, in order (CJK runs kept whole)."""
    return _TOKEN.findall(text)


def mostly_cjk(text: str) -> bool:
    """Chinese (or Japanese) characters at least match the other words in number."""
    found = tokens(text)
    cjk_chars = sum(len(t) for t in found if CJK_RUN.match(t))
    return cjk_chars >= sum(1 for t in found if not CJK_RUN.match(t))


def units(text: str) -> int:
    """Length a person would count: Chinese characters plus latin words and numbers."""
    return sum(len(t) if CJK_RUN.match(t) else 1 for t in tokens(text))


def terms(text: str) -> set[str]:
    """Content terms: CJK bigrams (a lone character stands alone) and latin words."""
    return set(_terms(text))


def content_terms(text: str) -> set[str]:
    """`terms` without the bigrams that straddle a function character ("的校" in
    "之类的校准", "事在" in "同事在"): artefacts of bigram splitting that dilute overlaps."""
    return set(_content_terms(text))


# One turn's coverage check splits the same answer clauses and key points into terms
# hundreds of times (every point against every clause, the contradiction checks again);
# the sets are kept per text and each caller gets its own copy to change.
# "that's", "I'm", "we've": a contraction's ending is no word ("6s" keeps its "s"). ("n't"
# keeps its "t": the overlaps a denial is read at were set with it counted)
_CONTRACTION = re.compile(r"['’](?:s|re|ve|ll|m|d)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _terms(text: str) -> frozenset[str]:
    found: set[str] = set()
    for token in tokens(_CONTRACTION.sub(" ", text)):
        if CJK_RUN.match(token):
            grams = (
                [token] if len(token) == 1 else [token[i : i + 2] for i in range(len(token) - 1)]
            )
            found.update(g for g in grams if g not in ZH_FILLER and g not in ZH_LONE_FUNCTION)
        else:
            word = token.lower().rstrip(".")
            if word and word not in EN_STOPWORDS:
                found.add(stem(word))
    return frozenset(found)


@lru_cache(maxsize=4096)
def _content_terms(text: str) -> frozenset[str]:
    return frozenset(t for t in _terms(text) if len(t) != 2 or not set(t) & ZH_LONE_FUNCTION)


# words ending in "ing" that are no verb's -ing form: "meaning" is not "mean", "string"
# not "str"
_ING_WORDS = frozenset(
    {"meaning", "string", "during", "nothing", "something", "anything", "everything"}
    | {"morning", "evening", "ceiling", "thing", "sibling", "spring"}
)


def stem(word: str) -> str:
    """A crude English stem so "freezes", "freezing" and "freeze" meet: -s/-es/-ed/-ing
    off, then a final "e" and a doubled last letter ("stopping" -> "stop")."""
    if not word.isalpha() or len(word) <= 3 or word.endswith("ss"):
        return word
    if word in _ING_WORDS or word[:-1] in _ING_WORDS:  # "meaning" is no "mean"
        return word if word in _ING_WORDS else word[:-1]
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def overlap(part: set[str], whole: set[str]) -> float:
    """Share of `part` found in `whole` (0 when `part` is empty)."""
    return len(part & whole) / len(part) if part else 0.0


def sentences(text: str) -> list[str]:
    pieces = (_BULLET.sub("", p).strip() for p in _SENTENCE_END.split(text))
    return [p for p in pieces if p]


def shingles(text: str, n: int = 3) -> set[str]:
    clean = "".join(re.findall(rf"[{_CJK}A-Za-z0-9]", text.lower()))
    return {clean[i : i + n] for i in range(max(1, len(clean) - n + 1))} if clean else set()


def similarity(a: str, b: str) -> float:
    """Jaccard similarity of character trigrams (1.0 = same text up to spacing/punctuation)."""
    first, second = shingles(a), shingles(b)
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    # map(mul): the same products summed in the same order, at half the generator's cost
    dot = sum(map(operator.mul, a, b))
    norm = math.sqrt(sum(map(operator.mul, a, a))) * math.sqrt(sum(map(operator.mul, b, b)))
    return dot / norm if norm else 0.0


def normalized_for_quotes(text: str) -> str:
    """Lower-case letters, digits and CJK only: quotes survive spacing and punctuation edits."""
    return "".join(re.findall(rf"[{_CJK}A-Za-z0-9]", text.lower()))


def quote_in(answer: str, quote: str) -> bool:
    """Is `quote` a verbatim piece of `answer` (ellipses allowed between its parts)?"""
    haystack = normalized_for_quotes(answer)
    position = 0
    parts = [normalized_for_quotes(p) for p in re.split(r"\.\.\.|…+", quote)]
    if not any(parts):
        return False
    for part in parts:
        if not part:
            continue
        found = haystack.find(part, position)
        if found < 0:
            return False
        position = found + len(part)
    return True
