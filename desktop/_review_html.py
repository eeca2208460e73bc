"""A past session as rich text for the Review view: the report, then every turn drawn by
the agent's renderer (agent.turn_html, the same as the HTML/PDF export) in the window's look."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop._dimensions import topic_label
from desktop._look import window_look
from desktop._report_card import report_html

if TYPE_CHECKING:
    from agent import SessionRecord


def session_html(record: SessionRecord) -> str:
    from agent import current_report, turn_html

    report = current_report(record)
    look = window_look(report.is_estimate, record.options.language)
    parts = [report_html(report), "<hr>"]
    named = (t.model_copy(update={"topic": topic_label(t.topic, t.stage)}) for t in record.turns)
    parts += [turn_html(turn, look) + "<hr>" for turn in named]
    return "".join(parts)
