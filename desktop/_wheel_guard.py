"""Scrolling a page must not change the settings under the mouse.

Combo and spin boxes take the wheel only once they have focus (a click or Tab); before
that the wheel event goes to the page, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        unfocused = isinstance(watched, QWidget) and not watched.hasFocus()
        if event.type() == QEvent.Type.Wheel and unfocused:
            event.ignore()  # passed on to the parent: the scroll area scrolls
            return True
        return False


def guard_wheel(root: QWidget) -> None:
    """Every combo and spin box under `root` ignores the wheel until focused."""
    guard = _WheelGuard(root)
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QComboBox, QAbstractSpinBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel never focuses it
            widget.installEventFilter(guard)
