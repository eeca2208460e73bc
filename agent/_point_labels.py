"""How much a key point says by itself: whether it opens on a name of its own ("search
tickets / month: before 300, after 90" needs no "Result:" before it) and whether it says a
claim in a few words, not a bare figure ("88%", "3000 条")."""

from __future__ import annotations

import re

from agent._answer_text import units

_WORD_UNIT = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]")  # a latin word, a Chinese character
ALONE_WORDS = 4
# "search tickets / month:", a table row's first cell: a latin name of a few words
_LATIN_NAME = re.compile(r"^([A-Za-z0-9][^，,。.：:]{0,40})[：:]")


def own_name(text: str) -> bool:
    """Does the point open on a latin name of a few words and a colon?"""
    found = _LATIN_NAME.match(text)
    return found is not None and units(found.group(1)) <= ALONE_WORDS


def stands_alone(text: str) -> bool:
    """Says a claim by itself in a few words, not a bare figure ("88%", "3000 条")."""
    return len(_WORD_UNIT.findall(text)) >= ALONE_WORDS


# an aside ("正则化（L2…）", "BM25 (Okapi)"), not a formula's argument right after its name
# ("O(n^2)", "log(p)", "f(x)"): "复杂度从每步 O 降到 O" said nothing
_ASIDE = re.compile(r"\s*[（(][^）)]*[）)](?=$|[\s，,。；;：:、])")
_ARGUMENT = re.compile(r"\([^()\u4e00-\u9fff]{1,10}\)")
_FUNCTION = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]|log|exp|softmax|sigmoid|tanh|max|min|argmax)$")


def without_asides(text: str) -> str:
    """The text with its asides left out, its formulas kept whole."""

    def out(found: re.Match[str]) -> str:
        called = _FUNCTION.search(text[: found.start()]) is not None
        return found.group(0) if called and _ARGUMENT.fullmatch(found.group(0)) else ""

    return _ASIDE.sub(out, text)
