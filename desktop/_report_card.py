"""The end-of-interview report shown at the bottom of the transcript."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop._delivery import delivery_html
from desktop._dimensions import strength_label
from desktop._note_viewer import citation_label, citation_url, open_citation_link
from desktop._stages import stage_names
from desktop._theme import current_colors
from desktop._tr import said, tr

if TYPE_CHECKING:
    from agent import Report, WeakTopic


class ReportCard(QFrame):
    review_requested = Signal()

    def __init__(self, report: Report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.report = report
        body = QLabel(report_html(report))
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setWordWrap(True)
        body.linkActivated.connect(lambda link: open_citation_link(QUrl(link), self))
        button = QPushButton(self.tr("Open in Review"))
        button.clicked.connect(lambda: self.review_requested.emit())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(body)
        layout.addLayout(row)
        self.body = body


def report_html(report: Report) -> str:
    from agent import SCORE_LABELS

    c = current_colors()
    labels = {
        "overall": tr("Overall"),
        "estimate": said(SCORE_LABELS["offline_estimate"]),
        "by_stage": tr("By stage"),
        "strengths": tr("Strengths"),
        "weak": tr("Work on these"),
    }
    labels = {key: html.escape(value) for key, value in labels.items()}
    overall = "—" if report.overall is None else f"{report.overall:.0f}/100"
    parts = [f"<h2>{labels['overall']}: {overall}</h2>"]
    if report.is_estimate:
        parts.append(f'<p style="color:{c["muted"]}">{labels["estimate"]}</p>')
    names = stage_names()
    if report.by_stage:
        rows = "".join(
            f"<tr><td>{html.escape(names.get(k, k))}</td><td>&nbsp;{v:.0f}</td></tr>"
            for k, v in report.by_stage.items()
        )
        parts.append(f"<p><b>{labels['by_stage']}</b></p><table>{rows}</table>")
    if report.strengths:
        items = "".join(f"<li>{html.escape(strength_label(s))}</li>" for s in report.strengths)
        parts.append(f"<p><b>{labels['strengths']}</b></p><ul>{items}</ul>")
    if report.delivery is not None:
        parts.append(delivery_html(report.delivery.model_dump(mode="json"), c["muted"]))
    if report.weak_topics:
        items = "".join(_weak_topic_html(weak) for weak in report.weak_topics)
        parts.append(f"<p><b>{labels['weak']}</b></p><ul>{items}</ul>")
    summary = tr("%1 answered, %2 scored, %3 failed to score")
    summary = summary.replace("%1", str(report.answered)).replace("%2", str(report.scored))
    summary = summary.replace("%3", str(report.failed))
    parts.append(f'<p style="color:{c["muted"]}">{html.escape(summary)}</p>')
    return "".join(parts)


def _weak_topic_html(weak: WeakTopic) -> str:
    links = ", ".join(
        f'<a href="{citation_url(cite)}">{html.escape(citation_label(cite))}</a>'
        for cite in weak.review[:2]
    )
    return f"<li>{html.escape(weak.topic)} ({weak.score:.0f}) {links}</li>"
