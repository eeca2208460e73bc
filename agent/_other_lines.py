"""A clause telling another line of the notes: "之后一万四千亿 token 只有一次小 spike 且自己
回落" says the result line ("结果：后面 1.4T token 只 1 次小 spike 且自己回落"), not the
opposite of the symptom point that shares two of its words ("2 次没自己回落 → 发散")."""

from __future__ import annotations

from agent._answer_text import content_terms, overlap
from agent._negation import negated

# a clause shares at least this many terms with the other line, and twice what it shares
# with the point, before it is read as telling that line
SHARED_WITH_LINE = 4
_OWN_LINE = 0.8  # the line holding the point is not another line


def tells_other_line(point: str, clause: str, notes: str) -> bool:
    """Does the clause say, as it says it, a line of the notes other than the point's,
    sharing far more with that line than with the point?"""
    said = content_terms(clause.lower())
    mine = content_terms(point.lower())
    enough = max(SHARED_WITH_LINE, 2 * len(said & mine) + 1)
    for line in notes.lower().splitlines():
        words = content_terms(line)
        if not words or overlap(mine, words) >= _OWN_LINE:
            continue
        shared = said & words
        if len(shared) >= enough and _as_line_says(line, clause.lower(), shared):
            return True
    return False


def _as_line_says(line: str, clause: str, shared: set[str]) -> bool:
    """Does the clause negate the shared terms just where the line does?"""
    return all(negated(line, t) == negated(clause, t) for t in shared)
