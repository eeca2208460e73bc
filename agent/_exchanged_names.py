"""Names exchanged: an answer clause that says what a clause of the notes says, word for
word around it, but of another of the notes' names ("A 初始化为 0" where the notes say
"B 初始化为 0，A 随机高斯初始化"; "缓存的是之前 token 的 Q" where they cache "之前 token 的
K 和 V").

A name here is a capital letter or a short capitalised acronym (A, B, Q, K, V, MQA): the
symbols a formula or a family of methods is told in, where one letter changes the claim
and no other word does. The answer's name must be one the notes use, the clause closest
in its other words must name none of the answer clause's names, and no clause of the
notes with those words may name them ("B 是 d×r，A 是 r×k": each is said of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms
from agent._negation import negated
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

# not 、: "Q、K、V" is one list of names
_CLAUSE = re.compile(r"[，,；;。！？!?：:\n]|\s(?:but|and|so|while)\s|但|而且|所以")
_NAME = re.compile(r"(?<![A-Za-z0-9_])(?:[A-Z]|[A-Z]{2,4})(?![A-Za-z0-9_])")
SAID = 0.6  # share of a notes clause's other words the answer clause uses
OWN = 0.5  # share of the answer clause's other words that are the notes clause's
SHARED = 2  # other words in common, at least

Clause = tuple[frozenset[str], frozenset[str], bool]  # names, other words, negated


def exchanged_names(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, where) for each answer clause that gives a notes clause another name."""
    ours = [(i, c) for i, p in enumerate(points) for c in _clauses(p.text) if c[0] and c[1]]
    pool = frozenset().union(*(names for _, (names, _, _) in ours))
    said = [(j, text, _read(text)) for j, s in enumerate(kept) for text in _split(s)]
    found: list[tuple[int, Where]] = []
    for j, text, clause in said:
        names = _spelled_out(clause[0], pool)
        if not names or not names <= pool:
            continue
        close = _closest(clause, [c for _, c in ours])
        if not close or any(names & ours[k][1][0] for k in close):
            continue
        wrong = [k for k in close if not _stated(ours[k][1], [c for _, _, c in said])]
        if wrong:
            found.append((ours[wrong[0]][0], (j, text.lower())))
    return found


def _spelled_out(names: frozenset[str], pool: frozenset[str]) -> frozenset[str]:
    """A product written without its dot ("BA" for the notes' "B·A", "QK" for "Q·K") is the
    notes' letters, each a name of theirs; an acronym of other letters ("MQA") stays one."""
    out = set()
    for name in names:
        letters = set(name)
        out |= letters if len(name) > 1 and letters <= pool else {name}
    return frozenset(out)


def _split(text: str) -> list[str]:
    return [c for c in _CLAUSE.split(text) if c and c.strip()]


def _read(text: str) -> Clause:
    names = frozenset(_NAME.findall(text))
    rest = content_terms(_NAME.sub(" ", text))
    # "A 不初始化为 0" is a contrast, not an exchange ("K 和 V 不变" denies no name)
    low = text.lower()
    return names, frozenset(rest), any(negated(low, t) for t in rest | {n.lower() for n in names})


def _clauses(text: str) -> list[Clause]:
    return [_read(c) for c in _split(text)]


def _closest(clause: Clause, ours: Sequence[Clause]) -> list[int]:
    """The notes clauses sharing most of their other words with the answer clause."""
    _, words, negated = clause
    shares = []
    for _, theirs, denied in ours:
        common = len(words & theirs)
        enough = common >= SHARED and common >= SAID * len(theirs) and common >= OWN * len(words)
        shares.append(common / len(theirs) if enough and denied == negated else 0.0)
    best = max(shares, default=0.0)
    return [k for k, s in enumerate(shares) if s and s == best]


def _stated(ours: Clause, said: Sequence[Clause]) -> bool:
    """Does some answer clause say the notes clause with its own names?"""
    names, words, _ = ours
    return any(theirs[0] & names and len(theirs[1] & words) >= SAID * len(words) for theirs in said)
