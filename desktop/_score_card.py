"""A turn's score as a card: overall, dimensions with evidence, key points, references."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop._delivery import delivery_html
from desktop._look import window_look
from desktop._note_viewer import open_citation_link
from desktop._theme import current_colors
from desktop._tr import said

if TYPE_CHECKING:
    from agent import TurnScore


class ScoreCard(QFrame):
    """Shows a TurnScore; a failed score offers Retry (emits retry_requested)."""

    retry_requested = Signal(str)

    def __init__(
        self,
        turn_id: str,
        score: TurnScore,
        parent: QWidget | None = None,
        metrics: dict[str, Any] | None = None,
        estimate: bool = False,
        from_file: bool = False,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.turn_id = turn_id
        self.metrics = metrics or {}  # a voice answer's delivery, shown with every score
        self.from_file = from_file  # the answer was transcribed from an audio file
        self.estimate = estimate  # the session is scored offline: a guarded score says so too
        self.language = language  # the interview's: its feedback is written in it
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 10, 14, 12)
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(lambda link: open_citation_link(QUrl(link), self))
        self.retry_button = QPushButton(self.tr("Retry scoring"))
        self.retry_button.clicked.connect(lambda: self.retry_requested.emit(self.turn_id))
        row = QHBoxLayout()
        row.addWidget(self.header, 1)
        row.addWidget(self.retry_button)
        self._layout.addLayout(row)
        self._layout.addWidget(self.body)
        self.set_score(score)

    def set_score(self, score: TurnScore) -> None:
        from agent import SCORE_LABELS, feedback_html

        self.score = score
        c = current_colors()
        failed = score.status == "failed"
        self.retry_button.setVisible(failed)
        self.retry_button.setEnabled(True)
        if failed:
            failed_text = html.escape(said(SCORE_LABELS["failed"]))
            self.header.setText(f'<b style="color:{c["bad"]}">{failed_text}</b>')
            self.body.setText(self._failure_html(score, c) + self._delivery(c))
            return
        self.header.setText(self._header_html(score, c))
        self.header.setToolTip(self._how_made(score.status))
        look = window_look(interview_language=self.language)
        self.body.setText(self._delivery(c) + feedback_html(score, look))

    def _delivery(self, c: dict[str, str]) -> str:
        return delivery_html(self.metrics, c["muted"], self.from_file)

    def _failure_html(self, score: TurnScore, c: dict[str, str]) -> str:
        """What happened in the UI language; the endpoint's own words (often English) below."""
        said = html.escape(
            self.tr(
                "Your answer is kept, but the LLM gave no usable score (it could not be "
                "reached, or its reply was broken). Press Retry once it works again."
            )
        )
        detail = html.escape(score.error or score.summary or "")
        label = html.escape(self.tr("Details:"))
        extra = f'<br><span style="color:{c["muted"]}">{label} {detail}</span>' if detail else ""
        return f"{said}{extra}"

    def _header_html(self, score: TurnScore, c: dict[str, str]) -> str:
        from agent import SCORE_LABELS

        overall = "—" if score.overall is None else f"{score.overall:.0f}"
        color = (
            c["good"]
            if (score.overall or 0) >= 75
            else c["warn"]
            if (score.overall or 0) >= 55
            else c["bad"]
        )
        text = f'<span style="font-size:15pt;font-weight:600;color:{color}">{overall}</span>/100'
        tint = {"offline_estimate": c["muted"], "guarded": c["warn"]}.get(score.status)
        if tint is not None:  # an LLM's score needs no label; the others say how they were made
            # offline, "rule-based (guarded)" alone hid that the 0 is an estimate too (Review
            # and the exports say "offline estimate (guarded)")
            key = "estimate_guarded" if self.estimate and score.status == "guarded" else None
            note = html.escape(said(SCORE_LABELS[key or score.status]))
            text += f'  <span style="color:{tint}">· {note}</span>'
        return text

    def _how_made(self, status: str) -> str:
        """What the label beside the score means ("guarded" said nothing to a newcomer)."""
        if status == "guarded":
            return self.tr(
                "A rule set this score before the answer was compared with your notes: "
                "it was empty, off the topic, a repeat, unreadable, or not an answer "
                '("I don\'t know", a question back).'
            )
        if status == "offline_estimate":
            return self.tr(
                "Estimated offline: your words are compared with the key points of your "
                "notes. An LLM (Settings) judges what the answer means."
            )
        return ""

    def set_retrying(self) -> None:
        self.retry_button.setEnabled(False)
        self.header.setText(html.escape(self.tr("Scoring again…")))

    def text(self) -> str:
        """Plain text of the card (for tests and accessibility)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.header.text() + "<br>" + self.body.text())
        return doc.toPlainText()
