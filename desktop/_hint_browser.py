"""A text browser whose placeholder wraps: Qt draws it on one line, cut at the edge."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTextBrowser


class HintBrowser(QTextBrowser):
    """Review's session pane said "No interviews yet. Each interview" and no more in a
    narrow window: the hint is kept here, not in Qt's placeholder, and drawn word-wrapped
    while the pane is empty."""

    def __init__(self) -> None:
        super().__init__()
        self._hint = ""

    def placeholderText(self) -> str:
        return self._hint

    def setPlaceholderText(self, text: str) -> None:
        self._hint = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._hint or not self.document().isEmpty():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        margin = int(self.document().documentMargin())
        area = self.viewport().rect().adjusted(margin, margin, -margin, -margin)
        painter.drawText(area, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self._hint)
        painter.end()
