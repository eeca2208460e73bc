"""A non-blocking message strip at the top of the window (errors a person understands).

It floats over the top of the views instead of taking a place in their layout: a
message coming or going must not move the buttons under the user's cursor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

MARGIN = 8  # from the host's edges


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

    def float_over(self, host: QWidget) -> None:
        """Show over the top of `host`, following its width, outside any layout."""
        self.setParent(host)
        host.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        width = max(host.width() - 2 * MARGIN, 100)
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        self.setGeometry(MARGIN, MARGIN, width, max(height, self.sizeHint().height()))

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
        self._place()
        self.show()
        self.raise_()

    def dismiss_notice(self) -> None:
        """A passing notice ("Interview paused…") is stale once the user goes on: hide it.
        Warnings and errors stay until dismissed."""
        if self.property("level") == "info":
            self._timer.stop()
            self.hide()

    def _on_action(self) -> None:
        callback, self._callback = self._callback, None
        self.hide()
        if callback:
            callback()
