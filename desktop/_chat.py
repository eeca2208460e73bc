"""The interview transcript: message bubbles and score cards in a scrolling column."""

from __future__ import annotations

import shiboken6
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
    """Interviewer and candidate messages, newest at the bottom.

    The view follows one widget — the question being answered, or the answer just
    sent — keeping its top in sight, instead of jumping to the bottom of whatever
    arrived last (a long feedback card)."""

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
        self._follow: QWidget | None = None
        self.verticalScrollBar().rangeChanged.connect(self._on_range_changed)

    def clear(self) -> None:
        self._follow = None
        while self._column.count() > 1:
            item = self._column.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.hide()  # gone now, even before the event loop deletes it
                widget.deleteLater()

    def add_widget(
        self, widget: QWidget, caption: str = "", after: QWidget | None = None
    ) -> QWidget:
        """Append `widget` (under its caption), or put it right below `after`."""
        index = self._column.indexOf(after) + 1 if after is not None else 0
        if index <= 0:
            index = self._column.count() - 1  # before the bottom stretch
        if caption:
            self._column.insertWidget(index, named(QLabel(caption), "muted"))
            index += 1
        self._column.insertWidget(index, widget)
        return widget

    def order(self) -> list[QWidget]:
        """The widgets from top to bottom (captions included)."""
        items = (self._column.itemAt(i) for i in range(self._column.count()))
        return [w for item in items if item is not None and (w := item.widget()) is not None]

    def follow(self, widget: QWidget) -> None:
        """Keep `widget` in view as the transcript grows."""
        self._follow = widget
        QTimer.singleShot(0, self, self._scroll)  # dropped if the transcript is gone first

    def add_message(self, role: str, who: str, text: str) -> Bubble:
        bubble = Bubble(who, text, role)
        self.add_widget(bubble, who)
        return bubble

    def messages(self) -> list[Bubble]:
        return self._body.findChildren(Bubble)

    def _on_range_changed(self, _low: int, _high: int) -> None:
        QTimer.singleShot(0, self, self._scroll)  # dropped if the transcript is gone first

    def _scroll(self) -> None:
        bar = self.verticalScrollBar()
        target = bar.maximum()
        followed = self._follow
        if followed is not None and shiboken6.isValid(followed) and followed.parent() is not None:
            caption_room = 32  # the "Interviewer"/"You" label above the bubble
            target = min(target, max(0, followed.y() - caption_room))
        bar.setValue(target)
