"""Names with a negation character in them: "不可重复读" beside "可重复读".

Notes that use a term both bare ("可重复读 RR：MySQL 默认") and with 不 glued on ("解决
不可重复读") name two things, not a claim and its denial: an answer saying "可重复读"
denies nothing of "解决不可重复读". The 不 of such a name is masked before the
contradiction checks read a text. Only a term of three characters or more counts: "不
稳定" beside "稳定" is still a denial, and so is any 不是 ("是针对代码不是针对人").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_GLUED = re.compile(r"不(?!是)([\u4e00-\u9fff]{3,})")  # "不是针对人" is a denial
_LEAST = 3
# a neutral character in the 不's place: the same length, so positions hold
_MASK = "或"


def glued_names(texts: Sequence[str]) -> frozenset[str]:
    """The terms the texts use both bare and right after 不 (longest such, the 不
    included: "不可重复读")."""
    text = "\n".join(texts)
    found = set()
    for match in _GLUED.finditer(text):
        run = match.group(1)
        for size in range(len(run), _LEAST - 1, -1):
            if _said_bare(text, run[:size]):
                found.add("不" + run[:size])
                break
    return frozenset(found)


def _said_bare(text: str, term: str) -> bool:
    return any(
        m.start() == 0 or text[m.start() - 1] != "不" for m in re.finditer(re.escape(term), text)
    )


def unglued(text: str, names: frozenset[str]) -> str:
    """The text with the 不 of each of the `names` masked."""
    for name in names:
        text = text.replace(name, _MASK + name[1:])
    return text
