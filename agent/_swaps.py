"""Swapped roles: the question names two things and a clause says of one what the notes
say of the other ("LayerNorm 依赖 batch 统计量", "Adam uses one learning rate for every
parameter"), with no negation that would make it a contrast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms, mostly_cjk, terms
from agent._negation import NEGATION
from agent.keypoints import Point

SWAP_TERMS = 2  # terms of the other name's points a clause must use to be a swap
CLAUSE_STATED = 0.4  # share of a point clause's content terms that states that clause
# ① ② …: the items of a numbered list are claims of their own
CLAUSE = re.compile(r"[，,；;：:、\u2460-\u2473]|\s(?:but|and|so|while)\s|但|而且|所以")

# "更好地适应…" says of RLHF no word of reward shaping's "为了更好地引导…": a degree, no claim
_DEGREE_WORDS = frozenset({"更好", "好地", "更多", "多地", "更加", "加地", "更快", "快地"})
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|「[^」]*」|‘[^’]*’')
# what comes right before a name measured against: "只有 MHA 的 1/h", "比 Adam", "than SGD"
_AGAINST = re.compile(
    r"(?:比|相对于?|相比于?|只有|只是|不到|\bthan|\brelative to|\bcompared (?:to|with))\s*$"
)
_REASON = re.compile(r"\s*(?:(?:because|since|as)\b|因为|由于)", re.IGNORECASE)

_HEAD_WORDS = 4  # the words an English point opens with, which say what it is about

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)


def swapped(points: Sequence[Point], kept: list[str], question: str) -> list[tuple[int, Where]]:
    """Clauses that say of one thing the question names what the reference says of another.

    Names are the question's latin terms that head key points ("LayerNorm", "top-p").
    A clause naming one of them (or following a clause that did, in the same sentence)
    whose words are closest to a point the other name heads, stating one of its clauses
    (CLAUSE_STATED of the clause's content terms), using two or more words only
    the other name's points use and none only its own points use, has the roles swapped.
    A negated clause is a contrast ("LayerNorm 不依赖 batch"), not a swap, unless the
    other name's point is negated too ("L2 在 0 点不可导" of "L1 在 0 点不可导").
    """
    asked = terms(question)
    # what the question quotes (a deep dive's "you wrote: '…'") is a claim, naming nothing
    # to compare: its words ("documents", "tables") would make every clause a subject
    unquoted = terms(_QUOTED.sub(" ", question))
    names = {t for t in unquoted if t.isascii() and any(c.isalpha() for c in t)}
    owners = [names & _heading(p.text) for p in points]
    named = _set_against({n for own in owners if len(own) == 1 for n in own}, question)
    if len(named) < 2:
        return []
    own_terms = {n: _distinctive(n, points, owners, asked | names) for n in named}
    wanted = [content_terms(p.text) - asked - names for p in points]
    found = []
    for j, sentence in enumerate(kept):
        subject: set[str] = set()
        for clause in (c for c in CLAUSE.split(sentence) if c and c.strip()):
            said = terms(clause)
            # a reason ("because a false alarm just costs a second look") is a claim
            # of its own, not one more thing said of the subject before it
            own = {n for n in said & named if not _reference(clause.lower(), n)}
            subject = own or (set() if _REASON.match(clause) else subject)
            if not subject or subject == named:
                continue
            mine = set().union(*(own_terms[n] for n in subject))
            shared = [len(w & said) for w in wanted]
            best = max(range(len(points)), key=lambda i: shared[i])
            rivals = [shared[i] for i in range(len(points)) if owners[i] != owners[best]]
            other = next(iter(owners[best])) if len(owners[best]) == 1 else None
            # (a name heading points the question does not set against another is none)
            if other not in own_terms or other in subject or shared[best] <= max(rivals, default=0):
                continue  # the clause is closest to a point of its own name, or to none
            if subject & terms(points[best].text):
                continue  # the point tells of both: "L1 is a Laplace prior, L2 a Gaussian"
            if NEGATION.search(clause) and not NEGATION.search(points[best].text):
                continue
            stated = _stated(points[best].text, said, asked | names) >= CLAUSE_STATED
            shown = own_terms[other] & said - _DEGREE_WORDS
            if stated and len(shown) >= SWAP_TERMS and not said & mine:
                found.append((best, (j, clause.lower())))
    return found


def _heading(point: str) -> set[str]:
    """The terms a point is about: all of a Chinese one's; an English point's first few
    words ("Favour precision when…", "LayerNorm: per token…"). In English every word is
    latin: "EvalPlus adds ~80x tests -> scores drop; check contamination" is not a point of
    the question's "check", nor "P(at least 1 of k sampled programs passes…)" of its
    "programs", and a clause mentioning programs is no swap of the two."""
    if mostly_cjk(point):
        return terms(point)
    return terms(" ".join(re.findall(r"[A-Za-z][\w@.+-]*", point)[:_HEAD_WORDS]))


# what sets two names against each other in a question: "LayerNorm 和 BatchNorm", "Adam
# differ from plain SGD", "recall than precision", "L1, L2 and elastic net"
_AGAINST_IN_QUESTION = re.compile(
    r"\b(?:and|or|vs\.?|versus|than|from|between|with|instead of|rather than|over)\b"
    r"|[和与跟或,，、/]|还是|对比|相比",
    re.IGNORECASE,
)
_NAMES_APART = 30  # characters at most between two names a question sets against each other


def _set_against(named: set[str], question: str) -> set[str]:
    """The names the question sets against another ("temperature 和 top-p"), not words
    that each head a point by chance: "what you're working on now" compares nothing,
    and "labels are noisy. How would you detect the noise" names one thing twice."""
    low = question.lower()
    at = [(m.start(), m.end(), n) for n in named for m in re.finditer(re.escape(n), low)]
    found: set[str] = set()
    for _, end, first in at:
        for later, _, second in at:
            near = first != second and end <= later <= end + _NAMES_APART
            if near and _AGAINST_IN_QUESTION.search(low[end:later]):
                found |= {first, second}
    return found


def _reference(clause: str, name: str) -> bool:
    """Is the name only what the clause measures against ("KV cache 只有 MHA 的 1/h",
    "比 LayerNorm 快", "faster than Adam"), not what it speaks of?"""
    at = [m.start() for m in re.finditer(re.escape(name), clause)]
    return bool(at) and all(_AGAINST.search(clause[:i]) for i in at)


def _stated(point: str, said: set[str], skip: set[str]) -> float:
    """The largest share of one of the point's clauses' content terms that `said` has."""
    parts = [content_terms(c) - skip for c in CLAUSE.split(point) if c]
    return max((len(p & said) / len(p) for p in parts if p), default=0.0)


def _distinctive(
    name: str, points: Sequence[Point], owners: list[set[str]], skip: set[str]
) -> set[str]:
    """Content terms of the points only `name` heads that no other name's points use."""
    mine = [content_terms(p.text) for p, own in zip(points, owners, strict=True) if own == {name}]
    theirs = [terms(p.text) for p, own in zip(points, owners, strict=True) if own - {name}]
    return set().union(*mine) - set().union(set(), *theirs) - skip
