"""What a follow-up asking how a result came about is answered with in the notes.

"Recall@5：71% → 89%，这个变化背后主要是哪些原因或改动？" (prompts.own_work.RESULT_FOLLOW_UPS)
is answered by the work that led to the figure - the approach written above the results
("混合检索：BM25 与向量检索各取 Top-20…", "重排：cross-encoder…") - not by the figure the
question itself read out: its card listed "遗漏：Recall@5：71% → 89%" and gave the result
line as the better answer.
"""

from __future__ import annotations

import re

from agent import _told
from agent._clauses import split_clauses
from agent.keypoints import Point, paragraphs

CAUSES = 3  # the work nearest above the result: what an answer of a minute can name
# the notes' setting and the state before the work, not the work: "问题背景", "原来用的是…"
_SETTING = re.compile(
    r"背景|痛点|动机|问题|挑战|难点|角色|职责|\b(?:background|problem|motivation|context|challenge"
    r"|role|responsibilit\w*)\b",
    re.IGNORECASE,
)
# who the candidate was and what they answered for, not what they did ("I built" is both a
# role and the work: agent._told.role would drop the work)
_WHO = re.compile(
    r"负责|职责|^我(?:当时)?是|\b(?:owned|responsible|in charge)\b|\bmy (?:role|part|job)\b"
    r"|^I (?:was|am|worked as) an?\b",
    re.IGNORECASE,
)


def led_to(reference: str, result: Point, limit: int = CAUSES) -> list[Point]:
    """The points of the work written before the result, the nearest kept: in the result's
    own paragraph the closest one before it, from each paragraph above its first. Empty
    when the result tells its own cause ("P95 延迟从 1.9 s 升到 2.3 s，主要是重排") or the
    notes tell it before any work: then it stands alone."""
    if not only_figures(result.text):
        return []
    found: list[Point] = []
    for paragraph in paragraphs(reference):
        texts = [p.text for p in paragraph]
        if result.text in texts:
            before = [p for p in paragraph[: texts.index(result.text)] if _work(p)]
            return (found + before[-1:])[-limit:]
        found += [p for p in paragraph if _work(p)][:1]
    return []


def only_figures(text: str) -> bool:
    """Each clause is a figure's change, or the label before it ("Recall@5：71% → 89%")."""
    clauses = [c.strip() for c in split_clauses(text) if c.strip()]
    said = [c for c in clauses if not c.endswith(("：", ":"))]
    return bool(said) and all(_told.changed_figure(c) for c in said)


def _work(point: Point) -> bool:
    """A point telling what was done: not the setting, the candidate's role, the state
    before, nor another result."""
    return not (
        _SETTING.search(point.context)
        or _told.before_work(point.text)
        or _WHO.search(point.text)
        or _told.changed_figure(point.text)
    )
