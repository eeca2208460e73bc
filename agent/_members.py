"""Members put in the wrong group: the notes list what belongs to each of their labels,
and the answer gives a member to another label.

"CP: refuse on the minority side (ZooKeeper, etcd)" beside "AP: keep answering
(Cassandra)" told as "ZooKeeper and etcd are the classic AP systems"; "payments / locks
-> CP" told as "for payments I'd pick an AP store". The groups are the points' own
labels (agent._subjects.labelled); a group's members are a list in brackets after its
label, or the things an arrow points at the label from. An answer clause naming one
label, a member of another label and none of its own, with no negation, contradicts
the point that lists the member.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from agent._answer_text import content_terms, terms
from agent._negation import NEGATION
from agent._subjects import answer_clauses, labelled, own_labels
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_BRACKETED = re.compile(r"[(（]([^()（）]+)[)）]")
_ITEM_SEPARATOR = re.compile(r"\s*(?:[,，、/]|\bor\b|\band\b|或|和)\s*")
_ARROW = re.compile(r"\s*(?:->|→|=>|⇒)\s*")
_LEAD_LABEL = re.compile(r"^\s*[^，,。.:：]{1,12}[：:]\s*")


def misplaced_members(
    points: Sequence[Point], kept: list[str], question: str, notes: str = ""
) -> list[tuple[int, Where]]:
    """(point index, the answer's sentence and clause) for each member given to another
    label: the points' labels, and the notes' own where the point of one was not sampled."""
    labels = labelled([p.text for p in points]) | own_labels(notes.splitlines())
    labels -= terms(question)
    if len(labels) < 2:
        return []
    members = [_members(p.text, labels) for p in points]  # point -> {member term: label}
    owners: dict[str, set[str]] = {}
    for own in members:
        for term, label in own.items():
            owners.setdefault(term, set()).add(label)
    # a member two labels list ("DynamoDB" as AP by default, CP if configured) is neither's
    members = [{t: g for t, g in own.items() if len(owners[t]) == 1} for own in members]
    found = []
    for j, clause in answer_clauses(kept):
        said = terms(clause)
        named = said & labels
        if len(named) != 1 or NEGATION.search(clause):
            continue
        (label,) = named
        if any(said & _of(own, label) for own in members):
            continue  # a member of its own label named too: a comparison, not a claim
        for i, own in enumerate(members):
            if {own[t] for t in said & own.keys()} - {label}:
                found.append((i, (j, clause.lower())))
                break
    return found


def _of(members: dict[str, str], label: str) -> set[str]:
    return {t for t, owner in members.items() if owner == label}


def _members(point: str, labels: set[str]) -> dict[str, str]:
    """The point's members and their labels: the bracketed list of a labelled point
    ("CP: … (ZooKeeper, etcd)"), or what an arrow points at a label from ("payments /
    locks -> CP"). A member is the first content term of a list item."""
    found: dict[str, str] = {}
    head = _LEAD_LABEL.match(point)
    own = terms(head.group()) & labels if head else set()
    if len(own) == 1:
        for inside in _BRACKETED.findall(point):
            found |= _items(inside, next(iter(own)))
    parts = _ARROW.split(point)
    for before, after in pairwise(parts):
        target = terms(" ".join(after.split()[:1])) & labels
        if len(target) == 1:
            found |= _items(_LEAD_LABEL.sub("", re.split(r"[;；]", before)[-1]), target.pop())
    return found


def _items(listed: str, label: str) -> dict[str, str]:
    """Each listed item's first content term, when two or more are listed."""
    items = [i for i in _ITEM_SEPARATOR.split(listed) if i.strip()]
    if len(items) < 2:
        return {}
    firsts = [sorted(content_terms(i), key=i.lower().find)[:1] for i in items]
    return {first[0]: label for first in firsts if first}
