"""A cause turned round: the notes tie a consequence to one degree of a thing ("方差随 d_k
增大而增大，值太大 softmax 会进入饱和区") and the answer ties the same consequence to the
opposite degree ("方差越小，softmax 越容易饱和").

The notes' degree is a noun's that grows or shrinks with another ("X 随 Y 增大而增大");
the answer's that, or "X 越大/更小/很高" (agent._comparison.poles; a plain degree in the
notes is agent._comparison.opposite_degree's). The consequence is what the rest of the
sentence says after it; both must say it (two of its terms) and neither deny anything:
"除以后方差变小，softmax 就不再饱和" is the other degree with the other consequence,
which agrees with the notes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import content_terms
from agent._comparison import poles
from agent._negation import NEGATION
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

# "方差随 d_k 增大而增大": the noun, then the way it goes as the other goes up
_WITH = re.compile(
    r"([\u4e00-\u9fff]{2})随[^，,。；;]{1,12}?(?:增大|变大|增加|升高)而(增大|变大|增加|减小|变小|减少)"
)
_UP = frozenset({"增大", "变大", "增加"})
SHARED = 2  # consequence terms both sentences must say
_SENTENCE = re.compile(r"(?<=[。！？；!?;])")

Degree = tuple[str, int, int]  # noun, +1 big / -1 small, where it ends in the text


def covarying(text: str) -> list[Degree]:
    """Each noun the text says grows or shrinks with another ("方差随 d_k 增大而增大")."""
    return [(m.group(1), 1 if m.group(2) in _UP else -1, m.end()) for m in _WITH.finditer(text)]


def degrees(text: str) -> list[Degree]:
    """Each noun said big or small in the text, with where the saying ends."""
    found = covarying(text)
    for noun, pole in poles(text):
        at = text.find(noun)
        found.append((noun, pole, at + len(noun) + 2))
    return found


def turned_causes(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """(point index, where) for each answer sentence giving a point's consequence to the
    opposite degree of the point's noun."""
    found: list[tuple[int, Where]] = []
    for i, point in enumerate(points):
        for j, sentence in enumerate(kept):
            if _turned(point.text, sentence):
                found.append((i, (j, sentence.lower())))
                break
    return found


def _turned(point: str, sentence: str) -> bool:
    # the notes' side only in the covarying shape: a plain "X 很大" is opposite_degree's
    ours, theirs = covarying(point), degrees(sentence)
    if {(n, p) for n, p, _ in ours} & {(n, p) for n, p, _ in theirs}:
        return False  # the answer also says the notes' degree: a comparison
    for noun, pole, end in ours:
        for said, other, after in theirs:
            if said != noun or other != -pole:
                continue
            ahead, told = point[end:].lower(), sentence[after:].lower()
            shared = content_terms(ahead) & content_terms(told)
            # "不再饱和": the other consequence, said of the other degree, agrees
            denied = NEGATION.search(told) or NEGATION.search(ahead)
            if len(shared) >= SHARED and not denied:
                return True
    return False
