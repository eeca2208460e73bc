"""The better answer a score card shows from the notes when no model writes one.

The notes' text as stored is no answer to read: "**问题背景：**…" markup, tab-separated
table rows, a whole write-up of four stories for a question on one, cut mid-word at 800
characters. Shown instead: the notes' lines as a reader reads them (agent._note_lines,
agent._markdown.plain - the same reading the key points are taken from), for a project only
the lines from the first to the last holding a point this answer is measured on (the
story its question or probe is about), cut after a whole sentence or line, "…" saying
there is more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent._answer_text import normalized_for_quotes
from agent._markdown import plain
from agent._note_lines import content_lines
from agent._sections import names_section
from agent.keypoints import Point
from knowledge import Stage

MAX_CHARS = 800
_MATCH_CHARS = 12  # a point is found in its line by its first or last characters
_SENTENCE_END = re.compile(r"[。！？!?；;]|(?<!\d)\.(?=\s)|\n")  # not "18. " of a list
_CLAUSE_END = re.compile(r"[，,、：:]|\s")


def from_notes(reference: str, points: Sequence[Point], stage: Stage) -> str:
    """The part of `reference` that answers the question, readable, at most MAX_CHARS."""
    lines = [line for line in (_spoken(plain(raw)) for raw in content_lines(reference)) if line]
    if stage == "project":  # a write-up answers many questions: the measured points' part
        lines = _holding(lines, points) or lines
    return cut("\n".join(lines), MAX_CHARS)


# a label a line opens on: "背景：", "Action:", "S：", "**R（结果）**：", after a list mark
# - or set off by a dash ("S — Search had plateaued", "Result – …")
_LEAD_LABEL = re.compile(
    r"^(?P<mark>(?:[-*•]|\d{1,2}[.、)])\s+)?(?P<label>[^：:，,。；;—–]{1,24}?)\s*"
    r"(?:[：:]|\s[—–]+|\s--?(?=\s))\s*"
)
_ASIDE = re.compile(r"\s*[（(][^）)]*[）)]\s*")  # "S（情境）", "R (Result)"
_STAR = ("S", "T", "A", "R")


def _spoken(line: str) -> str:
    """The line as an answer says it: a label naming where it sits in the write-up ("背景：",
    "My role:", "S（情境）：") is no word of the answer; a label naming a thing ("SFT 数据：",
    "DPO:") says what the line is about and stays. A line that is only such a label goes."""
    found = _LEAD_LABEL.match(line)
    if found is None:
        return line
    label = _ASIDE.sub("", found.group("label")).strip()
    if label.upper() not in _STAR and not names_section(label):
        return line
    rest = line[found.end() :]
    if re.match(r"[a-z]", rest) and not re.match(r"\w+[A-Z]", rest):  # "Lesson: the reranker…"
        rest = rest[0].upper() + rest[1:]
    return (found.group("mark") or "") + rest if rest else ""


def _holding(lines: list[str], points: Sequence[Point]) -> list[str]:
    """The run of lines from the first a point comes from to the last: the story the
    points are of, read as written (a point's start may carry a subject taken from the
    sentence before, its end lose a connective: either end finds it)."""
    marks = [normalized_for_quotes(p.text) for p in points]
    ends = [m[:_MATCH_CHARS] for m in marks] + [m[-_MATCH_CHARS:] for m in marks]
    held = [i for i, line in enumerate(lines) if _holds(normalized_for_quotes(line), ends)]
    return lines[held[0] : held[-1] + 1] if held else []


def _holds(line: str, ends: list[str]) -> bool:
    return any(end and end in line for end in ends)


def cut(text: str, limit: int) -> str:
    """`text` cut after its last whole sentence (or line) within `limit`, else after a
    clause, with "…"; never inside a word."""
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    for boundary in (_SENTENCE_END, _CLAUSE_END):
        ends = [m.end() for m in boundary.finditer(head)]
        if ends and ends[-1] >= limit // 2:
            return head[: ends[-1]].rstrip(" \n，,、：:") + "…"
    return head.rstrip() + "…"
