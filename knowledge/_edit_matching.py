"""Which newly parsed question a hand edit belongs to when its id no longer exists.

A question's id comes from its note and its text. When a better parser reads the same
note differently ("问题1：讲讲 PPO 和 DPO 的区别" used to swallow its answer line into the
question text), the id changes and the user's edit would be lost. An edit whose id is
gone is carried over to the question of the same note that asks the same thing (its
text, numbering and punctuation aside, or one containing the other) or, failing that,
whose answer cites mostly the same lines and whose text is much like it. A question
the user deleted from the note takes its edit with it: no unrelated question inherits it.
"""

from __future__ import annotations

from knowledge._cues import question_key
from knowledge._models import Question

_MIN_KEY = 4  # characters of a question key for "one contains the other" to count
_MIN_OVERLAP = 0.5  # intersection over union of the cited lines
_MIN_ALIKE = 0.5  # character-bigram Dice of the two question keys


def carried_over(orphans: list[Question], questions: list[Question]) -> dict[str, str]:
    """{old id: new id} for each edit in `orphans` that one of `questions` takes over;
    each question takes at most one edit."""
    moved: dict[str, str] = {}
    taken: set[str] = set()
    for same_text in (True, False):  # the same question first, then the same lines
        for orphan in orphans:
            if orphan.id in moved:
                continue
            match = next(
                (q for q in questions if q.id not in taken and _same(orphan, q, same_text)),
                None,
            )
            if match is not None:
                moved[orphan.id] = match.id
                taken.add(match.id)
    return moved


def _same(edit: Question, question: Question, by_text: bool) -> bool:
    if edit.citation.source != question.citation.source:
        return False
    a, b = question_key(edit.question), question_key(question.question)
    if by_text:
        return a == b or (min(len(a), len(b)) >= _MIN_KEY and (a in b or b in a))
    return _overlap(edit, question) >= _MIN_OVERLAP and _alike(a, b) >= _MIN_ALIKE


def _alike(a: str, b: str) -> float:
    ga = {a[i : i + 2] for i in range(len(a) - 1)}
    gb = {b[i : i + 2] for i in range(len(b) - 1)}
    return 2 * len(ga & gb) / (len(ga) + len(gb)) if ga and gb else 0.0


def _overlap(a: Question, b: Question) -> float:
    first = (a.citation.line_start, a.citation.line_end)
    second = (b.citation.line_start, b.citation.line_end)
    inter = min(first[1], second[1]) - max(first[0], second[0]) + 1
    union = max(first[1], second[1]) - min(first[0], second[0]) + 1
    return max(inter, 0) / union
