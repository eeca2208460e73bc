"""The end-of-interview report shown at the bottom of the transcript."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop._dimensions import topic_label
from desktop._look import window_look
from desktop._note_viewer import open_citation_link

if TYPE_CHECKING:
    from agent import Report


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
    from agent import report_html as agent_report_html

    weak = [
        w.model_copy(update={"topic": topic_label(w.topic, w.stage)}) for w in report.weak_topics
    ]
    return agent_report_html(report.model_copy(update={"weak_topics": weak}), window_look())
