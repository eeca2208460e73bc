"""A non-blocking message strip at the top of the window (errors a person understands)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Banner(QFrame):
    """Shows one message at a time; info messages fade after a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setObjectName("bannerText")
        self._action = QPushButton(self)
        self._action.hide()
        self._close = QPushButton(self.tr("Dismiss"), self)
        self._close.clicked.connect(self.hide)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._action)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._callback: Callable[[], None] | None = None
        self._action.clicked.connect(self._on_action)
        self.hide()

    def text(self) -> str:
        return self._label.text()

    def show_message(
        self,
        text: str,
        level: str = "info",
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        self._label.setText(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self._callback = action[1] if action else None
        self._action.setVisible(action is not None)
        if action:
            self._action.setText(action[0])
        self._timer.stop()
        if level == "info" and action is None:
            self._timer.start(6000)
        self.show()

    def _on_action(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback:
            callback()
