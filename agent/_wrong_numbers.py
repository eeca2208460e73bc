"""Key points an answer gets a number wrong on: the same thing measured, another value.

For each number of the answer, the reference's number of the same family (percent, ratio,
seconds, …) whose words are closest (agent._quantities: the words next to each number
count double, the clause once) says what it measures. The answer contradicts that
number's key point when its value is

- foreign: agrees with no number of the reference of its family, nor with one made from
  two of them (a ratio, percentage points, a change: see _derived): "十倍左右" where
  the notes say "一般 2~3x", "降低 90%" where they say 40%, "stays the same size" (1x)
  where they say "4x smaller";
- someone else's: the value of another thing of the reference, whose words it shares
  clearly less ("8 query heads for every 32 KV heads" against "32 Q heads, 8 KV heads";
  Chinchilla given Gopher's 280B).

It does not when another number of the answer, about the same thing, states that point's
value (a comparison, "从 80ms 降到 30ms"), or when a negation stands just before the
number ("不是十倍"). Chinese numerals and English number words are read as digits, and
hedged numbers ("大概", "roughly") get a wider tolerance, so a paraphrase is no wrong number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import permutations

from agent._changes import FIGURE_CHANGE
from agent._number_mentions import Mention, mentions, steady
from agent._percent_kinds import other_kinds
from agent._quantities import Quantity, agree, quantities, same_family
from agent.keypoints import Point

NEEDED = {"count": 3}  # closeness a number needs to be about a reference number (default 2)
NEEDED_DEFAULT = 2
NAMED_ALIKE = 2  # words next to both numbers that make them one measure
SWAP_MARGIN = 2  # how much closer the words must be to the thing whose value it is not
DENIAL_REACH = 24  # characters before an English number a negation of it may stand
SWAP_SPAN = 100  # two values further apart than this are of different things, not a swap

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)
_Owned = tuple[int, Mention]  # a key point's index and one of its numbers
# an amount of change, not a level: "降了 50ms", "快了 3 倍", "cut by 90 ms", "saved 2 hours"
_CHANGE_WORDS = r"降了|减少了|少了|省了|快了|慢了|涨了|提升了|提高了|多了|缩短了"
_CHANGED_BY = re.compile(rf"{_CHANGE_WORDS}|\b(?:by|saved|shaved|cut)\b", re.IGNORECASE)
_FROM = re.compile(r"从|\bfrom\b", re.IGNORECASE)
_CHANGED_TO = re.compile(
    r"^[^，,。；;]{0,8}(?:到|成|\bto\b|\binto\b)"
)  # a change told: its sides have their roles
# "不是十倍", "not 95%", "rather than ten times": the number is denied, not claimed
_DENIED = re.compile(r"不是|并非|而非|没有|\bnot\b|n't|rather than|instead of", re.IGNORECASE)

_NOT_EVEN = re.compile(r"\s*[都也][没不]")


def wrong_numbers(
    points: Sequence[Point], kept: list[str], notes: str = ""
) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each number the answer gets wrong.
    A number the whole reference (`notes`, beyond the points measured) gives the same thing
    is right: "新特征上线缩到三天" is the write-up's result, not a wrong "~3 周" before it."""
    reference = [(i, m) for i, p in enumerate(points) for m in mentions(p.text)]
    if not reference:
        return []
    known = mentions(notes) if notes else []
    said = [(j, m) for j, sentence in enumerate(kept) for m in mentions(sentence)]
    said += [(j, m) for j, sentence in enumerate(kept) for m in steady(sentence)]
    found = []
    for j, mention in said:
        wrong = _wrong_for(mention, reference, said)
        if wrong is not None and not _in_notes(mention, known, reference):
            found.append((wrong, (j, mention.clause.lower())))
    return found


def _in_notes(mention: Mention, known: Sequence[Mention], reference: list[_Owned]) -> bool:
    """Does the reference, beyond the points measured, give this value to a thing named as
    this number's is? (A value of the points' own, given to another of their things, is a
    swap the points show.)"""
    measured = {(r.quantity.low, r.quantity.high, r.local) for _, r in reference}
    needed = NEEDED.get(mention.quantity.family, NEEDED_DEFAULT)
    return any(
        (k.quantity.low, k.quantity.high, k.local) not in measured
        and same_family(k.quantity, mention.quantity)
        and agree(mention.quantity, k.quantity)
        and closeness(mention, k) >= needed
        for k in known
    )


def closeness(a: Mention, b: Mention) -> int:
    """Words shared next to the two numbers count double; words of their clauses once."""
    return 2 * len(a.local & b.local) + len(a.wider & b.wider)


def _wrong_for(
    mention: Mention, reference: list[_Owned], said: list[tuple[int, Mention]]
) -> int | None:
    """The key point whose number this one gets wrong, or None."""
    same = [(i, r) for i, r in reference if same_family(r.quantity, mention.quantity)]
    same = [(i, r) for i, r in same if not _value_against_count(r, mention)]
    same = [(i, r) for i, r in same if not _counted_otherwise(r, mention)]
    same = [(i, r) for i, r in same if not other_kinds(r, mention)]  # a share, a change
    if not same or _denied(mention) or _change_as_range(mention, [r for _, r in same]):
        return None
    told, wrong = _against_notes_change(mention, said, reference)
    if told:  # "从四周缩到三天" of "4 周 → 10 天": the end is the 10 天's
        return wrong
    scored = [(closeness(mention, r), i, r) for i, r in same]
    best = max(s for s, _, _ in scored)
    if best < NEEDED.get(mention.quantity.family, NEEDED_DEFAULT):
        return None
    top = [(i, r) for s, i, r in scored if s == best]
    if any(agree(mention.quantity, r.quantity) for _, r in top) or _other_things(mention, top):
        return None
    # of numbers as close, the one no other number of the answer states ("从 3.1% 提到 7.6%":
    # the 7.6 is not the 3.1's value)
    others = [m for _, m in said if m is not mention]
    unstated = [(i, r) for i, r in top if not any(agree(m.quantity, r.quantity) for m in others)]
    point, number = (unstated or top)[0]
    if _before_or_after(mention, number) or _changed_to(mention, number, said):
        return None  # "down to 0.8%, from 11%" of the notes' "11% -> 0.8%"
    if _notes_change(mention, said, reference):
        return None  # "down to 0.8%, from 11%" of the notes' "11% -> 0.8%"
    if _far_apart(mention.quantity, number.quantity):
        return None  # "两个矩阵" is no count of the "1,677 万" parameters beside it
    owners = [(s, r) for s, _, r in scored if agree(mention.quantity, r.quantity)]
    if owners and mention.quantity.vague:
        return None  # "拖几十分钟" names no one figure: it is no swap of the 40 min it covers
    # a swap exchanges two values of one kind: "7B 模型" and "5 万条 query" are not
    # (a zero, "launch slipped 0 days", is told as any amount when the thing whose value
    # it is goes unnamed: "slipped two weeks" beside the notes' "2 weeks before the run")
    zero = number.quantity.high == 0
    swappable = [
        s for s, r in owners if _same_scale(r.quantity, number.quantity) or (zero and s == 0)
    ]
    if owners and (not swappable or best - max(swappable) < SWAP_MARGIN):
        return None  # or as close to the thing whose value it is: no sure swap
    # a figure made from two others by chance is no excuse for one named as the notes'
    # figure is ("准确率 99%" against "准确率 92%", with 500 and 3000 elsewhere in the notes)
    named_alike = len(mention.local & number.local) >= NAMED_ALIKE
    if not owners and not named_alike and _derived(mention, [r.quantity for _, r in reference]):
        return None
    if _stated_elsewhere(number, best, others, [r for _, r in same]):
        return None
    return point


def _changed_to(mention: Mention, number: Mention, said: list[tuple[int, Mention]]) -> bool:
    """Is the mention the start of a change the answer tells, whose end is the point's
    value ("矩阵从两个变成了三个" of "三个矩阵")? The start is what it was before."""
    for _, other in said:
        between = mention.clause[mention.quantity.end : other.quantity.start]
        same_clause = other.clause == mention.clause and other.quantity.start > mention.quantity.end
        if same_clause and _CHANGED_TO.search(between) and agree(other.quantity, number.quantity):
            return _FROM.search(mention.clause[: mention.quantity.start]) is not None
    return False


def _notes_change(
    mention: Mention, said: list[tuple[int, Mention]], reference: list[_Owned]
) -> bool:
    """Is the mention the end of a change the answer tells whose start and end are, in
    order, two numbers of one clause of the notes ("首 token P99 从两秒四到零点九秒" of
    "TTFT P99 2.4s → 0.9s"), whatever words name it?"""
    starts = [m for _, m in said if _changed_to(m, mention, said)]
    pairs = [
        (a, b)
        for _, a in reference
        for _, b in reference
        if a.clause == b.clause and a.quantity.end <= b.quantity.start
    ]
    return any(
        agree(s.quantity, a.quantity) and agree(mention.quantity, b.quantity)
        for s in starts
        for a, b in pairs
    )


def _against_notes_change(
    mention: Mention, said: list[tuple[int, Mention]], reference: list[_Owned]
) -> tuple[bool, int | None]:
    """When the mention ends a change the answer tells ("一轮迭代从一个月缩到十天左右")
    whose start is, and is about, the start of a change of the notes ("迭代周期 4 周 → 10
    天": numbers of one family, in order in one clause), it must have a value that change
    reaches (its words, the start's too, would match the start better). Whether it ends
    such a change, and the point it then gets wrong, if any."""
    starts = [m for _, m in said if _start_of(m, mention)]
    needed = NEEDED.get(mention.quantity.family, NEEDED_DEFAULT)
    changes = []  # (how close the answer's start is to the notes' start, the notes' ends)
    for _, a in reference:
        if not same_family(a.quantity, mention.quantity):
            continue
        ends = [
            (j, b)
            for j, b in reference
            if b.clause == a.clause
            and b.quantity.start >= a.quantity.end
            and same_family(a.quantity, b.quantity)
        ]
        close = [closeness(s, a) for s in starts if agree(s.quantity, a.quantity)]
        if ends and close and max(close) >= needed:
            changes.append((max(close), ends))
    if not changes:
        return False, None
    if any(agree(mention.quantity, b.quantity) for _, ends in changes for _, b in ends):
        return True, None
    _, ends = max(changes, key=lambda change: change[0])
    return True, min(ends, key=lambda owned: owned[1].quantity.start)[0]


def _start_of(start: Mention, end: Mention) -> bool:
    """Is `start` the "从"/"from" side of a change whose other side is `end`, next to it?"""
    if start.clause != end.clause or start.quantity.end > end.quantity.start:
        return False
    between = start.clause[start.quantity.end : end.quantity.start]
    before = start.clause[: start.quantity.start]
    told = _CHANGED_TO.search(between) is not None and _FROM.search(before) is not None
    return told and not quantities(between)  # no number between: "from 32 up to 512 and took 128"


def _before_or_after(said: Mention, number: Mention) -> bool:
    """Is a value said alone the other side of a change the notes write with an arrow
    ("answer-leak rate 11% -> 0.8%")? Both are that one thing's, before and after, whichever
    the words next to the number are closer to. (A change the answer tells itself, "从 58%
    提到了 90%", is checked side by side.)"""
    if _FROM.search(said.clause):
        return False
    for change in FIGURE_CHANGE.finditer(number.clause):
        sides = quantities(change.group("a")) + quantities(change.group("b"))
        if any(agree(number.quantity, v) for v in sides) and any(
            agree(said.quantity, v) for v in sides
        ):
            return True
    return False


def _other_things(mention: Mention, top: list[_Owned]) -> bool:
    """Counts of two things, each named next to its number: "one request id" is no count
    of "3 occurrences", however much their clauses share."""
    if mention.quantity.family != "count" or not mention.local:
        return False
    return all(r.local and not (r.local & mention.local) for _, r in top)


def _same_scale(a: Quantity, b: Quantity) -> bool:
    return a.high > 0 and b.high > 0 and max(a.high, b.high) / min(a.high, b.high) <= SWAP_SPAN


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Two counts of very different scales count different things: a wrong figure is
    off by a few times, not by a hundred ("两个矩阵" beside "参数从 1,677 万降到 6.5 万")."""
    return a.family == b.family == "count" and a.low > 0 and b.low > 0 and not _same_scale(a, b)


def _value_against_count(a: Mention, b: Mention) -> bool:
    """One a value given to a variable ("B 初始化为 0", "ΔW = 0"), the other a count of
    things ("只训练这两个矩阵"): the count says nothing of what B starts at."""
    return (_assigned(a) and _counted(b)) or (_counted(a) and _assigned(b))


def _counted_otherwise(a: Mention, b: Mention) -> bool:
    """Two Chinese counts of different measure words count different things: "两种情况"
    is no count of "3 次一致"."""
    words = [_CLASSIFIER.match(m.clause[m.quantity.end :].lstrip()) for m in (a, b)]
    return all(words) and words[0].group() != words[1].group()  # type: ignore[union-attr]


def _assigned(mention: Mention) -> bool:
    before = mention.clause[: mention.quantity.start].rstrip()
    if _RESULT.search(before):  # "512 + 64 = 576 个数": a sum's result counts what its terms do
        return False
    return mention.quantity.family == "count" and _ASSIGNING.search(before) is not None


def _counted(mention: Mention) -> bool:
    after = mention.clause[mention.quantity.end :].lstrip()
    return mention.quantity.family == "count" and _CLASSIFIER.match(after) is not None


_ASSIGNING = re.compile(r"(?:[=＝]|初始化为|设为|设成|取值?为?|\bset to)$", re.IGNORECASE)
_RESULT = re.compile(r"[\d)）]\s*[=＝]$")
_CLASSIFIER = re.compile(r"[个条次篇张块层轮台位名项种份组套]")


def _denied(mention: Mention) -> bool:
    """A negation just before the number: "不是十倍", "not 95%", "doesn't get a rate of a
    hundred percent"."""
    clause, start = mention.clause, mention.quantity.start
    reach = DENIAL_REACH if clause.isascii() else DENIAL_REACH // 2  # (words are longer)
    if _NOT_EVEN.match(clause, mention.quantity.end):
        return True  # "一天都没延期": not even one day, none
    return _DENIED.search(clause[max(0, start - reach) : start]) is not None


def _change_as_range(mention: Mention, same: list[Mention]) -> bool:
    """ "twenty-two to forty-one percent" read as a range whose ends are two of the notes'
    figures (their "22% -> 41%"): the change told, no figure of its own."""
    low, high = mention.quantity.low, mention.quantity.high
    values = [r.quantity for r in same]
    return low != high and all(any(q.low == q.high == end for q in values) for end in (low, high))


def _derived(mention: Mention, reference: list[Quantity]) -> bool:
    """A number made from two of the reference's: a ratio ("four times smaller" from 280B
    and 70B; "降了六成" from 80ms and 30ms), percentage points between two percentages
    ("涨了 23 个点" from 58% and 81%), or, said as an amount of change ("降了 50ms",
    "cut by 90 ms"), a difference. "每个参数占 4 字节" is no change: 16 - 12 by accident."""
    quantity = mention.quantity
    change = _CHANGED_BY.search(mention.clause) is not None
    for a, b in permutations(reference, 2):
        if a.family != b.family or not b.low or not a.low:
            continue
        made = _made(quantity.family, a, b, change)
        if made is not None and agree(quantity, made):
            return True
    return False


def _made(family: str, a: Quantity, b: Quantity, change: bool) -> Quantity | None:
    """The number of `family` two reference numbers of one family make, if any."""
    if family == "ratio" and a.family != "ratio":
        value = a.low / b.low
    elif family == "percent" and a.family != "percent":
        value = 100 * abs(a.low - b.low) / a.low  # "cut by 70%" from 120 ms and 35 ms
    elif (family == "points" and a.family == "percent") or (family == a.family and change):
        value = abs(a.low - b.low)
    else:
        return None
    return Quantity(value, value, family, False, 0, 0)  # exact: only the answer may hedge


def _stated_elsewhere(
    number: Mention, best: int, said: list[Mention], reference: list[Mention]
) -> bool:
    """Another number of the answer gives the reference number's value, as close to it, and
    is about it: no other reference number is closer to it ("top-8" is no count of experts)."""
    for m in said:
        if not agree(m.quantity, number.quantity) or closeness(m, number) < best:
            continue
        if closeness(m, number) >= max(closeness(m, r) for r in reference):
            return True
    return False
