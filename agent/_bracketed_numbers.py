"""A count the notes put in brackets after its noun ("构造微调指令数据集（3000 条）",
"an eval set (1,200 questions)") measures that noun, as "3000 条微调指令数据" does. Read
as an aside, it is a clause of its own with no words but its unit, and no answer number
could be held against it; here the brackets are taken away so agent._wrong_numbers reads
the noun before them as what the number measures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._wrong_numbers import wrong_numbers
from agent.keypoints import Point

Where = tuple[int, str]  # an answer sentence's index and one of its clauses (lower case)

# an aside holding only a number, maybe hedged, and its unit: "（3000 条）", "(约 2 万)"
_COUNT_ASIDE = re.compile(
    r"\s*[(（]\s*((?:约|大约|近|~|about |around )?[\d.,]+\s*[万千亿kKwW]?"
    r"\s*[\u4e00-\u9fffA-Za-z%]{0,6})\s*[)）]"
)


def unbracketed(text: str) -> str:
    """The text with each bracketed count said after its noun, brackets gone."""
    return _COUNT_ASIDE.sub(lambda m: " " + m.group(1), text)


def bracketed_numbers(points: Sequence[Point], kept: list[str]) -> list[tuple[int, Where]]:
    """Wrong numbers against the points whose counts stood in brackets."""
    texts = [unbracketed(p.text) for p in points]
    changed = {i for i, (p, t) in enumerate(zip(points, texts, strict=True)) if p.text != t}
    if not changed:
        return []
    read = [p.model_copy(update={"text": t}) for p, t in zip(points, texts, strict=True)]
    return [(i, where) for i, where in wrong_numbers(read, kept) if i in changed]
