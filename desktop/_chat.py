"""The interview transcript: message bubbles and score cards in a scrolling column."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop._named import named
from desktop._theme import current_colors


class Bubble(QLabel):
    def __init__(self, who: str, text: str, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.who = who
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        c = current_colors()
        background = c["interviewer"] if role == "interviewer" else c["candidate"]
        self.setStyleSheet(
            f"background:{background}; border-radius:10px; padding:10px 12px; color:{c['text']};"
        )
        self.setText(text)

    def append(self, text: str) -> None:
        self.setText(self.text() + text)


class ChatTranscript(QScrollArea):
    """Interviewer and candidate messages, newest at the bottom (kept in view)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._column = QVBoxLayout(self._body)
        self._column.setContentsMargins(4, 4, 12, 4)
        self._column.setSpacing(8)
        self._column.addStretch(1)
        self.setWidget(self._body)
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)

    def clear(self) -> None:
        while self._column.count() > 1:
            item = self._column.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()

    def add_widget(self, widget: QWidget, caption: str = "") -> QWidget:
        if caption:
            label = named(QLabel(caption), "muted")
            self._column.insertWidget(self._column.count() - 1, label)
        self._column.insertWidget(self._column.count() - 1, widget)
        return widget

    def add_message(self, role: str, who: str, text: str) -> Bubble:
        bubble = Bubble(who, text, role)
        self.add_widget(bubble, who)
        return bubble

    def messages(self) -> list[Bubble]:
        return self._body.findChildren(Bubble)

    def _on_range_changed(self, _low: int, high: int) -> None:
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(high))
