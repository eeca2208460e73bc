"""A figure's change told the other way round in plain words: the notes' "误唤醒 2 次/天 →
0.3 次/天" against "接手的时候是一天零点三次，后来涨到了两次多", or "recall 0.94 -> 0.992"
against "it was 0.992 and dropped to 0.94".

agent._changes reads a change said as one ("from X to Y", "X -> Y"); this reads the two
figures of the notes' change said in one sentence, the notes' end first and their start
after it, with a word of change between them. A sentence saying the start was before
("降到了零点三次，原来是两次", "down to 0.3 from 2") restates the change and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from agent._agreement import agree, same_family
from agent._no_longer import PAST
from agent._numerals import EN_RUN, ZH_NUMERAL, en_value, zh_value
from agent._quantities import Quantity, quantities
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

# a change between the two figures: "后来涨到了", "then dropped to", "went up to"
_CHANGE_WORD = re.compile(
    r"涨|升|提(?![前供出交示醒问])|增|降|减|掉|跌|变成|到了|"
    r"\b(?:rose|grew|increas\w*|climb\w*|fell|dropp\w*|decreas\w*|went (?:up|down)|jump\w*)\b",
    re.IGNORECASE,
)
# the start said as the past (agent._no_longer's words) or the origin: the change restated
# end first
_START_BEFORE = re.compile(rf"{PAST.pattern}|从|\bfrom\b", re.IGNORECASE)

# "from 93% (down) to 70%", "从 93% 降到 70%": the first figure is the change's start
_FROM_BEFORE = re.compile(r"(?:\bfrom|从)\s*(?:about|around|roughly|大概|大约)?\s*$", re.IGNORECASE)
_TO = re.compile(r"\bto\b|到", re.IGNORECASE)


def turned_figures(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence) for each of the notes' figure changes an answer
    sentence tells from its end back to its start."""
    changes = [(i, start, end) for i, p in enumerate(points) for start, end in _changes(p.text)]
    found: list[tuple[int, Where]] = []
    for j, sentence in enumerate(kept):
        said = quantities(sentence)
        for i, start, end in changes:
            if _told_backwards(sentence, said, start, end):
                found.append((i, (j, sentence.lower())))
    return found


def _changes(text: str) -> list[tuple[Quantity, Quantity]]:
    """The (start, end) figures of each "A -> B" change the text makes ("2 次/天 → 0.3 次/天",
    "recall 0.94 -> 0.992"), when they differ."""
    said = quantities(text)
    out = []
    for arrow in ARROW.finditer(text):
        before = [q for q in said if q.end <= arrow.start() and arrow.start() - q.end <= _NEAR]
        after = [q for q in said if q.start >= arrow.end() and q.start - arrow.end() <= 2]
        # (of one measure: "≈ 64% → 一个显著说明不了什么" is a figure and its conclusion)
        same = before and after and same_family(before[-1], after[0])
        if same and not agree(before[-1], after[0]):
            out.append((before[-1], after[0]))
    return out


ARROW = re.compile(r"→|->|=>|⇒")
_NEAR = 6  # characters a unit may take between a figure and the arrow ("次/天 ")


def _told_backwards(sentence: str, said: list[Quantity], start: Quantity, end: Quantity) -> bool:
    """The notes' end said first, their start after it, a change word between, and no
    start said before the end nor marked as the origin."""
    for k, first in enumerate(said):
        if agree(first, start):
            return False  # the start comes first: the notes' order
        if not agree(first, end):
            continue
        carried = _carried(sentence, first)
        for later in [*said[k + 1 :], *([carried] if carried else [])]:
            if not agree(later, start):
                continue
            between = sentence[first.end : later.start]
            told_from = _FROM_BEFORE.search(sentence[: first.start]) and _TO.search(between)
            if told_from and later.low == later.high:  # (not "up to 512", a bound)
                return True  # "went from 93% down to 70%" of the notes' "71% -> 93%"
            return bool(_CHANGE_WORD.search(between)) and not _START_BEFORE.search(between)
    return False


# "from five minutes to thirty", "从九成三降到七十": the figure a change ends on, its unit
# carried over from the start
_NUMBER = rf"(?:(?P<digits>\d+(?:\.\d+)?)|(?P<en>{EN_RUN.pattern})|(?P<zh>[{ZH_NUMERAL}]+))"
_BARE_END = re.compile(
    r"\s*(?:(?:down|up|back)\s+)?(?:to|到)\s*(?:about\s+|around\s+|roughly\s+|大概|大约)?"
    rf"{_NUMBER}(?![\w%])",
    re.IGNORECASE,
)
_FIRST_NUMBER = re.compile(_NUMBER, re.IGNORECASE)


def _carried(sentence: str, first: Quantity) -> Quantity | None:
    """The bare figure a "from X to Y" change ends on, read in X's unit (None when Y has a
    unit of its own: agent._quantities has read it)."""
    end = _BARE_END.match(sentence, first.end)
    start = _FIRST_NUMBER.search(sentence, first.start, first.end)
    if end is None or start is None or first.low != first.high:
        return None
    raw, value = _value(start), _value(end)
    if not raw or value is None:
        return None
    scaled = value * first.low / raw  # "five minutes" is 300 s: "thirty" is 1,800
    at = next(end.start(g) for g in ("digits", "en", "zh") if end.group(g))
    return replace(first, low=scaled, high=scaled, start=at, end=end.end())


def _value(number: re.Match[str]) -> float | None:
    if number.group("digits"):
        return float(number.group("digits"))
    if number.group("en"):
        return en_value(number.group("en"))
    return zh_value(number.group("zh"))
