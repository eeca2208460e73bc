"""A past session as rich text for the Review view: turns, scores, references, audio links."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl

from desktop._note_viewer import citation_label, citation_url
from desktop._report_card import report_html
from desktop._score_card import score_body_html
from desktop._stages import stage_names
from desktop._theme import current_colors

METRIC_NAMES = {
    "words_per_minute": "Words per minute",
    "wpm": "Words per minute",
    "chars_per_minute": "Characters per minute",
    "filler_count": "Filler words",
    "fillers": "Filler words",
    "long_pauses": "Long pauses",
    "pause_count": "Pauses",
    "speaking_s": "Speaking time (s)",
    "duration_s": "Duration (s)",
}


def session_html(record: Any, tr: Callable[[str], str]) -> str:
    c = current_colors()
    parts = [report_html(record.current_report(), tr), "<hr>"]
    names = stage_names(tr)
    for turn in record.turns:
        stage = html.escape(names.get(turn.stage, turn.stage))
        parts.append(
            f'<p style="color:{c["muted"]}">{stage} · {html.escape(turn.topic)}</p>'
            f"<p><b>{html.escape(tr('Interviewer'))}:</b> {html.escape(turn.question)}</p>"
        )
        if turn.citation is not None:
            link = citation_url(turn.citation)
            label = html.escape(citation_label(turn.citation))
            parts.append(
                f'<p>{html.escape(tr("From your notes"))}: <a href="{link}">{label}</a></p>'
            )
        parts.append(_answer_html(turn, tr))
        parts.append(_score_html(turn, tr, c))
        parts.append("<hr>")
    return "".join(parts)


def _answer_html(turn: Any, tr: Callable[[str], str]) -> str:
    answer = turn.answer
    if answer is None:
        return f"<p><i>{html.escape(tr('Not answered'))}</i></p>"
    text = html.escape(answer.text).replace("\n", "<br>")
    out = f"<p><b>{html.escape(tr('You'))}:</b> {text}</p>"
    if answer.audio_path:
        url = QUrl.fromLocalFile(str(Path(answer.audio_path)))
        url.setScheme("audio")
        out += f'<p><a href="{url.toString()}">▶ {html.escape(tr("Play recording"))}</a></p>'
    metrics = _metrics_text(answer.metrics, tr)
    if metrics:
        out += f"<p>{html.escape(tr('Delivery'))}: {html.escape(metrics)}</p>"
    return out


def _metrics_text(metrics: dict[str, Any], tr: Callable[[str], str]) -> str:
    shown = []
    for key, value in metrics.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            label = tr(METRIC_NAMES[key]) if key in METRIC_NAMES else key.replace("_", " ")
            shown.append(f"{label} {value:.0f}" if isinstance(value, float) else f"{label} {value}")
    return " · ".join(shown[:6])


def _score_html(turn: Any, tr: Callable[[str], str], c: dict[str, str]) -> str:
    score = turn.score
    if score is None:
        return f'<p style="color:{c["muted"]}">{html.escape(tr("Not scored yet"))}</p>'
    if score.status == "failed":
        return f'<p style="color:{c["bad"]}">{html.escape(tr("Scoring failed"))}</p>'
    overall = "—" if score.overall is None else f"{score.overall:.0f}/100"
    label = (
        f" · {html.escape(tr('Offline estimate'))}" if score.status == "offline_estimate" else ""
    )
    return f"<p><b>{html.escape(tr('Score'))}: {overall}</b>{label}</p>" + score_body_html(
        score, tr, c
    )
