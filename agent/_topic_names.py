"""A topic's name in the report, said whole.

A bank question no name could be read from is named by its first words, cut ("使用外挂知识库
主要是为了解决…", "Why hybrid instead of pure…"): fine to tell topics apart, but a weak
topic listed to practise reads as a sentence broken off. The report names it by the whole
question, as it was asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._turn import Turn

_CUT = "…"
_SENTENCE_END = re.compile(r"[?？。!！]|\.(?:\s|$)")
MAX_NAME_CHARS = 60  # a question longer than this stays cut: a name, not a paragraph


def named_in_full(turns: Sequence[Turn]) -> list[Turn]:
    """The turns, a topic named by a cut question renamed by the whole question."""
    names: dict[tuple[str, str], str] = {}
    for turn in turns:
        key = (turn.stage, turn.topic)
        if turn.is_follow_up or not turn.topic.endswith(_CUT) or key in names:
            continue
        whole = _whole(turn.topic.removesuffix(_CUT).strip(), turn.question)
        if whole:
            names[key] = whole
    return [
        t.model_copy(update={"topic": names[(t.stage, t.topic)]})
        if (t.stage, t.topic) in names
        else t
        for t in turns
    ]


def _whole(start: str, question: str) -> str:
    """The question asked that the cut name starts ("" when none does, or it is too long)."""
    at = question.find(start) if start else -1
    if at < 0:
        return ""
    end = _SENTENCE_END.search(question, at + len(start))
    whole = question[at : end.start() if end else len(question)].strip(" ，,：:")
    return whole if len(whole) <= MAX_NAME_CHARS else ""
