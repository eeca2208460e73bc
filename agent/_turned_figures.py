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

from agent._no_longer import PAST
from agent._quantities import Quantity, agree, quantities, same_family
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
        for later in said[k + 1 :]:
            if not agree(later, start):
                continue
            between = sentence[first.end : later.start]
            return bool(_CHANGE_WORD.search(between)) and not _START_BEFORE.search(between)
    return False
