"""The Interview page during a session: stage bar, timers, transcript, answer box.

Only layout lives here; InterviewView connects the buttons and drives the content.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop._banner import BannerSlot
from desktop._chat import ChatTranscript
from desktop._interview_widgets import AnswerBox, StageBar
from desktop._named import named


class SessionPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_bar = StageBar()
        self.mode_label = named(QLabel(), "muted")
        self.session_timer = QLabel("00:00")
        self.answer_timer = named(QLabel("00:00"), "muted")
        self.answer_label = named(QLabel(self.tr("Answer")), "muted")
        self.pause_button = QPushButton(self.tr("Pause"))
        self.end_button = QPushButton(self.tr("End interview"))
        self.new_button = QPushButton(self.tr("New interview"))
        self.new_button.setProperty("primary", True)
        self.new_button.hide()
        self.transcript = ChatTranscript()
        self.answer_box = AnswerBox()
        self.answer_box.setPlaceholderText(self.tr("Type your answer… (Ctrl+Enter sends)"))
        self.answer_box.setFixedHeight(120)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setProperty("primary", True)
        self.status = named(QLabel(), "muted")
        self.voice_slot = QVBoxLayout()
        self.banner_slot = BannerSlot()  # under Pause and End: it never covers them
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage_bar)
        layout.addLayout(self._top_row())
        layout.addWidget(self.banner_slot)
        layout.addWidget(self.transcript, 1)
        layout.addWidget(self.status)
        layout.addLayout(self.voice_slot)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.answer_box, 1)
        answer_row.addWidget(self.send_button)
        layout.addLayout(answer_row)

    def show_running(self, running: bool) -> None:
        """A session under way shows Pause, End and the answer row; an ended one New."""
        for widget in (self.pause_button, self.end_button, self.answer_box, self.send_button):
            widget.setVisible(running)
        # no answer is being given under the report: "Answer 00:08" of the last one misled
        self.answer_label.setVisible(running)
        self.answer_timer.setVisible(running)
        if running:
            self.pause_button.setEnabled(True)
            self.end_button.setEnabled(True)
        self.new_button.setVisible(not running)

    def _top_row(self) -> QHBoxLayout:
        top = QHBoxLayout()
        top.addWidget(self.mode_label)
        top.addSpacing(16)
        top.addWidget(self.answer_label)
        top.addWidget(self.answer_timer)
        top.addSpacing(8)
        top.addWidget(named(QLabel(self.tr("Session")), "muted"))
        top.addWidget(self.session_timer)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.pause_button)
        top.addWidget(self.end_button)
        return top
