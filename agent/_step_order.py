"""Steps told in another order: the notes give a sequence as points headed by each step's
name ("SFT：…", "奖励模型（RM）：…", "PPO：…") and the answer, walking through it with
order words (先/第一步/然后/再/最后, first/then/finally), puts a later step before an
earlier one ("先用 PPO…，再训练 reward model，最后做 SFT").

Only where the question asks for steps, stages or an order, or the notes' points tell one
with order words themselves; a step is the first heading name said after an order word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

_ASKS_ORDER = re.compile(
    r"阶段|步骤|流程|顺序|几步|哪几步|先后|\b(?:stages?|steps?|phases?|order|pipeline)\b",
    re.IGNORECASE,
)
# an order word; not the 先 of 优先/事先/预先, nor the 再 of 不再
_ORDER = re.compile(
    r"首先|第[一二三四五六七八九十\d]+步?|(?<![优事预率原领争首])先|然后|接着|(?<![不])再|最后|最终"
    r"|\b(?:first(?:ly)?|then|next|finally|lastly|second(?:ly)?|third(?:ly)?)\b",
    re.IGNORECASE,
)
_HEAD = re.compile(r"^\s*([^：:，,。]{1,16}?)\s*[：:]")
_ASIDE = re.compile(r"[(（]([^)）]{1,12})[)）]")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9-]*")


def reordered_steps(
    points: Sequence[Point], kept: list[str], question: str
) -> list[tuple[int, Where]]:
    """(point index, where) for the first step the answer tells before one the notes
    put before it."""
    heads = _heads(points)
    if len({i for i, _ in heads}) < 2 or not _about_order(question, points):
        return []
    told: list[tuple[int, int, str]] = []  # point index, sentence, segment
    for j, sentence in enumerate(kept):
        for segment in _ORDER.split(sentence)[1:]:
            step = _step(segment, heads)
            if step is not None and all(step != i for i, _, _ in told):
                told.append((step, j, segment))
    for k, (later, j, segment) in enumerate(told):
        if any(earlier < later for earlier, _, _ in told[k + 1 :]):
            return [(later, (j, segment.strip().lower()))]
    return []


def _about_order(question: str, points: Sequence[Point]) -> bool:
    return _ASKS_ORDER.search(question) is not None or any(
        _ORDER.search(p.text) for p in points[1:]
    )


def _heads(points: Sequence[Point]) -> list[tuple[int, str]]:
    """(point index, a lower-case name of its heading) for each point headed "名字：…"."""
    found = []
    for i, point in enumerate(points):
        head = _HEAD.match(point.text)
        if head is None:
            continue
        label = head.group(1)
        names = {_ASIDE.sub("", label).strip(), *_ASIDE.findall(label)}
        found += [(i, n.lower()) for n in names if n.strip()]
    return found


def _step(segment: str, heads: Sequence[tuple[int, str]]) -> int | None:
    """The point whose heading name the segment says first."""
    low = segment.lower()
    at = [(_find(low, name), i) for i, name in heads]
    found = [(pos, i) for pos, i in at if pos >= 0]
    return min(found)[1] if found else None


def _find(text: str, name: str) -> int:
    if _LATIN.fullmatch(name):
        m = re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", text)
        return m.start() if m else -1
    return text.find(name)
