"""What an answer's clause is about, for the contradiction checks: the thing it names,
or the key point whose denial it repeats.

A clause is read against a point only when it could be about it: a sentence naming
only another thing the question names ("L2 … not zero" beside the L1 point) is not,
and neither is a clause denying, as another point at least as near its sentence does,
a word they share ("they never land exactly on zero" beside "without making them zero").
Also the answer's clauses, and what says a purpose ("为了防止…", "to avoid"), which the
flip checks (agent._contradiction) and the outright denials (agent._denials) share.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from agent._answer_text import content_terms, terms
from agent._negation import NEGATION, negated
from agent._swaps import CLAUSE

# "为了防止点积太大，让 softmax 不要饱和" agrees with "softmax 进入饱和区": a negation
# saying what is avoided is no flip of the claim
PURPOSE = re.compile(r"防止|避免|以免|为了|免得|\b(?:prevent|avoid|so that|to keep|keeps?)\b")


def named_in(question: str) -> set[str]:
    """The things a question names: "L1", "LayerNorm", "SGD", "Adam" (a digit or a capital
    inside, or a capital not opening it), not its plain words ("prompting", "What")."""
    found = set()
    for n, word in enumerate(re.findall(r"[A-Za-z][A-Za-z0-9-]*", question)):
        if re.search(r"\d|.[A-Z]", word) or (word[0].isupper() and n > 0 and word != "I"):
            found |= terms(word)
    return found


_VERSION = re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z0-9]*\b")  # BF16, FP32, INT8, GPT-4


def versions(texts: Sequence[str]) -> set[str]:
    """The versions the texts name (BF16, FP32, GPT-4): each its own thing."""
    return {t for text in texts for m in _VERSION.findall(text) for t in terms(m)}


# a point's own short label: "AP:", "CP：", "读已提交 RC："
_OWN_LABEL = re.compile(r"^\s*([^，,。.:：]{1,12})[：:]")
_OPENER = re.compile(r"[A-Za-z][A-Za-z0-9-]*")  # a point's first word


def labelled(points: Sequence[str]) -> set[str]:
    """The names the points' own labels give them ("AP: keep answering…" beside "CP:
    refuse…"): a sentence about CP says nothing of the AP point. So do the names two or
    more points open with ("L1 adds |w|…" beside "L2 adds w^2…, no sparsity"): "L1 gives
    sparsity" denies nothing of the L2 point."""
    found = set().union(*(named_in(" " + m.group(1)) for p in points if (m := _OWN_LABEL.match(p))))
    openers = [named_in(" " + m.group()) for p in points if (m := _OPENER.match(p))]
    subjects = {frozenset(o) for o in openers if o}
    return found | set().union(*subjects) if len(subjects) >= 2 else found


def of_another(point: str, sentence: str, names: Set[str]) -> bool:
    """Does the sentence name only things the question names other than the point's?"""
    own, said = names & terms(point), names & terms(sentence)
    return bool(own and said and not own & said)


def says_other(point: str, others: Sequence[str], context: list[str], clause: str) -> bool:
    """Does the clause deny, as another point at least as near its sentence denies, a
    word they share? "L2 adds the squared weights; they … never exactly zero" says the
    L2 point ("without making them zero"), no denial of the L1 point's "exactly to zero".
    `context`: the sentence and the one before, which often names what "they" are."""
    said = set().union(*(content_terms(s) for s in context))
    near = len(said & content_terms(point))
    for other in others:
        if len(said & content_terms(other)) < near:
            continue
        low = other.lower()
        # the clause denies something, and says a word the other point denies ("they
        # never land exactly on zero" / "without making them zero")
        if NEGATION.search(clause) and any(negated(low, t) for t in terms(low) & terms(clause)):
            return True
    return False


def answer_clauses(kept: list[str]) -> list[tuple[int, str]]:
    """(sentence index, clause) for every clause of the answer's kept sentences; a 把 list
    ("把自动生成的代码、压缩过的 js、license 头都去掉") is one clause, its verb at the end."""
    return [
        (j, c)
        for j, s in enumerate(kept)
        for c in CLAUSE.split(_BA_LIST.sub(_joined, s))
        if c.strip()
    ]


# 把 and the items of a list before the verb that acts on all of them
_BA_LIST = re.compile(r"[把将][^，,。；;：:！？!?]*、[^，,。；;：:！？!?]*")


def _joined(found: re.Match[str]) -> str:
    return found.group(0).replace("、", "和")
