"""Opposites: a comparison turned round, the opposite degree or adjective of one noun.

"Relative schemes such as RoPE extrapolate better" against "learned ones extrapolate
better than relative ones like RoPE": the same comparative ("better", "更稳定"), and what
the reference puts on the winning side (before the comparative) the answer puts on the
losing side (after "than" / between 比 and 更), or the other way round. No negation
word is needed for such a claim to be wrong. Likewise the same noun with the opposite
degree ("梯度很小" / "梯度更大") or adjective ("small datasets" / "big datasets"), and
antonyms (OPPOSITES) said alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import EN_STOPWORDS, content_terms
from agent._opposites import OPPOSITES as OPPOSITES

_EN = re.compile(
    r"\b(better|worse|more|less|fewer|faster|slower|higher|lower|larger|smaller|bigger"
    r"|cheaper|stronger|weaker|easier|harder|safer|longer|shorter)\b",
    re.IGNORECASE,
)
_THAN = re.compile(r"\bthan\b", re.IGNORECASE)
# what "than" compares ends at the clause or a circumstance: "longer than BPE for English"
# puts BPE on the losing side, not English
_LEAD = re.compile(r"->|→|=>|[:：;；]")
_COMPARED = re.compile(r"[,;:()]|->|\s(?:for|in|on|at|when|because|since|while|so|and)\s")
_ZH = re.compile(r"(?:更|越)([\u4e00-\u9fff]{1,2})")
_ZH_THAN = re.compile(r"比")
_PREDICATE = 3  # characters before 更 that say what is compared

_POLE = {c: 1 for c in "大高多快长强增升"} | {c: -1 for c in "小低少慢短弱减降"}
# a noun, then up to three adverbs ("召回反而越低", "梯度会变得更小"), then the degree
_DEGREE = re.compile(
    r"([\u4e00-\u9fff]{2})(?:的)?(?:很|更|越|较|变得|变|太|偏|会|也|都|就|反而|却|还|明显){0,3}"
    r"(?:[^\S\n])?([大小高低多少快慢长短强弱增减升降])(?![幅量约概部度])"  # not "大幅减少", "长度"
)

Sides = tuple[str, set[str], set[str]]  # the comparative, winner's terms, loser's terms


def sides(clause: str) -> Sides | None:
    """The comparative a clause makes and the terms on either side of it, or None."""
    text = clause.lower()
    if beaten := _beaten(text):
        return beaten
    found = _EN.search(text)
    if found:
        than = _THAN.search(text, found.end())
        loser = content_terms(_COMPARED.split(text[than.end() :])[0]) if than else set()
        # the winner is said in the comparative's own clause: not "averaging matters ->"
        winner = _LEAD.split(text[: found.start()])[-1]
        return found.group(1), content_terms(winner), loser
    found = _ZH.search(text)
    if not found:
        return None
    # the predicate right before 更 ("训练更稳定") is said of both sides, so it is neither
    predicate = content_terms(text[max(0, found.start() - _PREDICATE) : found.start()])
    than = _ZH_THAN.search(text, 0, found.start())
    if than:
        loser = content_terms(text[than.end() : found.start()]) - predicate
        return found.group(1), content_terms(text[: than.start()]) - predicate, loser
    return found.group(1), content_terms(text[: found.start()]) - predicate, set()


# "stacked beat parallel", "A outperformed B", "A 优于 B": a win is a "better than"
_BEAT = re.compile(
    r"\b(?:beat|beats|outperform(?:s|ed)?|surpass(?:es|ed)?|won over|wins over)\b"
    r"|优于|胜过|好于|强于|打败了?|干过|赢了"
)
_ASIDE = re.compile(r"\([^()]*\)|（[^（）]*）")


def _beaten(text: str) -> Sides | None:
    """A win said with its verb: the winner before it (in its own clause, asides left out:
    "stacked (cross -> deep) beat parallel"), the loser after it."""
    text = _ASIDE.sub(" ", text)
    found = _BEAT.search(text)
    if not found:
        return None
    winner = _LEAD.split(text[: found.start()])[-1]
    loser = _COMPARED.split(text[found.end() :])[0]
    return "better", content_terms(winner), content_terms(loser)


def reversed_comparison(point: str, clause: str) -> bool:
    """Does the clause make the point's comparison with the sides swapped?"""
    ours, theirs = sides(point), sides(clause)
    if ours is None or theirs is None or ours[0] != theirs[0]:
        return False
    _, winner, loser = ours
    _, said_winner, said_loser = theirs
    both = winner & loser  # "per-token mean … more than a per-example mean": no side's word
    demoted = (winner & said_loser) - said_winner - both
    promoted = (loser & said_winner) - said_loser - both
    return bool(demoted or promoted)


def opposite_degree(
    point: str, sentence: str, compared: frozenset[str] | set[str] = frozenset()
) -> bool:
    """The same noun said to be big in one and small in the other: "梯度很小" / "梯度更大",
    "精度损失小" / "精度更高"... (a degree word right after a word both use)."""
    said = poles(sentence)
    for noun, pole in poles(point):
        if noun not in compared and (noun, -pole) in said and (noun, pole) not in said:
            return True
    return False


def opposite_modifier(point: str, clause: str, answer: Sequence[str]) -> bool:
    """The same English noun with the opposite adjective: "helps with small datasets" /
    "useful for big datasets" (unless the answer uses the point's adjective too, or the
    point itself names both: "large models …; small models gain little")."""
    for a, b in _ENGLISH_OPPOSITES:
        for one, other in ((a, b), (b, a)):
            if one not in point or other not in clause:  # most pairs: no regex needed
                continue
            for noun in re.findall(rf"\b{one}\s+([a-z]{{3,}})", point):
                if noun in EN_STOPWORDS:
                    continue  # "after the leak filter" / "before the launch": no noun shared
                said = rf"\b{other}\s+{noun[:4]}"
                if re.search(said, point):
                    continue  # "large models …; small models gain little": both sides
                # "for large models, since small ones gain little": the answer compares
                if re.search(said, clause) and not any(re.search(rf"\b{one}\b", c) for c in answer):
                    return True
    return False


_ENGLISH_OPPOSITES = tuple(pair for pair in OPPOSITES if pair[0].isascii())


def poles(text: str) -> set[tuple[str, int]]:
    """(noun, +1 big / -1 small) for each degree word right after a noun."""
    return {(m.group(1), _POLE[m.group(2)]) for m in _DEGREE.finditer(text)}


def only(text: str, word: str, opposite: str) -> bool:
    return _has(text, word) and not _has(text, opposite)


def _has(text: str, word: str) -> bool:
    if word not in text:
        return False
    if word.isascii():
        return re.search(rf"\b{word}\b", text) is not None
    return word in text
