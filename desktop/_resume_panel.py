"""The Interview page before a session: start a new one, or resume an unfinished one."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop._banner import BannerSlot
from desktop._named import named
from desktop._services import Services
from desktop._tasks import run_task

log = logging.getLogger(__name__)


def when(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M")


class WelcomePanel(QWidget):
    start_requested = Signal()
    resume_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._task: Any = None
        self._notes_task: Any = None
        title = named(QLabel(self.tr("Interview")), "viewTitle")
        intro = QLabel(
            self.tr(
                "An interviewer walks you through self-introduction, your projects, "
                "fundamentals and behavioral questions, drawn from your own notes. "
                "Answer by typing or by voice; every answer is scored."
            )
        )
        intro.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start an interview"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(lambda: self.start_requested.emit())
        self.mode_hint = named(QLabel(), "muted")
        self.mode_hint.setWordWrap(True)
        self.has_notes: bool | None = None  # unknown until the notes store is read
        self.notes_hint = QLabel(
            self.tr(
                "No notes yet: the interviewer can only ask general questions, and your "
                "answers cannot be compared with notes of yours. Import your notes under "
                "Knowledge."
            )
        )
        self.notes_hint.setWordWrap(True)
        self.notes_hint.hide()
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        self.resume_box = named(QFrame(), "card")
        self.resume_layout = QVBoxLayout(self.resume_box)
        self.resume_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.mode_hint)
        layout.addWidget(self.notes_hint)
        layout.addWidget(self.resume_box)
        self.banner_slot = BannerSlot()  # in the empty room below: nothing moves or hides
        layout.addWidget(self.banner_slot)
        layout.addStretch(1)
        self._show_mode_hint()

    def _show_mode_hint(self) -> None:
        llm = self.services.settings.llm
        if llm.base_url:
            text = self.tr("Interviewer model: %1 at %2").replace("%1", llm.model)
            self.mode_hint.setText(text.replace("%2", llm.base_url))
        elif self.has_notes is False:  # no question bank to speak of
            self.mode_hint.setText(
                self.tr(
                    "Offline mode: scores are offline estimates. Add an LLM in Settings for "
                    "a real interviewer."
                )
            )
        else:
            self.mode_hint.setText(
                self.tr(
                    "Offline mode: questions come from your notes' question bank and scores "
                    "are offline estimates. Add an LLM in Settings for a real interviewer."
                )
            )
        self.notes_hint.setVisible(self.has_notes is False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.services.loaded("knowledge"):  # notes imported or removed since
            self._check_notes()

    def _check_notes(self) -> None:
        knowledge = self.services.knowledge()
        self._notes_task = run_task(
            lambda: bool(knowledge.sources()),
            on_done=self.show_notes_state,
            on_error=lambda e: log.warning("reading the notes store failed: %s", e),
            owner=self,
        )

    def show_notes_state(self, has_notes: bool) -> None:
        """Without notes an interview still runs, on general questions: say so first."""
        self.has_notes = has_notes
        self._show_mode_hint()

    def refresh(self) -> None:
        """Ask the interviewer for unfinished sessions (crashed or paused) to offer, and
        the notes store whether it holds any notes."""
        self._show_mode_hint()
        self._check_notes()
        self._task = run_task(
            lambda: self.services.interviewer().unfinished(),
            on_done=self.show_unfinished,
            on_error=lambda e: log.warning("listing unfinished sessions failed: %s", e),
            owner=self,
        )

    def show_unfinished(self, sessions: list[Any]) -> None:
        _clear(self.resume_layout)
        self.resume_box.setVisible(bool(sessions))
        if not sessions:
            return
        heading = QLabel(self.tr("Unfinished interviews — continue where you stopped:"))
        heading.setStyleSheet("font-weight:600")
        self.resume_layout.addWidget(heading)
        for summary in sessions[:5]:
            self.resume_layout.addLayout(self._resume_row(summary))

    def _resume_row(self, summary: Any) -> QHBoxLayout:
        mode = self.tr("Practice") if summary.options.mode == "practice" else self.tr("Mock")
        text = self.tr("%1 · %2 · %3 answered").replace("%1", when(summary.started_at))
        label = QLabel(text.replace("%2", mode).replace("%3", str(summary.answered)))
        button = QPushButton(self.tr("Resume"))
        button.setObjectName(f"resume_{summary.id}")
        button.clicked.connect(lambda: self.resume_requested.emit(summary.id))
        row = QHBoxLayout()
        row.addWidget(label, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(button)
        return row

    def resume_buttons(self) -> list[QPushButton]:
        return [
            b
            for b in self.resume_box.findChildren(QPushButton)
            if b.objectName().startswith("resume_")
        ]


def _clear(layout: QLayout) -> None:
    """Remove and delete everything in a layout, rows of widgets included."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)
