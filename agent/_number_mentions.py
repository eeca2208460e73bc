"""Numbers in their context: the words next to each number that say what it measures
("8 query heads for every 32 KV heads"), and clauses saying something stayed as it was.
agent._wrong_numbers compares the notes' and the answer's numbers by them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from agent._answer_text import content_terms, mostly_cjk
from agent._numerals import EN_RUN
from agent._quantities import Quantity, quantities

_RATIO = re.compile(r"(?<=\d):(?=\d)")
_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}(?:\d{3})*),(?=\d{3}(?!\d))")
WINDOW = 12  # characters either side of a number that say what it measures ("8 KV heads")
_WORD_START = re.compile(r"^[A-Za-z0-9]+")  # a word cut by the window is left out
_WORD_END = re.compile(r"[A-Za-z0-9]+$")
_QUALIFYING = "less under below within over above about around roughly nearly approximately"
_QUALIFYING_ZH = "大概 大约 左右 以内 以下 以上 不到 超过 差不 不多 将近 接近 一般 通常 almost"
# "per", "每": a rate's joint, which names neither side ("a hundred per positive" is not
# about the notes' "1 takeover per 6,000 logins")
_QUALIFIERS = frozenset(f"{_QUALIFYING} {_QUALIFYING_ZH} per".split())
_GREEK = re.compile(r"[\u03b1-\u03c9\u0391-\u03a9]")
_SHORT = {"q": "query", "k": "key", "v": "value"}  # "32 Q heads" are query heads
# the letters notes write for hyperparameters, as an answer spells them (lower case)
_GREEK_NAMES = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "η": "eta",
    "θ": "theta",
    "κ": "kappa",
    "λ": "lambda",
    "μ": "mu",
    "ρ": "rho",
    "σ": "sigma",
    "τ": "tau",
}
# what "stayed the same" says in numbers; not a comparison ("和 X 一样快")
_SAME = re.compile(
    r"(?:stays?|stayed|remains?|remained|is|are|was|were|kept)\s+(?:the\s+)?(?:same|unchanged)"
    r"|\bunchanged\b|\bno (?:smaller|bigger|faster|slower)\b"
    r"|(?:大小|占用|速度|耗时|延迟|成本)?(?:基本)?(?:不变|没变|没有变化|保持不变|一样大|一样多)",
    re.IGNORECASE,
)
# how a figure moved says nothing of what it measures: "CTR 提到 3.6%" is the notes'
# "CTR 提升到 3.6%", not their "曝光占比提到 9%"
_CHANGE_VERBS = frozenset(
    {"提到", "升到", "提升", "降到", "降低", "涨到", "增加", "减少", "下降", "上升", "缩到"}
    | {"变成", "到了", "降了", "涨了", "提高", "增到"}
)
CLAUSE = re.compile(r"[，,；;：:、。！？!?（）()]|\s(?:and|but|while|whereas)\s|但|而且|所以")


def _clauses(text: str) -> list[str]:
    """The text's clauses; an "and" inside a number said in words joins no two clauses
    ("a hundred and fifty million edges" is one number, not "a hundred" and "fifty million")."""
    spoken = [m.span() for m in EN_RUN.finditer(text)]
    out, at = [], 0
    for cut in CLAUSE.finditer(text):
        if not any(start < cut.start() and cut.end() < end for start, end in spoken):
            out.append(text[at : cut.start()])
            at = cut.end()
    out.append(text[at:])
    return [c for c in out if c.strip()]


@dataclass(frozen=True)
class Mention:
    """A number in a text, with the words that say what it measures."""

    quantity: Quantity
    clause: str  # the clause it stands in, as written
    local: frozenset[str]
    wider: frozenset[str]


def mentions(text: str) -> list[Mention]:
    """Every number of the text with its context, clause by clause."""
    return list(_mentions(text))


# every answer is compared with the same key points: their numbers are read once
@lru_cache(maxsize=2048)
def _mentions(text: str) -> tuple[Mention, ...]:
    found: list[Mention] = []
    before, numbers = "", list[Quantity]()
    text = _RATIO.sub("∶", text)  # "a 1:1 coffee" is one clause: its colon splits nothing
    while _THOUSANDS.search(text):  # "~1,500" is one number: "01500", the same length
        text = _THOUSANDS.sub(r"0\1", text)
    for clause in _clauses(text):
        after = quantities(clause)
        if after:  # the clause before is read only for a number that follows it
            found += _in_context(clause, after, _context(before, numbers), not numbers)
        before, numbers = clause, after
    return tuple(found)


def _in_context(
    clause: str, numbers: list[Quantity], before: set[str], unmeasured_before: bool = False
) -> list[Mention]:
    """Each number's own words: WINDOW characters either side, not past another number
    ("8 query heads for every 32 KV heads": 8 is the query heads', 32 the KV heads')."""
    out = []
    own = _context(clause, numbers)
    wider = frozenset(own | before)
    for i, q in enumerate(numbers):
        left = clause[numbers[i - 1].end : q.start] if i else clause[: q.start]
        right = clause[q.end : numbers[i + 1].start] if i + 1 < len(numbers) else clause[q.end :]
        near = _words(_window(left, before=True) + " " + _window(right, before=False))
        # a bare "一般 2~3x" after "加速看接受率": the clause before, if it has no number
        # of its own, says what it measures (a bare count, "all 0", is a value)
        if not near and not own and unmeasured_before and q.family != "count":
            near = before  # (a clause with words of its own says what it measures itself)
        out.append(Mention(q, clause, frozenset(near) - _CHANGE_VERBS, wider))
    return _series(clause, _changes_told(clause, out))


# "从 3.1% 提到 3.6%", "from 120 to 35 ms": the end of a change measures what its start does
_FROM_BEFORE = re.compile(r"(?:从|\bfrom)\s*$", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"^\s*(?:[提升降涨减增缩扩压砍]{0,2}到了?|变成了?|\bto)\s*$", re.I)


def _changes_told(clause: str, found: list[Mention]) -> list[Mention]:
    """The end of a "from A to B" the clause tells has A's words too: it measures the same."""
    out = list(found)
    for i in range(1, len(out)):
        start, end = out[i - 1], out[i]
        between = clause[start.quantity.end : end.quantity.start]
        from_ = _FROM_BEFORE.search(clause[: start.quantity.start])
        if from_ and _TO_BETWEEN.match(between) and start.quantity.family == end.quantity.family:
            out[i] = Mention(end.quantity, clause, end.local | start.local, end.wider)
    return out


_ARROW = re.compile(r"^\s*(?:->|→|=>|⇒|-->)\s*$")
_OPERATOR = re.compile(r"^\s*[+＋−*×/÷=＝≈]\s*$")  # "512 + 64 = 576": one sum


def _series(clause: str, found: list[Mention]) -> list[Mention]:
    """Three or more numbers joined by arrows ("ramp 5% -> 25% -> 100% per language pair")
    are the steps of one schedule, and numbers joined by arithmetic ("每层缓存 512 + 64 =
    576 个数") the terms of one sum: each has the words of all, not only those next to it.
    (Two joined by an arrow are a change, before and after: "MATH 41% → 58%" keeps which
    is which.)"""
    runs: list[tuple[list[Mention], bool]] = []  # (numbers, joined by arithmetic)
    for m in found:
        last = runs[-1][0][-1] if runs else None
        between = clause[last.quantity.end : m.quantity.start] if last is not None else ""
        arrow, operator = _ARROW.match(between), _OPERATOR.match(between)
        if last is not None and (arrow or operator) and last.quantity.family == m.quantity.family:
            runs[-1] = (runs[-1][0] + [m], runs[-1][1] or operator is not None)
        else:
            runs.append(([m], False))
    out = []
    for run, summed in runs:
        if len(run) < (2 if summed else 3):
            out += run
            continue
        words = frozenset().union(*(m.local for m in run))
        out += [Mention(m.quantity, m.clause, words, m.wider) for m in run]
    return out


def _window(text: str, before: bool) -> str:
    """The characters next to the number; a latin word the cut splits is left out. English
    names what a number counts after it ("five years as a backend engineer"), so its
    window after the number is wider."""
    size = WINDOW if before or mostly_cjk(text) else 2 * WINDOW
    if len(text) <= size:
        return text
    if before:
        return _WORD_START.sub("", text[-size:])
    return _WORD_END.sub("", text[:size])


def _context(clause: str, numbers: list[Quantity]) -> set[str]:
    pieces, at = [], 0
    for q in numbers:
        pieces.append(clause[at : q.start])
        at = q.end
    pieces.append(clause[at:])
    return _words(" ".join(pieces))


def _words(text: str) -> set[str]:
    """Content terms, without numbers and the words that hedge or bound one; "Q heads"
    and "query heads" are the same words."""
    words = {
        _SHORT.get(t, t)
        for t in content_terms(text)
        if not t.replace(".", "").isdigit() and t not in _QUALIFIERS
    }
    # "ε 常取 0.1": the symbol is what is measured, and "γ = 2" is what "gamma of 2" says
    symbols = set(_GREEK.findall(text))
    return words | symbols | {_GREEK_NAMES[g] for g in symbols if g in _GREEK_NAMES}


def steady(text: str) -> list[Mention]:
    """Clauses saying something stayed as it was ("the KV cache stays the same size",
    "显存占用没变"), as the number they imply: 1x, or a 0% change."""
    found = []
    for clause in _clauses(text):
        same = _SAME.search(clause)
        if same is None or quantities(clause):
            continue
        words = frozenset(_words(clause[: same.start()] + " " + clause[same.end() :]))
        for family, value in (("ratio", 1.0), ("percent", 0.0)):
            implied = Quantity(value, value, family, False, same.start(), same.end())
            found.append(Mention(implied, clause, words, words))
    return found
