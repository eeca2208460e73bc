"""A past session as rich text for the Review view: turns, scores, references, audio links."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

from desktop._delivery import metrics_text
from desktop._note_viewer import citation_label, citation_url
from desktop._report_card import report_html
from desktop._score_card import score_body_html
from desktop._stages import stage_names
from desktop._theme import current_colors
from desktop._tr import said, tr

if TYPE_CHECKING:
    from agent import SessionRecord, Turn


def _labels() -> dict[str, str]:
    from agent import SCORE_LABELS

    texts = {
        "interviewer": tr("Interviewer"),
        "from_notes": tr("From your notes"),
        "not_answered": tr("Not answered"),
        "you": tr("You"),
        "play": tr("Play recording"),
        "delivery": tr("Delivery"),
        "not_scored": said(SCORE_LABELS["not_scored"]),
        "failed": said(SCORE_LABELS["failed"]),
        "estimate": said(SCORE_LABELS["offline_estimate"]),
        "score": tr("Score"),
    }
    return {key: html.escape(value) for key, value in texts.items()}


def session_html(record: SessionRecord) -> str:
    from agent import current_report

    c = current_colors()
    labels = _labels()
    parts = [report_html(current_report(record)), "<hr>"]
    names = stage_names()
    for turn in record.turns:
        stage = html.escape(names.get(turn.stage, turn.stage))
        parts.append(
            f'<p style="color:{c["muted"]}">{stage} · {html.escape(turn.topic)}</p>'
            f"<p><b>{labels['interviewer']}:</b> {html.escape(turn.question)}</p>"
        )
        if turn.citation is not None:
            link = citation_url(turn.citation)
            label = html.escape(citation_label(turn.citation))
            parts.append(f'<p>{labels["from_notes"]}: <a href="{link}">{label}</a></p>')
        parts.append(_answer_html(turn, labels))
        parts.append(_score_html(turn, labels, c))
        parts.append("<hr>")
    return "".join(parts)


def _answer_html(turn: Turn, labels: dict[str, str]) -> str:
    answer = turn.answer
    if answer is None:
        return f"<p><i>{labels['not_answered']}</i></p>"
    text = html.escape(answer.text).replace("\n", "<br>")
    out = f"<p><b>{labels['you']}:</b> {text}</p>"
    if answer.audio_path:
        url = QUrl.fromLocalFile(str(Path(answer.audio_path)))
        url.setScheme("audio")
        out += f'<p><a href="{url.toString()}">▶ {labels["play"]}</a></p>'
    metrics = metrics_text(answer.metrics)
    if metrics:
        out += f"<p>{labels['delivery']}: {html.escape(metrics)}</p>"
    return out


def _score_html(turn: Turn, labels: dict[str, str], c: dict[str, str]) -> str:
    score = turn.score
    if score is None:
        return f'<p style="color:{c["muted"]}">{labels["not_scored"]}</p>'
    if score.status == "failed":
        return f'<p style="color:{c["bad"]}">{labels["failed"]}</p>'
    overall = "—" if score.overall is None else f"{score.overall:.0f}/100"
    estimate = f" · {labels['estimate']}" if score.status == "offline_estimate" else ""
    head = f"<p><b>{labels['score']}: {overall}</b>{estimate}</p>"
    return head + score_body_html(score, c)
